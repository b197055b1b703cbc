-- wrk script of the meeting evening's ratio phase (bench/scenario.sh): one hot read at full speed
-- (closed loop), rotating over the data set and over many members, never one id read by one account.
-- Environment: DATA=<province out folder>, READABLE=<folder of the readable articles.txt, documents.txt>, READ=ping|article|news|inbox|notices|meeting|search|document|mix
local data, read = os.getenv("DATA"), os.getenv("READ") or "ping"
local function lines(name)
  local t = {}
  local f = io.open(data .. "/" .. name)
  if f then
    for l in f:lines() do
      if l ~= "" and l:sub(1, 1) ~= "#" then t[#t + 1] = l end
    end
    f:close()
  end
  return t
end
local function fields(l)
  local t = {}
  for v in (l .. "\t"):gmatch("([^\t]*)\t") do t[#t + 1] = v end
  return t
end
local function urlencode(s)
  return (s:gsub("[^%w%-_%.~]", function(c) return string.format("%%%02X", string.byte(c)) end))
end

local tokens, attendees, articles, documents, queries = {}, {}, {}, {}, {}
local meetingOf = {}
for _, l in ipairs(lines("meetings.tsv")) do
  local f = fields(l)
  if f[3] and f[3] ~= "" and not meetingOf[f[2]] then meetingOf[f[2]] = f[1] end
end
for _, l in ipairs(lines("members.tsv")) do
  local f = fields(l)
  tokens[#tokens + 1] = f[1]
  if meetingOf[f[3]] then attendees[#attendees + 1] = { f[1], meetingOf[f[3]] } end
end
-- the ids every member may open, as the Gatling set-up found them (READABLE), else the data set's
local readable = os.getenv("READABLE")
if readable then data, readable = readable, data end
articles, documents = lines("articles.txt"), lines("documents.txt")
if readable then data = readable end
for _, q in ipairs(lines("queries.txt")) do queries[#queries + 1] = urlencode(q) end

local i = 0
function setup(thread)
  thread:set("offset", math.random(1, 1000000))
end
function init(args)
  i = tonumber(offset) or math.random(1, 1000000)
end
local c = 0
local function pick(t) c = c + 1; return t[((i + c * 7) % #t) + 1] end
local function get(path, token)
  return wrk.format("GET", path, { ["Authorization"] = "Bearer " .. token, ["Accept"] = "application/json" })
end
local mix = { "news", "inbox", "notices", "meeting", "article", "article", "document", "search" }

local function one(kind)
  c = c + 1
  local t = tokens[((i + c * 7919) % #tokens) + 1]
  if kind == "ping" then return wrk.format("GET", "/api/ping") end
  if kind == "article" then return get("/api/news/articles/" .. pick(articles), t) end
  if kind == "document" then return get("/api/documents/" .. pick(documents), t) end
  if kind == "news" then return get("/api/news", t) end
  if kind == "inbox" then return get("/api/inbox", t) end
  if kind == "notices" then return get("/api/notices", t) end
  if kind == "search" then return get("/api/search?q=" .. pick(queries), t) end
  if kind == "meeting" then
    local a = attendees[((i + c * 7919) % #attendees) + 1]
    return get("/api/meetings/" .. a[2], a[1])
  end
  error("unknown READ " .. kind)
end

function request()
  i = i + 1
  if read == "mix" then return one(mix[(i % #mix) + 1]) end
  return one(read)
end
