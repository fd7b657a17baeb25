#!/bin/sh
# Installs Debian's Chromium for the dashboard's end-to-end test (idempotent) and prints the
# line that enables the test: eval "$(.ci/start-chromium.sh)"
set -eu
if ! [ -x /usr/bin/chromium ]; then
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq >&2
  apt-get install -y -qq --no-install-recommends chromium fonts-dejavu-core >&2
fi
/usr/bin/chromium --version >&2
echo "export TACITUS_CHROMIUM=/usr/bin/chromium"
