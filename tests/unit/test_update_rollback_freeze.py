"""Check → verify → install over a real HTTPS server, and every refusal keeping the previous pack
(TEST-MATRIX U1, U2, U3). "Kept" means: the update state folder is byte-identical afterwards and
app.rules.load_library() still reports the previous version.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from app.errors import (
    InvalidInput,
    UpdateCancelled,
    UpdateError,
    UpdateExpired,
    UpdateRollbackRefused,
    UpdateTransportError,
    UpdateVerificationError,
)
from app.handlers_directory import load_handler_directory
from app.rules import load_library
from app.update import keys as trust
from app.update import store
from app.update.fetch import FetchLimits
from app.update.pack import HANDLERS_PATH, split_frame
from app.update.service import check_for_update, install_update, update_from_source, update_status
from app.update.settings import UpdateSettings, configure_updates, load_update_settings
from tests.unit.test_update_helpers import (
    HttpsServer,
    TlsFiles,
    built_in_version,
    gzip_bomb,
    library_bytes,
    make_pack,
    make_tls_files,
    new_key,
    pack_files,
    run_https_server,
    serve_bytes,
    serve_redirect,
    serve_status,
    serve_stream,
    serve_trickle,
    sign_raw_manifest,
    snapshot,
    trust_key,
)

V1 = "2026.12.1"
V2 = "2026.12.2"
FAST = FetchLimits(connect_timeout=5, read_timeout=5, total_deadline=15, attempts=2, backoff=0.05)
REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in (
        "HTTPS_PROXY",
        "https_proxy",
        "ALL_PROXY",
        "all_proxy",
        "REQUESTS_CA_BUNDLE",
        "CURL_CA_BUNDLE",
    ):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("NO_PROXY", "127.0.0.1,localhost")


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(tls: TlsFiles) -> Iterator[HttpsServer]:
    yield from run_https_server(tls)


@pytest.fixture
def group_key() -> object:
    key = new_key()
    trust_key(key)
    return key


def fetch_and_install(url: str, tls: TlsFiles, limits: FetchLimits = FAST) -> object:
    return update_from_source(UpdateSettings(), url=url, ca_bundle=str(tls.ca_pem), limits=limits)


@pytest.fixture
def installed_v1(server: HttpsServer, tls: TlsFiles, group_key: object) -> dict[str, bytes]:
    url = server.route("/v1", serve_bytes(make_pack(group_key, V1)))  # type: ignore[arg-type]
    fetch_and_install(url, tls)
    assert load_library().version == V1
    return snapshot(store.updates_dir())


def test_off_by_default_nothing_is_fetched(server: HttpsServer) -> None:
    server.route("/v1", serve_bytes(b"x"))
    assert load_update_settings() == UpdateSettings()
    with pytest.raises(InvalidInput, match="updates are off"):
        check_for_update()
    assert server.hits("/v1") == 0
    assert update_status().enabled is False


def test_good_pack_installs_and_the_rule_library_reports_it(
    server: HttpsServer, tls: TlsFiles, group_key: object
) -> None:
    assert load_library().version == built_in_version()
    url = server.route("/v1", serve_bytes(make_pack(group_key, V1)))  # type: ignore[arg-type]
    configure_updates(url=url, ca_bundle=str(tls.ca_pem), enabled=True)

    result = check_for_update(limits=FAST)
    assert result.available and result.offered_version == V1 and result.pack is not None
    assert store.installed_version() is None  # --check installs nothing

    installed = install_update(result.pack)
    assert installed.version == V1
    assert store.installed_version() == V1
    assert load_library().version == V1
    directory = load_handler_directory()
    assert len(directory.entries) == 2 and directory.origin == f"pack v{V1}"
    status = update_status()
    assert (status.in_use, status.version_in_use, status.installed_version) == ("pack", V1, V1)
    assert status.last_ok and "installed version" in status.last_result
    assert status.signer_name == "Test group" and status.problem == ""

    # The same pack again is "up to date", not an error; a newer one installs over it.
    again = check_for_update(limits=FAST)
    assert not again.available and "up to date" in again.message
    server.route("/v1", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]
    update_from_source(limits=FAST)
    assert load_library().version == V2
    packs = sorted(p.name for p in (store.updates_dir() / "packs").iterdir())
    assert len(packs) == 1 and packs[0].startswith(V2 + "-")  # the old pack folder was removed


def _tampered_manifest(key: object) -> bytes:
    data = bytearray(make_pack(key, V2))  # type: ignore[arg-type]
    index = data.index(b'"publisher"')
    data[index + 1] ^= 0x01
    return bytes(data)


def _tampered_payload(key: object) -> bytes:
    data = bytearray(make_pack(key, V2))  # type: ignore[arg-type]
    data[-20] ^= 0x01
    return bytes(data)


def _hash_mismatch(key: object) -> bytes:
    good = make_pack(key, V2)  # type: ignore[arg-type]
    manifest, _sig, payload = split_frame(good)
    doc = json.loads(manifest)
    doc["files"][0]["sha256"] = "ab" * 32
    return sign_raw_manifest(key, json.dumps(doc).encode(), payload)  # type: ignore[arg-type]


def _broken_library(key: object) -> bytes:
    doc = json.loads(library_bytes(V2))
    doc["grounds"][0]["cites"] = [{"citation": {"instrument": "PIPL", "article": "999"}}]
    files = {"rules/library.json": json.dumps(doc, ensure_ascii=False).encode(), **{}}
    return make_pack(key, V2, files=files)  # type: ignore[arg-type]


def _bad_handler_directory(key: object) -> bytes:
    files = pack_files(V2)
    doc = json.loads(files[HANDLERS_PATH])
    doc["entries"][0]["uscc"] = doc["entries"][0]["uscc"][:-1] + (
        "0" if doc["entries"][0]["uscc"][-1] != "0" else "1"
    )
    files[HANDLERS_PATH] = json.dumps(doc, ensure_ascii=False).encode()
    return make_pack(key, V2, files=files)  # type: ignore[arg-type]


NOW = datetime.now(UTC).replace(microsecond=0)
REFUSALS: dict[str, tuple[Callable[[object], bytes], type[UpdateError], str]] = {
    "wrong key": (lambda k: make_pack(new_key(), V2), UpdateVerificationError, "not signed by a trusted key"),
    "tampered manifest": (_tampered_manifest, UpdateVerificationError, "not signed by a trusted key"),
    "tampered payload": (_tampered_payload, UpdateVerificationError, "SHA-256"),
    "hash mismatch": (_hash_mismatch, UpdateVerificationError, "SHA-256"),
    "truncated": (lambda k: make_pack(k, V2)[:200], UpdateVerificationError, "truncated"),  # type: ignore[arg-type]
    "rollback": (lambda k: make_pack(k, "2026.11.30"), UpdateRollbackRefused, "older than the installed"),  # type: ignore[arg-type]
    "same version, other content": (
        lambda k: make_pack(k, V1, files=pack_files(V1, handlers=False)),  # type: ignore[arg-type]
        UpdateRollbackRefused,
        "different content",
    ),
    "expired": (
        lambda k: make_pack(k, V2, issued=NOW - timedelta(days=60), expires=NOW - timedelta(days=1)),  # type: ignore[arg-type]
        UpdateExpired,
        "expired",
    ),
    "issued in the future": (
        lambda k: make_pack(k, V2, issued=NOW + timedelta(days=3), expires=NOW + timedelta(days=30)),  # type: ignore[arg-type]
        UpdateExpired,
        "in the future",
    ),
    "needs a newer app": (
        lambda k: make_pack(k, V2, min_app_version="99.0"),  # type: ignore[arg-type]
        UpdateVerificationError,
        "needs FaceLedger 99.0",
    ),
    "rules do not load": (_broken_library, UpdateVerificationError, "does not load"),
    "rules declare another version": (
        lambda k: make_pack(k, V2, files={"rules/library.json": library_bytes("2026.12.9")}),  # type: ignore[arg-type]
        UpdateVerificationError,
        "rule library says 2026.12.9",
    ),
    "bad handler directory": (_bad_handler_directory, UpdateVerificationError, "handler directory"),
}


@pytest.mark.parametrize("case", sorted(REFUSALS))
def test_bad_packs_are_refused_and_the_previous_pack_is_kept(
    case: str, server: HttpsServer, tls: TlsFiles, group_key: object, installed_v1: dict[str, bytes]
) -> None:
    make, error, message = REFUSALS[case]
    url = server.route("/bad", serve_bytes(make(group_key)))
    with pytest.raises(error, match=message):
        fetch_and_install(url, tls)
    assert snapshot(store.updates_dir()) == installed_v1
    assert load_library().version == V1
    status = update_status()
    assert not status.last_ok and status.last_result.startswith("refused")


TRANSPORT_FAILURES: dict[str, tuple[Callable[[HttpsServer, bytes], object], str]] = {
    "redirect to http": (lambda s, good: serve_redirect(f"http://127.0.0.1:{s.port}/good"), "non-HTTPS"),
    "50 MB body": (
        lambda s, good: serve_stream(50 * 1024 * 1024, content_length=False),
        "larger than the limit",
    ),
    "gzip bomb": (
        lambda s, good: serve_bytes(gzip_bomb(50 * 1024 * 1024), **{"Content-Encoding": "gzip"}),
        "larger than the limit",
    ),
    "slow server": (lambda s, good: serve_trickle(interval=0.5, max_bytes=40), "within 2 s"),
    "500 errors": (lambda s, good: serve_status(500), "HTTP 500"),
}


@pytest.mark.parametrize("case", sorted(TRANSPORT_FAILURES))
def test_transport_failures_keep_the_previous_pack(
    case: str, server: HttpsServer, tls: TlsFiles, group_key: object, installed_v1: dict[str, bytes]
) -> None:
    good = make_pack(group_key, V2)  # type: ignore[arg-type]
    server.route("/good", serve_bytes(good))
    route, message = TRANSPORT_FAILURES[case]
    url = server.route("/bad", route(server, good))  # type: ignore[arg-type]
    limits = FetchLimits(connect_timeout=5, read_timeout=5, total_deadline=2, attempts=2, backoff=0.05)
    with pytest.raises(UpdateTransportError, match=message):
        fetch_and_install(url, tls, limits)
    assert snapshot(store.updates_dir()) == installed_v1
    assert load_library().version == V1


def test_untrusted_self_signed_certificate_keeps_the_previous_pack(
    server: HttpsServer, group_key: object, installed_v1: dict[str, bytes]
) -> None:
    url = server.route("/good", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]
    with pytest.raises(UpdateTransportError, match="TLS certificate"):
        update_from_source(UpdateSettings(), url=url, limits=FAST)  # no CA given: system trust only
    assert snapshot(store.updates_dir()) == installed_v1
    assert server.hits("/good") == 0


def test_crash_between_verify_and_persist_keeps_old_pack_and_old_state(
    server: HttpsServer,
    tls: TlsFiles,
    group_key: object,
    installed_v1: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = server.route("/v2", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]

    def crash(state: object) -> None:
        raise RuntimeError("simulated crash before the state is persisted")

    with monkeypatch.context() as patch:
        patch.setattr(store, "_commit_state", crash)
        with pytest.raises(RuntimeError, match="simulated crash"):
            fetch_and_install(url, tls)
    assert snapshot(store.updates_dir()) == installed_v1  # no half-written folder left behind either
    assert load_library().version == V1
    fetch_and_install(url, tls)  # after the "restart" the same pack installs normally
    assert load_library().version == V2


def test_crash_while_writing_the_payload_keeps_old_pack(
    server: HttpsServer,
    tls: TlsFiles,
    group_key: object,
    installed_v1: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    url = server.route("/v2", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]
    real_write = store.write_file_durably
    calls = {"n": 0}

    def failing_write(path: Path, data: bytes, mode: int = 0o600) -> None:
        calls["n"] += 1
        if calls["n"] == 3:
            raise OSError(28, "No space left on device")
        real_write(path, data, mode)

    monkeypatch.setattr(store, "write_file_durably", failing_write)
    with pytest.raises(UpdateError, match="No space left on device.*previous pack stays in use"):
        fetch_and_install(url, tls)
    assert snapshot(store.updates_dir()) == installed_v1
    assert load_library().version == V1


def test_process_killed_before_commit_leaves_old_state_then_recovers(
    server: HttpsServer, tls: TlsFiles, group_key: object, installed_v1: dict[str, bytes]
) -> None:
    """A real crash: a child process installs with os._exit() at the last moment before the commit."""
    pack_file = store.updates_dir().parent / "v2.pack"
    pack_file.write_bytes(make_pack(group_key, V2))  # type: ignore[arg-type]
    script = textwrap.dedent(
        f"""
        import os
        from pathlib import Path
        from app.update.pack import verify_pack
        from app.update.keys import trusted_keys
        from app.update.store import install_verified
        pack = verify_pack(Path({str(pack_file)!r}).read_bytes(), trusted_keys())
        install_verified(pack, before_commit=lambda: os._exit(3))
        """
    )
    child = subprocess.run([sys.executable, "-c", script], cwd=REPO, env=dict(os.environ), timeout=60)
    assert child.returncode == 3
    after = snapshot(store.updates_dir())
    assert after["state.json"] == installed_v1["state.json"]
    assert {k: v for k, v in after.items() if k in installed_v1} == installed_v1  # old pack untouched
    assert load_library().version == V1
    url = server.route("/v2", serve_bytes(pack_file.read_bytes()))
    fetch_and_install(url, tls)
    assert load_library().version == V2
    assert len(list((store.updates_dir() / "packs").iterdir())) == 1  # the orphan was swept


def test_cancel_before_commit_keeps_old_pack(
    server: HttpsServer, tls: TlsFiles, group_key: object, installed_v1: dict[str, bytes]
) -> None:
    url = server.route("/v2", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]
    result = check_for_update(UpdateSettings(), url=url, ca_bundle=str(tls.ca_pem), limits=FAST)
    assert result.pack is not None
    with pytest.raises(UpdateCancelled):
        install_update(result.pack, is_cancelled=lambda: True)
    assert snapshot(store.updates_dir()) == installed_v1


def test_removing_the_group_key_stops_using_its_pack(
    group_key: object, installed_v1: dict[str, bytes]
) -> None:
    fingerprint = trust.describe_key(trust.public_key_of(group_key))  # type: ignore[arg-type]
    trust.remove_group_key(fingerprint)
    assert load_library().version == built_in_version()
    status = update_status()
    assert status.in_use == "built-in" and "not signed by a trusted key" in status.problem
    assert load_handler_directory().entries == ()


def test_an_installed_file_changed_on_disk_is_not_used(installed_v1: dict[str, bytes]) -> None:
    folder = store.installed_payload_dir("rules")
    assert folder is not None
    library = folder / "library.json"
    library.write_bytes(library.read_bytes().replace(b"\xe4\xb8\xaa", b"\xe4\xb8\xa4", 1))
    assert store.installed_payload_dir("rules") is None
    assert load_library().version == built_in_version()
    assert "altered or damaged" in update_status().problem


def test_a_stray_file_in_the_installed_pack_is_not_used(installed_v1: dict[str, bytes]) -> None:
    folder = store.installed_payload_dir("rules")
    assert folder is not None
    (folder / "extra.json").write_text("{}")
    assert store.installed_payload_dir("rules") is None


def test_store_refuses_rollback_even_if_the_installed_pack_became_unusable(
    group_key: object, installed_v1: dict[str, bytes]
) -> None:
    from app.update.keys import trusted_keys
    from app.update.pack import verify_pack

    older = verify_pack(make_pack(group_key, "2026.11.30"), trusted_keys())  # type: ignore[arg-type]
    (store.updates_dir() / "packs" / store.read_state().folder / "manifest.sig").write_bytes(b"\0" * 64)  # type: ignore[union-attr]
    assert store.installed_version() is None
    with pytest.raises(UpdateRollbackRefused):
        store.install_verified(older)


def test_pack_not_newer_than_the_built_in_library_is_up_to_date(
    server: HttpsServer, tls: TlsFiles, group_key: object
) -> None:
    url = server.route("/old", serve_bytes(make_pack(group_key, "2026.1.1")))  # type: ignore[arg-type]
    result = check_for_update(UpdateSettings(), url=url, ca_bundle=str(tls.ca_pem), limits=FAST)
    assert not result.available and result.version_in_use == built_in_version()
    assert store.read_state() is None


def test_damaged_state_file_means_built_in_library(installed_v1: dict[str, bytes]) -> None:
    (store.updates_dir() / "state.json").write_bytes(b"[" * 100_000)
    assert load_library().version == built_in_version()
    assert "damaged" in update_status().problem


def test_verification_is_cached_only_while_nothing_changed(installed_v1: dict[str, bytes]) -> None:
    import time as clock

    root = store.updates_dir() / "packs" / store.read_state().folder  # type: ignore[union-attr]
    past = clock.time() - 60
    for path in root.rglob("*"):
        os.utime(path, (past, past))
    first = store.installed_pack()
    assert first is not None and store.installed_pack() is first  # cached: same object
    library = root / "rules" / "library.json"
    data = bytearray(library.read_bytes())
    data[100] ^= 0x01  # same size
    library.write_bytes(bytes(data))
    os.utime(library, (past + 5, past + 5))  # old enough to be cacheable, but different from before
    assert store.installed_payload_dir("rules") is None
    assert load_library().version == built_in_version()


def test_failure_after_the_commit_keeps_the_new_pack(
    server: HttpsServer,
    tls: TlsFiles,
    group_key: object,
    installed_v1: dict[str, bytes],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """state.json already replaced, then the folder fsync fails: the committed pack must survive."""
    url = server.route("/v2", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]
    real_commit = store._commit_state

    def commit_then_fail(state: store.InstalledState) -> None:
        real_commit(state)
        raise OSError(5, "Input/output error")

    with monkeypatch.context() as patch:
        patch.setattr(store, "_commit_state", commit_then_fail)
        with pytest.raises(UpdateError, match="Input/output error"):
            fetch_and_install(url, tls)
    assert load_library().version == V2


def test_a_far_ahead_version_freezes_updates_until_its_key_is_untrusted(
    server: HttpsServer, tls: TlsFiles, group_key: object, installed_v1: dict[str, bytes]
) -> None:
    """A trusted key that signs version 9999 blocks every later honest pack (no rollback). Recovery
    is the documented one: stop trusting that key; then a pack from another trusted key installs."""
    far = server.route("/far", serve_bytes(make_pack(group_key, "9999.1.1")))  # type: ignore[arg-type]
    fetch_and_install(far, tls)
    assert load_library().version == "9999.1.1"
    honest = server.route("/v2", serve_bytes(make_pack(group_key, V2)))  # type: ignore[arg-type]
    with pytest.raises(UpdateRollbackRefused):
        fetch_and_install(honest, tls)

    trust.remove_group_key(trust.describe_key(trust.public_key_of(group_key)))  # type: ignore[arg-type]
    assert load_library().version == built_in_version()
    other = new_key()
    trust_key(other, "Replacement key")
    server.route("/v2", serve_bytes(make_pack(other, V2)))
    fetch_and_install(honest, tls)
    assert load_library().version == V2
    assert update_status().signer_name == "Replacement key"


def test_concurrent_installs_are_serialised(group_key: object, monkeypatch: pytest.MonkeyPatch) -> None:
    """While one process holds the install lock, another install waits, then gives up cleanly."""
    from app.update.keys import trusted_keys
    from app.update.pack import verify_pack

    pack = verify_pack(make_pack(group_key, V1), trusted_keys())  # type: ignore[arg-type]
    monkeypatch.setattr(store, "LOCK_WAIT_SECONDS", 0.3)
    with store.install_lock():
        with pytest.raises(UpdateError, match="another FaceLedger window is installing"):
            store.install_verified(pack)
    assert store.read_state() is None
    assert store.install_verified(pack).version == V1
