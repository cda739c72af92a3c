#!/usr/bin/env bash
# Sets up a fresh Debian machine for Ramah: Chromium, Firefox ESR and openssl for the end-to-end tests
# (installed with apt-get when missing and we are root), then the npm packages.
# Safe to run again: it installs only what is missing, and `npm ci` always gives the locked versions.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

missing=()
[[ -x /usr/bin/chromium ]] || missing+=(chromium)
[[ -x /usr/bin/firefox-esr ]] || missing+=(firefox-esr)
command -v openssl >/dev/null || missing+=(openssl)

if ((${#missing[@]} > 0)); then
  if [[ $(id -u) -eq 0 ]] && command -v apt-get >/dev/null; then
    echo "setup: installing ${missing[*]} with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -q
    apt-get install -y -q "${missing[@]}"
  else
    echo "setup: ${missing[*]} missing; install with: sudo apt-get install ${missing[*]} (the end-to-end tests need them)" >&2
  fi
fi

npm ci
