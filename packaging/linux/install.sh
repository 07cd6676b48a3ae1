#!/bin/sh
# Install the built bundle for one user, with its menu entry and icon:
#     sh packaging/linux/install.sh [BUNDLE_FOLDER]      (default: dist/wplstudio)
# The program goes to ~/.local/opt/wplstudio, the menu entry to ~/.local/share/applications,
# the icons to ~/.local/share/icons/hicolor. The data folder (~/.local/share/wplstudio) is
# not touched. Uninstall: sh packaging/linux/install.sh --remove
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$HOME/.local/opt/wplstudio"

if [ "${1:-}" = "--remove" ]; then
    rm -rf "$target" "$data/applications/wplstudio.desktop"
    for size in 16 24 32 48 64 128 256; do rm -f "$data/icons/hicolor/${size}x${size}/apps/wplstudio.png"; done
    echo "wplstudio removed (your data in $data/wplstudio is still there)"
    exit 0
fi

bundle="${1:-$root/dist/wplstudio}"
[ -x "$bundle/wplstudio" ] || { echo "no bundle in $bundle: build it with python packaging/build_bundle.py" >&2; exit 2; }
rm -rf "$target" && mkdir -p "$(dirname "$target")" && cp -a "$bundle" "$target"
for size in 16 24 32 48 64 128 256; do
    mkdir -p "$data/icons/hicolor/${size}x${size}/apps"
    cp "$target/_internal/resources/icons/wplstudio-$size.png" "$data/icons/hicolor/${size}x${size}/apps/wplstudio.png"
done
mkdir -p "$data/applications"
sed "s|^Exec=.*|Exec=$target/wplstudio|" "$here/wplstudio.desktop" > "$data/applications/wplstudio.desktop"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "wplstudio installed in $target; it is in the menu under Office"
