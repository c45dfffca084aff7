#!/usr/bin/env bash
# Crash test: what the API acknowledged survives a SIGKILL of the JVM.
#
#   scripts/crash-test.sh [h2|postgresql]…      (default: both; postgresql is skipped when no server answers)
#
# For each engine: the packaged jar (scripts/lib/app.sh build_jar) starts on a fresh database with the demo data;
# as the demo coordinator it writes CRASH_N (40) follow-up notes on an action, each followed by a PATCH of the
# action's progress with If-Match; right after the last answer the JVM gets SIGKILL; restarted on the same
# database, every acknowledged note and the last acknowledged PATCH (progress and ETag) must be there.
# Environment: CRASH_N (40, at least 40), CRASH_PORT (18431), CRASH_PG_DB (cls_crash, dropped and created each
# run) on PGHOST/PGPORT/PGUSER/PGPASSWORD (127.0.0.1, 5432, postgres), H2_URL_OPTIONS (the H2 URL's settings,
# see app.sh; e.g. without WRITE_DELAY=0 to see what the old default lost), CRASH_WORK (.cache/crash).
# (Functions run under "|| rc=1", where set -e does not apply: each step checks its own status.)
# Prints one line per engine, "crash <kind>: N written, N found, last PATCH found"; exits 1 when anything is lost.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/app.sh
source "$ROOT/scripts/lib/app.sh"
N=${CRASH_N:-40}
PORT=${CRASH_PORT:-18431}
PG_DB=${CRASH_PG_DB:-cls_crash}
WORK=${CRASH_WORK:-$ROOT/.cache/crash}
BASE="http://localhost:$PORT"
(( N >= 40 )) || { echo "CRASH_N must be at least 40" >&2; exit 2; }
trap stop_all_apps EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log() { echo "[crash] $*" >&2; }

pg_up() { (exec 3<>"/dev/tcp/${PGHOST:-127.0.0.1}/${PGPORT:-5432}") 2>/dev/null && command -v psql >/dev/null; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -h "${PGHOST:-127.0.0.1}" -p "${PGPORT:-5432}" -U "${PGUSER:-postgres}" -d postgres -qX -v ON_ERROR_STOP=1 "$@"; }
json() { python3 -c 'import sys, json; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }

# api METHOD PATH [BODY [CONTENT-TYPE [IF-MATCH]]]: prints the status; body in $WORK/body, headers in $WORK/headers
api() {
  rm -f "$WORK/body" "$WORK/headers"
  local args=(-s -o "$WORK/body" -D "$WORK/headers" -w '%{http_code}' -X "$1" -H "Authorization: Bearer $TOKEN")
  [[ -n "${3:-}" ]] && args+=(-H "Content-Type: ${4:-application/json}" --data-binary "$3")
  [[ -n "${5:-}" ]] && args+=(-H "If-Match: $5")
  curl "${args[@]}" "$BASE$2"
}
etag() { tr -d '\r' < "$WORK/headers" | awk -F': ' 'tolower($1) == "etag" {print $2}'; }

run() { # kind
  local kind=$1 work="$WORK/$1"
  rm -rf "$work"; mkdir -p "$work"
  if [[ "$kind" == postgresql ]]; then
    psql_admin -c "drop database if exists $PG_DB" -c "create database $PG_DB" || return 1
    export APP_PG_DB=$PG_DB
  fi
  build_jar "$kind" >/dev/null || return 1
  local t0=$SECONDS
  start_app "$kind" "$work" "$PORT" -Dcls.demo.enabled=true || return 1
  TOKEN=$(mint_token crash-test-coordinator coordinator coordinator)
  [[ $(api GET /api/v1/contracts) == 200 ]] || { log "GET contracts: $(cat "$WORK/body")"; return 1; }
  local contract action
  contract=$(json '[c["id"] for c in d["items"] if c["status"] != "ENDED"][0]' < "$WORK/body")
  [[ $(api GET "/api/v1/actions?contractId=$contract&size=1") == 200 ]] || { log "GET actions: $(cat "$WORK/body")"; return 1; }
  action=$(json 'd["items"][0]["id"]' < "$WORK/body")
  [[ $(api GET "/api/v1/actions/$action") == 200 ]] || { log "GET action: $(cat "$WORK/body")"; return 1; }
  local tag progress=0 run_id written=0 status
  tag=$(etag); run_id="crash-$(date +%s%N)"
  for i in $(seq 1 "$N"); do
    status=$(api POST "/api/v1/actions/$action/notes" "{\"text\":\"$run_id note $i\"}")
    [[ "$status" == 201 ]] || { log "note $i answered $status: $(cat "$WORK/body")"; return 1; }
    written=$((written + 1))
    progress=$(( (i * 37) % 101 ))
    status=$(api PATCH "/api/v1/actions/$action" "{\"progress\":$progress}" application/merge-patch+json "$tag")
    [[ "$status" == 200 ]] || { log "PATCH $i answered $status: $(cat "$WORK/body")"; return 1; }
    tag=$(etag)
  done
  kill_app -9
  local wrote_s=$((SECONDS - t0))
  start_app "$kind" "$work" "$PORT" || return 1
  TOKEN=$(mint_token crash-test-coordinator coordinator coordinator)
  [[ $(api GET "/api/v1/actions/$action/notes") == 200 ]] || { log "GET notes: $(cat "$WORK/body")"; return 1; }
  local found
  found=$(RUN_ID=$run_id json 'len([n for n in d if n["text"].startswith(__import__("os").environ["RUN_ID"] + " ")])' < "$WORK/body")
  [[ $(api GET "/api/v1/actions/$action") == 200 ]] || { log "GET action: $(cat "$WORK/body")"; return 1; }
  local got_progress got_tag patch_ok="last PATCH found"
  got_progress=$(json 'd["progress"]' < "$WORK/body"); got_tag=$(etag)
  if [[ "$got_progress" != "$progress" || "$got_tag" != "$tag" ]]; then
    patch_ok="last PATCH LOST (progress $got_progress, ETag $got_tag; acknowledged $progress, $tag)"
  fi
  stop_app
  echo "crash $kind: $written written, $found found, $patch_ok (killed after $wrote_s s, restarted in $((SECONDS - t0 - wrote_s)) s)"
  [[ "$found" == "$written" && "$patch_ok" == "last PATCH found" ]]
}

kinds=("$@"); (( ${#kinds[@]} )) || kinds=(h2 postgresql)
mkdir -p "$WORK"
rc=0
for kind in "${kinds[@]}"; do
  if [[ "$kind" == postgresql ]] && ! pg_up; then
    echo "crash postgresql: skipped, no server at ${PGHOST:-127.0.0.1}:${PGPORT:-5432}"; continue
  fi
  run "$kind" || rc=1
done
exit $rc
