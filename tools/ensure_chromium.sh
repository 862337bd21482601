#!/usr/bin/env bash
# Make Debian's Chromium available for the browser tests, or say clearly why not.
# Never downloads a browser of its own: only `apt-get install chromium`.
if command -v chromium >/dev/null 2>&1; then
  exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
  echo "browser tests: installing Debian's chromium (apt-get install chromium)…"
  if timeout 600 sh -c 'apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium' >/tmp/congdoan-chromium-install.log 2>&1; then
    exit 0
  fi
  echo "browser tests: SKIPPED — apt-get install chromium failed (see /tmp/congdoan-chromium-install.log)."
  exit 0
fi
echo "browser tests: SKIPPED — Debian's chromium is not installed and cannot be installed here (need root and apt-get)."
