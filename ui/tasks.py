"""Background work for the UI (ARCHITECTURE lesson 3). SHARED INFRASTRUCTURE — stable API.

The vault lives on ONE worker thread: `DbWorker` opens the sqlcipher3 connection there (Vault.open /
Vault.create run on that thread) and every database operation runs there, one after the other, in
the order submitted. The GUI thread never waits on SQLCipher. Results come back to the GUI thread
through a queued signal; a callback whose `parent` QObject has died in the meantime is dropped (as
KeePassXC's AsyncTask does), so a page that was closed or torn down by locking never sees late data.

Usage (any page):

    DbOp(session.worker, self, lambda vault: records.get_record(vault, rid)) \
        .success(self.show_record).failure(self.show_error).run()

`op` receives the open `app.vault.Vault` and runs on the worker thread: it must not touch widgets.
Without `.failure(...)`, `ui.errors.show_exception` runs (expected errors as a plain warning,
anything else as the "something went wrong" dialog). While the vault is locked every op fails with
`app.errors.VaultLocked` and nothing is written (TEST-MATRIX L2).

Ordering guarantees locking relies on: `DbWorker.close_vault()` is queued behind every op submitted
before it, so a write that started before the lock commits (or rolls back inside `Vault.write()`)
before the connection is closed (TEST-MATRIX L1).

Network calls use `ui.net_task.CancellableNetOp` (its own thread, never the vault's, with Cancel).

Thread affinity of the LAST reference: the worker thread never keeps a reference to an op, its
callbacks or its result once it has announced the result. Callbacks stay in a GUI-thread table keyed
by a token; the worker only sends the token. Otherwise (as before this rule) the executor's work item
could still hold `job -> callbacks -> DbOp -> parent widget` while the GUI thread had already run the
callback and dropped its own references; the worker thread's final decref then made shiboken run a
Python-owned widget's C++ destructor on the worker thread (a LetterComposerDialog with its QPdfView),
racing the GUI thread's painting: random segfaults in QWidgetRepaintManager / QPdfView::paintEvent /
QAbstractScrollArea::viewport(), "pure virtual method called".
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Qt, Signal, Slot

from app.errors import VaultLocked

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    """Lives on the GUI thread; emitting `deliver` from the worker queues the closure to the GUI thread."""

    deliver = Signal(object)

    def __init__(self) -> None:
        super().__init__()
        self.deliver.connect(self._run)

    @Slot(object)
    def _run(self, closure: Callable[[], None]) -> None:
        closure()


class DbWorker(QObject):
    """Owns the single database thread and the vault object that lives on it."""

    busy_changed = Signal(bool)  # True while at least one op is queued or running
    vault_opened = Signal(str)  # vault path
    vault_closed = Signal()
    _outcome_ready = Signal(int)  # emitted on the worker thread with the token of a finished op

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="faceledger-db")
        self._vault: Any = None  # app.vault.Vault; touched only on the worker thread
        # token -> (on_success, on_failure); GUI thread only, so callbacks (and the widgets they
        # reach) are released on the GUI thread (see "Thread affinity" above).
        self._callbacks: dict[int, tuple[Callable[[Any], None], Callable[[BaseException], None]]] = {}
        self._next_token = 0
        # token -> (succeeded, result or exception); filled on the worker, taken on the GUI thread.
        self._outcomes: dict[int, tuple[bool, Any]] = {}
        self._outcomes_lock = threading.Lock()
        self._outcome_ready.connect(self._deliver_outcome, Qt.ConnectionType.QueuedConnection)
        self._pending = 0
        self._pending_lock = threading.Lock()
        self._shut_down = False
        self._is_open = False  # GUI-thread view of whether the vault is open

    # --- state seen from the GUI thread -----------------------------------------------------------
    @property
    def is_open(self) -> bool:
        return self._is_open

    @property
    def pending(self) -> int:
        with self._pending_lock:
            return self._pending

    # --- submitting ------------------------------------------------------------------------------
    def submit(
        self,
        fn: Callable[[Any], T],
        on_success: Callable[[T], None],
        on_failure: Callable[[BaseException], None],
        *,
        needs_vault: bool = True,
    ) -> Future[None] | None:
        """Queue `fn(vault)` on the worker thread; callbacks run on the GUI thread."""
        if self._shut_down:
            on_failure(VaultLocked("the app is closing"))
            return None
        self._change_pending(+1)
        self._next_token += 1
        token = self._next_token
        self._callbacks[token] = (on_success, on_failure)
        handed_over = [fn]  # the worker takes the op out, so the work item itself keeps no reference

        def job() -> None:
            op = handed_over.pop()
            try:
                vault = self._vault
                if needs_vault and (vault is None or getattr(vault, "is_locked", False)):
                    raise VaultLocked("the vault is locked")
                outcome: tuple[bool, Any] = (True, op(vault))
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
                outcome = (False, exc)
            # Drop every reference this thread holds BEFORE announcing the result: once the token is
            # sent, the GUI thread may finish with the result at any moment, and the last reference
            # must be released there (a QWidget destroyed on this thread corrupts the GUI).
            del op
            with self._outcomes_lock:
                self._outcomes[token] = outcome
            del outcome
            self._outcome_ready.emit(token)

        return self._executor.submit(job)

    @Slot(int)
    def _deliver_outcome(self, token: int) -> None:
        """GUI thread: hand a finished op's result to its callback."""
        with self._outcomes_lock:
            succeeded, value = self._outcomes.pop(token)
        on_success, on_failure = self._callbacks.pop(token)
        self._finish(on_success if succeeded else on_failure, value)

    def _finish(self, callback: Callable[[Any], None], value: Any) -> None:
        self._change_pending(-1)
        callback(value)

    def _change_pending(self, delta: int) -> None:
        with self._pending_lock:
            before = self._pending
            self._pending += delta
            after = self._pending
        if (before == 0) != (after == 0):
            self.busy_changed.emit(after > 0)

    # --- opening and closing (run on the worker thread, results on the GUI thread) ---------------
    def open_vault(
        self,
        path: Path,
        passphrase: bytearray,
        *,
        create: bool,
        on_success: Callable[[Path], None],
        on_failure: Callable[[BaseException], None],
    ) -> None:
        """Open (or create) the vault on the worker thread. The passphrase bytearray is zeroed after use."""

        def job(_unused: Any) -> Path:
            from app.vault import Vault

            try:
                if self._vault is not None:
                    self._close_on_worker()
                self._vault = Vault.create(path, passphrase) if create else Vault.open(path, passphrase)
                return Path(self._vault.path)
            finally:
                for i in range(len(passphrase)):
                    passphrase[i] = 0

        def opened(result: Path) -> None:
            self._is_open = True
            self.vault_opened.emit(str(result))
            on_success(result)

        self.submit(job, opened, on_failure, needs_vault=False)

    def close_vault(self, on_closed: Callable[[], None] | None = None) -> None:
        """Queue closing the connection behind every op already submitted (they finish first)."""
        self._is_open = False

        def job(_unused: Any) -> None:
            self._close_on_worker()

        def closed(_result: None) -> None:
            self.vault_closed.emit()
            if on_closed is not None:
                on_closed()

        def failed(exc: BaseException) -> None:
            log.error("closing the vault failed: %s", exc.__class__.__name__)
            closed(None)

        self.submit(job, closed, failed, needs_vault=False)

    def _close_on_worker(self) -> None:
        vault, self._vault = self._vault, None
        if vault is not None:
            try:
                vault.lock()
            finally:
                close = getattr(vault, "close", None)
                if close is not None:
                    close()

    def shutdown(self) -> None:
        """Close the vault and stop the thread, waiting for it (quit, test teardown)."""
        if self._shut_down:
            return
        self._is_open = False
        self._executor.submit(self._close_on_worker)
        self._shut_down = True
        self._executor.shutdown(wait=True)
        self._pending = 0

    def wait_idle(self, timeout: float = 10.0) -> bool:
        """Block until every op queued so far ran (tests and quit only; never from UI code paths)."""
        if self._shut_down:
            return True
        marker = self._executor.submit(lambda: None)
        try:
            marker.result(timeout)
        except TimeoutError:
            return False
        return True


