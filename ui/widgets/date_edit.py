"""The one date field of the app: typed as people type dates, with a calendar, never rewritten.

QDateEdit edits a date section by section, so typing 20261201 into a field showing 2025-03-10 gave
2026-10-01, and a date could change under a wheel turn. This field is a line edit: what the person
types stays as typed; it is read by app.typed_dates.parse_typed_date (2026-12-01, 20261201,
2026/12/1, 2026年12月1日), and a date that is not a real day or falls outside the allowed range
(in the future where only the past makes sense, before the record's date…) is refused with a
sentence under the field. `date()` is then an invalid QDate and the form/dialog refuses to save.
The calendar button (or Alt+Down / F4 in the field) opens a month view to pick from.

API kept close to QDateEdit so callers change little: date() -> QDate, setDate(), dateChanged,
setMinimumDate()/setMaximumDate(); plus value() -> datetime.date | None, problem() -> str | None,
check() (shows the sentence and returns whether the date is acceptable).
"""

from __future__ import annotations

import datetime as dt
import re

from PySide6.QtCore import QDate, QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import TypedDateRefused
from app.typed_dates import DateProblem, DateRange, parse_typed_date
from ui import theme
from ui.i18n import translate

DateLike = QDate | dt.date | None


def _to_date(value: DateLike) -> dt.date | None:
    if value is None:
        return None
    if isinstance(value, QDate):
        return dt.date(value.year(), value.month(), value.day()) if value.isValid() else None
    return value


def _to_qdate(value: dt.date | None) -> QDate:
    return QDate(value.year, value.month, value.day) if value is not None else QDate()


class _CalendarPopup(QFrame):
    picked = Signal(QDate)

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Popup)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        self.calendar = QCalendarWidget(self)
        self.calendar.setGridVisible(True)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.setAccessibleName(translate("DateEdit", "Calendar"))
        self.calendar.clicked.connect(self._pick)
        self.calendar.activated.connect(self._pick)
        layout.addWidget(self.calendar)

    def _pick(self, day: QDate) -> None:
        self.picked.emit(day)
        self.close()


