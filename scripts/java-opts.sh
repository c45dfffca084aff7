# Sourced by run.sh, scripts/e2e.sh and bench.sh: the backend's JVM options, BACKEND_JAVA_OPTS when set (not JAVA_OPTS,
# which Keycloak's kc.sh reads too). A 256 MB heap: the national ARS pull streams within it (README "Benchmark").
BACKEND_JAVA_OPTS=${BACKEND_JAVA_OPTS-"-Xmx256m"}
