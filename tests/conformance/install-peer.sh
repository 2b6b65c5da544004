#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Usage: install-peer.sh CACHE_DIR
# Installs the pinned @labdigital/commercetools-mock (package.json + package-lock.json in this folder) into
# CACHE_DIR with `npm ci`, and puts server.mjs beside it. Does nothing when CACHE_DIR already holds an install
# of the same lockfile. Needs node and npm (Debian packages: nodejs npm).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: install-peer.sh CACHE_DIR}
mkdir -p "$dir"
cp "$here/server.mjs" "$dir/server.mjs"
if [[ -f "$dir/node_modules/@labdigital/commercetools-mock/package.json" ]] \
    && cmp -s "$here/package-lock.json" "$dir/package-lock.json"; then
    exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$dir/"
npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error
