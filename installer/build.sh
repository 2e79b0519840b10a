#!/usr/bin/env bash
# Builds the installable PactDesk folder for Linux into dist/PactDesk and
# checks it: the frozen program must make a draft and show its window.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh app
python3 -m venv build/installer-venv
build/installer-venv/bin/python -m pip install -q --upgrade pip
build/installer-venv/bin/python -m pip install -q . "pyinstaller>=6.5"
build/installer-venv/bin/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller installer/pactdesk.spec
# The installer check: the frozen program works from another folder.
check="$(mktemp -d)"
PACTDESK_HOME="$check/home" dist/PactDesk/pactdesk new "$check/check.pactdesk" --member-state PL --cycle 2010
PACTDESK_HOME="$check/home" QT_QPA_PLATFORM=offscreen dist/PactDesk/pactdesk --smoke "$check/check.pactdesk"
rm -rf "$check"
echo "Built dist/PactDesk ($(du -sh dist/PactDesk | cut -f1))."
