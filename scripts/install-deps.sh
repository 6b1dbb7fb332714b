#!/usr/bin/env bash
# Installs every Debian package Sanwang needs to build, run and test. Safe to run again:
# apt-get skips what is already installed, and the package index is refreshed at most
# once a day.
set -euo pipefail

packages=(
  # toolchain
  build-essential cmake ninja-build ccache pkg-config clang
  # clang's libFuzzer runtime for the fuzz targets (fuzz/, scripts/fuzz.sh)
  libclang-rt-14-dev
  # scripts/lint.sh
  clang-format clang-tidy
  # libraries (docs/architecture.md §10)
  libboost-dev nlohmann-json3-dev libsqlite3-dev sqlite3 libpq-dev
  libosmium2-dev libprotozero-dev zlib1g-dev libbz2-dev libexpat1-dev
  libicu-dev libsodium-dev libspdlog-dev libfmt-dev libcli11-dev libtomlplusplus-dev
  libxlsxwriter-dev libzip-dev libssl-dev
  # messages beyond the app: SMTP and the HTTP gateways through libcurl (notify/channels/)
  libcurl4-openssl-dev
  # the reports' PDF (src/report/): Cairo draws, Pango lays out; the report tests read
  # the PDF back with Poppler's tools and the XLSX workbook with unzip
  libcairo2-dev libpango1.0-dev poppler-utils unzip
  libgtest-dev libgmock-dev libbenchmark-dev
  # servers the tests start on loopback (nginx: the TLS front of deploy/nginx/, openssl
  # for its throw-away certificate, curl as its client)
  postgresql-15 nginx openssl curl
  # the e-mail channel's tests deliver to a local SMTP server (aiosmtpd, Debian's python3)
  python3-aiosmtpd
  tzdata ca-certificates
  # the browser app's end-to-end tests drive Debian's Chromium (a CJK font for readable
  # screenshots; the reports' PDF is set in it too)
  chromium fonts-wqy-zenhei
)
# The browser app builds with Node and npm; Debian's are used only where none is installed.
command -v node >/dev/null && command -v npm >/dev/null || packages+=(nodejs npm)

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#packages[@]} packages present"
  bash "$(dirname "$0")/web-deps.sh"
  exit 0
fi

sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
stamp=/var/lib/apt/periodic/update-success-stamp
if [ ! -f "$stamp" ] || [ -n "$(find "$stamp" -mmin +1440 2>/dev/null)" ] \
   || [ -z "$(ls -A /var/lib/apt/lists 2>/dev/null | grep -v lock)" ]; then
  "${sudo_cmd[@]}" apt-get update -q
fi
echo "install-deps: installing ${missing[*]}"
DEBIAN_FRONTEND=noninteractive "${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "${missing[@]}"
bash "$(dirname "$0")/web-deps.sh"
