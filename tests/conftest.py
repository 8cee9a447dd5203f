"""Shared fixtures: every test gets private config/data/state folders and never touches the network."""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED = REPO.parent / "shared"

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(autouse=True)
def private_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    for name in ("CONFIG", "DATA", "STATE"):
        d = home / name.lower()
        d.mkdir(parents=True)
        monkeypatch.setenv(f"FACELEDGER_{name}_DIR", str(d))
    monkeypatch.delenv("FACELEDGER_PASSPHRASE", raising=False)
    return home


@pytest.fixture(autouse=True)
def no_internet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Connections are allowed to loopback only (test servers); anything else is a test bug."""
    real_connect = socket.socket.connect

    def guarded(self: socket.socket, address: object) -> object:
        if isinstance(address, tuple) and address and isinstance(address[0], str):
            host = address[0]
            if not (host.startswith("127.") or host in ("::1", "localhost")):
                raise OSError(f"test tried to reach the network: {address!r}")
        return real_connect(self, address)  # type: ignore[arg-type]

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def cyclic_gc_outside_qt(request: pytest.FixtureRequest) -> object:
    """ui.application.Application turns automatic garbage collection off (it collects on the GUI
    thread from a timer). The Qt-free tests run in the same process after the UI tests, so they get
    the ordinary collector back."""
    import gc

    if "tests/ui/" in str(request.node.fspath).replace("\\", "/"):
        yield None
        return
    was_enabled = gc.isenabled()
    gc.enable()
    yield None
    if not was_enabled:
        gc.disable()
