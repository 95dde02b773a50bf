#!/usr/bin/env bash
# A private PostgreSQL 15 cluster for development and tests, without systemd or Docker.
#   postgres.sh install   apt-get install postgresql-15 when missing
#   postgres.sh up        initdb (once), start, create the role and one database per service
#   postgres.sh down      stop the cluster this script started
#   postgres.sh restart   stop (fast: sessions terminated) and start again (the fault tests)
#   postgres.sh crash     stop at once as a crash would (immediate: no shutdown checkpoint,
#                         commits in flight lost or kept as the WAL has them) and start again
#   postgres.sh psql ...  psql as the superuser on that cluster
# Data lives in $ROOT/.data/postgres (git-ignored). Running any command twice is harmless.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PGBIN="${PGBIN:-/usr/lib/postgresql/15/bin}"
DIR="${PG_DATA_DIR:-$ROOT/.data/postgres}"
PORT="${PG_PORT:-5433}"
SOCK="$DIR/socket"
# Development credentials only; production takes its URLs from the environment.
APP_USER="accountability"
APP_PASSWORD="dev-only-password"
DATABASES="registry complaints referrals notifications"
SERVER_OPTS="-p $PORT -k $SOCK -c listen_addresses=127.0.0.1 -c max_connections=300 -c track_commit_timestamp=on"

# initdb refuses root: as root, the cluster runs as the postgres system user.
as_owner() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }

install() {
  if [ -x "$PGBIN/initdb" ]; then return; fi
  echo "postgres: installing PostgreSQL 15 from Debian's packages"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q postgresql-15 postgresql-client-15
}

psql_super() { as_owner "$PGBIN/psql" -h "$SOCK" -p "$PORT" -U postgres -v ON_ERROR_STOP=1 -qAt "$@"; }

up() {
  install
  mkdir -p "$DIR"
  if [ "$(id -u)" = 0 ]; then chown postgres:postgres "$DIR"; fi
  if [ ! -f "$DIR/data/PG_VERSION" ]; then
    echo "postgres: initdb in $DIR/data"
    as_owner mkdir -p "$DIR/data" "$SOCK"
    as_owner "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth-local=trust \
        --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
  fi
  if as_owner "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    echo "postgres: already running on 127.0.0.1:$PORT"
  else
    echo "postgres: starting on 127.0.0.1:$PORT"
    as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/postgres.log" -w -t 60 start \
        -o "$SERVER_OPTS" >/dev/null
  fi
  if [ "$(psql_super -c "select 1 from pg_roles where rolname='$APP_USER'")" != 1 ]; then
    psql_super -c "create role $APP_USER login createdb password '$APP_PASSWORD'"
  fi
  for db in $DATABASES; do
    if [ "$(psql_super -c "select 1 from pg_database where datname='$db'")" != 1 ]; then
      psql_super -c "create database $db owner $APP_USER"
    fi
  done
  echo "postgres: ready (databases: $DATABASES)"
}

down() {
  if [ -f "$DIR/data/PG_VERSION" ] && as_owner "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1; then
    as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w stop >/dev/null
    echo "postgres: stopped"
  else
    echo "postgres: not running"
  fi
}

restart() {
  echo "postgres: restarting on 127.0.0.1:$PORT"
  as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m fast -w -t 60 restart \
      -o "$SERVER_OPTS" >/dev/null
}

crash() {
  echo "postgres: crashing and recovering on 127.0.0.1:$PORT"
  as_owner "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w -t 60 restart \
      -o "$SERVER_OPTS" >/dev/null
}

case "${1:-}" in
  install) install ;;
  up) up ;;
  down) down ;;
  restart) restart ;;
  crash) crash ;;
  psql) shift; psql_super "$@" ;;
  *) echo "usage: $0 install|up|down|restart|crash|psql" >&2; exit 2 ;;
esac
