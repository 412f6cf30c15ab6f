#!/usr/bin/env bash
# Runs a command with a private, unlocked Secret Service (gnome-keyring under its own D-Bus
# session), so tests use a real OS keychain without touching the developer's own.
# Where gnome-keyring or dbus-run-session is missing (macOS, Windows) the command runs as is,
# against the platform's own keychain.
set -euo pipefail
if ! command -v dbus-run-session >/dev/null 2>&1 || ! command -v gnome-keyring-daemon >/dev/null 2>&1; then
  exec "$@"
fi
KR=$(mktemp -d)
trap 'rm -rf "$KR"' EXIT
mkdir -p "$KR/data" "$KR/run"
chmod 700 "$KR/run"
export XDG_DATA_HOME="$KR/data" XDG_RUNTIME_DIR="$KR/run"
# The password must be piped to --unlock: with --start alone no login collection exists.
# The bus daemon's own chatter (fd limits, service activation) is dropped: the command's stderr
# goes out through fd 3, so the command's last line stays the last line printed.
dbus-run-session -- bash -c 'exec 2>&3 3>&-; echo -n switchboard-test | gnome-keyring-daemon --unlock --components=secrets >/dev/null && exec "$@"' keyring "$@" 3>&2 2>/dev/null
