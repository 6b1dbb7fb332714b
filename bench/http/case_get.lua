-- wrk script for the GET /api/v1/cases/{id} benchmark (bench/http/run.sh).
--
-- Every request reads one case, by an id drawn uniformly from 1..$SANWANG_BENCH_CASES,
-- as the signed-in account whose bearer token is in $SANWANG_BENCH_TOKEN (the command
-- center: it may read every case). Each wrk thread has its own fixed seed, so two runs send
-- the same sequence. The first non-200 answer of each thread is printed to standard error.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
dofile(here .. "thread_setup.lua")

local headers, cases
function init(args)
  local token = os.getenv("SANWANG_BENCH_TOKEN")
  assert(token and token ~= "", "set SANWANG_BENCH_TOKEN to a bearer token")
  cases = tonumber(os.getenv("SANWANG_BENCH_CASES") or "")
  assert(cases and cases > 0, "set SANWANG_BENCH_CASES to the number of demo cases")
  headers = {["Authorization"] = "Bearer " .. token}
  math.randomseed(20261203 + thread_id)
end

function request()
  return wrk.format("GET", "/api/v1/cases/" .. math.random(cases), headers)
end

response = ReportFirstError(200)
