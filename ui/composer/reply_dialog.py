"""Record a reply by what it says (reply triage), and see the answer the law supports before saving.

The person picks what the handler's reply says — complied, refused with or without reasons, asked for
an ID copy, a fee, a visit, "cannot delete", … — and the dialog shows, for that choice, what it means,
which articles the answer letter cites (app/tracking/triage.py) and the letter itself as it would be
written (app/letters/replies.py), in the request's language. Saving records the reply with its kind
(and, if ticked, the outcome it means); the page then writes the answer letter if asked.

Everything read from the vault is gathered once on the database worker (`load_triage_source`); the
dialog itself only calls pure core functions.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import records
from app.errors import FaceLedgerError
from app.letters import Sender, render_text
from app.letters.replies import AnsweredReply, compose_reply_letter
from app.rules import format_citation, load_library
from app.tracking import requests as tracking
from app.tracking import sender as sender_mod
from app.tracking.deadlines import DEFAULT_WORKING_DAYS, PeriodKind, PeriodUnit
from app.tracking.triage import Proposal, ReplyKind, propose
from ui import dialogs
from ui.composer.labels import status_label
from ui.i18n import current_language, translate
from ui.widgets.date_edit import DateEdit, first_refused


def reply_kind_label(kind: ReplyKind) -> str:
    labels = {
        ReplyKind.COMPLIED: translate("ReplyDialog", "Complied (no proof given)"),
        ReplyKind.COMPLIED_WITH_PROOF: translate("ReplyDialog", "Complied, with proof"),
        ReplyKind.PARTLY: translate("ReplyDialog", "Did only part of it"),
        ReplyKind.REFUSED_WITH_REASON: translate("ReplyDialog", "Refused, giving a reason"),
        ReplyKind.REFUSED_NO_REASON: translate("ReplyDialog", "Refused without a reason"),
        ReplyKind.ASKED_FOR_ID: translate("ReplyDialog", "Asked for an ID copy or more personal data"),
        ReplyKind.ASKED_FOR_FEE: translate("ReplyDialog", "Asked for a fee"),
        ReplyKind.CANNOT_DELETE: translate("ReplyDialog", "Said deletion is technically impossible"),
        ReplyKind.IN_PERSON: translate("ReplyDialog", "Asked you to come in person"),
        ReplyKind.UNRELATED: translate("ReplyDialog", "Did not answer the request"),
    }
    return labels[kind]


@dataclass(frozen=True)
class TriageSource:
    """What the dialog needs, read once from the vault on the worker thread."""

    request_id: int
    reference: str
    handler_name: str
    lang: str  # the request's letter language
    facts: dict[str, Any]
    sender: Sender | None
    answered: AnsweredReply  # reply_date is replaced by the date the person enters
    proposals: dict[ReplyKind, Proposal]


def load_triage_source(vault: Any, request_id: int, today: dt.date) -> TriageSource:
    """Runs on the database worker: the request, its record's facts, the sender, every proposal."""
    request = tracking.get_request(vault, request_id)
    facts = records.get_record(vault, request.record_id).facts
    period = request.reply_period
    days = (
        period.days
        if period is not None
        and period.kind is PeriodKind.MAINLAND_REQUESTED
        and period.unit is PeriodUnit.WORKING_DAYS
        else DEFAULT_WORKING_DAYS
    )
    title = str(request.letter_json.get("title") or "").strip() or request.letter_text.strip().split("\n")[0]
    return TriageSource(
        request_id=request.id,
        reference=request.reference_code,
        handler_name=request.handler_name,
        lang=request.lang,
        facts=facts,
        sender=sender_mod.follow_up_sender(vault, request_id),
        answered=AnsweredReply(
            original_title=title,
            original_reference=request.reference_code,
            original_sent=request.sent_date,
            reply_date=today,
            reply_days=days,
        ),
        proposals={kind: propose(kind, facts) for kind in ReplyKind},
    )


@dataclass(frozen=True)
class ReplyInput:
    kind: ReplyKind
    date: dt.date
    note: str
    attachment_path: Path | None
    record_outcome: bool
    write_letter: bool


