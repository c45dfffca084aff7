#!/usr/bin/env bash
# End-to-end test with real parts: Keycloak (realm cls) + the packaged app (SPA served by the
# backend jar on :8089, in-memory H2) + Debian's Chromium driven by playwright-core and axe.
#
#   scripts/e2e.sh                      build everything, run every frontend/e2e/*.e2e.mjs (e2e/run.mjs)
#   E2E_SKIP_BUILD=1 scripts/e2e.sh     reuse frontend/dist and backend/target (quicker reruns)
#   E2E_ONLY=plan scripts/e2e.sh        only the files whose name contains "plan" (space-separated list)
#
# The app starts on an empty in-memory database with the demo data (cls.demo.enabled=true: the CLS 2
# du Grand Quercy and its plan, two actions piloted by the demo pilot).
# Environment: E2E_PORT (8089 — the realm's cls-spa client allows http://localhost:8089/ only,
# besides 8080 and 5173), KEYCLOAK_PORT (8180, see scripts/keycloak.sh).
# Logs and failure screenshots: .cache/e2e-app.log, .cache/e2e-<step>.png.
# Exit code: the test's (non-zero also when Keycloak, a build or the app fails to start).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PORT="${E2E_PORT:-8089}"
APP_URL="http://localhost:$PORT"
CACHE="$ROOT/.cache"
APP_LOG="$CACHE/e2e-app.log"
mkdir -p "$CACHE"

log() { echo "[e2e] $*" >&2; }
started=$SECONDS

# --- Chromium (Debian's; playwright never downloads browsers here)
if [[ ! -x /usr/bin/chromium ]]; then
  log "installing chromium (apt)"
  SUDO=""
  if [[ "$(id -u)" != 0 ]] && command -v sudo >/dev/null; then SUDO="sudo -n"; fi
  $SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq chromium >/dev/null
fi

# --- cleanup, whatever happens
APP_PID=""
KC_STARTED=false
cleanup() {
  local rc=$?
  trap - EXIT INT TERM
  if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
    log "stopping the app (pid $APP_PID)"
    kill -TERM "$APP_PID" 2>/dev/null || true
    for _ in $(seq 1 20); do kill -0 "$APP_PID" 2>/dev/null || break; sleep 0.5; done
    kill -KILL "$APP_PID" 2>/dev/null || true
    wait "$APP_PID" 2>/dev/null || true
  fi
  if $KC_STARTED; then
    "$ROOT/scripts/keycloak.sh" stop || true
  fi
  log "done in $((SECONDS - started)) s (exit $rc)"
  exit "$rc"
}
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM

# --- Keycloak (stopped at the end only if started here)
if "$ROOT/scripts/keycloak.sh" status >/dev/null 2>&1; then
  log "Keycloak already running: reused, left running"
else
  KC_STARTED=true
fi
"$ROOT/scripts/keycloak.sh" start

# --- builds
if [[ "${E2E_SKIP_BUILD:-}" == 1 && -f backend/target/quarkus-app/quarkus-run.jar ]]; then
  log "E2E_SKIP_BUILD=1: reusing backend/target/quarkus-app"
  [[ -d frontend/node_modules/playwright-core ]] || (cd frontend && npm ci --no-audit --no-fund)
else
  log "building the SPA"
  (
    cd frontend
    # npm ci also when an older checkout lacks the e2e devDependencies
    if [[ ! -d node_modules || ! -d node_modules/playwright-core || ! -d node_modules/@axe-core/playwright ]]; then
      npm ci --no-audit --no-fund
    fi
    npm run build --silent
  )
  log "building the backend jar (with the SPA inside)"
  (cd backend && ./mvnw -B -q -ntp package -DskipTests)
fi

# --- the app
if curl -s -o /dev/null --max-time 2 "$APP_URL/"; then
  log "ERROR: something already answers on $APP_URL; stop it or set E2E_PORT"
  exit 1
fi
log "starting the app on $APP_URL (log: $APP_LOG)"
source "$ROOT/scripts/java-opts.sh"
# The rate limiter stays on (its headers and CORS exposure are exercised) with budgets far above what the whole run sends
# from one account and one address in a minute
java $BACKEND_JAVA_OPTS -Dquarkus.http.port="$PORT" -Dcls.demo.enabled=true \
  -Dcls.rate-limit.account.requests=100000 -Dcls.rate-limit.expensive.requests=10000 \
  -Dcls.rate-limit.anonymous.requests=10000 -Dcls.rate-limit.address.requests=1000000 \
  -Dquarkus.datasource.jdbc.url="jdbc:h2:mem:e2e;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1" \
  -jar backend/target/quarkus-app/quarkus-run.jar </dev/null >"$APP_LOG" 2>&1 &
APP_PID=$!
wait_start=$SECONDS
until curl -sf -o /dev/null --max-time 2 "$APP_URL/q/health/ready"; do
  if ! kill -0 "$APP_PID" 2>/dev/null; then
    log "ERROR: the app exited during startup; last lines of $APP_LOG:"
    tail -n 60 "$APP_LOG" >&2 || true
    exit 1
  fi
  if (( SECONDS - wait_start >= 60 )); then
    log "ERROR: the app is not ready after 60 s; last lines of $APP_LOG:"
    tail -n 60 "$APP_LOG" >&2 || true
    exit 1
  fi
  sleep 0.5
done
log "app ready in $((SECONDS - wait_start)) s"

# --- the test
set +e
# shellcheck disable=SC2086 # E2E_ONLY is a list of name filters
(cd frontend && APP_URL="$APP_URL" node e2e/run.mjs ${E2E_ONLY:-})
rc=$?
set -e
if (( rc != 0 )); then
  log "FAILED (exit $rc); app log: $APP_LOG, screenshots: $CACHE/e2e-*.png"
fi
exit "$rc"
