#!/usr/bin/env bash
# Installs what the server and the tests need; quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

# Debian packages: yt-dlp, ffmpeg and Apprise to run; with --test also Chromium (the web page's browser
# tests), PostgreSQL and Redis (the suite runs part of itself on a throwaway cluster and Redis), and
# nss_wrapper (a hosts file of a test's own for the server it starts).
packages=()
command -v yt-dlp >/dev/null || packages+=(yt-dlp)
command -v ffmpeg >/dev/null && command -v ffprobe >/dev/null || packages+=(ffmpeg)
command -v apprise >/dev/null || packages+=(apprise) # notifiers other than webhooks (ntfy://, discord://, ...)
if [ "${1:-}" = "--test" ]; then
  [ -x /usr/bin/chromium ] || packages+=(chromium)
  [ -d /usr/lib/postgresql ] || packages+=(postgresql)
  command -v redis-server >/dev/null || packages+=(redis-server)
  # A hosts file of the tests' own for the server (LD_PRELOAD): a name that moves to an internal address.
  ls /usr/lib/*/libnss_wrapper.so >/dev/null 2>&1 || packages+=(libnss-wrapper)
fi
if [ ${#packages[@]} -gt 0 ]; then
  echo "setup: installing with apt: ${packages[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${packages[@]}" >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  YOUTUBE_DL_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ ! -f src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt src/generated/prisma/client.ts ]; then
  npx prisma generate >/dev/null
fi
# The PostgreSQL client, from the same schema (used when DATABASE_URL=postgresql://...).
if [ ! -f src/generated/prisma-pg/client.ts ] || [ prisma/schema.prisma -nt src/generated/prisma-pg/client.ts ]; then
  npx tsx scripts/prisma-postgres.ts
fi

# npm start runs compiled JavaScript (less memory than compiling at run time): rebuild when stale.
if [ ! -f dist/main.js ] || [ -n "$(find src prisma -newer dist/main.js -print -quit)" ]; then
  echo "setup: building"
  npx tsc -p tsconfig.build.json
fi

# The web page served at `/`: rebuild when its sources changed.
if [ ! -f web/dist/index.html ] || [ -n "$(find web/src web/index.html web/vite.config.ts web/graphiql.config.ts -newer web/dist/index.html -print -quit)" ]; then
  echo "setup: building the web page"
  npx vite build --config web/vite.config.ts --logLevel warn
  npx vite build --config web/graphiql.config.ts --logLevel warn # GraphiQL's fetcher, beside the page
fi
