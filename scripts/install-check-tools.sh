#!/usr/bin/env bash
# Installs the tools some checks need beyond the build's own packages (scripts/install-deps.sh), when missing:
# LibreOffice Calc without its GUI, which tests/reports/tst_xlsxworkbookwriter uses to open the exported workbook
# (soffice --headless --convert-to csv) and check that its amounts are numbers. Without it that check is skipped
# with its reason; CI (.ci/run) runs this first so that it never is. Recommends are left out: about 90
# packages beyond the build's, 100 MB to download and 290 MB installed on Debian 12.
# Uses sudo unless already root; does nothing (and needs no network) when everything is there.
set -euo pipefail

packages=(libreoffice-calc-nogui)

"$(dirname "$0")/install-packages.sh" "the check tools" "${packages[@]}"
