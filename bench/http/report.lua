-- wrk reporting hook shared by the bench/http runs: after the run, prints one line
--   WRK_RESULT requests duration_us rps p50_us p90_us p99_us max_us non2xx socket_errors bytes
-- that run.sh parses into its summary table. wrk's own --latency output is printed too.
-- "non2xx" is wrk's count of responses with a status outside 200–399; "bytes" all it read
-- (headers and bodies).

function done(summary, latency, requests)
  local e = summary.errors
  local rps = summary.requests / (summary.duration / 1e6)
  io.write(string.format("WRK_RESULT %d %d %.1f %d %d %d %d %d %d %d\n",
    summary.requests, summary.duration, rps,
    latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max,
    e.status, e.connect + e.read + e.write + e.timeout, summary.bytes))
end
