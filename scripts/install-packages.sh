#!/usr/bin/env bash
# Installs the Debian packages named on the command line that are missing, with apt-get (through sudo unless
# already root); does nothing, and needs no network, when all are there. scripts/install-deps.sh (the build's
# packages) and scripts/install-check-tools.sh (LibreOffice for a check) both go through it.
# Usage: scripts/install-packages.sh DESCRIPTION PACKAGE...
set -euo pipefail
description=$1
shift

missing=()
for package in "$@"; do
    status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
    [[ "$status" == "install ok installed" ]] || missing+=("$package")
done
[[ ${#missing[@]} -eq 0 ]] && exit 0

echo "Installing $description: ${missing[*]}"
run_as_root=()
if [[ $(id -u) -ne 0 ]]; then
    command -v sudo >/dev/null || { echo "Run this as root or install sudo: packages missing: ${missing[*]}" >&2; exit 1; }
    run_as_root=(sudo)
fi
"${run_as_root[@]}" apt-get update
DEBIAN_FRONTEND=noninteractive "${run_as_root[@]}" apt-get install -y --no-install-recommends "${missing[@]}"
