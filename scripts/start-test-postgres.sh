#!/usr/bin/env bash
# Start the machine's PostgreSQL and create the test role and database (run once, as root).
#
#   sudo scripts/start-test-postgres.sh
#   export NEWSROOM_TEST_PG=postgresql+psycopg://newsroom:newsroom@127.0.0.1:5432/newsroom_test
#
# Idempotent: an installed, running cluster and an existing role and database are left
# as they are. Installs Debian's postgresql package when it is missing.
set -euo pipefail

PG_ROLE=${PG_ROLE:-newsroom}
PG_PASSWORD=${PG_PASSWORD:-newsroom}
PG_DATABASE=${PG_DATABASE:-newsroom_test}

if [ "$(id -u)" -ne 0 ]; then
    echo "start-test-postgres.sh: run as root (sudo)" >&2
    exit 1
fi

if ! command -v pg_lsclusters >/dev/null 2>&1 || [ -z "$(ls /usr/lib/postgresql 2>/dev/null)" ]; then
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql
fi

# The newest installed major version, and its cluster (created if the package left none).
version=$(ls /usr/lib/postgresql | sort -n | tail -1)
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main"' | grep -q .; then
    pg_createcluster "$version" main
fi
if ! pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" && $4 ~ /online/' | grep -q .; then
    pg_ctlcluster "$version" main start
fi
port=$(pg_lsclusters -h | awk -v v="$version" '$1 == v && $2 == "main" {print $3}')

psql_admin() {
    runuser -u postgres -- psql -p "$port" -v ON_ERROR_STOP=1 -qtAX "$@"
}

for _ in $(seq 1 30); do  # the server takes a moment after start
    psql_admin -c "SELECT 1" >/dev/null 2>&1 && break
    sleep 1
done

# CREATEROLE: a shared newsroom makes a PostgreSQL login for each account, and group
# roles for the newsroom's roles (the owner of a real newsroom needs it too; SECURITY.md).
# pg_signal_backend: the tests end the sessions that those logins left open.
if [ "$(psql_admin -c "SELECT 1 FROM pg_roles WHERE rolname = '$PG_ROLE'")" != 1 ]; then
    psql_admin -c "CREATE ROLE \"$PG_ROLE\" LOGIN CREATEDB CREATEROLE PASSWORD '$PG_PASSWORD'"
else
    psql_admin -c "ALTER ROLE \"$PG_ROLE\" LOGIN CREATEDB CREATEROLE PASSWORD '$PG_PASSWORD'"
fi
psql_admin -c "GRANT pg_signal_backend TO \"$PG_ROLE\""
if [ "$(psql_admin -c "SELECT 1 FROM pg_database WHERE datname = '$PG_DATABASE'")" != 1 ]; then
    psql_admin -c "CREATE DATABASE \"$PG_DATABASE\" OWNER \"$PG_ROLE\""
fi

echo "NEWSROOM_TEST_PG=postgresql+psycopg://$PG_ROLE:$PG_PASSWORD@127.0.0.1:$port/$PG_DATABASE"
