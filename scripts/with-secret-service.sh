#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Usage: with-secret-service.sh COMMAND [ARGS...]
# Runs COMMAND inside a private D-Bus session bus that has an unlocked gnome-keyring Secret
# Service (org.freedesktop.secrets). Non-interactive: needs no tty, no stdin and no display.
# Uses throw-away HOME/XDG folders, so the user's own keyring is never touched.
# Propagates COMMAND's exit status. Packages: dbus-daemon (dbus-run-session), gnome-keyring.
set -euo pipefail

if [[ "${1:-}" != "--inner" ]]; then
    tmp=$(mktemp -d "${TMPDIR:-/tmp}/secret-service.XXXXXX")
    trap 'rm -rf "$tmp"' EXIT
    mkdir -p "$tmp/home" "$tmp/runtime"
    chmod 700 "$tmp/runtime"
    export HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/runtime" \
           XDG_DATA_HOME="$tmp/home/.local/share" XDG_CONFIG_HOME="$tmp/home/.config" \
           XDG_CACHE_HOME="$tmp/home/.cache"
    unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL
    # Not exec'd, so the EXIT trap still removes $tmp.
    dbus-run-session -- "$0" --inner "$@" </dev/null
    exit $?
fi
shift

# --unlock reads the password from stdin until EOF; a zero-byte stdin means "no password" and
# makes gnome-keyring open a GUI prompt instead (fails headless, hangs under Xvfb).
printf '%s' "${KEYRING_PASSWORD:-ci-only-password}" \
    | gnome-keyring-daemon --unlock --components=secrets >/dev/null
# Attach to that daemon so it owns org.freedesktop.secrets before COMMAND asks (no activation race).
gnome-keyring-daemon --start --components=secrets >/dev/null
"$@"
