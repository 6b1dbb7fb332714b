#!/usr/bin/env bash
# A year of target assessments of every unit, timed: on a demo district (`sanwang demo`, the
# real 15 sub-districts and 104 communities, 624 grids, N synthetic cases over the past
# year), a monthly scheme for each assessed unit kind — streets, communities, grids — is
# computed for each of the last twelve months and each result published as a numbered
# notice (PDF and XLSX rendered and stored): 36 computations and 36 publications.
#
# Each timer covers one whole command as an operator runs it (`sanwang assess compute`,
# `sanwang assess publish`): process start, opening the database, loading the district,
# the work, committing, exit. The peer is the sqlite3 shell reading, for the same 36
# month and unit kind pairs, the same monthly case counters the case sources read
# (case_monthly_stats of every unit of the kind), also one process per pair: the raw read
# without Sanwang's scoring, ranking, storing and rendering.
#
#   bash bench/governance/assessment_year.sh [build-dir] [cases]      (default: build 20000)
#
# Needs the sqlite3 shell (apt-get install sqlite3). Writes only to a temporary folder.
set -euo pipefail
cd "$(dirname "$0")/../.."

build=${1:-build}
cases=${2:-20000}
sanwang="$PWD/$build/sanwang"
work=$(mktemp -d /tmp/sanwang-assessment-year.XXXXXX)
trap 'rm -rf "$work"' EXIT
export SANWANG_DB="sqlite:$work/year.db"

echo "assessment-year: building the demo district with $cases cases (not timed)" >&2
"$sanwang" --home . demo --cases "$cases" > "$work/demo.log"

scheme() {  # name unit_kind
  cat <<JSON
{"name": "$1", "period": "month", "unit_kind": "$2", "bonus_cap": 3,
 "indicators": [
  {"code": "Q1", "name": "按时受理率", "source": "cases_on_time_acceptance", "weight": 25,
   "rule": {"kind": "linear", "floor": 60, "target": 95}},
  {"code": "Q2", "name": "按时办结率", "source": "cases_on_time_resolution", "weight": 25,
   "rule": {"kind": "linear", "floor": 60, "target": 95}},
  {"code": "Q3", "name": "满意率", "source": "cases_satisfaction", "weight": 20,
   "rule": {"kind": "thresholds", "steps": [{"bound": 80, "fraction": 0.5}, {"bound": 90, "fraction": 0.8},
                                            {"bound": 95, "fraction": 1}]}},
  {"code": "Q4", "name": "超期率", "source": "cases_overdue_share", "weight": 15,
   "rule": {"kind": "rank", "step": 0.5, "floor": 5, "lower_is_better": true}},
  {"code": "Q5", "name": "节点按时完成率", "source": "ledger_milestones_on_time", "weight": 15,
   "rule": {"kind": "linear", "floor": 50, "target": 100}},
  {"code": "B1", "name": "表彰加分", "source": "manual", "rule": {"kind": "bonus", "per_occurrence": 1, "cap": 3}},
  {"code": "D1", "name": "重复投诉", "source": "cases_repeat_reports",
   "rule": {"kind": "deduction", "per_occurrence": 0.5, "cap": 5}}]}
JSON
}

declare -A names=([street]="街道月度目标考评" [community]="社区月度目标考评" [grid]="网格月度目标考评")
for kind in street community grid; do
  scheme "${names[$kind]}" "$kind" > "$work/$kind.json"
  "$sanwang" --home . assess scheme save "$work/$kind.json" --as supervisor > /dev/null
done

# The twelve months before this one, in Shanghai.
months=()
for i in $(seq 12 -1 1); do months+=("$(TZ=Asia/Shanghai date -d "$(date +%Y-%m-15) -$i month" +%Y-%m)"); done

now() { date +%s.%N; }
elapsed() { echo "$2 - $1" | bc; }

compute=0; publish=0; peer=0
for month in "${months[@]}"; do
  for kind in street community grid; do
    t0=$(now)
    "$sanwang" --home . assess compute --period "$month" --scheme "${names[$kind]}" > /dev/null
    t1=$(now)
    "$sanwang" --home . assess publish --period "$month" --scheme "${names[$kind]}" --as supervisor > /dev/null
    t2=$(now)
    sqlite3 "$work/year.db" "SELECT s.* FROM case_monthly_stats s JOIN units u ON u.id = s.unit_id \
      WHERE s.month = ${month/-/} AND u.kind = '$kind' ORDER BY s.unit_id" > /dev/null
    t3=$(now)
    compute=$(echo "$compute + $t1 - $t0" | bc); publish=$(echo "$publish + $t2 - $t1" | bc)
    peer=$(echo "$peer + $t3 - $t2" | bc)
  done
  echo "assessment-year: $month computed and published for streets, communities and grids" >&2
done

units=$(sqlite3 "$work/year.db" "SELECT COUNT(*) FROM units WHERE kind IN ('street', 'community', 'grid')")
notices=$(sqlite3 "$work/year.db" "SELECT COUNT(*) FROM gov_assessment_reports")
bytes=$(sqlite3 "$work/year.db" "SELECT SUM(LENGTH(pdf) + LENGTH(xlsx)) FROM gov_assessment_reports")
printf 'cases %s, units assessed each month %s, months %s, notices stored %s (%s bytes of PDF and XLSX)\n' \
  "$cases" "$units" "${#months[@]}" "$notices" "$bytes"
printf 'compute: 36 commands in %.2f s (%.3f s each)\n' "$compute" "$(echo "$compute / 36" | bc -l)"
printf 'publish: 36 commands in %.2f s (%.3f s each)\n' "$publish" "$(echo "$publish / 36" | bc -l)"
printf 'peer (sqlite3 reading the same monthly counters): 36 commands in %.2f s (%.3f s each)\n' \
  "$peer" "$(echo "$peer / 36" | bc -l)"
printf 'ratio compute / peer: %.1f\n' "$(echo "$compute / $peer" | bc -l)"
