#!/usr/bin/env bash
# Runs before `npm test`: the browser tests need Debian's Chromium, the XML export tests need
# xmllint, and the host tests serve the build with real nginx and Apache (tests/e2e/real-hosts).
# Installs them with apt-get when missing (as root), or says exactly what to install. apt-get waits
# for the dpkg lock (another install running) instead of failing.
set -euo pipefail
missing=()
[ -x /usr/bin/chromium ] || missing+=(chromium)
command -v xmllint >/dev/null 2>&1 || missing+=(libxml2-utils)
[ -x /usr/sbin/nginx ] || missing+=(nginx)
[ -x /usr/sbin/apache2 ] || missing+=(apache2)
((${#missing[@]} == 0)) && exit 0
if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "pretest: installing ${missing[*]} from Debian"
  export DEBIAN_FRONTEND=noninteractive
  apt-get -o DPkg::Lock::Timeout=600 update -qq
  apt-get -o DPkg::Lock::Timeout=600 install -y -qq "${missing[@]}" >/dev/null
else
  echo "pretest: the tests need these Debian packages: ${missing[*]} (sudo apt-get install ${missing[*]})" >&2
  exit 1
fi
