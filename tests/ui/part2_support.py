"""Helpers for the part-2 UI tests (composer, Requests, Due, Statistics): a real vault opened on the
real DbWorker thread, a fake date, and a PageContext-like object the pages are built from."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtWidgets import QApplication

from app.kdf import KdfParams
from app.vault import Vault
from tests.conftest import load_reference_scenario
from ui.clipboard import ClipboardService
from ui.tasks import DbWorker

T = TypeVar("T")
PASSPHRASE = "part two test passphrase"


class FakeToday:
    """The date the pages see; tests move it forward instead of waiting."""

    def __init__(self, day: dt.date) -> None:
        self.day = day

    def __call__(self) -> dt.date:
        return self.day

    def advance(self, days: int) -> None:
        self.day += dt.timedelta(days=days)


@dataclass
class FakeContext:
    """The parts of ui.main_window.PageContext the part-2 pages use, plus the injected date."""

    worker: DbWorker
    clipboard: ClipboardService
    today: FakeToday
    vault_path: Path
    navigations: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    settings: Any = None

    def navigate(self, key: str, **kwargs: Any) -> None:
        self.navigations.append((key, kwargs))

    def show_message(self, text: str, level: Any = None) -> None:
        self.navigations.append(("message", {"text": text}))

    def rule_library(self) -> Any:
        from app.rules import load_library

        return load_library()


def scenario_facts(name: str, **changes: Any) -> dict[str, Any]:
    data = load_reference_scenario(name)
    facts = dict(data["facts"])
    facts.update(changes)
    return facts


def create_vault(path: Path) -> Path:
    Vault.create(path, PASSPHRASE, KdfParams()).close()
    return path


def open_worker(qtbot: Any, path: Path) -> DbWorker:
    worker = DbWorker()
    opened: list[Path] = []
    failures: list[BaseException] = []
    worker.open_vault(path, bytearray(PASSPHRASE.encode()), create=False,
                      on_success=opened.append, on_failure=failures.append)
    qtbot.waitUntil(lambda: bool(opened or failures), timeout=20_000)
    assert not failures, failures
    return worker


def call(worker: DbWorker, fn: Callable[[Any], T]) -> T:
    """Run `fn(vault)` on the worker thread and wait for it (test setup only)."""
    box: dict[str, Any] = {}

    def job(vault: Any) -> None:
        try:
            box["result"] = fn(vault)
        except BaseException as exc:  # noqa: BLE001 - re-raised on the test thread
            box["error"] = exc

    worker.submit(job, lambda _r: None, lambda _e: None)
    assert worker.wait_idle(60)
    QApplication.processEvents()
    if "error" in box:
        raise box["error"]
    return box["result"]  # type: ignore[no-any-return]
