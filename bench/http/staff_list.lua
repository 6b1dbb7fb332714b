-- wrk script for the staff's case lists (bench/http/run.sh), as the account whose bearer
-- token is in $SANWANG_BENCH_TOKEN. $SANWANG_BENCH_LIST chooses what each request asks:
--
--   inbox   GET /api/v1/cases?tab=… : the five inbox tabs (to_accept, in_progress,
--           due_soon, overdue, closed) in turn, first page of 20, then the tab counts
--           (GET /api/v1/cases/tab-counts): the workbench's calls when it opens
--   filter  GET /api/v1/cases?… : a filtered list of 20 with its total, the filter drawn per
--           request from a state, a catalog aspect, overdue only, a month of filing, and
--           the first three pages
--
-- Each wrk thread has its own fixed seed, so two runs send the same sequence.

local here = debug.getinfo(1, "S").source:match("^@(.*/)") or "./"
dofile(here .. "report.lua")
dofile(here .. "thread_setup.lua")

local kTabs = {"to_accept", "in_progress", "due_soon", "overdue", "closed"}
local kStates = {"dispatched", "accepted", "resolved", "closed", "returned"}
local kAspects = {"", "", "A01", "A02", "A05"}
local headers, mode, sent, months

function init(args)
  local token = os.getenv("SANWANG_BENCH_TOKEN")
  assert(token and token ~= "", "set SANWANG_BENCH_TOKEN to a bearer token")
  mode = os.getenv("SANWANG_BENCH_LIST") or "inbox"
  headers = {["Authorization"] = "Bearer " .. token}
  math.randomseed(20261204 + thread_id)
  sent = 0
  local now = os.time()
  months = {}
  for m = 0, 5 do months[#months + 1] = now - m * 30 * 86400 end
end

local function FilterPath()
  local q = {"page_size=20", "page=" .. math.random(3)}
  if math.random(2) == 1 then q[#q + 1] = "state=" .. kStates[math.random(#kStates)] end
  local aspect = kAspects[math.random(#kAspects)]
  if aspect ~= "" then q[#q + 1] = "aspect=" .. aspect end
  if math.random(4) == 1 then q[#q + 1] = "overdue=true" end
  if math.random(2) == 1 then
    local t = months[math.random(#months)]
    q[#q + 1] = "from=" .. os.date("!%Y-%m-%dT00:00:00Z", t - 30 * 86400)
    q[#q + 1] = "to=" .. os.date("!%Y-%m-%dT00:00:00Z", t)
  end
  return "/api/v1/cases?" .. table.concat(q, "&")
end

function request()
  sent = sent + 1
  local path
  if mode == "filter" then
    path = FilterPath()
  else
    local k = (sent - 1) % (#kTabs + 1) + 1
    path = k <= #kTabs and ("/api/v1/cases?tab=" .. kTabs[k]) or "/api/v1/cases/tab-counts"
  end
  return wrk.format("GET", path, headers)
end

response = ReportFirstError(200)
