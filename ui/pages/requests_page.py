"""请求 Requests: every letter sent, how late the answer is, and the timeline of each.

The table is an id list plus lazily loaded, cached rows (ARCHITECTURE lesson 4): filtering and
ordering run in SQL (app/request_list.py), and only the rows that are painted are read, a batch at
a time, on the database worker thread (ui/tasks.py). 20,000 requests open without blocking.

The detail panel loads one full `Request` (app/tracking) and shows its timeline; its buttons are the
next steps app/tracking/escalation.py suggests for that timeline (reminder letter, complaint letter,
record a reply with an attached scan, set the outcome).
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QDate,
    QItemSelection,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QTableView,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.letters.output import atomic_write
from app.request_list import Filter, Order, RequestRow, request_ids, request_rows
from app.tracking import escalation, sent_letters
from app.tracking import requests as tracking
from app.tracking.escalation import Action, NextStep
from app.tracking.ics import build_calendar
from app.tracking.ladder import Ladder, case_root_id
from app.tracking.lifecycle import OPEN_STATUSES, EventKind, Status
from app.tracking.model import Request
from app.tracking.sent_letters import SentLetter
from ui import dialogs, theme
from ui.composer.labels import (
    channel_label,
    due_display,
    event_label,
    rung_label,
    status_label,
    types_label,
)
from ui.i18n import translate
from ui.tasks import DbOp, DbWorker
from ui.widgets.date_edit import DateEdit, first_refused
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]
BATCH_SIZE = 200
MAX_ATTACHMENT_BYTES = 50 * 1024 * 1024  # a scan or a screenshot; larger files are refused up front


def _qdate(day: dt.date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> dt.date:
    return dt.date(day.year(), day.month(), day.day())


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else "—"


# --- the table model ------------------------------------------------------------------------------


class RequestTableModel(QAbstractTableModel):
    """Ids from SQL, rows loaded in batches of BATCH_SIZE when first painted."""

    class Col(IntEnum):
        """One row per case; the columns show its current rung (the latest letter sent)."""

        REFERENCE = 0
        STEP = 1  # request, reminder or complaint
        HANDLER = 2  # the current rung's recipient: the handler, or the regulator of a complaint
        STATUS = 3
        SENT = 4
        DUE = 5
        DAYS_LEFT = 6
        TYPES = 7  # last: the only column of varying length, it takes the remaining width

    ids_loaded = Signal(int)  # row count after a (re)load
    load_failed = Signal(object)  # the exception (the page shows it)
    rows_loaded = Signal(int, int)  # first, last row of a batch that arrived

    def __init__(self, worker: DbWorker, today: Today, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self._ids: list[int] = []
        self._cache: dict[int, RequestRow] = {}
        self._in_flight: set[int] = set()  # batch numbers being loaded
        self._generation = 0  # results of an older load are dropped
        self.status_filter: str = Filter.ALL.value
        self.order: Order = Order.NEWEST
        self.profile_id: int | None = None  # one complainant's requests (advocacy groups)
        self.loading = False

    # --- loading -----------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the id list (filter/order changed, or a request changed) and the first batch."""
        self._generation += 1
        generation = self._generation
        status, order, today = self.status_filter, self.order, self._today()
        profile_id = self.profile_id
        self.loading = True

        def op(vault: Any) -> tuple[list[int], dict[int, RequestRow]]:
            ids = request_ids(vault, status=status, today=today, order=order, profile_id=profile_id)
            return ids, request_rows(vault, ids[:BATCH_SIZE])

        def done(result: tuple[list[int], dict[int, RequestRow]]) -> None:
            if generation != self._generation:
                return
            ids, first_rows = result
            self.beginResetModel()
            self._ids = ids
            self._cache = dict(first_rows)
            self._in_flight.clear()
            self.endResetModel()
            self.loading = False
            self.ids_loaded.emit(len(ids))

        def failed(exc: BaseException) -> None:
            self.loading = False
            self.load_failed.emit(exc)

        DbOp(self._worker, self, op).success(done).failure(failed).run()

    def refresh_rows(self, request_ids_changed: list[int]) -> None:
        """Forget cached rows so they are re-read (after an event was added)."""
        for rid in request_ids_changed:
            self._cache.pop(rid, None)
        if self._ids:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._ids) - 1, len(self.Col) - 1))

    def _fetch_batch(self, batch: int) -> None:
        if batch in self._in_flight:
            return
        self._in_flight.add(batch)
        generation = self._generation
        wanted = self._ids[batch * BATCH_SIZE : (batch + 1) * BATCH_SIZE]

        def done(rows: dict[int, RequestRow]) -> None:
            if generation != self._generation:
                return
            self._in_flight.discard(batch)
            self._cache.update(rows)
            first = batch * BATCH_SIZE
            last = min(first + BATCH_SIZE, len(self._ids)) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, len(self.Col) - 1))
                self.rows_loaded.emit(first, last)

        def failed(exc: BaseException) -> None:
            self._in_flight.discard(batch)
            log.warning("loading request rows failed: %s", exc.__class__.__name__)

        op = DbOp(self._worker, self, lambda vault: request_rows(vault, wanted))
        op.success(done).failure(failed).run()

    # --- access ---------------------------------------------------------------------------------
    def request_id_at(self, row: int) -> int:
        return self._ids[row]

    def row_of(self, request_id: int) -> int | None:
        try:
            return self._ids.index(request_id)
        except ValueError:
            return None

    def cached_row(self, row: int) -> RequestRow | None:
        return self._cache.get(self._ids[row]) if 0 <= row < len(self._ids) else None

    # --- Qt model API ----------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.Col)

    def headerData(  # noqa: N802 - Qt override
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return {
            self.Col.REFERENCE: translate("RequestsPage", "Reference"),
            self.Col.STEP: translate("RequestsPage", "Step"),
            self.Col.HANDLER: translate("RequestsPage", "Recipient"),
            self.Col.TYPES: translate("RequestsPage", "Requests"),
            self.Col.STATUS: translate("RequestsPage", "Status"),
            self.Col.SENT: translate("RequestsPage", "Sent"),
            self.Col.DUE: translate("RequestsPage", "Due"),
            self.Col.DAYS_LEFT: translate("RequestsPage", "Time left"),
        }.get(self.Col(section))

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._ids):
            return None
        row = self._cache.get(self._ids[index.row()])
        if row is None:
            self._fetch_batch(index.row() // BATCH_SIZE)
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return translate("RequestsPage", "Loading…")
            return None
        today = self._today()
        col = self.Col(index.column())
        shown = row.shown_status(today)
        due = due_display(row.days_left(today), row.awaiting_reply())
        if role == Qt.ItemDataRole.DisplayRole:
            return {
                self.Col.REFERENCE: row.reference,
                self.Col.STEP: rung_label(row.rung),
                self.Col.HANDLER: row.recipient or row.handler_name
                or translate("RequestsPage", "(handler not named)"),
                self.Col.TYPES: types_label(row.types),
                self.Col.STATUS: status_label(shown),
                self.Col.SENT: _iso(row.sent_date),
                self.Col.DUE: _iso(row.due_date) if not row.due_estimated()
                else translate("RequestDetail", "%1 (estimated)").replace("%1", _iso(row.due_date)),
                # Only a request still waiting for its answer counts down; the status says the rest.
                self.Col.DAYS_LEFT: due.text if row.sent_date and row.awaiting_reply() else "",
            }[col]
        coloured = col in (self.Col.STATUS, self.Col.DAYS_LEFT, self.Col.DUE)
        if role == Qt.ItemDataRole.ForegroundRole and coloured:
            return due.foreground
        if role == Qt.ItemDataRole.BackgroundRole and coloured:
            return due.background
        if role == Qt.ItemDataRole.ToolTipRole and col == self.Col.DAYS_LEFT:
            return due.text
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        return None


# --- dialogs for events ------------------------------------------------------------------------------


@dataclass(frozen=True)
class EventInput:
    kind: EventKind
    date: dt.date
    note: str
    attachment_path: Path | None


class EventDialog(QDialog):
    """Record a reply (with a scan or screenshot), an outcome, a delivery, a complaint filed or a note."""

    def __init__(
        self,
        kinds: list[EventKind],
        today: dt.date,
        earliest: dt.date | None,
        parent: QWidget | None = None,
        *,
        title: str = "",
        allow_attachment: bool = True,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title or translate("EventDialog", "Add to the timeline"))
        self._attachment: Path | None = None
        form = QFormLayout()
        self.kind_buttons = QButtonGroup(self)
        kinds_row = QVBoxLayout()
        for number, kind in enumerate(kinds):
            button = QRadioButton(event_label(kind.value), self)
            button.setProperty("kind", kind.value)
            self.kind_buttons.addButton(button, number)
            kinds_row.addWidget(button)
        self._kinds = kinds
        first = self.kind_buttons.button(0)
        if first is not None:
            first.setChecked(True)
        if len(kinds) > 1:
            form.addRow(translate("EventDialog", "What happened"), kinds_row)
        self.date_edit = DateEdit(today, self)  # typed or picked, never rewritten
        self.date_edit.setAccessibleName(translate("EventDialog", "Date"))
        self.date_edit.setMaximumDate(  # nothing is recorded in the future
            today, translate("EventDialog", "%1 is in the future: enter the day it happened.")
        )
        if earliest is not None:
            self.date_edit.setMinimumDate(
                earliest,
                translate("EventDialog", "%1 is before %2, the date of the last step of this request."),
            )
        form.addRow(translate("EventDialog", "Date"), self.date_edit)
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(translate("EventDialog", "What they said, who you spoke to…"))
        self.note_edit.setTabChangesFocus(True)
        form.addRow(translate("EventDialog", "Note"), self.note_edit)
        self.attach_button = QPushButton(translate("EventDialog", "Attach scan or screenshot…"), self)
        self.attach_label = QLabel(translate("EventDialog", "No file attached"), self)
        self.attach_label.setTextFormat(Qt.TextFormat.PlainText)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.attach_label, 1)
        self.attach_button.clicked.connect(self._choose_attachment)
        if allow_attachment:
            form.addRow(translate("EventDialog", "Attachment"), attach_row)
        else:
            self.attach_button.hide()
            self.attach_label.hide()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(translate("EventDialog", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("EventDialog", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _choose_attachment(self) -> None:
        name = dialogs.get_open_file_name(
            self,
            translate("EventDialog", "Attach the reply"),
            "",
            translate("EventDialog", "Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)")
            + ";;" + translate("EventDialog", "All files (*)"),
        )
        if name:
            self.set_attachment(Path(name))

    def set_attachment(self, path: Path | None) -> None:
        self._attachment = path
        self.attach_label.setText(path.name if path else translate("EventDialog", "No file attached"))

    def accept(self) -> None:
        if first_refused(self.date_edit) is None:  # a refused date says why under the field
            super().accept()

    def set_kind(self, kind: EventKind) -> None:
        button = self.kind_buttons.button(self._kinds.index(kind))
        if button is not None:
            button.setChecked(True)

    def value(self) -> EventInput:
        checked = self.kind_buttons.checkedId()
        return EventInput(
            kind=self._kinds[max(checked, 0)],
            date=_pydate(self.date_edit.date()),
            note=self.note_edit.toPlainText().strip(),
            attachment_path=self._attachment,
        )


def _read_attachment(path: Path) -> tracking.Attachment:
    """Runs on the worker thread: file reading never blocks the window."""
    size = path.stat().st_size
    if size > MAX_ATTACHMENT_BYTES:
        from app.errors import InvalidInput

        limit = MAX_ATTACHMENT_BYTES // (1024 * 1024)
        raise InvalidInput(f"the attachment is larger than {limit} MB", field="attachment")
    return tracking.Attachment(path.read_bytes(), path.name)


# --- the detail panel ------------------------------------------------------------------------------------

class RequestDetailWidget(QWidget):
    """One request: what was sent, its due date with the basis, the timeline, and the next steps."""

    changed = Signal(int)  # request id whose timeline changed
    compose_requested = Signal(int, int, str)  # record id, request id, letter type ("reminder"/"complaint")

    def __init__(self, worker: DbWorker, today: Today, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self._today = today
        self.request: Request | None = None
        self.steps: list[NextStep] = []
        self.event_dialog: EventDialog | None = None  # open while the user fills it in
        self.reply_dialog: Any = None  # ui/composer/reply_dialog.ReplyDialog while open (reply triage)
        self.banner = MessageBanner(self)
        self.title = QLabel(self)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.title.setFont(font)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.due_label = QLabel(self)
        self.due_label.setTextFormat(Qt.TextFormat.PlainText)
        self.due_label.setWordWrap(True)
        self.basis_label = QLabel(self)
        self.basis_label.setTextFormat(Qt.TextFormat.PlainText)
        self.basis_label.setWordWrap(True)
        self.basis_label.setStyleSheet(f"color: {theme.colours().muted};")
        self.timeline = QTreeWidget(self)
        self.timeline.setAccessibleName(translate("RequestDetail", "Timeline"))
        self.timeline.setColumnCount(4)
        self.timeline.setHeaderLabels([
            translate("RequestDetail", "Date"),
            translate("RequestDetail", "Event"),
            translate("RequestDetail", "Note"),
            translate("RequestDetail", "Attachment"),
        ])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setUniformRowHeights(True)
        header = self.timeline.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        self.next_label = QLabel(self)
        self.next_label.setTextFormat(Qt.TextFormat.PlainText)
        self.next_label.setWordWrap(True)
        # The case's ladder: one row per letter (request, reminders, complaints) with its own recipient
        # and due date, and the letters exactly as they were exported or sent.
        self.ladder: Ladder | None = None
        self.letters: list[SentLetter] = []
        self.ladder_tree = QTreeWidget(self)
        self.ladder_tree.setAccessibleName(translate("RequestDetail", "Letters of this case, step by step"))
        self.ladder_tree.setColumnCount(5)
        self.ladder_tree.setHeaderLabels([
            translate("RequestDetail", "Step"),
            translate("RequestDetail", "Reference"),
            translate("RequestDetail", "To"),
            translate("RequestDetail", "Sent"),
            translate("RequestDetail", "Due / answer"),
        ])
        self.ladder_tree.setRootIsDecorated(False)
        self.ladder_tree.setUniformRowHeights(True)
        self.ladder_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # Room for a whole ladder (request, reminder, complaint and one more) without scrolling.
        self.ladder_tree.setMinimumHeight(self.fontMetrics().height() * 7 + 12)
        self.letters_tree = QTreeWidget(self)
        self.letters_tree.setAccessibleName(translate("RequestDetail", "Letters as sent"))
        self.letters_tree.setColumnCount(4)
        self.letters_tree.setHeaderLabels([
            translate("RequestDetail", "Letter date"),
            translate("RequestDetail", "Letter"),
            translate("RequestDetail", "Reference"),
            translate("RequestDetail", "To"),
        ])
        self.letters_tree.setRootIsDecorated(False)
        self.letters_tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.open_letter_button = QPushButton(translate("RequestDetail", "Open letter"), self)
        self.export_letter_button = QPushButton(translate("RequestDetail", "Export letter as sent…"), self)
        self.open_letter_button.clicked.connect(self.open_selected_letter)
        self.export_letter_button.clicked.connect(self.export_selected_letter)
        self.letters_tree.itemSelectionChanged.connect(self._letter_selection_changed)
        self.letters_tree.itemDoubleClicked.connect(lambda *_: self.open_selected_letter())
        self.letter_viewer: QDialog | None = None

        self.reminder_button = QPushButton(translate("RequestDetail", "Write reminder letter…"), self)
        self.complaint_button = QPushButton(translate("RequestDetail", "Write complaint letter…"), self)
        self.reply_button = QPushButton(translate("RequestDetail", "Add reply…"), self)
        self.outcome_button = QPushButton(translate("RequestDetail", "Set outcome…"), self)
        self.delivered_button = QPushButton(translate("RequestDetail", "Delivered…"), self)
        self.escalated_button = QPushButton(translate("RequestDetail", "Complaint filed…"), self)
        self.close_button = QPushButton(translate("RequestDetail", "Close request"), self)
        self.note_button = QPushButton(translate("RequestDetail", "Add note…"), self)
        # The answer to the latest reply, by what it says (reply triage); again at any time.
        self.answer_button = QPushButton(translate("RequestDetail", "Answer letter…"), self)
        self.answer_button.clicked.connect(
            lambda: self.request is not None and self.write_answer_letter(self.request.id))
        for button in (self.reminder_button, self.complaint_button):
            button.setStyleSheet("font-weight: bold;")
        self.reminder_button.clicked.connect(lambda: self._compose("reminder"))
        self.complaint_button.clicked.connect(lambda: self._compose("complaint"))
        self.reply_button.clicked.connect(self.ask_reply)
        self.outcome_button.clicked.connect(self.ask_outcome)
        self.delivered_button.clicked.connect(lambda: self._ask_simple(EventKind.DELIVERED))
        self.escalated_button.clicked.connect(lambda: self._ask_simple(EventKind.ESCALATED))
        self.close_button.clicked.connect(lambda: self._ask_simple(EventKind.CLOSED))
        self.note_button.clicked.connect(lambda: self._ask_simple(EventKind.NOTE))

        steps_row = QHBoxLayout()
        steps_row.addWidget(self.reminder_button)
        steps_row.addWidget(self.complaint_button)
        steps_row.addStretch(1)
        events_grid = QGridLayout()
        for number, button in enumerate((self.reply_button, self.outcome_button, self.delivered_button,
                                         self.escalated_button, self.note_button, self.close_button,
                                         self.answer_button)):
            events_grid.addWidget(button, number // 3, number % 3)

        # Left: what was sent, when it is due and why, what to do next. Right: the timeline.
        info = QVBoxLayout()
        info.addWidget(self.title)
        info.addWidget(self.summary)
        info.addWidget(self.due_label)
        info.addWidget(self.basis_label)
        info.addStretch(1)
        info.addWidget(self.next_label)
        info.addLayout(steps_row)
        info.addLayout(events_grid)
        history = QVBoxLayout()
        history.addWidget(QLabel(translate("RequestDetail", "Steps of this case"), self))
        history.addWidget(self.ladder_tree, 1)
        history.addWidget(QLabel(translate("RequestDetail", "Timeline"), self))
        history.addWidget(self.timeline, 2)
        history.addWidget(QLabel(translate("RequestDetail", "Letters as sent"), self))
        history.addWidget(self.letters_tree, 1)
        letter_buttons = QHBoxLayout()
        letter_buttons.addWidget(self.open_letter_button)
        letter_buttons.addWidget(self.export_letter_button)
        letter_buttons.addStretch(1)
        history.addLayout(letter_buttons)
        columns = QHBoxLayout()
        columns.addLayout(info, 2)
        columns.addLayout(history, 3)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addWidget(self.banner)
        layout.addLayout(columns, 1)
        self.show_request(None)

    # --- loading and showing ----------------------------------------------------------------------
    def load(self, request_id: int) -> None:
        today = self._today()

        def op(vault: Any) -> tuple[Request, list[NextStep], dict[int, str], Ladder, list[SentLetter]]:
            # A reminder or complaint opens its case: the first request holds the timeline.
            case = tracking.case_ladder(vault, request_id)
            request = case.root
            names = {}
            ids = [e.evidence_id for e in request.events if e.evidence_id is not None]
            if ids:
                marks = ", ".join("?" for _ in ids)
                names = {int(i): str(n) for i, n in vault.conn.execute(
                    f"SELECT id, original_name FROM evidence WHERE id IN ({marks})", ids).fetchall()}
            letters = sent_letters.letters_of_case(vault, request.id)
            return request, escalation.next_steps(request, today), names, case, letters

        DbOp(self._worker, self, op).success(lambda r: self.show_request(*r)).failure(self._failed).run()

    def show_request(self, request: Request | None, steps: list[NextStep] | None = None,
                     evidence_names: dict[int, str] | None = None, ladder: Ladder | None = None,
                     letters: list[SentLetter] | None = None) -> None:
        self.request = request
        self.steps = steps or []
        self.ladder = ladder
        self.letters = list(letters or [])
        self.timeline.clear()
        self.ladder_tree.clear()
        self.letters_tree.clear()
        self.open_letter_button.setEnabled(False)
        self.export_letter_button.setEnabled(False)
        buttons = (self.reminder_button, self.complaint_button, self.reply_button, self.outcome_button,
                   self.delivered_button, self.escalated_button, self.close_button, self.note_button,
                   self.answer_button)
        if request is None:
            self.title.setText(translate("RequestDetail", "Choose a request to see its timeline."))
            for label in (self.summary, self.due_label, self.basis_label, self.next_label):
                label.clear()
            for button in buttons:
                button.setEnabled(False)
            return
        today = self._today()
        current = ladder.current if ladder is not None else None
        recipient = (current.recipient if current is not None else "") or request.handler_name or "—"
        reference = current.reference if current is not None else request.reference_code
        self.title.setText(f"{reference}  ·  {recipient}")
        channel = channel_label(request.channel.value) if request.channel else "—"
        tracking_no = ""
        if request.tracking_number:
            tracking_no = translate("RequestDetail", ", tracking number %1")
            tracking_no = tracking_no.replace("%1", request.tracking_number)
        self.summary.setText(
            translate("RequestDetail", "Asked for: %1\nStatus: %2\nSent: %3 by %4%5")
            .replace("%1", types_label(request.types))
            .replace("%2", status_label(ladder.display_status(today) if ladder is not None
                                        else request.display_status(today)))
            .replace("%3", _iso(request.sent_date))
            .replace("%4", channel)
            .replace("%5", tracking_no)
        )
        due = current.due if current is not None else request.due()
        awaiting = ladder.awaiting() if ladder is not None else request.awaiting_reply()
        self.due_label.setStyleSheet("")
        if current is not None and current.sent and not awaiting:
            # This step was answered (or the case closed): no due date counts down any more.
            answered = current.replies[-1].date.isoformat() if current.replies else "—"
            self.due_label.setText(translate("RequestDetail", "%1 answered on %2.")
                                   .replace("%1", rung_label(current.kind.value)).replace("%2", answered))
            self.basis_label.clear()
        elif due is None:
            self.due_label.setText(translate("RequestDetail", "No due date yet (not sent)."))
            self.basis_label.clear()
        elif due.date is None:
            self.due_label.setText(translate(
                "RequestDetail",
                "The due date cannot be computed yet: the official holiday calendar for that year is not "
                "installed. Nothing was guessed."))
            self.basis_label.clear()
        else:
            shown = due_display((due.date - today).days, awaiting)
            if current is not None and current.kind.value == "complaint" and not due.statutory:
                template = translate("RequestDetail", "Follow up with %3 on: %1 (%2); no law sets this date.")
            elif current is not None and current.kind.value == "complaint":
                template = translate("RequestDetail", "%3 must decide by: %1 (%2)")
            elif current is not None and current.kind.value == "reminder":
                template = translate("RequestDetail", "Reply to the reminder due: %1 (%2)")
            else:
                template = translate("RequestDetail", "Reply due: %1 (%2)")
            shown_date = due.date.isoformat()
            if due.estimated:  # no official holiday schedule for its year here yet: the basis says why
                shown_date = translate("RequestDetail", "%1 (estimated)").replace("%1", shown_date)
            self.due_label.setText(template.replace("%1", shown_date).replace("%2", shown.text)
                                   .replace("%3", recipient))
            if shown.foreground is not None:
                self.due_label.setStyleSheet(f"color: {shown.foreground.name()}; font-weight: bold;")
            else:
                self.due_label.setStyleSheet("")
            basis = due.basis_en if not _chinese_ui() else due.basis_zh
            self.basis_label.setText(basis[:1].upper() + basis[1:])
        if ladder is not None:
            for rung in ladder.rungs:
                if not rung.sent:
                    state = translate("RequestDetail", "not sent yet")
                elif rung.replies:
                    state = translate("RequestDetail", "answered %1")
                    state = state.replace("%1", rung.replies[-1].date.isoformat())
                elif rung.due is not None and rung.due.date is not None:
                    state = rung.due.date.isoformat()
                    if not rung.due.statutory and rung.kind.value == "complaint":
                        state += " " + translate("RequestDetail", "(follow-up, not statutory)")
                else:
                    state = "—"
                row = QTreeWidgetItem([rung_label(rung.kind.value), rung.reference, rung.recipient,
                                       _iso(rung.sent_date), state])
                row.setToolTip(2, rung.recipient)
                if rung is current:
                    font = row.font(0)
                    font.setBold(True)
                    for column in range(5):
                        row.setFont(column, font)
                self.ladder_tree.addTopLevelItem(row)
        for kept in self.letters:
            item = QTreeWidgetItem([kept.letter_date.isoformat(), rung_label(kept.kind), kept.reference,
                                    kept.recipient])
            item.setData(0, Qt.ItemDataRole.UserRole, kept.id)
            self.letters_tree.addTopLevelItem(item)
        names = evidence_names or {}
        for event in request.events:
            attachment = names.get(event.evidence_id, "") if event.evidence_id is not None else ""
            label = event_label(event.kind.value)
            if event.reply_kind:  # what the reply says (reply triage)
                from app.tracking.triage import ReplyKind
                from ui.composer.reply_dialog import reply_kind_label

                if event.reply_kind in {k.value for k in ReplyKind}:
                    label += translate("RequestDetail", " — %1").replace(
                        "%1", reply_kind_label(ReplyKind(event.reply_kind)))
            item = QTreeWidgetItem([event.date.isoformat(), label, event.note, attachment])
            item.setToolTip(1, label)
            item.setToolTip(2, event.note)
            self.timeline.addTopLevelItem(item)
        allowed = set(_allowed(request.status))
        actions = {s.action for s in self.steps}
        self.reminder_button.setEnabled(Action.SEND_REMINDER in actions)
        self.complaint_button.setEnabled(Action.FILE_COMPLAINT in actions)
        self.reply_button.setEnabled(EventKind.REPLIED in allowed)
        self.outcome_button.setEnabled(bool(allowed & {EventKind.COMPLIED, EventKind.PARTLY_COMPLIED,
                                                       EventKind.REFUSED}))
        self.delivered_button.setEnabled(EventKind.DELIVERED in allowed)
        self.escalated_button.setEnabled(EventKind.ESCALATED in allowed)
        self.close_button.setEnabled(EventKind.CLOSED in allowed and request.status is not Status.DRAFT)
        self.note_button.setEnabled(True)
        self.answer_button.setEnabled(_answer_possible(request))
        self.next_label.setText(next_steps_text(self.steps))

    def _failed(self, exc: BaseException) -> None:
        from ui import errors

        if errors.is_expected(exc):
            self.banner.show_message(errors.message_for(exc), BannerLevel.ERROR)
        else:
            errors.show_exception(exc, self)

    # --- letters as sent --------------------------------------------------------------------------------
    def _selected_letter(self) -> SentLetter | None:
        items = self.letters_tree.selectedItems()
        if not items:
            return None
        wanted = items[0].data(0, Qt.ItemDataRole.UserRole)
        return next((k for k in self.letters if k.id == wanted), None)

    def _letter_selection_changed(self) -> None:
        chosen = self._selected_letter() is not None
        self.open_letter_button.setEnabled(chosen)
        self.export_letter_button.setEnabled(chosen)

    def open_selected_letter(self) -> None:
        """Show the kept PDF bytes (exactly what was sent) in a viewer window."""
        kept = self._selected_letter()
        if kept is None:
            return
        from ui.composer.pdf_preview import PdfPreviewWidget

        viewer = QDialog(self)
        viewer.setWindowTitle(translate("RequestDetail", "Letter %1 as sent").replace("%1", kept.reference))
        preview = PdfPreviewWidget(viewer)
        preview.set_pdf(kept.pdf)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, viewer)
        buttons.rejected.connect(viewer.reject)
        export = buttons.addButton(translate("RequestDetail", "Export letter as sent…"),
                                   QDialogButtonBox.ButtonRole.ActionRole)
        export.clicked.connect(self.export_selected_letter)
        layout = QVBoxLayout(viewer)
        layout.addWidget(preview, 1)
        layout.addWidget(buttons)
        screen = self.screen().availableGeometry() if self.screen() is not None else None
        viewer.resize(760, min(900, screen.height() - 60) if screen is not None else 900)
        viewer.finished.connect(viewer.deleteLater)
        self.letter_viewer = viewer
        viewer.show()

    def export_selected_letter(self) -> None:
        kept = self._selected_letter()
        if kept is None:
            return
        path = dialogs.get_save_file_name(
            self, translate("RequestDetail", "Export the letter as sent"), f"{kept.reference}.pdf",
            translate("RequestDetail", "PDF (*.pdf)"))
        if path:
            self.export_letter_to(kept, Path(path))

    def export_letter_to(self, kept: SentLetter, path: Path) -> None:
        try:
            atomic_write(path, kept.pdf, force=True)  # the save dialog asked before replacing
        except OSError as exc:
            self._failed(exc)
            return
        self.banner.show_message(translate("RequestDetail", "Saved %1.").replace("%1", path.name),
                                 BannerLevel.INFO)

    # --- actions ---------------------------------------------------------------------------------------
    def _compose(self, letter_type: str) -> None:
        if self.request is not None:
            self.compose_requested.emit(self.request.record_id, self.request.id, letter_type)

    def _earliest(self) -> dt.date | None:
        if self.request is None or not self.request.events:
            return None
        return max(e.date for e in self.request.events)

    def ask_reply(self) -> None:
        """Reply triage: what the reply says, and the answer the law supports (ui/composer/reply_dialog)."""
        if self.request is None:
            return
        from ui.composer.reply_dialog import load_triage_source

        request_id, today, earliest = self.request.id, self._today(), self._earliest()
        DbOp(self._worker, self, lambda vault: load_triage_source(vault, request_id, today)).success(
            lambda source: self._open_reply_dialog(source, today, earliest)
        ).failure(self._failed).run()

    def _open_reply_dialog(self, source: Any, today: dt.date, earliest: dt.date | None) -> None:
        from ui.composer.reply_dialog import ReplyDialog

        dialog = ReplyDialog(source, today, earliest, self)
        self.reply_dialog = dialog  # tests drive the open dialog through this
        dialog.finished.connect(lambda result: self._reply_done(dialog, result))
        dialog.open()

    def _reply_done(self, dialog: Any, result: int) -> None:
        self.reply_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.save_reply(dialog.source.request_id, dialog.value())
        dialog.deleteLater()

    def save_reply(self, request_id: int, value: Any) -> None:
        from app.tracking import triage

        today = self._today()

        def op(vault: Any) -> list[int]:
            attachment = _read_attachment(value.attachment_path) if value.attachment_path else None
            return triage.record_reply(vault, request_id, value.kind, value.date, note=value.note,
                                       attachment=attachment, record_outcome=value.record_outcome,
                                       today=today)

        def done(_ids: list[int]) -> None:
            self.banner.hide()
            self.changed.emit(request_id)
            self.load(request_id)
            if value.write_letter:
                self.write_answer_letter(request_id)

        DbOp(self._worker, self, op).success(done).failure(self._failed).run()

    def write_answer_letter(self, request_id: int, path: Path | None = None) -> None:
        """The answer to the latest reply (by its kind), as a PDF where the person chooses."""
        if path is None:
            name = dialogs.get_save_file_name(
                self, translate("RequestDetail", "Save the answer letter"), "",
                translate("RequestDetail", "PDF (*.pdf)"))
            if not name:
                return
            path = Path(name)
        from app.letters import render_pdf
        from app.tracking import triage

        today = self._today()
        target = path

        def op(vault: Any) -> Path:
            letter = triage.answer_letter(vault, request_id, today=today)
            # The file dialog already asked before replacing an existing file.
            atomic_write(target, render_pdf(letter), force=True)
            return target

        def done(written: Path) -> None:
            self.banner.show_message(translate("RequestDetail", "Saved %1.").replace("%1", written.name),
                                     BannerLevel.INFO)

        DbOp(self._worker, self, op).success(done).failure(self._failed).run()

    def ask_outcome(self) -> None:
        if self.request is None:
            return
        allowed = _allowed(self.request.status)
        outcomes = (EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED)
        kinds = [k for k in outcomes if k in allowed]
        self._ask(kinds, translate("RequestDetail", "Set the outcome"))

    def _ask_simple(self, kind: EventKind) -> None:
        self._ask([kind], event_label(kind.value), allow_attachment=kind is not EventKind.CLOSED)

    def _ask(self, kinds: list[EventKind], title: str, *, allow_attachment: bool = True) -> None:
        if self.request is None or not kinds:
            return
        dialog = EventDialog(kinds, self._today(), self._earliest(), self, title=title,
                             allow_attachment=allow_attachment)
        self.event_dialog = dialog  # tests drive the open dialog through this
        dialog.finished.connect(lambda result: self._dialog_done(dialog, result))
        dialog.open()

    def _dialog_done(self, dialog: EventDialog, result: int) -> None:
        self.event_dialog = None
        if result == QDialog.DialogCode.Accepted and self.request is not None:
            self.add_event(self.request.id, dialog.value())
        dialog.deleteLater()

    def add_event(self, request_id: int, value: EventInput) -> None:
        today = self._today()

        def op(vault: Any) -> int:
            attachment = _read_attachment(value.attachment_path) if value.attachment_path else None
            return tracking.add_event(vault, request_id, value.kind, value.date, note=value.note,
                                      attachment=attachment, today=today)

        def done(_event_id: int) -> None:
            self.banner.hide()
            self.changed.emit(request_id)
            self.load(request_id)

        DbOp(self._worker, self, op).success(done).failure(self._failed).run()


def _answer_possible(request: Request) -> bool:
    """The latest reply was recorded with a kind that calls for an answer letter (mainland)."""
    from app.tracking.triage import NO_LETTER, ReplyKind, latest_reply

    reply = latest_reply(request.events)
    if reply is None or request.jurisdiction != "CN" or reply.reply_kind not in {k.value for k in ReplyKind}:
        return False
    return ReplyKind(reply.reply_kind) not in NO_LETTER


def _allowed(status: Status) -> tuple[EventKind, ...]:
    from app.tracking.lifecycle import allowed_events

    return allowed_events(status)


def _chinese_ui() -> bool:
    from ui.i18n import current_language

    return current_language().startswith("zh")


def next_steps_text(steps: list[NextStep]) -> str:
    """One line per suggested step, in the user's language (the core's reason codes translated)."""
    lines = []
    for step in steps:
        day = step.date.isoformat() if step.date else ""
        text = {
            escalation.Reason.NOT_SENT: translate("RequestDetail", "Send the letter, then mark it sent."),
            escalation.Reason.REPLY_DUE: translate(
                "RequestDetail", "Waiting for the reply, due %1.").replace("%1", day),
            escalation.Reason.AWAITING_REPLY: translate(
                "RequestDetail", "Record the reply (attach it) or the outcome when it comes."),
            escalation.Reason.DELIVERY_UNKNOWN: translate(
                "RequestDetail", "Record the delivery date if you know it (postal tracking, read receipt)."),
            escalation.Reason.FIRST_DUE_PASSED: translate(
                "RequestDetail", "The reply was due on %1: a reminder letter can be written."
            ).replace("%1", day),
            escalation.Reason.REMINDER_SENT: translate(
                "RequestDetail", "Reminder sent; a complaint is suggested after %1.").replace("%1", day),
            escalation.Reason.SECOND_DATE_PASSED: translate(
                "RequestDetail", "No reply 30 days after sending: a complaint letter can be written."),
            escalation.Reason.STATUTORY_PERIOD_PASSED: translate(
                "RequestDetail",
                "The statutory period ended on %1 without a reply: a complaint can be written.",
            ).replace("%1", day),
            escalation.Reason.REFUSED: translate(
                "RequestDetail", "The handler refused: a complaint letter can be written from the timeline."),
            escalation.Reason.PARTLY_COMPLIED: translate(
                "RequestDetail", "Only partly complied: remind them of the rest, or complain."),
            escalation.Reason.REPLIED: translate(
                "RequestDetail", "Record what the reply means: complied, partly complied or refused."),
            escalation.Reason.COMPLIED: translate(
                "RequestDetail", "Complied. Close the request when you are done."),
            escalation.Reason.ESCALATED: translate(
                "RequestDetail", "Complaint filed: record the answer when it comes."),
            escalation.Reason.CALENDAR_NOT_COVERED: translate(
                "RequestDetail", "The due date is unknown until the holiday calendar is updated."),
            escalation.Reason.DUE_DATE_ESTIMATED: translate(
                "RequestDetail", "The due date %1 is an estimate: an update pack with that year's official "
                "holiday schedule makes it exact.").replace("%1", day),
        }.get(step.reason, step.message)
        if step.action is Action.CLOSE and step.reason is not escalation.Reason.COMPLIED:
            continue  # "close when done" is implied by the Close button
        if text not in lines:
            lines.append(text)
    return "\n".join(f"• {line}" for line in lines)


# --- the page ----------------------------------------------------------------------------------------------


def _filters() -> list[tuple[str, str]]:
    return [
        (Filter.ALL.value, translate("RequestsPage", "All requests")),
        (Filter.OPEN.value, translate("RequestsPage", "Open")),
        (Filter.OVERDUE.value, status_label("overdue")),
        *[(s.value, status_label(s.value)) for s in Status],
    ]


class RequestsPage(QWidget):
    """Table of requests on the left, the selected request's timeline on the right."""

    compose_requested = Signal(int, int, str)  # record id, request id, letter type

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        """`context` is the main window's PageContext (worker, clipboard, navigate…). Its optional
        `today` callable is the date source (tests inject a fake clock); else the system date."""
        super().__init__(parent)
        self.context = context
        worker: DbWorker = context.worker
        today: Today = getattr(context, "today", None) or dt.date.today
        self._worker = worker
        self._today = today
        self.model = RequestTableModel(worker, today, self)
        self.banner = MessageBanner(self)

        self.filter_combo = QComboBox(self)
        for key, label in _filters():
            self.filter_combo.addItem(label, key)
        self.order_combo = QComboBox(self)
        self.order_combo.addItem(translate("RequestsPage", "Newest first"), Order.NEWEST.value)
        self.order_combo.addItem(translate("RequestsPage", "Due date"), Order.DUE.value)
        self.order_combo.addItem(translate("RequestsPage", "Date sent"), Order.SENT.value)
        self.count_label = QLabel(self)
        self.ics_button = QPushButton(translate("RequestsPage", "Export due dates (.ics)…"), self)
        self.refresh_button = QPushButton(translate("RequestsPage", "Refresh"), self)

        top = QHBoxLayout()
        top.addWidget(QLabel(translate("RequestsPage", "Show"), self))
        top.addWidget(self.filter_combo)
        top.addWidget(QLabel(translate("RequestsPage", "Order"), self))
        top.addWidget(self.order_combo)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.refresh_button)
        top.addWidget(self.ics_button)
        from ui.pages.case_tools import RequestsExtras  # the profile filter (advocacy groups)

        self.extras = RequestsExtras(self, top)

        self.table = QTableView(self)
        self.table.setAccessibleName(translate("RequestsPage", "Requests"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        vertical = self.table.verticalHeader()
        vertical.hide()
        # Fixed row heights: the view never measures 20,000 rows to lay them out.
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(self.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        self._size_columns()
        self.detail = RequestDetailWidget(worker, today, self)

        # The list on top at full width (every column readable), the selected request below it.
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.table)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)
        splitter.setSizes([300, 460])
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)

        self.filter_combo.currentIndexChanged.connect(self._filter_changed)
        self.order_combo.currentIndexChanged.connect(self._filter_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.ics_button.clicked.connect(self.export_ics)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.model.ids_loaded.connect(self._ids_loaded)
        self.model.load_failed.connect(self._load_failed)
        self.detail.changed.connect(lambda rid: self.model.refresh_rows([rid]))
        self.detail.compose_requested.connect(self._compose)
        self._select_after_load: int | None = None
        # Cases whose current rung was never computed (a vault from before the case ladder, a bundle)
        # or whose due date may have become exact: recomputed first (the worker runs ops in order, so
        # the list below reads the fresh cache).
        DbOp(worker, self, tracking.refresh_due_cache).failure(self._load_failed).run()
        self.model.reload()

    def _size_columns(self) -> None:
        """Widths from the longest words each column can show in this language (not from the rows:
        measuring 20,000 rows would block the window)."""
        metrics = self.table.fontMetrics()
        pad = 24

        def widest(*texts: str) -> int:
            return max(metrics.horizontalAdvance(t) for t in texts) + pad

        col = RequestTableModel.Col
        statuses = [status_label(s.value) for s in Status] + [status_label("overdue"),
                                                              status_label("follow_up_due")]
        lefts = [due_display(-999, True).text, due_display(0, True).text, due_display(99, True).text]

        def title(column: int) -> str:
            return str(self.model.headerData(column, Qt.Orientation.Horizontal))

        self.table.setColumnWidth(col.REFERENCE, widest("FL-20260302-WWWW", title(col.REFERENCE)))
        steps = [rung_label(k) for k in ("request", "reminder", "complaint")]
        self.table.setColumnWidth(col.STEP, widest(*steps, title(col.STEP)))
        self.table.setColumnWidth(col.HANDLER, widest("某某银行股份有限公司南京城东支行"))
        self.table.setColumnWidth(col.STATUS, widest(*statuses, title(col.STATUS)))
        for column in (col.SENT, col.DUE):
            self.table.setColumnWidth(column, widest("2026-12-31", title(column)))
        self.table.setColumnWidth(col.DAYS_LEFT, widest(*lefts, title(col.DAYS_LEFT)))

    # --- behaviour --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.model.reload()
        if self.detail.request is not None:
            self.detail.load(self.detail.request.id)

    def set_status_filter(self, key: str) -> None:
        index = self.filter_combo.findData(key)
        if index >= 0:
            self.filter_combo.setCurrentIndex(index)

    def show_request(self, request_id: int, *, reloaded: bool = False) -> None:
        """Select a request's case (from Due or the composer), reloading the list if needed. A reminder
        or complaint is shown through its case: the list has one row per case."""
        row = self.model.row_of(request_id)
        if row is None:
            if reloaded:  # still not listed (e.g. another profile's): show its case below anyway
                self.detail.load(request_id)
                return

            def found(root_id: int) -> None:
                self._select_after_load = root_id
                self.set_status_filter(Filter.ALL.value)
                self.model.reload()

            root_of = DbOp(self._worker, self, lambda vault: case_root_id(vault.conn, request_id))
            root_of.success(found).failure(self._load_failed).run()
            return
        already = self.table.selectionModel().isRowSelected(row, QModelIndex())
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        if already:  # the same case, moved on (a reminder was sent): show it afresh
            self.detail.load(request_id)

    def _filter_changed(self) -> None:
        self.model.status_filter = str(self.filter_combo.currentData())
        self.model.order = Order(str(self.order_combo.currentData()))
        self.model.reload()

    def _load_failed(self, exc: BaseException) -> None:
        from ui import errors

        if errors.is_expected(exc):
            self.banner.show_message(errors.message_for(exc), BannerLevel.ERROR)
        else:
            errors.show_exception(exc, self)

    def _ids_loaded(self, count: int) -> None:
        self.count_label.setText(translate("RequestsPage", "%n request(s)", None, count))
        if self._select_after_load is not None:
            wanted, self._select_after_load = self._select_after_load, None
            self.show_request(wanted, reloaded=True)

    def _selection_changed(self, selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        if rows:
            self.detail.load(self.model.request_id_at(rows[0].row()))
        else:
            self.detail.show_request(None)

    def _compose(self, record_id: int, request_id: int, letter_type: str) -> None:
        """Open the composer pre-filled with the follow-up letter the timeline suggests."""
        from ui.composer.composer_dialog import open_composer

        self.compose_requested.emit(record_id, request_id, letter_type)
        self.composer = open_composer(
            self.context, record_id, parent=self, follow_up_of=request_id, letter_type=letter_type,
            on_saved=self._composer_saved,
        )

    def _composer_saved(self, request_id: int) -> None:
        self.show_request(request_id)  # its case, with the new rung
        self.model.reload()

    def page_shown(self) -> None:
        """Called by the main window when this page becomes visible: show fresh data."""
        if not self.model.loading:
            self.refresh()

    def navigate_to(self, request_id: int | None = None, status: str | None = None,
                    compose_for_record: int | None = None, **_: Any) -> None:
        """Other pages land here: `context.navigate("requests", request_id=5)` shows a request,
        `status="overdue"` filters, `compose_for_record=12` opens the composer for record 12."""
        if status is not None:
            self.set_status_filter(status)
        if request_id is not None:
            self.show_request(int(request_id))
        if compose_for_record is not None:
            from ui.composer.composer_dialog import open_composer

            self.composer = open_composer(self.context, int(compose_for_record), parent=self,
                                          on_saved=self._composer_saved)

    def export_ics(self) -> None:
        path = dialogs.get_save_file_name(
            self,
            translate("RequestsPage", "Export due dates"),
            "faceledger-due-dates.ics",
            translate("RequestsPage", "Calendar files (*.ics)"),
        )
        if not path:
            return
        today = self._today()

        def op(vault: Any) -> int:
            requests = tracking.list_requests(vault, statuses=sorted(OPEN_STATUSES))
            export = build_calendar(requests, today)
            atomic_write(Path(path), export.data, force=True)  # the save dialog asked first
            return len(export.entries)

        def done(count: int) -> None:
            self.banner.show_message(
                translate("RequestsPage", "%n due date(s) exported to the calendar file.", None, count),
                BannerLevel.INFO,
            )

        DbOp(self._worker, self, op).success(done).failure(self.detail._failed) \
            .with_progress(translate("RequestsPage", "Exporting due dates…")).run()
