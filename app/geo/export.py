"""A vault's map as SVG, PDF or PNG (the CLI's `faceledger map`; the Map page exports the same way).

Positions are the seats of administrative units; precise GPS positions are never used in exports.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from app.geo.mapdata import MapData, aggregate, load_map_rows, refresh_grounds
from app.geo.render import colors_for, layout_map, map_text, render
from app.geo.store import code_unplaced
from app.records import record_ids
from app.vault import Vault


def vault_map(
    vault: Vault,
    *,
    today: dt.date,
    level: str = "city",
    color_by: str = "request_state",
    library: Any = None,
    search: str | None = None,
    place_type: str | None = None,
    city: str | None = None,
    profile_id: int | None = None,
) -> MapData:
    """Code any record without a place, then group the records matching the filters (as on the
    Records page) by unit. Colouring by ground needs the rule library (grounds are cached)."""
    code_unplaced(vault)
    if color_by == "ground" and library is not None:
        refresh_grounds(vault, library)
    filtered = any(v is not None for v in (search, place_type, city, profile_id))
    ids = (
        set(record_ids(vault, search=search, place_type=place_type, city=city, profile_id=profile_id))
        if filtered
        else None
    )
    rows = load_map_rows(vault, today, rules_version=None if library is None else str(library.version))
    return aggregate(rows, level=level, color_by=color_by, ids=ids)


def ground_titles(library: Any, lang: str) -> dict[str, str]:
    from app.rules.model import localized

    return {str(g.id): localized(g.title, lang) for g in library.grounds}


def export_map(data: MapData, fmt: str, *, lang: str = "zh-CN", library: Any = None) -> bytes:
    titles = ground_titles(library, lang) if library is not None else {}
    text = map_text(lang, data, titles)
    layout = layout_map(data, text, colors=colors_for(data, list(titles)))
    return render(layout, fmt)
