#!/usr/bin/env bash
# Regenerates the API reference served at /api/docs from the committed openapi.yaml (Redocly CLI's
# build-docs, pinned in docs/api-reference/package.json; runs offline, the Redoc bundle is inlined,
# nothing is loaded from a CDN). The page is committed under backend/src/main/resources/META-INF/resources/api/docs
# so that ./mvnw package needs no npm; ApiDocsTest fails when it was built from another openapi.yaml.
#
#   scripts/api-docs.sh           rebuild the page (after regenerating openapi.yaml)
#   scripts/api-docs.sh --check   exit 1 when the committed page differs from a fresh build
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
SRC="$ROOT/docs/api-reference"
OUT="$ROOT/backend/src/main/resources/META-INF/resources/api/docs"
TMP="$(mktemp -d)"
trap 'rm -rf "$TMP"' EXIT

cd "$SRC"
[[ -x node_modules/.bin/redocly ]] || npm ci --no-audit --no-fund --silent
export REDOCLY_TELEMETRY=off REDOCLY_SUPPRESS_UPDATE_NOTICE=true
node_modules/.bin/redocly build-docs "$ROOT/openapi.yaml" --inlineBundle -o "$TMP/built.html" >"$TMP/build.log" 2>&1 \
  || { cat "$TMP/build.log" >&2; exit 1; }
node split.mjs "$TMP/built.html" "$TMP/docs" "$ROOT/openapi.yaml"

if [[ "${1:-}" == "--check" ]]; then
  if diff -rq "$TMP/docs" "$OUT" >/dev/null; then
    echo "api-docs: $OUT is up to date"
  else
    echo "api-docs: $OUT differs from openapi.yaml; regenerate it with scripts/api-docs.sh" >&2
    exit 1
  fi
else
  rm -rf "$OUT"
  mkdir -p "$OUT"
  cp "$TMP/docs/"* "$OUT/"
  echo "api-docs: wrote $OUT"
fi
