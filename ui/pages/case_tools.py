"""Advocacy tools in the existing screens (issue 8): profile filter, case bundles, dossier, statistics.

What a group or a lawyer helping many complainants needs, wired into Records, Requests and
Statistics rather than on a page of its own:

- `ProfileFilter`: "All profiles / one profile", for the Records and Requests lists (SQL filters in
  app.records.record_ids and app.request_list.request_ids);
- `BundleExportDialog` / `export_bundle_from`: selected records or a whole profile into one
  encrypted case bundle, optionally redacted — "for a group" first (sealed to the public keys of
  groups this vault trusts, and optionally the user's own key), or under a passphrase (asked twice);
- `BundleImportDialog`: recognises how the file is sealed; asks for the passphrase only when it has
  one (a bundle sealed to a group key opens with this vault's group keys), then shows who it was
  sealed to, what was added, what was already present and what conflicts — or, inline, why the
  bundle was refused (nothing is changed then);
- `export_dossier`: the case dossier PDF of one record;
- `export_anonymised_statistics`: the anonymised figures as CSV or a PDF report.

All the work is in app/ (bundle, dossier, stats_anon) and runs on the database worker; the core
offers no progress or cancel points for these, so the status bar shows what is running.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import profiles as core_profiles
from app.bundle import (
    Envelope,
    EnvelopeInfo,
    ExportReport,
    ImportReport,
    bundle_envelope,
    export_bundle,
    import_bundle,
    needs_passphrase,
)
from app.bundle import keys as core_keys
from app.errors import BundleError
from ui import dialogs, theme
from ui.errors import is_expected, message_for, show_exception
from ui.i18n import core_lang, current_language, translate
from ui.tasks import DbOp, DbWorker
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)

MIN_BUNDLE_PASSPHRASE = 8
BUNDLE_FILTER = "*.flcase *.age *.flb"


def _bundle_filter() -> str:
    return translate("CaseTools", "FaceLedger case bundles (%1);;All files (*)").replace("%1", BUNDLE_FILTER)


def kind_label(kind: str) -> str:
    return {
        "profiles": translate("CaseTools", "Profiles"),
        "records": translate("CaseTools", "Records"),
        "evidence": translate("CaseTools", "Evidence files"),
        "requests": translate("CaseTools", "Requests and letters"),
        "events": translate("CaseTools", "Timeline entries"),
    }.get(kind, kind)


def _secret_edit(parent: QWidget) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setMinimumWidth(260)
    return edit


# --- profile filter ---------------------------------------------------------------------------------
class ProfileFilter(QComboBox):
    """All profiles, or the records/requests of one person. Loads the names from the vault."""

    profile_changed = Signal(object)  # int | None

    def __init__(self, worker: DbWorker, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._worker = worker
        self.setAccessibleName(translate("CaseTools", "Profile"))
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.addItem(translate("CaseTools", "All profiles"), None)
        self.currentIndexChanged.connect(lambda _i: self.profile_changed.emit(self.profile_id()))
        self.reload()

    def profile_id(self) -> int | None:
        data = self.currentData()
        return int(data) if data is not None else None

    def reload(self) -> None:
        DbOp(self._worker, self, core_profiles.list_profiles).success(self._fill).failure(
            lambda exc: log.warning("loading profiles failed: %s", exc.__class__.__name__)
        ).run()

    def _fill(self, profiles: list[Any]) -> None:
        current = self.profile_id()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        for profile in profiles:
            self.addItem(profile.name, profile.id)
        index = self.findData(current) if current is not None else 0
        self.setCurrentIndex(max(index, 0))
        self.blockSignals(False)
        # Hidden while the vault has at most one person: the filter would change nothing.
        self.setVisible(len(profiles) > 1 or current is not None)
        if current is not None and index < 0:
            self.profile_changed.emit(None)


# --- export -----------------------------------------------------------------------------------------
RECIPIENT_ROLE = Qt.ItemDataRole.UserRole + 41


def export_choices(vault: Any) -> tuple[list[Any], list[tuple[str, str, str, bool]]]:
    """(profiles, recipients) for the export dialog; a recipient is (public key, name, fingerprint,
    is one of this vault's own keys)."""
    trusted = core_keys.list_trusted_recipients(vault)
    own = core_keys.list_group_keys(vault, include_retired=False)
    recipients = [(r.public_key, r.name, r.fingerprint, False) for r in trusted]
    recipients += [(k.public_key, k.name, k.fingerprint, True) for k in own]
    return core_profiles.list_profiles(vault), recipients


class BundleExportDialog(QDialog):
    """What to put in the bundle, redaction, and who can open it: groups (public keys) or a passphrase."""

    def __init__(
        self,
        profiles: list[Any],
        selected_record_ids: list[int],
        parent: QWidget | None = None,
        *,
        profile_id: int | None = None,
        recipients: list[tuple[str, str, str, bool]] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CaseTools", "Export case bundle"))
        self.selected_record_ids = list(selected_record_ids)
        # n is always a plain name in this module: pyside6-lupdate 6.11 skips calls whose n is an expression.
        selected = len(selected_record_ids)
        self.selected_radio = QRadioButton(
            translate("CaseTools", "The %n selected record(s)", None, selected), self
        )
        self.profile_radio = QRadioButton(translate("CaseTools", "Every record of this profile:"), self)
        self.profile_combo = QComboBox(self)
        for profile in profiles:
            self.profile_combo.addItem(profile.name, profile.id)
        if profile_id is not None:
            self.profile_combo.setCurrentIndex(max(self.profile_combo.findData(profile_id), 0))
        self.selected_radio.setEnabled(bool(selected_record_ids))
        self.profile_radio.setEnabled(bool(profiles))
        self.profile_combo.setEnabled(bool(profiles))
        if selected_record_ids and profile_id is None:
            self.selected_radio.setChecked(True)
        elif profiles:
            self.profile_radio.setChecked(True)
        profile_row = QHBoxLayout()
        profile_row.addWidget(self.profile_radio)
        profile_row.addWidget(self.profile_combo, 1)

        self.redact = QCheckBox(translate("CaseTools", "Redact for sharing"), self)
        redact_note = QLabel(
            translate(
                "CaseTools",
                "Removes GPS and other picture metadata, withholds files that cannot be cleaned and the "
                "letter PDFs, shortens the complainant's name (张某) and drops ID numbers and contacts.",
            ),
            self,
        )
        redact_note.setWordWrap(True)
        redact_note.setStyleSheet("color: palette(placeholder-text);")
        # Who can open it: for a group first (no shared secret to pass on), a passphrase second.
        self.group_radio = QRadioButton(translate("CaseTools", "For a group (recommended)"), self)
        self.recipient_list = QListWidget(self)
        self.recipient_list.setAccessibleName(translate("CaseTools", "Groups that can open the bundle"))
        self.recipient_list.setMaximumHeight(110)
        for public_key, name, fingerprint, own in recipients or []:
            label = (
                translate("CaseTools", "%1 (your own key, to reopen it yourself)").replace("%1", name)
                if own
                else name
            )
            item = QListWidgetItem(f"{label}    {fingerprint}")
            item.setData(RECIPIENT_ROLE, public_key)
            item.setToolTip(public_key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.recipient_list.addItem(item)
        if self.recipient_list.count() == 1:
            self.recipient_list.item(0).setCheckState(Qt.CheckState.Checked)
        group_note = QLabel(
            translate(
                "CaseTools",
                "Only the groups you tick can open the file: no passphrase to pass on. Add a group's "
                "public key in Settings → Case bundles.",
            )
            if recipients
            else translate(
                "CaseTools",
                "No group keys yet. Add a group's public key in Settings → Case bundles, or use a "
                "passphrase below.",
            ),
            self,
        )
        group_note.setWordWrap(True)
        group_note.setStyleSheet("color: palette(placeholder-text);")
        self.passphrase_radio = QRadioButton(translate("CaseTools", "With a passphrase"), self)
        # Two independent choices (what goes in / who can open it): radio buttons sharing a parent
        # are otherwise one exclusive group.
        self.scope_buttons = QButtonGroup(self)
        self.scope_buttons.addButton(self.selected_radio)
        self.scope_buttons.addButton(self.profile_radio)
        self.sealing_buttons = QButtonGroup(self)
        self.sealing_buttons.addButton(self.group_radio)
        self.sealing_buttons.addButton(self.passphrase_radio)
        self.passphrase = _secret_edit(self)
        self.repeat = _secret_edit(self)
        pass_note = QLabel(
            translate(
                "CaseTools",
                "The bundle has its own passphrase, not the vault's. Give it to the recipient another way "
                "(in person, by phone), never with the file.",
            ),
            self,
        )
        pass_note.setWordWrap(True)
        pass_note.setStyleSheet("color: palette(placeholder-text);")
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setStyleSheet(f"color: {theme.colours().error};")
        self.error.setWordWrap(True)
        self.error.hide()
        form = QFormLayout()
        form.addRow(translate("CaseTools", "Bundle passphrase"), self.passphrase)
        form.addRow(translate("CaseTools", "Repeat it"), self.repeat)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.export_button = buttons.addButton(
            translate("CaseTools", "Export…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("CaseTools", "Cancel"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(translate("CaseTools", "What goes into the bundle"), self))
        layout.addWidget(self.selected_radio)
        layout.addLayout(profile_row)
        layout.addWidget(self.redact)
        layout.addWidget(redact_note)
        layout.addSpacing(6)
        layout.addWidget(QLabel(translate("CaseTools", "Who can open it"), self))
        layout.addWidget(self.group_radio)
        layout.addWidget(self.recipient_list)
        layout.addWidget(group_note)
        layout.addWidget(self.passphrase_radio)
        layout.addLayout(form)
        layout.addWidget(pass_note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.group_radio.toggled.connect(self._sealing_changed)
        if recipients:
            self.group_radio.setChecked(True)
        else:
            self.group_radio.setEnabled(False)
            self.recipient_list.hide()
            self.passphrase_radio.setChecked(True)
        self._sealing_changed()
        self.resize(560, 560)

    def _sealing_changed(self) -> None:
        for_group = self.group_radio.isChecked()
        self.recipient_list.setEnabled(for_group)
        self.passphrase.setEnabled(not for_group)
        self.repeat.setEnabled(not for_group)

    def chosen_recipients(self) -> list[str]:
        """Public keys ticked (empty when sealing with a passphrase)."""
        if not self.group_radio.isChecked():
            return []
        return [
            str(self.recipient_list.item(row).data(RECIPIENT_ROLE))
            for row in range(self.recipient_list.count())
            if self.recipient_list.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _fail(self, text: str, widget: QWidget) -> None:
        self.error.setText(text)
        self.error.show()
        widget.setFocus()

    def _accept_if_valid(self) -> None:
        if not (self.selected_radio.isChecked() or self.profile_radio.isChecked()):
            self._fail(translate("CaseTools", "Choose what goes into the bundle."), self.selected_radio)
            return
        if self.group_radio.isChecked():
            if not self.chosen_recipients():
                self._fail(translate("CaseTools", "Tick at least one group."), self.recipient_list)
                return
            self.accept()
            return
        if len(self.passphrase.text()) < MIN_BUNDLE_PASSPHRASE:
            self._fail(
                translate("CaseTools", "The bundle passphrase needs at least %1 characters.").replace(
                    "%1", str(MIN_BUNDLE_PASSPHRASE)
                ),
                self.passphrase,
            )
            return
        if self.passphrase.text() != self.repeat.text():
            self.repeat.clear()
            self._fail(translate("CaseTools", "The two passphrases are not the same."), self.repeat)
            return
        self.accept()

    def scope(self) -> tuple[int | None, list[int]]:
        """(profile_id, record_ids) for app.bundle.export_bundle."""
        if self.profile_radio.isChecked():
            return int(self.profile_combo.currentData()), []
        return None, list(self.selected_record_ids)

    def take_passphrase(self) -> bytearray:
        secret = bytearray(self.passphrase.text().encode("utf-8"))
        self.passphrase.clear()
        self.repeat.clear()
        return secret


def export_bundle_from(
    parent: QWidget,
    worker: DbWorker,
    banner: MessageBanner,
    selected_record_ids: list[int],
    *,
    profile_id: int | None = None,
    on_done: Callable[[ExportReport], None] | None = None,
) -> None:
    """Ask what to export (dialog), where (file dialog), then export on the worker thread."""

    def with_choices(choices: tuple[list[Any], list[tuple[str, str, str, bool]]]) -> None:
        profiles, recipients = choices
        dialog = BundleExportDialog(
            profiles, selected_record_ids, parent, profile_id=profile_id, recipients=recipients
        )
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        chosen_profile, record_ids = dialog.scope()
        redacted = dialog.redact.isChecked()
        sealed_to = dialog.chosen_recipients()
        secret = dialog.take_passphrase()
        path = dialogs.get_save_file_name(
            parent,
            translate("CaseTools", "Save case bundle"),
            f"faceledger-case-{dt.date.today().isoformat()}.flcase",
            _bundle_filter(),
        )
        if not path:
            secret[:] = bytes(len(secret))
            return
        target = Path(path)

        def op(vault: Any) -> ExportReport:
            try:
                return export_bundle(
                    vault,
                    target,
                    None if sealed_to else secret,
                    recipients=sealed_to,
                    envelope=Envelope.AGE_KEYS if sealed_to else Envelope.AGE_PASSPHRASE,
                    profile_id=chosen_profile,
                    record_ids=record_ids,
                    redacted=redacted,
                    force=True,  # the save dialog has asked before replacing a file
                )
            finally:
                secret[:] = bytes(len(secret))

        def done(report: ExportReport) -> None:
            records_count = report.counts.get("records", 0)
            withheld = len(report.withheld) + report.letter_pdfs_withheld
            text = translate("CaseTools", "Case bundle written: %1 (%n record(s)).", None,
                             records_count).replace("%1", target.name)
            if withheld:
                text += " " + translate(
                    "CaseTools",
                    "Redaction withheld %n file(s) that could not be cleaned or were letter PDFs.",
                    None,
                    withheld,
                )
            banner.show_message(text, BannerLevel.INFO)
            if on_done is not None:
                on_done(report)

        DbOp(worker, parent, op).success(done).failure(lambda exc: _show_failure(exc, parent, banner)) \
            .with_progress(translate("CaseTools", "Writing the case bundle…")).run()

    DbOp(worker, parent, export_choices).success(with_choices).failure(
        lambda exc: _show_failure(exc, parent, banner)
    ).run()


def _show_failure(exc: BaseException, parent: QWidget, banner: MessageBanner) -> None:
    if is_expected(exc) or isinstance(exc, OSError):
        banner.show_message(message_for(exc), BannerLevel.ERROR)
    else:
        show_exception(exc, parent)


# --- import -----------------------------------------------------------------------------------------
class BundleImportDialog(QDialog):
    """Passphrase → import on the worker → summary (or the reason it was refused, inline)."""

    imported = Signal(object)  # the ImportReport

    def __init__(self, worker: DbWorker, bundle_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CaseTools", "Import case bundle"))
        self._worker = worker
        self.bundle_path = bundle_path
        self.report: ImportReport | None = None
        self.running = False

        self.banner = MessageBanner(self)
        file_label = QLabel(
            translate("CaseTools", "File: %1").replace("%1", bundle_path.name), self
        )
        file_label.setTextFormat(Qt.TextFormat.PlainText)
        self.passphrase = _secret_edit(self)
        self.passphrase.returnPressed.connect(self.start_import)
        ask = QWidget(self)
        ask_layout = QVBoxLayout(ask)
        ask_layout.setContentsMargins(0, 0, 0, 0)
        ask_layout.addWidget(file_label)
        self.sealing_label = QLabel(ask)
        self.sealing_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sealing_label.setWordWrap(True)
        ask_layout.addWidget(self.sealing_label)
        form = QFormLayout()
        form.addRow(translate("CaseTools", "Bundle passphrase"), self.passphrase)
        ask_layout.addLayout(form)
        note = QLabel(
            translate(
                "CaseTools",
                "Records already in this vault are not duplicated. If anything in the bundle is wrong, "
                "nothing is imported.",
            ),
            ask,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        ask_layout.addWidget(note)
        ask_layout.addStretch(1)

        summary = QWidget(self)
        summary_layout = QVBoxLayout(summary)
        summary_layout.setContentsMargins(0, 0, 0, 0)
        self.summary_title = QLabel(summary)
        self.summary_title.setTextFormat(Qt.TextFormat.PlainText)
        self.summary_title.setWordWrap(True)
        font = self.summary_title.font()
        font.setBold(True)
        self.summary_title.setFont(font)
        self.sealed_label = QLabel(summary)
        self.sealed_label.setTextFormat(Qt.TextFormat.PlainText)
        self.sealed_label.setWordWrap(True)
        self.table = QTableWidget(0, 3, summary)
        self.table.setHorizontalHeaderLabels(
            [
                translate("CaseTools", "What"),
                translate("CaseTools", "Added"),
                translate("CaseTools", "Already present (skipped)"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self.table.setColumnWidth(1, 90)
        self.conflicts_label = QLabel(summary)
        self.conflicts_label.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts_label.setWordWrap(True)
        summary_layout.addWidget(self.summary_title)
        summary_layout.addWidget(self.sealed_label)
        summary_layout.addWidget(self.table, 1)
        summary_layout.addWidget(self.conflicts_label)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(ask)
        self.pages.addWidget(summary)

        self.buttons = QDialogButtonBox(self)
        self.import_button = self.buttons.addButton(
            translate("CaseTools", "Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.close_button = self.buttons.addButton(
            translate("CaseTools", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
        )
        self.import_button.clicked.connect(self.start_import)
        self.close_button.clicked.connect(self.reject)
        self.import_button.setDefault(True)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.resize(560, 380)

        # How the file is sealed (its first bytes only): ask for a passphrase only if it has one.
        self.envelope: EnvelopeInfo | None = None
        try:
            self.envelope = bundle_envelope(bundle_path)
        except (BundleError, OSError) as exc:
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            self.import_button.setEnabled(False)
        except Exception as exc:  # noqa: BLE001 - InvalidInput (missing file): the sentence says why
            if not is_expected(exc):
                raise
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            self.import_button.setEnabled(False)
        self.needs_passphrase = self.envelope is None or needs_passphrase(self.envelope)
        form.setRowVisible(0, self.needs_passphrase)
        if self.envelope is not None and not self.needs_passphrase:
            recipients = self.envelope.recipients
            self.sealing_label.setText(
                translate(
                    "CaseTools",
                    "Sealed to a group's public key (%n recipient(s)). This vault's group keys will open it; "
                    "no passphrase is needed.",
                    None,
                    recipients,
                )
            )
        elif self.envelope is not None and self.envelope.envelope is Envelope.V1:
            self.sealing_label.setText(
                translate("CaseTools", "Sealed with a passphrase (older FaceLedger format).")
            )
        elif self.envelope is not None:
            self.sealing_label.setText(translate("CaseTools", "Sealed with a passphrase."))

    def start_import(self) -> None:
        if self.running or self.report is not None or self.envelope is None:
            return
        if self.needs_passphrase and not self.passphrase.text():
            self.banner.show_message(
                translate("CaseTools", "Enter the bundle passphrase."), BannerLevel.ERROR
            )
            self.passphrase.setFocus()
            return
        secret = bytearray(self.passphrase.text().encode("utf-8"))
        path = self.bundle_path
        self.running = True
        self.import_button.setEnabled(False)
        self.passphrase.setEnabled(False)
        self.banner.show_message(translate("CaseTools", "Checking and importing…"), BannerLevel.INFO,
                                 closable=False)

        def op(vault: Any) -> ImportReport:
            try:
                return import_bundle(vault, path, secret or None)
            finally:
                secret[:] = bytes(len(secret))

        DbOp(self._worker, self, op).success(self._done).failure(self._failed) \
            .with_progress(translate("CaseTools", "Importing the case bundle…")).run()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        self.import_button.setEnabled(True)
        self.passphrase.setEnabled(True)
        if isinstance(exc, BundleError) or is_expected(exc) or isinstance(exc, OSError):
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            self.passphrase.selectAll()
            self.passphrase.setFocus()
        else:
            self.banner.hide()
            show_exception(exc, self)

    def _done(self, report: ImportReport) -> None:
        self.running = False
        self.report = report
        self.passphrase.clear()
        self.banner.hide()
        self.show_summary(report)
        self.imported.emit(report)

    def show_summary(self, report: ImportReport) -> None:
        added = sum(report.added.values())
        self.summary_title.setText(
            translate("CaseTools", "Imported: %n new item(s).", None, added)
            + (" " + translate("CaseTools", "The sender redacted this bundle.") if report.redacted else "")
        )
        self.sealed_label.setText(sealed_text(report.sealed))
        kinds = list(report.added)
        self.table.setRowCount(len(kinds))
        for row, kind in enumerate(kinds):
            for column, text in enumerate(
                (kind_label(kind), str(report.added[kind]), str(report.skipped.get(kind, 0)))
            ):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        lines: list[str] = []
        conflicts, withheld = len(report.conflicts), report.withheld_evidence
        if conflicts:
            lines.append(
                translate(
                    "CaseTools",
                    "%n conflict(s): the vault already holds a different version; yours was kept.",
                    None,
                    conflicts,
                )
            )
            lines += [f"· {kind_label(c.kind)}: {c.detail}" for c in report.conflicts[:20]]
        else:
            lines.append(translate("CaseTools", "No conflicts."))
        if withheld:
            lines.append(
                translate(
                    "CaseTools",
                    "%n evidence file(s) [was|were] withheld by the sender's redaction.",
                    None,
                    withheld,
                )
            )
        self.conflicts_label.setText("\n".join(lines))
        self.pages.setCurrentIndex(1)
        self.import_button.hide()
        self.close_button.setText(translate("CaseTools", "Close"))


def sealed_text(sealed: dict[str, Any]) -> str:
    """Who an imported bundle was sealed to, for the import summary."""
    envelope = sealed.get("envelope")
    if envelope == Envelope.AGE_KEYS.value:
        others = max(int(sealed.get("recipients", 1)) - 1, 0)
        text = (
            translate("CaseTools", "Sealed to your group key %1 (fingerprint %2).")
            .replace("%1", str(sealed.get("key_name", "")))
            .replace("%2", str(sealed.get("fingerprint", "")).replace(" ", "\u00a0"))  # one line
        )
        if others:
            text += " " + translate("CaseTools", "It can also be opened by %n other key(s).", None, others)
        return text
    if envelope == Envelope.AGE_PASSPHRASE.value:
        return translate("CaseTools", "Sealed with a passphrase.")
    return translate("CaseTools", "Sealed with a passphrase (older FaceLedger format).")


def import_bundle_into(
    parent: QWidget, worker: DbWorker, on_imported: Callable[[ImportReport], None] | None = None
) -> BundleImportDialog | None:
    """Choose a bundle file, then open the import dialog (non-modal over `parent`)."""
    path = dialogs.get_open_file_name(
        parent, translate("CaseTools", "Import case bundle"), "", _bundle_filter()
    )
    if not path:
        return None
    dialog = BundleImportDialog(worker, Path(path), parent)
    if on_imported is not None:
        dialog.imported.connect(on_imported)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.finished.connect(dialog.deleteLater)
    dialog.show()
    return dialog


# --- dossier and anonymised statistics ---------------------------------------------------------------
def dossier_lang() -> str:
    """The dossier's language: the interface language when the core writes dossiers in it
    (app.dossier.LANGS: zh-CN, en); Traditional Chinese readers get the Chinese dossier."""
    from app.dossier import LANGS

    lang = core_lang(current_language())
    if lang in LANGS:
        return lang
    return "zh-CN" if lang.startswith("zh") else "en"


def export_dossier(parent: QWidget, worker: DbWorker, banner: MessageBanner, record_id: int) -> None:
    path = dialogs.get_save_file_name(
        parent,
        translate("CaseTools", "Save case dossier"),
        f"faceledger-dossier-{record_id}.pdf",
        translate("CaseTools", "PDF files (*.pdf)"),
    )
    if not path:
        return
    target = Path(path) if path.lower().endswith(".pdf") else Path(path + ".pdf")
    lang = dossier_lang()

    def op(vault: Any) -> int:
        from app.dossier import build_dossier
        from app.dossier_pdf import write_dossier_pdf

        dossier = build_dossier(vault, record_id, lang=lang)
        write_dossier_pdf(dossier, target, force=True)  # the save dialog asked before replacing
        return len(dossier.evidence)

    def done(evidence_count: int) -> None:
        banner.show_message(
            translate("CaseTools", "Case dossier written: %1 (%n evidence file(s) indexed).", None,
                      evidence_count).replace("%1", target.name),
            BannerLevel.INFO,
        )

    DbOp(worker, parent, op).success(done).failure(lambda exc: _show_failure(exc, parent, banner)) \
        .with_progress(translate("CaseTools", "Writing the case dossier…")).run()


def export_anonymised_statistics(
    parent: QWidget, worker: DbWorker, banner: MessageBanner, kind: str, today: dt.date | None = None
) -> None:
    """`kind` is "csv" or "pdf"."""
    if kind == "csv":
        caption = translate("CaseTools", "Save anonymised statistics (CSV)")
        suggested = "faceledger-statistics-anonymised.csv"
        filters = translate("CaseTools", "CSV files (*.csv)")
    else:
        caption = translate("CaseTools", "Save anonymised statistics report (PDF)")
        suggested = "faceledger-statistics-anonymised.pdf"
        filters = translate("CaseTools", "PDF files (*.pdf)")
    path = dialogs.get_save_file_name(parent, caption, suggested, filters)
    if not path:
        return
    target = Path(path)
    day = today or dt.date.today()

    def op(vault: Any) -> int:
        from app.outputs import write_output
        from app.stats_anon import anonymised_csv, compute_anonymised

        stats = compute_anonymised(vault, day)
        # The save dialog asked before replacing a file; the guard still refuses a vault or device.
        if kind == "csv":
            write_output(target, anonymised_csv(stats).encode("utf-8"), force=True, personal=False)
        else:
            from app.stats_anon_pdf import write_anonymised_pdf

            write_anonymised_pdf(stats, target, force=True)
        return stats.records_total

    def done(records_total: int) -> None:
        banner.show_message(
            translate(
                "CaseTools",
                "Anonymised statistics written: %1 (%n record(s); no names, contacts or places).",
                None,
                records_total,
            ).replace("%1", target.name),
            BannerLevel.INFO,
        )

    DbOp(worker, parent, op).success(done).failure(lambda exc: _show_failure(exc, parent, banner)) \
        .with_progress(translate("CaseTools", "Writing anonymised statistics…")).run()


# --- wiring into the existing pages -----------------------------------------------------------------
class RecordsExtras:
    """Adds the letter, bundle and dossier actions and the profile filter to the Records page.

    Kept out of records_page.py so that page stays about finding and editing records; the page
    creates one of these and reads `profile_filter` in its query.
    """

    def __init__(self, page: Any, header: QHBoxLayout, filters: QHBoxLayout) -> None:
        self.page = page
        context = page.context
        self.worker: DbWorker = context.worker
        self.profile_filter = ProfileFilter(self.worker, page)
        self.profile_filter.profile_changed.connect(lambda _p: page.apply_query())
        filters.insertWidget(0, self.profile_filter)

        self.letter_button = QPushButton(translate("CaseTools", "Write a request letter"), page)
        self.letter_button.setToolTip(translate("CaseTools", "Write a letter about the selected record"))
        self.letter_button.clicked.connect(lambda: self.write_letter())
        self.bundle_button = QPushButton(translate("CaseTools", "Case bundles"), page)
        menu = QMenu(self.bundle_button)
        self.export_action = menu.addAction(translate("CaseTools", "Export case bundle…"))
        self.export_action.triggered.connect(self.export_bundle)
        self.import_action = menu.addAction(translate("CaseTools", "Import case bundle…"))
        self.import_action.triggered.connect(self.import_bundle)
        self.bundle_button.setMenu(menu)
        index = header.indexOf(page.new_button)
        header.insertWidget(index, self.bundle_button)
        header.insertWidget(index, self.letter_button)

        table = page.table
        # Several records can go into one bundle; double-click still opens one record.
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        table.customContextMenuRequested.connect(self._context_menu)
        table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        page.model.modelReset.connect(self._update_buttons)
        self.import_dialog: BundleImportDialog | None = None
        self.composer: Any = None
        self._update_buttons()

    def selected_record_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.page.table.selectionModel().selectedRows()})
        ids = [self.page.model.record_id_at(row) for row in rows]
        return [int(i) for i in ids if i is not None]

    def _update_buttons(self) -> None:
        self.letter_button.setEnabled(len(self.selected_record_ids()) == 1)

    def build_menu(self, record_ids: list[int]) -> QMenu:
        menu = QMenu(self.page)
        single = len(record_ids) == 1
        open_action = menu.addAction(translate("CaseTools", "Open"))
        open_action.setEnabled(single)
        open_action.triggered.connect(lambda: self.page.open_editor(record_ids[0]))
        letter = menu.addAction(translate("CaseTools", "Write a request letter"))
        letter.setEnabled(single)
        letter.triggered.connect(lambda: self.write_letter(record_ids[0]))
        dossier = menu.addAction(translate("CaseTools", "Export dossier PDF…"))
        dossier.setEnabled(single)
        dossier.triggered.connect(lambda: self.export_dossier(record_ids[0]))
        menu.addSeparator()
        bundle = menu.addAction(translate("CaseTools", "Export case bundle…"))
        bundle.triggered.connect(self.export_bundle)
        return menu

    def _context_menu(self, pos: Any) -> None:
        index = self.page.table.indexAt(pos)
        if index.isValid() and not self.page.table.selectionModel().isRowSelected(index.row()):
            self.page.table.selectRow(index.row())
        ids = self.selected_record_ids()
        if not ids:
            return
        self.build_menu(ids).exec(self.page.table.viewport().mapToGlobal(pos))

    def write_letter(self, record_id: int | None = None) -> None:
        if record_id is None:  # from the button: the selected record
            ids = self.selected_record_ids()
            if len(ids) != 1:
                return
            record_id = ids[0]
        from ui.composer.composer_dialog import open_composer

        context = self.page.context
        self.composer = open_composer(
            context, record_id, parent=self.page,
            on_saved=lambda request_id: context.navigate("requests", request_id=request_id),
        )

    def export_dossier(self, record_id: int) -> None:
        export_dossier(self.page, self.worker, self.page.banner, record_id)

    def export_bundle(self) -> None:
        export_bundle_from(
            self.page, self.worker, self.page.banner, self.selected_record_ids(),
            profile_id=None if self.selected_record_ids() else self.profile_filter.profile_id(),
        )

    def import_bundle(self) -> None:
        def imported(_report: ImportReport) -> None:
            self.profile_filter.reload()
            self.page.model.mark_stale()
            self.page.model.refresh()

        self.import_dialog = import_bundle_into(self.page, self.worker, imported)


class RequestsExtras:
    """The profile filter on the Requests page."""

    def __init__(self, page: Any, top: QHBoxLayout) -> None:
        self.page = page
        self.profile_filter = ProfileFilter(page.context.worker, page)
        self.profile_filter.profile_changed.connect(self._changed)
        top.insertWidget(0, self.profile_filter)

    def _changed(self, profile_id: int | None) -> None:
        self.page.model.profile_id = profile_id
        self.page.model.reload()


class StatisticsExtras:
    """"Export anonymised statistics" (CSV / PDF) on the Statistics page."""

    def __init__(self, page: Any, top: QHBoxLayout) -> None:
        self.page = page
        self.button = QPushButton(translate("CaseTools", "Export anonymised…"), page)
        self.button.setToolTip(
            translate(
                "CaseTools",
                "Figures across all profiles, safe to publish: no names, contacts, ID numbers, addresses, "
                "place names or notes; small groups are merged.",
            )
        )
        menu = QMenu(self.button)
        self.csv_action = menu.addAction(translate("CaseTools", "Anonymised statistics (CSV)…"))
        self.pdf_action = menu.addAction(translate("CaseTools", "Anonymised report (PDF)…"))
        self.csv_action.triggered.connect(lambda: self.export("csv"))
        self.pdf_action.triggered.connect(lambda: self.export("pdf"))
        self.button.setMenu(menu)
        top.addWidget(self.button)

    def export(self, kind: str) -> None:
        today = getattr(self.page.context, "today", None)
        export_anonymised_statistics(
            self.page, self.page._worker, self.page.banner, kind, today() if callable(today) else None
        )
