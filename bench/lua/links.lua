-- What the link scripts share: reading their input files, form-encoding a value, and the respondent secret a browser
-- carries for its links.
-- Inputs: TOKENS (link tokens, one per line), QUESTIONS (question keys), CSRF (cookie value, then form token),
-- THREADS (how many wrk threads split the tokens between them).
local links = {}

-- A link's draft belongs to the browser that saved it first: the server hands a browser this cookie at its first save
-- through any link (over HTTPS it is called __Host-scorecard-respondent; the benches speak plain HTTP) and, from then
-- on, answers any request for that draft without the same secret with 409 "This link is in use".
links.RESPONDENT_COOKIE = "scorecard-respondent"

-- The CSRF cookie a link's form comes with (double submit, since issue 17; __Host-scorecard-csrf over HTTPS): its value
-- goes back with every post, beside the form's own token.
links.CSRF_COOKIE = "scorecard-csrf"

-- A well-formed secret as the server makes one: 43 characters of [A-Za-z0-9_-] (256 random bits in base64url). Each
-- character is one byte of /dev/urandom modulo 64, which is uniform because 256 is a multiple of 64.
local alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
function links.new_secret()
  local random = assert(io.open("/dev/urandom", "rb"))
  local bytes = random:read(43)
  random:close()
  return (bytes:gsub(".", function(c)
    local i = string.byte(c) % 64 + 1
    return alphabet:sub(i, i)
  end))
end

-- The secret of one wrk run: RESPONDENT_SECRET if set (to act as a browser that already holds a given one, e.g. one
-- that saved a draft by hand with curl), else a new one.
function links.run_secret()
  local given = os.getenv("RESPONDENT_SECRET")
  if given ~= nil and given ~= "" then return given end
  return links.new_secret()
end

-- Whether an answer hands the browser a respondent secret of the server's making: it does only when the request
-- carried none that was well-formed, so for a bench that sends one it means the server did not take it. (wrk keeps one
-- value per header name, the last: an answer that also sets another cookie after this one can hide it; the 409 "in
-- use" counts catch what that misses.)
function links.secret_replaced(headers)
  local set = headers["Set-Cookie"] or headers["set-cookie"]
  return set ~= nil and set:find(links.RESPONDENT_COOKIE .. "=", 1, true) ~= nil
end

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
