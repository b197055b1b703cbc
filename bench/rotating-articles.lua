-- wrk script: GET /api/news/articles/{id} rotating over IDS (space-separated article ids) as the member behind TOKEN
-- usage: IDS="1 2 3" TOKEN=... wrk -t2 -c32 -d8s --latency -s bench/rotating-articles.lua http://127.0.0.1:PORT/api/news
local ids = {}
for id in string.gmatch(os.getenv("IDS"), "%d+") do ids[#ids+1] = id end
local i = 0
wrk.headers["Authorization"] = "Bearer " .. os.getenv("TOKEN")
request = function()
  i = i + 1
  return wrk.format("GET", "/api/news/articles/" .. ids[(i % #ids) + 1])
end
