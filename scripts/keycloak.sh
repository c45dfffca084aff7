#!/usr/bin/env bash
# Local Keycloak for development and tests (no Docker needed).
#
#   scripts/keycloak.sh fetch            download + unpack keycloak-quarkus-dist into .cache/
#   scripts/keycloak.sh start            start Keycloak (dev mode, realm "cls" imported) and wait
#   scripts/keycloak.sh stop             stop the Keycloak started by "start"
#   scripts/keycloak.sh status           tell whether Keycloak answers
#   scripts/keycloak.sh reset            delete Keycloak's database (stopped first): realm re-imported on next start
#   scripts/keycloak.sh token USER       print an access token for a demo user (password grant, client cls-cli)
#   scripts/keycloak.sh token-client     print an access token for client ars-reporting (client credentials)
#
# Environment:
#   KEYCLOAK_PORT (8180), KEYCLOAK_HOST (localhost — keep it: the token "iss" must match the backend config),
#   KC_BOOTSTRAP_ADMIN_USERNAME / KC_BOOTSTRAP_ADMIN_PASSWORD (admin/admin),
#   ARS_REPORTING_SECRET (ars-reporting-secret), DEMO_PASSWORD (demo, for "token"),
#   KEYCLOAK_START_TIMEOUT (180 seconds).
#
# Keycloak keeps its own H2 database in .cache/keycloak-<version>/data/h2: users and changes survive restarts.
# The realm is imported only when it does not exist yet; to re-import after editing keycloak/realm-cls.json:
#   scripts/keycloak.sh stop && scripts/keycloak.sh reset && scripts/keycloak.sh start
# The same goes for ARS_REPORTING_SECRET: it is written into the realm when the realm is created.
set -euo pipefail

KC_VERSION=26.7.3
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
CACHE="$ROOT/.cache"
KC_HOME="$CACHE/keycloak-$KC_VERSION"
KC_ZIP="$CACHE/keycloak-quarkus-dist-$KC_VERSION.zip"
REALM_SRC="$ROOT/keycloak/realm-cls.json"
LOG="$CACHE/keycloak.log"
PID_FILE="$CACHE/keycloak.pid"
PORT="${KEYCLOAK_PORT:-8180}"
HOST="${KEYCLOAK_HOST:-localhost}"
BASE_URL="http://$HOST:$PORT"
REALM_URL="$BASE_URL/realms/cls"
TIMEOUT="${KEYCLOAK_START_TIMEOUT:-180}"

log() { echo "[keycloak] $*" >&2; }
die() { echo "[keycloak] ERROR: $*" >&2; exit 1; }

answering() {
  curl -fsS -o /dev/null --max-time 3 "$REALM_URL/.well-known/openid-configuration" 2>/dev/null
}

running_pid() {
  # Prints the pid recorded by "start" if that process is still alive.
  [[ -f "$PID_FILE" ]] || return 1
  local pid
  pid="$(cat "$PID_FILE")"
  [[ "$pid" =~ ^[0-9]+$ ]] && kill -0 "$pid" 2>/dev/null || return 1
  # Guard against a stale pid file whose pid now belongs to another program.
  if [[ -r "/proc/$pid/cmdline" ]] && ! tr '\0' ' ' <"/proc/$pid/cmdline" | grep -qE 'kc\.sh|keycloak'; then
    return 1
  fi
  echo "$pid"
}

cmd_fetch() {
  mkdir -p "$CACHE"
  if [[ -x "$KC_HOME/bin/kc.sh" ]]; then
    return 0
  fi
  if [[ ! -s "$KC_ZIP" ]]; then
    log "downloading org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip (~177 MB) via Maven"
    mvn -B -q dependency:copy \
      -Dartifact="org.keycloak:keycloak-quarkus-dist:$KC_VERSION:zip" \
      -DoutputDirectory="$CACHE" -Dmdep.overWriteReleases=false
    [[ -s "$KC_ZIP" ]] || die "download failed: $KC_ZIP missing"
  fi
  log "unpacking $KC_ZIP"
  local tmp="$CACHE/.unzip-$$"
  rm -rf "$tmp"
  unzip -q "$KC_ZIP" -d "$tmp"
  [[ -x "$tmp/keycloak-$KC_VERSION/bin/kc.sh" ]] || die "unexpected zip layout in $KC_ZIP"
  mv "$tmp/keycloak-$KC_VERSION" "$KC_HOME"
  rm -rf "$tmp"
}

install_realm() {
  [[ -f "$REALM_SRC" ]] || die "missing $REALM_SRC"
  local secret="${ARS_REPORTING_SECRET:-ars-reporting-secret}"
  [[ "$secret" =~ ^[A-Za-z0-9._~+/=-]+$ ]] || die "ARS_REPORTING_SECRET must match [A-Za-z0-9._~+/=-]+"
  mkdir -p "$KC_HOME/data/import"
  # The JSON holds the literal default secret; substitute the requested one (sed-safe charset checked above).
  sed "s|\"ars-reporting-secret\"|\"$secret\"|" "$REALM_SRC" > "$KC_HOME/data/import/realm-cls.json"
}

