"""app/settings.py: defaults, round trip, migration, corrupt files, no personal fields."""

from __future__ import annotations

import json
import logging
import stat
from dataclasses import fields
from pathlib import Path

import pytest

from app.settings import SCHEMA_VERSION, Settings, load_settings, migrate, save_settings, settings_path


def test_defaults_when_missing(private_dirs: Path) -> None:
    settings = load_settings()
    assert settings == Settings()
    assert settings.autolock_minutes == 10 and settings.language == "system"


def test_round_trip_is_atomic_and_private(private_dirs: Path) -> None:
    save_settings(Settings(language="zh_HK", autolock_minutes=3, backup_dir="/somewhere"))
    path = settings_path()
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert [p.name for p in path.parent.iterdir()] == ["settings.json"]
    loaded = load_settings()
    assert (loaded.language, loaded.autolock_minutes, loaded.backup_dir) == ("zh_HK", 3, "/somewhere")


@pytest.mark.parametrize("content", ["{not json", "[]", '"text"', '{"schema_version": "x"}', "\x00\x01"])
def test_corrupt_file_gives_defaults_and_a_log_line(
    private_dirs: Path, caplog: pytest.LogCaptureFixture, content: str
) -> None:
    settings_path().write_text(content, encoding="utf-8")
    with caplog.at_level(logging.WARNING):
        assert load_settings() == Settings()
    assert any("corrupt" in r.getMessage() for r in caplog.records)


def test_wrong_types_and_ranges_are_repaired(private_dirs: Path) -> None:
    settings_path().write_text(
        json.dumps(
            {
                "schema_version": 2,
                "language": "fr",
                "autolock_minutes": 99999,
                "clipboard_clear_seconds": True,
                "lock_on_screen_lock": "yes",
            }
        ),
        encoding="utf-8",
    )
    loaded = load_settings()
    assert loaded.language == "system"
    assert loaded.autolock_minutes == 240
    assert loaded.clipboard_clear_seconds == 20
    assert loaded.lock_on_screen_lock is True


def test_migrate_v1(private_dirs: Path) -> None:
    assert migrate({"autolock": 300})["autolock_minutes"] == 5
    assert migrate({"autolock": 0})["autolock_minutes"] == 0
    settings_path().write_text(json.dumps({"autolock": 120, "language": "en"}), encoding="utf-8")
    loaded = load_settings()
    assert (loaded.autolock_minutes, loaded.language, loaded.schema_version) == (2, "en", SCHEMA_VERSION)


def test_no_personal_fields() -> None:
    names = {f.name for f in fields(Settings)}
    assert not names & {"name", "phone", "email", "address", "id_number", "profile", "passphrase", "contact"}
