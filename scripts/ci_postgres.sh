#!/usr/bin/env bash
# Start a throwaway PostgreSQL server for the store tests and export its URL.
#
#   source scripts/ci_postgres.sh      # sets RASID_TEST_PG_URL (tests on PostgreSQL then run)
#   bash scripts/ci_postgres.sh        # just prints the URL
#
# Installs the Debian package when no server binaries are found (needs root and a package
# mirror). The cluster lives in a temporary directory owned by the user that runs it (the
# `postgres` user when run as root), listens on 127.0.0.1 only, trusts local connections, and
# is reused when it is already running. Stop it with:  pg_ctl -D "$RASID_PG_DATA" stop
# Sourced: never `exit` (it would end the caller's shell), never leave `set -e` behind.

_rasid_pg_main() {
  local port="${RASID_PG_PORT:-54329}"
  local data="${RASID_PG_DATA:-${TMPDIR:-/tmp}/rasid-pg-$port}"
  local bindir
  bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
  if [ -z "$bindir" ] && ! command -v initdb >/dev/null 2>&1; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
      echo "ci_postgres: installing postgresql" >&2
      (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql) \
        >/dev/null 2>&1 || { echo "ci_postgres: apt-get install postgresql failed" >&2; return 1; }
      bindir="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
    else
      echo "ci_postgres: no PostgreSQL binaries and cannot install them" >&2
      return 1
    fi
  fi
  local initdb="${bindir:+$bindir/}initdb" pg_ctl="${bindir:+$bindir/}pg_ctl"
  local psql="${bindir:+$bindir/}psql"
  [ -x "$psql" ] || psql="psql"

  # initdb refuses to run as root: run the server as `postgres` then.
  local runas=()
  local user
  user="$(id -un)"
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    runas=(runuser -u postgres --)
    user=postgres
  fi

  local url="postgresql://$user@127.0.0.1:$port/rasid_test"
  if ! "${runas[@]}" "$pg_ctl" -D "$data" status >/dev/null 2>&1; then
    if [ ! -s "$data/PG_VERSION" ]; then
      mkdir -p "$data"
      [ ${#runas[@]} -gt 0 ] && chown postgres "$data"
      chmod 700 "$data"
      "${runas[@]}" "$initdb" -D "$data" -A trust -U "$user" -E UTF8 --locale=C.UTF-8 \
        >"$data.initdb.log" 2>&1 \
        || { echo "ci_postgres: initdb failed, see $data.initdb.log" >&2; return 1; }
    fi
    "${runas[@]}" "$pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 \
      -o "-p $port -c listen_addresses=127.0.0.1 -k $data -c fsync=off -c synchronous_commit=off" \
      start >/dev/null \
      || { echo "ci_postgres: server did not start, see $data/server.log" >&2; return 1; }
  fi
  if ! "$psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -tAc \
      "SELECT 1 FROM pg_database WHERE datname='rasid_test'" | grep -q 1; then
    "$psql" -h 127.0.0.1 -p "$port" -U "$user" -d postgres -qc "CREATE DATABASE rasid_test" \
      || { echo "ci_postgres: could not create database rasid_test" >&2; return 1; }
  fi
  export RASID_PG_DATA="$data"
  export RASID_TEST_PG_URL="$url"
  echo "$url"
}

_rasid_pg_rc=0
_rasid_pg_main || _rasid_pg_rc=$?
unset -f _rasid_pg_main
# `return` works when sourced; when executed, fall through to exit with the status.
return $_rasid_pg_rc 2>/dev/null || exit $_rasid_pg_rc
