"""Redaction for case bundles handed to people who should not identify or contact the complainant.

Decisions (documented in the report and the CLI help):
- Images: ALL metadata is removed from JPEG, PNG and WebP — EXIF (GPS, camera serial, owner name,
  and also the capture time), XMP, IPTC, comments, text chunks, and anything after the image (MPO
  second frames). It is done losslessly at the container level (segments/chunks are dropped; the
  compressed image data is copied byte for byte, never re-encoded), then checked with Pillow: the
  result must decode and carry no EXIF. The capture time is not lost: the evidence row keeps
  `captured_at` as a field. The SHA-256 of a redacted image differs from the original's, so the
  row carries both (`sha256` of the bytes in the bundle, `original_sha256` of the vault's bytes).
- Evidence we cannot clean safely (HEIC, video with GPS atoms, PDFs with author metadata, audio,
  TIFF…) is withheld: the bundle lists its name, size and both hashes but not its bytes.
- The complainant's name becomes 张某 (surname + 某, as Chinese judgments anonymise; compound
  surnames such as 欧阳 are kept whole) or initials "C. T. M." for Latin names; the ID number,
  phone, e-mail and postal address are removed from the profile and from every text (letters,
  notes, facts, event notes), as are ID-number and mobile-number patterns wherever they appear.
- A letter's PDF as sent cannot be redacted reliably; it is withheld (its SHA-256 stays listed)
  and the redacted letter text travels instead.
"""

from __future__ import annotations

import io
import re
import struct
import warnings
from collections.abc import Iterable
from typing import Any

ID_REMOVED = "[证件号已删除]"
CONTACT_REMOVED = "[已删除]"

_COMPOUND_SURNAMES = (
    "欧阳", "司马", "诸葛", "上官", "东方", "皇甫", "尉迟", "公孙", "慕容", "令狐", "长孙", "宇文",
    "司徒", "夏侯", "端木", "申屠", "轩辕", "独孤", "南宫", "西门", "钟离", "澹台", "呼延", "百里",
)  # fmt: skip
# Mainland resident ID (18 characters, or the old 15 digits); Hong Kong ID (A123456(7)); mainland
# mobile numbers. Bounded by non-digits so longer numbers (tracking numbers, USCC) are left alone.
_ID_PATTERNS = (
    re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])"),
    re.compile(r"(?<![0-9A-Za-z])\d{15}(?![0-9A-Za-z])"),
    re.compile(r"(?<![0-9A-Za-z])[A-Z]{1,2}\d{6}\s?[(（]?[0-9A][)）]?(?![0-9A-Za-z])"),
)
_MOBILE = re.compile(r"(?<!\d)(?:\+?86[-\s]?)?1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}(?!\d)")


def _is_cjk(char: str) -> bool:
    return "\u3400" <= char <= "\u9fff" or "\uf900" <= char <= "\ufaff"


def masked_name(name: str) -> str:
    """张三 → 张某, 欧阳娜娜 → 欧阳某, Chan Tai Man → C. T. M., '' → ''."""
    name = name.strip()
    if not name:
        return ""
    if all(_is_cjk(c) or c in "·•" for c in name):
        for surname in _COMPOUND_SURNAMES:
            if name.startswith(surname) and len(name) > len(surname):
                return surname + "某"
        return name[0] + "某"
    parts = [p for p in re.split(r"[\s,.\-]+", name) if p]
    return " ".join(p[0].upper() + "." for p in parts)


class TextRedactor:
    """Replaces the complainant's identifying strings (and ID/mobile patterns) in any text."""

    def __init__(self, profiles: Iterable[dict[str, Any]]) -> None:
        replacements: dict[str, str] = {}
        for p in profiles:
            for key in ("id_number",):
                if p.get(key, "").strip():
                    replacements[p[key].strip()] = ID_REMOVED
            for key in ("phone", "email", "address"):
                if p.get(key, "").strip():
                    replacements[p[key].strip()] = CONTACT_REMOVED
            if p.get("name", "").strip():
                replacements[p["name"].strip()] = masked_name(p["name"])
        # Longest first, so "北京市朝阳区某路1号" goes before a shorter string inside it.
        self._pairs = sorted(replacements.items(), key=lambda kv: -len(kv[0]))

    def text(self, value: str) -> str:
        for old, new in self._pairs:
            value = value.replace(old, new)
        for pattern in _ID_PATTERNS:
            value = pattern.sub(ID_REMOVED, value)
        return _MOBILE.sub(CONTACT_REMOVED, value)

    def json_value(self, value: Any) -> Any:
        """Every string inside a JSON value (keys stay: they are field names)."""
        if isinstance(value, str):
            return self.text(value)
        if isinstance(value, list):
            return [self.json_value(v) for v in value]
        if isinstance(value, dict):
            return {k: self.json_value(v) for k, v in value.items()}
        return value


# --- images -----------------------------------------------------------------------------------------


class _CannotClean(Exception):
    pass


