#!/usr/bin/env bash
# macOS release: FaceLedger.app in a DMG. Runs ON macOS ONLY (hdiutil, codesign, notarytool, iconutil are
# Apple tools); it has never been run on the Linux machine where this project is developed.
#
#   python3.11 -m venv .venv && .venv/bin/pip install -e '.[package]'
#   bash packaging/macos/make-dmg.sh
#
# Optional signing and notarization (both needed for Gatekeeper to open the app without a warning):
#   CODESIGN_IDENTITY="Developer ID Application: NAME (TEAMID)"
#   NOTARY_PROFILE=<keychain profile made with `xcrun notarytool store-credentials`>
# Output: dist/FaceLedger-<version>-macos-<arch>.dmg
set -euo pipefail

[ "$(uname -s)" = Darwin ] || { echo "make-dmg.sh: macOS only" >&2; exit 2; }
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$REPO"
PY="${PY:-$REPO/.venv/bin/python}"
VERSION="$("$PY" -c 'import app; print(app.__version__)')"
ARCH="$(uname -m)"
APP="$REPO/dist/FaceLedger.app"
DMG="$REPO/dist/FaceLedger-$VERSION-macos-$ARCH.dmg"

"$PY" tools/build_translations.py
"$PY" -m PyInstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
    packaging/pyinstaller/faceledger.spec

# PyInstaller signs every collected binary and then the .app with CODESIGN_IDENTITY (read by the spec),
# using the hardened runtime and entitlements.plist; without an identity it signs ad hoc.
if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$APP"
else
    echo "note: CODESIGN_IDENTITY not set: the app is ad-hoc signed; Gatekeeper will warn" >&2
fi

"$APP/Contents/MacOS/faceledger-cli" --version  # the frozen app starts at all

STAGE="$(mktemp -d)"
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"
# Licences visible in the disk image (the .app also has them in Contents/Resources/licenses or _internal).
mkdir -p "$STAGE/Licenses" && cp LICENSE packaging/licenses/* "$STAGE/Licenses/"
rm -f "$DMG"
hdiutil create -volname "FaceLedger $VERSION" -srcfolder "$STAGE" -fs HFS+ -format UDZO -ov "$DMG"
rm -rf "$STAGE"

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --timestamp --sign "$CODESIGN_IDENTITY" "$DMG"
fi
if [ -n "${NOTARY_PROFILE:-}" ]; then
    xcrun notarytool submit "$DMG" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$DMG"
fi
shasum -a 256 "$DMG" > "$DMG.sha256"
echo "== $DMG ($(du -h "$DMG" | cut -f1))"
