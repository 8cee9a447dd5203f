"""The QApplication of FaceLedger and the one-instance-per-vault guard. SHARED INFRASTRUCTURE.

`Application(argv)` sets the identity Qt and desktops use (desktop file name = app.APP_ID, name,
organisation, version), registers the shipped CJK font so Chinese renders on machines without CJK
fonts, sets the window icon and owns the translators (`app.translators.install(code)`).

`VaultInstanceGuard` (ARCHITECTURE lesson 14): two windows writing one SQLCipher vault would be a
data-loss bug, so opening a vault first takes a QLockFile in the state folder (one per vault path)
and starts a QLocalServer; a second instance that finds the lock taken asks the first, over the
local socket, to come to the front, and reports VaultInUse. QLockFile detects stale locks left by a
crashed process (PID no longer running) and takes them over.
"""

from __future__ import annotations

import gc
import hashlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QLockFile, Qt, QTimer
from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication, QIcon
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QApplication

from app import APP_ID, __version__, paths
from ui.i18n import Translators
from ui.theme import follow_system_colour_scheme
from ui.widgets.wheel_guard import install_wheel_guard

log = logging.getLogger(__name__)

GIL_SWITCH_INTERVAL_S = 0.0005
CJK_FONT_FILE = "DroidSansFallback-FaceLedger-subset.ttf"


def register_cjk_fallback_font() -> str | None:
    """Add the shipped CJK subset as a fallback for every font family; returns its family name."""
    font_path = paths.resources_path("fonts", CJK_FONT_FILE)
    font_id = QFontDatabase.addApplicationFont(str(font_path))
    if font_id < 0:
        log.warning("could not load the CJK fallback font")
        return None
    families = QFontDatabase.applicationFontFamilies(font_id)
    if not families:
        return None
    family = families[0]
    # An explicit family list makes ours the fallback after the UI font on every platform: a glyph
    # the UI font lacks comes from a system CJK font if fontconfig finds one, else from ours.
    app_font = QGuiApplication.font()
    if family not in app_font.families():
        app_font.setFamilies([*app_font.families(), family])
        QGuiApplication.setFont(app_font)
    for base in {app_font.family(), "Sans Serif", "sans-serif"}:
        QFont.insertSubstitution(base, family)
    return family


GC_INTERVAL_MS = 5_000


class Application(QApplication):
    def __init__(self, argv: list[str]) -> None:
        QGuiApplication.setHighDpiScaleFactorRoundingPolicy(Qt.HighDpiScaleFactorRoundingPolicy.PassThrough)
        super().__init__(argv)
        self.setApplicationName("FaceLedger")
        self.setApplicationDisplayName("FaceLedger")
        self.setOrganizationName("FaceLedger")
        self.setOrganizationDomain("faceledger.org")
        self.setApplicationVersion(__version__)
        self.setDesktopFileName(APP_ID)
        self.setWindowIcon(app_icon())
        self.cjk_font_family = register_cjk_fallback_font()
        self.translators = Translators()
        # The mouse wheel changes only the value being edited (ui/widgets/wheel_guard.py), and the
        # colours follow the system's light/dark scheme (ui/theme.py).
        self.wheel_guard = install_wheel_guard(self)
        self.colour_scheme = follow_system_colour_scheme(self)
        # The DB worker runs Python (row building, rules checks) while the GUI thread paints and
        # calls back into Python for every cell (QAbstractItemModel.data). With CPython's default
        # 5 ms GIL switch interval each such callback can wait up to 5 ms for the worker to yield,
        # and a repaint of a few hundred cells stalls for a visible moment (measured: 0.3 s at
        # 20,000 records). A 0.5 ms interval keeps painting smooth at a small throughput cost.
        sys.setswitchinterval(GIL_SWITCH_INTERVAL_S)
        # Python's cyclic garbage collector runs on whichever thread happens to allocate, often the
        # DB worker; a Qt widget caught in a reference cycle would then be destroyed off the GUI
        # thread and race its painting (the cause of an intermittent segfault, see ui/tasks.py).
        # As Anki does, collect only on the GUI thread, from a timer.
        gc.disable()
        self._gc_timer = QTimer(self)
        self._gc_timer.setInterval(GC_INTERVAL_MS)
        self._gc_timer.timeout.connect(self.collect_garbage)
        self._gc_timer.start()
        self.aboutToQuit.connect(self.collect_garbage)

    def collect_garbage(self) -> None:
        gc.collect()


def app_icon() -> QIcon:
    return QIcon(str(paths.resources_path("icons", "faceledger.svg")))


def _vault_key(vault_path: Path) -> str:
    resolved = str(vault_path.expanduser().resolve())
    return hashlib.sha256(resolved.encode("utf-8")).hexdigest()[:20]


class VaultInstanceGuard:
    """Held while a vault is open in this process; `acquire()` fails if another instance has it."""

    def __init__(self, vault_path: Path, on_activate_requested: Callable[[], None] | None = None) -> None:
        key = _vault_key(vault_path)
        uid = os.getuid() if hasattr(os, "getuid") else 0
        # On Unix a full path puts the socket next to the lock file (private state folder, 0700)
        # instead of in /tmp; on Windows the name is a named pipe, per user.
        self.server_name = (
            f"faceledger-{uid}-{key}"
            if sys.platform == "win32"
            else str(paths.state_dir() / f"vault-{key}.sock")
        )
        self._lock = QLockFile(str(paths.state_dir() / f"vault-{key}.lock"))
        self._lock.setStaleLockTime(0)  # stale only when the owning process is gone
        self._server: QLocalServer | None = None
        self._on_activate = on_activate_requested

    def acquire(self) -> bool:
        if not self._lock.tryLock(0):
            self._ask_owner_to_activate()
            return False
        server = QLocalServer()
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.server_name)  # a crashed owner leaves its socket file behind
        if server.listen(self.server_name):
            server.newConnection.connect(lambda: self._handle_connection(server))
            self._server = server
        else:
            log.warning("single-instance socket unavailable; the lock file still protects the vault")
        return True

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock.isLocked():
            self._lock.unlock()

    def _handle_connection(self, server: QLocalServer) -> None:
        socket = server.nextPendingConnection()
        if socket is None:
            return
        socket.waitForReadyRead(200)
        message = bytes(socket.readAll().data())
        socket.disconnectFromServer()
        if message.strip() == b"activate" and self._on_activate is not None:
            self._on_activate()

    def _ask_owner_to_activate(self) -> None:
        socket = QLocalSocket()
        socket.connectToServer(self.server_name)
        if socket.waitForConnected(300):
            socket.write(QByteArray(b"activate\n"))
            socket.waitForBytesWritten(300)
            socket.disconnectFromServer()
