-- wrk script for one fixed GET (bench/http/mixed.sh): the path in $SANWANG_BENCH_PATH, as
-- the account whose bearer token is in $SANWANG_BENCH_TOKEN (none when it is empty: a
-- public route). The first non-200 answer of each thread is printed to standard error.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
dofile(here .. "thread_setup.lua")

local path, headers
function init(args)
  path = os.getenv("SANWANG_BENCH_PATH")
  assert(path and path ~= "", "set SANWANG_BENCH_PATH to the path to GET")
  local token = os.getenv("SANWANG_BENCH_TOKEN") or ""
  headers = {}
  if token ~= "" then headers["Authorization"] = "Bearer " .. token end
end

function request()
  return wrk.format("GET", path, headers)
end

response = ReportFirstError(200)
