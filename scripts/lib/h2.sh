# Sourced by scripts/backup.sh and scripts/restore.sh: the H2 jar of the packaged app, for H2's own tools.
#   h2_jar    prints H2_JAR, else the app's own (backend/target/{quarkus-app,pg-app}/lib/main/com.h2database.h2-*.jar)
H2_LIB_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

h2_jar() {
  if [[ -n "${H2_JAR:-}" ]]; then echo "$H2_JAR"; return; fi
  local jar
  jar=$(ls "$H2_LIB_ROOT"/backend/target/quarkus-app/lib/main/com.h2database.h2-*.jar \
    "$H2_LIB_ROOT"/backend/target/pg-app/lib/main/com.h2database.h2-*.jar 2>/dev/null | head -1)
  [[ -n "$jar" ]] || { echo "no H2 jar: build the app (cd backend && ./mvnw package -DskipTests) or set H2_JAR" >&2; return 1; }
  echo "$jar"
}
