"""A photo's EXIF GPS position — read only when the person asks for it (see store.set_gps).

The evidence stays as it was stored; this only reads its GPS IFD. Nothing here writes anything.
"""

from __future__ import annotations

import io
import math
import warnings
from typing import Any

from app.evidence import get_evidence_bytes
from app.vault import Vault

_GPS_IFD = 0x8825
_LAT_REF, _LAT, _LON_REF, _LON = 1, 2, 3, 4
_FORMATS = ("JPEG", "PNG", "WEBP", "TIFF", "MPO")


def _degrees(value: Any) -> float | None:
    try:
        d, m, s = (float(part) for part in value)
    except (TypeError, ValueError, ZeroDivisionError):
        return None
    result = d + m / 60 + s / 3600
    return result if math.isfinite(result) else None


def gps_position(data: bytes) -> tuple[float, float] | None:
    """(lon, lat) from an image's EXIF GPS tags, or None (no tags, broken or hostile file)."""
    if not data.startswith((b"\xff\xd8\xff", b"\x89PNG", b"RIFF", b"II*\x00", b"MM\x00*")):
        return None
    try:
        from PIL import Image

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=_FORMATS) as image:
                gps = image.getexif().get_ifd(_GPS_IFD)
    except Exception:  # noqa: BLE001 - a broken image simply has no position
        return None
    lat, lon = _degrees(gps.get(_LAT)), _degrees(gps.get(_LON))
    if lat is None or lon is None:
        return None
    if str(gps.get(_LAT_REF, "N")).upper().startswith("S"):
        lat = -lat
    if str(gps.get(_LON_REF, "E")).upper().startswith("W"):
        lon = -lon
    if not (-90 <= lat <= 90 and -180 <= lon <= 180):
        return None
    return lon, lat


def evidence_gps(vault: Vault, evidence_id: int) -> tuple[float, float] | None:
    return gps_position(get_evidence_bytes(vault, evidence_id))
