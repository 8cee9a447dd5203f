"""“Mark as sent”: how and when the letter went out, and the postal tracking number.

The tracking number is what proves delivery of registered mail in a later complaint or lawsuit, so
the field is shown (and asked for) with that channel; app/tracking refuses it with any other channel.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from app.tracking.model import Channel
from ui.composer.labels import channel_label
from ui.i18n import translate
from ui.widgets.date_edit import DateEdit, first_refused

MAX_TRACKING = 100


@dataclass(frozen=True)
class SentInput:
    channel: Channel
    date: dt.date
    tracking_number: str
    note: str


class MarkSentDialog(QDialog):
    def __init__(self, today: dt.date, reference: str, parent: QWidget | None = None,
                 *, default_channel: Channel = Channel.REGISTERED_MAIL,
                 sent_on: dt.date | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("MarkSentDialog", "Mark as sent"))
        intro = QLabel(
            translate("MarkSentDialog", "The letter %1 is kept in the vault exactly as it is now.")
            .replace("%1", reference), self)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        intro.setWordWrap(True)
        self.channel_combo = QComboBox(self)
        for channel in Channel:
            self.channel_combo.addItem(channel_label(channel.value), channel.value)
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(default_channel.value))
        # Typed as people type dates (20271231 is 2027-12-31 or refused, never 2021-02-03).
        self.date_edit = DateEdit(sent_on if sent_on is not None and sent_on <= today else today, self)
        self.date_edit.setMaximumDate(
            today, translate("MarkSentDialog", "%1 is in the future: enter the day the letter was sent.")
        )
        self.date_edit.setAccessibleName(translate("MarkSentDialog", "Date sent"))
        self.tracking_edit = QLineEdit(self)
        self.tracking_edit.setMaxLength(MAX_TRACKING)
        self.tracking_edit.setPlaceholderText(
            translate("MarkSentDialog", "e.g. the EMS number on the receipt"))
        self.tracking_label = QLabel(translate("MarkSentDialog", "Tracking number"), self)
        self.note_edit = QLineEdit(self)
        self.note_edit.setPlaceholderText(
            translate("MarkSentDialog", "Optional: post office, e-mail address used…"))
        form = QFormLayout()
        form.addRow(translate("MarkSentDialog", "Sent by"), self.channel_combo)
        form.addRow(translate("MarkSentDialog", "Date sent"), self.date_edit)
        form.addRow(self.tracking_label, self.tracking_edit)
        form.addRow(translate("MarkSentDialog", "Note"), self.note_edit)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(translate("MarkSentDialog", "Mark as sent"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(translate("MarkSentDialog", "Cancel"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self.channel_combo.currentIndexChanged.connect(self._channel_changed)
        self._channel_changed()

    def accept(self) -> None:
        if first_refused(self.date_edit) is None:  # a refused date says why under the field
            super().accept()

    def _channel_changed(self) -> None:
        registered = self.channel() is Channel.REGISTERED_MAIL
        self.tracking_edit.setEnabled(registered)
        self.tracking_label.setEnabled(registered)
        if not registered:
            self.tracking_edit.clear()

    def channel(self) -> Channel:
        return Channel(str(self.channel_combo.currentData()))

    def set_channel(self, channel: Channel) -> None:
        self.channel_combo.setCurrentIndex(self.channel_combo.findData(channel.value))

    def value(self) -> SentInput:
        day = self.date_edit.date()
        return SentInput(
            channel=self.channel(),
            date=dt.date(day.year(), day.month(), day.day()),
            tracking_number=(self.tracking_edit.text().strip()
                             if self.channel() is Channel.REGISTERED_MAIL else ""),
            note=self.note_edit.text().strip(),
        )
