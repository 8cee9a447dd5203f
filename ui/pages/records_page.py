"""记录 Records: every place that took the user's face, searchable, with what is wrong at each.

The table is a RecordTableModel (ids + lazy rows, queries in SQL on the DB worker). Typing in the
search box is debounced (SEARCH_DEBOUNCE_MS) so a query runs when the user pauses, not per key.
"""

from __future__ import annotations

from typing import Any

import shiboken6
from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetrics, QPainter, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui import facts_labels, theme
from ui.errors import message_for
from ui.i18n import translate
from ui.models.record_table_model import GROUNDS_ROLE, RecordQuery, RecordTableModel
from ui.widgets.message_banner import BannerLevel, MessageBanner

SEARCH_DEBOUNCE_MS = 250


class GroundsBadgeDelegate(QStyledItemDelegate):
    """Paints each ground that holds as a small rounded badge."""

    def paint(
        self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> None:
        titles = index.data(GROUNDS_ROLE) or []
        if not titles:
            super().paint(painter, option, index)
            return
        style = option.widget.style() if option.widget else None
        if style is not None:
            # Background and selection as usual, text drawn by us.
            opt = QStyleOptionViewItem(option)
            self.initStyleOption(opt, index)
            opt.text = ""
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, option.widget)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = QFontMetrics(option.font)
        x = option.rect.left() + 4
        height = metrics.height() + 4
        y = option.rect.top() + (option.rect.height() - height) / 2
        for title in titles:
            width = metrics.horizontalAdvance(title) + 14
            if x + width > option.rect.right() - 4:
                painter.setPen(option.palette.text().color())
                painter.drawText(QRectF(x, y, 24, height), Qt.AlignmentFlag.AlignVCenter, "…")
                break
            rect = QRectF(x, y, width, height)
            colours = theme.colours()
            painter.setPen(QPen(QColor(colours.chip_border), 1))
            painter.setBrush(QColor(colours.chip_bg))
            painter.drawRoundedRect(rect, height / 2, height / 2)
            painter.setPen(QColor(colours.chip_text))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, title)
            x += width + 6
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:  # noqa: N802
        hint = super().sizeHint(option, index)
        return QSize(hint.width(), max(hint.height(), QFontMetrics(option.font).height() + 10))


