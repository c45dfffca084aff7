#!/usr/bin/env bash
# A self-signed certificate and its key, for a local try of the production shape (docker-compose.yml); browsers
# warn about it (accept it once). A real deployment uses a certificate from a CA (e.g. Let's Encrypt).
#
#   scripts/selfsigned-cert.sh [HOST] [DIR]     HOST: localhost; DIR: .cache/tls (not versioned)
#
# Writes DIR/tls.crt and DIR/tls.key (RSA 2048, SHA-256, 30 days, subjectAltName HOST; plus 127.0.0.1 for localhost)
# and prints the CLS_TLS_CERT / CLS_TLS_KEY lines for the .env file that docker compose reads.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
HOST="${1:-localhost}"
DIR="${2:-$ROOT/.cache/tls}"
command -v openssl >/dev/null || { echo "openssl is required (apt-get install openssl)" >&2; exit 1; }
[[ "$HOST" =~ ^[A-Za-z0-9.:-]+$ ]] || { echo "not a host name: $HOST" >&2; exit 2; }

if [[ "$HOST" =~ ^[0-9.]+$ || "$HOST" == *:* ]]; then
  SAN="IP:$HOST"
else
  SAN="DNS:$HOST"
fi
[[ "$HOST" == localhost ]] && SAN="$SAN,IP:127.0.0.1,IP:::1"

mkdir -p "$DIR"
umask 077
openssl req -x509 -newkey rsa:2048 -sha256 -days 30 -nodes \
  -keyout "$DIR/tls.key" -out "$DIR/tls.crt" \
  -subj "/CN=$HOST" -addext "subjectAltName=$SAN" \
  -addext "basicConstraints=critical,CA:FALSE" -addext "extendedKeyUsage=serverAuth" 2>/dev/null
chmod 644 "$DIR/tls.crt"
chmod 600 "$DIR/tls.key"

echo "Self-signed certificate for $HOST ($SAN), valid 30 days:" >&2
openssl x509 -in "$DIR/tls.crt" -noout -subject -enddate >&2
echo "CLS_TLS_CERT=$DIR/tls.crt"
echo "CLS_TLS_KEY=$DIR/tls.key"
