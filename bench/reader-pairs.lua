-- wrk script (bench/readers.sh): GET /api/news/articles/{id}, each request a (member, article) pair the
-- member may read, rotating over PAIRS (token<TAB>articleId per line: every article of the set, read by
-- members of many cells, as members open what their feeds show them).
local pairs_ = {}
local f = assert(io.open(os.getenv("PAIRS")))
for l in f:lines() do
  local t, id = l:match("^([^\t]+)\t(%d+)$")
  if t then pairs_[#pairs_ + 1] = { t, id } end
end
f:close()
local i = 0
function setup(thread) thread:set("offset", math.random(1, 1000000)) end
function init(args) i = tonumber(offset) or math.random(1, 1000000) end
function request()
  i = i + 1
  local p = pairs_[(i % #pairs_) + 1]
  return wrk.format("GET", "/api/news/articles/" .. p[2], { ["Authorization"] = "Bearer " .. p[1], ["Accept"] = "application/json" })
end
