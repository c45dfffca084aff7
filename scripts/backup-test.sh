#!/usr/bin/env bash
# Backup/restore test: a populated database, backed up by scripts/backup.sh and restored by scripts/restore.sh into an
# empty one, holds the same rows in every table and the same content for every document.
#
#   scripts/backup-test.sh [h2|postgresql]…      (default: both; postgresql is skipped when no server answers)
#
# For each engine: the packaged jar starts on a fresh database with the demo data, BACKUP_DOCS (3) documents are
# uploaded through the API, the app stops; backup, restore into an empty database and documents folder; then
# scripts/lib/DbInventory.java lists both sides (every table of the schema with its row count; every document with the
# SHA-256 of its content — its document_chunk rows in seq order when that table holds them, else its file — checked
# against document.sha256) and they must be equal; last, the app starts on the restored side and serves a document.
# Environment: BACKUP_PORT (18441), BACKUP_PG_DB (cls_backup) and BACKUP_PG_RESTORED (cls_restored), dropped and
# created each run, on PGHOST/PGPORT/PGUSER/PGPASSWORD; BACKUP_WORK (.cache/backup-test).
# (Functions run under "|| rc=1", where set -e does not apply: each step checks its own status.)
# Prints "backup <kind>: T tables and D documents compared, equal (…)"; exits 1 on any difference.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
# shellcheck source=lib/app.sh
source "$ROOT/scripts/lib/app.sh"
PORT=${BACKUP_PORT:-18441}
PG_SRC=${BACKUP_PG_DB:-cls_backup}
PG_DST=${BACKUP_PG_RESTORED:-cls_restored}
DOCS=${BACKUP_DOCS:-3}
WORK=${BACKUP_WORK:-$ROOT/.cache/backup-test}
BASE="http://localhost:$PORT"
trap stop_all_apps EXIT
trap 'exit 130' INT
trap 'exit 143' TERM
log() { echo "[backup-test] $*" >&2; }
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}

pg_up() { (exec 3<>"/dev/tcp/$PGHOST/$PGPORT") 2>/dev/null && command -v psql >/dev/null && command -v pg_dump >/dev/null; }
psql_admin() { PGOPTIONS="-c client_min_messages=warning" psql -d postgres -qX -v ON_ERROR_STOP=1 "$@"; }
json() { python3 -c 'import sys, json; d = json.load(sys.stdin); print(eval(sys.argv[1]))' "$1"; }

sample_files() { # dir n: n small files of accepted types (PDF, PNG), each with its own bytes
  python3 - "$1" "$2" <<'PY'
import os, struct, sys, zlib
out, n = sys.argv[1], int(sys.argv[2])
os.makedirs(out, exist_ok=True)
for i in range(n):
    noise = os.urandom(2048 * (i + 1))
    if i % 2 == 0:
        body = b"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% " + noise.hex().encode() + b"\ntrailer << /Root 1 0 R >>\n%%EOF\n"
        name = f"doc-{i}.pdf"
    else:
        def chunk(t, d): return struct.pack(">I", len(d)) + t + d + struct.pack(">I", zlib.crc32(t + d) & 0xffffffff)
        raw = b"".join(b"\x00" + noise[(y * 96) % 1900:(y * 96) % 1900 + 96] for y in range(32))
        body = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 32, 32, 8, 2, 0, 0, 0)) \
            + chunk(b"IDAT", zlib.compress(raw)) + chunk(b"IEND", b"")
        name = f"image-{i}.png"
    open(os.path.join(out, name), "wb").write(body)
    print(name)
PY
}

inventory() { # kind url documents-dir → stdout
  local kind=$1 url=$2 docs=$3 lib cp user password
  lib="$(app_dir "$kind")/lib/main"
  cp=$(ls "$lib"/com.h2database.h2-*.jar "$lib"/org.postgresql.postgresql-*.jar | paste -sd:)
  if [[ "$kind" == h2 ]]; then user=cls; password=""; else user=$PGUSER; password=${PGPASSWORD:-}; fi
  java -cp "$cp" "$ROOT/scripts/lib/DbInventory.java" "$url" "$user" "$password" "$docs"
}

