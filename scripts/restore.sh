#!/usr/bin/env bash
# Restores an archive of scripts/backup.sh into an EMPTY database and an empty documents folder; then start the app.
#
#   scripts/restore.sh ARCHIVE.tar
#
# Environment: the same as scripts/backup.sh (CLS_DB_KIND is read from the archive; when set it must match):
#   h2:         CLS_H2_DB (data/cls): no file may exist there yet (move the old one aside); H2_USER, H2_PASSWORD, H2_JAR.
#   postgresql: PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE (cls): the database must exist and hold no table;
#               RESTORE_CREATE_DB=1 creates it. Objects are owned by PGUSER (--no-owner --no-privileges).
#   CLS_DOCUMENTS_DIR   data/documents: must be missing or empty when the archive holds documents.
# Stop the app first (on PostgreSQL too: it would recreate the schema in the empty database at start).
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
[[ $# == 1 ]] || { awk 'NR > 1 && /^#/ {sub(/^# ?/, ""); print; next} NR > 1 {exit}' "$0" >&2; exit 2; }
ARCHIVE=$1
DOCS=${CLS_DOCUMENTS_DIR:-data/documents}
H2_OPTS=${H2_URL_OPTIONS:-MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH}
log() { echo "[restore] $*" >&2; }
[[ -f "$ARCHIVE" ]] || { log "no archive $ARCHIVE"; exit 1; }

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
tar -C "$STAGE" -xf "$ARCHIVE"
KIND=$(sed -n 's/^kind=//p' "$STAGE/MANIFEST")
if [[ -n "${CLS_DB_KIND:-}" && "$CLS_DB_KIND" != "$KIND" ]]; then
  log "the archive is a $KIND backup, CLS_DB_KIND says $CLS_DB_KIND"; exit 1
fi
if [[ -f "$STAGE/documents.tar.gz" && -d "$DOCS" && -n "$(ls -A "$DOCS")" ]]; then
  log "$DOCS is not empty: restore into an empty documents folder (CLS_DOCUMENTS_DIR)"; exit 1
fi

source "$ROOT/scripts/lib/h2.sh"

start=$SECONDS
case "$KIND" in
  h2)
    DB=${CLS_H2_DB:-data/cls}
    [[ ! -e "$DB.mv.db" ]] || { log "$DB.mv.db exists: restore into a new file (move it aside or set CLS_H2_DB)"; exit 1; }
    mkdir -p "$(dirname "$DB")"
    DB=$(cd "$(dirname "$DB")" && pwd)/$(basename "$DB")
    # The app's URL settings, so that the restored file is what the app would have created
    gunzip "$STAGE/database.sql.gz"
    java -cp "$(h2_jar)" org.h2.tools.RunScript \
      -url "jdbc:h2:file:$DB;$H2_OPTS" \
      -user "${H2_USER:-cls}" -password "${H2_PASSWORD:-}" -script "$STAGE/database.sql"
    ;;
  postgresql)
    export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres} PGDATABASE=${PGDATABASE:-cls}
    if [[ "${RESTORE_CREATE_DB:-0}" == 1 ]]; then
      psql -qX -d postgres -v ON_ERROR_STOP=1 -c "create database \"$PGDATABASE\""
    fi
    tables=$(psql -qXtA -v ON_ERROR_STOP=1 -c \
      "select count(*) from pg_tables where schemaname not in ('pg_catalog', 'information_schema')")
    [[ "$tables" == 0 ]] || { log "database $PGDATABASE holds $tables table(s): restore into an empty database"; exit 1; }
    pg_restore --exit-on-error --no-owner --no-privileges -d "$PGDATABASE" "$STAGE/database.dump"
    ;;
  *) log "unknown kind '$KIND' in $ARCHIVE"; exit 1 ;;
esac
documents=0
if [[ -f "$STAGE/documents.tar.gz" ]]; then
  mkdir -p "$DOCS"
  tar -C "$DOCS" -xzf "$STAGE/documents.tar.gz"
  documents=$(find "$DOCS" -type f | wc -l)
fi
log "$ARCHIVE → $KIND database and $documents document file(s) in $((SECONDS - start)) s"
