"""Settings → Rule updates against a real, deliberately slow HTTPS server on 127.0.0.1.

The check runs off the GUI thread: a QTimer keeps firing while the server takes its time, Cancel
stops a trickling download, and a verified newer pack is offered and installed for real (the
update status afterwards says it is in use).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer

from app.errors import UpdateCancelled
from app.update.service import update_status
from app.update.settings import configure_updates, load_update_settings
from tests.unit.test_update_helpers import (
    HttpsServer,
    TlsFiles,
    built_in_version,
    make_pack,
    make_tls_files,
    new_key,
    run_https_server,
    serve_trickle,
    trust_key,
)
from ui.pages.update_settings import UpdateSettingsBox


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    names = ("HTTPS_PROXY", "https_proxy", "ALL_PROXY", "all_proxy", "REQUESTS_CA_BUNDLE", "CURL_CA_BUNDLE")
    for name in names:
        monkeypatch.delenv(name, raising=False)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(tls: TlsFiles) -> Iterator[HttpsServer]:
    yield from run_https_server(tls)


def newer_version() -> str:
    parts = built_in_version().split(".")
    parts[-1] = str(int(parts[-1]) + 1)
    return ".".join(parts)


def slow_body(body: bytes, delay: float) -> Any:
    def route(h: Any) -> None:
        time.sleep(delay)  # the answer takes a while: the window must not wait for it
        h.send_body(body)

    return route


def make_box(qtbot: Any) -> UpdateSettingsBox:
    box = UpdateSettingsBox(None)
    qtbot.addWidget(box)
    box.show()
    return box


def test_off_by_default_and_check_needs_opt_in(qtbot: Any) -> None:
    box = make_box(qtbot)
    assert not box.enabled_check.isChecked()
    assert not box.check_button.isEnabled()
    assert "built into the app" in box.in_use_label.text()
    assert box.built_in_label.text() == built_in_version()
    assert box.installed_label.text() == "None"
    # Turning it on without an address is refused inline and stays off.
    box.enabled_check.setChecked(True)
    assert not box.enabled_check.isChecked() and not load_update_settings().enabled
    assert box.banner.isVisible()
    # A plain http:// address is refused too; nothing is saved.
    box.url_edit.setText("http://example.org/pack")
    assert box.save_url() is False
    assert load_update_settings().url == ""


def test_check_stays_responsive_then_install(qtbot: Any, server: HttpsServer, tls: TlsFiles) -> None:
    key = new_key()
    trust_key(key)
    version = newer_version()
    url = server.route("/pack", slow_body(make_pack(key, version), 1.5))
    configure_updates(ca_bundle=str(tls.ca_pem))
    box = make_box(qtbot)
    box.url_edit.setText(url)
    box.enabled_check.setChecked(True)
    assert load_update_settings().enabled and load_update_settings().url == url
    assert box.check_button.isEnabled()

    ticks: list[float] = []
    timer = QTimer()
    timer.setInterval(50)
    timer.timeout.connect(lambda: ticks.append(time.monotonic()))
    timer.start()
    with qtbot.waitSignal(box.check_finished, timeout=20_000) as finished:
        box.check_button.click()
        assert box.progress.isVisible() and box.cancel_button.isVisible()
        assert not box.check_button.isEnabled()
    timer.stop()
    assert finished.args == [True]
    # The GUI thread kept running its timer while the server took 1.5 s to answer.
    assert len(ticks) >= 15, len(ticks)
    assert max(b - a for a, b in zip(ticks, ticks[1:], strict=False)) < 0.5
    assert box.install_button.isVisible()
    assert version in box.status_label.text() and "Test group" in box.status_label.text()
    assert update_status().installed_version is None  # checking installs nothing

    with qtbot.waitSignal(box.installed, timeout=20_000):
        box.install_button.click()
    status = update_status()
    assert status.installed_version == version and status.in_use == "pack"
    assert version in box.in_use_label.text() and "update pack" in box.in_use_label.text()
    assert status.signer_fingerprint in box.fingerprint_label.text()
    assert box.publisher_label.text() == "Test group"
    assert not box.install_button.isVisible()

    # Checking again: up to date, nothing offered.
    with qtbot.waitSignal(box.check_finished, timeout=20_000) as again:
        box.check_button.click()
    assert again.args == [False]
    assert "Up to date" in box.status_label.text()


def test_cancel_stops_a_trickling_download(qtbot: Any, server: HttpsServer, tls: TlsFiles) -> None:
    url = server.route("/slow", serve_trickle(interval=0.2, max_bytes=200))  # 40 s if not cancelled
    configure_updates(url=url, enabled=True, ca_bundle=str(tls.ca_pem))
    box = make_box(qtbot)
    assert box.enabled_check.isChecked()
    box.check_button.click()
    qtbot.wait(600)
    assert box.op is not None and box.op.is_running()
    started = time.monotonic()
    with qtbot.waitSignal(box.check_failed, timeout=10_000) as failed:
        box.cancel_button.click()
    assert isinstance(failed.args[0], UpdateCancelled)
    assert time.monotonic() - started < 5
    assert "Cancelled" in box.status_label.text()
    assert box.check_button.isEnabled() and not box.progress.isVisible()
    assert update_status().installed_version is None


def test_a_refused_pack_is_shown_inline(qtbot: Any, server: HttpsServer, tls: TlsFiles) -> None:
    untrusted = new_key()  # never trusted: the signature check refuses it
    url = server.route("/pack", slow_body(make_pack(untrusted, newer_version()), 0))
    configure_updates(url=url, enabled=True, ca_bundle=str(tls.ca_pem))
    box = make_box(qtbot)
    with qtbot.waitSignal(box.check_failed, timeout=20_000):
        box.check_button.click()
    assert box.banner.isVisible()
    assert "signature" in box.banner.text().lower() or "trusted" in box.banner.text().lower()
    assert not box.install_button.isVisible()
    assert "refused" in box.last_check_label.text()


def test_settings_page_embeds_the_section(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    from tests.ui.conftest import unlock

    window = make_window(real_vault)
    unlock(qtbot, window)
    page = window.workspace.show_page("settings")
    assert isinstance(page.updates_box, UpdateSettingsBox)
    assert not page.updates_box.enabled_check.isChecked()


def test_locking_cancels_a_running_check(
    qtbot: Any, make_window: Any, real_vault: Path, server: HttpsServer, tls: TlsFiles
) -> None:
    """The Settings page is destroyed on lock; its check must not go on fetching in the background."""
    from tests.ui.conftest import unlock

    url = server.route("/slow", serve_trickle(interval=0.2, max_bytes=200))
    configure_updates(url=url, enabled=True, ca_bundle=str(tls.ca_pem))
    window = make_window(real_vault)
    unlock(qtbot, window)
    box = window.workspace.show_page("settings").updates_box
    box.check_button.click()
    op = box.op
    assert op is not None
    qtbot.wait(400)
    assert op.is_running() and not op.cancelled
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock(reason="idle")
    qtbot.waitUntil(lambda: op.cancelled, timeout=5_000)
    assert op.wait(5)
