"""The first thing people see: unlock the vault, or create one (SPEC "The desktop app").

The screen only asks; MainWindow opens or creates the vault on the DB worker thread and reports
back through `show_error()`. Passphrases leave the line edits as bytearrays (the core overwrites
them after deriving the key) and the fields are cleared straight away.

Known limitation (as ARCHITECTURE lesson 5 says): QLineEdit.text() returns an immutable Python str,
which cannot be overwritten; it lives until the garbage collector frees it. KeePassXC zeroes its
memory in C++; from Python we can only keep the copies few and short-lived.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import errors as core_errors
from app import paths
from ui import dialogs, theme
from ui.errors import message_for
from ui.i18n import LANGUAGE_CODES, language_display_name, translate
from ui.passphrase_strength import Strength, strength
from ui.widgets.message_banner import BannerLevel, MessageBanner

VAULT_FILTER_SUFFIX = "*.vault"
MIN_PASSPHRASE_LENGTH = 8


def _heading(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setObjectName("Heading")
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.45)
    font.setBold(True)
    label.setFont(font)
    label.setWordWrap(True)
    return label


def _muted(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setObjectName("Muted")
    label.setStyleSheet("color: palette(placeholder-text);")
    return label


def _path_label(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    label.setObjectName("PathLabel")
    return label


def _password_field(parent: QWidget, placeholder: str) -> QLineEdit:
    field = QLineEdit(parent)
    field.setEchoMode(QLineEdit.EchoMode.Password)
    field.setPlaceholderText(placeholder)
    field.setMinimumHeight(34)
    toggle = QAction(field)
    toggle.setCheckable(True)
    toggle.setText(translate("StartScreen", "Show"))
    toggle.setToolTip(translate("StartScreen", "Show or hide the passphrase"))
    toggle.setIcon(QIcon(str(paths.resources_path("icons", "eye.svg"))))
    toggle.toggled.connect(
        lambda on: field.setEchoMode(QLineEdit.EchoMode.Normal if on else QLineEdit.EchoMode.Password)
    )
    field.addAction(toggle, QLineEdit.ActionPosition.TrailingPosition)
    field.setInputMethodHints(Qt.InputMethodHint.ImhHiddenText | Qt.InputMethodHint.ImhSensitiveData)
    return field


def _card_footer(
    card: QWidget, lay: QVBoxLayout, secondary: QPushButton, primary: QPushButton
) -> tuple[MessageBanner, QProgressBar]:
    """The bottom of a start card: the inline message banner, a flat secondary action on the left,
    the default action on the right, and a thin busy bar shown while the vault opens."""
    banner = MessageBanner(card)
    lay.addWidget(banner)
    buttons = QHBoxLayout()
    secondary.setFlat(True)
    buttons.addWidget(secondary)
    buttons.addStretch(1)
    primary.setDefault(True)
    primary.setMinimumWidth(120)
    buttons.addWidget(primary)
    lay.addLayout(buttons)
    busy = QProgressBar(card)
    busy.setRange(0, 0)
    busy.setTextVisible(False)
    busy.setMaximumHeight(4)
    busy.hide()
    lay.addWidget(busy)
    return banner, busy


def _centre(panel: QWidget, card: QWidget) -> None:
    """Centre `card` with stretches, not alignment flags: a widget added with an alignment is
    sized from its sizeHint, which drops height-for-width and clips word-wrapped labels."""
    row = QHBoxLayout()
    row.addStretch(1)
    row.addWidget(card)
    row.addStretch(1)
    outer = QVBoxLayout(panel)
    outer.addStretch(1)
    outer.addLayout(row)
    outer.addStretch(2)


class _Card(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("Card")
        self.setStyleSheet(
            "#Card { background: palette(base); border: 1px solid palette(mid); border-radius: 10px; }"
        )
        # A fixed width lets word-wrapped labels compute their height (no clipped lines).
        self.setFixedWidth(540)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(32, 28, 32, 28)
        self.layout_.setSpacing(10)


class UnlockPanel(QWidget):
    unlock_requested = Signal(object, object)  # Path, bytearray
    create_instead_requested = Signal()
    choose_file_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        lay = card.layout_
        lay.addWidget(_heading(translate("StartScreen", "Unlock your vault"), card))
        lay.addWidget(_muted(translate("StartScreen", "Your records are encrypted in this file:"), card))
        row = QHBoxLayout()
        self.path_label = _path_label(card)
        row.addWidget(self.path_label, 1)
        self.choose_button = QPushButton(translate("StartScreen", "Choose another file…"), card)
        self.choose_button.clicked.connect(self.choose_file_requested)
        row.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        lay.addSpacing(6)
        self.passphrase = _password_field(card, translate("StartScreen", "Passphrase"))
        self.passphrase.setAccessibleName(translate("StartScreen", "Passphrase"))
        self.passphrase.returnPressed.connect(self._submit)
        lay.addWidget(self.passphrase)
        self.create_button = QPushButton(translate("StartScreen", "Create a new vault…"), card)
        self.create_button.clicked.connect(self.create_instead_requested)
        self.unlock_button = QPushButton(translate("StartScreen", "Unlock"), card)
        self.unlock_button.clicked.connect(self._submit)
        self.banner, self.busy = _card_footer(card, lay, self.create_button, self.unlock_button)
        _centre(self, card)
        self.vault_path: Path | None = None

    def set_vault_path(self, path: Path) -> None:
        self.vault_path = path
        self.path_label.setText(str(path))

    def _submit(self) -> None:
        if self.vault_path is None or not self.unlock_button.isEnabled():
            return
        text = self.passphrase.text()
        if not text:
            self.banner.show_message(
                translate("StartScreen", "Type your passphrase first."), BannerLevel.WARNING
            )
            self.passphrase.setFocus()
            return
        secret = bytearray(text.encode("utf-8"))
        self.banner.hide()
        self.unlock_requested.emit(self.vault_path, secret)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.unlock_button, self.choose_button, self.create_button):
            widget.setEnabled(not busy)
        self.unlock_button.setText(
            translate("StartScreen", "Unlocking…") if busy else translate("StartScreen", "Unlock")
        )
        self.busy.setVisible(busy)


class CreatePanel(QWidget):
    create_requested = Signal(object, object)  # Path, bytearray
    unlock_instead_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        card = _Card(self)
        lay = card.layout_
        lay.addWidget(_heading(translate("StartScreen", "Create your vault"), card))
        lay.addWidget(
            _muted(
                translate(
                    "StartScreen",
                    "Everything you record — places, photos, letters — is kept encrypted in one file on "
                    "this computer. Nothing leaves it unless you ask.",
                ),
                card,
            )
        )
        row = QHBoxLayout()
        self.path_label = _path_label(card)
        row.addWidget(self.path_label, 1)
        self.change_button = QPushButton(translate("StartScreen", "Change…"), card)
        self.change_button.clicked.connect(self._choose_path)
        row.addWidget(self.change_button, 0, Qt.AlignmentFlag.AlignTop)
        lay.addLayout(row)
        lay.addSpacing(6)
        self.passphrase = _password_field(card, translate("StartScreen", "New passphrase"))
        self.passphrase.setAccessibleName(translate("StartScreen", "New passphrase"))
        self.passphrase.textChanged.connect(self._update_strength)
        lay.addWidget(self.passphrase)
        self.strength_bar = QProgressBar(card)
        self.strength_bar.setRange(0, 4)
        self.strength_bar.setTextVisible(False)
        self.strength_bar.setMaximumHeight(6)
        lay.addWidget(self.strength_bar)
        self.strength_label = _muted("", card)
        lay.addWidget(self.strength_label)
        self.repeat = _password_field(card, translate("StartScreen", "Repeat the passphrase"))
        self.repeat.setAccessibleName(translate("StartScreen", "Repeat the passphrase"))
        self.repeat.returnPressed.connect(self._submit)
        lay.addWidget(self.repeat)
        warning_box = QFrame(card)
        warning_box.setObjectName("LossWarning")
        colours = theme.colours()
        warning_box.setStyleSheet(
            f"#LossWarning {{ background: {colours.banner_warning_bg}; "
            f"border: 1px solid {colours.banner_warning_border}; border-radius: 6px; }}"
            f"#LossWarning QLabel {{ color: {colours.banner_warning_text}; }}"
        )
        warning_layout = QVBoxLayout(warning_box)
        warning_layout.setContentsMargins(10, 8, 10, 8)
        warning = QLabel(
            translate(
                "StartScreen",
                "Important: if you forget this passphrase, nobody can open your vault again — not you, "
                "not us, not anyone. There is no reset. Write it down and keep it somewhere safe.",
            ),
            warning_box,
        )
        warning.setWordWrap(True)
        warning_layout.addWidget(warning)
        lay.addWidget(warning_box)
        self.back_button = QPushButton(translate("StartScreen", "I already have a vault…"), card)
        self.back_button.clicked.connect(self.unlock_instead_requested)
        self.create_button = QPushButton(translate("StartScreen", "Create vault"), card)
        self.create_button.clicked.connect(self._submit)
        self.banner, self.busy = _card_footer(card, lay, self.back_button, self.create_button)
        _centre(self, card)
        self.vault_path: Path | None = None
        self._update_strength("")

    def set_vault_path(self, path: Path) -> None:
        self.vault_path = path
        self.path_label.setText(str(path))

    def _choose_path(self) -> None:
        start = str(self.vault_path) if self.vault_path else str(paths.data_dir() / "faceledger.vault")
        chosen = dialogs.get_save_file_name(
            self,
            translate("StartScreen", "Where should the vault file live?"),
            start,
            translate("StartScreen", "FaceLedger vault") + f" ({VAULT_FILTER_SUFFIX})",
        )
        if chosen:
            path = Path(chosen)
            if not path.suffix:
                path = path.with_suffix(".vault")
            self.set_vault_path(path)

    def _update_strength(self, text: str) -> None:
        level = strength(text)
        self.strength_bar.setValue(int(level))
        colour = {
            Strength.EMPTY: "palette(mid)",
            Strength.WEAK: "#b83b3b",
            Strength.FAIR: "#c08a1e",
            Strength.GOOD: "#4b8b3b",
            Strength.STRONG: "#2e7d32",
        }[level]
        self.strength_bar.setStyleSheet(f"QProgressBar::chunk {{ background: {colour}; }}")
        hints = {
            Strength.EMPTY: translate(
                "StartScreen", "Use a sentence only you know: several words, or a short line of Chinese."
            ),
            Strength.WEAK: translate("StartScreen", "Weak: easy to guess. Make it longer."),
            Strength.FAIR: translate(
                "StartScreen", "Fair: a few more words would make it much harder to guess."
            ),
            Strength.GOOD: translate("StartScreen", "Good."),
            Strength.STRONG: translate("StartScreen", "Strong."),
        }
        self.strength_label.setText(hints[level])

    def _submit(self) -> None:
        if self.vault_path is None or not self.create_button.isEnabled():
            return
        first, second = self.passphrase.text(), self.repeat.text()
        if len(first) < MIN_PASSPHRASE_LENGTH:
            self.banner.show_message(
                translate(
                    "StartScreen", "The passphrase needs at least %n characters.", None, MIN_PASSPHRASE_LENGTH
                ),
                BannerLevel.WARNING,
            )
            self.passphrase.setFocus()
            return
        if first != second:
            self.banner.show_message(
                translate("StartScreen", "The two passphrases are not the same. Type them again."),
                BannerLevel.WARNING,
            )
            self.repeat.clear()
            self.repeat.setFocus()
            return
        self.banner.hide()
        self.create_requested.emit(self.vault_path, bytearray(first.encode("utf-8")))

    def set_busy(self, busy: bool) -> None:
        for widget in (
            self.passphrase,
            self.repeat,
            self.create_button,
            self.change_button,
            self.back_button,
        ):
            widget.setEnabled(not busy)
        self.create_button.setText(
            translate("StartScreen", "Creating…") if busy else translate("StartScreen", "Create vault")
        )
        self.busy.setVisible(busy)


class StartScreen(QWidget):
    """Unlock or create; a language menu for the first run (SPEC: "choose language")."""

    unlock_requested = Signal(object, object)  # Path, bytearray
    create_requested = Signal(object, object)  # Path, bytearray
    language_chosen = Signal(str)  # "system" or a language code
    open_backup_requested = Signal(object)  # Path of the vault whose backup to open

    def __init__(self, current_language_setting: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("StartScreen")
        top = QHBoxLayout()
        brand = QLabel(self)
        brand.setPixmap(QIcon(str(paths.resources_path("icons", "faceledger.svg"))).pixmap(QSize(28, 28)))
        top.addWidget(brand)
        name = QLabel(translate("StartScreen", "FaceLedger"), self)
        font = name.font()
        font.setBold(True)
        name.setFont(font)
        top.addWidget(name)
        top.addStretch(1)
        self.language_combo = QComboBox(self)
        self.language_combo.setAccessibleName(translate("StartScreen", "Language"))
        self.language_combo.addItem(translate("StartScreen", "System language"), "system")
        for code in LANGUAGE_CODES:
            self.language_combo.addItem(language_display_name(code), code)
        index = self.language_combo.findData(current_language_setting)
        self.language_combo.setCurrentIndex(max(index, 0))
        self.language_combo.currentIndexChanged.connect(
            lambda _i: self.language_chosen.emit(str(self.language_combo.currentData()))
        )
        top.addWidget(self.language_combo)

        self.stack = QStackedWidget(self)
        self.unlock_panel = UnlockPanel(self.stack)
        self.create_panel = CreatePanel(self.stack)
        self.stack.addWidget(self.unlock_panel)
        self.stack.addWidget(self.create_panel)
        self.unlock_panel.unlock_requested.connect(self.unlock_requested)
        self.unlock_panel.create_instead_requested.connect(self.show_create)
        self.unlock_panel.choose_file_requested.connect(self._choose_existing)
        self.create_panel.create_requested.connect(self.create_requested)
        self.create_panel.unlock_instead_requested.connect(self._choose_existing)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.stack, 1)

    # --- which panel -------------------------------------------------------------------------
    def show_unlock(self, vault_path: Path) -> None:
        self.unlock_panel.set_vault_path(vault_path)
        self.stack.setCurrentWidget(self.unlock_panel)
        self.unlock_panel.passphrase.setFocus()

    def show_create(self, vault_path: Path | None = None) -> None:
        if vault_path is not None:
            self.create_panel.set_vault_path(vault_path)
        elif self.create_panel.vault_path is None:
            self.create_panel.set_vault_path(_free_default_path())
        self.stack.setCurrentWidget(self.create_panel)
        self.create_panel.passphrase.setFocus()

    @property
    def showing_create(self) -> bool:
        return self.stack.currentWidget() is self.create_panel

    def _choose_existing(self) -> None:
        start = (
            str(self.unlock_panel.vault_path.parent)
            if self.unlock_panel.vault_path
            else str(paths.data_dir())
        )
        chosen = dialogs.get_open_file_name(
            self,
            translate("StartScreen", "Open a vault file"),
            start,
            translate("StartScreen", "FaceLedger vault")
            + f" ({VAULT_FILTER_SUFFIX});;"
            + translate("StartScreen", "All files")
            + " (*)",
        )
        if chosen:
            self.show_unlock(Path(chosen))

    # --- feedback from MainWindow ----------------------------------------------------------------
    def set_busy(self, busy: bool) -> None:
        self.unlock_panel.set_busy(busy)
        self.create_panel.set_busy(busy)

    def clear_secrets(self) -> None:
        for field in (self.unlock_panel.passphrase, self.create_panel.passphrase, self.create_panel.repeat):
            field.clear()

    def show_error(self, exc: BaseException, *, latest_backup: Path | None = None) -> None:
        """An expected error inline, with the field focused and selected for a retry."""
        panel: UnlockPanel | CreatePanel = self.create_panel if self.showing_create else self.unlock_panel
        text = message_for(exc)
        if (
            isinstance(exc, core_errors.VaultDamaged | core_errors.ChangesMissing)
            and latest_backup is not None
        ):
            panel.banner.show_message(
                text,
                BannerLevel.ERROR,
                action_text=translate("StartScreen", "Open the latest backup"),
                action=lambda: self.open_backup_requested.emit(latest_backup),
            )
        elif isinstance(exc, core_errors.VaultDamaged | core_errors.ChangesMissing):
            panel.banner.show_message(
                message_for(exc) + " " + translate("StartScreen", "No backup of this vault was found."),
                BannerLevel.ERROR,
            )
        else:
            panel.banner.show_message(text, BannerLevel.ERROR)
        field = panel.passphrase
        field.setFocus()
        field.selectAll()


def _free_default_path() -> Path:
    """The default vault file in data_dir(), numbered if that name is taken."""
    base = paths.data_dir() / "faceledger.vault"
    candidate, n = base, 2
    while candidate.exists():
        candidate = base.with_name(f"faceledger-{n}.vault")
        n += 1
    return candidate
