#!/usr/bin/env bash
# Installs what the server and the tests need; quick when everything is already there.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
for tool in yt-dlp ffmpeg ffprobe; do command -v "$tool" >/dev/null || missing+=("$tool"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "setup: installing yt-dlp and ffmpeg with apt (missing: ${missing[*]})"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq yt-dlp ffmpeg >/dev/null
fi

# npm ci when node_modules is missing or older than the lock file.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  echo "setup: npm ci"
  YOUTUBE_DL_SKIP_DOWNLOAD=1 npm ci --no-audit --no-fund
fi

if [ ! -f src/generated/prisma/client.ts ] || [ prisma/schema.prisma -nt src/generated/prisma/client.ts ]; then
  npx prisma generate >/dev/null
fi

# npm start runs compiled JavaScript (less memory than compiling at run time): rebuild when stale.
if [ ! -f dist/main.js ] || [ -n "$(find src prisma -newer dist/main.js -print -quit)" ]; then
  echo "setup: building"
  npx tsc -p tsconfig.build.json
fi
