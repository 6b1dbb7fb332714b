# Sourced by the shell tests (tests/*.sh): a named check that counts failures, and a free
# loopback port. The caller ends with `[ "$failures" -eq 0 ]` (or prints its logs first).

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
