"""Render the app icon (resources/icons/faceledger.svg, owned by the UI) for every platform.

    .venv/bin/python packaging/make_icons.py

Writes packaging/linux/icons/hicolor/<N>x<N>/apps/org.faceledger.FaceLedger.png (freedesktop sizes),
packaging/windows/faceledger.ico and packaging/macos/FaceLedger.icns. The outputs are committed so the
Windows, macOS and Flatpak builds need no renderer; `make package` re-runs this, so a changed SVG
shows up as a diff.
"""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
APP_ID = "org.faceledger.FaceLedger"
SOURCE_SVG = REPO / "resources" / "icons" / "faceledger.svg"
HICOLOR_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def render_png(svg: Path, size: int) -> bytes:
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"{svg}: not a valid SVG")
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_if_changed(path: Path, data: bytes) -> None:
    if path.exists() and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    print(f"wrote {path.relative_to(REPO)}")


def main() -> int:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PIL import Image
    from PySide6.QtGui import QGuiApplication

    if not SOURCE_SVG.exists():
        print(f"error: {SOURCE_SVG.relative_to(REPO)} is missing (the UI owns the app icon)", file=sys.stderr)
        return 1
    _app = QGuiApplication.instance() or QGuiApplication([])  # QSvgRenderer needs fonts for <text>
    pngs = {size: render_png(SOURCE_SVG, size) for size in sorted({*HICOLOR_SIZES, *ICO_SIZES, *ICNS_SIZES})}

    for size in HICOLOR_SIZES:
        target = REPO / "packaging/linux/icons/hicolor" / f"{size}x{size}" / "apps" / f"{APP_ID}.png"
        write_if_changed(target, pngs[size])

    # Pillow writes both container formats from the largest image plus the exact sizes we rendered.
    for fmt, target, sizes in (
        ("ICO", REPO / "packaging/windows/faceledger.ico", ICO_SIZES),
        ("ICNS", REPO / "packaging/macos/FaceLedger.icns", ICNS_SIZES),
    ):
        images = [Image.open(io.BytesIO(pngs[s])).convert("RGBA") for s in sizes]
        out = io.BytesIO()
        if fmt == "ICO":
            images[-1].save(out, format="ICO", sizes=[(s, s) for s in sizes], append_images=images[:-1])
        else:
            images[-1].save(out, format="ICNS", append_images=images[:-1])
        write_if_changed(target, out.getvalue())
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
