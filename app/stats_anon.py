"""Anonymised statistics across every profile of a vault, for an advocacy group to publish.

What is counted, and only through closed vocabularies:
- records by place type (schema enum), by handler kind (schema enum), by city (see below);
- requests by outcome (app/statistics.py's buckets, `overdue` derived the same way);
- requests by ground cited, from the grounds stored with each letter as sent (rule-library ids);
- days to a first answer per handler (app/statistics.py's reply_days_by_handler). Handlers are
  organisations: their names are not personal data and are kept.

What never appears: complainant names, contact details, ID numbers, addresses, place names, notes,
event notes, letter text, PI officers' names, uuids or dates of individual cases. Free text cannot
leak because every output key is either an enum value, a rule-library id, a handler name, or a
city name that passed `city_label`.

Small cells (k-anonymity style): a city or a handler with fewer than `k` (default 3) records /
sent requests is not named; such rows are merged into one "other" row, and a merged count that
is still below k is shown as "<k". Cities are normalised (NFKC, trimmed, a trailing 市 removed) and
must look like a place name (letters only, at most 12 characters) — anything else typed into the
city field (an address, a phone number) is counted as "other" and never shown. A handler name that
contains an e-mail address, a phone-like digit run or a personal-name marker is treated the same.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import re
import statistics as pystats
import unicodedata
from collections import Counter
from dataclasses import dataclass
from typing import Any

from app import statistics as base_stats
from app.errors import InvalidInput
from app.geo.anon_map import MIN_MAP_COUNT, AnonCityMap, anonymised_city_map
from app.profiles import HANDLER_KINDS
from app.vault import Vault

DEFAULT_K = 3
OTHER = "other"
MAX_CITY_LENGTH = 12
_PLACE_TYPES = (
    "residential_compound",
    "hotel",
    "shopping_mall",
    "retail_store",
    "property_sales_office",
    "gym_or_sports_venue",
    "school_or_campus",
    "workplace",
    "bank",
    "transport_hub",
    "tourist_site",
    "hospital",
    "government_service",
    "entertainment_venue",
    "mobile_app",
    "public_street",
    "other",
)
_PHONE_LIKE = re.compile(r"\d{5,}")
_GROUND_ID = re.compile(r"^[a-z][a-z0-9_]{0,60}$")


@dataclass(frozen=True)
class Cell:
    key: str
    count: int | None  # None when suppressed (shown as "<k")

    def shown(self, k: int) -> str:
        return f"<{k}" if self.count is None else str(self.count)


@dataclass(frozen=True)
class HandlerRow:
    handler: str
    requests: int | None
    replies: int | None
    median_days: float | None


@dataclass(frozen=True)
class AnonStatistics:
    today: dt.date
    k: int
    records_total: int
    requests_total: int
    profiles_total: int
    by_place_type: tuple[Cell, ...]
    by_handler_kind: tuple[Cell, ...]
    by_city: tuple[Cell, ...]
    by_outcome: tuple[Cell, ...]
    by_ground: tuple[Cell, ...]
    reply_days: tuple[HandlerRow, ...]
    # City-level map (app/geo/anon_map.py): cities with at least max(k, 5) records, at their seats.
    city_map: AnonCityMap | None = None

    def to_json(self) -> dict[str, Any]:
        def cells(items: tuple[Cell, ...]) -> dict[str, int | str]:
            return {c.key: (c.count if c.count is not None else f"<{self.k}") for c in items}

        return {
            "anonymised": True,
            "k": self.k,
            "as_of": self.today.isoformat(),
            "records_total": self.records_total,
            "requests_total": self.requests_total,
            "profiles_total": self.profiles_total,
            "records_by_place_type": cells(self.by_place_type),
            "records_by_handler_kind": cells(self.by_handler_kind),
            "records_by_city": cells(self.by_city),
            "requests_by_outcome": cells(self.by_outcome),
            "requests_by_ground": cells(self.by_ground),
            "reply_days_by_handler": [
                {
                    "handler": h.handler,
                    "requests": h.requests if h.requests is not None else f"<{self.k}",
                    "replies": h.replies if h.replies is not None else f"<{self.k}",
                    "median_days": h.median_days,
                }
                for h in self.reply_days
            ],
        }


def city_label(raw: str) -> str | None:
    """A publishable city name, or None when what was typed does not look like one."""
    text = unicodedata.normalize("NFKC", raw).strip()
    if text.endswith("市") and len(text) > 1:
        text = text[:-1]
    if not text or len(text) > MAX_CITY_LENGTH:
        return None
    if not all(ch.isalpha() or ch in " -'·" for ch in text):
        return None
    return text


def handler_label(raw: str) -> str | None:
    text = " ".join(unicodedata.normalize("NFKC", raw).split())
    if not text or len(text) > 100 or "@" in text or _PHONE_LIKE.search(text):
        return None
    return text


def _suppress(counter: Counter[str], k: int, *, nameable: bool = True) -> tuple[Cell, ...]:
    """Named cells with at least k; the rest merged into OTHER (itself "<k" when still small)."""
    kept: list[Cell] = []
    other = counter.pop(OTHER, 0)
    for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])):
        if nameable and n >= k:
            kept.append(Cell(key, n))
        else:
            other += n
    if other:
        kept.append(Cell(OTHER, other if other >= k else None))
    return tuple(kept)


def _exact(counter: Counter[str]) -> tuple[Cell, ...]:
    return tuple(Cell(key, n) for key, n in sorted(counter.items(), key=lambda kv: (-kv[1], kv[0])))


def compute_anonymised(vault: Vault, today: dt.date, *, k: int = DEFAULT_K) -> AnonStatistics:
    if not 1 <= k <= 100:
        raise InvalidInput("k must be 1..100", field="k")
    conn = vault.conn
    records_total = int(conn.execute("SELECT count(*) FROM records").fetchone()[0])
    requests_total = int(conn.execute("SELECT count(*) FROM requests").fetchone()[0])
    profiles_total = int(conn.execute("SELECT count(*) FROM profiles").fetchone()[0])

    place = Counter[str]()
    for c in base_stats.records_by_place_type(vault):
        place[c.key if c.key in _PLACE_TYPES else OTHER] += c.count

    kinds = Counter[str]()
    for kind, n in conn.execute(
        "SELECT coalesce(json_extract(facts_json, '$.handler.kind'), 'unknown'), count(*)"
        " FROM records GROUP BY 1"
    ):
        kinds[str(kind) if kind in HANDLER_KINDS else "unknown"] += int(n)

    cities = Counter[str]()
    for c in base_stats.records_by_city(vault):
        cities[city_label(c.key) or OTHER] += c.count

    outcomes = Counter[str]({c.key: c.count for c in base_stats.requests_by_outcome(vault, today)})
    known_outcomes = set(base_stats.OUTCOME_ORDER)
    outcomes = Counter[str]({(key if key in known_outcomes else OTHER): n for key, n in outcomes.items()})

    grounds = Counter[str]()
    for (grounds_json,) in conn.execute("SELECT grounds_json FROM requests WHERE grounds_json IS NOT NULL"):
        try:
            ids = json.loads(grounds_json)
        except ValueError:
            continue
        for ground in ids if isinstance(ids, list) else []:
            if isinstance(ground, str) and _GROUND_ID.match(ground):
                grounds[ground] += 1

    rows: list[HandlerRow] = []
    merged_requests = merged_replies = 0
    merged_days: list[float] = []
    for h in base_stats.reply_days_by_handler(vault):
        name = handler_label(h.handler)
        if name is not None and h.requests >= k:
            rows.append(HandlerRow(name, h.requests, h.replies, h.median_days))
        else:
            merged_requests += h.requests
            merged_replies += h.replies
            if h.median_days is not None:
                merged_days.extend([h.median_days] * h.replies)
    if merged_requests:
        rows.append(
            HandlerRow(
                OTHER,
                merged_requests if merged_requests >= k else None,
                merged_replies if merged_replies >= k or merged_requests >= k else None,
                float(pystats.median(merged_days)) if merged_days and merged_requests >= k else None,
            )
        )
    return AnonStatistics(
        today=today,
        k=k,
        records_total=records_total,
        requests_total=requests_total,
        profiles_total=profiles_total,
        by_place_type=_exact(place),
        by_handler_kind=_exact(kinds),
        by_city=_suppress(cities, k),
        by_outcome=tuple(
            Cell(key, outcomes[key]) for key in (*base_stats.OUTCOME_ORDER, OTHER) if outcomes[key]
        ),
        by_ground=_exact(grounds),
        reply_days=tuple(rows),
        city_map=anonymised_city_map(vault, k=max(k, MIN_MAP_COUNT)),
    )


CSV_HEADER = ("figure", "key", "count", "median_days", "replies")


def anonymised_csv(stats: AnonStatistics) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_HEADER)
    writer.writerow(("totals", "records", stats.records_total, "", ""))
    writer.writerow(("totals", "requests", stats.requests_total, "", ""))
    writer.writerow(("totals", "profiles", stats.profiles_total, "", ""))
    for figure, cells in (
        ("records_by_place_type", stats.by_place_type),
        ("records_by_handler_kind", stats.by_handler_kind),
        ("records_by_city", stats.by_city),
        ("requests_by_outcome", stats.by_outcome),
        ("requests_by_ground", stats.by_ground),
    ):
        for cell in cells:
            writer.writerow((figure, _csv_safe(cell.key), cell.shown(stats.k), "", ""))
    for h in stats.reply_days:
        writer.writerow(
            (
                "reply_days_by_handler",
                _csv_safe(h.handler),
                h.requests if h.requests is not None else f"<{stats.k}",
                "" if h.median_days is None else f"{h.median_days:g}",
                h.replies if h.replies is not None else f"<{stats.k}",
            )
        )
    return out.getvalue()


def _csv_safe(text: str) -> str:
    """Spreadsheet formula injection: a handler name is typed by users."""
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text
