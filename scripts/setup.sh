#!/usr/bin/env bash
# Installs what PactDesk needs on a Debian machine: system packages (only the
# missing ones), then a virtual environment in .venv with the project in it.
#   scripts/setup.sh app    what the window needs
#   scripts/setup.sh test   what the whole test suite needs (adds Xvfb, poppler,
#                           LibreOffice Calc and Writer, qpdf, gnome-keyring, AT-SPI, …)
# Re-running is cheap: nothing is installed twice.
set -euo pipefail
cd "$(dirname "$0")/.."
purpose="${1:-app}"

app_debs=(libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
          libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0
          libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 fonts-dejavu-core)
test_debs=(xvfb x11-utils imagemagick poppler-utils libreoffice-calc-nogui libreoffice-writer-nogui
           qpdf gnome-keyring dbus dbus-x11 at-spi2-core python3-pyatspi openssl unzip libnss3-tools
           desktop-file-utils appstream shared-mime-info openbox xdotool postgresql
           xmlsec1 libxml2-utils)

want=("${app_debs[@]}")
[ "$purpose" = test ] && want+=("${test_debs[@]}")

if command -v dpkg-query >/dev/null 2>&1; then
  missing=()
  for pkg in "${want[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
  if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing Debian packages: ${missing[*]}" >&2
    SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
    export DEBIAN_FRONTEND=noninteractive
    $SUDO apt-get update -qq
    $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
  fi
fi

PY="${PYTHON:-python3}"
extras=""; [ "$purpose" = test ] && extras="[dev]"
stamp=".venv/.pactdesk-installed-$purpose"
want_stamp="$(sha256sum pyproject.toml | cut -c1-16)"
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
if [ ! -f "$stamp" ] || [ "$(cat "$stamp")" != "$want_stamp" ]; then
  echo "Installing PactDesk and its libraries into .venv" >&2
  .venv/bin/python -m pip install -q --upgrade pip >&2
  .venv/bin/python -m pip install -q -e ".$extras" >&2
  echo "$want_stamp" > "$stamp"
fi

# The window's translations: compiled from resources/translations/*.ts into the
# .qm files it loads (never committed, so they cannot drift from their sources).
for ts in resources/translations/pactdesk_*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm"
  fi
done
