"""The main window: start screen ⇄ workspace, navigation, locking (ARCHITECTURE lesson 5).

PAGE REGISTRY (for both UI engineers). The workspace builds its pages from `PAGES`, in order. Each
entry names a module and a class; the class is constructed as `PageClass(context, parent)` where
`context` is a `PageContext` (below). If the module does not exist yet, an honest empty-state page
stands in for it. Part 2's pages (ui/pages/requests_page.py → RequestsPage, due_page.py → DuePage,
statistics_page.py → StatisticsPage) plug in just by existing — no edit of this file is needed.

Optional page methods, called when present:
    page_shown() -> None                  the page became the visible one
    navigate_to(**kwargs) -> None         another page asked to show something here, e.g.
                                          context.navigate("rules", instrument="PIPL", article="47")
                                          context.navigate("requests", record_id=12)

Pages are destroyed when the vault locks and rebuilt after unlocking (and when the language
changes). That is how locking clears every model, cache and picture without each page having to
remember to: nothing of the vault survives in widgets. A record editor with unsaved changes is never
dropped silently: locking on request, quitting and changing the language ask "save / discard / keep
editing"; an idle or screen lock keeps the answers as a draft inside the vault (app/drafts.py) and
they are offered again after unlocking.

Keyboard: Ctrl+N new record, Ctrl+F search (Records page), Ctrl+S save (record editor), Ctrl+L lock.
"""

from __future__ import annotations

import importlib
import logging
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QIcon, QKeySequence, QPixmapCache, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from app import errors as core_errors
from app import paths
from app.settings import Settings, default_vault_path, save_settings
from ui.application import VaultInstanceGuard
from ui.clipboard import ClipboardService
from ui.i18n import Translators, resolve_language, translate
from ui.lock import Clock, InactivityTimer, ScreenLockWatcher
from ui.start_screen import StartScreen
from ui.tasks import DbWorker, ProgressReporter
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PageSpec:
    key: str
    title: Callable[[], str]  # translated at build time (the language can change)
    module: str
    class_name: str
    empty_text: Callable[[], str] = lambda: ""


PAGES: list[PageSpec] = [
    PageSpec("records", lambda: translate("MainWindow", "Records"), "ui.pages.records_page", "RecordsPage"),
    PageSpec("map", lambda: translate("MainWindow", "Map"), "ui.pages.map_page", "MapPage"),
    PageSpec(
        "requests",
        lambda: translate("MainWindow", "Requests"),
        "ui.pages.requests_page",
        "RequestsPage",
        lambda: translate(
            "MainWindow",
            "Letters you send about your records will be listed here, with their status and replies. "
            "This part of FaceLedger is not finished in this version.",
        ),
    ),
    PageSpec(
        "due",
        lambda: translate("MainWindow", "Due"),
        "ui.pages.due_page",
        "DuePage",
        lambda: translate(
            "MainWindow",
            "Replies that are due or overdue will be shown here, counted in working days. "
            "This part of FaceLedger is not finished in this version.",
        ),
    ),
    PageSpec("rules", lambda: translate("MainWindow", "Rules"), "ui.pages.rules_page", "RulesPage"),
    PageSpec(
        "statistics",
        lambda: translate("MainWindow", "Statistics"),
        "ui.pages.statistics_page",
        "StatisticsPage",
        lambda: translate(
            "MainWindow",
            "Charts of your records and of how handlers answer will be shown here. "
            "This part of FaceLedger is not finished in this version.",
        ),
    ),
    PageSpec(
        "settings", lambda: translate("MainWindow", "Settings"), "ui.pages.settings_page", "SettingsPage"
    ),
]


@dataclass
class PageContext:
    """What a page may use. Passed to every page constructor; never stored globally."""

    worker: DbWorker
    clipboard: ClipboardService
    settings: Settings
    vault_path: Path
    window: MainWindow
    _library: Any = field(default=None, repr=False)

    def navigate(self, key: str, **kwargs: Any) -> None:
        self.window.navigate(key, **kwargs)

    def show_message(self, text: str, level: BannerLevel = BannerLevel.INFO) -> None:
        """A banner at the top of the workspace (for notices that concern more than one page)."""
        self.window.show_workspace_message(text, level)

    def save_settings(self) -> None:
        self.window.save_settings()

    def rule_library(self) -> Any:
        """The rule library (app.rules.load_library()), loaded once per unlock. Thread-safe to read."""
        if self._library is None:
            from app.rules import load_library

            self._library = load_library()
        return self._library