def _default_failure(parent: QObject | None) -> Callable[[BaseException], None]:
    def handler(exc: BaseException) -> None:
        from ui import errors

        widget = parent if parent is not None and shiboken6.isValid(parent) else None
        errors.show_exception(exc, widget)  # type: ignore[arg-type]

    return handler


class DbOp(Generic[T]):
    """A database operation: `DbOp(worker, parent, op).success(cb).failure(cb).run()`."""

    def __init__(self, worker: DbWorker, parent: QObject | None, op: Callable[[Any], T]) -> None:
        self._worker = worker
        self._parent = parent
        self._op = op
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._progress_label: str | None = None

    def success(self, callback: Callable[[T], None]) -> DbOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> DbOp[T]:
        self._on_failure = callback
        return self

    def with_progress(self, label: str) -> DbOp[T]:
        """Show `label` in the main window's status bar while the op runs."""
        self._progress_label = label
        return self

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def run(self) -> None:
        on_failure = self._on_failure or _default_failure(self._parent)
        progress = ProgressReporter.instance_for(self._parent) if self._progress_label else None
        token = progress.start(self._progress_label or "") if progress else None

        def succeeded(result: T) -> None:
            if progress is not None and token is not None:
                progress.finish(token)
            if self._alive() and self._on_success is not None:
                self._on_success(result)

        def failed(exc: BaseException) -> None:
            if progress is not None and token is not None:
                progress.finish(token)
            if self._alive():
                on_failure(exc)
            else:
                log.info("dropped the failure of an op whose widget is gone: %s", exc.__class__.__name__)

        self._worker.submit(self._op, succeeded, failed)


class ProgressReporter(QObject):
    """Status-bar progress for ops started `with_progress`. The main window installs one."""

    changed = Signal(str)  # the label to show, "" when nothing runs
    _instance: ProgressReporter | None = None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._labels: dict[int, str] = {}
        self._next = 0
        ProgressReporter._instance = self

    @classmethod
    def instance_for(cls, _parent: QObject | None) -> ProgressReporter | None:
        inst = cls._instance
        return inst if inst is not None and shiboken6.isValid(inst) else None

    def start(self, label: str) -> int:
        self._next += 1
        self._labels[self._next] = label
        self.changed.emit(label)
        return self._next

    def finish(self, token: int) -> None:
        self._labels.pop(token, None)
        self.changed.emit(next(reversed(self._labels.values()), "") if self._labels else "")
