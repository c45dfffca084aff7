#!/usr/bin/env bash
# Benchmark on the national dataset: see README "Benchmark".
#   BENCH_SCALE (1.0)  BENCH_SEED (42)  BENCH_DB (h2 | postgresql → database cls_bench)  BENCH_PORT (8090)
#   BENCH_DURATION (10s per workload, after BENCH_WARMUP 5s not counted)  BENCH_CONNECTIONS (64)  BENCH_THREADS (2)
#   BENCH_BUILD=1 forces the jar build  BACKEND_JAVA_OPTS (default: scripts/java-opts.sh)
#   BENCH_RATE_LIMIT (off | on: the rate limiter counts every request, with budgets no run reaches)
# Run it as `flock /tmp/cls-e2e.lock ./bench.sh` when other runs may use the Keycloak port.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
SCALE=${BENCH_SCALE:-1.0}
SEED=${BENCH_SEED:-42}
DB=${BENCH_DB:-h2}
PORT=${BENCH_PORT:-8090}
DURATION=${BENCH_DURATION:-10s}
WARMUP=${BENCH_WARMUP:-5s}
CONNECTIONS=${BENCH_CONNECTIONS:-64}
THREADS=${BENCH_THREADS:-2}
KC_PORT=${KEYCLOAK_PORT:-8180}
WORK="$ROOT/.cache/bench"
BASE="http://localhost:$PORT"
mkdir -p "$WORK"
log() { echo "[bench] $*" >&2; }

# --- tools
if ! command -v wrk >/dev/null; then
  log "installing wrk"
  apt-get update -qq && apt-get install -y -qq --no-install-recommends wrk >/dev/null
fi

# --- the jar, built for the database kind asked (db-kind is a build-time choice)
JAR=backend/target/quarkus-app/quarkus-run.jar
KIND_FILE=backend/target/quarkus-app/.db-kind
if [[ "${BENCH_BUILD:-0}" == 1 || ! -f "$JAR" || "$(cat "$KIND_FILE" 2>/dev/null || echo h2)" != "$DB" ]]; then
  log "building the backend for $DB"
  (cd backend && ./mvnw -B -q -ntp package -DskipTests -Dquarkus.datasource.db-kind="$DB")
  echo "$DB" > "$KIND_FILE"
fi

# --- the database: a fresh one each run, so the load time is measured and writes never collide
DB_PROPS=()
if [[ "$DB" == postgresql ]]; then
  PGHOST=${BENCH_PG_HOST:-127.0.0.1}; PGUSER=${BENCH_PG_USER:-postgres}
  psql -h "$PGHOST" -U "$PGUSER" -d postgres -qc "drop database if exists cls_bench" -c "create database cls_bench"
  DB_PROPS=(-Dquarkus.datasource.jdbc.url="jdbc:postgresql://$PGHOST:5432/cls_bench" -Dquarkus.datasource.username="$PGUSER"
    -Dquarkus.datasource.password="${BENCH_PG_PASSWORD:-}")
else
  rm -rf "$WORK/h2"
  DB_PROPS=(-Dquarkus.datasource.jdbc.url="jdbc:h2:file:$WORK/h2/cls;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0")
fi

kc_was_running=false
curl -sf -o /dev/null "http://localhost:$KC_PORT/realms/cls" && kc_was_running=true
scripts/keycloak.sh start

APP_PID=
stop_app() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; APP_PID=; fi
}
cleanup() { stop_app; $kc_was_running || scripts/keycloak.sh stop || true; }
trap cleanup EXIT INT TERM

source scripts/java-opts.sh
# The rate limiter is off here (64 connections of one account far exceed any budget by design); BENCH_RATE_LIMIT=on keeps
# it on with budgets no run reaches, to measure its cost (README, Rate limits)
if [ "${BENCH_RATE_LIMIT:-off}" = on ]; then
  RATE_PROPS=(-Dcls.rate-limit.account.requests=100000000 -Dcls.rate-limit.expensive.requests=100000000
    -Dcls.rate-limit.anonymous.requests=100000000 -Dcls.rate-limit.address.requests=100000000)
else
  RATE_PROPS=(-Dcls.rate-limit.enabled=false)
fi
start_app() { # extra -D options…; sets APP_PID and STARTED_MS (launch → ready)
  local t0; t0=$(date +%s%N)
  java $BACKEND_JAVA_OPTS -Dquarkus.http.port="$PORT" "${DB_PROPS[@]}" "${RATE_PROPS[@]}" -Dcls.bench.statistics=true "$@" \
    -jar "$JAR" >"$WORK/app.log" 2>&1 &
  APP_PID=$!
  until curl -sf -o /dev/null "$BASE/q/health/ready"; do
    kill -0 "$APP_PID" 2>/dev/null || { tail -40 "$WORK/app.log" >&2; log "the app did not start"; exit 1; }
    sleep 0.05
  done
  STARTED_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}

