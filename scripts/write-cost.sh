#!/usr/bin/env bash
# What writing each commit at once costs (README "Benchmark"): WRITERS concurrent writers post follow-up notes for
# DURATION seconds on the packaged H2 app, with H2's deferred commits (its default, WRITE_DELAY 500 ms) and with
# WRITE_DELAY=0 (this app's default), then on PostgreSQL when a server answers (database cls_write_cost, recreated).
#
#   scripts/write-cost.sh            WRITERS (8), DURATION (20), WRITE_COST_PORT (18451), WRITE_COST_PG_DB (cls_write_cost)
#
# Prints per setting: notes acknowledged per second, median and 95th percentile latency, the H2 file's size after.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/app.sh
source "$ROOT/scripts/lib/app.sh"
WRITERS=${WRITERS:-8}
DURATION=${DURATION:-20}
PORT=${WRITE_COST_PORT:-18451}
PG_DB=${WRITE_COST_PG_DB:-cls_write_cost}
WORK=${WRITE_COST_WORK:-$ROOT/.cache/write-cost}
trap stop_all_apps EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
BASE_OPTS="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"

hammer() { # label
  local token
  token=$(mint_token write-cost-coordinator coordinator coordinator)
  TOKEN=$token BASE="http://localhost:$PORT" WRITERS=$WRITERS DURATION=$DURATION LABEL=$1 python3 - <<'PY'
import http.client, json, os, threading, time
base, token = os.environ["BASE"].split("//")[1], os.environ["TOKEN"]
host, port = base.split(":")
def get(path):
    c = http.client.HTTPConnection(host, int(port)); c.request("GET", path, headers={"Authorization": "Bearer " + token})
    return json.loads(c.getresponse().read())
contract = [c["id"] for c in get("/api/v1/contracts")["items"] if c["status"] != "ENDED"][0]
actions = [a["id"] for a in get(f"/api/v1/actions?contractId={contract}&size=50")["items"]]
writers, duration = int(os.environ["WRITERS"]), float(os.environ["DURATION"])
latencies, errors, lock = [], [0], threading.Lock()
def write(n):
    c = http.client.HTTPConnection(host, int(port)); action = actions[n % len(actions)]; i = 0
    end = time.monotonic() + duration
    while time.monotonic() < end:
        i += 1; t = time.monotonic()
        c.request("POST", f"/api/v1/actions/{action}/notes", body=json.dumps({"text": f"writer {n} note {i}"}),
                  headers={"Authorization": "Bearer " + token, "Content-Type": "application/json"})
        r = c.getresponse(); r.read()
        with lock:
            if r.status == 201: latencies.append(time.monotonic() - t)
            else: errors[0] += 1
threads = [threading.Thread(target=write, args=(n,)) for n in range(writers)]
[t.start() for t in threads]; [t.join() for t in threads]
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, int(p * len(latencies)))] * 1000
print(f"{os.environ['LABEL']}: {len(latencies) / duration:.0f} notes/s with {writers} writers "
      f"(median {pct(0.5):.0f} ms, p95 {pct(0.95):.0f} ms, {errors[0]} errors)", end="")
PY
}

run() { # kind label [H2 URL settings]
  local kind=$1 label=$2 work="$WORK/$1-$RANDOM"
  rm -rf "$work"
  build_jar "$kind" >/dev/null || return 1
  if [[ "$kind" == postgresql ]]; then
    PGOPTIONS="-c client_min_messages=warning" psql -h "${PGHOST:-127.0.0.1}" -U "${PGUSER:-postgres}" -d postgres -qX -c "drop database if exists $PG_DB" -c "create database $PG_DB" || return 1
  fi
  H2_URL_OPTIONS=${3:-$BASE_OPTS} APP_PG_DB=$PG_DB start_app "$kind" "$work" "$PORT" -Dcls.demo.enabled=true || return 1
  hammer "$label" || return 1
  if [[ "$kind" == h2 ]]; then echo ", file $(du -h "$work/h2/cls.mv.db" | cut -f1)"; else echo; fi
  stop_app
  [[ "$kind" == h2 ]] && echo "  after a clean stop (H2 compacts on close): $(du -h "$work/h2/cls.mv.db" | cut -f1)"
  rm -rf "$work"
}

mkdir -p "$WORK"
run h2 "H2, deferred commits (H2 default)" "$BASE_OPTS"
run h2 "H2, WRITE_DELAY=0" "$BASE_OPTS;WRITE_DELAY=0"
if (exec 3<>"/dev/tcp/${PGHOST:-127.0.0.1}/${PGPORT:-5432}") 2>/dev/null; then
  run postgresql "PostgreSQL"
fi
