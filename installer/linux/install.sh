#!/bin/sh
# Install the ShotGraph bundle for the current user (no root): the application under
# ~/.local/opt/shotgraph, the command in ~/.local/bin, the menu entry, icons, and the
# .shotgraph file type so project files open in ShotGraph from the file manager.
#
#   installer/linux/install.sh [BUNDLE]      BUNDLE defaults to build/dist/shotgraph
#   installer/linux/install.sh --uninstall
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
ROOT=$(cd "$HERE/../.." && pwd)
DATA=${XDG_DATA_HOME:-$HOME/.local/share}
OPT=$HOME/.local/opt/shotgraph
BIN=$HOME/.local/bin

refresh() {
    command -v update-mime-database >/dev/null && update-mime-database "$DATA/mime" || true
    command -v update-desktop-database >/dev/null && update-desktop-database "$DATA/applications" || true
    command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q "$DATA/icons/hicolor" 2>/dev/null || true
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$OPT" "$BIN/shotgraph" "$DATA/applications/shotgraph.desktop" "$DATA/mime/packages/shotgraph.xml"
    rm -f "$DATA"/icons/hicolor/*/apps/shotgraph.png "$DATA/icons/hicolor/scalable/apps/shotgraph.svg"
    refresh
    echo "ShotGraph removed."
    exit 0
fi

BUNDLE=${1:-$ROOT/build/dist/shotgraph}
if [ ! -x "$BUNDLE/shotgraph" ]; then
    echo "install.sh: no ShotGraph bundle at $BUNDLE; build it first with: make installer" >&2
    exit 2
fi

mkdir -p "$OPT" "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/icons/hicolor/scalable/apps"
rm -rf "$OPT"
cp -R "$BUNDLE" "$OPT"
ln -sf "$OPT/shotgraph" "$BIN/shotgraph"
sed "s|^Exec=shotgraph|Exec=$OPT/shotgraph|" "$HERE/shotgraph.desktop" > "$DATA/applications/shotgraph.desktop"
cp "$HERE/shotgraph-mime.xml" "$DATA/mime/packages/shotgraph.xml"
cp "$ROOT/resources/icons/shotgraph.svg" "$DATA/icons/hicolor/scalable/apps/shotgraph.svg"
for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$DATA/icons/hicolor/${size}x${size}/apps"
    cp "$ROOT/resources/icons/shotgraph-$size.png" "$DATA/icons/hicolor/${size}x${size}/apps/shotgraph.png"
done
refresh
echo "ShotGraph installed: $BIN/shotgraph (menu entry and .shotgraph file type added)."
