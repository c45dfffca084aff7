#!/usr/bin/env bash
# Every test: backend on H2 and on PostgreSQL, SPA unit tests, docker-compose structure, operations (crash, backup and
# restore on both engines), end-to-end in Chromium.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
mkdir -p .cache
SUMMARY=()
step() { echo; echo "=== $* ==="; }
record() { SUMMARY+=("$1"); }

surefire_totals() { # sums the surefire XML reports of a folder
  python3 - "$1" <<'PY'
import sys, glob, xml.etree.ElementTree as ET
t = f = e = s = 0
for p in glob.glob(sys.argv[1] + "/TEST-*.xml"):
    r = ET.parse(p).getroot()
    t += int(r.get("tests")); f += int(r.get("failures")); e += int(r.get("errors")); s += int(r.get("skipped"))
print(f"{t - f - e - s} passed, {f + e} failed, {s} skipped")
PY
}

step "Backend tests (H2)"
start=$SECONDS
(cd backend && rm -f target/authorization-matrix.txt && ./mvnw -B -ntp test)
record "backend (H2):         $(surefire_totals backend/target/surefire-reports) in $((SECONDS - start)) s; $(head -1 backend/target/authorization-matrix.txt 2>/dev/null)"
rm -rf backend/target/surefire-reports-h2 && mv backend/target/surefire-reports backend/target/surefire-reports-h2

step "Backend tests (PostgreSQL)"
PG_HOST=${TEST_PG_HOST:-127.0.0.1}
PG_PORT=${TEST_PG_PORT:-5432}
PG_USER=${TEST_PG_USER:-postgres}
PG_DB=${TEST_PG_DB:-cls_test}
if (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; then
  if command -v psql >/dev/null; then
    psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -tAc "select 1 from pg_database where datname='$PG_DB'" | grep -q 1 \
      || psql -h "$PG_HOST" -p "$PG_PORT" -U "$PG_USER" -d postgres -qc "create database $PG_DB"
  fi
  start=$SECONDS
  (cd backend && rm -f target/authorization-matrix.txt && TEST_DB_KIND=postgresql TEST_DB_URL="jdbc:postgresql://$PG_HOST:$PG_PORT/$PG_DB" \
    TEST_DB_USER="$PG_USER" TEST_DB_PASSWORD="${TEST_PG_PASSWORD:-}" \
    ./mvnw -B -ntp test)
  record "backend (PostgreSQL): $(surefire_totals backend/target/surefire-reports) in $((SECONDS - start)) s; $(head -1 backend/target/authorization-matrix.txt 2>/dev/null)"
else
  echo "No PostgreSQL at $PG_HOST:$PG_PORT: skipped"
  record "backend (PostgreSQL): skipped, no server at $PG_HOST:$PG_PORT"
fi

step "Frontend unit tests (Vitest)"
start=$SECONDS
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npx vue-tsc --noEmit && npx vitest run) | tee .cache/vitest.log
record "frontend (Vitest):    $(sed 's/\x1b\[[0-9;]*m//g' .cache/vitest.log | grep -E '^ +Tests ' | sed 's/^ *Tests *//') in $((SECONDS - start)) s"

step "docker-compose.yml structure"
if ! command -v docker-compose >/dev/null; then
  apt-get update -qq && apt-get install -y -qq --no-install-recommends docker-compose >/dev/null
fi
# Every secret comes from the environment: the file must refuse to validate without, and validate with dummy values
compose_env_none=$(mktemp)
if env -i PATH="$PATH" HOME="$HOME" docker-compose --env-file "$compose_env_none" -f docker-compose.yml config -q 2>.cache/compose-nosecrets.log; then
  echo "docker-compose.yml validates without its secrets (expected \${VAR:?message})"; exit 1
fi
grep -q "Missing mandatory value" .cache/compose-nosecrets.log || { cat .cache/compose-nosecrets.log; exit 1; }
rm -f "$compose_env_none"
env -i PATH="$PATH" HOME="$HOME" docker-compose --env-file docker/compose-check.env -f docker-compose.yml config -q
# the system Python has PyYAML (a dependency of the docker-compose package)
"$( [ -x /usr/bin/python3 ] && echo /usr/bin/python3 || echo python3)" scripts/check-prod-realm.py
record "docker-compose.yml:   valid with its secrets, refused without; production realm and shape checked"

step "Operations (crash, backup/restore)"
# The packaged jars (scripts/lib/app.sh): backend/target/quarkus-app stays an H2 build (e2e rebuilds its own),
# the PostgreSQL one goes to backend/target/pg-app. Tokens are minted locally: no Keycloak needed.
start=$SECONDS
ops_kinds=(h2)
if (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; then
  ops_kinds+=(postgresql)
else
  echo "No PostgreSQL at $PG_HOST:$PG_PORT: the PostgreSQL crash and backup tests are skipped (they say so)"
fi
for kind in "${ops_kinds[@]}"; do (source scripts/lib/app.sh && build_jar "$kind" >/dev/null); done
PGHOST=$PG_HOST PGPORT=$PG_PORT PGUSER=$PG_USER PGPASSWORD=${TEST_PG_PASSWORD:-} \
  bash -c 'scripts/crash-test.sh h2 postgresql && scripts/backup-test.sh h2 postgresql' | tee .cache/operations.log
record "operations:           $(grep -E '^(crash|backup) ' .cache/operations.log | sed 's/ ([^()]*)$//' | paste -sd '|' | sed 's/|/; /g') in $((SECONDS - start)) s"

step "Two instances on one PostgreSQL"
if (exec 3<>"/dev/tcp/$PG_HOST/$PG_PORT") 2>/dev/null; then
  start=$SECONDS
  PGHOST="$PG_HOST" PGPORT="$PG_PORT" PGUSER="$PG_USER" PGPASSWORD="${TEST_PG_PASSWORD:-}" TWO_DB="${PG_DB}_two" \
    scripts/two-instances.sh
  record "two instances:        passed in $((SECONDS - start)) s"
else
  echo "No PostgreSQL at $PG_HOST:$PG_PORT: skipped"
  record "two instances:        skipped, no server at $PG_HOST:$PG_PORT"
fi

step "End-to-end (Keycloak + app + Chromium)"
start=$SECONDS
scripts/e2e.sh
record "end-to-end:           passed in $((SECONDS - start)) s"

echo
echo "=== Summary ==="
printf '%s\n' "${SUMMARY[@]}"