cmd_start() {
  cmd_fetch
  if answering; then
    log "already answering on $BASE_URL (reused)"
    return 0
  fi
  if pid="$(running_pid)"; then
    log "process $pid from a previous start is alive but not answering yet; waiting for it"
  else
    if curl -s -o /dev/null --max-time 3 "$BASE_URL/" 2>/dev/null; then
      die "something answers on port $PORT but realm 'cls' is missing (another Keycloak?). Set KEYCLOAK_PORT or stop it."
    fi
    install_realm
    log "starting Keycloak $KC_VERSION on $BASE_URL (log: $LOG)"
    (
      cd "$KC_HOME"
      export KC_BOOTSTRAP_ADMIN_USERNAME="${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}"
      export KC_BOOTSTRAP_ADMIN_PASSWORD="${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}"
      # setsid: own process group, so "stop" can end kc.sh and its java child together.
      exec setsid nohup bin/kc.sh start-dev --http-port="$PORT" --import-realm </dev/null >"$LOG" 2>&1
    ) &
    echo $! > "$PID_FILE"
  fi
  local start=$SECONDS
  until answering; do
    if ! running_pid >/dev/null; then
      tail -n 60 "$LOG" >&2 || true
      rm -f "$PID_FILE"
      die "Keycloak exited during startup (see $LOG)"
    fi
    if (( SECONDS - start >= TIMEOUT )); then
      tail -n 60 "$LOG" >&2 || true
      die "Keycloak not ready after ${TIMEOUT}s (see $LOG)"
    fi
    sleep 1
  done
  log "ready: $REALM_URL ($((SECONDS - start))s)"
}

cmd_stop() {
  local pid
  if ! pid="$(running_pid)"; then
    rm -f "$PID_FILE"
    log "not running (no live pid in $PID_FILE)"
    return 0
  fi
  log "stopping pid $pid"
  # The pid is a session/group leader (setsid): signal the whole group (kc.sh + java).
  kill -TERM -- "-$pid" 2>/dev/null || kill -TERM "$pid" 2>/dev/null || true
  local i
  for ((i = 0; i < 60; i++)); do
    kill -0 "$pid" 2>/dev/null || pgrep -g "$pid" >/dev/null 2>&1 || break
    sleep 1
  done
  if kill -0 "$pid" 2>/dev/null || pgrep -g "$pid" >/dev/null 2>&1; then
    log "still alive after 60s, sending KILL"
    kill -KILL -- "-$pid" 2>/dev/null || kill -KILL "$pid" 2>/dev/null || true
    sleep 1
  fi
  rm -f "$PID_FILE"
  log "stopped"
}

cmd_status() {
  if answering; then
    echo "up: $REALM_URL"
  else
    echo "down"
    return 1
  fi
}

cmd_reset() {
  running_pid >/dev/null && die "stop Keycloak first"
  log "deleting Keycloak database $KC_HOME/data/h2 (realm will be re-imported on next start)"
  rm -rf "$KC_HOME/data/h2"
}

extract_token() {
  local body="$1"
  local token
  token="$(printf '%s' "$body" | sed -n 's/.*"access_token":"\([^"]*\)".*/\1/p')"
  [[ -n "$token" ]] || die "no access_token in response: $body"
  printf '%s\n' "$token"
}

cmd_token() {
  local user="${1:-}"
  [[ -n "$user" ]] || die "usage: $0 token USER  (coordinator, pilot, ars, coordinator2, ars2)"
  local body
  body="$(curl -sS --max-time 10 "$REALM_URL/protocol/openid-connect/token" \
    -d grant_type=password -d client_id=cls-cli -d scope=openid \
    --data-urlencode "username=$user" --data-urlencode "password=${DEMO_PASSWORD:-demo}")"
  extract_token "$body"
}

cmd_token_client() {
  local body
  body="$(curl -sS --max-time 10 "$REALM_URL/protocol/openid-connect/token" \
    -d grant_type=client_credentials -d client_id=ars-reporting \
    --data-urlencode "client_secret=${ARS_REPORTING_SECRET:-ars-reporting-secret}")"
  extract_token "$body"
}

usage() {
  sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
  exit 2
}

case "${1:-}" in
  fetch) cmd_fetch ;;
  start) cmd_start ;;
  stop) cmd_stop ;;
  status) cmd_status ;;
  reset) cmd_reset ;;
  token) shift; cmd_token "$@" ;;
  token-client) cmd_token_client ;;
  *) usage ;;
esac
