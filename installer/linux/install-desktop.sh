#!/usr/bin/env bash
# Puts PactDesk into the desktop of this user (no root needed): the menu entry,
# the icons, the file types (.pactdesk drafts, .asice bundles, .pdx packages)
# and the AppStream description, under ${XDG_DATA_HOME:-~/.local/share}, plus a
# `pactdesk` command in ~/.local/bin.
#   share/install-desktop.sh            install, from the built PactDesk folder
#   share/install-desktop.sh --remove   take it all out again (drafts are never touched)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
app="$(dirname "$here")"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
id=eu.pactdesk.PactDesk
if [ "${1:-}" = "--remove" ]; then
  rm -f "$data/applications/$id.desktop" "$data/metainfo/$id.metainfo.xml" \
        "$data/mime/packages/$id.mime.xml" "$HOME/.local/bin/pactdesk"
  find "$data/icons/hicolor" -name "$id.png" -delete 2>/dev/null || true
else
  mkdir -p "$data/applications" "$data/metainfo" "$data/mime/packages" "$HOME/.local/bin"
  sed "s|^Exec=pactdesk|Exec=$app/pactdesk|; s|^TryExec=pactdesk|TryExec=$app/pactdesk|" \
    "$here/$id.desktop" > "$data/applications/$id.desktop"
  cp "$here/$id.metainfo.xml" "$data/metainfo/"
  cp "$here/$id.mime.xml" "$data/mime/packages/"
  cp -r "$here/hicolor" "$data/icons/" 2>/dev/null || { mkdir -p "$data/icons"; cp -r "$here/hicolor" "$data/icons/"; }
  ln -sf "$app/pactdesk" "$HOME/.local/bin/pactdesk"
fi
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
