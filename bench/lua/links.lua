-- What the link scripts share: reading their input files and form-encoding a value.
-- Inputs: TOKENS (link tokens, one per line), QUESTIONS (question keys), CSRF (cookie value, then form token),
-- THREADS (how many wrk threads split the tokens between them).
local links = {}

function links.lines(path)
  local result = {}
  for line in io.lines(path) do
    if line ~= "" then result[#result + 1] = line end
  end
  return result
end

-- tokens, question keys, CSRF cookie value, form token, and how many threads take turns through the tokens
function links.inputs()
  local csrf = links.lines(os.getenv("CSRF"))
  return links.lines(os.getenv("TOKENS")), links.lines(os.getenv("QUESTIONS")), csrf[1], csrf[2],
      tonumber(os.getenv("THREADS") or "2")
end

function links.encode(s)
  return (s:gsub("[^%w%-%._~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

return links
