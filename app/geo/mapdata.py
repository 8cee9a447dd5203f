"""What the map shows: records grouped by administrative unit, with counts, place types and colours.

`load_map_rows` reads one small row per record (id, code, place type, request state, main ground)
in two queries; `aggregate` groups any subset of them (the Records page's filters give the ids) by
county, city or province. Both are fast enough for 100,000 records (see docs/BENCHMARKS.md).

Colours are by the record's main ground (the first ground of the rule check that a fact of this
record triggered; cached in record_places.main_ground per rule-library version, `refresh_grounds`)
or by the state of its latest request:
none (no request sent) · waiting · overdue (awaiting the first answer past the due date, as in
app/tracking/lifecycle) · complied (complied or closed) · refused (refused, partly complied, or
escalated to a regulator).
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, OperationCancelled
from app.geo.gazetteer import Gazetteer, load_gazetteer
from app.tracking.lifecycle import AWAITING_REPLY
from app.vault import Vault

LEVELS = ("district", "city", "province")
COLOR_BY = ("ground", "request_state")
REQUEST_STATES = ("none", "waiting", "overdue", "complied", "refused")
NO_GROUND = ""  # a record none of whose facts triggers a ground
_STATE_OF_STATUS = {
    "sent": "waiting",
    "delivered": "waiting",
    "replied": "waiting",
    "complied": "complied",
    "closed": "complied",
    "refused": "refused",
    "partly_complied": "refused",
    "escalated": "refused",
}
_AWAITING = {s.value for s in AWAITING_REPLY}
_GROUND_BATCH = 500
# Free-text facts that no rule condition reads (the library's conditions are over enumerated facts,
# booleans, dates, city and jurisdiction): records differing only in these share one rule check.
_FREE_TEXT = ("place_name", "address", "notes")
_FREE_TEXT_HANDLER = ("name", "uscc", "address", "email", "phone", "pi_officer")


@dataclass(frozen=True)
class MapRow:
    record_id: int
    code: str  # '' when the record has no recognised place
    place_type: str
    state: str  # one of REQUEST_STATES
    ground: str | None  # main ground id, NO_GROUND, or None when not computed yet


@dataclass(frozen=True)
class MapPoint:
    code: str
    name: str  # short name for labels (杭州, 朝阳)
    full_name: str  # 浙江省杭州市
    lon: float
    lat: float
    count: int
    place_types: tuple[tuple[str, int], ...]  # most common first
    categories: tuple[tuple[str, int], ...]  # colour keys, most common first
    record_ids: tuple[int, ...]

    @property
    def main_category(self) -> str:
        return self.categories[0][0] if self.categories else ""


@dataclass(frozen=True)
class MapData:
    points: tuple[MapPoint, ...]  # largest first
    total: int  # records considered
    unplaced: int  # of those, records without a recognised place
    level: str
    color_by: str

    def to_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "color_by": self.color_by,
            "total": self.total,
            "unplaced": self.unplaced,
            "points": [
                {
                    "code": p.code,
                    "name": p.full_name,
                    "lon": p.lon,
                    "lat": p.lat,
                    "count": p.count,
                    "place_types": dict(p.place_types),
                    "categories": dict(p.categories),
                }
                for p in self.points
            ],
        }


def request_states(vault: Vault, today: dt.date) -> dict[int, str]:
    """Record id -> state of its latest sent request (records without one are absent: 'none')."""
    states: dict[int, str] = {}
    for record_id, status, due in vault.conn.execute(
        "SELECT record_id, status, due_date FROM requests WHERE status != 'draft' ORDER BY id"
    ):
        if status in _AWAITING and due is not None and str(due) < today.isoformat():
            states[int(record_id)] = "overdue"
        else:
            states[int(record_id)] = _STATE_OF_STATUS.get(str(status), "waiting")
    return states


def load_map_rows(vault: Vault, today: dt.date, *, rules_version: str | None = None) -> list[MapRow]:
    """One row per record. `ground` is None where it was computed with another rule library."""
    states = request_states(vault, today)
    rows: list[MapRow] = []
    for record_id, code, place_type, ground, ground_rules in vault.conn.execute(
        "SELECT r.id, coalesce(p.code, ''), r.place_type, p.main_ground, p.ground_rules"
        " FROM records r LEFT JOIN record_places p ON p.record_id = r.id"
    ):
        current = ground_rules is not None and (rules_version is None or ground_rules == rules_version)
        rows.append(
            MapRow(
                int(record_id),
                str(code),
                str(place_type),
                states.get(int(record_id), "none"),
                str(ground) if current and ground is not None else None,
            )
        )
    return rows


def main_ground(facts: dict[str, Any], library: Any) -> str:
    """The first ground of the rule check that a fact of this record triggered ('' if none)."""
    from app.rules import check

    for ground in check(facts, library).grounds:
        if ground.triggered_by:
            return str(ground.id)
    return NO_GROUND


def _rule_key(facts: dict[str, Any]) -> str:
    relevant = {k: v for k, v in facts.items() if k not in _FREE_TEXT}
    handler = relevant.get("handler")
    if isinstance(handler, dict):
        relevant["handler"] = {k: v for k, v in handler.items() if k not in _FREE_TEXT_HANDLER}
    return json.dumps(relevant, sort_keys=True, ensure_ascii=False)


def refresh_grounds(
    vault: Vault,
    library: Any,
    *,
    progress: Callable[[int, str], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> int:
    """Compute the main ground of every placed record that lacks one for this rule library.
    Commits in batches (an interrupted run keeps its work); returns how many were computed."""
    version = str(library.version)
    memo: dict[str, str] = {}

    def memo_ground(facts: dict[str, Any]) -> str:
        key = _rule_key(facts)
        if key not in memo:
            memo[key] = main_ground(facts, library)
        return memo[key]

    todo = [
        int(r[0])
        for r in vault.conn.execute(
            "SELECT record_id FROM record_places WHERE ground_rules IS NULL OR ground_rules != ?", (version,)
        )
    ]
    for start in range(0, len(todo), _GROUND_BATCH):
        if is_cancelled is not None and is_cancelled():
            raise OperationCancelled("cancelled; the grounds computed so far are kept")
        if progress is not None:
            progress(round(100 * start / len(todo)), "grounds")
        batch = todo[start : start + _GROUND_BATCH]
        marks = ",".join("?" * len(batch))
        facts_of = vault.conn.execute(
            f"SELECT id, facts_json FROM records WHERE id IN ({marks})", batch
        ).fetchall()
        computed = [(memo_ground(json.loads(f)), version, int(i)) for i, f in facts_of]
        with vault.write() as conn:
            conn.executemany(
                "UPDATE record_places SET main_ground = ?, ground_rules = ? WHERE record_id = ?", computed
            )
    return len(todo)


def unit_code(code: str, level: str, gazetteer: Gazetteer) -> str:
    """The code of the unit at `level` that holds `code`."""
    if level == "district" or not code:
        return code
    if level == "province":
        return code[:2] + "0000"
    city = gazetteer.city_of(code)
    return city.code if city is not None else code


def aggregate(
    rows: Iterable[MapRow],
    *,
    level: str = "city",
    color_by: str = "request_state",
    ids: set[int] | None = None,
    gazetteer: Gazetteer | None = None,
) -> MapData:
    """Group rows (only `ids`, when given) by unit at `level`, coloured by `color_by`."""
    if level not in LEVELS:
        raise InvalidInput(f"level must be one of {', '.join(LEVELS)}", field="level")
    if color_by not in COLOR_BY:
        raise InvalidInput(f"colour must be one of {', '.join(COLOR_BY)}", field="color_by")
    gazetteer = gazetteer or load_gazetteer()
    by_unit: dict[str, list[MapRow]] = defaultdict(list)
    unit_of: dict[str, str] = {}
    total = unplaced = 0
    for row in rows:
        if ids is not None and row.record_id not in ids:
            continue
        total += 1
        if not row.code:
            unplaced += 1
            continue
        unit = unit_of.get(row.code)
        if unit is None:
            unit = unit_of[row.code] = unit_code(row.code, level, gazetteer)
        by_unit[unit].append(row)
    points: list[MapPoint] = []
    for code, members in by_unit.items():
        unit_info = gazetteer.get(code)
        if unit_info is None:  # a code from a newer gazetteer: counted as unplaced, not guessed
            unplaced += len(members)
            continue
        types = Counter(r.place_type for r in members)
        if color_by == "ground":
            categories = Counter(r.ground if r.ground is not None else "?" for r in members)
        else:
            categories = Counter(r.state for r in members)
        points.append(
            MapPoint(
                code=code,
                name=unit_info.short,
                full_name=gazetteer.full_name(code),
                lon=unit_info.lon,
                lat=unit_info.lat,
                count=len(members),
                place_types=tuple(types.most_common()),
                categories=tuple(sorted(categories.items(), key=lambda kv: (-kv[1], kv[0]))),
                record_ids=tuple(r.record_id for r in members),
            )
        )
    points.sort(key=lambda p: (-p.count, p.code))
    return MapData(tuple(points), total, unplaced, level, color_by)
