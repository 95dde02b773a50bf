#!/usr/bin/env bash
# Apache Kafka (KRaft combined mode) from Maven Central jars, without Docker: one node, or with
# KAFKA_NODES=3 a cluster of three combined controller/broker nodes on 127.0.0.1.
#   kafka.sh up       fetch jars (once), format storage (once), start what is not running,
#                     wait for a round trip (on a cluster: through every node, 3 replicas)
#   kafka.sh down     stop the nodes this script started (by their pid files)
#   kafka.sh kill [N] SIGKILL node N (default: every node), as a crash would; then `up`
#   kafka.sh status
#   kafka.sh controller   prints the node id of the active KRaft controller (the quorum leader)
# Running either twice is harmless. Data lives in $ROOT/.data/kafka (one node) or
# $ROOT/.data/kafka-cluster/node-N (git-ignored). Node N of a cluster listens on
# KAFKA_PORT + 2(N-1) for clients and KAFKA_CONTROLLER_PORT + 2(N-1) for the quorum:
# 9092/9093, 9094/9095, 9096/9097 by default.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
HERE="$ROOT/deploy/kafka"
NODES="${KAFKA_NODES:-1}"
if [ "$NODES" = 1 ]; then
  DIR="${KAFKA_DATA_DIR:-$ROOT/.data/kafka}"
  # One broker on a 2-core, 24 GB machine: 1 GB heap is ample for our volumes and leaves
  # the page cache (which Kafka relies on) most of the memory.
  HEAP="${KAFKA_HEAP_OPTS:--Xms1g -Xmx1g}"
else
  DIR="${KAFKA_DATA_DIR:-$ROOT/.data/kafka-cluster}"
  # Three JVMs beside the services and PostgreSQL on 2 cores: half a gigabyte each.
  HEAP="${KAFKA_HEAP_OPTS:--Xms512m -Xmx512m}"
fi
PORT="${KAFKA_PORT:-9092}"
CONTROLLER_PORT="${KAFKA_CONTROLLER_PORT:-9093}"
PY="${PYTHON:-$ROOT/.venv/bin/python}"

# Where node N keeps its log, settings, pid and output (one node: the data folder itself).
node_dir() { if [ "$NODES" = 1 ]; then echo "$DIR"; else echo "$DIR/node-$1"; fi; }
client_port() { echo $((PORT + 2 * ($1 - 1))); }
controller_port() { echo $((CONTROLLER_PORT + 2 * ($1 - 1))); }
pidfile() { echo "$(node_dir "$1")/kafka.pid"; }
running() { [ -f "$(pidfile "$1")" ] && kill -0 "$(cat "$(pidfile "$1")")" 2>/dev/null; }
bootstrap() {
  local list="" n
  for n in $(seq 1 "$NODES"); do list="$list${list:+,}127.0.0.1:$(client_port "$n")"; done
  echo "$list"
}
voters() {
  local list="" n
  for n in $(seq 1 "$NODES"); do list="$list${list:+,}$n@127.0.0.1:$(controller_port "$n")"; done
  echo "$list"
}

fetch_jars() {
  if [ -f "$DIR/libs/.complete" ]; then return; fi
  echo "kafka: copying broker jars from Maven Central (deploy/kafka/pom.xml)"
  mkdir -p "$DIR/libs"
  mvn -B -q -Dstyle.color=never -f "$HERE/pom.xml" dependency:copy-dependencies \
      -DoutputDirectory="$DIR/libs" -DincludeScope=runtime
  touch "$DIR/libs/.complete"
}

configure() {
  local n=$1 dir replicas=$((NODES < 3 ? NODES : 3)); dir=$(node_dir "$n")
  mkdir -p "$dir/log"
  sed -e "s#@DATA_DIR@#$dir#g" -e "s#@PORT@#$(client_port "$n")#g" \
      -e "s#@CONTROLLER_PORT@#$(controller_port "$n")#g" -e "s#@NODE_ID@#$n#g" \
      -e "s#@VOTERS@#$(voters)#g" -e "s#@REPLICAS@#$replicas#g" \
      -e "s#@MIN_ISR@#$((replicas > 1 ? 2 : 1))#g" \
      "$HERE/server.properties" > "$dir/server.properties"
  if [ ! -f "$dir/log/meta.properties" ]; then
    [ -f "$DIR/cluster-id" ] || java -cp "$DIR/libs/*" kafka.tools.StorageTool random-uuid \
        2>/dev/null | tail -n 1 > "$DIR/cluster-id"
    echo "kafka: formatting node $n's storage once (cluster $(cat "$DIR/cluster-id"))"
    java -cp "$DIR/libs/*" kafka.tools.StorageTool format \
        -t "$(cat "$DIR/cluster-id")" -c "$dir/server.properties" >/dev/null
  fi
}