class EmptyStatePage(QWidget):
    """Stands in for a page whose module does not exist yet; says so plainly."""

    def __init__(self, title: str, text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        heading = QLabel(title, self)
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(heading)
        body = QLabel(text, self)
        body.setWordWrap(True)
        body.setAlignment(Qt.AlignmentFlag.AlignCenter)
        body.setMaximumWidth(520)
        body.setStyleSheet("color: palette(placeholder-text);")
        layout.addWidget(body, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def preload_in_background() -> threading.Thread:
    """Import the pages' modules and parse the rule library off the GUI thread, while the user
    types the passphrase: building the workspace after unlocking then only creates widgets.
    (Importing part 2's pages pulls in app.letters and friends: ~1 s of imports on a slow machine.)"""

    def work() -> None:
        for module in [spec.module for spec in PAGES] + ["ui.record_editor", "ui.evidence_panel"]:
            try:
                importlib.import_module(module)
            except ModuleNotFoundError:
                pass
            except Exception:  # noqa: BLE001 - the real import on the GUI thread will report it
                log.warning("preloading %s failed", module)
        try:
            from app.rules import load_library

            load_library()
        except Exception:  # noqa: BLE001
            log.warning("preloading the rule library failed")

    thread = threading.Thread(target=work, name="faceledger-preload", daemon=True)
    thread.start()
    return thread


def _load_page_class(spec: PageSpec) -> Callable[[PageContext, QWidget], QWidget] | None:
    try:
        module = importlib.import_module(spec.module)
    except ModuleNotFoundError as exc:
        if exc.name == spec.module:
            return None
        raise
    cls = getattr(module, spec.class_name, None)
    return cls if isinstance(cls, type) else None


class _LazyPages(Mapping[str, QWidget]):
    """key → page, building a page the first time it is looked up."""

    def __init__(self, build: Callable[[str], QWidget]) -> None:
        self._build = build
        self._built: dict[str, QWidget] = {}

    def __getitem__(self, key: str) -> QWidget:
        if key not in self._built:
            if key not in {spec.key for spec in PAGES}:
                raise KeyError(key)
            self._built[key] = self._build(key)
        return self._built[key]

    def __iter__(self) -> Iterator[str]:
        return iter(spec.key for spec in PAGES)

    def __len__(self) -> int:
        return len(PAGES)

    def built(self) -> dict[str, QWidget]:
        return dict(self._built)


class Workspace(QWidget):
    """Navigation on the left, the pages on the right."""

    lock_requested = Signal()

    def __init__(self, context: PageContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.nav = QListWidget(self)
        self.nav.setObjectName("Navigation")
        self.nav.setFixedWidth(148)
        self.nav.setIconSize(QSize(18, 18))
        self.nav.setFrameShape(QFrame.Shape.NoFrame)
        self.nav.setStyleSheet(
            "#Navigation { background: palette(window); font-size: 11pt; }"
            "#Navigation::item { padding: 9px 14px; border-radius: 6px; margin: 1px 6px; }"
            "#Navigation::item:selected { background: palette(highlight); color: palette(highlighted-text); }"
        )
        self.stack = QStackedWidget(self)
        # Pages are built the first time they are shown (or asked for): unlocking builds only the
        # first one, so the window is usable sooner. `pages[key]` builds on demand.
        self.pages = _LazyPages(self._build_page)
        self._slots: dict[str, QWidget] = {}
        self.banner = MessageBanner(self)

        for spec in PAGES:
            slot = QWidget(self.stack)  # replaced by the real page when it is first needed
            self._slots[spec.key] = slot
            self.stack.addWidget(slot)
            item = QListWidgetItem(spec.title(), self.nav)
            item.setData(Qt.ItemDataRole.UserRole, spec.key)
            item.setSizeHint(QSize(130, 40))

        side = QVBoxLayout()
        side.setContentsMargins(0, 12, 0, 12)
        side.addWidget(self.nav, 1)
        self.nav.setAccessibleName(translate("MainWindow", "Pages"))
        self.lock_button = QPushButton(translate("MainWindow", "Loc&k"), self)
        self.lock_button.setToolTip(translate("MainWindow", "Lock the vault now (Ctrl+L)"))
        self.lock_button.setAccessibleDescription(translate("MainWindow", "Lock the vault now (Ctrl+L)"))
        self.lock_button.clicked.connect(self.lock_requested)
        side.addWidget(self.lock_button, 0, Qt.AlignmentFlag.AlignHCenter)

        right = QVBoxLayout()
        right.setContentsMargins(0, 0, 0, 0)
        right.addWidget(self.banner)
        right.addWidget(self.stack, 1)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.setSpacing(8)
        layout.addLayout(side)
        separator = QFrame(self)
        separator.setFrameShape(QFrame.Shape.VLine)
        separator.setFrameShadow(QFrame.Shadow.Sunken)
        layout.addWidget(separator)
        layout.addLayout(right, 1)

        self.nav.currentRowChanged.connect(self._on_nav_current_row_changed)
        self.nav.setCurrentRow(0)

    def _build_page(self, key: str) -> QWidget:
        spec = next(spec for spec in PAGES if spec.key == key)
        cls = _load_page_class(spec)
        page = (
            cls(self.context, self.stack)
            if cls is not None
            else EmptyStatePage(spec.title(), spec.empty_text(), self.stack)
        )
        page.setObjectName(f"page_{spec.key}")
        slot = self._slots.pop(key)
        index = self.stack.indexOf(slot)
        self.stack.insertWidget(index, page)
        if self.stack.currentWidget() is slot:
            self.stack.setCurrentWidget(page)
        self.stack.removeWidget(slot)
        slot.deleteLater()
        return page

    def current_key(self) -> str:
        item = self.nav.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else PAGES[0].key

    def show_page(self, key: str) -> QWidget | None:
        for row in range(self.nav.count()):
            if self.nav.item(row).data(Qt.ItemDataRole.UserRole) == key:
                self.nav.setCurrentRow(row)
                return self.pages[key]
        return None

    def _on_nav_current_row_changed(self, row: int) -> None:
        if row < 0:
            return
        key = self.nav.item(row).data(Qt.ItemDataRole.UserRole)
        page = self.pages[key]
        self.stack.setCurrentWidget(page)
        shown = getattr(page, "page_shown", None)
        if callable(shown):
            shown()


class MainWindow(QMainWindow):
    locked = Signal()
    unlocked = Signal()

    def __init__(
        self,
        settings: Settings,
        translators: Translators,
        *,
        vault_path: Path | None = None,
        clock: Clock | None = None,
        idle_check_interval_ms: int = 1000,
    ) -> None:
        super().__init__()
        self.settings = settings
        self.translators = translators
        self.worker = DbWorker(self)
        self.progress = ProgressReporter(self)
        self.clipboard = ClipboardService(self, timeout_seconds=settings.clipboard_clear_seconds, clock=clock)
        self.inactivity = InactivityTimer(self, clock=clock, check_interval_ms=idle_check_interval_ms)
        self.inactivity.timed_out.connect(lambda: self.lock(reason="idle"))
        self.screen_watcher = ScreenLockWatcher(self)
        self.screen_watcher.screen_locked.connect(self._on_screen_locked)
        self.screen_watcher.suspending.connect(self._on_screen_locked)
        self.guard: VaultInstanceGuard | None = None
        self.vault_path: Path | None = None
        self.workspace: Workspace | None = None
        self.start_screen: StartScreen | None = None
        self.last_lock_seconds: float | None = None  # how long the last lock took (tests, L1)

        self.stack = QStackedWidget(self)
        self.setCentralWidget(self.stack)
        self._build_status_bar()
        self.setMinimumSize(QSize(900, 600))
        self.resize(1180, 760)
        self._update_title()

        self.lock_shortcut = QShortcut(QKeySequence("Ctrl+L"), self)
        self.lock_shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
        self.lock_shortcut.activated.connect(lambda: self.lock(reason="shortcut"))
        self.new_record_shortcut = QShortcut(QKeySequence.StandardKey.New, self)
        self.new_record_shortcut.activated.connect(self.new_record)
        self.search_shortcut = QShortcut(QKeySequence.StandardKey.Find, self)
        self.search_shortcut.activated.connect(self.focus_search)

        self.clipboard.countdown.connect(self._on_clipboard_countdown)
        self.progress.changed.connect(self._on_progress_changed)

        self.preloader = preload_in_background()
        initial = vault_path or (Path(settings.last_vault_path) if settings.last_vault_path else None)
        self._show_start(initial)

    # --- chrome ----------------------------------------------------------------------------------
    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        self.status_label = QLabel(bar)
        self.status_label.setTextFormat(Qt.TextFormat.PlainText)
        bar.addWidget(self.status_label, 1)
        self.clipboard_label = QLabel(bar)
        self.clipboard_bar = QProgressBar(bar)
        self.clipboard_bar.setRange(0, 100)
        self.clipboard_bar.setTextVisible(False)
        self.clipboard_bar.setFixedWidth(80)
        self.clipboard_bar.setMaximumHeight(10)
        self.clipboard_label.hide()
        self.clipboard_bar.hide()
        bar.addPermanentWidget(self.clipboard_label)
        bar.addPermanentWidget(self.clipboard_bar)

    def _update_title(self) -> None:
        # Never vault data in a title: window titles end up in task switchers and screen readers' logs.
        self.setWindowTitle(translate("MainWindow", "FaceLedger"))

    def _on_clipboard_countdown(self, percent: int, text: str) -> None:
        visible = percent > 0
        self.clipboard_label.setVisible(visible)
        self.clipboard_bar.setVisible(visible)
        self.clipboard_label.setText(text)
        self.clipboard_bar.setValue(percent)

    def _on_progress_changed(self, label: str) -> None:
        self.status_label.setText(label)

    def show_workspace_message(self, text: str, level: BannerLevel = BannerLevel.INFO) -> None:
        if self.workspace is not None:
            self.workspace.banner.show_message(text, level)

    def save_settings(self) -> None:
        try:
            save_settings(self.settings)
        except OSError as exc:
            self.show_workspace_message(
                translate("MainWindow", "The settings could not be saved."), BannerLevel.WARNING
            )
            log.warning("saving settings failed: %s", exc.__class__.__name__)
        self.clipboard.timeout_seconds = self.settings.clipboard_clear_seconds
        if self.workspace is not None:
            self.inactivity.activate(self.settings.autolock_minutes * 60)

    # --- start screen ------------------------------------------------------------------------------
    def _show_start(self, vault_path: Path | None) -> None:
        screen = StartScreen(self.settings.language, self.stack)
        screen.unlock_requested.connect(self._on_unlock_requested)
        screen.create_requested.connect(self._on_create_requested)
        screen.language_chosen.connect(self.apply_language)
        screen.open_backup_requested.connect(self._on_open_backup_requested)
        if self.start_screen is not None:
            self.stack.removeWidget(self.start_screen)
            self.start_screen.deleteLater()
        self.start_screen = screen
        self.stack.addWidget(screen)
        self.stack.setCurrentWidget(screen)
        candidate = vault_path
        if candidate is None and default_vault_path().exists():
            candidate = default_vault_path()
        if candidate is not None and candidate.exists():
            screen.show_unlock(candidate)
        else:
            screen.show_create(candidate if candidate is not None else None)

    def _take_guard(self, path: Path) -> bool:
        guard = VaultInstanceGuard(path, on_activate_requested=self._bring_to_front)
        if not guard.acquire():
            return False
        self.guard = guard
        return True

    def _release_guard(self) -> None:
        if self.guard is not None:
            self.guard.release()
            self.guard = None

    def _on_unlock_requested(self, path: Path, secret: bytearray) -> None:
        self._open(path, secret, create=False)

    def _on_create_requested(self, path: Path, secret: bytearray) -> None:
        self._open(path, secret, create=True)

    def _open(self, path: Path, secret: bytearray, *, create: bool) -> None:
        screen = self.start_screen
        assert screen is not None
        if not self._take_guard(path):
            secret[:] = bytes(len(secret))
            screen.show_error(core_errors.VaultInUse("vault in use"))
            return
        screen.set_busy(True)

        def opened(real_path: Path) -> None:
            if self.start_screen is not None and shiboken6.isValid(self.start_screen):
                self.start_screen.set_busy(False)
                self.start_screen.clear_secrets()
            self.vault_path = real_path
            self.settings.last_vault_path = str(real_path)
            self.save_settings()
            self._show_workspace()

        def failed(exc: BaseException) -> None:
            self._release_guard()
            current = self.start_screen
            if current is None or not shiboken6.isValid(current):
                return
            current.set_busy(False)
            if isinstance(exc, core_errors.FaceLedgerError):
                current.show_error(exc, latest_backup=self.latest_backup(path))
            else:
                from ui import errors

                errors.show_exception(exc, self)

        self.worker.open_vault(path, secret, create=create, on_success=opened, on_failure=failed)

    def latest_backup(self, vault_path: Path) -> Path | None:
        folders = [vault_path.parent / "backups"]
        if self.settings.backup_dir:
            folders.insert(0, Path(self.settings.backup_dir))
        pattern = f"{vault_path.stem}-backup-*{vault_path.suffix or '.vault'}"
        found = [p for folder in folders if folder.is_dir() for p in folder.glob(pattern) if p.is_file()]
        return max(found, key=lambda p: p.name) if found else None

    def _on_open_backup_requested(self, backup: Path) -> None:
        if self.start_screen is not None:
            self.start_screen.show_unlock(backup)
            self.start_screen.unlock_panel.banner.show_message(
                translate(
                    "MainWindow",
                    "This is the latest backup. Unlock it with the passphrase the vault had when the backup "
                    "was made. The damaged file is left as it is.",
                ),
                BannerLevel.INFO,
            )

    def _bring_to_front(self) -> None:
        self.showNormal()
        self.raise_()
        self.activateWindow()

    # --- workspace ---------------------------------------------------------------------------------
    def _show_workspace(self, page_key: str | None = None) -> None:
        assert self.vault_path is not None
        context = PageContext(
            worker=self.worker,
            clipboard=self.clipboard,
            settings=self.settings,
            vault_path=self.vault_path,
            window=self,
        )
        workspace = Workspace(context, self.stack)
        workspace.lock_requested.connect(lambda: self.lock(reason="button"))
        if self.workspace is not None:
            self.stack.removeWidget(self.workspace)
            self.workspace.deleteLater()
        self.workspace = workspace
        self.stack.addWidget(workspace)
        self.stack.setCurrentWidget(workspace)
        if page_key:
            workspace.show_page(page_key)
        if self.start_screen is not None:
            self.stack.removeWidget(self.start_screen)
            self.start_screen.deleteLater()
            self.start_screen = None
        self.status_label.setText("")
        self.inactivity.activate(self.settings.autolock_minutes * 60)
        from ui.missing_changes import check_missing_changes  # D12: warn if recent changes are gone

        check_missing_changes(self)
        self._offer_drafts()
        self.unlocked.emit()

    def navigate(self, key: str, **kwargs: Any) -> None:
        if self.workspace is None:
            return
        page = self.workspace.show_page(key)
        handler = getattr(page, "navigate_to", None)
        if kwargs and callable(handler):
            handler(**kwargs)

    @property
    def is_locked(self) -> bool:
        return self.workspace is None

    def new_record(self) -> None:
        """Ctrl+N: a new record, from whichever page is showing."""
        if self.workspace is None:
            return
        page = self.workspace.show_page("records")
        opener = getattr(page, "open_editor", None)
        if callable(opener):
            opener(None)

    def focus_search(self) -> None:
        """Ctrl+F: the search field of the page showing, else the Records page's."""
        if self.workspace is None:
            return
        page = self.workspace.stack.currentWidget()
        search = getattr(page, "search", None)
        if not isinstance(search, QWidget):
            page = self.workspace.show_page("records")
            search = getattr(page, "search", None)
        if isinstance(search, QWidget):
            search.setFocus(Qt.FocusReason.ShortcutFocusReason)
            select_all = getattr(search, "selectAll", None)
            if callable(select_all):
                select_all()

    # --- locking -----------------------------------------------------------------------------------
    def _on_screen_locked(self) -> None:
        if self.settings.lock_on_screen_lock:
            self.lock(reason="screen")

    def unsaved_editors(self) -> list[QWidget]:
        """Record editors of this window with changes that were not saved."""
        from ui.record_editor import RecordEditorDialog

        return [e for e in self.findChildren(RecordEditorDialog) if e.isVisible() and e.has_unsaved_changes()]

    def confirm_discarding_edits(self, then: Callable[[], None] | None = None) -> bool:
        """Before locking on request, quitting or rebuilding the pages: each editor with unsaved
        changes asks save / discard / keep editing. True when no edit is left open; after "save",
        `then` runs again once the record is saved (so the lock or quit continues by itself)."""
        for editor in self.unsaved_editors():
            if not editor.ask_to_leave(then=then):
                return False
        return True

    def _keep_unsaved_as_drafts(self) -> None:
        """Idle/screen lock: nobody can answer, so unsaved editors become drafts in the vault
        (queued on the DB worker before the vault closes)."""
        for editor in self.unsaved_editors():
            editor.keep_as_draft()

    def _offer_drafts(self) -> None:
        """After unlocking: reopen the editors whose answers were kept when the vault locked."""
        from app.drafts import list_drafts

        def offer(drafts: list[Any]) -> None:
            if not drafts or self.workspace is None:
                return
            page = self.workspace.show_page("records")
            reopen = getattr(page, "open_draft", None)
            if not callable(reopen):
                return
            for draft in drafts:
                reopen(draft.id, draft.record_id, draft.state)

        from ui.tasks import DbOp

        DbOp(self.worker, self, list_drafts).success(offer).failure(lambda _exc: None).run()

    def lock(self, reason: str = "request") -> None:
        """Lock now: hide and drop everything of the vault, then close the connection on the worker.

        Order (lesson 5): close dialogs and viewer windows; clear the clipboard if it still holds
        what we copied; destroy the pages (models, caches, pictures go with them) and Qt's pixmap
        cache; queue closing the connection behind any op already running, so a write that started
        commits or rolls back first; show the unlock screen.
        """
        if self.workspace is None:
            return
        # Idle, screen lock and suspend cannot wait for an answer: unsaved edits become drafts in
        # the vault (offered again after unlocking). On request, we ask first.
        if reason in ("shortcut", "button", "request"):
            if not self.confirm_discarding_edits(then=lambda: self.lock(reason=reason)):
                return
        else:
            self._keep_unsaved_as_drafts()
        started = time.monotonic()
        log.info("locking (%s)", reason)
        self.inactivity.deactivate()
        self._close_owned_windows()
        self.clipboard.clear_copied_text()
        workspace, self.workspace = self.workspace, None
        self.stack.removeWidget(workspace)
        workspace.hide()
        workspace.deleteLater()
        QPixmapCache.clear()

        def closed() -> None:
            self.last_lock_seconds = time.monotonic() - started
            self._release_guard()
            self.locked.emit()

        self.worker.close_vault(on_closed=closed)
        self._show_start(self.vault_path)

    def _close_owned_windows(self) -> None:
        """Close every dialog and window that belongs to this window (record editors, viewers…)."""
        for widget in QApplication.topLevelWidgets():
            if widget is self or not widget.isVisible():
                continue
            parent = widget.parentWidget()
            while parent is not None and parent is not self:
                parent = parent.parentWidget()
            if parent is not self:
                continue
            close_without_asking = getattr(widget, "close_without_asking", None)
            if callable(close_without_asking):
                close_without_asking()  # what mattered was saved, discarded or kept as a draft above
            elif isinstance(widget, QDialog):
                widget.reject()
            widget.close()

    # --- language ----------------------------------------------------------------------------------
    def apply_language(self, setting: str) -> None:
        """Switch language now: reinstall translators and rebuild what is on screen."""
        # Rebuilding the pages closes the record editors: ask about unsaved edits first.
        if self.workspace is not None and not self.confirm_discarding_edits(
            then=lambda: self.apply_language(setting)
        ):
            return
        self.settings.language = setting
        self.save_settings()
        # Deferred: the request comes from a widget (a combo box) that the rebuild destroys.
        QTimer.singleShot(0, lambda: self._rebuild_for_language(setting))

    def _rebuild_for_language(self, setting: str) -> None:
        self.translators.install(resolve_language(setting))
        self._update_title()
        if self.workspace is not None:
            self._show_workspace(self.workspace.current_key())
        elif self.start_screen is not None:
            showing_create = self.start_screen.showing_create
            path = (
                self.start_screen.create_panel.vault_path
                if showing_create
                else self.start_screen.unlock_panel.vault_path
            )
            self._show_start(path)
            if showing_create and self.start_screen is not None:
                self.start_screen.show_create(path)

    # --- quitting ----------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt override
        if self.workspace is not None and not self.confirm_discarding_edits(then=self.close):
            event.ignore()
            return
        self.shutdown()
        event.accept()

    def shutdown(self) -> None:
        """Quit path: clear our clipboard content, close the vault, stop the thread (waits)."""
        self.inactivity.deactivate()
        self.clipboard.clear_copied_text()
        if self.workspace is not None:
            workspace, self.workspace = self.workspace, None
            workspace.deleteLater()
        self.worker.shutdown()
        self._release_guard()


def window_icon() -> QIcon:
    return QIcon(str(paths.resources_path("icons", "faceledger.svg")))
