"""Network work off the GUI thread, with Cancel (ARCHITECTURE lessons 3 and 14).

`ui.tasks.NetOp` runs a call on a small shared pool but cannot be cancelled. Checking for a rule
update can take up to the fetch deadline (120 s), so the Settings panel needs a Cancel button that
works while bytes trickle in: `CancellableNetOp` runs `fn(is_cancelled)` on a plain daemon thread —
never the database thread, so a slow server can not hold up vault work — and `cancel()` sets the
flag the core polls between network chunks (app/update/fetch.py raises UpdateCancelled).

Results come back to the GUI thread through a queued signal. A callback whose `parent` widget has
died meanwhile (the page was torn down by locking) is dropped, as DbOp does.

    op = CancellableNetOp(self, lambda is_cancelled: check_for_update(is_cancelled=is_cancelled))
    op.success(self.show_result).failure(self.show_error).run()
    ...
    op.cancel()
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject

from ui.tasks import _default_failure, _Relay

log = logging.getLogger(__name__)

T = TypeVar("T")


class CancellableNetOp(Generic[T]):
    """`CancellableNetOp(parent, fn).success(cb).failure(cb).run()`; `cancel()` asks it to stop."""

    def __init__(self, parent: QObject | None, fn: Callable[[Callable[[], bool]], T]) -> None:
        self._parent = parent
        self._fn = fn
        self._cancel = threading.Event()
        self._on_success: Callable[[T], None] | None = None
        self._on_failure: Callable[[BaseException], None] | None = None
        self._relay = _Relay()
        self.thread: threading.Thread | None = None
        self.finished = False

    def success(self, callback: Callable[[T], None]) -> CancellableNetOp[T]:
        self._on_success = callback
        return self

    def failure(self, callback: Callable[[BaseException], None]) -> CancellableNetOp[T]:
        self._on_failure = callback
        return self

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def is_running(self) -> bool:
        return self.thread is not None and not self.finished

    def _alive(self) -> bool:
        return self._parent is None or shiboken6.isValid(self._parent)

    def _deliver(self, callback: Callable[[Any], None] | None, value: Any) -> None:
        self.finished = True
        if callback is not None and self._alive():
            callback(value)
        elif callback is not None:
            log.info("dropped the result of a network op whose widget is gone")

    def run(self) -> CancellableNetOp[T]:
        relay = self._relay
        on_failure = self._on_failure or _default_failure(self._parent)

        def work() -> None:
            try:
                result = self._fn(self._cancel.is_set)
            except BaseException as exc:  # noqa: BLE001 - every failure goes back to the GUI thread
                failure = exc
                relay.deliver.emit(lambda: self._deliver(on_failure, failure))
            else:
                relay.deliver.emit(lambda: self._deliver(self._on_success, result))

        self.thread = threading.Thread(target=work, name="faceledger-net-cancellable", daemon=True)
        self.thread.start()
        return self

    def wait(self, timeout: float | None = None) -> bool:
        """Block until the thread ended (tests and quit only)."""
        if self.thread is None:
            return True
        self.thread.join(timeout)
        return not self.thread.is_alive()