log "loading the national dataset (seed $SEED, scale $SCALE) into $DB"
start_app -Dcls.bench.generate="$SEED,$SCALE"
LOAD_LINE=$(grep -o 'National dataset seed.*' "$WORK/app.log" | head -1)
log "$LOAD_LINE"
stop_app

log "cold start"
start_app
COLD_MS=$STARTED_MS
QUARKUS_START=$(grep -o 'started in [0-9.]*s' "$WORK/app.log" | head -1)
sleep 3
RSS_MB=$(( $(awk '/VmRSS/ {print $2}' /proc/$APP_PID/status) / 1024 ))

# --- tokens from Keycloak
COORD=$(scripts/keycloak.sh token coordinator)
ARS=$(scripts/keycloak.sh token ars)
json() { python3 -c "import sys, json; d = json.load(sys.stdin); print(eval(sys.argv[1]))" "$1"; }
get() { curl -sf -H "Authorization: Bearer $COORD" "$BASE$1"; }
CONTRACT=$(get /api/v1/contracts | json 'd["items"][0]["id"]')
ACTION=$(get "/api/v1/actions?contractId=$CONTRACT&size=1" | json 'd["items"][0]["id"]')
INDICATOR=$(get "/api/v1/actions/$ACTION/indicators" | json 'd[0]["id"]')
log "contract $CONTRACT, action $ACTION, indicator $INDICATOR"

statements() { curl -sf "$BASE/q/metrics" | awk '/^cls_bench_sql_statements_total/ {printf "%d", $2}'; }
heap() { curl -sf "$BASE/q/metrics" | awk '/^jvm_memory_used_bytes/ && /area="heap"/ {s += $NF} END {printf "%d", s}'; }

cat > "$WORK/detail.lua" <<LUA
local paths = { "/api/v1/actions/$ACTION", "/api/v1/actions/$ACTION/indicators" }
local i = 0
request = function() i = i + 1; return wrk.format(nil, paths[i % 2 + 1]) end
LUA
cat > "$WORK/write.lua" <<LUA
-- one new measurement per request, each on its own date (thread offsets keep threads apart)
local counter, offset = 0, 0
local threads = 0
setup = function(thread) thread:set("offset", threads * 100000); threads = threads + 1 end
-- the warm-up (phase 0) and the measured run (phase 1) write on dates of their own
init = function(args) offset = (tonumber(wrk.thread:get("offset")) or 0) + (tonumber(args[1]) or 0) * 10000 end
request = function()
  counter = counter + 1
  local day = os.date("!%Y-%m-%d", 1893456000 + (offset + counter) * 86400)
  return wrk.format("POST", "/api/v1/indicators/$INDICATOR/measurements",
    { ["Content-Type"] = "application/json", ["Authorization"] = "Bearer $COORD" },
    '{"date":"' .. day .. '","value":' .. counter .. '}')
end
LUA

ROWS=()
CEILING_RPS=
run() { # name, path or lua script
  local name=$1 target=$2 args=() before after out rps p50 p99 total errors
  if [[ $target == *.lua ]]; then args=(-s "$target" "$BASE/"); else args=("$BASE$target"); fi
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" -H "Authorization: Bearer $COORD" "${args[@]}" -- 0 > /dev/null
  before=$(statements)
  out=$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency -H "Authorization: Bearer $COORD" "${args[@]}" -- 1)
  after=$(statements)
  echo "$out" > "$WORK/wrk-${name//[^a-zA-Z0-9]/-}.txt"
  rps=$(awk '/^Requests\/sec/ {print $2}' <<<"$out")
  p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
  p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
  total=$(awk '/requests in/ {print $1}' <<<"$out")
  errors=$(awk '/Non-2xx/ {n += $NF} /Socket errors/ {gsub(",", ""); n += $4 + $6 + $8 + $10} END {print n + 0}' <<<"$out")
  [[ -z $CEILING_RPS ]] && CEILING_RPS=$rps
  ROWS+=("$(printf '%-28s %10s %9s %9s %8s %10s %7s' "$name" "$rps" "$p50" "$p99" "$errors" \
    "$(awk -v a="$before" -v b="$after" -v n="$total" 'BEGIN {printf "%.1f", n ? (b - a) / n : 0}')" \
    "$(awk -v r="$rps" -v c="$CEILING_RPS" 'BEGIN {printf "%.0f%%", 100 * r / c}')")")
  log "$name: $rps req/s"
}

run "ceiling (/api/v1/me)" /api/v1/me
run "contract dashboard" "/api/v1/contracts/$CONTRACT/dashboard"
run "plan tree" "/api/v1/contracts/$CONTRACT/plan"
run "action list with filters" "/api/v1/actions?contractId=$CONTRACT&status=IN_PROGRESS&sort=-progress&size=50"
run "action detail + indicators" "$WORK/detail.lua"
run "measurement write" "$WORK/write.lua"

