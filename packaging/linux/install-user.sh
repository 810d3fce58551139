#!/bin/sh
# Install Not Alone for the current user, without administrator rights, from the unpacked portable archive:
#   ./install-user.sh               copy this folder to ~/.local/opt/notalone, add the menu entry, the icon and
#                                   ~/.local/bin/notalone
#   ./install-user.sh --uninstall   remove them again (the family's data in ~/.local/share/notalone-desktop stays)
# XDG_DATA_HOME and NOTALONE_PREFIX (default ~/.local) are honoured.
set -eu

prefix="${NOTALONE_PREFIX:-$HOME/.local}"
data_home="${XDG_DATA_HOME:-$HOME/.local/share}"
target="$prefix/opt/notalone"
here="$(cd "$(dirname "$0")" && pwd)"
sizes="16 32 48 64 128 256"

uninstall() {
    rm -f "$prefix/bin/notalone" "$data_home/applications/notalone.desktop" \
        "$data_home/icons/hicolor/scalable/apps/notalone.svg"
    for size in $sizes; do rm -f "$data_home/icons/hicolor/${size}x${size}/apps/notalone.png"; done
    rm -rf "$target"
    echo "Not Alone was removed. The family's data stays in $data_home/notalone-desktop."
}

if [ "${1:-}" = "--uninstall" ]; then
    uninstall
    exit 0
fi
if [ "$#" -gt 0 ]; then
    echo "usage: $0 [--uninstall]" >&2
    exit 2
fi
if [ ! -x "$here/notalone" ]; then
    echo "install-user.sh: error: run it from the unpacked Not Alone folder (no program found in $here)" >&2
    exit 2
fi

if [ "$here" != "$target" ]; then
    rm -rf "$target.new"
    mkdir -p "$prefix/opt"
    cp -R "$here" "$target.new"
    rm -rf "$target"
    mv "$target.new" "$target"
fi
mkdir -p "$prefix/bin" "$data_home/applications" "$data_home/icons/hicolor/scalable/apps"
ln -sf "$target/notalone" "$prefix/bin/notalone"
for size in $sizes; do
    mkdir -p "$data_home/icons/hicolor/${size}x${size}/apps"
    cp "$target/icons/hicolor/${size}x${size}/apps/notalone.png" "$data_home/icons/hicolor/${size}x${size}/apps/"
done
cp "$target/icons/notalone.svg" "$data_home/icons/hicolor/scalable/apps/notalone.svg"
# The menu entry starts the program by its full path: ~/.local/bin is not on every desktop session's PATH.
sed "s|^Exec=notalone|Exec=\"$target/notalone\"|" "$target/notalone.desktop" > "$data_home/applications/notalone.desktop"
if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$data_home/applications" || true
fi
echo "Not Alone is installed in $target; start it from the menu or with $prefix/bin/notalone."
