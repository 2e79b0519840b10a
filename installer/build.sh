#!/usr/bin/env bash
# Builds the installable PactDesk folder for Linux into dist/PactDesk and
# checks it: the frozen program must pass its own --self-check (a draft, every
# export, a CA, an identity, a sign-off, a bundle and its verification, the
# window off screen). Prints the build time and the folder's size.
#   installer/build.sh            build with a fresh venv in build/installer-venv
#   PYTHON=.venv/bin/python installer/build.sh   build with an existing venv that
#                                 has PactDesk and PyInstaller (the test suite does)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS=0
if [ -z "${PYTHON:-}" ]; then
  scripts/setup.sh app
  python3 -m venv build/installer-venv
  build/installer-venv/bin/python -m pip install -q --upgrade pip
  build/installer-venv/bin/python -m pip install -q . "pyinstaller>=6.5"
  PYTHON=build/installer-venv/bin/python
fi
dist="$(realpath -m "${DIST:-dist}")"
work="$(realpath -m "${WORK:-build/pyinstaller}")"
"$PYTHON" -m PyInstaller --noconfirm --clean --log-level WARN --distpath "$dist" --workpath "$work" installer/pactdesk.spec
# Desktop integration travels with the folder (installer/linux/install-desktop.sh puts it in place).
mkdir -p "$dist/PactDesk/share"
cp installer/linux/eu.pactdesk.PactDesk.desktop installer/linux/eu.pactdesk.PactDesk.metainfo.xml \
   installer/linux/eu.pactdesk.PactDesk.mime.xml installer/linux/install-desktop.sh "$dist/PactDesk/share/"
cp -r "$work/pactdesk/generated/icons/hicolor" "$dist/PactDesk/share/"
built=$SECONDS
# The installer check: the frozen program works from another folder, in a temporary home.
check="$(mktemp -d)"
(cd "$check" && QT_QPA_PLATFORM=offscreen "$dist/PactDesk/pactdesk" --self-check ${KEEP:+--keep "$KEEP"})
rm -rf "$check"
echo "Built $dist/PactDesk: $(du -sh "$dist/PactDesk" | cut -f1), $(find "$dist/PactDesk" -type f | wc -l) files, in ${built} s (self-check $((SECONDS - built)) s)."
