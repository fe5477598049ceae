-- Submits a complete promote-excellence questionnaire to a different invitation link on every request.
-- Reads: TOKENS (a file of link tokens, one per line), QUESTIONS (question keys, one per line), CSRF (cookie value
-- and form token, one per line). Each wrk thread takes every n-th token, so no link is used twice.

-- the shared pieces live beside this script
package.path = debug.getinfo(1, "S").source:match("^@?(.*/)") .. "?.lua;" .. package.path
local links = require("links")
local tokens, questions, cookie, form_token = {}, {}, nil, nil
local next_index, step, run = 1, 1, 0

local threads = {}
function setup(thread)
  thread:set("id", #threads + 1)
  threads[#threads + 1] = thread
end

function init(args)
  tokens, questions, cookie, form_token, step = links.inputs()
  next_index = id
  -- submission ids unique across runs on one database too (math.random repeats itself from run to run)
  run = os.time()
end

function request()
  local token = tokens[next_index]
  if token == nil then
    -- out of links: ask for the thank-you page of the last one instead (a GET), so nothing is submitted twice
    return wrk.format("GET", "/login")
  end
  next_index = next_index + step
  local body = { "action=submit", "lockVersion=0", "_csrf=" .. links.encode(form_token),
                 "submissionId=" .. string.format("%08x-0000-4000-8000-%012x", run, next_index) }
  for i, key in ipairs(questions) do
    body[#body + 1] = "choices%5B" .. key .. "%5D=" .. tostring((i % 5) + 1)
  end
  return wrk.format("POST", "/i/" .. token, {
    ["Content-Type"] = "application/x-www-form-urlencoded",
    ["Cookie"] = "XSRF-TOKEN=" .. cookie,
  }, table.concat(body, "&"))
end

local codes = {}
function response(status, headers, body)
  codes[status] = (codes[status] or 0) + 1
end
