# Sourced by the shell tests (tests/*.sh): a named check that counts failures, a free
# loopback port, and the skip of a test without the PostgreSQL server. The caller ends with
# `[ "$failures" -eq 0 ]` (or prints its logs first).

failures=0
# check DESCRIPTION EXPECTED ACTUAL: prints ok or FAILED, counting the failures.
check() {
  if [ "$2" = "$3" ]; then
    echo "ok: $1"
  else
    echo "FAILED: $1: expected '$2', got '$3'"
    failures=$((failures + 1))
  fi
}

# A TCP port on 127.0.0.1 that nothing listens on now.
free_port() { python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }

# Exits 77 (skipped) without the PostgreSQL 15 server binaries, or fails when
# SANWANG_REQUIRE_PG=1 says the run must have them.
require_pg_server() {
  [ -x /usr/lib/postgresql/15/bin/pg_ctl ] && return 0
  echo "PostgreSQL 15 server binaries not found"
  [ "${SANWANG_REQUIRE_PG:-}" = 1 ] && exit 1
  exit 77
}