class DateEdit(QWidget):
    """A date typed or picked; `optional=True` lets it stay empty ("not answered")."""

    dateChanged = Signal(QDate)  # noqa: N815 - the QDateEdit name, so callers connect the same way

    def __init__(
        self, day: DateLike = None, parent: QWidget | None = None, *, optional: bool = False
    ) -> None:
        super().__init__(parent)
        self.optional = optional
        self._earliest: dt.date | None = None
        self._latest: dt.date | None = None
        self._earliest_sentence = ""
        self._latest_sentence = ""
        self._value: dt.date | None = None
        self._problem: str | None = None

        self.line = QLineEdit(self)
        self.line.setPlaceholderText(translate("DateEdit", "YYYY-MM-DD, e.g. 2026-12-01"))
        self.line.setMaxLength(32)
        self.line.installEventFilter(self)
        self.button = QToolButton(self)
        self.button.setArrowType(Qt.ArrowType.DownArrow)
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # keyboard: Alt+Down or F4 in the field
        self.button.setToolTip(translate("DateEdit", "Choose the date on a calendar (Alt+Down)"))
        self.button.setAccessibleName(translate("DateEdit", "Open the calendar"))
        self.button.clicked.connect(self.open_calendar)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setStyleSheet(f"color: {theme.colours().error};")
        self.message.hide()

        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(2)
        row.addWidget(self.line, 1)
        row.addWidget(self.button)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addLayout(row)
        column.addWidget(self.message)
        self.setFocusProxy(self.line)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.line.textChanged.connect(self._on_text_changed)
        self.line.editingFinished.connect(self.check)
        self._popup: _CalendarPopup | None = None
        self.setDate(day)

    # --- QDateEdit-like API --------------------------------------------------------------------------
    def date(self) -> QDate:
        """The accepted date; an invalid QDate when empty or refused."""
        return _to_qdate(self._value)

    def setDate(self, day: DateLike) -> None:  # noqa: N802
        value = _to_date(day)
        self.line.setText(value.isoformat() if value is not None else "")
        self._on_text_changed(self.line.text())
        self._show_problem(self._problem if self.line.text() else None)

    def setMinimumDate(self, day: DateLike, sentence: str = "") -> None:  # noqa: N802
        """Refuse days before `day`; `sentence` (with %1 = typed day, %2 = limit) says why."""
        self._earliest = _to_date(day)
        self._earliest_sentence = sentence
        self._revalidate()

    def setMaximumDate(self, day: DateLike, sentence: str = "") -> None:  # noqa: N802
        self._latest = _to_date(day)
        self._latest_sentence = sentence
        self._revalidate()

    def setAccessibleName(self, name: str) -> None:  # noqa: N802 - screen readers land on the line edit
        super().setAccessibleName(name)
        self.line.setAccessibleName(name)

    def setAccessibleDescription(self, text: str) -> None:  # noqa: N802
        super().setAccessibleDescription(text)
        self.line.setAccessibleDescription(text)

    # --- reading ---------------------------------------------------------------------------------------
    def value(self) -> dt.date | None:
        return self._value

    def text(self) -> str:
        return self.line.text()

    def problem(self) -> str | None:
        """Why the typed text is not accepted (a sentence), or None."""
        return self._problem

    def check(self) -> bool:
        """Show the sentence for a refused date (or hide it); True when the date can be used."""
        self._show_problem(self._problem)
        return self._problem is None

    def clear(self) -> None:
        self.setDate(None)

    # --- internals -------------------------------------------------------------------------------------
    def _revalidate(self) -> None:
        self._on_text_changed(self.line.text())
        self._show_problem(self._problem if self.line.text() else None)

    def _on_text_changed(self, text: str) -> None:
        previous = self._value
        try:
            self._value = parse_typed_date(text, DateRange(self._earliest, self._latest))
            self._problem = None
        except TypedDateRefused as exc:
            self._value = None
            self._problem = None if (exc.problem == DateProblem.EMPTY.value and self.optional) else (
                self._sentence(exc, text)
            )
        if self._problem is None:
            self._show_problem(None)
        elif self._complete_but_refused(text):
            # A whole date that cannot be right is said at once; half-typed text waits for Tab/Enter.
            self._show_problem(self._problem)
        if self._value != previous:
            self.dateChanged.emit(self.date())

    @staticmethod
    def _complete_but_refused(text: str) -> bool:
        return parse_or_none(text) is not None or _looks_complete(text)

    def _sentence(self, exc: TypedDateRefused, text: str) -> str:
        typed = text.strip()
        problem = exc.problem
        if problem == DateProblem.EMPTY.value:
            return translate("DateEdit", "Enter a date, for example 2026-12-01.")
        if problem == DateProblem.NOT_A_DATE.value:
            return translate(
                "DateEdit",
                "“%1” is not a date FaceLedger can read. Type it as 2026-12-01, 20261201 or 2026/12/1.",
            ).replace("%1", typed)
        if problem == DateProblem.NO_SUCH_DAY.value:
            return translate("DateEdit", "There is no day “%1”: check the month and the day.").replace(
                "%1", typed
            )
        day = parse_typed_date(text).isoformat()
        if problem == DateProblem.AFTER_LATEST.value:
            limit = self._latest.isoformat() if self._latest else ""
            if self._latest_sentence:
                return self._latest_sentence.replace("%1", day).replace("%2", limit)
            if self._latest == dt.date.today():
                return translate("DateEdit", "%1 is in the future. Enter the day it happened.").replace(
                    "%1", day
                )
            return translate("DateEdit", "%1 is after %2, the latest date allowed here.").replace(
                "%1", day).replace("%2", limit)
        limit = self._earliest.isoformat() if self._earliest else ""
        if self._earliest_sentence:
            return self._earliest_sentence.replace("%1", day).replace("%2", limit)
        return translate("DateEdit", "%1 is before %2, the earliest date allowed here.").replace(
            "%1", day).replace("%2", limit)

    def _show_problem(self, problem: str | None) -> None:
        if problem:
            self.message.setText(problem)
            self.message.show()
            self.line.setAccessibleDescription(problem)
        else:
            self.message.hide()
            self.line.setAccessibleDescription(self.accessibleDescription())

    def open_calendar(self) -> None:
        if self._popup is None:
            self._popup = _CalendarPopup(self)
            self._popup.picked.connect(self._on_picked)
        calendar = self._popup.calendar
        calendar.setDateRange(
            _to_qdate(self._earliest) if self._earliest else QDate(1900, 1, 1),
            _to_qdate(self._latest) if self._latest else QDate(2999, 12, 31),
        )
        start = self._value or parse_or_none(self.line.text()) or self._latest or dt.date.today()
        calendar.setSelectedDate(_to_qdate(min(start, self._latest) if self._latest else start))
        self._popup.adjustSize()
        self._popup.move(self.mapToGlobal(QPoint(0, self.line.height())))
        self._popup.show()
        calendar.setFocus()

    def _on_picked(self, day: QDate) -> None:
        self.line.setText(day.toString("yyyy-MM-dd"))
        self.check()
        self.line.setFocus()

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if obj is self.line and event.type() == QEvent.Type.FocusOut:
            self.check()
        if obj is self.line and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            alt_down = event.key() == Qt.Key.Key_Down and event.modifiers() & Qt.KeyboardModifier.AltModifier
            if alt_down or event.key() == Qt.Key.Key_F4:
                self.open_calendar()
                return True
        return False

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.EnabledChange:
            self.message.setVisible(self.isEnabled() and bool(self._problem) and self.message.isVisible())
        super().changeEvent(event)


def _looks_complete(text: str) -> bool:
    """Eight digits, or year, month and day all typed (2026-02-30): worth a sentence right away."""
    digits = [part for part in re.split(r"\D+", text.strip()) if part]
    return (len(digits) == 1 and len(digits[0]) == 8) or (len(digits) == 3 and len(digits[2]) == 2)


def parse_or_none(text: str) -> dt.date | None:
    try:
        return parse_typed_date(text)
    except TypedDateRefused:
        return None


def first_refused(*edits: DateEdit) -> DateEdit | None:
    """Show every refused date's sentence; the first refused field (focused) or None."""
    refused = [edit for edit in edits if edit.isEnabled() and not edit.check()]
    if refused:
        refused[0].line.setFocus()
        refused[0].line.selectAll()
        return refused[0]
    return None


__all__ = ["DateEdit", "first_refused", "parse_or_none"]
