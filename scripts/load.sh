#!/usr/bin/env bash
# Load held (issue 15): LOAD_WRITERS (50) concurrent writers, each on its own action (created for the run: follow-up notes,
# progress PATCHes with If-Match from its last answer, indicator values), plus LOAD_READERS (4) dashboard readers, for
# LOAD_DURATION (60) seconds, against the packaged app with demo data. A measurement, not a test: not run by ./test.sh.
# Reports requests served per kind with p50/p99 latency, errors by status (goal 0), writes acknowledged versus found by
# reading back every action on every instance (goal equal), heap used before and after (after a GC, by jcmd).
#   LOAD_DB=postgresql|h2 (postgresql): PostgreSQL database LOAD_PG_DB (cls_two_load, dropped and created again) on
#           PGHOST:PGPORT as PGUSER; h2: a new file under .cache/load
#   LOAD_INSTANCES=1|2 (1): 2 starts two JVMs on the one PostgreSQL database; every client alternates between them
#   LOAD_PORT (18641; the second instance LOAD_PORT+1), BACKEND_JAVA_OPTS (-Xmx256m, as run.sh)
# Rate limits are switched off in the apps (-Dcls.rate-limit.enabled=false): this measures the work, not the budgets.
# The clients run on the same machine as the server (python3 threads): figures are indicative.
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
# shellcheck source=lib/app.sh
source "$ROOT/scripts/lib/app.sh"

KIND=${LOAD_DB:-postgresql}
INSTANCES=${LOAD_INSTANCES:-1}
PORT=${LOAD_PORT:-18641}
WORK="$ROOT/.cache/load"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
[[ "$KIND" == postgresql || "$KIND" == h2 ]] || { echo "LOAD_DB: postgresql or h2"; exit 2; }
[[ "$INSTANCES" == 1 || "$INSTANCES" == 2 ]] || { echo "LOAD_INSTANCES: 1 or 2"; exit 2; }
[[ "$INSTANCES" == 1 || "$KIND" == postgresql ]] || { echo "two instances need PostgreSQL (an H2 file is open in one JVM)"; exit 2; }

build_jar "$KIND" >/dev/null
rm -rf "$WORK"; mkdir -p "$WORK"
if [[ "$KIND" == postgresql ]]; then
  export APP_PG_DB=${LOAD_PG_DB:-cls_two_load}
  psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "set client_min_messages = warning" -c "drop database if exists $APP_PG_DB with (force)" -c "create database $APP_PG_DB"
fi
trap stop_all_apps EXIT

pids=() ports=()
for i in $(seq 1 "$INSTANCES"); do
  p=$((PORT + i - 1))
  start_app "$KIND" "$WORK/app$i" "$p" -Dcls.demo.enabled=true -Dcls.rate-limit.enabled=false
  pids+=("$APP_PID") ports+=("$p")
done

heap_used() { # pid → used heap in KiB after a full GC
  jcmd "$1" GC.run >/dev/null
  jcmd "$1" GC.heap_info | awk '/used/ { for (i = 1; i <= NF; i++) if ($i == "used") { v = $(i + 1); sub(/K,?$/, "", v); print v; exit } }'
}
heap_line() {
  local out="" i
  for i in "${!pids[@]}"; do out+="${out:+, }port ${ports[$i]}: $(( $(heap_used "${pids[$i]}") / 1024 )) MiB"; done
  echo "$out"
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
echo "load: $KIND, $INSTANCES instance(s), ${BACKEND_JAVA_OPTS:--Xmx256m}, $(nproc) cores, load average $(loadavg) (other work on the machine)"
before=$(heap_line)
set +e
PORTS="${ports[*]}" TOKEN=$(mint_token load-coordinator coordinator coordinator) WRITERS=${LOAD_WRITERS:-50} \
  READERS=${LOAD_READERS:-4} DURATION=${LOAD_DURATION:-60} python3 "$ROOT/scripts/lib/load.py"
rc=$?
set -e
echo "Heap used after a full GC: before $before; after $(heap_line)"
echo "Load average at the end: $(loadavg)"
for i in "${!pids[@]}"; do
  n=$(grep -c " ERROR " "$WORK/app$((i + 1))/app-${ports[$i]}.log" || true)
  (( n == 0 )) || { echo "port ${ports[$i]}: $n ERROR lines in its log, the first:"; grep -m 3 " ERROR " "$WORK/app$((i + 1))/app-${ports[$i]}.log"; }
done
exit "$rc"
