"""Settings → 法规更新 Rule updates (issue 9): the only part of FaceLedger that uses the network.

Off by default (SPEC "Network"): nothing is fetched until the user turns updates on, gives an
https:// address and presses "Check now". The check (app.update.service.check_for_update) runs on
its own thread through `CancellableNetOp` — not on the database thread and never on the GUI thread —
so the window stays responsive for the whole fetch deadline, and Cancel stops it between chunks.
A newer pack that passed every check (signature by a trusted key, hashes, no rollback, expiry, the
rules load) is offered with its version, publisher and signing-key fingerprint; only "Install"
writes anything. Whatever goes wrong, the rules in use stay in use.

The core's messages are English (logs, CLI); this panel says what happened in the user's language
and keeps the core's sentence as a tooltip for people helping with support.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import InvalidInput, UpdateCancelled
from app.update.service import CheckResult, UpdateStatus, check_for_update, install_update, update_status
from app.update.settings import configure_updates, load_update_settings
from ui import theme
from ui.errors import message_for
from ui.i18n import translate
from ui.net_task import CancellableNetOp
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)

CheckFn = Callable[..., CheckResult]


def short_time(iso: str) -> str:
    """'2026-11-22T03:40:12Z' → '2026-11-22 03:40 UTC' (what people read); '' stays ''."""
    if not iso:
        return ""
    text = iso.replace("T", " ").replace("+00:00", "").rstrip("Z")
    return f"{text[:16]} UTC"


def _plain_label(parent: QWidget, *, selectable: bool = False, mono: bool = False) -> QLabel:
    label = QLabel(parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if selectable:
        label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if mono:
        label.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
    return label


class UpdateSettingsBox(QGroupBox):
    """The "Rule updates" group of the Settings page."""

    check_finished = Signal(bool)  # True: a newer pack is offered
    check_failed = Signal(object)  # the exception (UpdateCancelled when the user cancelled)
    installed = Signal(str)  # version installed

    def __init__(self, context: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(translate("UpdateSettings", "Rule updates"), parent)
        self.context = context
        self.offered: CheckResult | None = None
        self.op: CancellableNetOp[Any] | None = None

        note = QLabel(
            translate(
                "UpdateSettings",
                "Off unless you turn it on. FaceLedger then contacts only the address below, and only "
                "when you press “Check now”. Packs are accepted only if signed by a trusted key and "
                "newer than the rules in use; if anything is wrong, the rules you have stay in use.",
            ),
            self,
        )
        note.setWordWrap(True)
        note.setStyleSheet("color: palette(placeholder-text);")

        self.banner = MessageBanner(self)
        self.enabled_check = QCheckBox(
            translate("UpdateSettings", "Use signed rule updates from this address"), self
        )
        self.url_edit = QLineEdit(self)
        self.url_edit.setPlaceholderText("https://")
        self.url_edit.setClearButtonEnabled(True)
        self.url_edit.setAccessibleName(translate("UpdateSettings", "Update address"))
        self.save_url_button = QPushButton(translate("UpdateSettings", "Save address"), self)
        url_row = QHBoxLayout()
        url_row.addWidget(self.url_edit, 1)
        url_row.addWidget(self.save_url_button)

        self.in_use_label = _plain_label(self)
        self.built_in_label = _plain_label(self)
        self.installed_label = _plain_label(self)
        self.publisher_label = _plain_label(self, selectable=True)
        self.fingerprint_label = _plain_label(self, selectable=True, mono=True)
        self.problem_label = _plain_label(self)
        self.problem_label.setStyleSheet(f"color: {theme.colours().caveat};")
        self.last_check_label = _plain_label(self)

        self.check_button = QPushButton(translate("UpdateSettings", "Check now"), self)
        self.cancel_button = QPushButton(translate("UpdateSettings", "Cancel"), self)
        self.install_button = QPushButton(translate("UpdateSettings", "Install"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # the fetch reports no percentage: a busy bar
        self.progress.setMaximumWidth(160)
        self.progress.setMaximumHeight(12)
        self.progress.setTextVisible(False)
        self.status_label = _plain_label(self)
        for widget in (self.cancel_button, self.install_button, self.progress):
            widget.hide()
        actions = QHBoxLayout()
        actions.addWidget(self.check_button)
        actions.addWidget(self.progress)
        actions.addWidget(self.cancel_button)
        actions.addWidget(self.install_button)
        actions.addStretch(1)

        form = QFormLayout()
        form.addRow("", self.enabled_check)
        form.addRow(translate("UpdateSettings", "Address"), url_row)
        form.addRow(translate("UpdateSettings", "Rules in use"), self.in_use_label)
        form.addRow(translate("UpdateSettings", "Built into the app"), self.built_in_label)
        form.addRow(translate("UpdateSettings", "Installed pack"), self.installed_label)
        form.addRow(translate("UpdateSettings", "Publisher"), self.publisher_label)
        form.addRow(translate("UpdateSettings", "Signing key"), self.fingerprint_label)
        form.addRow("", self.problem_label)
        form.addRow(translate("UpdateSettings", "Last check"), self.last_check_label)

        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addWidget(self.banner)
        layout.addLayout(form)
        layout.addLayout(actions)
        layout.addWidget(self.status_label)

        settings = load_update_settings()
        self.url_edit.setText(settings.url)
        self.enabled_check.setChecked(settings.enabled)
        self.enabled_check.toggled.connect(self._on_enabled_toggled)
        self.save_url_button.clicked.connect(self.save_url)
        self.url_edit.returnPressed.connect(self.save_url)
        self.check_button.clicked.connect(self.check_now)
        self.cancel_button.clicked.connect(self.cancel)
        self.install_button.clicked.connect(self.install)
        self.refresh_status()

    # --- settings ------------------------------------------------------------------------------------
    def save_url(self) -> bool:
        try:
            configure_updates(url=self.url_edit.text())
        except InvalidInput:
            self.banner.show_message(
                translate(
                    "UpdateSettings",
                    "This address cannot be used. It must start with https:// and name a server.",
                ),
                BannerLevel.ERROR,
            )
            self.url_edit.setFocus()
            return False
        except OSError as exc:
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            return False
        self.banner.hide()
        self.refresh_status()
        return True

    def _on_enabled_toggled(self, on: bool) -> None:
        if on and not self.save_url():
            self._set_checked_quietly(False)
            return
        try:
            configure_updates(enabled=on)
        except InvalidInput:
            self._set_checked_quietly(False)
            self.banner.show_message(
                translate("UpdateSettings", "Enter the https:// address of the update server first."),
                BannerLevel.ERROR,
            )
            self.url_edit.setFocus()
            return
        except OSError as exc:
            self._set_checked_quietly(not on)
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            return
        self.banner.hide()
        if not on:
            self._forget_offer()
        self.refresh_status()

    def _set_checked_quietly(self, on: bool) -> None:
        self.enabled_check.blockSignals(True)
        self.enabled_check.setChecked(on)
        self.enabled_check.blockSignals(False)
        self.refresh_status()

    # --- what is in use -----------------------------------------------------------------------------
    def refresh_status(self) -> None:
        try:
            status = update_status()
        except Exception:  # noqa: BLE001 - a status read must never break the Settings page
            log.warning("reading the update status failed", exc_info=True)
            return
        self.show_status(status)

    def show_status(self, status: UpdateStatus) -> None:
        if status.in_use == "pack":
            self.in_use_label.setText(
                translate("UpdateSettings", "%1 (from an update pack)").replace("%1", status.version_in_use)
            )
        else:
            self.in_use_label.setText(
                translate("UpdateSettings", "%1 (built into the app)").replace("%1", status.version_in_use)
            )
        self.built_in_label.setText(status.built_in_version)
        if status.installed_version:
            self.installed_label.setText(
                translate("UpdateSettings", "%1, installed %2")
                .replace("%1", status.installed_version)
                .replace("%2", short_time(status.installed_at))
            )
        else:
            self.installed_label.setText(translate("UpdateSettings", "None"))
        self.publisher_label.setText(status.publisher or "—")
        self.fingerprint_label.setText(
            f"{status.signer_name}\n{status.signer_fingerprint}" if status.signer_fingerprint else "—"
        )
        self.problem_label.setText(
            translate(
                "UpdateSettings",
                "The installed pack is not used (it failed a check); the rules built into the app are used.",
            )
            if status.problem
            else ""
        )
        self.problem_label.setToolTip(status.problem)
        self.problem_label.setVisible(bool(status.problem))
        if status.last_check:
            outcome = (
                translate("UpdateSettings", "succeeded")
                if status.last_ok
                else translate("UpdateSettings", "refused or failed")
            )
            self.last_check_label.setText(f"{short_time(status.last_check)} · {outcome}")
        else:
            self.last_check_label.setText(translate("UpdateSettings", "Never"))
        self.last_check_label.setToolTip(status.last_result)
        running = self.op is not None and self.op.is_running()
        self.check_button.setEnabled(status.enabled and not running)
        self.check_button.setToolTip(
            "" if status.enabled else translate("UpdateSettings", "Turn updates on first.")
        )

    # --- checking and installing --------------------------------------------------------------------
    def _set_running(self, running: bool, label: str = "") -> None:
        self.progress.setVisible(running)
        self.cancel_button.setVisible(running)
        self.cancel_button.setEnabled(running)
        self.check_button.setEnabled(not running and self.enabled_check.isChecked())
        self.enabled_check.setEnabled(not running)
        self.url_edit.setEnabled(not running)
        self.save_url_button.setEnabled(not running)
        if running:
            self.install_button.hide()
        self.status_label.setText(label)

    def _forget_offer(self) -> None:
        self.offered = None
        self.install_button.hide()

    def check_now(self) -> None:
        if self.op is not None and self.op.is_running():
            return
        if not self.save_url():
            return
        self._forget_offer()
        self.banner.hide()
        self._set_running(True, translate("UpdateSettings", "Checking for a newer rule pack…"))
        self.op = CancellableNetOp(self, lambda is_cancelled: check_for_update(is_cancelled=is_cancelled))
        self.destroyed.connect(self.op.cancel)  # locking tears the page down: stop fetching too
        self.op.success(self._on_checked).failure(self._on_failed).run()

    def cancel(self) -> None:
        if self.op is not None:
            self.op.cancel()
        self.cancel_button.setEnabled(False)
        self.status_label.setText(translate("UpdateSettings", "Cancelling…"))

    def _on_checked(self, result: CheckResult) -> None:
        self._set_running(False)
        self.refresh_status()
        if result.available and result.pack is not None:
            self.offered = result
            signer = result.pack.signer
            manifest = result.pack.manifest
            self.status_label.setText(
                translate(
                    "UpdateSettings",
                    "Version %1 is available from %2, signed by %3 (key %4). It passed every check.",
                )
                .replace("%1", manifest.version)
                .replace("%2", manifest.publisher or "—")
                .replace("%3", signer.name)
                .replace("%4", signer.fingerprint)
            )
            self.install_button.show()
            self.install_button.setEnabled(True)
        else:
            self.status_label.setText(
                translate("UpdateSettings", "Up to date: version %1 is in use.").replace(
                    "%1", result.version_in_use
                )
            )
        self.status_label.setToolTip(result.message)
        self.check_finished.emit(bool(result.available))

    def _on_failed(self, exc: BaseException) -> None:
        self._set_running(False)
        self.refresh_status()
        if isinstance(exc, UpdateCancelled):
            self.status_label.setText(
                translate("UpdateSettings", "Cancelled. Nothing was changed; the rules in use stay in use.")
            )
        else:
            self.status_label.setText("")
            self.banner.show_message(message_for(exc), BannerLevel.ERROR)
            self.banner.label.setToolTip(str(exc) if not isinstance(exc, OSError) else "")
        self.check_failed.emit(exc)

    def install(self) -> None:
        offered = self.offered
        if offered is None or offered.pack is None:
            return
        pack = offered.pack
        self._set_running(True, translate("UpdateSettings", "Installing version %1…").replace(
            "%1", pack.manifest.version))
        self.op = CancellableNetOp(self, lambda is_cancelled: install_update(pack, is_cancelled=is_cancelled))
        self.destroyed.connect(self.op.cancel)
        self.op.success(self._on_installed).failure(self._on_failed).run()

    def _refresh_due_dates(self) -> None:
        """A pack may carry a new year's official holiday schedule: estimated due dates kept in the
        vault's cache (Requests, Due) become exact now (app.tracking.requests.refresh_due_cache)."""
        worker = getattr(self.context, "worker", None)
        if worker is None:
            return
        from app.tracking.requests import refresh_due_cache
        from ui.tasks import DbOp

        DbOp(worker, self, refresh_due_cache).success(lambda _changed: None).failure(
            lambda exc: log.warning("due dates not refreshed after the update: %s", exc)
        ).run()

    def _on_installed(self, result: Any) -> None:
        self._set_running(False)
        self._forget_offer()
        # The workspace caches the rule library per unlock; drop it so new letters use the new rules.
        if self.context is not None and hasattr(self.context, "_library"):
            self.context._library = None
        self._refresh_due_dates()
        self.refresh_status()
        self.status_label.setText(
            translate("UpdateSettings", "Version %1 is installed and in use.").replace("%1", result.version)
        )
        self.installed.emit(str(result.version))
