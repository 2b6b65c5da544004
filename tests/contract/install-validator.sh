#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Usage: install-validator.sh TOOLS_DIR
# Installs the pinned validator packages (package.json + package-lock.json in this folder: ajv, ajv-formats,
# yaml) into TOOLS_DIR with `npm ci`, and copies the scripts (*.mjs) beside them. Skips `npm ci` when TOOLS_DIR
# already holds an install of the same lockfile. Needs node and npm (Debian packages: nodejs npm).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
dir=${1:?usage: install-validator.sh TOOLS_DIR}
mkdir -p "$dir"
cp "$here"/*.mjs "$dir/"
if [[ -f "$dir/node_modules/ajv/package.json" && -f "$dir/node_modules/yaml/package.json" ]] \
    && cmp -s "$here/package-lock.json" "$dir/package-lock.json"; then
    exit 0
fi
cp "$here/package.json" "$here/package-lock.json" "$dir/"
npm ci --prefix "$dir" --ignore-scripts --no-audit --no-fund --loglevel=error
