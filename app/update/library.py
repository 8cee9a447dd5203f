"""The rule library as the update machinery sees it: the version the app ships, and whether a pack's
rules folder is a library this app can load, declaring the pack's version.

The rule library itself (format, loader, matcher) belongs to app.rules; this module only asks it.
A pack's `rules/` folder has the layout of `resources/rules/` (the entry file is `library.json`, whose
top-level `library_version` is the version a pack must carry).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from app.errors import RuleLibraryError, UpdateVerificationError
from app.paths import resources_path
from app.update.pack import version_key
from app.update.strictjson import JsonLimitError, loads_limited

LIBRARY_FILE = "library.json"
MAX_LIBRARY_BYTES = 16 * 1024 * 1024


def _declared_version(folder: Path) -> str:
    """`library_version` of folder/library.json, read strictly (size and depth limits first)."""
    path = folder / LIBRARY_FILE
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise UpdateVerificationError(
            f"rule library {LIBRARY_FILE} is missing or unreadable ({exc.strerror})"
        ) from None
    try:
        doc: Any = loads_limited(data, max_bytes=MAX_LIBRARY_BYTES, max_depth=24)
    except JsonLimitError as exc:
        raise UpdateVerificationError(f"rule library is not acceptable JSON: {exc}") from None
    version = doc.get("library_version") if isinstance(doc, dict) else None
    if not isinstance(version, str):
        raise UpdateVerificationError("rule library has no library_version")
    try:
        version_key(version)
    except ValueError as exc:
        raise UpdateVerificationError(f"rule library version is not comparable: {exc}") from None
    return version


def built_in_version() -> str:
    """The version of the library shipped in resources/rules/, as app.rules reads it."""
    from app.rules import bundled_library_path, load_library  # lazy: app.rules is heavy to import

    try:
        return load_library(bundled_library_path()).version
    except RuleLibraryError:
        # A broken bundled library is app.rules' error to report; the version alone is still known.
        return _declared_version(resources_path("rules"))


def check_rules_payload(folder: Path, expected_version: str) -> None:
    """Refuse a pack whose rules would not load with app.rules, or declare another version.

    The strict read (size and depth limits) runs first, so app.rules only ever parses a document
    that already passed them.
    """
    from app.rules import load_library_from

    declared = _declared_version(folder)
    if version_key(declared) != version_key(expected_version):
        raise UpdateVerificationError(
            f"the pack says version {expected_version} but its rule library says {declared}"
        )
    try:
        library = load_library_from(folder)
    except RuleLibraryError as exc:
        raise UpdateVerificationError(f"the pack's rule library does not load: {exc}") from None
    if version_key(library.version) != version_key(expected_version):
        raise UpdateVerificationError(
            f"the pack says version {expected_version} but app.rules reads {library.version}"
        )
