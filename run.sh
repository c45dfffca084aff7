#!/usr/bin/env bash
# Everything on this machine: Keycloak (realm cls), the app with the SPA on :8080, H2 under ./data, demo data.
set -euo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
PORT=${PORT:-8080}
mkdir -p .cache data

kc_was_running=false
curl -sf -o /dev/null "http://localhost:${KEYCLOAK_PORT:-8180}/realms/cls" && kc_was_running=true
scripts/keycloak.sh start

echo "Building the SPA…"
(cd frontend && { [ -d node_modules ] || npm ci --no-audit --no-fund; } && npm run build --silent)
echo "Building the backend…"
(cd backend && ./mvnw -B -q -ntp package -DskipTests)

APP_PID=
cleanup() {
  trap - INT TERM EXIT
  echo; echo "Stopping…"
  [ -n "$APP_PID" ] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
  $kc_was_running || scripts/keycloak.sh stop || true
}
trap cleanup INT TERM EXIT

source "$ROOT/scripts/java-opts.sh"
java $BACKEND_JAVA_OPTS -Dquarkus.http.port="$PORT" -Dcls.demo.enabled=true \
  -jar backend/target/quarkus-app/quarkus-run.jar &
APP_PID=$!

for _ in $(seq 1 60); do
  curl -sf -o /dev/null "http://localhost:$PORT/q/health/ready" && break
  kill -0 "$APP_PID" 2>/dev/null || { echo "The app did not start"; exit 1; }
  sleep 1
done

cat <<MSG

  CLS platform is running
  ─────────────────────────────────────────────
  App (SPA):   http://localhost:$PORT/
  API:         http://localhost:$PORT/api/v1
  Health:      http://localhost:$PORT/q/health
  Keycloak:    http://localhost:${KEYCLOAK_PORT:-8180}/admin  (admin / admin)

  Demo logins (password: demo)
    coordinator   coordinates the CLS 2 du Grand Quercy
    pilot         pilot in a partner organisation
    ars           ARS, département 46 / région 76
    coordinator2  another territory
    ars2          ARS, département 54 / région 44

  Data: $ROOT/data (kept between runs).  Ctrl-C stops everything.
MSG
wait "$APP_PID"
