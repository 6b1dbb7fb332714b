#!/usr/bin/env bash
# Runs every libFuzzer target of fuzz/ (docs/architecture.md §16) for SECONDS each (default
# 60), two at a time, in the sanitized clang build (build-asan/, AddressSanitizer and
# UndefinedBehaviorSanitizer), building the targets first. Each starts from its seed corpus
# (fuzz/corpus/TARGET/, left unchanged: what a run finds goes to OUT/corpus/TARGET/) with its
# dictionary (fuzz/dict/). Prints per target the inputs run, their rate and whether it
# crashed; a crashing input is written to OUT/crashes/ (OUT is build-asan/fuzz unless
# SANWANG_FUZZ_OUT names another folder). Exits non-zero when any target crashed, leaked,
# reported undefined behaviour or timed out on one input.
#   scripts/fuzz.sh            # a minute each
#   scripts/fuzz.sh 1800       # half an hour each, before a release
#   SANWANG_FUZZ_ONLY="csv url" scripts/fuzz.sh 300
set -euo pipefail
cd "$(dirname "$0")/.."

seconds=${1:-60}
build=build-asan
out=${SANWANG_FUZZ_OUT:-$build/fuzz}
export CCACHE_DIR=${CCACHE_DIR:-$HOME/.cache/ccache}
export CCACHE_BASEDIR=$PWD CCACHE_NOHASHDIR=true

if [ ! -f "$build/CMakeCache.txt" ]; then
  CC=clang CXX=clang++ cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Debug -DSANWANG_SANITIZE=ON \
    -DSANWANG_BUILD_TESTS=ON >/dev/null
fi
if [ -n "${SANWANG_FUZZ_ONLY:-}" ]; then
  read -r -a targets <<<"$SANWANG_FUZZ_ONLY"
else
  targets=()
  for f in fuzz/*_fuzz.cc; do
    name=$(basename "$f" _fuzz.cc)
    targets+=("$name")
  done
fi
cmake --build "$build" -j "$(nproc)" --target "${targets[@]/%/_fuzz}"

mkdir -p "$out/crashes" "$out/logs"
export ASAN_OPTIONS=detect_leaks=1:abort_on_error=1
export LSAN_OPTIONS=suppressions=$PWD/scripts/lsan-suppressions.txt
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1

# The dictionary a target reads, where one helps.
dictionary_of() {
  case $1 in
    json_body) echo fuzz/dict/json.dict ;;
    csv | csv_import) echo fuzz/dict/csv.dict ;;
    url | open311 | geojson | toml | osm_tags | xlsx) echo "fuzz/dict/$1.dict" ;;
  esac
}

run_one() {
  local name=$1 dict
  dict=$(dictionary_of "$name")
  mkdir -p "$out/corpus/$name"
  # -timeout: one input taking 10 s is a finding too; -rss_limit_mb keeps two targets in memory.
  "$build/fuzz/${name}_fuzz" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -print_final_stats=1 \
    ${dict:+-dict="$dict"} -artifact_prefix="$out/crashes/$name-" "$out/corpus/$name" "fuzz/corpus/$name" \
    >"$out/logs/$name.log" 2>&1
}

# Two at a time: the machines this runs on have two cores.
declare -A pid_of status_of
running=()
for name in "${targets[@]}"; do
  while [ "$(jobs -rp | wc -l)" -ge 2 ]; do wait -n || true; done
  echo "fuzz: $name for ${seconds}s"
  run_one "$name" &
  pid_of[$name]=$!
done
for name in "${targets[@]}"; do
  if wait "${pid_of[$name]}"; then status_of[$name]=ok; else status_of[$name]=CRASHED; fi
done

failed=0
printf '%-12s %12s %10s  %s\n' target runs exec/s result
for name in "${targets[@]}"; do
  log=$out/logs/$name.log
  runs=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  printf '%-12s %12s %10s  %s\n' "$name" "${runs:-?}" "${rate:-?}" "${status_of[$name]}"
  if [ "${status_of[$name]}" != ok ]; then
    failed=1
    grep -m1 -E 'ERROR: (AddressSanitizer|LeakSanitizer|libFuzzer)|runtime error|SUMMARY' "$log" || true
    echo "  log: $log; inputs: $(ls "$out/crashes/$name-"* 2>/dev/null | tr '\n' ' ')"
  fi
done
exit "$failed"
