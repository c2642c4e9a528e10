#!/bin/sh
# The Shelf image's entry point: its first argument picks the process, so one image runs every role.
#   api (default)  the GraphQL API and HTTP routes (apps/api/dist/main.js)
#   web            the storefront's server over the Remix build
#   worker         background jobs and reconciliation only; health on API_PORT
#   backup, restore, reconcile   the command-line tools (`backup --out /backups/x`, `restore /backups/x`)
# Anything else is run as given (`sh`, `node -e ...`). Each long-running role writes the URL the image's
# HEALTHCHECK asks (ops/docker/healthcheck.mjs).
set -eu
cd "$(dirname "$0")/../.."
health_file="${SHELF_HEALTH_FILE:-/tmp/shelf-health-url}"
role="${1:-api}"
[ "$#" -gt 0 ] && shift

case "$role" in
  api)
    echo "http://127.0.0.1:${API_PORT:-4000}/readyz" > "$health_file"
    exec node --enable-source-maps apps/api/dist/main.js "$@"
    ;;
  worker)
    echo "http://127.0.0.1:${API_PORT:-4000}/readyz" > "$health_file"
    exec node --enable-source-maps apps/api/dist/worker.js "$@"
    ;;
  web)
    echo "http://127.0.0.1:${PORT:-3000}/favicon.svg" > "$health_file"
    cd apps/web
    exec node --import tsx server/main.ts "$@"
    ;;
  backup | restore | reconcile)
    exec node --enable-source-maps "apps/api/dist/cli/$role.js" "$@"
    ;;
  *)
    exec "$role" "$@"
    ;;
esac
