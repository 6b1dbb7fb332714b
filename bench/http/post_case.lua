-- wrk script for the POST /api/v1/cases benchmark (bench/http/run.sh).
--
-- Every request files a new matter as the signed-in account whose bearer token is in
-- $SANWANG_BENCH_TOKEN: a grid-tier catalog item (read from $SANWANG_BENCH_CATALOG,
-- default data/catalog/catalog.csv), a title numbered per thread, and a point drawn
-- uniformly from the demo district's footprint (lon 113.7435–113.8855, lat
-- 33.9840–34.0948). Each wrk thread has its own fixed seed, so two runs send the same
-- sequence. The first non-2xx answer of each thread is printed to standard error.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")

local kLonMin, kLonMax = 113.7435, 113.8855
local kLatMin, kLatMax = 33.9840, 34.0948

-- Splits CSV text into records of fields (RFC 4180: quoted fields, "" inside quotes).
local function ParseCsv(text)
  local records, record, field = {}, {}, {}
  local i, n, quoted = 1, #text, false
  while i <= n do
    local c = text:sub(i, i)
    if quoted then
      if c == '"' and text:sub(i + 1, i + 1) == '"' then field[#field + 1] = '"'; i = i + 1
      elseif c == '"' then quoted = false
      else field[#field + 1] = c end
    elseif c == '"' then quoted = true
    elseif c == "," then record[#record + 1] = table.concat(field); field = {}
    elseif c == "\n" then
      record[#record + 1] = table.concat(field); field = {}
      records[#records + 1] = record; record = {}
    elseif c ~= "\r" then field[#field + 1] = c end
    i = i + 1
  end
  if #field > 0 or #record > 0 then record[#record + 1] = table.concat(field); records[#records + 1] = record end
  return records
end

-- The codes of the catalog items whose tier is "grid".
local function GridItems(path)
  local file = assert(io.open(path, "rb"), "cannot read the catalog " .. path)
  local records = ParseCsv(file:read("*a"))
  file:close()
  local header, code_col, tier_col = records[1], nil, nil
  for col, name in ipairs(header) do
    if name == "code" then code_col = col end
    if name == "tier" then tier_col = col end
  end
  assert(code_col and tier_col, "the catalog has no code or tier column")
  local items = {}
  for r = 2, #records do
    if records[r][tier_col] == "grid" then items[#items + 1] = records[r][code_col] end
  end
  assert(#items > 0, "the catalog has no grid-tier item")
  return items
end

local next_thread_id = 0
function setup(thread)
  next_thread_id = next_thread_id + 1
  thread:set("thread_id", next_thread_id)
end

local items, headers, sent, reported_error
function init(args)
  local token = os.getenv("SANWANG_BENCH_TOKEN")
  assert(token and token ~= "", "set SANWANG_BENCH_TOKEN to a bearer token")
  items = GridItems(os.getenv("SANWANG_BENCH_CATALOG") or "data/catalog/catalog.csv")
  headers = {["Content-Type"] = "application/json", ["Authorization"] = "Bearer " .. token}
  math.randomseed(20261129 + thread_id)
  sent = 0
end

function request()
  sent = sent + 1
  local body = string.format(
    '{"title":"压测 load test %d-%d","item_code":"%s","lon":%.6f,"lat":%.6f}',
    thread_id, sent, items[math.random(#items)],
    kLonMin + math.random() * (kLonMax - kLonMin), kLatMin + math.random() * (kLatMax - kLatMin))
  return wrk.format("POST", "/api/v1/cases", headers, body)
end

function response(status, headers, body)
  if (status < 200 or status > 299) and not reported_error then
    reported_error = true
    io.stderr:write(string.format("thread %d: first non-2xx answer: %d %s\n", thread_id, status, body:sub(1, 300)))
  end
end
