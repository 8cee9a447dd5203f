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

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QIcon
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSystemTrayIcon,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.request_list import RequestRow, due_soon
from ui.composer.labels import due_display, status_label, types_label
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
        self._already: set[int] = set()

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
        if len(codes) > 3:
            shown += " " + translate("DuePage", "and %n more", None, len(codes) - 3)
        title = translate("DuePage", "FaceLedger: a reply is due", None, len(codes))
        text = translate("DuePage", "Due or overdue: %1").replace("%1", shown)
        return title, text

    def check(self, rows: list[RequestRow], today: dt.date) -> bool:
        """Notify about rows due today or overdue that were not notified yet. True if shown."""
        fresh = [r for r in rows if r.id not in self._already and (r.days_left(today) or 0) <= 0
                 and r.due_date is not None]
        if not fresh:
            return False
        self._already.update(r.id for r in fresh)
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


class DuePage(QWidget):
    """What needs action today and this week. Double-click opens the request's timeline."""

    loaded = Signal(int)  # number of rows shown

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
        self.tree = QTreeWidget(self)
        self.tree.setColumnCount(5)
        self.tree.setHeaderLabels([
            translate("DuePage", "Reference"),
            translate("DuePage", "Handler"),
            translate("DuePage", "Requests"),
            translate("DuePage", "Due"),
            translate("DuePage", "Time left"),
        ])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        header = self.tree.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setColumnWidth(2, 260)
        self.tree.itemActivated.connect(self._open_item)
        self.empty_label = QLabel(translate("DuePage", "Nothing is due this week."), self)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty_label.hide()

        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.refresh_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
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
        self.tree.clear()
        groups = group_rows(rows, today)
        titles = {
            "overdue": translate("DuePage", "Overdue"),
            "today": translate("DuePage", "Due today"),
            "week": translate("DuePage", "Due this week"),
        }
        for key in ("overdue", "today", "week"):
            members = groups[key]
            if not members:
                continue
            group = QTreeWidgetItem([f"{titles[key]} ({len(members)})"])
            font = group.font(0)
            font.setBold(True)
            group.setFont(0, font)
            group.setFirstColumnSpanned(True)
            group.setFlags(group.flags() & ~Qt.ItemFlag.ItemIsSelectable)
            self.tree.addTopLevelItem(group)
            for row in members:
                due = due_display(row.days_left(today), row.awaiting_reply())
                item = QTreeWidgetItem([
                    row.reference,
                    row.handler_name or "—",
                    types_label(row.types),
                    row.due_date.isoformat() if row.due_date else "—",
                    due.text,
                ])
                item.setData(0, Qt.ItemDataRole.UserRole, row.id)
                item.setToolTip(4, status_label(row.shown_status(today)))
                if due.foreground is not None and due.background is not None:
                    for col in (3, 4):
                        item.setForeground(col, QBrush(due.foreground))
                        item.setBackground(col, QBrush(due.background))
                group.addChild(item)
            group.setExpanded(True)
        overdue = len(groups["overdue"])
        self.heading.setText(
            translate("DuePage", "%n request(s) need action this week", None, len(rows))
            + ("" if not overdue else " · " + translate("DuePage", "%n overdue", None, overdue))
        )
        self.tree.setVisible(bool(rows))
        self.empty_label.setVisible(not rows)
        self.notifier.check(rows, today)
        self.loaded.emit(len(rows))

    def _open_item(self, item: QTreeWidgetItem, _column: int) -> None:
        request_id = item.data(0, Qt.ItemDataRole.UserRole)
        if request_id is None:
            return
        navigate = getattr(self.context, "navigate", None)
        if callable(navigate):
            navigate("requests", request_id=int(request_id))
