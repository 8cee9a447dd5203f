"""Decoding evidence pictures safely (TEST-MATRIX I5), from memory only (P4).

Evidence files come from anywhere (a phone, a chat app, a stranger). Before any pixel is decoded:
- the format is decided from the content and must be on an allow-list (png, jpeg, webp, gif, bmp);
  pdf, heic, tiff, audio and everything else are listed with an icon and never decoded here;
- the header's dimensions must fit MAX_SIDE and the decoded image must fit ALLOCATION_LIMIT_MB
  (QImageReader.setAllocationLimit is set explicitly; Qt's default would be 256 MB too, but we do
  not rely on a default);
- a truncated or corrupt file yields None, never an exception into the UI.

These functions are pure Qt-GUI (QImage, no widgets) and are called on the DB worker thread, so
a large JPEG never stalls the window. Nothing is written to disk: the bytes go through a QBuffer.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
from PySide6.QtGui import QImage, QImageReader

ALLOWED_FORMATS = frozenset({"png", "jpeg", "jpg", "webp", "gif", "bmp"})
ALLOCATION_LIMIT_MB = 256
MAX_SIDE = 16_384  # larger than any phone photo; a 20,000 × 20,000 header is refused before decoding
THUMBNAIL_SIZE = QSize(160, 160)


@dataclass(frozen=True)
class DecodeResult:
    image: QImage | None
    reason: str  # "" when decoded; else "unsupported", "too_large", "corrupt"


def _reader(data: bytes) -> tuple[QImageReader, QBuffer]:
    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(buffer)
    reader.setDecideFormatFromContent(True)
    reader.setAllocationLimit(ALLOCATION_LIMIT_MB)
    reader.setAutoTransform(True)  # honour EXIF orientation
    return reader, buffer


def probe_format(data: bytes) -> str:
    """The image format Qt sees in the content ("" if none or not allowed)."""
    reader, buffer = _reader(data)
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    buffer.close()
    return fmt if fmt in ALLOWED_FORMATS else ""


def decode_image(data: bytes, max_size: QSize | None = None) -> DecodeResult:
    """Decode an allowed picture, optionally scaled down to fit `max_size` (keeping its shape)."""
    reader, buffer = _reader(data)
    try:
        fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
        if fmt not in ALLOWED_FORMATS:
            return DecodeResult(None, "unsupported")
        size = reader.size()
        if not size.isValid() or size.width() <= 0 or size.height() <= 0:
            return DecodeResult(None, "corrupt")
        if size.width() > MAX_SIDE or size.height() > MAX_SIDE:
            return DecodeResult(None, "too_large")
        if size.width() * size.height() * 4 > ALLOCATION_LIMIT_MB * 1024 * 1024:
            return DecodeResult(None, "too_large")
        if max_size is not None and (size.width() > max_size.width() or size.height() > max_size.height()):
            # Decoders that can (JPEG) decode straight at the smaller size: less memory, less time.
            reader.setScaledSize(size.scaled(max_size, Qt.AspectRatioMode.KeepAspectRatio))
        image = reader.read()
        if image.isNull():
            return DecodeResult(None, "corrupt")
        if max_size is not None and (image.width() > max_size.width() or image.height() > max_size.height()):
            image = image.scaled(
                max_size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        return DecodeResult(image, "")
    finally:
        buffer.close()


def thumbnail(data: bytes) -> DecodeResult:
    return decode_image(data, THUMBNAIL_SIZE)
