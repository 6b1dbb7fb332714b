# Sourced by the scripts that start `sanwang serve` and wait for it (bench/, tests/*.sh).
# The caller sets `bin` (the sanwang binary) and an array `pids` of the processes it stops
# on exit.

# Runs "$bin" ARGS… in the background with its output in LOG; ARGS hold a `serve --listen
# 127.0.0.1:0 …` command line. Waits up to 30 s for the "listening" line and sets
# server_pid and server_port; the pid is added to pids. Exits when the server stops or never
# says where it listens, printing its log.
serve_in_background() {
  local log=$1
  shift
  "$bin" "$@" >"$log" 2>&1 &
  server_pid=$!
  pids+=("$server_pid")
  server_port=""
  for _ in $(seq 300); do
    server_port=$(sed -n 's|^sanwang listening on http://127.0.0.1:\([0-9]*\)/.*|\1|p' "$log")
    [ -n "$server_port" ] && return
    kill -0 "$server_pid" 2>/dev/null || break
    sleep 0.1
  done
  cat "$log" >&2
  echo "sanwang serve did not start" >&2
  exit 1
}

# Stops every process in `pids` (SIGTERM) and waits for each: the shell tests' cleanup.
stop_servers() {
  local pid
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
