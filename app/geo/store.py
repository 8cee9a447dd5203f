"""Record places in the vault (table record_places, migration 6): code, position, corrections, GPS.

Writing a record codes its place in the same transaction (app/records.py calls `place_on_write`).
A user's correction (`set_place`) sticks while the record's city/address text stays the same; when
that text changes the place is read again, since the correction was about the old text.
A photo's GPS position is stored only with the person's consent (`set_gps(..., consent=True)`),
never leaves this table (case bundles do not read it; the anonymised statistics and map exports
use only the code and the unit's seat), and can be removed at any time.
"""

from __future__ import annotations

import json
import math
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from typing import Any

from app.errors import InvalidInput, NotFound, OperationCancelled
from app.geo.coding import Placement, code_facts, location_text
from app.geo.gazetteer import load_gazetteer
from app.vault import Vault

SOURCES = ("auto", "user")
_BATCH = 1000


@dataclass(frozen=True)
class RecordPlace:
    record_id: int
    code: str  # '' = not recognised
    name: str  # full name of the unit (辽宁省朝阳市), '' when not coded
    lon: float | None
    lat: float | None
    source: str  # auto | user
    alternatives: tuple[str, ...]
    gps_lon: float | None
    gps_lat: float | None
    gps_consent_at: str | None
    coded_from: str = ""  # the place text an automatic code was read from (a correction holds while equal)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _write_placement(conn: Any, record_id: int, placement: Placement, coded_from: str, source: str) -> None:
    conn.execute(
        "INSERT INTO record_places(record_id, code, lon, lat, source, coded_from, alternatives, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
        " ON CONFLICT(record_id) DO UPDATE SET code = excluded.code, lon = excluded.lon, lat = excluded.lat,"
        " source = excluded.source, coded_from = excluded.coded_from, alternatives = excluded.alternatives,"
        " main_ground = NULL, ground_rules = NULL, updated_at = excluded.updated_at",
        (
            record_id,
            placement.code,
            placement.lon,
            placement.lat,
            source,
            coded_from,
            ",".join(placement.alternatives),
            _now(),
        ),
    )


def _has_places_table(conn: Any) -> bool:
    return (
        conn.execute("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'record_places'").fetchone()
        is not None
    )


def place_on_write(conn: Any, record_id: int, facts: dict[str, Any]) -> None:
    """Inside a record's write transaction: (re)code its place unless a correction still applies.

    A vault opened at an older schema (only tests build those; Vault.open migrates) has no
    record_places table yet: nothing is coded then, and code_unplaced() catches up later."""
    if not _has_places_table(conn):
        return
    text = location_text(facts)
    row = conn.execute(
        "SELECT source, coded_from FROM record_places WHERE record_id = ?", (record_id,)
    ).fetchone()
    if row is not None and row[0] == "user" and row[1] == text:
        # Same place text, the user's code stands; the facts may have changed, so the ground not.
        conn.execute(
            "UPDATE record_places SET main_ground = NULL, ground_rules = NULL WHERE record_id = ?",
            (record_id,),
        )
        return
    _write_placement(conn, record_id, code_facts(facts), text, "auto")


