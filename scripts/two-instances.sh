#!/usr/bin/env bash
# Two backend JVMs on one PostgreSQL database, started at the same time, driven alternately (issue 15, "Two instances"):
#   - Flyway migrates once (one instance applies, the other finds the schema up to date), demo data is loaded once;
#   - a write on A (note, PATCH with If-Match, indicator value) is read on B at once, B's dashboard included
#     (its cache key follows the audit revision);
#   - an If-Match race across A and B: one 200, one 412;
#   - a document uploaded on A downloads byte-identical on B;
#   - rate limits count across both (skipped when the app sends no RateLimit headers).
# Prints one line per check and exits non-zero when one failed; 2 when there is no PostgreSQL server.
# Settings: PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1:5432, postgres), TWO_DB (cls_two, dropped and created again),
# TWO_PORT_A/TWO_PORT_B (18631/18632), TWO_RATE_LIMIT (200: the account budget given to both apps), KEEP_WORK=1 keeps the logs.
# Needs java, curl, openssl, psql, python3.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/app.sh
source "$ROOT/scripts/lib/app.sh"

export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB=${TWO_DB:-cls_two}
PORT_A=${TWO_PORT_A:-18631}
PORT_B=${TWO_PORT_B:-18632}
RATE_LIMIT=${TWO_RATE_LIMIT:-200}
WORK="$ROOT/.cache/two-instances"
t0=$SECONDS

if ! (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null; then
  echo "No PostgreSQL at $PGHOST:$PGPORT: two instances not tried"; exit 2
fi
psql_db() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" -tAc "$1"; }

JAR=$(build_jar postgresql)
echo "jar: ${JAR#"$ROOT"/} (ready after $((SECONDS - t0)) s)"
t0=$SECONDS
psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "set client_min_messages = warning" -c "drop database if exists $DB with (force)" -c "create database $DB"
rm -rf "$WORK"; mkdir -p "$WORK/a" "$WORK/b"

cleanup() {
  local f pid
  for f in "$WORK"/a/pid "$WORK"/b/pid; do
    pid=$(cat "$f" 2>/dev/null || true)
    [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null && stop_app "$pid"
  done
  stop_all_apps
  [[ "${KEEP_WORK:-0}" == 1 ]] || [[ "${FAILED:-0}" != 0 ]] || rm -rf "$WORK"
}
trap cleanup EXIT

# Both at once: start_app waits for readiness, so each runs in a subshell that leaves its pid behind. The token key pair
# first, here: two subshells generating it at once would each write half of it.
app_keys
export APP_PG_DB=$DB
opts=(-Dcls.demo.enabled=true -Dcls.rate-limit.account.requests="$RATE_LIMIT")
( trap 'echo "${APP_PID:-}" > "$WORK/a/pid"' EXIT; start_app postgresql "$WORK/a" "$PORT_A" "${opts[@]}" ) & starter_a=$!
( trap 'echo "${APP_PID:-}" > "$WORK/b/pid"' EXIT; start_app postgresql "$WORK/b" "$PORT_B" "${opts[@]}" ) & starter_b=$!
started=0
wait "$starter_a" || started=1
wait "$starter_b" || started=1
if (( started != 0 )); then FAILED=1; echo "an instance did not start (logs kept in ${WORK#"$ROOT"/})"; exit 1; fi
echo "A (pid $(cat "$WORK/a/pid"), port $PORT_A) and B (pid $(cat "$WORK/b/pid"), port $PORT_B) ready after $((SECONDS - t0)) s"

LOG_A="$WORK/a/app-$PORT_A.log" LOG_B="$WORK/b/app-$PORT_B.log"
FAILED=0
line() { # passed|FAILED name detail
  printf '  %-7s %s: %s\n' "$1" "$2" "$3"
  [[ "$1" == passed ]] || FAILED=1
}
echo "Checks:"

# Flyway: each version once in the history, applied by exactly one instance
migrations=$(find "$ROOT/backend/src/main/resources/db/migration" -name 'V*__*.sql' | wc -l)
versions=$(psql_db "select count(*) from flyway_schema_history where version is not null and success")
dupes=$(psql_db "select count(*) from (select version from flyway_schema_history where version is not null group by version having count(*) > 1) d")
applied_a=$(grep -c "Successfully applied" "$LOG_A" || true)
applied_b=$(grep -c "Successfully applied" "$LOG_B" || true)
uptodate=$(cat "$LOG_A" "$LOG_B" | grep -c "is up to date. No migration necessary" || true)
if [[ "$versions" == "$migrations" && "$dupes" == 0 && $((applied_a + applied_b)) == 1 && "$uptodate" == 1 ]]; then
  line passed "Flyway migrated once" "$versions versions once each in flyway_schema_history; applied by $( ((applied_a)) && echo A || echo B), the other found the schema up to date"
else
  line FAILED "Flyway migrated once" "$versions of $migrations versions, $dupes duplicated; 'Successfully applied' A=$applied_a B=$applied_b; 'up to date' $uptodate"
fi

# Demo data: one demo contract, one of each demo object, however the two startups interleaved
dup_contracts=$(psql_db "select count(*) from (select name from contract group by name having count(*) > 1) d")
demo=$(psql_db "select count(*) from contract where name = 'CLS 2 du Grand Quercy'")
dup_actions=$(psql_db "select count(*) from (select objective_id, title from action group by objective_id, title having count(*) > 1) d")
dup_indicators=$(psql_db "select count(*) from (select action_id, name from indicator where action_id is not null group by action_id, name having count(*) > 1) d" 2>/dev/null || echo "?")
if [[ "$demo" == 1 && "$dup_contracts" == 0 && "$dup_actions" == 0 && "$dup_indicators" == 0 ]]; then
  line passed "demo data loaded once" "one 'CLS 2 du Grand Quercy', $(psql_db "select count(*) from contract") contracts, no duplicated contract, action or indicator"
else
  line FAILED "demo data loaded once" "$demo 'CLS 2 du Grand Quercy'; duplicated names: $dup_contracts contracts, $dup_actions actions, $dup_indicators indicators"
fi

# The scenario across both (the demo coordinator, by verified email; a second account probes the rate limit)
set +e
PORT_A=$PORT_A PORT_B=$PORT_B RATE_LIMIT=$RATE_LIMIT \
  TOKEN=$(mint_token two-instances-coordinator coordinator coordinator) \
  PROBE_TOKEN=$(MINT_EMAIL=rate-probe@example.org mint_token two-instances-probe rate-probe pilot) \
  python3 "$ROOT/scripts/lib/two_instances.py"
rc=$?
set -e
(( rc == 0 )) || FAILED=1

if grep -q "ERROR" "$LOG_A" "$LOG_B"; then
  echo "  (errors logged, see below)"; grep -h "ERROR" "$LOG_A" "$LOG_B" | head -n 10
fi
echo "two instances: $( ((FAILED)) && echo "FAILED (logs kept in ${WORK#"$ROOT"/})" || echo passed) in $((SECONDS - t0)) s"
exit "$FAILED"
