#!/bin/sh
# Install the built app for the current user (or system-wide with --system, as root): the folder, a `banthao`
# command, the menu entry, the icon in every size, and the .banthao file type, so a double-click opens a project and
# "Open with Bản Thảo" is offered for Word drafts.
#   python packaging/build.py && sh packaging/linux/install.sh [--system]
set -eu
here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
app="$repo/dist/banthao"
[ -x "$app/banthao" ] || { echo "no build in dist/banthao: run python packaging/build.py first" >&2; exit 2; }
if [ "${1:-}" = "--system" ]; then
  prefix=/opt/banthao; bin=/usr/local/bin; data=/usr/local/share
else
  prefix="${XDG_DATA_HOME:-$HOME/.local/share}/banthao/app"; bin="$HOME/.local/bin"; data="${XDG_DATA_HOME:-$HOME/.local/share}"
fi
mkdir -p "$prefix" "$bin" "$data/applications" "$data/mime/packages"
rm -rf "$prefix" && cp -a "$app" "$prefix"
ln -sf "$prefix/banthao" "$bin/banthao"
for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
  cp "$repo/resources/icons/banthao-$size.png" "$data/icons/hicolor/${size}x${size}/apps/banthao.png"
done
mkdir -p "$data/icons/hicolor/scalable/apps" && cp "$repo/resources/icons/banthao.svg" "$data/icons/hicolor/scalable/apps/"
sed "s|^Exec=banthao|Exec=$bin/banthao|" "$here/banthao.desktop" > "$data/applications/banthao.desktop"
cp "$here/banthao-mime.xml" "$data/mime/packages/banthao.xml"
command -v update-mime-database >/dev/null && update-mime-database "$data/mime" || true
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$data/icons/hicolor" || true
command -v xdg-mime >/dev/null && xdg-mime default banthao.desktop application/x-banthao || true
echo "Bản Thảo installed: $bin/banthao (menu: Office › Bản Thảo)"
