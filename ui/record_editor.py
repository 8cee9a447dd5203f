"""New / edit record: a guided form in plain words, live rights, evidence (SPEC "New record").

Every fact of facts.schema.json is reachable; every question can stay unanswered or be answered
"I don't know", and an unanswered question is left out of the record (unknown), never filled in
for the person. The form validates through app.facts.validate_facts and names the wrong field
inline; on every change it runs app.rules.check and shows which rights apply and why. Nothing is
written until Save, and then the record, its added evidence and its removed evidence go in ONE
transaction (nested Vault.write() savepoints), so a failure leaves the vault as it was.

Save needs what every letter needs (app.facts.require_letter_answers: date, place type, the place
or the handler). Leaving with unsaved changes (Esc, Cancel, the window's close button, locking,
changing the language) asks: save, discard or keep editing. Dates are ui.widgets.date_edit.DateEdit
(typed as people type them, never rewritten). Tab follows the form from top to bottom.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
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
from app.facts import require_letter_answers, validate_facts
from ui import dialogs, facts_labels, theme
from ui.errors import message_for
from ui.evidence_panel import EvidenceItem, EvidencePanel
from ui.i18n import current_language, translate
from ui.tasks import DbOp
from ui.widgets.date_edit import DateEdit, first_refused
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
        # Where the person most likely is; always shown and changeable, never a hidden default.
        self._set_value("jurisdiction", "HK" if current_language() == "zh_HK" else "CN")
        self.date_edit = self._date(where, "date", optional=False)
        self.last_seen_edit = self._date(where, "last_seen", optional=True)
        self.date_edit.dateChanged.connect(lambda _d: self._limit_last_seen())
        self._limit_last_seen()
        self._combo(where, "place_type", facts_labels.place_types(), placeholder=True)
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

    def _add(
        self, form: QFormLayout, path: str, widget: QWidget, read: Callable[[], Any], description: str = ""
    ) -> None:
        question = QLabel(self._questions.get(path, path), self)
        question.setWordWrap(True)
        question.setBuddy(widget)
        error = QLabel(self)
        error.setTextFormat(Qt.TextFormat.PlainText)
        error.setWordWrap(True)
        error.setStyleSheet(f"color: {theme.colours().error};")
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
        if description:
            widget.setAccessibleDescription(description)
        form.addRow(holder)
        self.fields[path] = _Field(path, widget, read, error)

    def _combo(
        self,
        form: QFormLayout,
        path: str,
        labels: dict[str, str],
        *,
        required: bool = False,
        placeholder: bool = False,
    ) -> None:
        combo = QComboBox(self)
        if placeholder:
            combo.addItem(translate("RecordForm", "— choose one —"), NOT_ANSWERED)
        elif not required:
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
        self._add(form, path, edit, lambda: edit.text().strip() or NOT_ANSWERED, placeholder)

    def _date(self, form: QFormLayout, path: str, *, optional: bool) -> DateEdit:
        edit = DateEdit(None, self, optional=optional)
        # A day it happened cannot be in the future (the record is written afterwards).
        edit.setMaximumDate(
            dt.date.today(), translate("RecordForm", "%1 is in the future. Enter the day it happened.")
        )
        edit.line.textChanged.connect(lambda _t: self.changed.emit())
        self._add(
            form,
            path,
            edit,
            lambda: edit.value().isoformat() if edit.value() is not None else NOT_ANSWERED,
            translate("RecordForm", "Type the date as 2026-12-01, 20261201 or 2026/12/1, or press Alt+Down "
                      "for a calendar."),
        )
        return edit

    def _limit_last_seen(self) -> None:
        self.last_seen_edit.setMinimumDate(
            self.date_edit.value(),
            translate("RecordForm", "%1 is before the first time (%2): the last time cannot come first."),
        )

    def _set_value(self, path: str, value: Any) -> None:
        widget = self.fields[path].widget
        if isinstance(widget, QComboBox):
            widget.setCurrentIndex(max(widget.findData(value), 0))

    def _plain(self, form: QFormLayout, path: str) -> QPlainTextEdit:
        edit = QPlainTextEdit(self)
        edit.setFixedHeight(70)
        edit.setTabChangesFocus(True)  # Tab moves on through the form; notes rarely need a tab character
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
            elif isinstance(widget, DateEdit):
                widget.setDate(dt.date.fromisoformat(str(value)) if value else None)
            elif isinstance(widget, QPlainTextEdit) and path == "notes":
                widget.setPlainText("" if value is None else str(value))
        self.record_notes.setPlainText(notes)

    def date_edits(self) -> list[DateEdit]:
        return [self.date_edit, self.last_seen_edit]

    def state(self) -> dict[str, Any]:
        """Every answer as shown, typed dates as typed (for a draft kept when the vault locks)."""
        state: dict[str, Any] = {}
        for path, field in self.fields.items():
            widget = field.widget
            if isinstance(widget, QComboBox):
                state[path] = widget.currentData()
            elif isinstance(widget, QLineEdit):
                state[path] = widget.text()
            elif isinstance(widget, DateEdit):
                state[path] = widget.text()
            elif isinstance(widget, QPlainTextEdit):
                state[path] = widget.toPlainText()
        return state

    def restore_state(self, state: dict[str, Any]) -> None:
        for path, value in state.items():
            field = self.fields.get(path)
            if field is None:
                continue
            widget = field.widget
            if isinstance(widget, QComboBox):
                index = widget.findData(value)
                if index >= 0:
                    widget.setCurrentIndex(index)
            elif isinstance(widget, QLineEdit):
                widget.setText(str(value or ""))
            elif isinstance(widget, DateEdit):
                widget.line.setText(str(value or ""))
                widget.check()
            elif isinstance(widget, QPlainTextEdit):
                widget.setPlainText(str(value or ""))

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
        self._after_load: list[Callable[[], None]] = []

        self.form = RecordForm(self)
        self.form.changed.connect(self._schedule_live_check)
        # Where the record is on the map (GB/T 2260 code, correctable): ui/widgets/location_field.py.
        from ui.widgets.location_field import attach_location_field

        self.location = attach_location_field(self, context, record_id)
        scroll = QScrollArea(self)
        scroll.setWidget(self.form)
        scroll.setWidgetResizable(True)
        scroll.setMinimumWidth(420)
        self.form_scroll = scroll

        self.profile_combo = QComboBox(self)
        self.profile_combo.addItem(translate("RecordEditor", "No profile"), None)
        self.profile_combo.setToolTip(translate("RecordEditor", "Whose record is this (for letters)"))
        self.profile_combo.setAccessibleName(translate("RecordEditor", "Profile"))
        self.profile_combo.setAccessibleDescription(
            translate("RecordEditor", "Whose record is this (for letters)")
        )

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
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(translate("RecordEditor", "&Save"))
        self.save_button.setToolTip(translate("RecordEditor", "Save the record (Ctrl+S)"))
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(translate("RecordEditor", "Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        self.save_shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        self.save_shortcut.activated.connect(self.save)
        self.delete_button = QPushButton(translate("RecordEditor", "&Delete record…"), self)
        self.delete_button.clicked.connect(self.delete_record)
        self.letter_button = QPushButton(translate("RecordEditor", "Write a &letter…"), self)
        self.letter_button.setToolTip(
            translate("RecordEditor", "Write a deletion or consent-withdrawal letter about this record")
        )
        self.letter_button.clicked.connect(self.write_letter)
        for button in (self.delete_button, self.letter_button):
            button.setVisible(record_id is not None)
        bottom = QHBoxLayout()
        profile_label = QLabel(translate("RecordEditor", "&Profile:"), self)
        profile_label.setBuddy(self.profile_combo)
        bottom.addWidget(profile_label)
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
        self._leaving_confirmed = False
        self._after_save: list[Callable[[], None]] = []
        self.draft_id: int | None = None  # the draft this editor was reopened from (deleted on save/discard)
        # Tab goes through the form top to bottom, then the evidence, then the buttons.
        QWidget.setTabOrder(self.form.fields["record_notes"].widget, self.evidence)

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
        actions, self._after_load = self._after_load, []
        for action in actions:
            action()

    def _snapshot(self) -> tuple[Any, ...]:
        return (self.form.state(), self.form.notes(), self.profile_combo.currentData())

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
        if "date" not in facts or "place_type" not in facts:
            # Not an error yet (the person may answer in any order); rights depend on both.
            self.form.clear_errors()
            self.grounds.show_waiting(
                translate("RecordEditor", "Enter the date and choose the kind of place to see your rights.")
            )
            return
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
        if isinstance(exc, core_errors.MissingAnswers):
            return {
                "date": translate("RecordEditor", "Enter the date it happened."),
                "place_type": translate("RecordEditor", "Choose the kind of place."),
            }.get(field, translate("RecordEditor", "Enter the place (its name or address) or who runs it."))
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

    # --- leaving -------------------------------------------------------------------------------------
    def reject(self) -> None:
        """Esc, Cancel and the window's close button: ask before anything typed is lost."""
        if self._leaving_confirmed or not self.has_unsaved_changes():
            self._discard_draft()
            super().reject()
            return
        self.ask_to_leave(then=None)

    def ask_to_leave(self, then: Callable[[], None] | None) -> bool:
        """Save / discard / keep editing. True when the editor is gone now (discarded or unchanged);
        after "save" it closes (and runs `then`) once the save succeeded."""
        if not self.has_unsaved_changes():
            self.close_without_asking()
            return True
        self.raise_()
        self.activateWindow()
        answer = dialogs.ask_save_discard(
            self,
            translate("RecordEditor", "Unsaved changes"),
            translate(
                "RecordEditor",
                "This record has changes that are not saved yet. Do you want to save them?",
            ),
        )
        if answer == dialogs.SAVE:
            if then is not None:
                self._after_save.append(then)
            self.save()
            return False
        if answer == dialogs.DISCARD:
            self.close_without_asking()
            return True
        return False

    def close_without_asking(self) -> None:
        """Close and drop unsaved changes (the person chose to discard them, or a draft keeps them)."""
        self._leaving_confirmed = True
        self._discard_draft()
        super().reject()

    def keep_as_draft(self) -> None:
        """Auto-lock: the vault locks without waiting for anyone, so the edits go into a draft
        inside the vault (queued on the DB worker before the vault closes) and are offered again
        after unlocking. The editor then closes without asking."""
        if self.has_unsaved_changes():
            state = {
                "record_id": self.record_id,
                "profile_id": self.profile_combo.currentData(),
                "form": self.form.state(),
                "record_notes": self.form.notes(),
                "unsaved_evidence": [item.name for item in self.evidence.pending_additions()],
            }
            draft_id = self.draft_id
            DbOp(
                self.context.worker, self.context.window, lambda vault: _save_draft(vault, state, draft_id)
            ).run()
            self.draft_id = None  # kept now; closing must not delete it
        self._leaving_confirmed = True
        super().reject()

    def restore_draft(self, draft_id: int, state: dict[str, Any]) -> None:
        """Show a kept draft's answers (after the saved record's, if it has one); unsaved until saved."""
        self.draft_id = draft_id

        def apply() -> None:
            self.form.restore_state(dict(state.get("form") or {}))
            self.form.record_notes.setPlainText(str(state.get("record_notes") or ""))
            self.profile_id = state.get("profile_id")
            self._select_profile()
            names = [str(n) for n in state.get("unsaved_evidence") or []]
            text = translate(
                "RecordEditor",
                "These are the answers you had not saved when the vault locked. Save them to keep them.",
            )
            if names:
                text += " " + translate(
                    "RecordEditor", "Files that were not saved and must be added again: %1"
                ).replace("%1", "、".join(names))
            self.banner.show_message(text, BannerLevel.INFO)
            self.update_grounds()

        if self.record_id is None:
            apply()
        else:
            self._after_load.append(apply)

    def _discard_draft(self) -> None:
        draft_id, self.draft_id = self.draft_id, None
        if draft_id is not None:
            DbOp(self.context.worker, self.context.window, lambda vault: _delete_draft(vault, draft_id)).run()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self._leaving_confirmed or not self.has_unsaved_changes():
            super().closeEvent(event)
            return
        event.ignore()
        self.ask_to_leave(then=None)

    # --- saving ------------------------------------------------------------------------------------
    def save(self) -> None:
        refused = first_refused(*self.form.date_edits())
        if refused is not None:
            self.form_scroll.ensureWidgetVisible(refused)
            self.banner.show_message(
                translate("RecordEditor", "Correct the marked date: it was not saved."), BannerLevel.WARNING
            )
            self._after_save.clear()
            return
        facts = self.form.facts()
        try:
            checked = validate_facts(facts)
            require_letter_answers(checked)
        except core_errors.InvalidFacts as exc:
            widget = self.form.show_field_error(exc.field, self._field_message(exc))
            self.banner.show_message(
                translate(
                    "RecordEditor",
                    "Not saved yet: a record needs the date, the kind of place, "
                    "and the place or who runs it.",
                )
                if isinstance(exc, core_errors.MissingAnswers)
                else message_for(exc),
                BannerLevel.WARNING,
            )
            self._after_save.clear()
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
        self._discard_draft()
        self.saved.emit(record_id)
        self.accept()
        then, self._after_save = self._after_save, []
        for action in then:
            QTimer.singleShot(0, action)

    def _on_save_failed(self, exc: BaseException) -> None:
        self.buttons.setEnabled(True)
        self._after_save.clear()
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


def _save_draft(vault: Any, state: dict[str, Any], draft_id: int | None) -> int:
    from app.drafts import save_draft

    return save_draft(vault, state, replace_id=draft_id)


def _delete_draft(vault: Any, draft_id: int) -> None:
    from app.drafts import delete_draft

    delete_draft(vault, draft_id)


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
