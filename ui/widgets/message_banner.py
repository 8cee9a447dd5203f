"""An inline message strip for expected errors and notices (ARCHITECTURE lesson 12).

Modelled on KeePassXC's MessageWidget: it appears in the view where the problem happened, says it in
one plain sentence, and may offer one action (e.g. "Open the latest backup"). Text is PlainText.
"""

from __future__ import annotations

from collections.abc import Callable
from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QToolButton, QWidget

from ui import theme
from ui.i18n import translate


class BannerLevel(Enum):
    INFO = "info"
    WARNING = "warning"
    ERROR = "error"


def _colours(level: BannerLevel) -> tuple[str, str, str]:
    """(background, border, text) from the tested light/dark sets in ui/theme.py."""
    c = theme.colours()
    return {
        BannerLevel.INFO: (c.banner_info_bg, c.banner_info_border, c.banner_info_text),
        BannerLevel.WARNING: (c.banner_warning_bg, c.banner_warning_border, c.banner_warning_text),
        BannerLevel.ERROR: (c.banner_error_bg, c.banner_error_border, c.banner_error_text),
    }[level]


class MessageBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("MessageBanner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 8, 8)
        layout.setSpacing(10)
        self.label = QLabel(self)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setWordWrap(True)
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        self.action_button = QPushButton(self)
        self.action_button.hide()
        layout.addWidget(self.action_button)
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.setToolTip(translate("MessageBanner", "Close this message"))
        self.close_button.setAccessibleName(translate("MessageBanner", "Close this message"))
        self.close_button.clicked.connect(self.hide)
        layout.addWidget(self.close_button)
        self._action: Callable[[], None] | None = None
        self.action_button.clicked.connect(self._run_action)
        self.level = BannerLevel.INFO
        self.hide()

    def show_message(
        self,
        text: str,
        level: BannerLevel = BannerLevel.ERROR,
        *,
        action_text: str | None = None,
        action: Callable[[], None] | None = None,
        closable: bool = True,
    ) -> None:
        self.level = level
        background, border, foreground = _colours(level)
        self.setStyleSheet(
            f"#MessageBanner {{ background: {background}; border: 1px solid {border}; border-radius: 6px; }}"
            f"#MessageBanner QLabel, #MessageBanner QToolButton {{ color: {foreground}; }}"
        )
        self.label.setText(text)
        self.setAccessibleName(text)
        self.setAccessibleDescription(
            {
                BannerLevel.INFO: translate("MessageBanner", "Information"),
                BannerLevel.WARNING: translate("MessageBanner", "Warning"),
                BannerLevel.ERROR: translate("MessageBanner", "Error"),
            }[level]
        )
        self._action = action
        if action_text and action:
            self.action_button.setText(action_text)
            self.action_button.show()
        else:
            self.action_button.hide()
        self.close_button.setVisible(closable)
        self.show()

    def text(self) -> str:
        return self.label.text() if self.isVisible() else ""

    def _run_action(self) -> None:
        if self._action is not None:
            self._action()
