"""The DB worker thread never holds the last reference to what an op hands back to the GUI thread.

Regression test for the random segfaults of the composer tests: the executor's work item kept
`job -> callbacks -> DbOp -> parent widget` alive on the worker thread after the GUI thread had run the
callback. When the GUI thread then dropped its own references (a test returning, a page dropping a
dialog), the worker thread's final decref made shiboken run a Python-owned QWidget's C++ destructor
on the worker thread, racing the GUI thread's painting.

The race window is the moment after the job announced its result and before the worker thread lets
go of the work item. The test holds the worker thread in exactly that window (it keeps the submitted
callable and waits) and checks that everything the op captured was already released on the GUI thread.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable, Iterator
from concurrent.futures import Future
from typing import Any

import pytest
from PySide6.QtCore import QObject

from ui.tasks import DbOp, DbWorker


class Captured:
    """Stands for a widget a callback captures: records the thread it is released on."""


@pytest.fixture
def lingering_worker(monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[DbWorker, threading.Event]]:
    """A DbWorker whose thread, after each job, keeps the submitted callable until released."""
    worker = DbWorker()
    release = threading.Event()
    real_submit = worker._executor.submit

    def submit_and_linger(fn: Callable[[], None]) -> Future[None]:
        def run_then_linger() -> None:
            fn()
            release.wait(10)  # still holding `fn`, as the executor does until `del work_item`

        return real_submit(run_then_linger)

    monkeypatch.setattr(worker._executor, "submit", submit_and_linger)
    yield worker, release
    release.set()
    worker.shutdown()


def watch(obj: object) -> list[str]:
    released_on: list[str] = []
    weakref.finalize(obj, lambda: released_on.append(threading.current_thread().name))
    return released_on


@pytest.mark.parametrize("fails", [False, True], ids=["success", "failure"])
def test_callbacks_and_op_are_released_on_the_gui_thread(
    qtbot: Any, lingering_worker: tuple[DbWorker, threading.Event], fails: bool
) -> None:
    worker, _release = lingering_worker
    in_callback, in_op = Captured(), Captured()
    callback_released, op_released = watch(in_callback), watch(in_op)
    results: list[object] = []

    def op(_vault: Any, held: Captured = in_op) -> int:
        if fails:
            raise ValueError("the op failed")  # its traceback holds this frame, and so `held`
        return 42

    def done(value: object, held: Captured = in_callback) -> None:
        results.append(value)

    worker.submit(op, done, done, needs_vault=False)
    del in_callback, in_op, op, done
    qtbot.waitUntil(lambda: bool(results), timeout=10_000)
    results.clear()  # the failure's traceback, if any, goes with it
    main = threading.main_thread().name
    assert callback_released == [main] and op_released == [main]


def test_a_dbop_parent_is_released_on_the_gui_thread(
    qtbot: Any, lingering_worker: tuple[DbWorker, threading.Event]
) -> None:
    worker, _release = lingering_worker
    parent = QObject()  # Python-owned, like a dialog made without a parent: freed with its wrapper
    released_on = watch(parent)
    delivered: list[object] = []
    # No vault is open, so the op fails with VaultLocked: the failure path is the one that runs.
    DbOp(worker, parent, lambda _v: 7).success(delivered.append).failure(delivered.append).run()
    del parent
    qtbot.waitUntil(lambda: bool(delivered), timeout=10_000)
    delivered.clear()
    assert released_on == [threading.main_thread().name]