run() { # kind
  local kind=$1 work="$WORK/$1" t0=$SECONDS
  rm -rf "$work"; mkdir -p "$work"
  build_jar "$kind" >/dev/null || return 1
  local src_url dst_url backup_env=() restore_env=()
  if [[ "$kind" == postgresql ]]; then
    psql_admin -c "drop database if exists $PG_SRC" -c "create database $PG_SRC" -c "drop database if exists $PG_DST" || return 1
    src_url="jdbc:postgresql://$PGHOST:$PGPORT/$PG_SRC"; dst_url="jdbc:postgresql://$PGHOST:$PGPORT/$PG_DST"
    backup_env=(CLS_DB_KIND=postgresql PGDATABASE="$PG_SRC"); restore_env=(PGDATABASE="$PG_DST" RESTORE_CREATE_DB=1)
  else
    local h2_opts="MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;IFEXISTS=TRUE;ACCESS_MODE_DATA=r"
    src_url="jdbc:h2:file:$work/source/h2/cls;$h2_opts"; dst_url="jdbc:h2:file:$work/restored/h2/cls;$h2_opts"
    backup_env=(CLS_DB_KIND=h2 CLS_H2_DB="$work/source/h2/cls"); restore_env=(CLS_H2_DB="$work/restored/h2/cls")
  fi

  APP_PG_DB=$PG_SRC start_app "$kind" "$work/source" "$PORT" -Dcls.demo.enabled=true || return 1
  local token contract
  token=$(mint_token backup-test-coordinator coordinator coordinator)
  contract=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/contracts" | json '[c["id"] for c in d["items"] if c["status"] != "ENDED"][0]') || return 1
  local f status ids=()
  local files; files=$(sample_files "$work/samples" "$DOCS") || return 1
  for f in $files; do
    status=$(curl -s -o "$work/upload.json" -w '%{http_code}' -H "Authorization: Bearer $token" \
      -F "file=@$work/samples/$f" -F "title=Backup test $f" "$BASE/api/v1/contracts/$contract/documents")
    [[ "$status" == 201 ]] || { log "upload of $f answered $status: $(cat "$work/upload.json")"; return 1; }
    ids+=("$(json 'd["id"]' < "$work/upload.json")")
  done
  stop_app

  env "${backup_env[@]}" CLS_DOCUMENTS_DIR="$work/source/documents" "$ROOT/scripts/backup.sh" "$work/backup.tar" || return 1
  env "${restore_env[@]}" CLS_DOCUMENTS_DIR="$work/restored/documents" "$ROOT/scripts/restore.sh" "$work/backup.tar" || return 1

  inventory "$kind" "$src_url" "$work/source/documents" > "$work/source.txt" || return 1
  inventory "$kind" "$dst_url" "$work/restored/documents" > "$work/restored.txt" || return 1
  local tables documents bad
  tables=$(grep -c '^table ' "$work/source.txt")
  documents=$(grep -c '^document ' "$work/source.txt" || true)
  bad=$(cat "$work/source.txt" "$work/restored.txt" | grep -c '^document .* \(MISMATCH\|MISSING\) ' || true)
  if ! diff -u "$work/source.txt" "$work/restored.txt" >&2; then
    echo "backup $kind: the restored database differs (above: - source, + restored)"; return 1
  fi
  (( documents >= DOCS && bad == 0 )) || { echo "backup $kind: $documents documents, $bad without their content"; return 1; }

  # the restored side is usable: the app starts on it (Flyway validates the schema history) and serves a document
  APP_PG_DB=$PG_DST start_app "$kind" "$work/restored" "$PORT" || return 1
  token=$(mint_token backup-test-coordinator coordinator coordinator)
  local served expected
  served=$(curl -sf -H "Authorization: Bearer $token" "$BASE/api/v1/documents/${ids[0]}/content" | sha256sum | cut -d' ' -f1)
  expected=$(awk -v id="${ids[0]}" '$1 == "document" && $2 == id {print $3}' "$work/source.txt")
  stop_app
  [[ "$served" == "$expected" ]] || { echo "backup $kind: the restored app served ${ids[0]} as $served, expected $expected"; return 1; }
  local rows; rows=$(awk '$1 == "table" {s += $3} END {print s}' "$work/source.txt")
  echo "backup $kind: $tables tables ($rows rows) and $documents documents compared, equal; restored app serves them ($(du -h "$work/backup.tar" | cut -f1) archive, $((SECONDS - t0)) s)"
}

kinds=("$@"); (( ${#kinds[@]} )) || kinds=(h2 postgresql)
mkdir -p "$WORK"
rc=0
for kind in "${kinds[@]}"; do
  if [[ "$kind" == postgresql ]] && ! pg_up; then
    echo "backup postgresql: skipped, no server at $PGHOST:$PGPORT"; continue
  fi
  run "$kind" || rc=1
done
exit $rc
