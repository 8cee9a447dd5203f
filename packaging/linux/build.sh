#!/usr/bin/env bash
# Build the Linux release: a PyInstaller one-folder bundle and a tarball with an install script.
#
#   bash packaging/linux/build.sh            (make package runs this after setting up .venv)
#
# Output: dist/faceledger/                                   the bundle (dist/faceledger/faceledger)
#         dist/FaceLedger-<version>-linux-<arch>.tar.gz      bundle + desktop entry, metainfo, icons, install.sh
#         dist/FaceLedger-<version>-linux-<arch>.tar.gz.sha256
# No AppImage: appimagetool and its runtime are not in Debian or PyPI except as downloads of prebuilt
# binaries at build time, which this build does not do (see packaging/README.md).
set -euo pipefail

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
PY="${PY:-$REPO/.venv/bin/python}"
APP_ID="org.faceledger.FaceLedger"
VERSION="$("$PY" -c 'import app; print(app.__version__)')"
ARCH="$(uname -m)"
NAME="FaceLedger-$VERSION-linux-$ARCH"
BUNDLE="$REPO/dist/faceledger"

echo "== FaceLedger $VERSION ($ARCH)"
"$PY" tools/build_translations.py
"$PY" packaging/make_icons.py

"$PY" -m PyInstaller --noconfirm --clean --log-level WARN \
    --distpath "$REPO/dist" --workpath "$REPO/build/pyinstaller" packaging/pyinstaller/faceledger.spec

# Drop DWARF debug info (it only records where upstream compiled things; 35 MB). Symbol tables stay,
# so nothing a library resolves at run time changes: this is `strip --strip-debug`, not `strip`.
if command -v strip >/dev/null 2>&1 && command -v readelf >/dev/null 2>&1; then
    stripped=0
    while IFS= read -r -d '' f; do
        # grep without -q reads to the end: an early exit would SIGPIPE readelf and, under pipefail,
        # turn a match into a miss.
        if readelf -S "$f" 2>/dev/null | grep '\.debug_info' >/dev/null; then
            strip --strip-debug "$f"
            stripped=$((stripped + 1))
        fi
    # Shared libraries only: the executable carries the bundle's archive after its ELF end; strip cuts it.
    done < <(find "$BUNDLE/_internal" -type f \( -name '*.so' -o -name '*.so.*' \) -print0)
    echo "stripped debug info from $stripped files"
else
    echo "note: binutils (strip, readelf) not found; the bundle keeps its debug info" >&2
fi

# A release must not carry this machine's paths (the source checkout, the virtualenv).
for leak in "$REPO" "$(cd "$("$PY" -c 'import sys; print(sys.prefix)')" && pwd -P)"; do
    if grep -r -l -a -F -- "$leak" "$BUNDLE" >/dev/null 2>&1; then
        echo "error: the bundle contains the build path $leak:" >&2
        grep -r -l -a -F -- "$leak" "$BUNDLE" >&2 || true
        exit 1
    fi
done
if find "$BUNDLE" -name '__pycache__' -o -name '*.pyc' | grep -q .; then
    echo "error: loose __pycache__/.pyc files in the bundle" >&2
    exit 1
fi

# --- tarball -------------------------------------------------------------------------------------------
STAGE="$REPO/build/tarball/$NAME"
rm -rf "$REPO/build/tarball"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/icons/hicolor/scalable/apps"
cp -a "$BUNDLE" "$STAGE/faceledger"
cp packaging/linux/$APP_ID.desktop "$STAGE/share/applications/"
cp packaging/linux/$APP_ID.metainfo.xml "$STAGE/share/metainfo/"
cp -a packaging/linux/icons/hicolor/. "$STAGE/share/icons/hicolor/"
cp resources/icons/faceledger.svg "$STAGE/share/icons/hicolor/scalable/apps/$APP_ID.svg"
install -m 0755 packaging/linux/install.sh "$STAGE/install.sh"
cp packaging/linux/README-tarball.txt "$STAGE/README.txt"
# Licences beside the README too (the bundle also has them in faceledger/_internal/licenses/).
mkdir -p "$STAGE/licenses" && cp LICENSE packaging/licenses/* "$STAGE/licenses/"

# Archive with fixed order, owner and time (the last commit's, when there is a git history).
EPOCH="${SOURCE_DATE_EPOCH:-$(git -C "$REPO" log -1 --format=%ct 2>/dev/null || date +%s)}"
TARBALL="$REPO/dist/$NAME.tar.gz"
tar --sort=name --owner=0 --group=0 --numeric-owner --mtime="@$EPOCH" \
    -C "$REPO/build/tarball" -cf - "$NAME" | gzip -n -6 > "$TARBALL"  # -9: 3x the time for 0.5% less
(cd "$REPO/dist" && sha256sum "$NAME.tar.gz" > "$NAME.tar.gz.sha256")

echo "== bundle: $(du -sh "$BUNDLE" | cut -f1)  ($BUNDLE)"
echo "== tarball: $(du -h "$TARBALL" | cut -f1)  ($TARBALL)"
