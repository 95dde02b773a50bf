#!/usr/bin/env bash
# Starts or stops the four services locally (used by `make run` / `make stop`).
# Logs (JSON lines) and pid files live in $ROOT/.run (git-ignored).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PY="$ROOT/.venv/bin/python"
RUN="$ROOT/.run"
declare -A PORTS=([registry]=8001 [complaints]=8002 [referrals]=8003 [notifications]=8004)
ORDER="registry complaints referrals notifications"

running() { [ -f "$RUN/$1.pid" ] && kill -0 "$(cat "$RUN/$1.pid")" 2>/dev/null; }

start() {
  mkdir -p "$RUN"
  cd "$ROOT"
  for s in $ORDER; do
    if running "$s"; then echo "$s: already running (pid $(cat "$RUN/$s.pid"))"; continue; fi
    if curl -fsS -o /dev/null "http://127.0.0.1:${PORTS[$s]}/healthz" 2>/dev/null; then
      echo "$s: port ${PORTS[$s]} is held by a process this script did not start" >&2; exit 1
    fi
    nohup "$PY" -m "services.$s" serve >> "$RUN/$s.log" 2>&1 < /dev/null &
    echo $! > "$RUN/$s.pid"
  done
  for s in $ORDER; do
    local url="http://127.0.0.1:${PORTS[$s]}"
    for _ in $(seq 1 60); do
      if curl -fsS "$url/readyz" >/dev/null 2>&1; then break; fi
      if ! running "$s"; then echo "$s: exited; see $RUN/$s.log" >&2; tail -n 20 "$RUN/$s.log" >&2; exit 1; fi
      sleep 0.5
    done
    curl -fsS "$url/readyz" >/dev/null || { echo "$s: not ready; see $RUN/$s.log" >&2; exit 1; }
    running "$s" || { echo "$s: exited; see $RUN/$s.log" >&2; exit 1; }
  done
  cat <<MSG

The accountability backend is running:
  registry       http://127.0.0.1:8001/docs
  complaints     http://127.0.0.1:8002/docs
  referrals      http://127.0.0.1:8003/docs
  notifications  http://127.0.0.1:8004/docs
Logs: .run/<service>.log   Stop: make stop   A token: make token DEPT=SZ-FINANCE ROLES=officer
MSG
}

stop() {
  for s in $ORDER; do
    if running "$s"; then
      local pid; pid=$(cat "$RUN/$s.pid")
      kill "$pid"
      for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
      kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
      echo "$s: stopped"
    fi
    rm -f "$RUN/$s.pid"
  done
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
