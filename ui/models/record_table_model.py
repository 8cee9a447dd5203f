"""The Records table: an id list plus lazily loaded, cached rows (ARCHITECTURE lesson 4).

Modelled on Anki's DataModel: `_ids` holds the record ids of the current query in SQL order (one
cheap query, even for 100,000 records), `_cache` the rows already loaded. `data()` for a row not in
the cache returns a placeholder and asks the DB worker for the block of rows around it (BLOCK_SIZE);
when they arrive, `dataChanged` repaints just those rows. Searching, filtering and sorting run in
SQL (app.records.record_ids) — never a QSortFilterProxyModel over 100k rows. A query whose answer
arrives after a newer query was started is dropped (generation counter), so fast typing never
shows stale results. The grounds badges come from app.rules.check over each loaded row's facts,
computed on the worker thread.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from app import records as core_records
from ui import facts_labels
from ui.i18n import core_lang, translate
from ui.tasks import DbOp, DbWorker

log = logging.getLogger(__name__)

BLOCK_SIZE = 60
CACHE_LIMIT = 5_000
GROUNDS_ROLE = Qt.ItemDataRole.UserRole + 1  # list[str]: titles of the grounds that hold
RECORD_ID_ROLE = Qt.ItemDataRole.UserRole + 2

_Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RecordRow:
    id: int
    date: str
    place_name: str
    place_type: str
    city: str
    handler_name: str
    grounds: tuple[str, ...] = ()
    failed: bool = False


@dataclass(frozen=True)
class RecordQuery:
    search: str = ""
    place_type: str | None = None
    city: str | None = None
    open_request_only: bool = False
    newest_first: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    profile_id: int | None = None  # one complainant's records (advocacy groups); None: everyone's


def load_ids(vault: Any, query: RecordQuery) -> list[int]:
    """Worker thread: the ids matching `query`, in display order."""
    ids = core_records.record_ids(
        vault,
        search=query.search or None,
        place_type=query.place_type,
        city=query.city or None,
        profile_id=query.profile_id,
        sort="date_desc" if query.newest_first else "date_asc",
    )
    if query.open_request_only:
        import datetime as dt

        from app import request_list

        open_ids = request_list.request_ids(vault, status=request_list.Filter.OPEN, today=dt.date.today())
        with_open = {row.record_id for row in request_list.request_rows(vault, open_ids).values()}
        ids = [i for i in ids if i in with_open]
    only = query.extra.get("record_ids")  # the records of one place chosen on the Map page
    if only is not None:
        ids = [i for i in ids if i in only]
    return ids


def load_rows(vault: Any, ids: list[int], library: Any, lang: str) -> dict[int, RecordRow]:
    """Worker thread: rows for `ids`, with the titles of the grounds that hold for each."""
    from app.rules import check
    from app.rules.model import localized

    rows: dict[int, RecordRow] = {}
    for record_id in ids:
        time.sleep(0)  # yield the GIL between rows: the GUI thread may be painting (see ui/application.py)
        try:
            record = core_records.get_record(vault, record_id)
        except Exception:  # noqa: BLE001 - a deleted or broken row shows as such, the table lives on
            rows[record_id] = RecordRow(record_id, "", "", "", "", "", failed=True)
            continue
        facts = record.facts
        grounds: tuple[str, ...] = ()
        if library is not None:
            try:
                result = check(facts, library)
                # Grounds that hold for every record (e.g. "face data is sensitive") say nothing about
                # this one: badges show only grounds some fact of this record triggered.
                grounds = tuple(localized(g.title, lang) for g in result.grounds if g.triggered_by)
            except Exception:  # noqa: BLE001
                log.warning("rules check failed for a record", exc_info=False)
        handler = facts.get("handler") or {}
        rows[record_id] = RecordRow(
            id=record_id,
            date=str(facts.get("date", "")),
            place_name=str(facts.get("place_name", "")),
            place_type=str(facts.get("place_type", "")),
            city=str(facts.get("city", "")),
            handler_name=str(handler.get("name", "")),
            grounds=grounds,
        )
    return rows


class RecordTableModel(QAbstractTableModel):
    class Col(IntEnum):
        DATE = 0
        PLACE = 1
        PLACE_TYPE = 2
        CITY = 3
        HANDLER = 4
        GROUNDS = 5

    query_finished = Signal(int)  # number of records the query found
    query_failed = Signal(object)  # the exception

    def __init__(
        self, worker: DbWorker, library_getter: Callable[[], Any], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._worker = worker
        self._library_getter = library_getter
        self._ids: list[int] = []
        self._row_of: dict[int, int] = {}
        self._cache: dict[int, RecordRow] = {}
        self._requested: set[int] = set()
        self._generation = 0
        self.query = RecordQuery()
        self.loading = False

    # --- queries -------------------------------------------------------------------------------
    def set_query(self, query: RecordQuery) -> None:
        self.query = query
        self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        query = self.query
        self.loading = True
        DbOp(self._worker, self, lambda vault: load_ids(vault, query)).success(
            lambda ids: self._on_ids_loaded(generation, ids)
        ).failure(lambda exc: self._on_ids_failed(generation, exc)).run()

    def _on_ids_loaded(self, generation: int, ids: list[int]) -> None:
        if generation != self._generation:
            return  # a newer query is on its way
        self.loading = False
        self.beginResetModel()
        self._ids = ids
        self._row_of = {record_id: row for row, record_id in enumerate(ids)}
        self._requested.clear()
        self.endResetModel()
        self.query_finished.emit(len(ids))

    def _on_ids_failed(self, generation: int, exc: BaseException) -> None:
        if generation == self._generation:
            self.loading = False
            self.query_failed.emit(exc)

    def mark_stale(self, record_id: int | None = None) -> None:
        """Forget cached rows (one record after an edit, or all) so they load again."""
        if record_id is None:
            self._cache.clear()
        else:
            self._cache.pop(record_id, None)
        self._requested.discard(record_id) if record_id is not None else self._requested.clear()
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.Col) - 1))

    def clear(self) -> None:
        """Drop every id and row (locking)."""
        self._generation += 1
        self.beginResetModel()
        self._ids = []
        self._row_of = {}
        self._cache.clear()
        self._requested.clear()
        self.endResetModel()

    # --- lazy rows ------------------------------------------------------------------------------
    def _request_block(self, row: int) -> None:
        start = (row // BLOCK_SIZE) * BLOCK_SIZE
        wanted = [
            i
            for i in self._ids[start : start + BLOCK_SIZE]
            if i not in self._cache and i not in self._requested
        ]
        if not wanted:
            return
        self._requested.update(wanted)
        generation = self._generation
        library_getter = self._library_getter
        lang = core_lang()
        try:
            library = library_getter()
        except Exception:  # noqa: BLE001 - rows still show without badges
            log.warning("rule library unavailable; grounds badges hidden")
            library = None
        DbOp(self._worker, self, lambda vault: load_rows(vault, wanted, library, lang)).success(
            lambda rows: self._on_rows_loaded(generation, rows)
        ).failure(lambda exc: self._on_rows_failed(wanted, exc)).run()

    def _on_rows_loaded(self, generation: int, rows: dict[int, RecordRow]) -> None:
        for record_id in rows:
            self._requested.discard(record_id)
        if generation != self._generation and not self._ids:
            return
        if len(self._cache) + len(rows) > CACHE_LIMIT:
            for old in list(self._cache)[: len(rows) + len(self._cache) - CACHE_LIMIT]:
                del self._cache[old]
        self._cache.update(rows)
        present = sorted(self._row_of[i] for i in rows if i in self._row_of)
        if present:
            self.dataChanged.emit(self.index(present[0], 0), self.index(present[-1], len(self.Col) - 1))

    def _on_rows_failed(self, wanted: list[int], exc: BaseException) -> None:
        self._requested.difference_update(wanted)
        log.info("loading rows failed: %s", exc.__class__.__name__)

    def row_for(self, row: int) -> RecordRow | None:
        if 0 <= row < len(self._ids):
            return self._cache.get(self._ids[row])
        return None

    def record_id_at(self, row: int) -> int | None:
        return self._ids[row] if 0 <= row < len(self._ids) else None

    def row_of_record(self, record_id: int) -> int | None:
        return self._row_of.get(record_id)

    def cached_row_count(self) -> int:
        return len(self._cache)

    # --- QAbstractTableModel ------------------------------------------------------------------------
    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.Col)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            {
                self.Col.DATE: translate("RecordTableModel", "Date"),
                self.Col.PLACE: translate("RecordTableModel", "Place"),
                self.Col.PLACE_TYPE: translate("RecordTableModel", "Kind of place"),
                self.Col.CITY: translate("RecordTableModel", "City"),
                self.Col.HANDLER: translate("RecordTableModel", "Handler"),
                self.Col.GROUNDS: translate("RecordTableModel", "What is wrong"),
            }.get(self.Col(section))
            if 0 <= section < len(self.Col)
            else None
        )

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._ids) or index.column() >= len(self.Col):
            return None
        record_id = self._ids[index.row()]
        if role == RECORD_ID_ROLE:
            return record_id
        row = self._cache.get(record_id)
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole:
                self._request_block(index.row())
                return "…" if index.column() == self.Col.DATE else ""
            return None
        col = self.Col(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            if row.failed:
                return translate("RecordTableModel", "(could not be loaded)") if col == self.Col.PLACE else ""
            if col == self.Col.DATE:
                return row.date
            if col == self.Col.PLACE:
                return row.place_name
            if col == self.Col.PLACE_TYPE:
                return facts_labels.label("place_type", row.place_type)
            if col == self.Col.CITY:
                return row.city
            if col == self.Col.HANDLER:
                return row.handler_name
            if col == self.Col.GROUNDS:
                return " · ".join(row.grounds)
        if role == GROUNDS_ROLE and col == self.Col.GROUNDS:
            return list(row.grounds)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.Col.GROUNDS and row.grounds:
            return "\n".join(row.grounds)
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