def get_place(vault: Vault, record_id: int) -> RecordPlace | None:
    row = vault.conn.execute(
        "SELECT code, lon, lat, source, alternatives, gps_lon, gps_lat, gps_consent_at, coded_from"
        " FROM record_places WHERE record_id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        if vault.conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
            raise NotFound(f"no record with id {record_id}")
        return None
    gazetteer = load_gazetteer()
    code = str(row[0])
    return RecordPlace(
        record_id=record_id,
        code=code,
        name=gazetteer.full_name(code) if gazetteer.get(code) else "",
        lon=row[1],
        lat=row[2],
        source=str(row[3]),
        alternatives=tuple(c for c in str(row[4]).split(",") if c),
        gps_lon=row[5],
        gps_lat=row[6],
        gps_consent_at=row[7],
        coded_from=str(row[8]),
    )


def _facts_of(conn: Any, record_id: int) -> dict[str, Any]:
    row = conn.execute("SELECT facts_json FROM records WHERE id = ?", (record_id,)).fetchone()
    if row is None:
        raise NotFound(f"no record with id {record_id}")
    facts: dict[str, Any] = json.loads(row[0])
    return facts


def set_place(vault: Vault, record_id: int, code: str | None) -> RecordPlace:
    """Correct a record's code (a GB/T 2260 code this gazetteer knows); None or '' = read it again
    from the record's text. Returns the place as stored."""
    gazetteer = load_gazetteer()
    with vault.write() as conn:
        facts = _facts_of(conn, record_id)
        text = location_text(facts)
        if code is None or not code.strip():
            _write_placement(conn, record_id, code_facts(facts), text, "auto")
        else:
            unit = gazetteer.require(code)
            if facts.get("jurisdiction") == "HK" and not unit.code.startswith("81"):
                raise InvalidInput(
                    "this record is a Hong Kong record; its place must be in Hong Kong", field="code"
                )
            _write_placement(conn, record_id, Placement(unit.code, unit.lon, unit.lat), text, "user")
    place = get_place(vault, record_id)
    assert place is not None
    return place


def _check_position(lon: float, lat: float) -> None:
    if not (math.isfinite(lon) and math.isfinite(lat) and -180 <= lon <= 180 and -90 <= lat <= 90):
        raise InvalidInput("a position needs a longitude in -180..180 and a latitude in -90..90", field="gps")


def set_gps(vault: Vault, record_id: int, lon: float, lat: float, *, consent: bool) -> None:
    """Store a photo's precise position for this record — only with the person's explicit consent."""
    if not consent:
        raise InvalidInput("a precise position is stored only when the person agrees", field="gps")
    _check_position(lon, lat)
    with vault.write() as conn:
        _facts_of(conn, record_id)
        if conn.execute("SELECT 1 FROM record_places WHERE record_id = ?", (record_id,)).fetchone() is None:
            facts = _facts_of(conn, record_id)
            _write_placement(conn, record_id, code_facts(facts), location_text(facts), "auto")
        conn.execute(
            "UPDATE record_places SET gps_lon = ?, gps_lat = ?, gps_consent_at = ?, updated_at = ?"
            " WHERE record_id = ?",
            (lon, lat, _now(), _now(), record_id),
        )


def clear_gps(vault: Vault, record_id: int) -> None:
    with vault.write() as conn:
        _facts_of(conn, record_id)
        conn.execute(
            "UPDATE record_places SET gps_lon = NULL, gps_lat = NULL, gps_consent_at = NULL, updated_at = ?"
            " WHERE record_id = ?",
            (_now(), record_id),
        )


def nearest_unit_code(lon: float, lat: float) -> str:
    """The county-level unit whose seat is nearest to a position (to suggest a code from GPS)."""
    _check_position(lon, lat)
    scale = math.cos(math.radians(lat))
    best = min(
        (u for u in load_gazetteer().units.values() if u.level == "district" and not u.approximate),
        key=lambda u: ((u.lon - lon) * scale) ** 2 + (u.lat - lat) ** 2,
    )
    return best.code


def code_unplaced(
    vault: Vault,
    *,
    progress: Callable[[int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Code every record that has no place yet (records written before migration 6, or by tools
    that bypass app.records). Commits every 1,000 records; returns how many were coded."""
    todo = [
        int(r[0])
        for r in vault.conn.execute(
            "SELECT r.id FROM records r LEFT JOIN record_places p ON p.record_id = r.id"
            " WHERE p.record_id IS NULL ORDER BY r.id"
        )
    ]
    for start in range(0, len(todo), _BATCH):
        if is_cancelled is not None and is_cancelled():
            raise OperationCancelled("coding places cancelled; the records coded so far are kept")
        if progress is not None:
            progress(round(100 * start / len(todo)), "places")
        with vault.write() as conn:
            batch = todo[start : start + _BATCH]
            marks = ",".join("?" * len(batch))
            for record_id, facts_json in conn.execute(
                f"SELECT id, facts_json FROM records WHERE id IN ({marks})", batch
            ).fetchall():
                facts = json.loads(facts_json)
                _write_placement(conn, int(record_id), code_facts(facts), location_text(facts), "auto")
    return len(todo)


def place_codes(vault: Vault, record_ids: list[int]) -> dict[int, str]:
    """Record id -> code ('' when not recognised; absent when not coded yet), for lists."""
    found: dict[int, str] = {}
    for start in range(0, len(record_ids), 500):
        batch = record_ids[start : start + 500]
        marks = ",".join("?" * len(batch))
        for record_id, code in vault.conn.execute(
            f"SELECT record_id, code FROM record_places WHERE record_id IN ({marks})", batch
        ):
            found[int(record_id)] = str(code)
    return found


def place_many(conn: Any, items: Iterable[tuple[int, dict[str, Any]]]) -> None:
    for record_id, facts in items:
        place_on_write(conn, record_id, facts)
