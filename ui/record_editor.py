"""New / edit record: a guided form in plain words, live rights, evidence (SPEC "New record").

Every fact of facts.schema.json is reachable; every question can stay unanswered or be answered
"I don't know". The form validates through app.facts.validate_facts and names the wrong field
inline; on every change it runs app.rules.check and shows which rights apply and why. Nothing is
written until Save, and then the record, its added evidence and its removed evidence go in ONE
transaction (nested Vault.write() savepoints), so a failure leaves the vault as it was.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from app import errors as core_errors
from app import evidence as core_evidence
from app import records as core_records
from app.facts import validate_facts
from ui import dialogs, facts_labels
from ui.errors import message_for
from ui.evidence_panel import EvidenceItem, EvidencePanel
from ui.i18n import translate
from ui.tasks import DbOp
from ui.widgets.grounds_panel import GroundsPanel
from ui.widgets.message_banner import BannerLevel, MessageBanner

NOT_ANSWERED = "__not_answered__"
LIVE_CHECK_DELAY_MS = 120


class _Field:
    """One question: its widget, how to read it, and the inline error label under it."""

    def __init__(self, path: str, widget: QWidget, read: Callable[[], Any], error: QLabel) -> None:
        self.path = path
        self.widget = widget
        self.read = read
        self.error = error


class RecordForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, _Field] = {}
        self._questions = facts_labels.questions()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 12, 4)

        where = self._section(layout, translate("RecordForm", "Where and when"))
        self._combo(where, "jurisdiction", facts_labels.jurisdictions(), required=True)
        self._date(where, "date")
        self._optional_date(where, "last_seen")
        self._combo(where, "place_type", facts_labels.place_types(), required=True)
        self._text(where, "place_name", translate("RecordForm", "e.g. 阳光花园小区 north gate"))
        self._text(where, "city", translate("RecordForm", "e.g. 杭州"))
        self._text(where, "address")

        who = self._section(layout, translate("RecordForm", "Who runs it"))
        self._text(who, "handler.name", translate("RecordForm", "e.g. 某某物业服务有限公司"))
        self._combo(who, "handler.kind", facts_labels.handler_kinds())
        self._text(who, "handler.uscc", translate("RecordForm", "18 characters, on their licence or website"))
        self._text(who, "handler.address")
        self._text(who, "handler.email")
        self._text(who, "handler.phone")
        self._text(who, "handler.pi_officer")

        how = self._section(layout, translate("RecordForm", "What happened"))
        self._combo(how, "notice", facts_labels.notices())
        self._combo(how, "consent", facts_labels.consents())
        self._combo(how, "alternative", facts_labels.alternatives())
        self._bool(how, "service_refused_without_face")
        self._combo(how, "method", facts_labels.methods())
        self._combo(how, "purpose", facts_labels.purposes())
        self._combo(how, "recognition", facts_labels.recognitions())

        more = self._section(layout, translate("RecordForm", "What else you know"))
        self._bool(more, "consent_given_before")
        self._bool(more, "relationship_ended")
        self._combo(more, "transmitted_off_device", facts_labels.transmitted())
        self._bool(more, "shared_or_sold")
        self._bool(more, "leaked")
        self._combo(more, "contract_terms", facts_labels.contract_terms())
        self._bool(more, "private_space")
        self._bool(more, "subject_under_14")
        self._bool(more, "used_as_credit_information")

        notes = self._section(layout, translate("RecordForm", "Notes"))
        self.facts_notes = self._plain(notes, "notes")
        self.record_notes = self._plain(notes, "record_notes")
        layout.addStretch(1)

    # --- building --------------------------------------------------------------------------------
    def _section(self, layout: QVBoxLayout, title: str) -> QFormLayout:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setVerticalSpacing(4)
        layout.addWidget(box)
        return form

    def _add(self, form: QFormLayout, path: str, widget: QWidget, read: Callable[[], Any]) -> None:
        question = QLabel(self._questions.get(path, path), self)
        question.setWordWrap(True)
        question.setBuddy(widget)
        error = QLabel(self)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet("color: #b83b3b;")
        error.hide()
        holder = QWidget(self)
        column = QVBoxLayout(holder)
        column.setContentsMargins(0, 0, 0, 6)
        column.setSpacing(3)
        # The question spans the full width above its answer: long plain-language questions read
        # as sentences instead of being squeezed into a label column.
        column.addWidget(question)
        column.addWidget(widget)
        column.addWidget(error)
        widget.setAccessibleName(self._questions.get(path, path))
        form.addRow(holder)
        self.fields[path] = _Field(path, widget, read, error)

    def _combo(self, form: QFormLayout, path: str, labels: dict[str, str], *, required: bool = False) -> None:
        combo = QComboBox(self)
        if not required:
            combo.addItem(translate("RecordForm", "— not answered —"), NOT_ANSWERED)
        for value, text in labels.items():
            combo.addItem(text, value)
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())
        self._add(form, path, combo, lambda: combo.currentData())

    def _bool(self, form: QFormLayout, path: str) -> None:
        combo = QComboBox(self)
        combo.addItem(translate("RecordForm", "— not answered —"), NOT_ANSWERED)
        combo.addItem(translate("RecordForm", "Yes"), True)
        combo.addItem(translate("RecordForm", "No"), False)
        combo.addItem(translate("RecordForm", "I don't know"), NOT_ANSWERED + "unknown")
        combo.currentIndexChanged.connect(lambda _i: self.changed.emit())

        def read() -> Any:
            value = combo.currentData()
            return value if isinstance(value, bool) else NOT_ANSWERED

        self._add(form, path, combo, read)

    def _text(self, form: QFormLayout, path: str, placeholder: str = "") -> None:
        edit = QLineEdit(self)
        edit.setPlaceholderText(placeholder)
        edit.textChanged.connect(lambda _t: self.changed.emit())
        self._add(form, path, edit, lambda: edit.text().strip() or NOT_ANSWERED)

    def _date(self, form: QFormLayout, path: str) -> None:
        edit = QDateEdit(QDate.currentDate(), self)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setMaximumDate(QDate.currentDate().addDays(1))
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        self._add(form, path, edit, lambda: edit.date().toString("yyyy-MM-dd"))

    def _optional_date(self, form: QFormLayout, path: str) -> None:
        holder = QWidget(self)
        row = QHBoxLayout(holder)
        row.setContentsMargins(0, 0, 0, 0)
        check = QCheckBox(translate("RecordForm", "Seen later too:"), holder)
        edit = QDateEdit(QDate.currentDate(), holder)
        edit.setCalendarPopup(True)
        edit.setDisplayFormat("yyyy-MM-dd")
        edit.setEnabled(False)
        check.toggled.connect(edit.setEnabled)
        check.toggled.connect(lambda _b: self.changed.emit())
        edit.dateChanged.connect(lambda _d: self.changed.emit())
        row.addWidget(check)
        row.addWidget(edit, 1)
        self.last_seen_check, self.last_seen_edit = check, edit
        self._add(
            form,
            path,
            holder,
            lambda: edit.date().toString("yyyy-MM-dd") if check.isChecked() else NOT_ANSWERED,
        )

    def _plain(self, form: QFormLayout, path: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setFixedHeight(70)
        edit.textChanged.connect(self.changed.emit)
        self._add(form, path, edit, lambda: edit.toPlainText().strip() or NOT_ANSWERED)
        return edit

    # --- facts in and out ------------------------------------------------------------------------
    def facts(self) -> dict[str, Any]:
        """The facts as answered; unanswered questions are left out (unknown is always allowed)."""
        facts: dict[str, Any] = {}
        handler: dict[str, Any] = {}
        for path, field in self.fields.items():
            if path == "record_notes":
                continue
            value = field.read()
            if value == NOT_ANSWERED:
                continue
            if path.startswith("handler."):
                handler[path.split(".", 1)[1]] = value
            else:
                facts[path] = value
        if handler:
            facts["handler"] = handler
        return facts

    def notes(self) -> str:
        return self.record_notes.toPlainText()

    def set_facts(self, facts: dict[str, Any], notes: str = "") -> None:
        flat: dict[str, Any] = {k: v for k, v in facts.items() if k != "handler"}
        for key, value in (facts.get("handler") or {}).items():
            flat[f"handler.{key}"] = value
        for path, field in self.fields.items():
            widget = field.widget
            value = flat.get(path)
            if isinstance(widget, QComboBox):
                index = widget.findData(value) if value is not None else 0
                widget.setCurrentIndex(max(index, 0))
            elif isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QDateEdit) and value:
                widget.setDate(QDate.fromString(str(value), "yyyy-MM-dd"))
            elif isinstance(widget, QPlainTextEdit) and path == "notes":
                widget.setPlainText("" if value is None else str(value))
        if flat.get("last_seen"):
            self.last_seen_check.setChecked(True)
            self.last_seen_edit.setDate(QDate.fromString(str(flat["last_seen"]), "yyyy-MM-dd"))
        self.record_notes.setPlainText(notes)

    def clear_errors(self) -> None:
        for field in self.fields.values():
            field.error.hide()

    def show_field_error(self, path: str | None, text: str) -> QWidget | None:
        """Show `text` under the field `path` names (or its closest parent); returns the widget."""
        self.clear_errors()
        key = path or ""
        while key and key not in self.fields:
            key = key.rpartition(".")[0]
        field = self.fields.get(key)
        if field is None:
            return None
        field.error.setText(text)
        field.error.show()
        return field.widget


class RecordEditorDialog(QDialog):
    """Edit one record (record_id) or create one (None). Non-modal, so article links can be followed."""

    saved = Signal(int)
    deleted = Signal(int)

    def __init__(self, context: Any, record_id: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.record_id = record_id
        self.setWindowTitle(
            translate("RecordEditor", "New record")
            if record_id is None
            else translate("RecordEditor", "Edit record")
        )
        self.setWindowModality(Qt.WindowModality.NonModal)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.profile_id: int | None = None

        self.form = RecordForm(self)
        self.form.changed.connect(self._schedule_live_check)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(420)
        self.form_scroll = scroll

        self.profile_combo = QComboBox(self)
        self.profile_combo.addItem(translate("RecordEditor", "No profile"), None)
        self.profile_combo.setToolTip(translate("RecordEditor", "Whose record is this (for letters)"))

        self.grounds = GroundsPanel(self)
        self.grounds.article_requested.connect(self._on_grounds_article_requested)
        self.evidence = EvidencePanel(context, record_id, self)
        right = QSplitter(Qt.Orientation.Vertical, self)
        right.addWidget(self.grounds)
        right.addWidget(self.evidence)
        right.setStretchFactor(0, 3)
        right.setStretchFactor(1, 2)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setChildrenCollapsible(False)

        self.banner = MessageBanner(self)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("RecordEditor", "Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(
            translate("RecordEditor", "Cancel")
        )
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.delete_button = QPushButton(translate("RecordEditor", "Delete record…"), self)
        self.delete_button.clicked.connect(self.delete_record)
        self.letter_button = QPushButton(translate("RecordEditor", "Write a letter…"), self)
        self.letter_button.setToolTip(
            translate("RecordEditor", "Write a deletion or consent-withdrawal letter about this record")
        )
        self.letter_button.clicked.connect(self.write_letter)
        for button in (self.delete_button, self.letter_button):
            button.setVisible(record_id is not None)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(translate("RecordEditor", "Profile:"), self))
        bottom.addWidget(self.profile_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.delete_button)
        bottom.addWidget(self.letter_button)
        bottom.addWidget(self.buttons)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.resize(1120, 760)

        self.live_timer = QTimer(self)
        self.live_timer.setSingleShot(True)
        self.live_timer.setInterval(LIVE_CHECK_DELAY_MS)
        self.live_timer.timeout.connect(self.update_grounds)
        self.checks_run = 0
        self._baseline = self._snapshot()

        DbOp(context.worker, self, _list_profiles).success(self._on_profiles_loaded).failure(
            self._show_error
        ).run()
        if record_id is not None:
            DbOp(context.worker, self, lambda vault: core_records.get_record(vault, record_id)).success(
                self._on_record_loaded
            ).failure(self._show_error).run()
        else:
            self.update_grounds()

    # --- loading ---------------------------------------------------------------------------------
    def _on_profiles_loaded(self, profiles: list[Any]) -> None:
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        self._select_profile()

    def _on_record_loaded(self, record: Any) -> None:
        self.form.set_facts(record.facts, record.notes)
        self.profile_id = record.profile_id
        self._select_profile()
        self._baseline = self._snapshot()
        self.update_grounds()

    def _snapshot(self) -> tuple[Any, ...]:
        return (self.form.facts(), self.form.notes(), self.profile_combo.currentData())

    def has_unsaved_changes(self) -> bool:
        """Answers, notes, profile or evidence differ from what was loaded (or from a blank form)."""
        return self._snapshot() != self._baseline or self.evidence.has_changes()

    def _select_profile(self) -> None:
        index = self.profile_combo.findData(self.profile_id)
        if index >= 0:
            self.profile_combo.setCurrentIndex(index)

    # --- live rights -------------------------------------------------------------------------------
    def _schedule_live_check(self) -> None:
        self.live_timer.start()

    def update_grounds(self) -> None:
        """Validate the answers and show what applies (runs on every change, debounced)."""
        self.live_timer.stop()
        self.checks_run += 1
        facts = self.form.facts()
        try:
            checked = validate_facts(facts)
        except core_errors.InvalidFacts as exc:
            self.form.show_field_error(exc.field, self._field_message(exc))
            self.grounds.show_waiting(
                translate("RecordEditor", "Correct the marked answer to see your rights.")
            )
            return
        self.form.clear_errors()
        try:
            library = self.context.rule_library()
            from app.rules import check

            result = check(checked, library)
        except core_errors.FaceLedgerError as exc:
            self.grounds.show_waiting(message_for(exc))
            return
        self.grounds.show_result(result, library)

    def _field_message(self, exc: core_errors.InvalidInput) -> str:
        field = exc.field or ""
        if field == "handler.uscc":
            return translate(
                "RecordEditor",
                "This code is not valid: check the 18 characters (the last one is a check character).",
            )
        if field == "last_seen":
            return translate("RecordEditor", "This date cannot be before the first time.")
        if field in ("date", "last_seen"):
            return translate("RecordEditor", "Enter a real date.")
        return translate("RecordEditor", "This answer is not valid.")

    def _on_grounds_article_requested(self, instrument: str, article: str) -> None:
        self.context.navigate("rules", instrument=instrument, article=article)
        main = self.context.window
        main.raise_()
        main.activateWindow()

    # --- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        facts = self.form.facts()
        try:
            checked = validate_facts(facts)
        except core_errors.InvalidFacts as exc:
            widget = self.form.show_field_error(exc.field, self._field_message(exc))
            self.banner.show_message(message_for(exc), BannerLevel.WARNING)
            if widget is not None:
                self.form_scroll.ensureWidgetVisible(widget)
                widget.setFocus()
            return
        notes = self.form.notes()
        profile_id = self.profile_combo.currentData()
        additions = [(i.data or b"", i.name) for i in self.evidence.pending_additions()]
        removals = sorted(self.evidence.removed_ids)
        record_id = self.record_id
        self.buttons.setEnabled(False)
        DbOp(
            self.context.worker,
            self,
            lambda vault: save_record(vault, record_id, checked, notes, profile_id, additions, removals),
        ).success(self._on_saved).failure(self._on_save_failed).with_progress(
            translate("RecordEditor", "Saving…")
        ).run()

    def _on_saved(self, record_id: int) -> None:
        self.record_id = record_id
        self._baseline = self._snapshot()
        self.saved.emit(record_id)
        self.accept()

    def _on_save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, core_errors.InvalidInput):
            self.form.show_field_error(exc.field, self._field_message(exc))
        if isinstance(exc, core_errors.FaceLedgerError):
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
        else:
            from ui import errors

            errors.show_exception(exc, self)

    # --- other actions -----------------------------------------------------------------------------
    def write_letter(self) -> None:
        """Hand over to the letter composer (Requests page) for this saved record."""
        if self.record_id is None:
            return
        if self.has_unsaved_changes():
            self.banner.show_message(
                translate(
                    "RecordEditor", "Save your changes first: the letter is written from the saved record."
                ),
                BannerLevel.WARNING,
            )
            return
        record_id = self.record_id
        self.accept()
        self.context.navigate("requests", compose_for_record=record_id)

    def delete_record(self) -> None:
        if self.record_id is None:
            return
        if not dialogs.ask_question(
            self,
            translate("RecordEditor", "Delete record"),
            translate(
                "RecordEditor",
                "Delete this record and all its evidence from the vault? This cannot be undone. "
                "A record that letters were sent about cannot be deleted.",
            ),
            yes_text=translate("RecordEditor", "Delete"),
            no_text=translate("RecordEditor", "Keep"),
            destructive=True,
        ):
            return
        record_id = self.record_id
        DbOp(self.context.worker, self, lambda vault: core_records.delete_record(vault, record_id)).success(
            lambda _none: self._on_deleted(record_id)
        ).failure(self._show_error).run()

    def _on_deleted(self, record_id: int) -> None:
        self.deleted.emit(record_id)
        self.accept()

    def _show_error(self, exc: BaseException) -> None:
        self.banner.show_message(message_for(exc), BannerLevel.ERROR)


def _list_profiles(vault: Any) -> list[Any]:
    from app.profiles import list_profiles

    return list_profiles(vault)


def save_record(
    vault: Any,
    record_id: int | None,
    facts: dict[str, Any],
    notes: str,
    profile_id: int | None,
    additions: list[tuple[bytes, str]],
    removals: list[int],
) -> int:
    """Worker thread: the record, its new evidence and removed evidence in one transaction."""
    with vault.write():
        if record_id is None:
            record_id = core_records.add_record(vault, facts, notes=notes, profile_id=profile_id)
        else:
            core_records.update_record(vault, record_id, facts, notes=notes, profile_id=profile_id)
        for data, name in additions:
            core_evidence.add_evidence(vault, record_id, data, name)
        for evidence_id in removals:
            core_evidence.delete_evidence(vault, evidence_id)
    return record_id


__all__ = ["EvidenceItem", "RecordEditorDialog", "RecordForm", "save_record"]
