#!/usr/bin/env bash
# Checks the C++ files changed on this branch: clang-format in check mode (.clang-format)
# and clang-tidy (.clang-tidy) with the compile commands of build/. A file passes when
# clang-format would not change it and clang-tidy reports no error.
#
# The base the changes are counted from: $SANWANG_LINT_BASE when set; else the merge base
# with origin/main; else (on main itself, or without origin/main) the previous commit;
# a clone holding a single commit has no base, and is said so and passes.
# SANWANG_LINT_BUILD_DIR names another build folder (default build).
set -euo pipefail
cd "$(dirname "$0")/.."

build=${SANWANG_LINT_BUILD_DIR:-build}
base=${SANWANG_LINT_BASE:-}
if [ -z "$base" ] && git rev-parse -q --verify origin/main >/dev/null; then
  base=$(git merge-base HEAD origin/main || true)
  [ "$base" = "$(git rev-parse HEAD)" ] && base=""
fi
if [ -z "$base" ] && git rev-parse -q --verify HEAD~1 >/dev/null; then
  base=HEAD~1
fi
if [ -z "$base" ]; then
  echo "lint: a single commit, nothing to compare it with; no file checked"
  exit 0
fi

mapfile -t files < <(git diff --name-only --diff-filter=ACMR "$base" -- 'src/*.cc' 'src/*.h' 'tests/*.cc' \
  'tests/*.h' 'bench/*.cc' 'bench/*.h')
if [ ${#files[@]} -eq 0 ]; then
  echo "lint: no C++ file changed since $(git rev-parse --short "$base")"
  exit 0
fi
echo "lint: ${#files[@]} C++ files changed since $(git rev-parse --short "$base")"

status=0
echo "== clang-format"
clang-format --dry-run -Werror "${files[@]}" || status=1

echo "== clang-tidy"
if [ ! -f "$build/compile_commands.json" ]; then
  cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSANWANG_BUILD_TESTS=ON >/dev/null
fi
# Headers are checked through the files that include them (HeaderFilterRegex).
sources=()
for f in "${files[@]}"; do [[ $f == *.cc ]] && sources+=("$f"); done
if [ ${#sources[@]} -gt 0 ]; then
  # The build's flags are GCC's; clang does not know some of its warning options.
  printf '%s\n' "${sources[@]}" |
    xargs -P "$(nproc)" -n 1 clang-tidy -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option \
      || status=1
fi

if [ $status -ne 0 ]; then
  echo "lint: failed (clang-format -i FILE fixes the format)"
  exit 1
fi
echo "lint: passed"
