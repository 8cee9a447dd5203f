#!/usr/bin/env bash
# Debian tools the tests use: poppler-utils (pdftotext, pdffonts, pdftoppm) to check real PDFs,
# xvfb for screenshots, and the shared libraries Qt's offscreen platform loads.
# Installs what is missing when we may (root or passwordless sudo); otherwise says what is missing
# and the tests that need a tool skip with that reason.
set -u
need_cmds=(pdftotext pdffonts pdftoppm Xvfb xdotool  # xdotool: Xvfb walks of the record form (docs/ACCESSIBILITY.md)
           appstreamcli desktop-file-validate strip readelf shellcheck  # packaging: validators, binutils
           age age-keygen script)  # case bundles: interop with the age reference tool (script gives it a tty)
need_libs=(libEGL.so.1 libxkbcommon.so.0 libfontconfig.so.1 libdbus-1.so.3 libGL.so.1
           libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxcb-shape.so.0 libxcb-render-util.so.0
           libxcb-image.so.0 libxkbcommon-x11.so.0)  # the xcb platform plugin (Xvfb screenshots)
pkgs=(poppler-utils xvfb xauth libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3
      libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0 libxcb-xkb1 libxcb-render-util0 libxcb-image0
      appstream desktop-file-utils binutils shellcheck age bsdutils xdotool)
missing=0
for c in "${need_cmds[@]}"; do command -v "$c" >/dev/null 2>&1 || missing=1; done
for l in "${need_libs[@]}"; do ldconfig -p 2>/dev/null | grep -q "$l" || missing=1; done
[ "$missing" = 0 ] && exit 0
if ! command -v apt-get >/dev/null 2>&1; then
  echo "note: not a Debian-like system; install poppler-utils and xvfb yourself (tests needing them skip)" >&2
  exit 0
fi
SUDO=""
if [ "$(id -u)" != 0 ]; then
  if sudo -n true 2>/dev/null; then SUDO="sudo -n"; else
    echo "note: cannot install ${pkgs[*]} without root; tests needing them skip" >&2; exit 0; fi
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq >/dev/null || true
$SUDO apt-get install -y -qq --no-install-recommends "${pkgs[@]}" >/dev/null || \
  echo "note: apt-get install failed; tests needing these tools skip" >&2
exit 0
