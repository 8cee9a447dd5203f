"""The committed platform icons (packaging/linux/icons, .ico, .icns) show the current app icon SVG.

Windows, macOS and Flatpak builds take the committed files; if resources/icons/faceledger.svg changed
and nobody re-ran `packaging/make_icons.py`, they would ship the old icon.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest
from PIL import Image, ImageChops

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO / "packaging"))
import make_icons  # noqa: E402


@pytest.mark.parametrize("size", [16, 48, 256])
def test_hicolor_png_matches_the_svg(qapp: object, size: int) -> None:
    hicolor = REPO / "packaging" / "linux" / "icons" / "hicolor"
    committed = hicolor / f"{size}x{size}" / "apps" / f"{make_icons.APP_ID}.png"
    fresh = Image.open(io.BytesIO(make_icons.render_png(make_icons.SOURCE_SVG, size))).convert("RGBA")
    with Image.open(committed) as old:
        diff = ImageChops.difference(old.convert("RGBA"), fresh)
    worst = max(high for _, high in diff.getextrema())  # type: ignore[misc]
    assert worst <= 8, f"{committed.name} {size}px is stale: run .venv/bin/python packaging/make_icons.py"


def test_ico_and_icns_hold_every_size(qapp: object) -> None:
    with Image.open(REPO / "packaging/windows/faceledger.ico") as ico:
        assert sorted(ico.info["sizes"]) == [(s, s) for s in make_icons.ICO_SIZES]
    with Image.open(REPO / "packaging/macos/FaceLedger.icns") as icns:
        assert max(icns.info["sizes"])[:2] == (512, 512)