# --- the national ARS pull: an ARS user covering every région, created in Keycloak if it can be; else the demo ARS
PULL_TOKEN=$ARS; PULL_WHO="ars (région 76, département 46)"
ADMIN=$(curl -sf "http://localhost:$KC_PORT/realms/master/protocol/openid-connect/token" -d grant_type=password -d client_id=admin-cli \
  -d username="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}" -d password="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}" | json 'd["access_token"]' || true)
if [[ -n "$ADMIN" ]]; then
  REGIONS='["01","02","03","04","06","11","24","27","28","32","44","52","53","75","76","84","93","94"]'
  curl -s -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    "http://localhost:$KC_PORT/admin/realms/cls/users" -d '{"username":"ars-national","enabled":true,"email":"ars-national@example.org",
    "emailVerified":true,"firstName":"ARS","lastName":"Nationale","attributes":{"region_codes":'"$REGIONS"'},
    "credentials":[{"type":"password","value":"'"${DEMO_PASSWORD:-demo}"'","temporary":false}]}' || true
  USER_ID=$(curl -sf -H "Authorization: Bearer $ADMIN" "http://localhost:$KC_PORT/admin/realms/cls/users?username=ars-national&exact=true" | json 'd[0]["id"]' || true)
  ROLE=$(curl -sf -H "Authorization: Bearer $ADMIN" "http://localhost:$KC_PORT/admin/realms/cls/roles/ars" || true)
  [[ -n "$USER_ID" && -n "$ROLE" ]] && curl -s -o /dev/null -H "Authorization: Bearer $ADMIN" -H 'Content-Type: application/json' \
    "http://localhost:$KC_PORT/admin/realms/cls/users/$USER_ID/role-mappings/realm" -d "[$ROLE]" || true
  if T=$(scripts/keycloak.sh token ars-national 2>/dev/null) && \
     python3 -c "import sys, json, base64; p = sys.argv[1].split('.')[1]; c = json.loads(base64.urlsafe_b64decode(p + '=' * (-len(p) % 4))); sys.exit(0 if len(c.get('region_codes', [])) == 18 and 'ars' in c.get('realm_access', {}).get('roles', []) else 1)" "$T"; then
    PULL_TOKEN=$T; PULL_WHO="ars-national (every région)"
  fi
fi
log "ARS pull as $PULL_WHO (a first pull warms it up, the second is measured)"
curl -s -o /dev/null -w '%{time_total}' -H "Authorization: Bearer $PULL_TOKEN" "$BASE/api/v1/ars/contracts" > "$WORK/pull-first.txt"
PEAK=$(heap); before=$(statements)
curl -s -o "$WORK/pull.json" -w '%{time_total} %{size_download} %{http_code}\n' -H "Authorization: Bearer $PULL_TOKEN" \
  "$BASE/api/v1/ars/contracts" > "$WORK/pull.txt" &
CURL_PID=$!
while kill -0 "$CURL_PID" 2>/dev/null; do h=$(heap); (( h > PEAK )) && PEAK=$h; sleep 0.1; done
wait "$CURL_PID" || true
after=$(statements)
read -r PULL_S PULL_BYTES PULL_CODE < "$WORK/pull.txt"

echo
echo "CLS benchmark: seed $SEED, scale $SCALE, $DB, $CONNECTIONS connections, $THREADS threads, $DURATION per workload after $WARMUP of warm-up"
echo "JVM options: ${BACKEND_JAVA_OPTS:-none}"
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2 / 1048576}' /proc/meminfo), $(java -version 2>&1 | head -1)"
echo "Dataset: $LOAD_LINE"
echo
printf '%-28s %10s %9s %9s %8s %10s %7s\n' workload "req/s" p50 p99 errors "SQL/req" ceiling
printf '%s\n' "${ROWS[@]}"
echo
echo "National ARS pull as $PULL_WHO: HTTP $PULL_CODE, $(awk -v b="$PULL_BYTES" 'BEGIN {printf "%.1f MB", b / 1e6}') in ${PULL_S} s to last byte (first pull: $(cat "$WORK/pull-first.txt") s), peak heap $(( PEAK / 1048576 )) MB of $(curl -sf "$BASE/q/metrics" | awk '/^jvm_memory_max_bytes/ && /area="heap"/ && $NF > 0 {s += $NF} END {printf "%d", s / 1048576}') MB max, $(( after - before )) SQL statements"
echo "Backend cold start: ${COLD_MS} ms to ready (launch → /q/health/ready; Quarkus: $QUARKUS_START); RSS at rest ${RSS_MB} MB"