def _strip_jpeg(data: bytes) -> bytes:
    """Keep SOI, tables, frame and scan data; drop APPn except JFIF (APP0), ICC (APP2) and Adobe
    (APP14, needed for colours); drop COM; stop at EOI (drops MPO frames and trailers)."""
    if not data.startswith(b"\xff\xd8"):
        raise _CannotClean("not a JPEG")
    out = bytearray(b"\xff\xd8")
    pos = 2
    n = len(data)
    while pos < n:
        if data[pos] != 0xFF:
            raise _CannotClean("bad marker")
        while pos < n and data[pos] == 0xFF:
            pos += 1
        if pos >= n:
            raise _CannotClean("truncated")
        marker = data[pos]
        pos += 1
        if marker == 0xD9:  # EOI
            out += b"\xff\xd9"
            return bytes(out)
        if 0xD0 <= marker <= 0xD7 or marker == 0x01:
            out += bytes((0xFF, marker))
            continue
        if pos + 2 > n:
            raise _CannotClean("truncated")
        (length,) = struct.unpack(">H", data[pos : pos + 2])
        if length < 2 or pos + length > n:
            raise _CannotClean("bad segment length")
        segment = data[pos - 2 : pos + length]
        body = data[pos + 2 : pos + length]
        pos += length
        keep = True
        if 0xE0 <= marker <= 0xEF:
            keep = (
                (marker == 0xE0 and body.startswith(b"JFIF\x00"))
                or (marker == 0xE2 and body.startswith(b"ICC_PROFILE\x00"))
                or (marker == 0xEE and body.startswith(b"Adobe"))
            )
        elif marker == 0xFE:  # COM
            keep = False
        if keep:
            out += segment
        if marker == 0xDA:  # SOS: copy entropy-coded data up to the next real marker
            start = pos
            while True:
                nxt = data.find(b"\xff", pos)
                if nxt < 0 or nxt + 1 >= n:
                    raise _CannotClean("scan data runs to the end")
                follower = data[nxt + 1]
                if follower == 0x00 or 0xD0 <= follower <= 0xD7 or follower == 0xFF:
                    pos = nxt + 1 if follower == 0xFF else nxt + 2
                    continue
                out += data[start:nxt]
                pos = nxt
                break
    raise _CannotClean("no end of image")


_PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"
# Chunks needed to draw the image faithfully; everything else (eXIf, tEXt, zTXt, iTXt, tIME, private
# chunks) is dropped.
_PNG_KEEP = frozenset(
    {b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT",
     b"bKGD", b"pHYs", b"acTL", b"fcTL", b"fdAT", b"cICP"}
)  # fmt: skip


def _strip_png(data: bytes) -> bytes:
    if not data.startswith(_PNG_SIGNATURE):
        raise _CannotClean("not a PNG")
    out = bytearray(_PNG_SIGNATURE)
    pos = len(_PNG_SIGNATURE)
    while pos + 12 <= len(data):
        (length,) = struct.unpack(">I", data[pos : pos + 4])
        kind = data[pos + 4 : pos + 8]
        end = pos + 12 + length
        if end > len(data):
            raise _CannotClean("truncated chunk")
        if kind in _PNG_KEEP:
            out += data[pos:end]
        pos = end
        if kind == b"IEND":
            return bytes(out)
    raise _CannotClean("no IEND")


def _strip_webp(data: bytes) -> bytes:
    if len(data) < 12 or data[:4] != b"RIFF" or data[8:12] != b"WEBP":
        raise _CannotClean("not a WebP")
    chunks = bytearray()
    pos = 12
    (riff_size,) = struct.unpack("<I", data[4:8])
    end_of_riff = min(len(data), 8 + riff_size)
    while pos + 8 <= end_of_riff:
        kind = data[pos : pos + 4]
        (size,) = struct.unpack("<I", data[pos + 4 : pos + 8])
        padded = size + (size & 1)
        if pos + 8 + size > end_of_riff:
            raise _CannotClean("truncated chunk")
        payload = bytearray(data[pos + 8 : pos + 8 + size])
        if kind == b"VP8X" and payload:
            payload[0] &= ~(0x08 | 0x04) & 0xFF  # no EXIF, no XMP
        if kind not in (b"EXIF", b"XMP "):
            chunks += kind + struct.pack("<I", size) + payload + (b"\x00" if size & 1 else b"")
        pos += 8 + padded
    return b"RIFF" + struct.pack("<I", 4 + len(chunks)) + b"WEBP" + bytes(chunks)


_STRIPPERS = {"image/jpeg": _strip_jpeg, "image/png": _strip_png, "image/webp": _strip_webp}


def _check_with_pillow(data: bytes) -> None:
    from PIL import Image

    with warnings.catch_warnings():
        warnings.simplefilter("error")  # DecompressionBombWarning becomes an error
        with Image.open(io.BytesIO(data), formats=("JPEG", "PNG", "WEBP")) as image:
            image.load()
            if len(image.getexif()) or image.info.get("exif") or image.info.get("xmp"):
                raise _CannotClean("metadata left after stripping")


def clean_image(data: bytes, mime: str) -> bytes | None:
    """The image without metadata (lossless), or None when it cannot be cleaned and must be withheld."""
    stripper = _STRIPPERS.get(mime)
    if stripper is None:
        return None
    try:
        cleaned = stripper(data)
        _check_with_pillow(cleaned)
    except Exception:  # noqa: BLE001 - anything odd about the image means: do not hand it out
        return None
    return cleaned
