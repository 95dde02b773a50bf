#!/usr/bin/env bash
# Apache Kafka (KRaft combined mode, one node) from Maven Central jars, without Docker.
#   kafka.sh up     fetch jars (once), format storage (once), start, wait for a round trip
#   kafka.sh down   stop the broker this script started (by its pid file)
#   kafka.sh kill   SIGKILL that broker, as a crash would (the fault tests use it), then `up`
#   kafka.sh status
# Running either twice is harmless. Data lives in $ROOT/.data/kafka (git-ignored).
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/deploy/kafka"
DIR="${KAFKA_DATA_DIR:-$ROOT/.data/kafka}"
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
# One broker on a 2-core, 24 GB machine: 1 GB heap is ample for our volumes and leaves
# the page cache (which Kafka relies on) most of the memory.
HEAP="${KAFKA_HEAP_OPTS:--Xms1g -Xmx1g}"
PIDFILE="$DIR/kafka.pid"

running() { [ -f "$PIDFILE" ] && kill -0 "$(cat "$PIDFILE")" 2>/dev/null; }

fetch_jars() {
  if [ -f "$DIR/libs/.complete" ]; then return; fi
  echo "kafka: copying broker jars from Maven Central (deploy/kafka/pom.xml)"
  mkdir -p "$DIR/libs"
  mvn -B -q -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$DIR/libs" -DincludeScope=runtime
  touch "$DIR/libs/.complete"
}

configure() {
  mkdir -p "$DIR/log"
  sed -e "s#@DATA_DIR@#$DIR#g" -e "s#@PORT@#$PORT#g" -e "s#@CONTROLLER_PORT@#$CONTROLLER_PORT#g" \
      "$HERE/server.properties" > "$DIR/server.properties"
  if [ ! -f "$DIR/log/meta.properties" ]; then
    [ -f "$DIR/cluster-id" ] || java -cp "$DIR/libs/*" kafka.tools.StorageTool random-uuid \
        2>/dev/null | tail -n 1 > "$DIR/cluster-id"
    echo "kafka: formatting storage once (cluster $(cat "$DIR/cluster-id"))"
    java -cp "$DIR/libs/*" kafka.tools.StorageTool format \
        -t "$(cat "$DIR/cluster-id")" -c "$DIR/server.properties" >/dev/null
  fi
}

up() {
  if running; then
    echo "kafka: already running (pid $(cat "$PIDFILE"))"
  else
    fetch_jars
    configure
    echo "kafka: starting on 127.0.0.1:$PORT"
    # shellcheck disable=SC2086
    nohup java $HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
        -Dlog4j2.configurationFile="$HERE/log4j2.yaml" \
        -cp "$DIR/libs/*" kafka.Kafka "$DIR/server.properties" \
        > "$DIR/kafka.log" 2>&1 < /dev/null &
    echo $! > "$PIDFILE"
  fi
  # Ready means a record produced is consumed back, not that a port is open.
  if ! "$PY" "$HERE/roundtrip.py" "127.0.0.1:$PORT" --timeout "${KAFKA_READY_TIMEOUT:-90}"; then
    echo "kafka: not ready; last log lines:" >&2
    tail -n 30 "$DIR/kafka.log" >&2
    exit 1
  fi
}

down() {
  if ! running; then echo "kafka: not running"; rm -f "$PIDFILE"; return; fi
  local pid; pid=$(cat "$PIDFILE")
  echo "kafka: stopping pid $pid"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  rm -f "$PIDFILE"
}

# A crash, not a stop: no controlled shutdown, the next `up` recovers the logs.
kill_broker() {
  if ! running; then echo "kafka: not running"; rm -f "$PIDFILE"; return; fi
  local pid; pid=$(cat "$PIDFILE")
  echo "kafka: killing pid $pid (SIGKILL)"
  kill -9 "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$PIDFILE"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  kill) kill_broker ;;
  status) if running; then echo "kafka: running (pid $(cat "$PIDFILE"))"; else echo "kafka: stopped"; exit 1; fi ;;
  *) echo "usage: $0 up|down|kill|status" >&2; exit 2 ;;
esac
