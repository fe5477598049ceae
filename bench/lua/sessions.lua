-- GETs the path with a different signed-in session on each request, round robin: people have a session each, and
-- sharing one would make every request wait on the same session row when sessions live in PostgreSQL.
-- Reads: SESSIONS (a file of "NAME=value" cookies, one per line).
local sessions, next_index = {}, 0

function init(args)
  for line in io.lines(os.getenv("SESSIONS")) do
    if line ~= "" then sessions[#sessions + 1] = line end
  end
  next_index = id or 0
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("id", threads)
end

function request()
  next_index = next_index % #sessions + 1
  wrk.headers["Cookie"] = sessions[next_index]
  return wrk.format(nil)
end
