# Sourced by the operations scripts (crash test, backup test, several instances): the packaged app without Keycloak.
#
#   build_jar h2|postgresql          the jar of that db-kind (a build-time choice), built when older than the sources:
#                                    h2 → backend/target/quarkus-app, postgresql → backend/target/pg-app; prints its path
#   start_app <kind> <workdir> <port> [-Dname=value…]
#                                    starts it and waits for /q/health/ready (APP_START_TIMEOUT, 180 s); sets APP_PID, APP_LOG
#                                    (<workdir>/app-<port>.log) and adds the pid to APP_PIDS. h2: the database is the file
#                                    <workdir>/h2/cls (durable URL, see H2_URL_OPTIONS); postgresql: APP_PG_URL, else the
#                                    database APP_PG_DB (cls) on PGHOST:PGPORT (127.0.0.1:5432) as PGUSER (postgres) with
#                                    PGPASSWORD. Documents go to <workdir>/documents. The extra -D options win over these.
#   stop_app [pid]                   SIGTERM and wait (default: APP_PID)
#   kill_app -9 [pid]                SIGKILL and wait: a crash (the signal is given, as for kill)
#   stop_all_apps                    stops every app started here (for an EXIT trap)
#   mint_token <sub> <username> <role…>
#                                    prints a bearer token the started apps accept: RS256 signed with a key pair of
#                                    APP_KEYS_DIR (.cache/app-keys, generated once), iss APP_TOKEN_ISSUER, aud cls-backend,
#                                    email MINT_EMAIL (<username>@example.org, verified), MINT_REGIONS / MINT_DEPARTEMENTS
#                                    (space-separated codes, the ARS scope), MINT_TTL seconds (3600), a fresh jti.
# Needs java, curl, openssl (and python3 for nothing here). Functions return non-zero on failure; they never exit.

APP_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
APP_KEYS_DIR=${APP_KEYS_DIR:-$APP_ROOT/.cache/app-keys}
APP_TOKEN_ISSUER=${APP_TOKEN_ISSUER:-https://tokens.cls.invalid}
APP_START_TIMEOUT=${APP_START_TIMEOUT:-180}
# WRITE_DELAY=0: a commit is written to the file before the response (H2's default defers it by 500 ms)
H2_URL_OPTIONS=${H2_URL_OPTIONS:-MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0}
APP_PIDS=()
APP_PID=
APP_LOG=

app_log() { echo "[app] $*" >&2; }

app_dir() { # kind → the folder of its packaged app
  case "$1" in
    h2) echo "$APP_ROOT/backend/target/quarkus-app" ;;
    postgresql) echo "$APP_ROOT/backend/target/pg-app" ;;
    *) app_log "unknown db-kind '$1' (h2 or postgresql)"; return 1 ;;
  esac
}

build_jar() { # kind
  local kind=$1 dir out
  dir=$(app_dir "$kind") || return 1
  local jar="$dir/quarkus-run.jar"
  if [[ -f "$jar" && "$(cat "$dir/.db-kind" 2>/dev/null || echo h2)" == "$kind" ]] \
      && [[ -z "$(find "$APP_ROOT/backend/src/main" "$APP_ROOT/backend/pom.xml" -newer "$jar" -print -quit)" ]]; then
    echo "$jar"; return 0
  fi
  app_log "building the $kind jar into ${dir#"$APP_ROOT"/}"
  out=$(basename "$dir")
  (cd "$APP_ROOT/backend" && ./mvnw -B -q -ntp package -DskipTests -Dquarkus.datasource.db-kind="$kind" \
     -Dquarkus.package.output-directory="$out") >&2 || { app_log "the $kind build failed"; return 1; }
  [[ -f "$jar" ]] || { app_log "no $jar after the build"; return 1; }
  echo "$kind" > "$dir/.db-kind"
  touch "$jar"
  echo "$jar"
}

app_keys() { # generates the signing key pair once (under a lock: apps started at once must not read half a pair)
  [[ -f "$APP_KEYS_DIR/private.pem" && -f "$APP_KEYS_DIR/public.b64" ]] && return 0
  mkdir -p "$APP_KEYS_DIR"
  (
    flock 9
    [[ -f "$APP_KEYS_DIR/private.pem" && -f "$APP_KEYS_DIR/public.b64" ]] && exit 0
    openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$APP_KEYS_DIR/private.pem" 2>/dev/null || exit 1
    chmod 600 "$APP_KEYS_DIR/private.pem"
    # Quarkus OIDC takes the public key as base64 DER (the PEM body on one line)
    openssl pkey -in "$APP_KEYS_DIR/private.pem" -pubout -outform DER | openssl base64 -A > "$APP_KEYS_DIR/public.b64.new" \
      && mv "$APP_KEYS_DIR/public.b64.new" "$APP_KEYS_DIR/public.b64"
  ) 9>"$APP_KEYS_DIR/.lock"
}

b64url() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }

