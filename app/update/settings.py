"""Update preferences: off by default, the URL the user chose, and what the last check said.

Stored in `config_dir()/update-settings.json` (a preference file: no personal data, no secrets).
A missing or damaged file means the defaults — updates off — so a broken file can never turn the
network on. Saved atomically.
"""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from app.errors import InvalidInput
from app.paths import config_dir
from app.update.atomic import atomic_write_bytes
from app.update.fetch import check_https_url
from app.update.strictjson import JsonLimitError, loads_limited

log = logging.getLogger(__name__)

SETTINGS_FILE = "update-settings.json"
SETTINGS_FORMAT = 1
_MAX_URL = 2000


@dataclass(frozen=True)
class UpdateSettings:
    enabled: bool = False
    url: str = ""
    ca_bundle: str = ""  # PEM file replacing the system trust store (enterprise proxies); "" = system
    last_check: str = ""  # ISO 8601 UTC of the last check, "" = never
    last_result: str = ""  # one plain sentence: what happened
    last_ok: bool = True


def settings_path() -> Path:
    return config_dir() / SETTINGS_FILE


def load_update_settings() -> UpdateSettings:
    path = settings_path()
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        return UpdateSettings()
    except OSError as exc:
        log.warning("cannot read %s (%s); updates stay off", path.name, exc.strerror)
        return UpdateSettings()
    try:
        doc = loads_limited(data, max_bytes=16 * 1024, max_depth=2)
    except JsonLimitError as exc:
        log.warning("%s is damaged (%s); updates stay off", path.name, exc)
        return UpdateSettings()
    if not isinstance(doc, dict) or doc.get("format") != SETTINGS_FORMAT:
        log.warning("%s has an unknown layout; updates stay off", path.name)
        return UpdateSettings()
    defaults = UpdateSettings()
    values = {}
    for name, default in asdict(defaults).items():
        value = doc.get(name, default)
        values[name] = value if type(value) is type(default) else default
    settings = UpdateSettings(**values)
    if settings.enabled and not _url_is_usable(settings.url):
        return replace(settings, enabled=False)
    return settings


def _url_is_usable(url: str) -> bool:
    try:
        check_https_url(url)
    except Exception:
        return False
    return len(url) <= _MAX_URL


def save_update_settings(settings: UpdateSettings) -> None:
    doc = {"format": SETTINGS_FORMAT, **asdict(settings)}
    atomic_write_bytes(settings_path(), json.dumps(doc, ensure_ascii=False, indent=2).encode("utf-8"))


def configure_updates(
    *, enabled: bool | None = None, url: str | None = None, ca_bundle: str | None = None
) -> UpdateSettings:
    """Change what the user chose. Enabling needs an https:// URL (given now or saved before)."""
    settings = load_update_settings()
    if url is not None:
        url = url.strip()
        if url:
            if len(url) > _MAX_URL:
                raise InvalidInput("the update URL is too long", field="url")
            try:
                check_https_url(url)
            except Exception as exc:
                raise InvalidInput(str(exc), field="url") from None
        settings = replace(settings, url=url)
    if ca_bundle is not None:
        if ca_bundle and not Path(ca_bundle).is_file():
            raise InvalidInput(f"CA bundle {ca_bundle} is not a file", field="ca_bundle")
        settings = replace(settings, ca_bundle=ca_bundle)
    if enabled is not None:
        if enabled and not settings.url:
            raise InvalidInput("set an https:// update URL before turning updates on", field="url")
        settings = replace(settings, enabled=enabled)
    save_update_settings(settings)
    return settings


def record_result(when: str, message: str, ok: bool) -> UpdateSettings:
    settings = replace(load_update_settings(), last_check=when, last_result=message[:500], last_ok=ok)
    save_update_settings(settings)
    return settings
