#!/usr/bin/env bash
# PostgreSQL first start (docker-entrypoint-initdb.d, run once when the data volume is empty, as the superuser):
# two login roles, each owning only its own database and unable to connect to the other one:
#   cls      owns database cls       (the backend; Flyway creates its schema)
#   keycloak owns database keycloak  (Keycloak)
# Passwords come from the environment (docker-compose.yml requires them). Changing them later: ALTER ROLE.
set -euo pipefail
: "${CLS_DB_PASSWORD:?CLS_DB_PASSWORD is required (password of the database user cls)}"
: "${KEYCLOAK_DB_PASSWORD:?KEYCLOAK_DB_PASSWORD is required (password of the database user keycloak)}"

# psql variables (:'name') quote the passwords as SQL literals, whatever they contain.
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname "${POSTGRES_DB:-postgres}" \
  -v cls_password="$CLS_DB_PASSWORD" -v keycloak_password="$KEYCLOAK_DB_PASSWORD" <<'SQL'
create role cls login password :'cls_password';
create role keycloak login password :'keycloak_password';
create database cls owner cls;
create database keycloak owner keycloak;
-- PUBLIC may connect to any new database by default: only the owner (and the superuser) may
revoke all on database cls from public;
revoke all on database keycloak from public;
SQL