json_str() { # a JSON string literal
  local s=${1//\\/\\\\}; s=${s//\"/\\\"}; printf '"%s"' "$s"
}

json_list() { # words → JSON array of strings
  local out="" w
  for w in "$@"; do out+="${out:+,}$(json_str "$w")"; done
  printf '[%s]' "$out"
}

mint_token() { # sub username role…
  local sub=$1 username=$2; shift 2
  app_keys || return 1
  local now; now=$(date +%s)
  local email=${MINT_EMAIL:-$username@example.org}
  local claims
  claims="{\"iss\":$(json_str "$APP_TOKEN_ISSUER"),\"aud\":\"cls-backend\",\"azp\":\"cls-spa\",\"sub\":$(json_str "$sub")"
  claims+=",\"preferred_username\":$(json_str "$username"),\"name\":$(json_str "$username Demo")"
  claims+=",\"email\":$(json_str "$email"),\"email_verified\":true,\"realm_access\":{\"roles\":$(json_list "$@")}"
  # shellcheck disable=SC2086 # space-separated lists
  [[ -n "${MINT_REGIONS:-}" ]] && claims+=",\"region_codes\":$(json_list $MINT_REGIONS)"
  # shellcheck disable=SC2086
  [[ -n "${MINT_DEPARTEMENTS:-}" ]] && claims+=",\"departement_codes\":$(json_list $MINT_DEPARTEMENTS)"
  claims+=",\"iat\":$now,\"exp\":$((now + ${MINT_TTL:-3600})),\"jti\":\"$(openssl rand -hex 16)\"}"
  local input
  input="$(printf '%s' '{"alg":"RS256","typ":"JWT"}' | b64url).$(printf '%s' "$claims" | b64url)"
  printf '%s.%s\n' "$input" "$(printf '%s' "$input" | openssl dgst -sha256 -sign "$APP_KEYS_DIR/private.pem" -binary | b64url)"
}

start_app() { # kind workdir port [-D…]
  local kind=$1 work=$2 port=$3; shift 3
  local dir; dir=$(app_dir "$kind") || return 1
  [[ -f "$dir/quarkus-run.jar" ]] || { app_log "no $dir/quarkus-run.jar: build_jar $kind first"; return 1; }
  app_keys || return 1
  mkdir -p "$work"
  work=$(cd "$work" && pwd)
  if curl -s -o /dev/null --max-time 2 "http://localhost:$port/"; then
    app_log "something already answers on port $port"; return 1
  fi
  local db=()
  if [[ "$kind" == h2 ]]; then
    db=(-Dquarkus.datasource.jdbc.url="jdbc:h2:file:$work/h2/cls;$H2_URL_OPTIONS")
  else
    db=(-Dquarkus.datasource.jdbc.url="${APP_PG_URL:-jdbc:postgresql://${PGHOST:-127.0.0.1}:${PGPORT:-5432}/${APP_PG_DB:-cls}}"
      -Dquarkus.datasource.username="${PGUSER:-postgres}" -Dquarkus.datasource.password="${PGPASSWORD:-}")
  fi
  APP_LOG="$work/app-$port.log"
  # shellcheck disable=SC1091
  source "$APP_ROOT/scripts/java-opts.sh"
  # No auth-server-url: Quarkus OIDC then verifies tokens with the public key alone, without any OIDC server
  # shellcheck disable=SC2086 # BACKEND_JAVA_OPTS is a list of options
  java $BACKEND_JAVA_OPTS -Dquarkus.http.port="$port" "${db[@]}" \
    -Dcls.documents.directory="$work/documents" \
    -Dquarkus.oidc.public-key="$(cat "$APP_KEYS_DIR/public.b64")" \
    -Dquarkus.oidc.auth-server-url= -Dquarkus.oidc.token.issuer="$APP_TOKEN_ISSUER" \
    "$@" -jar "$dir/quarkus-run.jar" </dev/null >>"$APP_LOG" 2>&1 &
  APP_PID=$!
  APP_PIDS+=("$APP_PID")
  local t0=$SECONDS
  until curl -sf -o /dev/null --max-time 2 "http://localhost:$port/q/health/ready"; do
    if ! kill -0 "$APP_PID" 2>/dev/null; then
      app_log "the app exited during startup; last lines of $APP_LOG:"; tail -n 40 "$APP_LOG" >&2; return 1
    fi
    if (( SECONDS - t0 >= APP_START_TIMEOUT )); then
      app_log "not ready after $APP_START_TIMEOUT s; last lines of $APP_LOG:"; tail -n 40 "$APP_LOG" >&2
      kill -KILL "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null; return 1
    fi
    sleep 0.2
  done
}

stop_app() { # [pid]
  local pid=${1:-$APP_PID}
  [[ -n "$pid" ]] || return 0
  kill -TERM "$pid" 2>/dev/null || return 0
  local i
  for i in $(seq 1 100); do kill -0 "$pid" 2>/dev/null || break; sleep 0.2; done
  kill -KILL "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
}

kill_app() { # -SIGNAL [pid]
  local sig=${1:--9} pid=${2:-$APP_PID}
  [[ -n "$pid" ]] || return 0
  kill "$sig" "$pid" 2>/dev/null || return 0
  wait "$pid" 2>/dev/null || true
  while kill -0 "$pid" 2>/dev/null; do sleep 0.05; done # not a child of this shell
}

stop_all_apps() {
  local pid
  for pid in "${APP_PIDS[@]}"; do kill -0 "$pid" 2>/dev/null && stop_app "$pid"; done
  return 0
}
