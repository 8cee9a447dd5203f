"""`faceledger update …` and `faceledger pack …` end to end: keygen → build → trust → fetch → install."""

from __future__ import annotations

import json
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from app.cli import main
from app.rules import load_library
from app.update import store
from tests.unit.test_update_helpers import (
    HttpsServer,
    TlsFiles,
    handler_directory_bytes,
    library_bytes,
    make_tls_files,
    run_https_server,
    serve_bytes,
)

VERSION = "2026.12.5"


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
    monkeypatch.delenv("FACELEDGER_PACK_KEY_PASSPHRASE", raising=False)


@pytest.fixture(scope="module")
def tls(tmp_path_factory: pytest.TempPathFactory) -> TlsFiles:
    return make_tls_files(tmp_path_factory.mktemp("tls"))


@pytest.fixture
def server(tls: TlsFiles) -> Iterator[HttpsServer]:
    yield from run_https_server(tls)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def rules_folder(tmp_path: Path, version: str) -> Path:
    folder = tmp_path / f"rules-{version}"
    folder.mkdir()
    (folder / "library.json").write_bytes(library_bytes(version))
    return folder


def test_update_is_off_by_default_and_says_so(
    capsys: pytest.CaptureFixture[str], server: HttpsServer
) -> None:
    code, out, err = run(capsys, "update")
    assert code == 0 and "updates are off" in out and err == ""
    code, out, _ = run(capsys, "update", "status", "--json")
    status = json.loads(out)
    assert code == 0 and status["enabled"] is False and status["in_use"] == "built-in"
    assert status["last_check"] == ""


def test_keygen_build_trust_update_status(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, server: HttpsServer, tls: TlsFiles
) -> None:
    key_file = tmp_path / "group.key"
    code, out, _ = run(capsys, "pack", "keygen", "--out", str(key_file))
    assert code == 0
    if sys.platform != "win32":
        assert stat.S_IMODE(key_file.stat().st_mode) == 0o600
    public = next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("public key"))
    fingerprint = next(line.split(": ", 1)[1] for line in out.splitlines() if line.startswith("fingerprint"))
    assert public.startswith("ed25519:") and len(fingerprint.replace(" ", "")) == 64
    code, _, err = run(capsys, "pack", "keygen", "--out", str(key_file))
    assert code == 2 and "refusing to overwrite" in err

    handlers = tmp_path / "directory.json"
    handlers.write_bytes(handler_directory_bytes(3))
    pack_file = tmp_path / "update.flpack"
    code, out, err = run(
        capsys,
        "pack",
        "build",
        "--key",
        str(key_file),
        "--version",
        VERSION,
        "--out",
        str(pack_file),
        "--rules",
        str(rules_folder(tmp_path, VERSION)),
        "--handlers",
        str(handlers),
        "--publisher",
        "Group",
    )
    assert code == 0, err
    assert f"version {VERSION}" in out

    # Not trusted yet: verify and update both refuse.
    code, _, err = run(capsys, "pack", "verify", str(pack_file))
    assert code == 2 and "not signed by a trusted key" in err
    url = server.route("/pack", serve_bytes(pack_file.read_bytes()))
    code, _, err = run(capsys, "update", "--url", url, "--ca-bundle", str(tls.ca_pem))
    assert code == 2 and "not signed by a trusted key" in err and err.count("\n") == 1

    # Trusting needs the fingerprint when there is no terminal; a wrong one is refused.
    code, _, err = run(capsys, "update", "trust-key", public, "--name", "Group")
    assert code == 2 and fingerprint in err
    code, _, err = run(capsys, "update", "trust-key", public, "--name", "Group", "--fingerprint", "0" * 64)
    assert code == 2 and "does not match" in err
    code, out, _ = run(capsys, "update", "trust-key", public, "--name", "Group", "--fingerprint", fingerprint)
    assert code == 0 and fingerprint in out
    code, out, _ = run(capsys, "update", "keys", "--json")
    assert [k["origin"] for k in json.loads(out)] == ["shipped", "group"]

    code, out, _ = run(capsys, "pack", "verify", str(pack_file), "--json")
    assert code == 0 and json.loads(out)["version"] == VERSION

    # --check fetches and verifies only.
    code, out, _ = run(capsys, "update", "--url", url, "--ca-bundle", str(tls.ca_pem), "--check", "--json")
    report = json.loads(out)
    assert code == 0 and report["available"] is True and report["installed"] is False
    assert store.installed_version() is None

    code, out, _ = run(capsys, "update", "--url", url, "--ca-bundle", str(tls.ca_pem))
    assert code == 0 and f"installed version {VERSION}" in out
    assert load_library().version == VERSION

    code, out, _ = run(capsys, "update", "status", "--json")
    status = json.loads(out)
    assert status["installed_version"] == VERSION and status["in_use"] == "pack"
    assert status["signer_fingerprint"] == fingerprint and status["last_ok"] is True

    # Enabled from settings: same URL again is up to date.
    code, _, _ = run(capsys, "update", "enable", "--url", url, "--ca-bundle", str(tls.ca_pem))
    assert code == 0
    code, out, _ = run(capsys, "update")
    assert code == 0 and "up to date" in out
    code, out, _ = run(capsys, "update", "status")
    assert "updates: on" in out and f"version {VERSION} (pack)" in out


def test_build_refuses_a_version_the_library_does_not_declare(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    key_file = tmp_path / "k.key"
    assert run(capsys, "pack", "keygen", "--out", str(key_file))[0] == 0
    code, _, err = run(
        capsys,
        "pack",
        "build",
        "--key",
        str(key_file),
        "--version",
        "2026.12.6",
        "--out",
        str(tmp_path / "p"),
        "--rules",
        str(rules_folder(tmp_path, VERSION)),
    )
    assert code == 2 and "2026.12.6" in err and "library_version" in err
    assert not (tmp_path / "p").exists()


def test_encrypted_signing_key(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key_file = tmp_path / "enc.key"
    monkeypatch.setenv("FACELEDGER_PACK_KEY_PASSPHRASE", "correct horse battery")
    assert run(capsys, "pack", "keygen", "--out", str(key_file), "--encrypt")[0] == 0
    assert b"ENCRYPTED" in key_file.read_bytes()
    args = [
        "pack",
        "build",
        "--key",
        str(key_file),
        "--version",
        VERSION,
        "--out",
        str(tmp_path / "p"),
        "--rules",
        str(rules_folder(tmp_path, VERSION)),
    ]
    assert run(capsys, *args)[0] == 0
    monkeypatch.setenv("FACELEDGER_PACK_KEY_PASSPHRASE", "wrong passphrase")
    code, _, err = run(capsys, *args)
    assert code == 2 and "passphrase" in err


def test_enable_refuses_http_and_untrust_unknown_key(capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "update", "enable", "--url", "http://example.org/pack")
    assert code == 2 and "https" in err
    code, _, err = run(capsys, "update", "untrust-key", "ab" * 32)
    assert code == 2 and "no group key" in err
    code, out, _ = run(capsys, "update", "disable")
    assert code == 0