class ReplyDialog(QDialog):
    def __init__(
        self,
        source: TriageSource,
        today: dt.date,
        earliest: dt.date | None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.source = source
        self._today = today
        self._attachment: Path | None = None
        self._outcome_offered = False
        self.setWindowTitle(translate("ReplyDialog", "Record the reply"))
        heading = QLabel(
            translate("ReplyDialog", "Reply to %1 · %2")
            .replace("%1", source.reference)
            .replace("%2", source.handler_name or "—"),
            self,
        )
        heading.setTextFormat(Qt.TextFormat.PlainText)
        font = heading.font()
        font.setBold(True)
        heading.setFont(font)

        # --- left: what the reply says, when, the note and the scan
        kinds_box = QGroupBox(translate("ReplyDialog", "What does the reply say?"), self)
        kinds_layout = QVBoxLayout(kinds_box)
        self.kind_buttons = QButtonGroup(self)
        self.kind_radios: dict[ReplyKind, QRadioButton] = {}
        for number, kind in enumerate(ReplyKind):
            radio = QRadioButton(reply_kind_label(kind), kinds_box)
            radio.setProperty("kind", kind.value)
            self.kind_buttons.addButton(radio, number)
            self.kind_radios[kind] = radio
            kinds_layout.addWidget(radio)
        self.date_edit = DateEdit(today, self)
        self.date_edit.setAccessibleName(translate("ReplyDialog", "Date of the reply"))
        self.date_edit.setMaximumDate(
            today, translate("ReplyDialog", "%1 is in the future: enter the day it came.")
        )
        if earliest is not None:
            self.date_edit.setMinimumDate(
                earliest,
                translate("ReplyDialog", "%1 is before %2, the date of the last step of this request."),
            )
        self.note_edit = QPlainTextEdit(self)
        self.note_edit.setPlaceholderText(
            translate("ReplyDialog", "In a few words: the reason they gave, the fee they asked for…")
        )
        self.note_edit.setTabChangesFocus(True)
        self.note_edit.setFixedHeight(64)
        self.attach_button = QPushButton(translate("ReplyDialog", "Attach the reply…"), self)
        self.attach_label = QLabel(translate("ReplyDialog", "No file attached"), self)
        self.attach_label.setTextFormat(Qt.TextFormat.PlainText)
        attach_row = QHBoxLayout()
        attach_row.addWidget(self.attach_button)
        attach_row.addWidget(self.attach_label, 1)
        self.attach_button.clicked.connect(self._choose_attachment)
        form = QFormLayout()
        form.addRow(translate("ReplyDialog", "Date of the reply"), self.date_edit)
        form.addRow(translate("ReplyDialog", "Note"), self.note_edit)
        form.addRow(translate("ReplyDialog", "Attachment"), attach_row)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(kinds_box)
        left_layout.addLayout(form)
        left_layout.addStretch(1)

        # --- right: what it means, what the answer cites, the answer itself
        self.advice_label = QLabel(self)
        self.advice_label.setWordWrap(True)
        self.advice_label.setTextFormat(Qt.TextFormat.PlainText)
        self.cites_label = QLabel(self)
        self.cites_label.setWordWrap(True)
        self.cites_label.setTextFormat(Qt.TextFormat.PlainText)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(translate("ReplyDialog", "The proposed answer letter"))
        self.preview.setMinimumWidth(420)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        meaning = QLabel(translate("ReplyDialog", "What it means"), right)
        answer = QLabel(translate("ReplyDialog", "The answer letter FaceLedger proposes"), right)
        for label in (meaning, answer):
            bold = label.font()
            bold.setBold(True)
            label.setFont(bold)
        right_layout.addWidget(meaning)
        right_layout.addWidget(self.advice_label)
        right_layout.addWidget(self.cites_label)
        right_layout.addWidget(answer)
        right_layout.addWidget(self.preview, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setChildrenCollapsible(False)

        self.outcome_check = QCheckBox(self)
        self.letter_check = QCheckBox(translate("ReplyDialog", "Write the answer letter after saving"), self)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.save_button.setText(translate("ReplyDialog", "Save the reply"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ReplyDialog", "Cancel"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button.setEnabled(False)  # until the person says what the reply says

        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(splitter, 1)
        layout.addWidget(self.outcome_check)
        layout.addWidget(self.letter_check)
        layout.addWidget(buttons)
        self.resize(1040, 640)

        self.kind_buttons.idToggled.connect(lambda _id, checked: checked and self._show_choice())
        # The date and the note only change the letter's wording: the person's ticks stay as they are.
        self.date_edit.dateChanged.connect(lambda *_: self._refresh_preview())
        self.note_edit.textChanged.connect(self._refresh_preview)
        self._show_choice()

    # --- what is shown for the chosen kind ----------------------------------------------------------
    def chosen_kind(self) -> ReplyKind | None:
        button = self.kind_buttons.checkedButton()
        return ReplyKind(str(button.property("kind"))) if button is not None else None

    def set_kind(self, kind: ReplyKind) -> None:
        self.kind_radios[kind].setChecked(True)

    def _show_choice(self) -> None:
        kind = self.chosen_kind()
        self.save_button.setEnabled(kind is not None)
        if kind is None:
            self.advice_label.setText(
                translate(
                    "ReplyDialog",
                    "Choose what the reply says: FaceLedger then shows what it means and "
                    "the answer the law supports.",
                )
            )
            self.cites_label.clear()
            self.preview.clear()
            self.outcome_check.hide()
            self._outcome_offered = False
            self.letter_check.setEnabled(False)
            return
        proposal = self.source.proposals[kind]
        chinese = current_language().startswith("zh")
        self.advice_label.setText(proposal.advice_zh if chinese else proposal.advice_en)
        self.cites_label.setText(self._cites_text(proposal, "zh-CN" if chinese else "en"))
        if proposal.outcome is not None:
            self.outcome_check.setText(
                translate("ReplyDialog", "Also record the outcome: %1").replace(
                    "%1", status_label(proposal.outcome.value)
                )
            )
            self.outcome_check.setChecked(True)
            self.outcome_check.show()
        else:
            self.outcome_check.setChecked(False)
            self.outcome_check.hide()
        self._outcome_offered = proposal.outcome is not None
        self.letter_check.setEnabled(proposal.letter)
        self.letter_check.setChecked(proposal.letter)
        self._refresh_preview()

    def _refresh_preview(self) -> None:
        kind = self.chosen_kind()
        if kind is not None:
            self.preview.setPlainText(self._preview_text(kind, self.source.proposals[kind]))

    def _cites_text(self, proposal: Proposal, lang: str) -> str:
        if proposal.law_silent:
            return translate(
                "ReplyDialog",
                "The law has no rule on this, and FaceLedger does not invent one: the answer asks for the "
                "basis in writing and cites no article.",
            )
        if not proposal.citations:
            return ""
        library = load_library()
        cites = "\n".join("• " + format_citation(c, lang, library) for c in proposal.citations)
        return translate("ReplyDialog", "The answer cites:") + "\n" + cites

    def _preview_text(self, kind: ReplyKind, proposal: Proposal) -> str:
        if not proposal.letter:
            return translate("ReplyDialog", "No answer letter is needed for this reply.")
        day = self.date_edit.date()
        # An empty or refused date (its sentence shows under the field) previews as of today.
        reply_date = dt.date(day.year(), day.month(), day.day()) if day.isValid() else self._today
        answered = AnsweredReply(
            original_title=self.source.answered.original_title,
            original_reference=self.source.answered.original_reference,
            original_sent=self.source.answered.original_sent,
            reply_date=reply_date,
            reply_note=self.note_edit.toPlainText(),
            reply_days=self.source.answered.reply_days,
        )
        lang = self.source.lang if self.source.lang in ("zh-CN", "en") else "zh-CN"
        try:
            letter = compose_reply_letter(
                self.source.facts,
                kind.value,
                proposal.citations,
                answered,
                lang,
                sender=self.source.sender,
                letter_date=max(reply_date, self._today),
            )
        except FaceLedgerError as exc:  # e.g. the article it needs is not in force for this record
            from ui import errors

            return errors.message_for(exc)
        return render_text(letter)

    # --- attachment and result -----------------------------------------------------------------------
    def _choose_attachment(self) -> None:
        name = dialogs.get_open_file_name(
            self,
            translate("ReplyDialog", "Attach the reply"),
            "",
            translate("ReplyDialog", "Scans and screenshots (*.png *.jpg *.jpeg *.webp *.pdf)")
            + ";;"
            + translate("ReplyDialog", "All files (*)"),
        )
        if name:
            self.set_attachment(Path(name))

    def set_attachment(self, path: Path | None) -> None:
        self._attachment = path
        self.attach_label.setText(path.name if path else translate("ReplyDialog", "No file attached"))

    def accept(self) -> None:
        if self.chosen_kind() is None:
            return
        if first_refused(self.date_edit) is None:  # a refused date says why under the field
            super().accept()

    def value(self) -> ReplyInput:
        kind = self.chosen_kind()
        assert kind is not None
        day = self.date_edit.date()
        assert day.isValid(), "value() is read only after accept()"
        return ReplyInput(
            kind=kind,
            date=dt.date(day.year(), day.month(), day.day()),
            note=self.note_edit.toPlainText().strip(),
            attachment_path=self._attachment,
            record_outcome=self._outcome_offered and self.outcome_check.isChecked(),
            write_letter=self.letter_check.isEnabled() and self.letter_check.isChecked(),
        )
