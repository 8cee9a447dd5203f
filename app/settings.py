"""Preferences of the desktop app: a typed dataclass with defaults, a schema version and migrate().

Stored as JSON in `app.paths.config_dir()/settings.json`. Preferences only: language, auto-lock,
clipboard timeout, backup folder, last vault file. Never personal data and never secrets — a
complainant's name, contact and address live IN THE VAULT (app/profiles.py), not here.

A missing file gives defaults silently; a corrupt or unreadable one gives defaults plus one log line
(as Dangerzone does) and is left in place until the next save replaces it atomically. Pass a
`Settings` instance around explicitly; there is deliberately no singleton (ARCHITECTURE lesson 7).
"""

from __future__ import annotations

import json
import logging
import os
import tempfile
from dataclasses import asdict, dataclass, fields
from pathlib import Path
from typing import Any

from app import paths

log = logging.getLogger(__name__)

SCHEMA_VERSION = 2
SETTINGS_FILE_NAME = "settings.json"

LANGUAGES = ("system", "zh_CN", "en", "zh_HK")
AUTOLOCK_MINUTES_RANGE = (0, 240)  # 0 = never lock on idle (locking on demand always works)
CLIPBOARD_SECONDS_RANGE = (5, 300)


@dataclass
class Settings:
    schema_version: int = SCHEMA_VERSION
    language: str = "system"
    autolock_minutes: int = 10
    lock_on_screen_lock: bool = True
    clipboard_clear_seconds: int = 20
    backup_dir: str = ""  # empty: <data_dir>/backups
    last_vault_path: str = ""  # empty: <data_dir>/faceledger.vault

    def normalised(self) -> Settings:
        """A copy with every value inside its allowed range (hand-edited files stay usable)."""
        copy = Settings(**asdict(self))
        if copy.language not in LANGUAGES:
            copy.language = "system"
        low, high = AUTOLOCK_MINUTES_RANGE
        copy.autolock_minutes = min(max(int(copy.autolock_minutes), low), high)
        low, high = CLIPBOARD_SECONDS_RANGE
        copy.clipboard_clear_seconds = min(max(int(copy.clipboard_clear_seconds), low), high)
        copy.schema_version = SCHEMA_VERSION
        return copy


def default_vault_path() -> Path:
    return paths.data_dir() / "faceledger.vault"


def default_backup_dir() -> Path:
    return paths.data_dir() / "backups"


def settings_path() -> Path:
    return paths.config_dir() / SETTINGS_FILE_NAME


def migrate(raw: dict[str, Any]) -> dict[str, Any]:
    """Bring a settings mapping of any older schema version up to SCHEMA_VERSION.

    v1 → v2: `autolock` (seconds) became `autolock_minutes`; `lock_on_screen_lock` added.
    """
    data = dict(raw)
    version = int(data.get("schema_version", 1))
    if version < 2:
        seconds = data.pop("autolock", None)
        if isinstance(seconds, int | float) and seconds >= 0:
            data["autolock_minutes"] = max(1, round(seconds / 60)) if seconds else 0
        data.setdefault("lock_on_screen_lock", True)
        version = 2
    data["schema_version"] = version
    return data


def _from_mapping(data: dict[str, Any]) -> Settings:
    known = {f.name: f for f in fields(Settings)}
    defaults = Settings()
    values: dict[str, Any] = {}
    for name, field in known.items():
        if name not in data:
            continue
        value = data[name]
        expected = type(getattr(defaults, name))
        if expected is int and isinstance(value, bool):
            log.warning("settings: ignoring %s (wrong type)", name)
            continue
        if not isinstance(value, expected):
            log.warning("settings: ignoring %s (wrong type)", name)
            continue
        values[field.name] = value
    return Settings(**values).normalised()


def load_settings(path: Path | None = None) -> Settings:
    path = path or settings_path()
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        log.warning("settings: cannot read %s (%s); using defaults", path.name, exc.__class__.__name__)
        return Settings()
    try:
        raw = json.loads(text)
        if not isinstance(raw, dict):
            raise ValueError("not an object")
        version = int(raw.get("schema_version", 1))
    except (ValueError, TypeError):
        log.warning("settings: %s is corrupt; using defaults", path.name)
        return Settings()
    if version > SCHEMA_VERSION:
        log.warning(
            "settings: %s is from a newer FaceLedger (v%d); using what we understand", path.name, version
        )
    return _from_mapping(migrate(raw))


def save_settings(settings: Settings, path: Path | None = None) -> None:
    """Write atomically (temp file in the same folder + os.replace), mode 0600."""
    path = path or settings_path()
    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    payload = json.dumps(asdict(settings.normalised()), ensure_ascii=False, indent=2, sort_keys=True)
    fd, tmp_name = tempfile.mkstemp(prefix=".settings-", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(payload + "\n")
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp_name, 0o600)
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
