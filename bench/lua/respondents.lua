-- Respondents answering through invitation links, as people do: open the link, save a draft of half the answers,
-- then submit all of them with the lock version the draft got. Each link is used by one respondent; a link's next
-- step is sent only after the answer to its previous one has arrived (the Location header or the form names it), so
-- no step races another of the same link. A step refused with 503 (the database away) is sent again later, as a
-- person would press the button again with the answers the page handed back.
--
-- Every request to a link carries the CSRF cookie and a respondent secret cookie (links.RESPONDENT_COOKIE), as a
-- browser does: the server binds a link's draft to the secret of the browser that saved it first and refuses every
-- other browser with 409 "This link is in use". One wrk run is one browser: one well-formed secret, made when the run
-- starts, shared by all its threads and connections. The server allows exactly that (one secret per browser, for any
-- number of links: a draft keeps a hash of the secret together with its link, so links never share anything through
-- it) and does the same work per request as with a secret per link; a secret per connection would need state per
-- connection, which wrk's Lua does not have (a thread's connections share one state). Sending it from the first
-- request on, before the server ever made one, is what a browser does that answered another link before.
--
-- Answers, counted apart: 302 = the step is stored (a save sent again after a refusal whose first try was stored
-- after all is answered as stored too, with the same 302 to ?saved); 503 = the database away, the step is sent again;
-- 409 "This link is in use" (in_use: the server did not take this browser's secret) and 409 stale ("saved somewhere
-- else": the draft changed since the page was opened; no longer expected for a repeated save) are not sent again; any
-- other answer is an error. An answer that hands out a respondent secret of the server's making counts as
-- secret_replaced (our cookie was not taken).
--
-- Reads: TOKENS (link tokens, one per line), QUESTIONS (question keys), CSRF (cookie value, then form token),
-- THINK_MS (the pause before each step of a respondent), LOCK (the lock version of a draft after its first save), VERSION_ID (the question-set version the form shows), STOP_AFTER (seconds: then only harmless GETs are sent,
-- so every submission in flight is answered before wrk ends), REPORT (a file each thread appends its counts to),
-- RESPONDENT_SECRET (optional: the secret to send instead of a new one).

-- the shared pieces live beside this script
package.path = debug.getinfo(1, "S").source:match("^@?(.*/)") .. "?.lua;" .. package.path
local links = require("links")
local tokens, questions, cookie, form_token = {}, {}, nil, nil
local next_index, step, lock, version_id, started, stop_at, think = 1, 1, "1", "0", 0, 0, 0
local ready = {}       -- links whose draft is saved, waiting to be submitted
local retry = {}       -- steps refused with 503, to send again: { token, kind }
local state = {}       -- token -> "saving" | "submitting" | "done"
-- globals, so that done() can read them back from each thread
counts = { open = 0, saved = 0, saved_on_retry = 0, acknowledged = 0, acknowledged_on_retry = 0, unavailable = 0,
           kept = 0, lost = 0, unavailable_pages = 0, in_use = 0, stale = 0, secret_replaced = 0, errors = 0 }
first_error = "none"
first_unavailable, last_unavailable = 0, 0

local threads, run_secret = {}, nil
function setup(thread)
  -- setup() runs in wrk's main state, once per thread: the run's one secret is made there and handed to each thread
  run_secret = run_secret or links.run_secret()
  thread:set("id", #threads + 1)
  thread:set("secret", run_secret)
  threads[#threads + 1] = thread
end

local headers = { ["Content-Type"] = "application/x-www-form-urlencoded", ["Cookie"] = nil }
local get_headers = { ["Cookie"] = nil }
local refused = {}     -- token -> true once a step of the link was refused with 503 (its next 302 is on a retry)

function init(args)
  tokens, questions, cookie, form_token, step = links.inputs()
  lock = os.getenv("LOCK") or "1"
  version_id = os.getenv("VERSION_ID") or "0"
  started = os.time()
  stop_at = started + tonumber(os.getenv("STOP_AFTER") or "60")
  think = tonumber(os.getenv("THINK_MS") or "0")
  next_index = id
  -- the browser's cookies: the CSRF cookie and the respondent secret, on every request to a link
  headers["Cookie"] = links.CSRF_COOKIE .. "=" .. cookie .. "; " .. links.RESPONDENT_COOKIE .. "=" .. secret
  get_headers["Cookie"] = headers["Cookie"]
end

-- one submission id per link, made once and sent again with every retry, as a page keeps it; unique across threads and
-- runs (the thread's id and the time it started), so no two links ever share one
local submission_ids, made = {}, 0
local function submission_id(token)
  if submission_ids[token] == nil then
    made = made + 1
    submission_ids[token] = string.format("%08x-%04x-4000-8000-%012x", started, id, made)
  end
  return submission_ids[token]
end

local function post(token, action, lock_version, answered)
  local body = { "action=" .. action, "lockVersion=" .. lock_version, "_csrf=" .. links.encode(form_token),
                 "versionId=" .. version_id,
                 "submissionId=" .. submission_id(token) }
  for i = 1, answered do
    body[#body + 1] = "choices%5B" .. questions[i] .. "%5D=" .. tostring((i % 5) + 1)
  end
  return wrk.format("POST", "/i/" .. token, headers, table.concat(body, "&"))
end

local function save(token)
  state[token] = "saving"
  return post(token, "save", "0", math.floor(#questions / 2))
end

local function submit(token)
  state[token] = "submitting"
  return post(token, "submit", lock, #questions)
end

-- a respondent reads and answers between two steps
function delay()
  return think
end

function request()
  if os.time() >= stop_at then
    return wrk.format("GET", "/actuator/health/liveness")
  end
  local again = table.remove(retry, 1)
  if again ~= nil then
    if again[2] == "save" then return save(again[1]) else return submit(again[1]) end
  end
  local token = table.remove(ready, 1)
  if token ~= nil then
    return submit(token)
  end
  token = tokens[next_index]
  if token == nil then
    return wrk.format("GET", "/actuator/health/liveness")
  end
  next_index = next_index + step
  -- open the link now and save its draft with the next request: opening changes nothing, so order does not matter
  table.insert(retry, { token, "save" })
  -- (wrk calls request() once in its first thread to check what it returns and never sends that request: one link per
  -- run is counted opened without its GET, and is saved and submitted all the same)
  counts.open = counts.open + 1
  return wrk.format("GET", "/i/" .. token, get_headers)
end

function response(status, headers, body)
  local token = nil
  local location = headers["Location"]
  if location ~= nil then
    token = location:match("/i/([%w_%-]+)")
  elseif status ~= 200 and body ~= nil then
    token = body:match('action="/i/([%w_%-]+)"')
  end
  if links.secret_replaced(headers) then counts.secret_replaced = counts.secret_replaced + 1 end
  if status == 503 then
    local now = os.time()
    if first_unavailable == 0 then first_unavailable = now end
    last_unavailable = now
  end
  if token == nil or state[token] == nil then
    if status == 409 and body ~= nil and body:find("This link is in use", 1, true) then
      -- the page that says so for an opened link has no form to name the link by
      counts.in_use = counts.in_use + 1
    elseif status == 503 then
      counts.unavailable_pages = counts.unavailable_pages + 1
    elseif status ~= 200 then
      counts.errors = counts.errors + 1
      if first_error == "none" then first_error = tostring(status) end
    end
    return
  end
  local kind = state[token]
  if status == 302 then
    -- stored: a first try, or a try sent again after a 503 (when the refused try had been stored after all, the server
    -- answers the repeated save as stored, and the repeated submit by its submission id, both with this 302)
    if kind == "saving" then
      counts.saved = counts.saved + 1
      if refused[token] then counts.saved_on_retry = counts.saved_on_retry + 1 end
      refused[token] = nil
      table.insert(ready, token)
    elseif kind == "submitting" then
      counts.acknowledged = counts.acknowledged + 1
      if refused[token] then counts.acknowledged_on_retry = counts.acknowledged_on_retry + 1 end
      refused[token] = nil
      state[token] = "done"
    end
  elseif status == 409 and body:find("This link is in use", 1, true) then
    -- the draft is bound to another secret than the one this browser sent: the bench's cookie was not taken
    counts.in_use = counts.in_use + 1
    state[token] = "done"
    if first_error == "none" then first_error = "409 in use " .. kind end
  elseif status == 409 and body:find("saved somewhere else", 1, true) then
    -- stale: the draft changed since the page was opened (before the server took repeated saves, a save whose first
    -- try was stored but refused with 503 ended here)
    counts.stale = counts.stale + 1
    state[token] = "done"
    if first_error == "none" then first_error = "409 stale " .. kind end
  elseif status == 503 then
    counts.unavailable = counts.unavailable + 1
    -- the page hands back what was sent: every answer of the step, checked again
    local _, checked = body:gsub('checked="checked"', "")
    local sent = kind == "submitting" and #questions or math.floor(#questions / 2)
    if checked == sent then counts.kept = counts.kept + 1 else counts.lost = counts.lost + 1 end
    refused[token] = true
    table.insert(retry, { token, kind == "saving" and "save" or "submit" })
  else
    counts.errors = counts.errors + 1
    if first_error == "none" then first_error = tostring(status) .. " " .. kind end
  end
end

function done(summary, latency, requests)
  -- wrk calls done() once, in the main state; the threads' counts are read back from them
  local total, first, from, to = {}, "none", 0, 0
  for _, thread in ipairs(threads) do
    for k, v in pairs(thread:get("counts")) do total[k] = (total[k] or 0) + v end
    if first == "none" then first = thread:get("first_error") end
    local f, l = thread:get("first_unavailable"), thread:get("last_unavailable")
    if f > 0 and (from == 0 or f < from) then from = f end
    if l > to then to = l end
  end
  local out = io.open(os.getenv("REPORT"), "w")
  for k, v in pairs(total) do out:write(k, "=", v, "\n") end
  out:write("first_error=", first, "\n", "first_unavailable=", from, "\n", "last_unavailable=", to, "\n")
  out:close()
end
