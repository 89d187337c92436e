#!/usr/bin/env bash
# Sourced by .ci/run: a throwaway PostgreSQL server for the load tests (issue 17, docs/load.md).
# Installs Debian's postgresql package when missing, makes a cluster in a temporary folder
# (initdb + pg_ctl, as the postgres user when run as root: the server refuses to run as root),
# listens on loopback only, exports NEWSGRAPH_TEST_POSTGRES (a JDBC URL), PGUSER and PGPASSWORD,
# and stops the server and removes the folder when the sourcing shell exits.

ng_pg_bin() {
  ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1
}

if [[ -z "$(ng_pg_bin)" ]]; then
  echo "postgres.sh: installing Debian's postgresql package" >&2
  if [[ "$(id -u)" -eq 0 ]]; then
    apt-get update -qq >&2
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  else
    sudo apt-get update -qq >&2
    sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >&2
  fi
fi
NG_PG_BIN="$(ng_pg_bin)"
[[ -x "$NG_PG_BIN/initdb" ]] || { echo "postgres.sh: no initdb after installing postgresql" >&2; exit 1; }

NG_PG_DIR="$(mktemp -d /tmp/newsgraph-pg.XXXXXX)"
chmod 755 "$NG_PG_DIR"
NG_PG_AS=()
if [[ "$(id -u)" -eq 0 ]]; then
  chown postgres: "$NG_PG_DIR"
  NG_PG_AS=(runuser -u postgres --)
fi
export PGUSER=newsgraph
export PGPASSWORD="ng-$RANDOM-$RANDOM-$$"
printf '%s\n' "$PGPASSWORD" > "$NG_PG_DIR/pwfile"
[[ "$(id -u)" -eq 0 ]] && chown postgres: "$NG_PG_DIR/pwfile"
"${NG_PG_AS[@]}" "$NG_PG_BIN/initdb" -D "$NG_PG_DIR/data" -U "$PGUSER" --pwfile="$NG_PG_DIR/pwfile" \
  --auth=scram-sha-256 -E UTF8 --locale=C.UTF-8 >"$NG_PG_DIR/initdb.log" 2>&1 \
  || { cat "$NG_PG_DIR/initdb.log" >&2; exit 1; }

ng_pg_stop() {
  "${NG_PG_AS[@]}" "$NG_PG_BIN/pg_ctl" -D "$NG_PG_DIR/data" -m fast -w stop >/dev/null 2>&1 || true
  rm -rf "$NG_PG_DIR"
}
trap ng_pg_stop EXIT

# the first free port of a small range on loopback (a second CI run or a developer's server may hold one)
NG_PG_PORT=""
for port in $(seq 54329 54349); do
  if "${NG_PG_AS[@]}" "$NG_PG_BIN/pg_ctl" -D "$NG_PG_DIR/data" -l "$NG_PG_DIR/server.log" -w -t 60 \
       -o "-p $port -c listen_addresses=127.0.0.1 -k $NG_PG_DIR -c fsync=off" start >/dev/null 2>&1; then
    NG_PG_PORT=$port
    break
  fi
done
[[ -n "$NG_PG_PORT" ]] || { echo "postgres.sh: the server did not start:" >&2; cat "$NG_PG_DIR/server.log" >&2; exit 1; }
export NEWSGRAPH_TEST_POSTGRES="jdbc:postgresql://127.0.0.1:$NG_PG_PORT/postgres"
echo "postgres.sh: PostgreSQL $("$NG_PG_BIN/postgres" --version | awk '{print $3}') on 127.0.0.1:$NG_PG_PORT for the load tests" >&2
