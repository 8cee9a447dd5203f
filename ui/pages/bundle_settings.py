"""Settings → 案件包 Case bundles (issue 18): this vault's group keys and the groups it trusts.

- Group keys (app.bundle.keys): create one (the secret stays in the vault), show its QR code and
  fingerprint, save the public key as a text file or a QR code PNG, retire it after a rotation.
- Trusted recipients: add a group's public key by pasting it, or from a key file or a QR image; the
  dialog shows the key's fingerprint and asks the user to confirm they compared it with the group
  (by phone or in person) before anything is stored; remove one.

All reads and writes run on the database worker (DbOp); this module only shows and asks.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.bundle import keys as core_keys
from app.errors import KeyRefused
from app.outputs import write_output
from ui import dialogs, theme
from ui.errors import message_for
from ui.i18n import translate
from ui.tasks import DbOp
from ui.widgets.message_banner import BannerLevel, MessageBanner

KEY_ROLE = Qt.ItemDataRole.UserRole + 40


def _mono(label: QLabel) -> QLabel:
    label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


def _note(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def key_error_text(exc: BaseException) -> str:
    """A translated sentence for a refused key, chosen by the core's reason code (KeyRefused.reason);
    the core's English sentence stays available as a tooltip-free fallback for unknown codes."""
    reason = getattr(exc, "reason", "")
    sentences = {
        "secret": translate(
            "BundleSettings",
            "This is a SECRET key (AGE-SECRET-KEY-…). It must never be shared or sent; ask the group for "
            "its PUBLIC key, which starts with age1.",
        ),
        "ssh": translate("BundleSettings", "This is an SSH key. A group key starts with age1."),
        "signing_key": translate(
            "BundleSettings", "This is a rule-update signing key (ed25519:…), not a group key."
        ),
        "mixed_case": translate(
            "BundleSettings", "This key mixes capital and small letters, so it was changed. Copy it again."
        ),
        "not_age": translate(
            "BundleSettings", "This is not a group key. A group key starts with age1 and has 62 characters."
        ),
        "other_type": translate(
            "BundleSettings",
            "This is an age key of another kind (a plugin or post-quantum key). FaceLedger uses keys "
            "that start with age1 followed by 58 letters and digits.",
        ),
        "short": translate("BundleSettings", "This key is cut short. Copy the whole line (62 characters)."),
        "long": translate("BundleSettings", "This is longer than one key. Copy exactly one key."),
        "checksum": translate(
            "BundleSettings",
            "This key has a typo or was damaged (its check digits do not match). Copy it again.",
        ),
        "binary": translate("BundleSettings", "This is not a key."),
        "no_key": translate(
            "BundleSettings", "No public key found. A group key is one line starting with age1."
        ),
        "several": translate("BundleSettings", "This holds several different keys. Add them one at a time."),
        "image_too_large": translate("BundleSettings", "The image is too large to be a QR code picture."),
        "unreadable_image": translate(
            "BundleSettings", "The image cannot be read (damaged, or not an image)."
        ),
        "no_qr": translate(
            "BundleSettings", "No QR code was found in this image. Photograph it straight on and well lit."
        ),
        "several_qr": translate(
            "BundleSettings", "This image holds more than one QR code. Crop it to the group's key."
        ),
        "missing_file": translate("BundleSettings", "The file cannot be opened."),
        "empty": translate("BundleSettings", "The file is empty."),
        "encrypted_file": translate(
            "BundleSettings", "This is an encrypted file (a case bundle?), not a key."
        ),
        "too_large": translate("BundleSettings", "The file is too large to be a key file."),
        "not_text": translate("BundleSettings", "This file is neither a key file nor a QR code image."),
        "already_trusted": translate(
            "BundleSettings", "This key is already among the groups you send cases to."
        ),
        "own_key": translate("BundleSettings", "This is one of this vault's own keys; it need not be added."),
        "no_name": translate("BundleSettings", "Give the key a name."),
    }
    return sentences.get(reason) or translate("BundleSettings", "This key cannot be used: %1").replace(
        "%1", str(exc)
    )


class QrDialog(QDialog):
    """A group key's QR code, public key and fingerprint, to show on screen or save."""

    def __init__(self, key: core_keys.GroupKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BundleSettings", "Public key of %1").replace("%1", key.name))
        picture = QLabel(self)
        pixmap = QPixmap()
        pixmap.loadFromData(core_keys.qr_png(key.name, key.public_key, scale=6))
        picture.setPixmap(pixmap)
        picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        picture.setAccessibleName(translate("BundleSettings", "QR code of the public key"))
        fingerprint = QLabel(
            translate("BundleSettings", "Fingerprint: %1").replace("%1", key.fingerprint), self
        )
        font = fingerprint.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        fingerprint.setFont(font)
        fingerprint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        public = _mono(QLabel(key.public_key, self))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("BundleSettings", "Close"))
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(picture)
        layout.addWidget(fingerprint)
        layout.addWidget(public)
        layout.addWidget(
            _note(
                translate(
                    "BundleSettings",
                    "Anyone may have this public key. When someone adds it, read the fingerprint out to "
                    "them so they know the key really is yours.",
                ),
                self,
            )
        )
        layout.addWidget(buttons)


