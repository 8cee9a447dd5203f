"""设置 Settings: language, auto-lock, clipboard, backups, and the profiles letters are written for.

Preferences go to app.settings (a JSON file of preferences only). Profiles — names, contact details,
addresses — are personal data and live IN THE VAULT (app.profiles), never in settings (P1).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
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
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app import profiles as core_profiles
from ui import dialogs, theme
from ui.errors import message_for
from ui.i18n import LANGUAGE_CODES, language_display_name, translate
from ui.tasks import DbOp
from ui.widgets.message_banner import BannerLevel, MessageBanner

PROFILE_ROLE = Qt.ItemDataRole.UserRole + 30


class ProfileDialog(QDialog):
    """Add or edit one profile (the person a letter is written for)."""

    def __init__(self, profile: Any | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(
            translate("ProfileDialog", "New profile")
            if profile is None
            else translate("ProfileDialog", "Edit profile")
        )
        self.name = QLineEdit(self)
        self.phone = QLineEdit(self)
        self.email = QLineEdit(self)
        self.address = QPlainTextEdit(self)
        self.address.setFixedHeight(64)
        self.id_number = QLineEdit(self)
        self.id_number.setPlaceholderText(translate("ProfileDialog", "Only if your letters need it"))
        if profile is not None:
            self.name.setText(profile.name)
            self.phone.setText(profile.phone)
            self.email.setText(profile.email)
            self.address.setPlainText(profile.address)
            self.id_number.setText(profile.id_number)
        form = QFormLayout()
        form.addRow(translate("ProfileDialog", "Name"), self.name)
        form.addRow(translate("ProfileDialog", "Phone"), self.phone)
        form.addRow(translate("ProfileDialog", "Email"), self.email)
        form.addRow(translate("ProfileDialog", "Address for letters"), self.address)
        form.addRow(translate("ProfileDialog", "ID number"), self.id_number)
        self.error = QLabel(self)
        self.error.setStyleSheet(f"color: {theme.colours().error};")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.hide()
        note = QLabel(
            translate("ProfileDialog", "Kept encrypted in the vault. Used only in letters you write."), self
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(translate("ProfileDialog", "Save"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(translate("ProfileDialog", "Cancel"))
        buttons.accepted.connect(self._accept_if_valid)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(460, 320)

    def values(self) -> dict[str, str]:
        return {
            "name": self.name.text().strip(),
            "phone": self.phone.text().strip(),
            "email": self.email.text().strip(),
            "address": self.address.toPlainText().strip(),
            "id_number": self.id_number.text().strip(),
        }

    def _accept_if_valid(self) -> None:
        if not self.values()["name"]:
            self.error.setText(translate("ProfileDialog", "A name is needed."))
            self.error.show()
            self.name.setFocus()
            return
        self.accept()


class SettingsPage(QWidget):
    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        settings = context.settings
        title = QLabel(translate("SettingsPage", "Settings"), self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.35)
        font.setBold(True)
        title.setFont(font)
        self.banner = MessageBanner(self)

        # Language and locking
        general = QGroupBox(translate("SettingsPage", "Language and locking"), self)
        form = QFormLayout(general)
        self.language = QComboBox(general)
        self.language.addItem(translate("SettingsPage", "Follow the system"), "system")
        for code in LANGUAGE_CODES:
            self.language.addItem(language_display_name(code), code)
        self.language.setCurrentIndex(max(self.language.findData(settings.language), 0))
        self.language.currentIndexChanged.connect(self._on_language_changed)
        form.addRow(translate("SettingsPage", "Language"), self.language)
        self.autolock = QSpinBox(general)
        self.autolock.setRange(0, 240)
        self.autolock.setValue(settings.autolock_minutes)
        self.autolock.setSuffix(translate("SettingsPage", " min"))
        self.autolock.setSpecialValueText(translate("SettingsPage", "Never"))
        self.autolock.valueChanged.connect(self._on_autolock_changed)
        form.addRow(translate("SettingsPage", "Lock after being idle for"), self.autolock)
        self.screen_lock = QCheckBox(
            translate("SettingsPage", "Lock when the screen locks or the computer sleeps"), general
        )
        self.screen_lock.setChecked(settings.lock_on_screen_lock)
        self.screen_lock.toggled.connect(self._on_screen_lock_toggled)
        form.addRow("", self.screen_lock)
        self.clipboard_seconds = QSpinBox(general)
        self.clipboard_seconds.setRange(5, 300)
        self.clipboard_seconds.setValue(settings.clipboard_clear_seconds)
        self.clipboard_seconds.setSuffix(translate("SettingsPage", " s"))
        self.clipboard_seconds.valueChanged.connect(self._on_clipboard_seconds_changed)
        form.addRow(translate("SettingsPage", "Clear copied text after"), self.clipboard_seconds)

        # Vault and backups
        vault_box = QGroupBox(translate("SettingsPage", "Vault and backups"), self)
        vform = QFormLayout(vault_box)
        vault_label = QLabel(str(context.vault_path), vault_box)
        vault_label.setTextFormat(Qt.TextFormat.PlainText)
        vault_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        vault_label.setWordWrap(True)
        vform.addRow(translate("SettingsPage", "Vault file"), vault_label)
        self.backup_dir = QLabel(vault_box)
        self.backup_dir.setTextFormat(Qt.TextFormat.PlainText)
        self.backup_dir.setWordWrap(True)
        self._show_backup_dir()
        choose = QPushButton(translate("SettingsPage", "Change…"), vault_box)
        choose.clicked.connect(self._choose_backup_dir)
        row = QHBoxLayout()
        row.addWidget(self.backup_dir, 1)
        row.addWidget(choose)
        vform.addRow(translate("SettingsPage", "Backups go to"), row)
        self.backup_button = QPushButton(translate("SettingsPage", "Back up now"), vault_box)
        self.backup_button.clicked.connect(self.back_up_now)
        vform.addRow("", self.backup_button)

        # Profiles
        profiles_box = QGroupBox(translate("SettingsPage", "Profiles (who the letters are from)"), self)
        playout = QVBoxLayout(profiles_box)
        note = QLabel(
            translate(
                "SettingsPage",
                "Name, contact and address used in letters. They are stored encrypted in the vault, "
                "not in the settings file. Groups can keep one profile per person they help.",
            ),
            profiles_box,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")
        playout.addWidget(note)
        self.profiles = QListWidget(profiles_box)
        self.profiles.setMinimumHeight(120)
        self.profiles.itemDoubleClicked.connect(lambda _i: self.edit_profile())
        playout.addWidget(self.profiles)
        buttons = QHBoxLayout()
        self.add_profile_button = QPushButton(translate("SettingsPage", "Add…"), profiles_box)
        self.add_profile_button.clicked.connect(self.add_profile)
        self.edit_profile_button = QPushButton(translate("SettingsPage", "Edit…"), profiles_box)
        self.edit_profile_button.clicked.connect(self.edit_profile)
        self.delete_profile_button = QPushButton(translate("SettingsPage", "Delete"), profiles_box)
        self.delete_profile_button.clicked.connect(self.delete_profile)
        buttons.addWidget(self.add_profile_button)
        buttons.addWidget(self.edit_profile_button)
        buttons.addWidget(self.delete_profile_button)
        buttons.addStretch(1)
        playout.addLayout(buttons)

        inner = QWidget(self)
        column = QVBoxLayout(inner)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(general)
        column.addWidget(vault_box)
        from ui.pages.sender_settings import SenderSettingsBox  # who writes (issue 15)

        self.sender_box = SenderSettingsBox(context, inner)
        column.addWidget(self.sender_box)
        column.addWidget(profiles_box)
        from ui.pages.bundle_settings import BundleSettingsBox  # case bundles: group keys (issue 18)

        self.bundle_box = BundleSettingsBox(context, inner)
        column.addWidget(self.bundle_box)
        from ui.pages.update_settings import UpdateSettingsBox  # rule updates (issue 9)

        self.updates_box = UpdateSettingsBox(context, inner)
        column.addWidget(self.updates_box)
        column.addStretch(1)
        scroll = QScrollArea(self)
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 12, 4, 8)
        layout.addWidget(title)
        layout.addWidget(self.banner)
        layout.addWidget(scroll, 1)
        self._profiles: list[Any] = []
        self.reload_profiles()

    # --- preferences -------------------------------------------------------------------------------
    def _on_language_changed(self, _index: int) -> None:
        self.context.window.apply_language(str(self.language.currentData()))

    def _on_autolock_changed(self, value: int) -> None:
        self.context.settings.autolock_minutes = value
        self.context.save_settings()

    def _on_screen_lock_toggled(self, on: bool) -> None:
        self.context.settings.lock_on_screen_lock = on
        self.context.save_settings()

    def _on_clipboard_seconds_changed(self, value: int) -> None:
        self.context.settings.clipboard_clear_seconds = value
        self.context.save_settings()

    def _backup_folder(self) -> Path:
        configured = self.context.settings.backup_dir
        return Path(configured) if configured else Path(self.context.vault_path).parent / "backups"

    def _show_backup_dir(self) -> None:
        self.backup_dir.setText(str(self._backup_folder()))

    def _choose_backup_dir(self) -> None:
        chosen = dialogs.get_existing_directory(
            self, translate("SettingsPage", "Where should backups go?"), str(self._backup_folder())
        )
        if chosen:
            self.context.settings.backup_dir = chosen
            self.context.save_settings()
            self._show_backup_dir()

    def back_up_now(self) -> None:
        folder = self._backup_folder()
        try:
            folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        except OSError as exc:
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            return
        self.backup_button.setEnabled(False)
        DbOp(self.context.worker, self, lambda vault: vault.backup(folder)).success(
            self._on_backed_up
        ).failure(self._on_backup_failed).with_progress(translate("SettingsPage", "Backing up…")).run()

    def _on_backed_up(self, path: Path) -> None:
        self.backup_button.setEnabled(True)
        self.banner.show_message(
            translate("SettingsPage", "Backup written and verified: %1").replace("%1", Path(path).name),
            BannerLevel.INFO,
        )

    def _on_backup_failed(self, exc: BaseException) -> None:
        self.backup_button.setEnabled(True)
        self.banner.show_message(message_for(exc), BannerLevel.ERROR)

    # --- profiles ----------------------------------------------------------------------------------
    def reload_profiles(self) -> None:
        DbOp(self.context.worker, self, core_profiles.list_profiles).success(
            self._on_profiles_loaded
        ).failure(lambda exc: self.banner.show_message(message_for(exc), BannerLevel.ERROR)).run()

    def _on_profiles_loaded(self, profiles: list[Any]) -> None:
        self._profiles = profiles
        self.profiles.clear()
        for profile in profiles:
            item = QListWidgetItem(profile.name, self.profiles)
            item.setData(PROFILE_ROLE, profile.id)
        if not profiles:
            placeholder = QListWidgetItem(translate("SettingsPage", "No profile yet."), self.profiles)
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)

    def _selected_profile(self) -> Any | None:
        item = self.profiles.currentItem()
        if item is None:
            return None
        profile_id = item.data(PROFILE_ROLE)
        return next((p for p in self._profiles if p.id == profile_id), None)

    def add_profile(self) -> None:
        dialog = ProfileDialog(None, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self._write(lambda vault: core_profiles.add_profile(vault, **values))

    def edit_profile(self) -> None:
        profile = self._selected_profile()
        if profile is None:
            return
        dialog = ProfileDialog(profile, self)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        values = dialog.values()
        self._write(lambda vault: core_profiles.update_profile(vault, profile.id, **values))

    def delete_profile(self) -> None:
        profile = self._selected_profile()
        if profile is None:
            return
        if not dialogs.ask_question(
            self,
            translate("SettingsPage", "Delete profile"),
            translate(
                "SettingsPage", "Delete this profile? Its records and requests stay, without a name attached."
            ),
            yes_text=translate("SettingsPage", "Delete"),
            no_text=translate("SettingsPage", "Keep"),
            destructive=True,
        ):
            return
        self._write(lambda vault: core_profiles.delete_profile(vault, profile.id))

    def _write(self, op: Any) -> None:
        DbOp(self.context.worker, self, op).success(lambda _r: self.reload_profiles()).failure(
            lambda exc: self.banner.show_message(message_for(exc), BannerLevel.ERROR)
        ).run()
