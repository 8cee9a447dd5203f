"""Records: one collection point each (validated facts + free notes + optional profile).

Ids are INTEGER for people and scripts; every row also has a stable `uuid` for case bundles.
Facts are validated (app/facts.py) before anything is written, and the search index
(app/search.py) is updated in the same transaction as the record.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from types import EllipsisType
from typing import Any

from app.errors import InvalidInput, NotFound
from app.facts import validate_facts
from app.geo.store import place_on_write
from app.search import index_record, matching_ids_sql, record_index_text, unindex_record
from app.vault import Vault

MAX_NOTES_LENGTH = 100_000
# The narrow covering index (date, place_type, city, profile_id, rowid) answers every filter and
# sort of a list without touching the wide rows (facts_json): a common two-character search over
# 100,000 records takes ~5 ms instead of ~110 ms (each wide row is a separate encrypted page).
_SORT_INDEX = "INDEXED BY records_sort"
_SORTS = {"date_desc": "r.date DESC, r.id DESC", "date_asc": "r.date ASC, r.id ASC", "id": "r.id ASC"}


@dataclass(frozen=True)
class RecordSummary:
    """What lists show: enough to recognise a record without loading its facts."""

    id: int
    uuid: str
    date: str
    last_seen: str
    place_type: str
    place_name: str
    city: str
    handler_name: str
    profile_id: int | None
    evidence_count: int

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class Record:
    id: int
    uuid: str
    facts: dict[str, Any]
    notes: str
    profile_id: int | None
    created_at: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _check_notes(notes: str) -> str:
    if not isinstance(notes, str):
        raise InvalidInput("notes must be text", field="notes")
    if len(notes) > MAX_NOTES_LENGTH:
        raise InvalidInput(f"notes are longer than {MAX_NOTES_LENGTH} characters", field="notes")
    return notes


def _check_profile(conn: Any, profile_id: int | None) -> None:
    if (
        profile_id is not None
        and conn.execute("SELECT 1 FROM profiles WHERE id = ?", (profile_id,)).fetchone() is None
    ):
        raise NotFound(f"no profile with id {profile_id}")


def _columns(facts: dict[str, Any]) -> dict[str, str]:
    """The facts copied into their own columns, for filtering, sorting and lists."""
    handler = facts.get("handler") or {}
    return {
        "place_type": str(facts["place_type"]),
        "place_name": str(facts.get("place_name") or ""),
        "city": str(facts.get("city") or ""),
        "date": str(facts["date"]),
        "last_seen": str(facts.get("last_seen") or facts["date"]),
        "handler_name": str(handler.get("name") or ""),
    }


def _facts_json(facts: dict[str, Any]) -> str:
    return json.dumps(facts, ensure_ascii=False, sort_keys=True)


def add_record(
    vault: Vault,
    facts: dict[str, Any],
    *,
    notes: str = "",
    profile_id: int | None = None,
    record_uuid: str | None = None,
) -> int:
    """Validate and store a record; returns its id. Nothing is written if anything is wrong."""
    checked = validate_facts(facts)
    notes = _check_notes(notes)
    now = _now()
    values = {
        "uuid": record_uuid or str(uuid.uuid4()),
        "profile_id": profile_id,
        "facts_json": _facts_json(checked),
        **_columns(checked),
        "notes": notes,
        "created_at": now,
        "updated_at": now,
    }
    with vault.write() as conn:
        _check_profile(conn, profile_id)
        cur = conn.execute(
            f"INSERT INTO records({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
            tuple(values.values()),
        )
        record_id = int(cur.lastrowid)
        index_record(conn, record_id, checked, notes)
        place_on_write(conn, record_id, checked)  # GB/T 2260 code for the map (app/geo)
    return record_id


def add_records(
    vault: Vault, items: Iterable[tuple[dict[str, Any], str]], *, profile_id: int | None = None
) -> list[int]:
    """Many (facts, notes) records in one transaction (imports, seeding large vaults): every item
    is validated first, and nothing is written unless all of them are valid."""
    now = _now()
    prepared = []
    for index, (item_facts, item_notes) in enumerate(items):
        try:
            checked = validate_facts(item_facts)
            notes = _check_notes(item_notes)
        except InvalidInput as exc:
            raise type(exc)(f"item {index}: {exc}", field=exc.field) from None
        prepared.append((checked, notes))
    ids: list[int] = []
    with vault.write() as conn:
        _check_profile(conn, profile_id)
        for checked, notes in prepared:
            values = {
                "uuid": str(uuid.uuid4()),
                "profile_id": profile_id,
                "facts_json": _facts_json(checked),
                **_columns(checked),
                "notes": notes,
                "created_at": now,
                "updated_at": now,
            }
            cur = conn.execute(
                f"INSERT INTO records({', '.join(values)}) VALUES ({', '.join('?' for _ in values)})",
                tuple(values.values()),
            )
            record_id = int(cur.lastrowid)
            conn.execute(
                "INSERT INTO records_fts(rowid, tokens) VALUES (?, ?)",
                (record_id, record_index_text(checked, notes)),
            )
            place_on_write(conn, record_id, checked)
            ids.append(record_id)
    return ids


def update_record(
    vault: Vault,
    record_id: int,
    facts: dict[str, Any] | None = None,
    *,
    notes: str | None = None,
    profile_id: int | None | EllipsisType = ...,
) -> None:
    """Replace a record's facts and/or notes and/or profile (... = leave the profile as it is)."""
    current = get_record(vault, record_id)
    checked = validate_facts(facts) if facts is not None else current.facts
    new_notes = _check_notes(notes) if notes is not None else current.notes
    new_profile = current.profile_id if profile_id is ... else profile_id
    values = {
        "profile_id": new_profile,
        "facts_json": _facts_json(checked),
        **_columns(checked),
        "notes": new_notes,
        "updated_at": _now(),
    }
    with vault.write() as conn:
        _check_profile(conn, new_profile)
        conn.execute(
            f"UPDATE records SET {', '.join(f'{k} = ?' for k in values)} WHERE id = ?",
            (*values.values(), record_id),
        )
        index_record(conn, record_id, checked, new_notes)
        place_on_write(conn, record_id, checked)