class AddRecipientDialog(QDialog):
    """Paste a key or load it from a file or QR image → see its fingerprint → confirm → add."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("BundleSettings", "Add a group's public key"))
        self.parsed: core_keys.ParsedKey | None = None
        self.paste = QPlainTextEdit(self)
        self.paste.setPlaceholderText(translate("BundleSettings", "Paste the key here (it starts with age1)"))
        self.paste.setFixedHeight(70)
        self.paste.setTabChangesFocus(True)  # Tab moves on (a key never contains a tab)
        self.paste.textChanged.connect(self._parse_pasted)
        self.from_file = QPushButton(translate("BundleSettings", "From a key file or QR image…"), self)
        self.from_file.clicked.connect(self._choose_file)
        self.name = QLineEdit(self)
        self.fingerprint = QLabel(self)
        font = self.fingerprint.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.fingerprint.setFont(font)
        self.fingerprint.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # Only as tall as its text, so it sits on its label's line instead of floating below it.
        self.fingerprint.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.confirmed = QCheckBox(
            translate("BundleSettings", "I read these digits out with the group and they match"), self
        )
        self.error = QLabel(self)
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {theme.colours().error};")
        self.error.hide()
        self.confirmed.toggled.connect(lambda on: self.error.hide() if on else None)
        form = QFormLayout()
        form.addRow(translate("BundleSettings", "Public key"), self.paste)
        form.addRow("", self.from_file)
        form.addRow(translate("BundleSettings", "Name"), self.name)
        form.addRow(translate("BundleSettings", "Fingerprint"), self.fingerprint)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.add_button = buttons.addButton(
            translate("BundleSettings", "Add"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("BundleSettings", "Cancel"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(
            _note(
                translate(
                    "BundleSettings",
                    "Call the group (a number you already know, not one sent with the key) and compare "
                    "the fingerprint digit by digit. If a single digit differs, the key was swapped on "
                    "the way: do not add it.",
                ),
                self,
            )
        )
        layout.addWidget(self.confirmed)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(560, 360)
        self._show(None, None)

    def _show(self, parsed: core_keys.ParsedKey | None, problem: str | None) -> None:
        self.parsed = parsed
        self.confirmed.setChecked(False)
        self.confirmed.setEnabled(parsed is not None)
        self.fingerprint.setText(parsed.fingerprint if parsed is not None else "—")
        if parsed is not None and parsed.name and not self.name.text().strip():
            self.name.setText(parsed.name)
        if problem:
            self.error.setText(problem)
            self.error.show()
        else:
            self.error.hide()

    def _parse_pasted(self) -> None:
        text = self.paste.toPlainText()
        if not text.strip():
            self._show(None, None)
            return
        try:
            self._show(core_keys.parse_public_key_text(text), None)
        except KeyRefused as exc:
            self._show(None, key_error_text(exc))

    def load_file(self, path: Path) -> None:
        try:
            parsed = core_keys.read_key_file(path)
        except KeyRefused as exc:
            self._show(None, key_error_text(exc))
            return
        self.paste.blockSignals(True)
        self.paste.setPlainText(parsed.public_key)
        self.paste.blockSignals(False)
        self._show(parsed, None)

    def _choose_file(self) -> None:
        path = dialogs.get_open_file_name(
            self,
            translate("BundleSettings", "Open a key file or QR image"),
            "",
            translate("BundleSettings", "Keys and QR images (*.pub *.txt *.png *.jpg *.jpeg);;All files (*)"),
        )
        if path:
            self.load_file(Path(path))

    def _accept_if_valid(self) -> None:
        if self.parsed is None:
            self.error.setText(translate("BundleSettings", "Paste a public key or choose a key file first."))
            self.error.show()
            return
        if not self.name.text().strip():
            self.error.setText(translate("BundleSettings", "Give the group a name."))
            self.error.show()
            self.name.setFocus()
            return
        if not self.confirmed.isChecked():
            self.error.setText(
                translate(
                    "BundleSettings", "Compare the fingerprint with the group first, then tick the box."
                )
            )
            self.error.show()
            return
        self.accept()


class BundleSettingsBox(QGroupBox):
    """The 案件包 Case bundles group of the Settings page."""

    changed = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(translate("BundleSettings", "Case bundles"), parent)
        self.context = context
        self.worker = context.worker
        self.banner = MessageBanner(self)
        self.group_keys: list[core_keys.GroupKey] = []
        self.recipients: list[core_keys.TrustedRecipient] = []
        self.add_dialog: AddRecipientDialog | None = None

        # Own group keys
        own_title = QLabel(translate("BundleSettings", "Your keys (for receiving cases)"), self)
        bold = own_title.font()
        bold.setBold(True)
        own_title.setFont(bold)
        own_note = _note(
            translate(
                "BundleSettings",
                "For a group that receives cases: publish the public key (text, file or QR code); residents "
                "seal their cases to it and only this vault can open them. The secret half never leaves "
                "the vault.",
            ),
            self,
        )
        self.key_list = QListWidget(self)
        self.key_list.setMinimumHeight(60)
        self.key_list.setMaximumHeight(110)
        self.key_list.setAccessibleName(translate("BundleSettings", "Your keys (for receiving cases)"))
        self.key_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.new_name = QLineEdit(self)
        self.new_name.setPlaceholderText(translate("BundleSettings", "Group name, e.g. 某某公益"))
        self.create_button = QPushButton(translate("BundleSettings", "Create key"), self)
        self.create_button.clicked.connect(self.create_key)
        self.qr_button = QPushButton(translate("BundleSettings", "Show QR code"), self)
        self.qr_button.clicked.connect(self.show_qr)
        self.save_key_button = QPushButton(translate("BundleSettings", "Save public key…"), self)
        self.save_key_button.clicked.connect(lambda: self.save_public("text"))
        self.save_qr_button = QPushButton(translate("BundleSettings", "Save QR code…"), self)
        self.save_qr_button.clicked.connect(lambda: self.save_public("png"))
        self.retire_button = QPushButton(translate("BundleSettings", "Retire"), self)
        self.retire_button.setToolTip(
            translate(
                "BundleSettings", "Stop offering this key after making a new one; it still opens old bundles."
            )
        )
        self.retire_button.clicked.connect(self.retire_key)
        create_row = QHBoxLayout()
        create_row.addWidget(self.new_name, 1)
        create_row.addWidget(self.create_button)
        key_buttons = QHBoxLayout()
        for button in (self.qr_button, self.save_key_button, self.save_qr_button, self.retire_button):
            key_buttons.addWidget(button)
        key_buttons.addStretch(1)

        # Trusted recipients
        trusted_title = QLabel(translate("BundleSettings", "Groups you send cases to"), self)
        trusted_title.setFont(bold)
        trusted_note = _note(
            translate(
                "BundleSettings",
                'Public keys of the groups you trust. A case exported "for a group" can be opened only '
                "by that group.",
            ),
            self,
        )
        self.recipient_list = QListWidget(self)
        self.recipient_list.setMinimumHeight(60)
        self.recipient_list.setMaximumHeight(110)
        self.recipient_list.setAccessibleName(translate("BundleSettings", "Groups you send cases to"))
        self.recipient_list.currentRowChanged.connect(lambda _r: self._update_buttons())
        self.add_button = QPushButton(translate("BundleSettings", "Add a group's key…"), self)
        self.add_button.clicked.connect(self.add_recipient)
        self.remove_button = QPushButton(translate("BundleSettings", "Remove"), self)
        self.remove_button.clicked.connect(self.remove_recipient)
        trusted_buttons = QHBoxLayout()
        trusted_buttons.addWidget(self.add_button)
        trusted_buttons.addWidget(self.remove_button)
        trusted_buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addWidget(own_title)
        layout.addWidget(own_note)
        layout.addWidget(self.key_list)
        layout.addLayout(create_row)
        layout.addLayout(key_buttons)
        layout.addSpacing(8)
        layout.addWidget(trusted_title)
        layout.addWidget(trusted_note)
        layout.addWidget(self.recipient_list)
        layout.addLayout(trusted_buttons)
        self._update_buttons()
        self.reload()

    # --- loading -------------------------------------------------------------------------------------
    def reload(self) -> None:
        def load(vault: Any) -> tuple[list[core_keys.GroupKey], list[core_keys.TrustedRecipient]]:
            return core_keys.list_group_keys(vault), core_keys.list_trusted_recipients(vault)

        DbOp(self.worker, self, load).success(self._loaded).failure(self._failed).run()

    def _loaded(self, loaded: tuple[list[core_keys.GroupKey], list[core_keys.TrustedRecipient]]) -> None:
        self.group_keys, self.recipients = loaded
        self.key_list.clear()
        for key in self.group_keys:
            text = f"{key.name}    {key.fingerprint}"
            if key.retired:
                text += "    " + translate("BundleSettings", "(retired: still opens old bundles)")
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, key.id)
            item.setToolTip(key.public_key)
            self.key_list.addItem(item)
        if self.group_keys:
            self.key_list.setCurrentRow(0)
        self.recipient_list.clear()
        for rec in self.recipients:
            item = QListWidgetItem(f"{rec.name}    {rec.fingerprint}")
            item.setData(KEY_ROLE, rec.id)
            item.setToolTip(rec.public_key)
            self.recipient_list.addItem(item)
        self._update_buttons()
        self.changed.emit()

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, KeyRefused):
            self.banner.show_message(key_error_text(exc), BannerLevel.ERROR)
        else:
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)

    def _update_buttons(self) -> None:
        key = self.selected_key()
        for button in (self.qr_button, self.save_key_button, self.save_qr_button):
            button.setEnabled(key is not None)
        self.retire_button.setEnabled(key is not None and not key.retired)
        self.remove_button.setEnabled(self.selected_recipient() is not None)

    def selected_key(self) -> core_keys.GroupKey | None:
        row = self.key_list.currentRow()
        return self.group_keys[row] if 0 <= row < len(self.group_keys) else None

    def selected_recipient(self) -> core_keys.TrustedRecipient | None:
        row = self.recipient_list.currentRow()
        return self.recipients[row] if 0 <= row < len(self.recipients) else None

    # --- own keys ------------------------------------------------------------------------------------
    def create_key(self) -> None:
        name = self.new_name.text().strip()
        if not name:
            self.banner.show_message(
                translate("BundleSettings", "Type the group's name first."), BannerLevel.ERROR
            )
            self.new_name.setFocus()
            return

        def done(key: core_keys.GroupKey) -> None:
            self.new_name.clear()
            self.banner.show_message(
                translate("BundleSettings", "Key created for %1. Fingerprint: %2")
                .replace("%1", key.name)
                .replace("%2", key.fingerprint),
                BannerLevel.INFO,
            )
            self.reload()

        DbOp(self.worker, self, lambda vault: core_keys.create_group_key(vault, name)).success(done).failure(
            self._failed
        ).run()

    def show_qr(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        dialog = QrDialog(key, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.qr_dialog = dialog

    def save_public(self, kind: str) -> None:
        key = self.selected_key()
        if key is None:
            return
        safe = "".join(ch if ch.isalnum() else "-" for ch in key.name).strip("-") or "group"
        if kind == "png":
            suggested, filters = f"{safe}-public-key.png", translate("BundleSettings", "PNG images (*.png)")
            data = core_keys.qr_png(key.name, key.public_key)
        else:
            suggested, filters = f"{safe}.pub", translate("BundleSettings", "Public key files (*.pub *.txt)")
            data = core_keys.public_key_file_text(key.name, key.public_key).encode("utf-8")
        path = dialogs.get_save_file_name(
            self, translate("BundleSettings", "Save public key"), suggested, filters
        )
        if not path:
            return
        try:
            # The file dialog has already asked before replacing a file; public: readable by others.
            written = write_output(path, data, force=True, personal=False)
        except Exception as exc:  # noqa: BLE001 - OutputRefused, DiskFull, OSError: say why, change nothing
            self._failed(exc)
            return
        self.banner.show_message(
            translate("BundleSettings", "Saved %1.").replace("%1", written.name), BannerLevel.INFO
        )

    def retire_key(self) -> None:
        key = self.selected_key()
        if key is None:
            return
        if not dialogs.ask_question(
            self,
            translate("BundleSettings", "Retire key"),
            translate(
                "BundleSettings",
                "Retire %1? It will no longer be offered; bundles already sealed to it still open here.",
            ).replace("%1", key.name),
        ):
            return
        DbOp(self.worker, self, lambda vault: core_keys.retire_group_key(vault, key.id)).success(
            lambda _k: self.reload()
        ).failure(self._failed).run()

    # --- trusted recipients --------------------------------------------------------------------------
    def add_recipient(self) -> None:
        dialog = AddRecipientDialog(self)
        self.add_dialog = dialog
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.parsed is None:
            return
        parsed, name = dialog.parsed, dialog.name.text().strip()

        def done(rec: core_keys.TrustedRecipient) -> None:
            self.banner.show_message(
                translate(
                    "BundleSettings", "%1 added. Cases you export for this group open only there."
                ).replace("%1", rec.name),
                BannerLevel.INFO,
            )
            self.reload()

        DbOp(self.worker, self, lambda vault: core_keys.add_trusted_recipient(vault, name, parsed)).success(
            done
        ).failure(self._failed).run()

    def remove_recipient(self) -> None:
        rec = self.selected_recipient()
        if rec is None:
            return
        if not dialogs.ask_question(
            self,
            translate("BundleSettings", "Remove group"),
            translate("BundleSettings", "Remove %1 from the groups you send cases to?").replace(
                "%1", rec.name
            ),
        ):
            return
        DbOp(self.worker, self, lambda vault: core_keys.remove_trusted_recipient(vault, rec.id)).success(
            lambda _r: self.reload()
        ).failure(self._failed).run()
