"""Settings › Sender: who writes this vault's letters (set once; the first letter asks for it).

The sender lives in the encrypted vault (app.tracking.sender), never in the settings file. Every new
letter starts from it; a group's complainant comes from their profile instead (Profiles below).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFormLayout, QGroupBox, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from app.letters.model import Sender
from app.tracking import sender as sender_mod
from ui.errors import message_for
from ui.i18n import translate
from ui.tasks import DbOp
from ui.widgets.message_banner import BannerLevel, MessageBanner


class SenderSettingsBox(QGroupBox):
    saved = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(translate("SenderSettings", "Sender (who writes your letters)"), parent)
        self.context = context
        self.banner = MessageBanner(self)
        note = QLabel(
            translate(
                "SenderSettings",
                "Used in every new letter and carried by its reminders and complaints. A letter cannot be "
                "exported or marked sent without a name and a postal address or e-mail for the reply.",
            ),
            self,
        )
        note.setWordWrap(True)
        self.name_edit = QLineEdit(self)
        self.phone_edit = QLineEdit(self)
        self.email_edit = QLineEdit(self)
        self.address_edit = QLineEdit(self)
        self.name_edit.setAccessibleName(translate("SenderSettings", "Name"))
        self.save_button = QPushButton(translate("SenderSettings", "Save sender"), self)
        self.forget_button = QPushButton(translate("SenderSettings", "Forget"), self)
        self.save_button.clicked.connect(self.save)
        self.forget_button.clicked.connect(self.forget)
        form = QFormLayout(self)
        form.addRow(note)
        form.addRow(self.banner)
        form.addRow(translate("SenderSettings", "Name"), self.name_edit)
        form.addRow(translate("SenderSettings", "Phone"), self.phone_edit)
        form.addRow(translate("SenderSettings", "E-mail"), self.email_edit)
        form.addRow(translate("SenderSettings", "Address"), self.address_edit)
        buttons = QHBoxLayout()
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.reload()

    def reload(self) -> None:
        DbOp(self.context.worker, self, sender_mod.get_vault_sender).success(self._show).failure(
            self._failed
        ).run()

    def _show(self, sender: Sender | None) -> None:
        self.name_edit.setText(sender.name if sender else "")
        self.phone_edit.setText(sender.phone if sender else "")
        self.email_edit.setText(sender.email if sender else "")
        self.address_edit.setText(sender.address if sender else "")

    def _failed(self, exc: BaseException) -> None:
        self.banner.show_message(message_for(exc), BannerLevel.ERROR)

    def save(self) -> None:
        try:
            sender = Sender.from_json(
                {
                    "name": self.name_edit.text(),
                    "phone": self.phone_edit.text(),
                    "email": self.email_edit.text(),
                    "address": self.address_edit.text(),
                }
            )
        except Exception as exc:  # noqa: BLE001 - InvalidInput (empty name, bad e-mail): said inline
            self._failed(exc)
            return

        def done(_result: object) -> None:
            self.banner.show_message(translate("SenderSettings", "Sender saved."), BannerLevel.INFO)
            self.saved.emit()

        DbOp(self.context.worker, self, lambda vault: sender_mod.set_vault_sender(vault, sender)).success(
            done
        ).failure(self._failed).run()

    def forget(self) -> None:
        DbOp(self.context.worker, self, lambda vault: sender_mod.set_vault_sender(vault, None)).success(
            lambda _r: self._show(None)
        ).failure(self._failed).run()
