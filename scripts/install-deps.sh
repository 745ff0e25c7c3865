#!/usr/bin/env bash
# Installs the Debian 12 packages Comité FAST builds, runs and tests with, when any is missing.
# Uses sudo unless already root; does nothing (and needs no network) when everything is there.
# Qt Charts' CMake package needs Qt OpenGL's (libqt6opengl6-dev, only a Recommends of qt6-charts-dev).
# poppler-utils gives the tests pdftotext, to read the laureate list back; the fonts lay out the PDF.
# libsqlite3-dev lets the fault-injection tests register an SQLite VFS beside Qt's QSQLITE driver.
# libqt6svg6 holds Qt's SVG image and icon plugins, which draw the window's icons at run time.
# dpkg-dev (dpkg-shlibdeps), file (CPack finds the executables with it), desktop-file-utils and appstream
# build and check the .deb (scripts/package.sh).
# libquazip1-qt6-dev opens the XLSX and ODS files the candidate import reads.
# libqt6sql6-psql opens a committee on a PostgreSQL server; postgresql runs the throwaway server the storage
# suites also run against (scripts/postgres-test-server.sh, never the machine's own cluster).
set -euo pipefail

packages=(
    build-essential cmake ninja-build pkg-config lld
    qt6-base-dev qt6-base-dev-tools qt6-charts-dev libqt6opengl6-dev libqt6sql6-sqlite libqt6svg6
    qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
    fonts-dejavu-core
    poppler-utils
    libsqlite3-dev
    dpkg-dev file desktop-file-utils appstream
    libquazip1-qt6-dev
    libqt6sql6-psql postgresql
)

"$(dirname "$0")/install-packages.sh" "missing Debian packages" "${packages[@]}"
