#!/usr/bin/env bash
# Measures Sanwang's text classifier against scikit-learn on the labelled development set
# of citizens' messages (../shared/data/complaints, not shipped with the product):
#   (a) `sanwang classify eval` with 5-fold stratified cross-validation, for the naive Bayes
#       and the linear SVM model, with training time and prediction latency;
#   (b) scikit-learn's TfidfVectorizer + LinearSVC on exactly the same folds (written by
#       the C++ side with --folds-out), in sklearn_baseline.py.
# Installs python3-sklearn (Debian) when missing. Figures are recorded in docs/classify.md.
# Prediction latency, both sides: per held-out text, mean, p50 and p99. Sanwang's timer
# (steady_clock) covers CatalogSuggestions, the call of the suggestion route: raw text to
# top 3 with confidences. scikit-learn's (perf_counter) covers transform + predict of one
# text, the top label only. The load average is printed before and after: the machine
# is shared, and a loaded one inflates the mean and p99 most.
#
#   bash bench/classify/run.sh [DATA.csv]      # SANWANG_BIN overrides build/sanwang
set -euo pipefail

repo=$(cd "$(dirname "$0")/../.." && pwd)
data=${1:-$repo/../shared/data/complaints/messages-dev.csv}
# Beside the checkout, or where the tests look too (tests/testing/shared_data.h).
[ -n "${1:-}" ] || [ -f "$data" ] || data=/work/shared/data/complaints/messages-dev.csv
bin=${SANWANG_BIN:-$repo/build/sanwang}
# Debian's python3-sklearn is installed for Debian's interpreter, whatever else is on PATH.
py=${PYTHON:-/usr/bin/python3}
text=留言主题,留言详情
label=一级分类

if [ ! -f "$data" ]; then
  echo "run.sh: no $data (the shared development data); nothing to measure" >&2
  exit 1
fi
if [ ! -x "$bin" ]; then
  cmake -S "$repo" -B "$repo/build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo >/dev/null
  ninja -C "$repo/build" -j2 sanwang >/dev/null
fi
if ! "$py" -c 'import sklearn' 2>/dev/null; then
  sudo_cmd=()
  [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
  "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends python3-sklearn >/dev/null
fi

echo "== $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"
work=$(mktemp -d /tmp/sanwang-classify-bench.XXXXXX)
trap 'rm -rf "$work"' EXIT

for model in nb linear; do
  echo "== sanwang classify eval --model $model"
  "$bin" classify eval "$data" --text "$text" --label "$label" --folds 5 --model "$model" \
    --folds-out "$work/folds-$model.csv" | tee "$work/$model.txt"
  echo
done
cmp -s "$work/folds-nb.csv" "$work/folds-linear.csv" || { echo "run.sh: the models got different folds" >&2; exit 1; }

echo "== scikit-learn on the same folds"
"$py" "$repo/bench/classify/sklearn_baseline.py" "$data" "$work/folds-linear.csv" --text "$text" --label "$label"

echo
echo "== summary"
for model in nb linear; do
  printf '  sanwang %-6s %s; %s; %s\n' "$model" "$(tail -n 1 "$work/$model.txt")" \
    "$(grep '^training time' "$work/$model.txt" | sed 's/  */ /g')" \
    "$(grep '^prediction latency' "$work/$model.txt" | sed 's/  */ /g')"
done
echo "  load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
