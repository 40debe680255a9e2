#!/usr/bin/env bash
# Run a command with a throwaway PostgreSQL cluster on a loopback port.
#
#   scripts/met-postgres.sh <command> [args...]
#
# Creates a fresh cluster in a temporary directory, starts it on 127.0.0.1 at a
# free port, exports SPOORWIJZER_TEST_POSTGRES_URL for the command, and always
# stops and removes the cluster afterwards.  Installs the PostgreSQL server with
# apt-get when initdb/pg_ctl are missing (we run as root on CI machines).
# Exits with the command's exit code.
set -euo pipefail

log() { printf 'met-postgres: %s\n' "$*" >&2; }

find_bin() {
    local name=$1 candidate
    if command -v "$name" >/dev/null 2>&1; then command -v "$name"; return 0; fi
    for candidate in /usr/lib/postgresql/*/bin/"$name"; do
        if [ -x "$candidate" ]; then echo "$candidate"; return 0; fi
    done
    return 1
}

if ! INITDB=$(find_bin initdb) || ! PG_CTL=$(find_bin pg_ctl); then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
        log "initdb/pg_ctl not found: installing postgresql with apt-get"
        apt-get update -qq >/dev/null
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
        INITDB=$(find_bin initdb)
        PG_CTL=$(find_bin pg_ctl)
    else
        log "initdb/pg_ctl not found; install PostgreSQL (apt-get install postgresql)"
        exit 3
    fi
fi

# initdb refuses to run as root: use the postgres system user (create it if needed).
AS=()
if [ "$(id -u)" = 0 ]; then
    if ! id postgres >/dev/null 2>&1; then
        useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
    fi
    AS=(runuser -u postgres --)
fi

DATA=$(mktemp -d /tmp/spoorwijzer-pg.XXXXXX)
chmod 755 "$DATA"
[ ${#AS[@]} -gt 0 ] && chown postgres "$DATA"
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()')

stop() {
    "${AS[@]}" "$PG_CTL" -D "$DATA/db" -m immediate stop >/dev/null 2>&1 || true
    rm -rf "$DATA"
}
trap stop EXIT

"${AS[@]}" "$INITDB" -D "$DATA/db" --auth=trust --username=postgres --encoding=UTF8 --locale=C >"$DATA/initdb.log" 2>&1 \
    || { cat "$DATA/initdb.log" >&2; exit 3; }
"${AS[@]}" "$PG_CTL" -D "$DATA/db" -l "$DATA/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $PORT -c unix_socket_directories=$DATA -c fsync=off -c max_connections=100" \
    start >/dev/null || { cat "$DATA/server.log" >&2; exit 3; }
"${AS[@]}" psql -h 127.0.0.1 -p "$PORT" -U postgres -q -c "CREATE DATABASE spoorwijzer_test" >/dev/null

export SPOORWIJZER_TEST_POSTGRES_URL="postgresql://postgres:spoorwijzer@127.0.0.1:$PORT/spoorwijzer_test"
log "PostgreSQL on 127.0.0.1:$PORT (data in $DATA)"
set +e
"$@"
status=$?
set -e
exit $status
