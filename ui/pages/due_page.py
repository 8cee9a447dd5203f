"""待办 Due: the answers that are overdue, due today and due this week, oldest first.

Everything here comes from app/request_list.due_soon (SQL over the cached due dates that app/tracking
keeps in step with each timeline). While the app is open, a request that falls due raises one
system-tray notification — where the platform has a tray — naming only the reference code: a
notification is shown on the lock screen and kept in the OS notification history, so it must not
carry the handler's name or anything else from the vault (TEST-MATRIX P1).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.request_list import RequestRow, due_soon
from ui.composer.labels import due_display, rung_label, status_label
from ui.i18n import translate
from ui.tasks import DbOp, DbWorker
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]
WEEK_DAYS = 7
RECHECK_MS = 10 * 60 * 1000  # the date can change while the app stays open


def group_rows(rows: list[RequestRow], today: dt.date) -> dict[str, list[RequestRow]]:
    """Split into overdue / today / this week, keeping the oldest-first order inside each group."""
    groups: dict[str, list[RequestRow]] = {"overdue": [], "today": [], "week": []}
    for row in rows:
        days = row.days_left(today)
        if days is None:
            continue
        key = "overdue" if days < 0 else "today" if days == 0 else "week"
        groups[key].append(row)
    return groups


class DueNotifier(QObject):
    """One tray message per request that falls due while the app is open (never for the same one twice).

    `tray_available` and `make_tray` are seams for tests; by default they ask Qt. Without a system
    tray nothing is shown (the Due page itself always lists everything)."""

    notified = Signal(str, str)  # title, text actually shown

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        tray_available: Callable[[], bool] = QSystemTrayIcon.isSystemTrayAvailable,
        make_tray: Callable[[QObject], QSystemTrayIcon] | None = None,
    ) -> None:
        super().__init__(parent)
        self._tray_available = tray_available
        self._make_tray = make_tray or self._default_tray
        self._tray: QSystemTrayIcon | None = None
        # (case, letter reference): a reminder or complaint falling due later is a new notice.
        self._already: set[tuple[int, str]] = set()

    @staticmethod
    def _default_tray(parent: QObject) -> QSystemTrayIcon:
        from ui.application import app_icon

        icon = app_icon()
        tray = QSystemTrayIcon(icon if not icon.isNull() else QIcon(), parent)
        tray.setToolTip("FaceLedger")
        return tray

    def message_for(self, rows: list[RequestRow]) -> tuple[str, str]:
        """Title and text: the reference codes only (at most three, then a count)."""
        codes = [r.reference or f"#{r.id}" for r in rows]
        shown = ", ".join(codes[:3])
        # n as a plain name: pyside6-lupdate 6.11 skips calls whose n is an expression.
        hidden, count = len(codes) - 3, len(codes)
        if hidden > 0:
            shown += " " + translate("DuePage", "and %n more", None, hidden)
        title = translate("DuePage", "FaceLedger: a reply is due", None, count)
        text = translate("DuePage", "Due or overdue: %1").replace("%1", shown)
        return title, text

    def check(self, rows: list[RequestRow], today: dt.date) -> bool:
        """Notify about rows due today or overdue that were not notified yet. True if shown."""
        fresh = [r for r in rows if (r.id, r.reference) not in self._already
                 and (r.days_left(today) or 0) <= 0 and r.due_date is not None]
        if not fresh:
            return False
        self._already.update((r.id, r.reference) for r in fresh)
        if not self._tray_available():
            return False
        if self._tray is None:
            self._tray = self._make_tray(self)
            self._tray.show()
        title, text = self.message_for(fresh)
        self._tray.showMessage(title, text, QSystemTrayIcon.MessageIcon.Information, 15_000)
        self.notified.emit(title, text)
        return True

    def hide(self) -> None:
        if self._tray is not None:
            self._tray.hide()


def _due_text(row: RequestRow) -> str:
    if row.due_date is None:
        return "—"
    if row.due_estimated():  # no official holiday schedule for its year yet (the detail says why)
        return translate("RequestDetail", "%1 (estimated)").replace("%1", row.due_date.isoformat())
    return row.due_date.isoformat()


GROUPS = ("overdue", "today", "week")


def _group_title(key: str) -> str:
    return {
        "overdue": translate("DuePage", "Overdue"),
        "today": translate("DuePage", "Due today"),
        "week": translate("DuePage", "Due this week"),
    }[key]


class DueModel(QAbstractTableModel):
    """Group header rows ("Overdue (3)") followed by their requests, oldest due date first.

    A model rather than a QTreeWidget: one Python object per request, no widget item per cell, so
    a vault with thousands of overdue requests still shows at once."""

    COLUMNS = 5  # reference, recipient, step (request / reminder / complaint), due, time left

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.entries: list[tuple[str, RequestRow | None, int]] = []  # (group, row or None=header, count)
        self.today = dt.date.min
        self._bold = QFont()
        self._bold.setBold(True)

    def set_rows(self, rows: list[RequestRow], today: dt.date) -> None:
        groups = group_rows(rows, today)
        self.beginResetModel()
        self.today = today
        self.entries = []
        for key in GROUPS:
            if groups[key]:
                self.entries.append((key, None, len(groups[key])))
                self.entries.extend((key, row, 0) for row in groups[key])
        self.endResetModel()

    def header_rows(self) -> list[int]:
        return [i for i, (_key, row, _n) in enumerate(self.entries) if row is None]

    def request_id_at(self, row: int) -> int | None:
        entry = self.entries[row][1] if 0 <= row < len(self.entries) else None
        return entry.id if entry is not None else None

    def text(self, row: int, column: int) -> str:
        return str(self.data(self.index(row, column)) or "")

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            translate("DuePage", "Reference"),
            translate("DuePage", "Recipient"),
            translate("DuePage", "Step"),
            translate("DuePage", "Due"),
            translate("DuePage", "Time left"),
        )[section]

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if self.entries[index.row()][1] is None:
            return Qt.ItemFlag.ItemIsEnabled  # a group title: not selectable
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        key, row, count = self.entries[index.row()]
        column = index.column()
        if row is None:
            if role == Qt.ItemDataRole.DisplayRole and column == 0:
                return f"{_group_title(key)} ({count})"
            if role == Qt.ItemDataRole.FontRole:
                return self._bold
            return None
        due = due_display(row.days_left(self.today), row.awaiting_reply())
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                row.reference,
                row.recipient or row.handler_name or "—",
                rung_label(row.rung),
                _due_text(row),
                due.text,
            )[column]
        if role == Qt.ItemDataRole.ForegroundRole and column in (3, 4):
            return due.foreground
        if role == Qt.ItemDataRole.BackgroundRole and column in (3, 4):
            return due.background
        if role == Qt.ItemDataRole.ToolTipRole and column == 4:
            return status_label(row.shown_status(self.today))
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


class DuePage(QWidget):
    """What needs action today and this week. Double-click (or Enter) opens the request's timeline."""

    loaded = Signal(int)  # number of requests shown

    def __init__(
        self, context: Any, parent: QWidget | None = None, *, notifier: DueNotifier | None = None
    ) -> None:
        super().__init__(parent)
        self.context = context
        self._worker: DbWorker = context.worker
        self._today: Today = getattr(context, "today", None) or dt.date.today
        self.rows: list[RequestRow] = []
        self.notifier = notifier or DueNotifier(self)
        self.banner = MessageBanner(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.2)
        font.setBold(True)
        self.heading.setFont(font)
        self.refresh_button = QPushButton(translate("DuePage", "Refresh"), self)
        self.refresh_button.clicked.connect(self.refresh)
        self.model = DueModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        vertical = self.table.verticalHeader()
        vertical.hide()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        metrics = self.fontMetrics()
        self.table.setColumnWidth(0, metrics.horizontalAdvance("FL-20260302-WWWW") + 28)
        self.table.setColumnWidth(1, metrics.horizontalAdvance("某某银行股份有限公司南京城东支行") + 24)
        self.table.setColumnWidth(2, 300)
        self.table.setColumnWidth(3, metrics.horizontalAdvance("2026-12-31") + 24)
        self.table.activated.connect(self._open_index)
        self.table.doubleClicked.connect(self._open_index)
        self.empty_label = QLabel(translate("DuePage", "Nothing is due this week."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)

        self._timer = QTimer(self)
        self._timer.setInterval(RECHECK_MS)
        self._timer.timeout.connect(self.refresh)
        self._timer.start()
        self.refresh()

    def page_shown(self) -> None:
        self.refresh()

    def refresh(self) -> None:
        today = self._today()

        def op(vault: Any) -> list[RequestRow]:
            return due_soon(vault, today, within_days=WEEK_DAYS)

        DbOp(self._worker, self, op).success(lambda rows: self.show_rows(rows, today)) \
            .failure(self._failed).run()

    def _failed(self, exc: BaseException) -> None:
        from ui import errors

        if errors.is_expected(exc):
            self.banner.show_message(errors.message_for(exc), BannerLevel.ERROR)
        else:
            errors.show_exception(exc, self)

    def show_rows(self, rows: list[RequestRow], today: dt.date) -> None:
        self.rows = rows
        self.table.clearSpans()
        self.model.set_rows(rows, today)
        for header_row in self.model.header_rows():
            self.table.setSpan(header_row, 0, 1, DueModel.COLUMNS)
        overdue = sum(1 for r in rows if (r.days_left(today) or 0) < 0)
        needing_action = len(rows)  # a plain name: pyside6-lupdate 6.11 skips calls whose n is an expression
        self.heading.setText(
            translate("DuePage", "%n request(s) [needs|need] action this week", None, needing_action)
            + ("" if not overdue else " · " + translate("DuePage", "%n overdue", None, overdue))
        )
        self.table.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.notifier.check(rows, today)
        self.loaded.emit(len(rows))

    def _open_index(self, index: QModelIndex) -> None:
        request_id = self.model.request_id_at(index.row())
        if request_id is None:
            return
        navigate = getattr(self.context, "navigate", None)
        if callable(navigate):
            navigate("requests", request_id=request_id)
