-- Shared by the bench/http wrk scripts: numbers the wrk threads (thread_id 1, 2, …) and
-- reports the first unexpected answer of each thread on standard error.

local next_thread_id = 0
function setup(thread)
  next_thread_id = next_thread_id + 1
  thread:set("thread_id", next_thread_id)
end

-- A response() hook that prints the first answer whose status is not `expected`.
function ReportFirstError(expected)
  local reported = false
  return function(status, headers, body)
    if status ~= expected and not reported then
      reported = true
      io.stderr:write(string.format("thread %d: first unexpected answer: %d %s\n", thread_id, status,
        body:sub(1, 300)))
    end
  end
end
