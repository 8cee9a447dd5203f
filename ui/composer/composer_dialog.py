"""The letter composer: choose what to ask for, see the real PDF, send it your way, keep it as sent.

All wording, citations and periods come from the core: a first letter from
`app.letters.compose_letter` (the rule library decides grounds, citations and the reply period), a
reminder or complaint from `app.tracking.escalation.next_letter` (built from the request's real
timeline). Composing and rendering run on the database worker thread (the reference-code check reads
the vault), debounced, with stale results dropped, so typing never stalls the window.

The preview shows the PDF bytes that "Export PDF" writes and that "Mark as sent" stores: the user
sees exactly what is kept.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import quote

from PySide6.QtCore import QRectF, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPainter
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import records
from app.errors import TypedDateRefused
from app.letters import Letter, Sender, compose_letter, render_eml, render_pdf, render_text
from app.letters.model import LANGUAGES_BY_JURISDICTION
from app.letters.output import atomic_write
from app.letters.parts import HANDLER_REQUEST_TYPES_CN, HANDLER_REQUEST_TYPES_HK
from app.rules import check as check_rules
from app.tracking import drafting, escalation, sent_letters
from app.tracking import requests as tracking
from app.tracking import sender as sender_mod
from app.tracking.deadlines import MAX_REPLY_DAYS
from app.tracking.model import Channel
from app.tracking.regulators import Regulator, regulators_for
from ui import dialogs
from ui.composer.labels import placeholder_label, type_label
from ui.composer.mark_sent_dialog import MarkSentDialog, SentInput
from ui.composer.pdf_preview import PdfPreviewWidget
from ui.i18n import core_lang, current_language, translate
from ui.tasks import DbOp, DbWorker
from ui.widgets.date_edit import DateEdit
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]
DEBOUNCE_MS = 250
MAILTO_URL_LIMIT = 2000  # Windows and some mail apps cut mailto: URLs near 2,000 characters


@dataclass(frozen=True)
class ComposerSource:
    """What the composer starts from, read once from the vault."""

    record_id: int
    facts: dict[str, Any]
    profile_id: int | None
    sender: Sender | None
    suggested_types: tuple[str, ...]
    reply_days: int  # the library's period for this record
    reply_unit: str
    reply_statutory: bool
    follow_up_of: int | None = None
    follow_up_reference: str = ""
    follow_up_lang: str = ""
    # Who writes is asked once: True when neither the record's profile nor the vault names a sender.
    ask_sender_once: bool = False
    regulators: tuple[Regulator, ...] = ()  # where a complaint may go, the suggested one first


@dataclass(frozen=True)
class ComposedLetter:
    letter: Letter
    pdf: bytes
    text: str


@dataclass(frozen=True)
class ComposerChoices:
    types: tuple[str, ...]
    lang: str
    letter_date: dt.date
    reply_days: int | None  # None: the library's period
    sender: Sender | None
    blank_form: bool = False
    regulator_id: str | None = None


def load_source(vault: Any, library: Any, record_id: int, follow_up_of: int | None) -> ComposerSource:
    """Runs on the worker thread: the record, its complainant and what the rules suggest."""
    record = records.get_record(vault, record_id)
    result = check_rules(record.facts, library)
    reference, lang = "", ""
    sender = drafting.sender_for_profile(vault, record.profile_id)
    if follow_up_of is not None:
        original = tracking.get_request(vault, follow_up_of)
        reference, lang = original.reference_code, original.lang
        sender = sender_mod.follow_up_sender(vault, follow_up_of)  # the one the request was sent with
    return ComposerSource(
        record_id=record.id,
        facts=record.facts,
        profile_id=record.profile_id,
        sender=sender,
        ask_sender_once=sender is None and record.profile_id is None,
        regulators=tuple(regulators_for(record.facts, library)),
        suggested_types=tuple(result.request_types),
        reply_days=result.reply_period.days,
        reply_unit=result.reply_period.unit,
        reply_statutory=result.reply_period.statutory,
        follow_up_of=follow_up_of,
        follow_up_reference=reference,
        follow_up_lang=lang,
    )


class LetterComposerDialog(QDialog):
    """Compose a letter for a record (or a reminder/complaint for a request) with a live PDF preview."""

    preview_updated = Signal()  # a new letter is shown
    compose_failed = Signal(str)
    sent = Signal(int)  # id of the request stored as sent
    kept = Signal(int)  # id of the request the letter was kept as when first exported

    def __init__(
        self,
        context: Any,
        record_id: int,
        parent: QWidget | None = None,
        *,
        follow_up_of: int | None = None,
        letter_type: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("LetterComposer", "Write a letter"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.context = context
        self._worker: DbWorker = context.worker
        self._today: Today = getattr(context, "today", None) or dt.date.today
        self.record_id = record_id
        self.follow_up_of = follow_up_of
        self.initial_letter_type = letter_type
        self.source: ComposerSource | None = None
        self.composed: ComposedLetter | None = None
        self._reference: str | None = None  # kept across recomposition of a first letter
        self._generation = 0
        self.composing = False
        self.sent_request_id: int | None = None
        self.mark_sent_dialog: MarkSentDialog | None = None  # open while the user fills it in

        self.banner = MessageBanner(self)
        self.heading = QLabel(self)
        self.heading.setTextFormat(Qt.TextFormat.PlainText)
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)

        # --- what the letter asks for
        self.types_box = QGroupBox(translate("LetterComposer", "What you ask for"), self)
        self.types_layout = QVBoxLayout(self.types_box)
        self.type_checks: dict[str, QCheckBox] = {}
        self.letter_kind_combo = QComboBox(self)
        self.letter_kind_combo.addItem(type_label("reminder"), "reminder")
        self.letter_kind_combo.addItem(type_label("complaint"), "complaint")
        self.letter_kind_combo.hide()
        self.types_layout.addWidget(self.letter_kind_combo)

        # --- how
        self.lang_combo = QComboBox(self)
        self.reply_spin = QSpinBox(self)
        self.reply_spin.setAccessibleName(translate("LetterComposer", "Reply within"))
        self.reply_spin.setRange(1, MAX_REPLY_DAYS)  # the core refuses more (issue 19 item 6)
        self.reply_unit_label = QLabel(self)
        reply_row = QHBoxLayout()
        reply_row.addWidget(self.reply_spin)
        reply_row.addWidget(self.reply_unit_label, 1)
        today = self._today()
        self.date_edit = DateEdit(today, self)  # typed or picked, never rewritten (ui/widgets/date_edit.py)
        self.date_edit.setAccessibleName(translate("LetterComposer", "Letter date"))
        self.recipient_label = QLabel(self)
        self.recipient_label.setTextFormat(Qt.TextFormat.PlainText)
        self.recipient_label.setWordWrap(True)
        self.regulator_combo = QComboBox(self)
        # Regulators' names are long ("Cyberspace authorities (12377 reporting centre, …)"): the combo
        # must not widen the form; the full name shows in the list and in the letter.
        self.regulator_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.regulator_combo.setMinimumContentsLength(16)
        self.regulator_combo.hide()
        self.regulator_combo.setAccessibleName(translate("LetterComposer", "Complain to"))
        how = QFormLayout()
        how.addRow(translate("LetterComposer", "To"), self.recipient_label)
        how.addRow(translate("LetterComposer", "Complain to"), self.regulator_combo)
        self.regulator_row_label = how.labelForField(self.regulator_combo)
        if self.regulator_row_label is not None:
            self.regulator_row_label.hide()
        how.addRow(translate("LetterComposer", "Language"), self.lang_combo)
        how.addRow(translate("LetterComposer", "Reply within"), reply_row)
        how.addRow(translate("LetterComposer", "Letter date"), self.date_edit)

        # --- who writes
        self.sender_box = QGroupBox(translate("LetterComposer", "From (you)"), self)
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        sender_form = QFormLayout(self.sender_box)
        sender_form.addRow(translate("LetterComposer", "Name"), self.name_edit)
        sender_form.addRow(translate("LetterComposer", "Phone"), self.phone_edit)
        sender_form.addRow(translate("LetterComposer", "E-mail"), self.email_edit)
        sender_form.addRow(translate("LetterComposer", "Address"), self.address_edit)
        # Asked once: what is typed here becomes the sender of every later letter (Settings edits it).
        self.remember_sender_check = QCheckBox(
            translate("LetterComposer", "Use for all my letters (change it later in Settings)"), self)
        self.remember_sender_check.setChecked(True)
        self.remember_sender_check.hide()
        sender_form.addRow(self.remember_sender_check)
        # Advocacy groups may print a form on purpose, for the person to fill in by hand.
        self.blank_form_check = QCheckBox(
            translate("LetterComposer", "Print as a blank form to fill in by hand"), self)
        self.blank_form_check.hide()
        self.blank_form_check.toggled.connect(self._blank_form_toggled)
        sender_form.addRow(self.blank_form_check)
        self.kept_request_id: int | None = None  # the request the exported letter was kept as
        self._reference_date: dt.date | None = None

        self.status_label = QLabel(self)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        self.status_label.setWordWrap(True)

        form_host = QWidget(self)
        self.form_host = form_host
        form_layout = QVBoxLayout(form_host)
        form_layout.addWidget(self.heading)
        form_layout.addWidget(self.types_box)
        form_layout.addLayout(how)
        form_layout.addWidget(self.sender_box)
        form_layout.addWidget(self.status_label)
        form_layout.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(form_host)
        scroll.setMinimumWidth(360)

        self.preview = PdfPreviewWidget(self)
        self.preview.show_message(translate("LetterComposer", "Preparing the letter…"))
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 3)

        # --- actions
        self.export_button = QPushButton(translate("LetterComposer", "Export PDF…"), self)
        self.print_button = QPushButton(translate("LetterComposer", "Print…"), self)
        self.copy_button = QPushButton(translate("LetterComposer", "Copy e-mail text"), self)
        self.mail_button = QPushButton(translate("LetterComposer", "Open in mail app"), self)
        self.eml_button = QPushButton(translate("LetterComposer", "Save .eml…"), self)
        self.sent_button = QPushButton(translate("LetterComposer", "Mark as sent…"), self)
        self.sent_button.setDefault(True)
        self.close_button = QPushButton(translate("LetterComposer", "Close"), self)
        self._output_buttons = (self.export_button, self.print_button, self.copy_button, self.mail_button,
                                self.eml_button, self.sent_button)
        actions = QHBoxLayout()
        for button in self._output_buttons[:-1]:
            actions.addWidget(button)
        actions.addStretch(1)
        actions.addWidget(self.sent_button)
        actions.addWidget(self.close_button)
        self.export_button.clicked.connect(self.export_pdf)
        self.print_button.clicked.connect(self.print_with_dialog)
        self.copy_button.clicked.connect(self.copy_email_text)
        self.mail_button.clicked.connect(self.open_mail_client)
        self.eml_button.clicked.connect(self.save_eml)
        self.sent_button.clicked.connect(self.ask_mark_sent)
        self.close_button.clicked.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        self.resize(1240, 780)
        self._set_outputs_enabled(False)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(DEBOUNCE_MS)
        self._debounce.timeout.connect(self.recompose)
        for signal in (self.lang_combo.currentIndexChanged, self.reply_spin.valueChanged,
                       self.date_edit.dateChanged, self.letter_kind_combo.currentIndexChanged,
                       self.regulator_combo.currentIndexChanged):
            signal.connect(self.schedule_recompose)
        for edit in (self.name_edit, self.phone_edit, self.email_edit, self.address_edit):
            edit.textEdited.connect(self.schedule_recompose)
        self._load()

    # --- loading ------------------------------------------------------------------------------------
    def _load(self) -> None:
        library_of = getattr(self.context, "rule_library", None)
        record_id, follow_up_of = self.record_id, self.follow_up_of

        def op(vault: Any) -> ComposerSource:
            library = library_of() if callable(library_of) else None
            return load_source(vault, library, record_id, follow_up_of)

        DbOp(self._worker, self, op).success(self._loaded).failure(self._failed).run()

    def _loaded(self, source: ComposerSource) -> None:
        self.source = source
        facts = source.facts
        jurisdiction = str(facts.get("jurisdiction", "CN"))
        handler = facts.get("handler") or {}
        place = facts.get("place_name") or ""
        self.heading.setText(" · ".join(p for p in (place, str(facts.get("date", ""))) if p))
        # A letter speaks as of its own date: it cannot report the gate as seen after that date.
        seen = str(facts.get("last_seen") or facts.get("date") or "")
        if seen:
            self.date_edit.setMinimumDate(
                dt.date.fromisoformat(seen),
                translate(
                    "LetterComposer",
                    "The letter date %1 is before the day the record says the face collection was last seen "
                    "(%2). A letter cannot report what happened after it was written: date the letter %2 "
                    "or later, or correct the record's last-seen date.",
                ),
            )
        recipient = handler.get("name") or translate("LetterComposer", "(the handler's name is not recorded)")
        if handler.get("email"):
            recipient += f" <{handler['email']}>"
        self.recipient_label.setText(recipient)
        sender = source.sender
        if sender is not None:
            self.name_edit.setText(sender.name)
            self.phone_edit.setText(sender.phone)
            self.email_edit.setText(sender.email)
            self.address_edit.setText(sender.address)
        self.remember_sender_check.setVisible(source.ask_sender_once)
        if source.ask_sender_once:
            self.sender_box.setTitle(translate("LetterComposer", "From (you) — asked once"))
        self.blank_form_check.setVisible(source.profile_id is not None)
        # Languages that fit the record's jurisdiction; the UI language first when it fits.
        fitting = LANGUAGES_BY_JURISDICTION.get(jurisdiction, ("zh-CN",))
        names = {"zh-CN": "简体中文", "en": "English", "zh-HK": "繁體中文（香港）"}
        self.lang_combo.blockSignals(True)
        for lang in fitting:
            self.lang_combo.addItem(names.get(lang, lang), lang)
        preferred = source.follow_up_lang or core_lang(current_language())
        index = self.lang_combo.findData(preferred)
        if index < 0:
            index = self.lang_combo.findData(drafting.DEFAULT_LANG.get(jurisdiction, fitting[0]))
        self.lang_combo.setCurrentIndex(max(index, 0))
        self.lang_combo.blockSignals(False)
        self.reply_spin.blockSignals(True)
        self.reply_spin.setValue(source.reply_days)
        self.reply_spin.blockSignals(False)
        self.reply_unit_label.setText(
            translate("LetterComposer", "working days") if source.reply_unit == "working_days"
            else translate("LetterComposer", "calendar days"))
        if source.reply_statutory:
            self.reply_unit_label.setText(self.reply_unit_label.text() + " · "
                                          + translate("LetterComposer", "set by law"))
        if source.follow_up_of is not None:
            self._setup_follow_up(source)
        else:
            self._setup_first_letter(source, jurisdiction)
        self.recompose()

    def _setup_first_letter(self, source: ComposerSource, jurisdiction: str) -> None:
        types = HANDLER_REQUEST_TYPES_CN if jurisdiction == "CN" else HANDLER_REQUEST_TYPES_HK
        suggested = set(source.suggested_types)
        for key in types:
            check = QCheckBox(type_label(key), self.types_box)
            check.setChecked(key in suggested)
            if key in suggested:
                check.setToolTip(translate("LetterComposer", "Suggested by the rules for this record"))
            check.toggled.connect(self.schedule_recompose)
            self.type_checks[key] = check
            self.types_layout.addWidget(check)
        if not any(c.isChecked() for c in self.type_checks.values()) and self.type_checks:
            next(iter(self.type_checks.values())).setChecked(True)
        # A statutory period (Hong Kong's 40 days, Hangzhou's 10) is not the writer's to change.
        self.reply_spin.setEnabled(not source.reply_statutory)
        self.setWindowTitle(translate("LetterComposer", "Write a letter"))

    def _setup_follow_up(self, source: ComposerSource) -> None:
        self.letter_kind_combo.show()
        wanted = self.initial_letter_type or "reminder"
        self.letter_kind_combo.blockSignals(True)
        self.letter_kind_combo.setCurrentIndex(max(self.letter_kind_combo.findData(wanted), 0))
        self.letter_kind_combo.blockSignals(False)
        title = translate("LetterComposer", "Follow-up to %1").replace("%1", source.follow_up_reference)
        self.types_box.setTitle(title)
        # The follow-up keeps the original letter's language; its period is the core's to set.
        self.lang_combo.setEnabled(False)
        self.reply_spin.setEnabled(False)
        self.setWindowTitle(translate("LetterComposer", "Write a follow-up letter"))
        # Where a complaint goes: the suggested regulator first; the person may choose another.
        self.regulator_combo.blockSignals(True)
        lang = source.follow_up_lang or "zh-CN"
        for regulator in source.regulators:
            name = regulator.name(lang)
            if regulator.suggested:
                name = translate("LetterComposer", "%1 (suggested)").replace("%1", name)
            self.regulator_combo.addItem(name, regulator.id)
        self.regulator_combo.blockSignals(False)
        self.letter_kind_combo.currentIndexChanged.connect(self._show_regulator_choice)
        self._show_regulator_choice()

    def _show_regulator_choice(self) -> None:
        complaint = self.letter_kind_combo.currentData() == "complaint" and self.regulator_combo.count() > 0
        self.regulator_combo.setVisible(complaint)
        if self.regulator_row_label is not None:
            self.regulator_row_label.setVisible(complaint)

    def _blank_form_toggled(self, blank: bool) -> None:
        for edit in (self.name_edit, self.phone_edit, self.email_edit, self.address_edit):
            edit.setEnabled(not blank)
        self.schedule_recompose()

    # --- composing ------------------------------------------------------------------------------------
    def choices(self) -> ComposerChoices:
        assert self.source is not None
        if not self.date_edit.check():
            raise TypedDateRefused(self.date_edit.problem() or "", "date", field="letter_date")
        day = self.date_edit.date()
        if self.source.follow_up_of is not None:
            types: tuple[str, ...] = (str(self.letter_kind_combo.currentData()),)
        else:
            types = tuple(k for k, c in self.type_checks.items() if c.isChecked())
        reply_days: int | None = None
        if self.reply_spin.isEnabled() and self.reply_spin.value() != self.source.reply_days:
            reply_days = self.reply_spin.value()
        return ComposerChoices(
            types=types,
            lang=str(self.lang_combo.currentData()),
            letter_date=dt.date(day.year(), day.month(), day.day()),
            reply_days=reply_days,
            sender=None if self.blank_form_check.isChecked() else self._sender(),
            blank_form=self.blank_form_check.isChecked(),
            regulator_id=str(self.regulator_combo.currentData())
            if types == ("complaint",) and self.regulator_combo.count() else None,
        )

    def sender_problem(self) -> str | None:
        """Why the letter cannot go out yet (no name, no reply address), in one sentence; None if it can."""
        if self.blank_form_check.isChecked():
            return None
        missing = sender_mod.missing_for_sending(self._sender() if self.name_edit.text().strip() else None)
        if not missing:
            return None
        parts = {
            sender_mod.NAME: translate("LetterComposer", "your name"),
            sender_mod.REPLY_ADDRESS: translate("LetterComposer", "a postal address or e-mail for the reply"),
        }
        listed = translate("LetterComposer", " and ").join(parts[m] for m in missing)
        return translate(
            "LetterComposer",
            "This letter cannot be exported or marked sent without %1: fill them in under “From (you)”.",
        ).replace("%1", listed)

    def _sender(self) -> Sender | None:
        values = {"name": self.name_edit.text(), "phone": self.phone_edit.text(),
                  "email": self.email_edit.text(), "address": self.address_edit.text()}
        if not values["name"].strip():
            return None  # the letter then shows a 【…】 placeholder to fill in by hand
        return Sender.from_json(values)  # InvalidInput for e.g. a malformed e-mail: shown inline

    def schedule_recompose(self) -> None:
        if self.source is not None:
            self._debounce.start()

    def recompose(self) -> None:
        """Compose and render on the worker thread; the newest result wins."""
        if self.source is None:
            return
        self._debounce.stop()
        try:
            choices = self.choices()
        except TypedDateRefused:  # the date field says why under itself; nothing is composed
            self.banner.show_message(self.date_edit.problem() or "", BannerLevel.WARNING)
            return
        except Exception as exc:  # noqa: BLE001 - InvalidInput from Sender: show it, keep the old preview
            self._failed(exc)
            return
        if not choices.types:
            self.composed = None
            self._set_outputs_enabled(False)
            self.preview.show_message(translate("LetterComposer", "Choose at least one request."))
            return
        self._generation += 1
        generation = self._generation
        self.composing = True
        source = self.source
        # The reference stays while the letter is edited; it carries the letter date, so a new date
        # gets a new reference (until the letter is first exported, when it is fixed for good).
        reference = self._reference if self._reference_date == choices.letter_date else None
        today = self._today()
        library_of = getattr(self.context, "rule_library", None)

        def op(vault: Any) -> ComposedLetter:
            if source.follow_up_of is not None:
                letter = escalation.next_letter(
                    vault, source.follow_up_of, today=today, sender=choices.sender,
                    letter_date=choices.letter_date, letter_type=choices.types[0],
                    regulator=choices.regulator_id, reference=reference, blank_form=choices.blank_form,
                )
            else:
                letter = compose_letter(
                    source.facts, choices.types, choices.lang, sender=choices.sender,
                    letter_date=choices.letter_date, reference=reference, reply_days=choices.reply_days,
                    library=library_of() if callable(library_of) else None,
                    reference_taken=drafting.reference_taken(vault),
                )
            return ComposedLetter(letter, render_pdf(letter), render_text(letter))

        def done(composed: ComposedLetter) -> None:
            if generation != self._generation:
                return
            self.composing = False
            self.composed = composed
            self._reference = composed.letter.reference
            self._reference_date = composed.letter.letter_date
            if source.follow_up_of is not None:
                self._show_period_of(composed.letter)
                if composed.letter.request_types in (("complaint",), ("police_report",)):
                    self.recipient_label.setText(composed.letter.recipient_name)
            self.banner.hide()
            self.preview.set_pdf(composed.pdf)
            self._set_outputs_enabled(True)
            self._show_status(composed.letter)
            self.preview_updated.emit()

        def failed(exc: BaseException) -> None:
            if generation != self._generation:
                return
            self.composing = False
            self._failed(exc)

        DbOp(self._worker, self, op).success(done).failure(failed).run()

    def _show_period_of(self, letter: Letter) -> None:
        """A follow-up's period is the core's choice: show the one the letter actually asks for."""
        asked = letter.reply_period
        self.reply_spin.setVisible(asked is not None)
        if asked is None:
            self.reply_unit_label.setText(translate("LetterComposer", "no reply period in this letter"))
            return
        self.reply_spin.blockSignals(True)
        self.reply_spin.setValue(asked.days)
        self.reply_spin.blockSignals(False)
        self.reply_unit_label.setText(
            translate("LetterComposer", "working days") if asked.unit == "working_days"
            else translate("LetterComposer", "calendar days"))

    def _show_status(self, letter: Letter) -> None:
        lines = [translate("LetterComposer", "Reference: %1").replace("%1", letter.reference)]
        if letter.placeholders:
            lines.append(translate("LetterComposer", "Fill in by hand before sending: %1")
                         .replace("%1", translate("LetterComposer", ", ").join(
                             placeholder_label(key) for key in letter.placeholders)))
        self.status_label.setText("\n".join(lines))

    def _failed(self, exc: BaseException) -> None:
        from ui import errors

        if errors.is_expected(exc):
            message = errors.message_for(exc)
            self.banner.show_message(message, BannerLevel.ERROR)
            self.compose_failed.emit(message)
        else:
            errors.show_exception(exc, self)

    def _set_outputs_enabled(self, enabled: bool) -> None:
        for button in self._output_buttons:
            button.setEnabled(enabled)
        if self.sent_request_id is not None:
            self.sent_button.setEnabled(False)  # it is kept already; a second copy would be a duplicate

    # --- outputs --------------------------------------------------------------------------------------
    def _suggested_name(self, suffix: str) -> str:
        assert self.composed is not None
        return f"{self.composed.letter.reference}{suffix}"

    def export_pdf(self) -> None:
        if self.composed is None:
            return
        path = dialogs.get_save_file_name(self, translate("LetterComposer", "Export the letter as PDF"),
                                          self._suggested_name(".pdf"),
                                          translate("LetterComposer", "PDF (*.pdf)"))
        if path:
            self.export_pdf_to(Path(path))

    def export_pdf_to(self, path: Path) -> None:
        """Keep the letter in the vault exactly as exported (first time only), then write the file."""
        composed = self.composed
        if composed is not None:
            self.keep_then(lambda _rid: self._write(path, composed.pdf))

    def save_eml(self) -> None:
        if self.composed is None:
            return
        path = dialogs.get_save_file_name(self, translate("LetterComposer", "Save as e-mail (.eml)"),
                                          self._suggested_name(".eml"),
                                          translate("LetterComposer", "E-mail message (*.eml)"))
        if path:
            data = render_eml(self.composed.letter, pdf=self.composed.pdf)
            self.keep_then(lambda _rid: self._write(Path(path), data))

    # --- keeping the letter as it leaves --------------------------------------------------------------
    def ready_to_leave(self) -> bool:
        """The preview is current and the letter names its sender and a reply address (or is a blank
        form on purpose); otherwise say what is missing and refuse."""
        if self.composed is None or self.source is None:
            return False
        if self.composing or self._debounce.isActive():
            self.banner.show_message(
                translate("LetterComposer", "The letter is still being updated. Try again in a moment."),
                BannerLevel.WARNING)
            return False
        problem = self.sender_problem()
        if problem is not None:
            self.banner.show_message(problem, BannerLevel.ERROR)
            self.compose_failed.emit(problem)
            return False
        return True

    def _keep_op(self) -> Callable[[Any], int]:
        """The worker op that stores the previewed letter as a draft request and freezes it (its PDF,
        reference and date) — once: later exports reuse the same request."""
        assert self.composed is not None and self.source is not None
        composed, source, choices = self.composed, self.source, self.choices()
        kept_id = self.kept_request_id
        remember = (source.ask_sender_once and self.remember_sender_check.isChecked()
                    and not choices.blank_form)

        def op(vault: Any) -> int:
            if kept_id is not None:
                return kept_id
            snapshot = drafting.snapshot_of(composed.letter, pdf=composed.pdf, text=composed.text,
                                            blank_form=choices.blank_form, regulator_id=choices.regulator_id)
            with vault.write() as conn:
                request_id = tracking.create_request(
                    vault, source.record_id, snapshot, profile_id=source.profile_id,
                    parent_request_id=source.follow_up_of)
                tracking.check_sendable(conn, request_id)  # SenderIncomplete rolls all of it back
                sent_letters.keep(conn, request_id)
                if remember and composed.letter.sender is not None:
                    sender_mod.set_vault_sender(vault, composed.letter.sender)
            return request_id

        return op

    def keep_then(self, after: Callable[[int], None]) -> None:
        if not self.ready_to_leave():
            return

        def done(request_id: int) -> None:
            first = self.kept_request_id is None
            self.kept_request_id = request_id
            if first:
                self._freeze()
                self.kept.emit(request_id)
            after(request_id)

        DbOp(self._worker, self, self._keep_op()).success(done).failure(self._failed).run()

    def _freeze(self) -> None:
        """What was exported is kept as it is: the choices are frozen so the preview stays that letter
        and its reference is fixed."""
        self._debounce.stop()
        self._generation += 1
        for widget in (self.types_box, self.lang_combo, self.reply_spin, self.date_edit, self.sender_box,
                       self.regulator_combo):
            widget.setEnabled(False)

    def _write(self, path: Path, data: bytes) -> None:
        try:
            atomic_write(path, data, force=True)  # the save dialog asked before replacing
        except OSError as exc:
            self._failed(exc)
            return
        saved = translate("LetterComposer", "Saved %1.").replace("%1", path.name)
        self.banner.show_message(saved, BannerLevel.INFO)

    def copy_email_text(self) -> None:
        """The plain-text letter, through the clipboard service (hinted as secret, cleared later)."""
        if self.composed is None:
            return
        self.context.clipboard.copy_text(self.composed.text)
        self.banner.show_message(
            translate("LetterComposer", "The e-mail text is copied. The clipboard is cleared after a while."),
            BannerLevel.INFO)

    def mailto_url(self) -> QUrl:
        """mailto: with the recipient, the subject (with the reference code) and as much of the body as
        a mail link safely carries; when the letter is longer, the whole text is also copied so the
        user can paste it (Windows hands at most ~2,000 characters of a URL to the mail app)."""
        assert self.composed is not None
        letter = self.composed.letter
        body = self.composed.text
        to = quote(letter.recipient_email, safe="@")
        base = f"mailto:{to}?subject={quote(letter.email_subject, safe='')}&body="
        if len(base) + len(quote(body, safe="")) > MAILTO_URL_LIMIT:
            note = "\n…\n" + translate(
                "LetterComposer",
                "[The letter is longer than a mail link can carry: paste the copied text here.]")
            budget = MAILTO_URL_LIMIT - len(base) - len(quote(note, safe=""))
            low, high = 0, len(body)
            while low < high:  # the longest beginning of the letter that fits, once encoded
                middle = (low + high + 1) // 2
                if len(quote(body[:middle], safe="")) <= budget:
                    low = middle
                else:
                    high = middle - 1
            body = body[:low] + note
            self.context.clipboard.copy_text(self.composed.text)
        return QUrl(base + quote(body, safe=""), QUrl.ParsingMode.StrictMode)

    def open_mail_client(self) -> None:
        if self.composed is None:
            return
        if not QDesktopServices.openUrl(self.mailto_url()):
            self.banner.show_message(
                translate("LetterComposer",
                          "No mail app answered. Copy the e-mail text or save an .eml file."),
                BannerLevel.WARNING)

    def print_with_dialog(self) -> None:
        if self.composed is None:
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        dialog = QPrintDialog(printer, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.keep_then(lambda _rid: self.print_to(printer))

    def print_to(self, printer: QPrinter) -> int:
        """Paint every page of the previewed PDF on `printer`; returns the number of pages printed."""
        document = self.preview.document()
        pages = document.pageCount()
        painter = QPainter()
        if pages == 0 or not painter.begin(printer):
            return 0
        try:
            for page in range(pages):
                if page:
                    printer.newPage()
                target = printer.pageLayout().paintRectPixels(printer.resolution())
                size = document.pagePointSize(page)
                scale = min(target.width() / size.width(), target.height() / size.height())
                image = document.render(page, (size * scale).toSize())
                painter.drawImage(QRectF(0, 0, image.width(), image.height()), image)
        finally:
            painter.end()
        return pages

    # --- keeping it as sent ---------------------------------------------------------------------------
    def ask_mark_sent(self) -> None:
        if not self.ready_to_leave():
            return
        has_email = bool(self.composed.letter.recipient_email)
        # A letter dated in the past (already posted) was most likely sent on its date.
        sent_on = min(self.composed.letter.letter_date, self._today())
        dialog = MarkSentDialog(self._today(), self.composed.letter.reference, self, sent_on=sent_on,
                                default_channel=Channel.EMAIL if has_email else Channel.REGISTERED_MAIL)
        self.mark_sent_dialog = dialog  # tests fill it in through this
        dialog.finished.connect(lambda result: self._mark_sent_done(dialog, result))
        dialog.open()

    def _mark_sent_done(self, dialog: MarkSentDialog, result: int) -> None:
        self.mark_sent_dialog = None
        if result == QDialog.DialogCode.Accepted:
            self.mark_sent(dialog.value())
        dialog.deleteLater()

    def mark_sent(self, sent: SentInput) -> None:
        """Store the previewed letter (its PDF bytes unchanged) as a request — or take the one kept when
        it was exported — and record the sending."""
        if not self.ready_to_leave():
            return
        keep, today = self._keep_op(), self._today()

        def op(vault: Any) -> int:
            with vault.write():
                request_id = keep(vault)
                tracking.mark_sent(vault, request_id, sent.date, sent.channel,
                                   tracking_number=sent.tracking_number, note=sent.note, today=today)
            return request_id

        def done(request_id: int) -> None:
            self.kept_request_id = request_id
            self.sent_request_id = request_id
            self.sent_button.setEnabled(False)
            # What is shown is now what was sent: the choices are frozen so the preview stays that letter.
            self._debounce.stop()
            self._generation += 1
            for widget in (self.types_box, self.lang_combo, self.reply_spin, self.date_edit, self.sender_box,
                           self.regulator_combo):
                widget.setEnabled(False)
            self.banner.show_message(
                translate("LetterComposer",
                          "Kept as sent. You will find it under Requests with its due date."),
                BannerLevel.INFO)
            self.sent.emit(request_id)

        DbOp(self._worker, self, op).success(done).failure(self._failed).run()


def open_composer(
    context: Any,
    record_id: int,
    *,
    parent: QWidget | None = None,
    follow_up_of: int | None = None,
    letter_type: str | None = None,
    on_saved: Callable[[int], None] | None = None,
) -> LetterComposerDialog:
    """Open the composer non-modally over `parent` (the Records page and the Requests page call this)."""
    dialog = LetterComposerDialog(context, record_id, parent, follow_up_of=follow_up_of,
                                  letter_type=letter_type)
    if on_saved is not None:
        dialog.sent.connect(on_saved)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog
