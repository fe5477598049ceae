-- Submits a complete promote-excellence questionnaire to a different invitation link on every request.
-- Reads: TOKENS (a file of link tokens, one per line), QUESTIONS (question keys, one per line), CSRF (cookie value
-- and form token, one per line), RESPONDENT_SECRET (optional: the secret to send instead of a new one). Each wrk
-- thread takes every n-th token, so no link is used twice.
--
-- Every request carries a respondent secret cookie (links.RESPONDENT_COOKIE), as a browser does once it has saved
-- through any link. A link without a draft takes a submit without one too, but then the server makes a secret and
-- hands it back with every answer — work a browser that already has one never causes. One wrk run is one browser: one
-- secret, made when the run starts, for all its threads and links. That is what the server allows (one secret per
-- browser, for any number of links: a draft keeps a hash of the secret together with its link, so links never share
-- anything through it), and it costs the server the same per request as a secret per link would.
-- At the end it prints how many submissions were acknowledged (302), how many requests it sent after its links ran out
-- (a run that needs those had too few links to tell its rate) and how many answers handed out a secret of the server's
-- making (0 unless ours was refused).

-- the shared pieces live beside this script
package.path = debug.getinfo(1, "S").source:match("^@?(.*/)") .. "?.lua;" .. package.path
local links = require("links")
local tokens, questions, cookie, form_token = {}, {}, nil, nil
local next_index, step, run = 1, 1, 0

local threads, run_secret = {}, nil
function setup(thread)
  -- setup() runs in wrk's main state, once per thread: the run's one secret is made there and handed to each thread
  run_secret = run_secret or links.run_secret()
  thread:set("id", #threads + 1)
  thread:set("secret", run_secret)
  threads[#threads + 1] = thread
end

local headers = { ["Content-Type"] = "application/x-www-form-urlencoded" }
function init(args)
  tokens, questions, cookie, form_token, step = links.inputs()
  next_index = id
  -- submission ids unique across runs on one database too (math.random repeats itself from run to run)
  run = os.time()
  headers["Cookie"] = links.CSRF_COOKIE .. "=" .. cookie .. "; " .. links.RESPONDENT_COOKIE .. "=" .. secret
end

ran_out = 0
function request()
  local token = tokens[next_index]
  if token == nil then
    -- out of links: ask for the sign-in page instead (a GET), so nothing is submitted twice
    ran_out = ran_out + 1
    return wrk.format("GET", "/login")
  end
  next_index = next_index + step
  local body = { "action=submit", "lockVersion=0", "_csrf=" .. links.encode(form_token),
                 "submissionId=" .. string.format("%08x-0000-4000-8000-%012x", run, next_index) }
  for i, key in ipairs(questions) do
    body[#body + 1] = "choices%5B" .. key .. "%5D=" .. tostring((i % 5) + 1)
  end
  return wrk.format("POST", "/i/" .. token, headers, table.concat(body, "&"))
end

codes = {}
replaced = 0
function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
  if links.secret_replaced(headers) then replaced = replaced + 1 end
end

function done(summary, latency, requests)
  local total, acknowledged, after_links = 0, 0, 0
  for _, thread in ipairs(threads) do
    total = total + thread:get("replaced")
    acknowledged = acknowledged + (thread:get("codes")[302] or 0)
    after_links = after_links + thread:get("ran_out")
  end
  io.write("submissions acknowledged: ", acknowledged, "\n")
  io.write("requests after the links ran out: ", after_links, "\n")
  io.write("respondent secrets replaced by the server: ", total, "\n")
end
