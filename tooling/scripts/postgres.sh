# Sourced: start_postgres / stop_postgres run a throwaway PostgreSQL 15 cluster from Debian's packages.
PG_BIN=/usr/lib/postgresql/15/bin

ensure_postgres_installed() {
  if [ ! -x "$PG_BIN/initdb" ]; then
    echo "test: installing PostgreSQL 15 from Debian's packages" >&2
    if [ "$(id -u)" != 0 ]; then
      echo "test: PostgreSQL 15 is missing and this is not root: run 'apt-get install -y postgresql'" >&2
      return 1
    fi
    apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
}

free_port() {
  node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

start_postgres() {
  ensure_postgres_installed
  PG_DIR="$(mktemp -d /tmp/weerbaar-pg.XXXXXX)"
  PG_PORT="$(free_port)"
  local run=()
  if [ "$(id -u)" = 0 ]; then chown postgres "$PG_DIR"; run=(runuser -u postgres --); fi
  "${run[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust -E UTF8 --no-sync >/dev/null
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -c listen_addresses=127.0.0.1 -c unix_socket_directories=$PG_DIR -c fsync=off -c max_connections=300" \
    start >/dev/null
  export TEST_POSTGRES_URL="postgres://postgres@127.0.0.1:$PG_PORT/postgres"
  export PG_DIR PG_PORT
  echo "test: PostgreSQL 15 on 127.0.0.1:$PG_PORT" >&2
}

stop_postgres() {
  [ -n "${PG_DIR:-}" ] || return 0
  local run=()
  [ "$(id -u)" = 0 ] && run=(runuser -u postgres --)
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$PG_DIR"
}
