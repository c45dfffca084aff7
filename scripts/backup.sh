#!/usr/bin/env bash
# Backs up the database and the documents folder into one archive (a tar): restore it with scripts/restore.sh.
#
#   scripts/backup.sh ARCHIVE.tar
#
# Environment (the same names the app reads where there is one):
#   CLS_DB_KIND         h2 (default) or postgresql
#   h2:         CLS_H2_DB (data/cls: the database file without .mv.db), H2_USER (cls), H2_PASSWORD (empty),
#               H2_URL_OPTIONS (the app's, MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH: H2 needs
#               them to open the file),
#               H2_JAR (the app's own: backend/target/{quarkus-app,pg-app}/lib/main/com.h2database.h2-*.jar).
#               The app must be stopped (H2 locks its file); the dump is H2's SCRIPT (SQL, gzipped), which
#               RunScript replays into an empty file, also of a later H2 version.
#   postgresql: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (libpq's; defaults 127.0.0.1, 5432, postgres, -, cls).
#               pg_dump -Fc takes a consistent snapshot: the app may keep running, but while documents are files
#               under CLS_DOCUMENTS_DIR stop it for a database and a folder of the same moment.
#   CLS_DOCUMENTS_DIR   data/documents: archived too when it exists and is not empty (documents still stored as files)
# The archive holds MANIFEST (kind, date), database.sql.gz (h2) or database.dump (postgresql), documents.tar.gz (if any).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ $# == 1 ]] || { awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0" >&2; exit 2; }
ARCHIVE=$1
KIND=${CLS_DB_KIND:-h2}
DOCS=${CLS_DOCUMENTS_DIR:-data/documents}
H2_OPTS=${H2_URL_OPTIONS:-MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}
log() { echo "[backup] $*" >&2; }

source "$ROOT/scripts/lib/h2.sh"

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
start=$SECONDS
case "$KIND" in
  h2)
    DB=${CLS_H2_DB:-data/cls}
    [[ -f "$DB.mv.db" ]] || { log "no H2 database at $DB.mv.db (CLS_H2_DB)"; exit 1; }
    DB=$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")
    # IFEXISTS: never creates an empty database by mistake; a running app holds the file lock and this fails
    java -cp "$(h2_jar)" org.h2.tools.Script -url "jdbc:h2:file:$DB;$H2_OPTS;IFEXISTS=TRUE;ACCESS_MODE_DATA=r" \
      -user "${H2_USER:-cls}" -password "${H2_PASSWORD:-}" -script "$STAGE/database.sql" \
      || { log "H2 SCRIPT failed (is the app still running on $DB?)"; exit 1; }
    gzip "$STAGE/database.sql"
    ;;
  postgresql)
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-cls}
    pg_dump -Fc -f "$STAGE/database.dump" "$PGDATABASE"
    ;;
  *) log "CLS_DB_KIND must be h2 or postgresql, not '$KIND'"; exit 2 ;;
esac
documents=0
if [[ -d "$DOCS" && -n "$(ls -A "$DOCS")" ]]; then
  tar -C "$DOCS" -czf "$STAGE/documents.tar.gz" .
  documents=$(find "$DOCS" -type f | wc -l)
fi
printf 'kind=%s\ncreated=%s\ndocuments=%s\n' "$KIND" "$(date -u +%Y-%m-%dT%H:%M:%SZ)" "$documents" > "$STAGE/MANIFEST"
mkdir -p "$(dirname "$ARCHIVE")"
tar -C "$STAGE" -cf "$ARCHIVE.part" MANIFEST $(cd "$STAGE" && ls database.* documents.tar.gz 2>/dev/null)
mv "$ARCHIVE.part" "$ARCHIVE"
log "$KIND database and $documents document file(s) → $ARCHIVE ($(du -h "$ARCHIVE" | cut -f1), $((SECONDS - start)) s)"
