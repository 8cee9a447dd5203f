"""地图 Map: where faces were collected, as dots at cities (or districts, provinces); offline.

No tiles, no network, no boundary lines (docs/MAP.md). The filters are the Records page's (same
query, same records); the list beside the map names every place with its count, so everything on
the map can also be reached with the keyboard and read by a screen reader. Clicking a dot (or
Enter on a row) shows exactly those records on the Records page.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.geo.mapdata import NO_GROUND, REQUEST_STATES, MapData, MapPoint
from app.geo.render import FORMATS, MapText, colors_for, layout_map, render
from ui import facts_labels
from ui.errors import message_for
from ui.i18n import core_lang, current_language, translate
from ui.models.map_model import MapModel, MapQuery, is_filtered
from ui.models.record_table_model import RecordQuery
from ui.widgets.map_view import MapView
from ui.widgets.message_banner import BannerLevel, MessageBanner

SEARCH_DEBOUNCE_MS = 250
NOT_COMPUTED = "?"


def state_labels() -> dict[str, str]:
    return {
        "none": translate("MapPage", "No request sent"),
        "waiting": translate("MapPage", "Waiting for a reply"),
        "overdue": translate("MapPage", "Overdue"),
        "complied": translate("MapPage", "Complied"),
        "refused": translate("MapPage", "Refused or partly"),
    }


class MapPage(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._library: Any = None
        self.model = MapModel(context.worker, self.library, self)
        self.model.data_ready.connect(self._on_data)
        self.model.failed.connect(lambda exc: self.banner.show_message(message_for(exc), BannerLevel.ERROR))
        self.model.grounds_ready.connect(self._on_grounds_ready)

        title = QLabel(translate("MapPage", "Map"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.export_button = QPushButton(translate("MapPage", "Export…"), self)
        menu = QMenu(self.export_button)
        for fmt, text in (
            ("png", translate("MapPage", "PNG image…")),
            ("svg", translate("MapPage", "SVG drawing…")),
            ("pdf", translate("MapPage", "PDF document…")),
        ):
            menu.addAction(text, lambda f=fmt: self.export(f))
        self.export_button.setMenu(menu)
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.export_button)

        # The Records page's filters, in the same order and with the same meaning.
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("MapPage", "Search places, handlers, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("MapPage", "Search"))
        self.place_filter = QComboBox(self)
        self.place_filter.addItem(translate("MapPage", "All kinds of places"), None)
        for key, text in facts_labels.place_types().items():
            self.place_filter.addItem(text, key)
        self.place_filter.setAccessibleName(translate("MapPage", "Kind of place"))
        self.city_filter = QLineEdit(self)
        self.city_filter.setPlaceholderText(translate("MapPage", "City"))
        self.city_filter.setClearButtonEnabled(True)
        self.city_filter.setMaximumWidth(140)
        self.city_filter.setAccessibleName(translate("MapPage", "City"))
        self.open_only = QCheckBox(translate("MapPage", "With an open request"), self)
        from ui.pages.case_tools import ProfileFilter

        self.profile_filter = ProfileFilter(context.worker, self)
        self.level = QComboBox(self)
        self.level.addItem(translate("MapPage", "By city"), "city")
        self.level.addItem(translate("MapPage", "By district"), "district")
        self.level.addItem(translate("MapPage", "By province"), "province")
        self.level.setAccessibleName(translate("MapPage", "Group by"))
        self.color_by = QComboBox(self)
        self.color_by.addItem(translate("MapPage", "Colour: request state"), "request_state")
        self.color_by.addItem(translate("MapPage", "Colour: main ground"), "ground")
        self.color_by.setAccessibleName(translate("MapPage", "Colour"))
        filters = QHBoxLayout()
        filters.addWidget(self.profile_filter)
        filters.addWidget(self.search, 3)
        filters.addWidget(self.place_filter, 1)
        filters.addWidget(self.city_filter)
        filters.addWidget(self.open_only)
        filters.addWidget(self.level)
        filters.addWidget(self.color_by)

        self.banner = MessageBanner(self)
        self.view = MapView(self)
        self.view.setAccessibleName(translate("MapPage", "Map of the records"))
        self.view.setAccessibleDescription(
            translate(
                "MapPage",
                "Dots at the places of your records. Arrow keys move, plus and minus zoom, 0 fits, "
                "N and P step through the places, Enter shows the records of the selected place.",
            )
        )
        self.view.empty_text = translate("MapPage", "Loading…")
        self.view.tooltip_for = self.describe
        self.view.point_activated.connect(self.show_records)
        self.view.point_hovered.connect(self._on_hovered)
        self.view.selection_changed.connect(self._on_view_selection)

        self.places = QTableWidget(0, 2, self)
        self.places.setHorizontalHeaderLabels(
            [translate("MapPage", "Place"), translate("MapPage", "Records")]
        )
        self.places.setAccessibleName(translate("MapPage", "Places"))
        self.places.verticalHeader().hide()
        self.places.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.places.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.places.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.places.setShowGrid(False)
        self.places.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.places.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.places.itemSelectionChanged.connect(self._on_list_selection)
        self.places.itemActivated.connect(lambda item: self._activate_row(item.row()))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.view)
        splitter.addWidget(self.places)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.info = QLabel(self)
        self.info.setWordWrap(True)
        self.info.setTextFormat(Qt.TextFormat.PlainText)
        self.note = QLabel(
            translate(
                "MapPage",
                "Dots sit at the seats of cities and districts, never at a record's own position; "
                "their area grows with the number of records. No boundary lines are drawn. "
                "Scroll or press +/− to zoom, drag or use the arrow keys to move, 0 to see everything.",
            ),
            self,
        )
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 4, 8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.info)
        layout.addWidget(self.note)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.city_filter.textChanged.connect(lambda _t: self.debounce.start())
        for combo in (self.place_filter, self.level, self.color_by):
            combo.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.open_only.toggled.connect(lambda _b: self.apply_query())
        self.profile_filter.profile_changed.connect(lambda _p: self.apply_query())
        self._syncing = False
        self._summary = ""
        self.model.query = self.current_query()
        self.model.load()

    # --- query ------------------------------------------------------------------------------------
    def current_query(self) -> MapQuery:
        return MapQuery(
            records=RecordQuery(
                search=self.search.text().strip(),
                place_type=self.place_filter.currentData(),
                city=self.city_filter.text().strip() or None,
                open_request_only=self.open_only.isChecked(),
                profile_id=self.profile_filter.profile_id(),
            ),
            level=str(self.level.currentData()),
            color_by=str(self.color_by.currentData()),
        )

    def apply_query(self) -> None:
        self.debounce.stop()
        self.model.set_query(self.current_query())

    # --- labels -----------------------------------------------------------------------------------
    def library(self) -> Any:
        if self._library is None:
            self._library = self.context.rule_library()
        return self._library

    def ground_labels(self) -> dict[str, str]:
        from app.rules.model import localized

        library = self.library()
        lang = core_lang(current_language())
        labels = {str(g.id): localized(g.title, lang) for g in library.grounds} if library else {}
        labels[NO_GROUND] = translate("MapPage", "No specific ground")
        labels[NOT_COMPUTED] = translate("MapPage", "Not checked yet")
        return labels

    def category_labels(self, data: MapData) -> dict[str, str]:
        return state_labels() if data.color_by == "request_state" else self.ground_labels()

    def colors(self, data: MapData) -> dict[str, str]:
        library = self.library()
        return colors_for(data, [str(g.id) for g in library.grounds] if library else [])

    def legend(self, data: MapData) -> list[tuple[str, str]]:
        labels = self.category_labels(data)
        if data.color_by == "request_state":
            return [(key, labels[key]) for key in REQUEST_STATES]
        present = {key for p in data.points for key, _ in p.categories}
        return [(key, text) for key, text in labels.items() if key in present]

    def describe(self, point: MapPoint) -> str:
        """The hover text: place, count, top kinds of place, and the colour categories."""
        types = facts_labels.place_types()
        data = self.model.data
        categories = self.category_labels(data) if data else {}
        n = point.count  # a plain name: pyside6-lupdate skips plurals whose count is an attribute
        count = translate("MapPage", "%n record(s)", None, n)
        lines = [point.full_name, count]
        top = "、".join(f"{types.get(k, k)} {n}" for k, n in point.place_types[:3])
        lines.append(translate("MapPage", "Most often: %1").replace("%1", top))
        lines.extend(f"{categories.get(k, k)}: {n}" for k, n in point.categories[:5])
        return "\n".join(lines)

    # --- results ----------------------------------------------------------------------------------
    def _on_data(self, data: MapData) -> None:
        self.view.empty_text = (
            translate("MapPage", "No record matches these filters.")
            if is_filtered(self.model.query.records)
            else translate("MapPage", "No records yet. Records appear here by the city you enter.")
        )
        if data.total and not data.points:
            self.view.empty_text = translate(
                "MapPage", "None of these records has a recognised place. Check their city fields."
            )
        self.view.set_data(data, self.colors(data), self.legend(data))
        self._fill_places(data)
        shown = data.total - data.unplaced
        text = translate("MapPage", "%n record(s) on the map", None, shown)
        if data.unplaced:
            unplaced = data.unplaced
            missing = translate("MapPage", "%n record(s) without a recognised place", None, unplaced)
            text += " · " + missing
        if data.color_by == "ground" and not self.model.grounds_done:
            text += " · " + translate("MapPage", "checking the grounds of every record…")
        self._summary = text
        self.info.setText(text)

    def _on_grounds_ready(self) -> None:
        if self.model.data is not None:
            self._on_data(self.model.data)  # drop "checking the grounds…" and the grey "not checked"

    def _fill_places(self, data: MapData) -> None:
        self._syncing = True
        self.places.setRowCount(len(data.points))
        for row, point in enumerate(data.points):
            name = QTableWidgetItem(point.full_name)
            name.setToolTip(self.describe(point))
            count = QTableWidgetItem(str(point.count))
            count.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            self.places.setItem(row, 0, name)
            self.places.setItem(row, 1, count)
        selected = self.view.selected_point()
        if selected is not None:
            self.places.selectRow(data.points.index(selected))
        self._syncing = False

    def _on_list_selection(self) -> None:
        if self._syncing or self.model.data is None:
            return
        rows = self.places.selectionModel().selectedRows()
        if rows:
            self.view.select_code(self.model.data.points[rows[0].row()].code, center=True)

    def _on_view_selection(self, point: MapPoint | None) -> None:
        if self.model.data is None or point is None:
            return
        self._syncing = True
        self.places.selectRow(self.model.data.points.index(point))
        self._syncing = False

    def _on_hovered(self, point: MapPoint | None) -> None:
        # The place under the pointer, in words (also for screen readers); else the summary again.
        self.info.setText(self.describe(point).replace("\n", " · ") if point is not None else self._summary)

    def _activate_row(self, row: int) -> None:
        if self.model.data is not None and 0 <= row < len(self.model.data.points):
            self.show_records(self.model.data.points[row])

    def show_records(self, point: MapPoint) -> None:
        """Show exactly this place's records (as filtered here) on the Records page."""
        self.context.navigate("records", record_ids=list(point.record_ids), place=point.full_name)

    # --- export -----------------------------------------------------------------------------------
    def export_bytes(self, fmt: str) -> bytes:
        data = self.model.data
        if data is None:
            raise ValueError("nothing loaded yet")
        total = data.total
        title = translate("MapPage", "Where faces were collected: %n record(s)", None, total)
        note = translate(
            "MapPage",
            "Dots sit at the seats of administrative units, area proportional to the number of records; "
            "no boundary lines are drawn.",
        )
        text = MapText(title, note, dict(self.legend(data)))
        return render(layout_map(data, text, colors=self.colors(data)), fmt)

    def export(self, fmt: str) -> None:
        if fmt not in FORMATS or self.model.data is None:
            return
        from app.outputs import write_output
        from ui import dialogs

        suggested = translate("MapPage", "faceledger-map") + "." + fmt
        path = dialogs.get_save_file_name(
            self, translate("MapPage", "Export the map"), suggested, f"{fmt.upper()} (*.{fmt})"
        )
        if not path:
            return
        if not path.lower().endswith("." + fmt):
            path += "." + fmt
        try:
            # The file dialog has asked before replacing an existing file.
            write_output(path, self.export_bytes(fmt), force=True)
        except Exception as exc:  # noqa: BLE001 - shown to the user, nothing half-written (atomic)
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            return
        self.banner.show_message(translate("MapPage", "Map saved: %1").replace("%1", path), BannerLevel.INFO)

    # --- page protocol ----------------------------------------------------------------------------
    def page_shown(self) -> None:
        # Records may have changed on other pages: read the rows again (cheap; places are cached).
        if self.model.rows is not None:
            self.model.load()
        self.view.setFocus()