start_node() {
  local n=$1 dir; dir=$(node_dir "$n")
  if running "$n"; then echo "kafka: node $n already running (pid $(cat "$(pidfile "$n")"))"; return; fi
  configure "$n"
  echo "kafka: starting node $n on 127.0.0.1:$(client_port "$n")"
  # shellcheck disable=SC2086
  nohup java $HEAP -XX:+UseG1GC -XX:MaxGCPauseMillis=20 -Djava.awt.headless=true \
      -Dlog4j2.configurationFile="$HERE/log4j2.yaml" \
      -cp "$DIR/libs/*" kafka.Kafka "$dir/server.properties" \
      > "$dir/kafka.log" 2>&1 < /dev/null &
  echo $! > "$(pidfile "$n")"
}

up() {
  fetch_jars
  local n
  for n in $(seq 1 "$NODES"); do start_node "$n"; done
  # Ready means a record produced is consumed back, not that a port is open; on a cluster,
  # with every node in the metadata and the record on three replicas.
  if ! "$PY" "$HERE/roundtrip.py" "$(bootstrap)" --brokers "$NODES" \
      --timeout "${KAFKA_READY_TIMEOUT:-90}"; then
    echo "kafka: not ready; last log lines:" >&2
    for n in $(seq 1 "$NODES"); do tail -n 30 "$(node_dir "$n")/kafka.log" >&2; done
    exit 1
  fi
}

stop_node() {
  local n=$1 pid
  if ! running "$n"; then rm -f "$(pidfile "$n")"; return; fi
  pid=$(cat "$(pidfile "$n")")
  echo "kafka: stopping node $n (pid $pid)"
  kill "$pid"
  for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
  if kill -0 "$pid" 2>/dev/null; then kill -9 "$pid"; fi
  rm -f "$(pidfile "$n")"
}

down() {
  local n
  for n in $(seq 1 "$NODES"); do stop_node "$n"; done
  echo "kafka: stopped"
}

# A crash, not a stop: no controlled shutdown, the next `up` recovers the logs.
kill_node() {
  local n=$1 pid
  if ! running "$n"; then echo "kafka: node $n not running"; rm -f "$(pidfile "$n")"; return; fi
  pid=$(cat "$(pidfile "$n")")
  echo "kafka: killing node $n (pid $pid, SIGKILL)"
  kill -9 "$pid"
  for _ in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.1; done
  rm -f "$(pidfile "$n")"
}

status() {
  local n down=0
  for n in $(seq 1 "$NODES"); do
    if running "$n"; then echo "kafka: node $n running (pid $(cat "$(pidfile "$n")"))"
    else echo "kafka: node $n stopped"; down=1; fi
  done
  return $down
}

# The quorum's leader: each node keeps the leader it knows, with its epoch, in quorum-state;
# the newest epoch among the running nodes names it (clients' metadata does not).
controller() {
  local n file best="" epoch=-1 e id
  for n in $(seq 1 "$NODES"); do
    running "$n" || continue
    file="$(node_dir "$n")/log/__cluster_metadata-0/quorum-state"
    [ -f "$file" ] || continue
    e=$(sed -E 's/.*"leaderEpoch":([0-9]+).*/\1/' "$file")
    id=$(sed -E 's/.*"leaderId":(-?[0-9]+).*/\1/' "$file")
    if [ "$e" -gt "$epoch" ] && [ "$id" -ge 0 ]; then epoch=$e; best=$id; fi
  done
  [ -n "$best" ] || { echo "kafka: no controller known" >&2; return 1; }
  echo "$best"
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  kill) if [ -n "${2:-}" ]; then kill_node "$2"; else for n in $(seq 1 "$NODES"); do kill_node "$n"; done; fi ;;
  status) status ;;
  controller) controller ;;
  *) echo "usage: $0 up|down|kill [N]|status|controller" >&2; exit 2 ;;
esac
