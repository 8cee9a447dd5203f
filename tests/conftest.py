"""Shared fixtures: every test gets private config/data/state folders and never touches the network."""

from __future__ import annotations

import json
import os
import socket
from pathlib import Path
from typing import Any

import pytest

REPO = Path(__file__).resolve().parents[1]
# Everything the tests read lives in the repository (a clone must test alone; test_standalone.py checks).
FIXTURES = REPO / "tests" / "fixtures"
# Our own rule scenarios (the format is described in tests/unit/test_rules_scenarios.py) ...
SCENARIOS = FIXTURES / "scenarios"
# ... and verbatim copies of the project's four public reference scenarios (legal/scenarios/).
REFERENCE_SCENARIOS = SCENARIOS / "reference"
# sha256sum list of the shipped statute texts and facts schema as received from the official sources.
OFFICIAL_SOURCES_SHA256 = FIXTURES / "official-sources.sha256"


def load_reference_scenario(name: str) -> dict[str, Any]:
    """One of the public reference scenarios (e.g. "residential-gate-beijing") as a dict."""
    data: dict[str, Any] = json.loads((REFERENCE_SCENARIOS / f"{name}.json").read_text(encoding="utf-8"))
    return data


def official_sha256(repo_path: str) -> str:
    """The checksum recorded for a shipped official source, e.g. "resources/texts/pipl.md"."""
    for line in OFFICIAL_SOURCES_SHA256.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            digest, name = line.split(maxsplit=1)
            if name == repo_path:
                return digest
    raise KeyError(f"{repo_path} is not in {OFFICIAL_SOURCES_SHA256.name}")


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
