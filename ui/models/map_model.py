"""The Map page's data: one small row per record (loaded once per page), grouped per filter.

Loading, on the DB worker: records without a place are coded first (vaults from before places
existed), then one MapRow per record is read (app.geo.mapdata.load_map_rows). The main grounds
for the "by ground" colours are computed afterwards in a second, cancellable step and cached in
the vault; the map is usable meanwhile (colour by request state, or "not computed yet").

Filtering uses exactly the Records page's query (ui.models.record_table_model.load_ids), so the
same filters give the same records; grouping (app.geo.mapdata.aggregate) runs on the worker too.
A result that arrives after a newer query was started is dropped (generation counter).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from app.geo.mapdata import MapData, MapRow, aggregate, load_map_rows, refresh_grounds
from app.geo.store import code_unplaced
from ui.models.record_table_model import RecordQuery, load_ids
from ui.tasks import DbOp, DbWorker

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class MapQuery:
    records: RecordQuery = RecordQuery()
    level: str = "city"
    color_by: str = "request_state"


def is_filtered(query: RecordQuery) -> bool:
    return bool(query.search or query.place_type or query.city or query.open_request_only) or (
        query.profile_id is not None
    )


def load_rows(vault: Any, today: dt.date, rules_version: str | None) -> list[MapRow]:
    """Worker thread."""
    code_unplaced(vault)
    return load_map_rows(vault, today, rules_version=rules_version)


def group(vault: Any, rows: list[MapRow], query: MapQuery) -> MapData:
    """Worker thread: the records matching the Records filters, grouped at the query's level."""
    ids = set(load_ids(vault, query.records)) if is_filtered(query.records) else None
    return aggregate(rows, level=query.level, color_by=query.color_by, ids=ids)


class MapModel(QObject):
    data_ready = Signal(object)  # MapData
    failed = Signal(object)  # exception
    grounds_ready = Signal()

    def __init__(
        self, worker: DbWorker, library_getter: Callable[[], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._library_getter = library_getter
        self.rows: list[MapRow] | None = None
        self.query = MapQuery()
        self.data: MapData | None = None
        self.grounds_done = False
        self._computing_grounds = False
        self._generation = 0
        self._today = dt.date.today()

    def _rules_version(self) -> str | None:
        library = self._library_getter()
        return None if library is None else str(library.version)

    def load(self) -> None:
        """(Re)read every record's row; then group with the current query."""
        self._generation += 1
        generation = self._generation
        version = self._rules_version()
        today = self._today
        DbOp(self._worker, self, lambda vault: load_rows(vault, today, version)).success(
            lambda rows: self._on_rows(generation, rows)
        ).failure(self.failed.emit).run()

    def _on_rows(self, generation: int, rows: list[MapRow]) -> None:
        if generation != self._generation:
            return
        self.rows = rows
        missing = any(r.ground is None for r in rows)
        was_done, self.grounds_done = self.grounds_done, not missing
        if self.grounds_done and not was_done:
            self.grounds_ready.emit()
        self.apply()
        if missing and not self._computing_grounds:
            self._compute_grounds()  # new or edited records since the last check

    def _compute_grounds(self) -> None:
        library = self._library_getter()
        if library is None:
            return
        self._computing_grounds = True

        def failed(exc: BaseException) -> None:
            self._computing_grounds = False
            log.warning("main grounds not computed: %s", type(exc).__name__)

        DbOp(self._worker, self, lambda vault: refresh_grounds(vault, library)).success(
            self._on_grounds_computed
        ).failure(failed).run()

    def _on_grounds_computed(self, _count: int) -> None:
        self._computing_grounds = False
        self.load()  # done once the rows carrying them are read back

    def set_query(self, query: MapQuery) -> None:
        self.query = query
        self.apply()

    def apply(self) -> None:
        if self.rows is None:
            return
        self._generation += 1
        generation = self._generation
        rows, query = self.rows, self.query
        if not is_filtered(query.records):
            # No SQL needed: group right here (tens of ms for 100,000 rows).
            self._on_grouped(generation, aggregate(rows, level=query.level, color_by=query.color_by))
            return
        DbOp(self._worker, self, lambda vault: group(vault, rows, query)).success(
            lambda data: self._on_grouped(generation, data)
        ).failure(self.failed.emit).run()

    def _on_grouped(self, generation: int, data: MapData) -> None:
        if generation != self._generation:
            return
        self.data = data
        self.data_ready.emit(data)
