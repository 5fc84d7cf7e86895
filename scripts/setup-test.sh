#!/usr/bin/env bash
# Installs what the tests and the PDF export need beyond npm: a Chromium and
# poppler's PDF tools. On Debian or Ubuntu it installs them with apt-get (as
# root, or through sudo); elsewhere it says what to install. Then `npm ci`.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
if [ -z "${CHROME_PATH:-}${CHROMIUM_PATH:-}" ] \
  && ! command -v chromium >/dev/null && ! command -v chromium-browser >/dev/null \
  && ! command -v google-chrome >/dev/null && ! command -v google-chrome-stable >/dev/null \
  && [ ! -x "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome" ] \
  && [ ! -x "/Applications/Chromium.app/Contents/MacOS/Chromium" ]; then
  missing+=(chromium)
fi
command -v pdftotext >/dev/null || missing+=(poppler-utils)

if [ ${#missing[@]} -gt 0 ]; then
  if command -v apt-get >/dev/null; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "Installing ${missing[*]} with apt-get…"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
  else
    echo "Please install: ${missing[*]} (Chrome or Chromium, and poppler for pdftotext/pdfinfo)." >&2
    echo "If Chrome is installed somewhere unusual, set CHROME_PATH to its executable." >&2
    exit 1
  fi
fi

# Browser tests and the export use the Chromium found above, never a download.
PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
