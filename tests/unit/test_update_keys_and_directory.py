"""Trusted keys (shipped + group keys the user adds on purpose), settings, and the handler directory."""

from __future__ import annotations

import json

import pytest

from app.errors import InvalidInput, UpdateError
from app.handlers_directory import parse_handler_directory
from app.paths import config_dir, resources_path
from app.update import keys as trust
from app.update.settings import UpdateSettings, configure_updates, load_update_settings, settings_path
from tests.unit.test_update_helpers import handler_directory_bytes, new_key, valid_uscc


def test_the_project_key_ships_and_no_private_key_does() -> None:
    folder = resources_path("keys")
    files = sorted(p.name for p in folder.iterdir())
    assert files and all(name.endswith(".pub") for name in files), files
    for path in folder.iterdir():
        text = path.read_text(encoding="utf-8")
        assert "PRIVATE KEY-----" not in text and "ENCRYPTED" not in text
    shipped = trust.shipped_keys()
    assert len(shipped) >= 1 and all(len(k.raw) == 32 for k in shipped)
    # The fingerprint written in the file's comment is the real one (users compare it by eye).
    for path in folder.glob("*.pub"):
        key_line = trust.read_key_file(path)
        assert trust.describe_key(key_line) in path.read_text(encoding="utf-8")


def test_adding_a_group_key_needs_its_fingerprint() -> None:
    text = trust.public_key_of(new_key())
    fingerprint = trust.describe_key(text)
    with pytest.raises(InvalidInput, match="does not match"):
        trust.add_group_key(text, "Group", confirmed_fingerprint="00" * 32)
    assert trust.group_keys() == []
    added = trust.add_group_key(text, "Group", confirmed_fingerprint=fingerprint.replace(" ", ":").upper())
    assert added.fingerprint == fingerprint and [k.name for k in trust.group_keys()] == ["Group"]
    with pytest.raises(InvalidInput, match="already trusted"):
        trust.add_group_key(text, "Again", confirmed_fingerprint=fingerprint)
    shipped = trust.shipped_keys()[0]
    with pytest.raises(InvalidInput, match="already trusted"):
        trust.add_group_key(shipped.public_key, "x", confirmed_fingerprint=shipped.fingerprint)
    with pytest.raises(InvalidInput, match="cannot be removed"):
        trust.remove_group_key(shipped.fingerprint)
    assert trust.remove_group_key(fingerprint).name == "Group"
    assert trust.group_keys() == []


@pytest.mark.parametrize("bad", ["", "ed25519:", "ed25519:!!!!", "ed25519:" + "A" * 40, "ssh-ed25519 AAAA"])
def test_malformed_public_keys_are_refused(bad: str) -> None:
    with pytest.raises(InvalidInput):
        trust.raw_public_key(bad)


def test_a_damaged_group_key_file_is_an_error_not_silence() -> None:
    (config_dir() / trust.USER_KEYS_FILE).write_text("[" * 10_000)
    with pytest.raises(UpdateError, match="damaged"):
        trust.trusted_keys()


def test_settings_are_off_by_default_and_a_damaged_file_keeps_them_off() -> None:
    assert load_update_settings() == UpdateSettings()
    with pytest.raises(InvalidInput):
        configure_updates(enabled=True)  # no URL yet
    with pytest.raises(InvalidInput, match="https"):
        configure_updates(url="http://example.org/p")
    settings = configure_updates(url="https://example.org/p", enabled=True)
    assert settings.enabled and load_update_settings() == settings
    settings_path().write_text('{"format": 1, "enabled": true, "url": "http://evil.example/"}')
    assert load_update_settings().enabled is False
    settings_path().write_bytes(b"\xff\xfe garbage")
    assert load_update_settings() == UpdateSettings()


def test_handler_directory_parses_and_finds_entries() -> None:
    directory = parse_handler_directory(handler_directory_bytes(3))
    assert len(directory.entries) == 3
    first = directory.entries[0]
    assert directory.find_by_uscc(first.uscc.lower()) == first
    assert directory.search("测试物业") == list(directory.entries)
    assert first.pi_email == "pi0@example.cn" and str(first.source_date) == "2026-10-01"


def _one(entry_changes: dict[str, object]) -> bytes:
    doc = json.loads(handler_directory_bytes(1))
    doc["entries"][0].update(entry_changes)
    return json.dumps(doc, ensure_ascii=False).encode()


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"uscc": "91330100MA2H00000X"}, "USCC"),
        ({"uscc": valid_uscc("91330100MA2H0000Z"[:16] + "1")[:-1] + "I"}, "USCC"),
        ({"legal_name": ""}, "empty"),
        ({"source_date": "2026-13-01"}, "source_date"),
        ({"pi_contact": {"email": "not an email"}}, "e-mail"),
        ({"pi_contact": {"phone": "call me"}}, "phone"),
        ({"pi_contact": {"fax": "1"}}, "only email and phone"),
        ({"website": "x"}, "unknown keys"),
    ],
)
def test_handler_directory_entries_are_checked(change: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidInput, match=message):
        parse_handler_directory(_one(change))


def test_handler_directory_refuses_duplicates_and_hostile_json() -> None:
    doc = json.loads(handler_directory_bytes(1))
    doc["entries"].append(doc["entries"][0])
    with pytest.raises(InvalidInput, match="twice"):
        parse_handler_directory(json.dumps(doc).encode())
    with pytest.raises(InvalidInput, match="nested deeper"):
        parse_handler_directory(b"[" * 100_000 + b"]" * 100_000)
    with pytest.raises(InvalidInput, match="digits"):
        parse_handler_directory(b'{"format": ' + b"1" * 10_000 + b', "entries": []}')
