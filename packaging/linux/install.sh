#!/usr/bin/env bash
# Install FaceLedger 人脸账本 from this unpacked tarball. No Python or other software is needed.
#
#   ./install.sh               for you only: ~/.local/lib/faceledger, ~/.local/bin/faceledger, menu entry
#   sudo ./install.sh          for everyone: /opt/faceledger, /usr/local/bin/faceledger, menu entry
#   ./install.sh --prefix DIR  into DIR/lib/faceledger, DIR/bin, DIR/share (for packagers)
#   ./install.sh --uninstall   (with the same options) removes the program; your vaults are never touched
#
# Your data (vaults, backups, settings) lives elsewhere, in ~/.local/share/FaceLedger and
# ~/.config/FaceLedger, and neither installing, upgrading nor uninstalling changes it.
set -euo pipefail

APP_ID="org.faceledger.FaceLedger"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
MARKER=".faceledger-install"

usage() { sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; }

mode=""; prefix=""; uninstall=0
while [ $# -gt 0 ]; do
    case "$1" in
        --user) mode=user ;;
        --system) mode=system ;;
        --prefix) [ $# -ge 2 ] || { echo "install.sh: --prefix needs a folder" >&2; exit 2; }
                  mode=prefix; prefix="$2"; shift ;;
        --prefix=*) mode=prefix; prefix="${1#--prefix=}" ;;
        --uninstall) uninstall=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "install.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    esac
    shift
done
if [ -z "$mode" ]; then
    if [ "$(id -u)" = 0 ]; then mode=system; else mode=user; fi
fi

case "$mode" in
    user)
        APPDIR="$HOME/.local/lib/faceledger"
        BINDIR="$HOME/.local/bin"
        DATADIR="${XDG_DATA_HOME:-$HOME/.local/share}" ;;
    system)
        APPDIR="/opt/faceledger"
        BINDIR="/usr/local/bin"
        DATADIR="/usr/local/share" ;;
    prefix)
        mkdir -p "$prefix"
        prefix="$(cd "$prefix" && pwd)"
        APPDIR="$prefix/lib/faceledger"
        BINDIR="$prefix/bin"
        DATADIR="$prefix/share" ;;
esac

case "$APPDIR" in
    *[\"\`\$\\]*|*$'\n'*) echo "install.sh: please choose a folder without \" \` \$ \\ or line breaks" >&2; exit 2 ;;
esac

DESKTOP="$DATADIR/applications/$APP_ID.desktop"
METAINFO="$DATADIR/metainfo/$APP_ID.metainfo.xml"
ICON_FILES=()
while IFS= read -r -d '' f; do ICON_FILES+=("${f#"$HERE/share/icons/"}"); done \
    < <(find "$HERE/share/icons" -type f -print0 2>/dev/null)

refresh_caches() {
    # Best effort: menus pick the entry up anyway at next login.
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database -q "$DATADIR/applications" 2>/dev/null || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -q -t "$DATADIR/icons/hicolor" 2>/dev/null || true
    fi
}

if [ "$uninstall" = 1 ]; then
    if [ -d "$APPDIR" ] && [ ! -e "$APPDIR/$MARKER" ]; then
        echo "install.sh: $APPDIR was not made by this installer; not removing it" >&2
        exit 1
    fi
    rm -rf "$APPDIR"
    if [ -L "$BINDIR/faceledger" ] && [ "$(readlink "$BINDIR/faceledger")" = "$APPDIR/faceledger" ]; then
        rm -f "$BINDIR/faceledger"
    fi
    rm -f "$DESKTOP" "$METAINFO"
    for icon in "${ICON_FILES[@]}"; do rm -f "$DATADIR/icons/$icon"; done
    refresh_caches
    echo "FaceLedger removed from $APPDIR. Your vaults and settings were not touched."
    exit 0
fi

[ -x "$HERE/faceledger/faceledger" ] || { echo "install.sh: run me from the unpacked tarball" >&2; exit 1; }
if [ -e "$APPDIR" ] && [ ! -e "$APPDIR/$MARKER" ]; then
    echo "install.sh: $APPDIR exists and was not made by this installer; not overwriting it" >&2
    exit 1
fi

# Copy next to the old version, then swap, so an interrupted upgrade leaves a working program.
mkdir -p "$(dirname "$APPDIR")" "$BINDIR" "$DATADIR/applications" "$DATADIR/metainfo"
rm -rf "$APPDIR.new" "$APPDIR.old"
cp -a "$HERE/faceledger" "$APPDIR.new"
touch "$APPDIR.new/$MARKER"
if ! "$APPDIR.new/faceledger" --version >/dev/null 2>"$APPDIR.new/.check.log"; then
    echo "install.sh: the program does not start on this system:" >&2
    cat "$APPDIR.new/.check.log" >&2
    rm -rf "$APPDIR.new"
    exit 1
fi
rm -f "$APPDIR.new/.check.log"
[ -e "$APPDIR" ] && mv "$APPDIR" "$APPDIR.old"
mv "$APPDIR.new" "$APPDIR"
rm -rf "$APPDIR.old"

ln -sfn "$APPDIR/faceledger" "$BINDIR/faceledger"

# The menu entry points at the installed program itself, so it works even if BINDIR is not on PATH.
# The path is written in double quotes (desktop-entry rule for spaces); paths that would need more
# escaping than that were refused above.
while IFS= read -r line || [ -n "$line" ]; do
    case "$line" in
        Exec=faceledger*) printf 'Exec="%s"%s\nTryExec=%s\n' "$APPDIR/faceledger" "${line#Exec=faceledger}" "$APPDIR/faceledger" ;;
        *) printf '%s\n' "$line" ;;
    esac
done < "$HERE/share/applications/$APP_ID.desktop" > "$DESKTOP.tmp"
mv "$DESKTOP.tmp" "$DESKTOP"
cp "$HERE/share/metainfo/$APP_ID.metainfo.xml" "$METAINFO"
for icon in "${ICON_FILES[@]}"; do
    mkdir -p "$(dirname "$DATADIR/icons/$icon")"
    cp "$HERE/share/icons/$icon" "$DATADIR/icons/$icon"
done
refresh_caches

version="$("$APPDIR/faceledger" --version 2>/dev/null || true)"
echo "Installed ${version:-FaceLedger} in $APPDIR"
echo "  menu entry: $DESKTOP"
echo "  command:    $BINDIR/faceledger"
case ":$PATH:" in
    *":$BINDIR:"*) ;;
    *) echo "  note: $BINDIR is not on your PATH; the menu entry works anyway." ;;
esac
