-- wrk script for the Open311 requests list that no cache can answer (bench/http/run.sh).
--
-- Every request asks GET /open311/v2/requests.json?page_size=100 for another 30-day
-- window: end_date steps back 30 s per request from $SANWANG_BENCH_END (Unix seconds),
-- start_date is 30 days before it, the threads interleaved so no two requests of a run
-- carry the same query (the server's feed cache keeps answers by query, so each one is
-- computed). The steps wrap after 100,000 requests per thread (35 days back), far more
-- queries than the cache holds. Each answer holds the 100 newest requests filed before
-- end_date.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
dofile(here .. "thread_setup.lua")

local kStep, kWindow, kWrap = 30, 30 * 86400, 100000
local threads = 2
local last_end, sent

function init(args)
  last_end = tonumber(os.getenv("SANWANG_BENCH_END") or "")
  assert(last_end, "set SANWANG_BENCH_END to the newest end_date (Unix seconds)")
  threads = tonumber(os.getenv("SANWANG_BENCH_THREADS") or "2")
  sent = 0
end

local function Iso(t) return os.date("!%Y-%m-%dT%H:%M:%SZ", t) end

function request()
  local step = (sent % kWrap) * threads + thread_id - 1
  sent = sent + 1
  local finish = last_end - step * kStep
  return wrk.format("GET", string.format("/open311/v2/requests.json?page_size=100&start_date=%s&end_date=%s",
    Iso(finish - kWindow), Iso(finish)))
end

response = ReportFirstError(200)