def delete_record(vault: Vault, record_id: int) -> None:
    """Delete a record and its evidence. Refused while requests refer to it (they are its history)."""
    with vault.write() as conn:
        if conn.execute("SELECT 1 FROM records WHERE id = ?", (record_id,)).fetchone() is None:
            raise NotFound(f"no record with id {record_id}")
        if conn.execute("SELECT 1 FROM requests WHERE record_id = ? LIMIT 1", (record_id,)).fetchone():
            raise InvalidInput(f"record {record_id} has requests; delete those first", field="record")
        conn.execute("DELETE FROM records WHERE id = ?", (record_id,))
        unindex_record(conn, record_id)


def get_record(vault: Vault, record_id: int) -> Record:
    row = vault.conn.execute(
        "SELECT id, uuid, facts_json, notes, profile_id, created_at, updated_at FROM records WHERE id = ?",
        (record_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no record with id {record_id}")
    return Record(
        id=int(row[0]),
        uuid=str(row[1]),
        facts=json.loads(row[2]),
        notes=str(row[3]),
        profile_id=row[4],
        created_at=str(row[5]),
        updated_at=str(row[6]),
    )


def get_record_by_uuid(vault: Vault, record_uuid: str) -> Record | None:
    row = vault.conn.execute("SELECT id FROM records WHERE uuid = ?", (record_uuid,)).fetchone()
    return None if row is None else get_record(vault, int(row[0]))


def _filters(
    search: str | None, place_type: str | None, city: str | None, profile_id: int | None
) -> tuple[str, list[Any]] | None:
    """WHERE clause and parameters for the filters; None when the search can match nothing."""
    where: list[str] = []
    params: list[Any] = []
    if search is not None and search.strip():
        found = matching_ids_sql(search)
        if found is None:
            return None
        sql, match = found
        where.append(f"r.id IN ({sql})")
        params.append(match)
    for column, value in (("place_type", place_type), ("city", city), ("profile_id", profile_id)):
        if value is not None:
            where.append(f"r.{column} = ?")
            params.append(value)
    return (" WHERE " + " AND ".join(where) if where else ""), params


def list_records(
    vault: Vault,
    *,
    search: str | None = None,
    place_type: str | None = None,
    city: str | None = None,
    profile_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
    sort: str = "date_desc",
) -> list[RecordSummary]:
    """Records matching every given filter, newest first. `search` is a full-text query."""
    if sort not in _SORTS:
        raise InvalidInput(f"sort must be one of {', '.join(_SORTS)}", field="sort")
    filters = _filters(search, place_type, city, profile_id)
    if filters is None:
        return []
    where, params = filters
    # Pick the page of ids first (sorting only narrow rows), then read the columns of that page:
    # with 100,000 records a common two-character search stays well under 50 ms.
    page = f"SELECT r.id FROM records r {_SORT_INDEX}{where} ORDER BY {_SORTS[sort]} LIMIT ? OFFSET ?"
    sql = (
        "SELECT r.id, r.uuid, r.date, r.last_seen, r.place_type,"
        # Rows written by older code or bulk tools may lack the copied column; the facts have it.
        " CASE WHEN r.place_name != '' THEN r.place_name"
        " ELSE coalesce(json_extract(r.facts_json, '$.place_name'), '') END,"
        " r.city, r.handler_name,"
        " r.profile_id, (SELECT count(*) FROM evidence e WHERE e.record_id = r.id)"
        f" FROM ({page}) AS page JOIN records r ON r.id = page.id ORDER BY {_SORTS[sort]}"
    )
    params.extend([-1 if limit is None else int(limit), int(offset)])
    return [
        RecordSummary(
            id=int(r[0]),
            uuid=str(r[1]),
            date=str(r[2]),
            last_seen=str(r[3]),
            place_type=str(r[4]),
            place_name=str(r[5]),
            city=str(r[6]),
            handler_name=str(r[7]),
            profile_id=r[8],
            evidence_count=int(r[9]),
        )
        for r in vault.conn.execute(sql, params).fetchall()
    ]


def record_ids(
    vault: Vault,
    *,
    search: str | None = None,
    place_type: str | None = None,
    city: str | None = None,
    profile_id: int | None = None,
    sort: str = "date_desc",
) -> list[int]:
    """Just the ids, in order (for table models that load rows lazily)."""
    if sort not in _SORTS:
        raise InvalidInput(f"sort must be one of {', '.join(_SORTS)}", field="sort")
    filters = _filters(search, place_type, city, profile_id)
    if filters is None:
        return []
    where, params = filters
    sql = f"SELECT r.id FROM records r {_SORT_INDEX}{where} ORDER BY {_SORTS[sort]}"
    rows = vault.conn.execute(sql, params).fetchall()
    return [int(r[0]) for r in rows]


def count_records(vault: Vault, *, search: str | None = None) -> int:
    if search is not None and search.strip():
        found = matching_ids_sql(search)
        if found is None:
            return 0
        sql, match = found
        return int(vault.conn.execute(f"SELECT count(*) FROM ({sql})", (match,)).fetchone()[0])
    return int(vault.conn.execute("SELECT count(*) FROM records").fetchone()[0])


def rebuild_search_index(vault: Vault) -> int:
    """Re-tokenise every record (after the tokeniser or its folding tables change); returns the count."""
    count = 0
    with vault.write() as conn:
        conn.execute("DELETE FROM records_fts")
        for record_id, facts_json, notes in conn.execute(
            "SELECT id, facts_json, notes FROM records"
        ).fetchall():
            conn.execute(
                "INSERT INTO records_fts(rowid, tokens) VALUES (?, ?)",
                (record_id, record_index_text(json.loads(facts_json), notes)),
            )
            count += 1
    return count