class RecordsPage(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.map_selection: frozenset[int] = frozenset()  # records of a place chosen on the Map page
        self.model = RecordTableModel(context.worker, context.rule_library, self)
        self.model.query_finished.connect(self._on_query_finished)
        self.model.query_failed.connect(self._on_query_failed)

        title = QLabel(translate("RecordsPage", "Records"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.new_button = QPushButton(translate("RecordsPage", "&New record…"), self)
        self.new_button.setToolTip(translate("RecordsPage", "Add a place where your face was taken (Ctrl+N)"))
        self.new_button.setDefault(True)
        self.new_button.clicked.connect(lambda: self.open_editor(None))
        header = QHBoxLayout()
        header.addWidget(title)
        header.addStretch(1)
        header.addWidget(self.new_button)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(translate("RecordsPage", "Search places, handlers, notes…"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("RecordsPage", "Search"))
        self.search.setAccessibleDescription(
            translate("RecordsPage", "Search places, handlers, notes… (Ctrl+F)")
        )
        self.search.setMinimumWidth(240)
        self.place_filter = QComboBox(self)
        self.place_filter.setAccessibleName(translate("RecordsPage", "Kind of place"))
        self.place_filter.addItem(translate("RecordsPage", "All kinds of places"), None)
        for key, text in facts_labels.place_types().items():
            self.place_filter.addItem(text, key)
        self.city_filter = QLineEdit(self)
        self.city_filter.setPlaceholderText(translate("RecordsPage", "City"))
        self.city_filter.setClearButtonEnabled(True)
        self.city_filter.setMaximumWidth(140)
        self.city_filter.setAccessibleName(translate("RecordsPage", "City"))
        self.open_only = QCheckBox(translate("RecordsPage", "With an open request"), self)
        self.sort = QComboBox(self)
        self.sort.setAccessibleName(translate("RecordsPage", "Order"))
        self.sort.addItem(translate("RecordsPage", "Newest first"), True)
        self.sort.addItem(translate("RecordsPage", "Oldest first"), False)
        filters = QHBoxLayout()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.place_filter, 1)
        filters.addWidget(self.city_filter)
        filters.addWidget(self.open_only)
        filters.addWidget(self.sort)

        self.banner = MessageBanner(self)
        self.table = QTableView(self)
        self.table.setAccessibleName(translate("RecordsPage", "Records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(QFontMetrics(self.font()).height() + 14)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setItemDelegateForColumn(RecordTableModel.Col.GROUNDS, GroundsBadgeDelegate(self.table))
        # The kind-of-place column fits its longest label in the UI language ("Residential compound"
        # was cut to "Residential compo…"); the others have room to grow.
        metrics = QFontMetrics(self.table.font())
        place_type_width = max(metrics.horizontalAdvance(t) for t in facts_labels.place_types().values()) + 24
        for col, width in (
            (RecordTableModel.Col.DATE, max(100, metrics.horizontalAdvance("2026-12-31") + 24)),
            (RecordTableModel.Col.PLACE, 190),
            (RecordTableModel.Col.PLACE_TYPE, max(130, place_type_width)),
            (RecordTableModel.Col.CITY, 80),
            (RecordTableModel.Col.HANDLER, 200),
        ):
            self.table.setColumnWidth(col, width)
        # `activated` is Enter and, on every desktop, the double click; connecting doubleClicked as
        # well opened two editors for one double click.
        self.table.activated.connect(self._on_table_double_clicked)
        self._editors: dict[int | None, Any] = {}

        self.empty = QLabel(self)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: palette(placeholder-text); font-size: 12pt;")
        self.body = QStackedWidget(self)
        self.body.addWidget(self.table)
        self.body.addWidget(self.empty)

        self.count_label = QLabel(self)
        self.count_label.setStyleSheet("color: palette(placeholder-text);")

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 4, 8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addWidget(self.banner)
        layout.addWidget(self.body, 1)
        layout.addWidget(self.count_label)

        self.debounce = QTimer(self)
        self.debounce.setSingleShot(True)
        self.debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self.debounce.timeout.connect(self.apply_query)
        self.search.textChanged.connect(lambda _t: self.debounce.start())
        self.city_filter.textChanged.connect(lambda _t: self.debounce.start())
        self.place_filter.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.open_only.toggled.connect(lambda _b: self.apply_query())
        self.sort.currentIndexChanged.connect(lambda _i: self.apply_query())
        self.count_label.setText(translate("RecordsPage", "Loading…"))
        from ui.pages.case_tools import RecordsExtras  # letters, bundles, dossier, profile filter

        self.extras = RecordsExtras(self, header, filters)
        self.apply_query()

    # --- querying --------------------------------------------------------------------------------
    def current_query(self) -> RecordQuery:
        return RecordQuery(
            search=self.search.text().strip(),
            place_type=self.place_filter.currentData(),
            city=self.city_filter.text().strip() or None,
            open_request_only=self.open_only.isChecked(),
            newest_first=bool(self.sort.currentData()),
            profile_id=self.extras.profile_filter.profile_id() if hasattr(self, "extras") else None,
            extra={"record_ids": self.map_selection} if self.map_selection else {},
        )

    def apply_query(self) -> None:
        self.debounce.stop()
        self.model.set_query(self.current_query())

    def _on_query_finished(self, count: int) -> None:
        query = self.model.query
        filtered = bool(
            query.search or query.place_type or query.city or query.open_request_only or query.extra
        ) or (query.profile_id is not None)
        self.count_label.setText(
            translate("RecordsPage", "%n record(s) found", None, count)
            if filtered
            else translate("RecordsPage", "%n record(s)", None, count)
        )
        if count == 0:
            self.empty.setText(
                translate("RecordsPage", "Nothing matches. Try fewer words or clear the filters.")
                if filtered
                else translate(
                    "RecordsPage",
                    "No records yet.\nAdd the first place where your face was taken: “New record…”.",
                )
            )
            self.body.setCurrentWidget(self.empty)
        else:
            self.body.setCurrentWidget(self.table)

    def _on_query_failed(self, exc: BaseException) -> None:
        self.banner.show_message(message_for(exc), BannerLevel.ERROR)

    # --- records ---------------------------------------------------------------------------------
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        record_id = self.model.record_id_at(index.row())
        if record_id is not None:
            self.open_editor(record_id)

    def open_editor(self, record_id: int | None) -> Any:
        """The editor of `record_id` (one per record: an open one comes to the front)."""
        from ui.record_editor import RecordEditorDialog

        existing = self._editors.get(record_id) if record_id is not None else None
        if existing is not None and shiboken6.isValid(existing) and existing.isVisible():
            existing.raise_()
            existing.activateWindow()
            return existing
        dialog = RecordEditorDialog(self.context, record_id, self)
        dialog.saved.connect(self._on_record_saved)
        dialog.deleted.connect(self._on_record_saved)
        if record_id is not None:
            self._editors[record_id] = dialog
            dialog.finished.connect(lambda _r, rid=record_id, d=dialog: self._forget_editor(rid, d))
        dialog.open()
        return dialog

    def _forget_editor(self, record_id: int, dialog: Any) -> None:
        if self._editors.get(record_id) is dialog:
            del self._editors[record_id]

    def open_draft(self, draft_id: int, record_id: int | None, state: dict[str, Any]) -> None:
        """Reopen answers kept when the vault locked during an edit (ui.main_window offers them)."""
        editor = self.open_editor(record_id)
        editor.restore_draft(draft_id, state)

    def _on_record_saved(self, record_id: int) -> None:
        self.model.mark_stale(record_id)
        self.model.refresh()

    def navigate_to(
        self,
        record_id: int | None = None,
        record_ids: list[int] | None = None,
        place: str = "",
        **_kwargs: Any,
    ) -> None:
        if record_ids is not None:  # a place clicked on the Map page: show just its records
            self.show_map_selection(record_ids, place)
        if record_id is not None:
            self.open_editor(int(record_id))

    def show_map_selection(self, record_ids: list[int], place: str) -> None:
        self.map_selection = frozenset(int(i) for i in record_ids)
        count = len(record_ids)
        text = translate("RecordsPage", "Showing the %n record(s) at %1 chosen on the map.", None, count)
        self.banner.show_message(
            text.replace("%1", place),
            BannerLevel.INFO,
            action_text=translate("RecordsPage", "Show all records"),
            action=self.clear_map_selection,
            closable=False,
        )
        self.apply_query()

    def clear_map_selection(self) -> None:
        self.map_selection = frozenset()
        self.banner.hide()
        self.apply_query()

    def page_shown(self) -> None:
        self.search.setFocus()
