"""Small helpers shared by the UI tests (not fixtures)."""

from __future__ import annotations

import struct
import zlib
from typing import Any

from tests.ui.conftest import PASSPHRASE, unlock

__all__ = ["PASSPHRASE", "answer_minimum", "png_bytes", "tiny_pdf", "unlock", "wait_idle"]


def answer_minimum(form: Any, *, day: str = "2025-03-01", place_type: str = "residential_compound") -> None:
    """Answer what every record needs before it saves (date, kind of place), as a person would."""
    form.fields["date"].widget.line.setText(day)
    combo = form.fields["place_type"].widget
    combo.setCurrentIndex(combo.findData(place_type))


def _chunk(kind: bytes, data: bytes) -> bytes:
    return (
        struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    )


def png_bytes(width: int, height: int, *, pixels: bytes | None = None) -> bytes:
    """A PNG whose IHDR claims width×height; IDAT is tiny unless real pixels are given.

    With a huge IHDR this is the cheap "decompression bomb" header of TEST-MATRIX I5.
    """
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    if pixels is None:
        raw = (
            b"".join(b"\x00" + bytes([200, 60, 60]) * width for _ in range(height))
            if width * height <= 4096
            else b"\x00" * 16
        )
    else:
        raw = pixels
    return (
        b"\x89PNG\r\n\x1a\n"
        + _chunk(b"IHDR", ihdr)
        + _chunk(b"IDAT", zlib.compress(raw))
        + _chunk(b"IEND", b"")
    )


def tiny_pdf() -> bytes:
    return (
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )


def wait_idle(qtbot: Any, window: Any, timeout: int = 10_000) -> None:
    """Wait until every DB op queued so far delivered its result on the GUI thread."""
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=timeout)


PLACES = [
    "阳光花园小区",
    "幸福家园",
    "西湖大酒店",
    "万象购物中心",
    "动力健身会所",
    "湿地公园",
    "第十二中学",
    "城东支行",
]
CITIES = ["杭州", "上海", "天津", "北京", "深圳", "广州", "南京", "成都"]
PLACE_TYPES = [
    "residential_compound",
    "hotel",
    "shopping_mall",
    "gym_or_sports_venue",
    "school_or_campus",
    "bank",
    "tourist_site",
    "workplace",
]


def bulk_insert_records(vault_path: Any, count: int, passphrase: str = PASSPHRASE) -> float:
    """Write `count` generated records in ONE transaction, fast; returns the seconds it took.

    Goes through app.vault (key, pragmas) and app.search (the same index text as add_record), but
    inserts rows with executemany instead of add_record's per-row validation: every generated fact
    set comes from the same few valid templates (checked once with validate_facts below).
    """
    import json
    import time
    import uuid as uuid_mod

    from app.facts import validate_facts
    from app.search import record_index_text
    from app.vault import Vault

    started = time.monotonic()
    now = "2026-01-01T00:00:00+00:00"
    rows = []
    fts = []
    for n in range(count):
        place = f"{PLACES[n % len(PLACES)]}{n}号"
        facts = {
            "jurisdiction": "CN",
            "date": f"20{15 + n % 10}-{n % 12 + 1:02d}-{n % 28 + 1:02d}",
            "place_type": PLACE_TYPES[n % len(PLACE_TYPES)],
            "place_name": place,
            "city": CITIES[(n // 3) % len(CITIES)],
            "handler": {"name": f"某某{n % 97}有限公司"},
            "consent": ["not_asked", "bundled", "separate"][n % 3],
            "alternative": ["none", "offered"][n % 2],
        }
        if n < 3:
            validate_facts(facts)
        rows.append(
            (
                n + 1,
                str(uuid_mod.uuid4()),
                json.dumps(facts, ensure_ascii=False, sort_keys=True),
                facts["place_type"],
                facts["city"],
                facts["date"],
                facts["date"],
                facts["handler"]["name"],
                "",
                now,
                now,
            )
        )
        fts.append((n + 1, record_index_text(facts, "")))
    with Vault.open(vault_path, passphrase) as vault, vault.write() as conn:
        conn.executemany(
            "INSERT INTO records(id, uuid, facts_json, place_type, city, date, last_seen, handler_name,"
            " notes, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            rows,
        )
        conn.executemany("INSERT INTO records_fts(rowid, tokens) VALUES (?, ?)", fts)
    return time.monotonic() - started
