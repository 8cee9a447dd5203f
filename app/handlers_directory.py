"""The handler directory: organisations that collect faces, with the contact a letter goes to.

It arrives only in a signed update pack (an advocacy group compiles it from public sources such as
the National Enterprise Credit Information Publicity System); the app ships none, because an entry
we cannot source would put a wrong address on someone's letter. Each entry says where it came from
and when, so the user can judge it. Format (`handlers/directory.json` in a pack):

    {"format": 1,
     "entries": [{"legal_name": "…有限公司", "uscc": "91…(18)", "address": "…",
                  "pi_contact": {"email": "pi@example.cn", "phone": "+86 571 0000 0000"},
                  "source": "国家企业信用信息公示系统", "source_date": "2026-10-01"}]}

`address` and `pi_contact` (and each of its two fields) are optional; unknown keys are refused; the
USCC's check character is validated (app.uscc); two entries with one USCC are refused.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import InvalidInput
from app.update.strictjson import JsonLimitError, loads_limited
from app.uscc import uscc_problem

DIRECTORY_FORMAT = 1
MAX_DIRECTORY_BYTES = 8 * 1024 * 1024
MAX_ENTRIES = 50_000
_ENTRY_KEYS = {"legal_name", "uscc", "address", "pi_contact", "source", "source_date"}
_REQUIRED = {"legal_name", "uscc", "source", "source_date"}
_EMAIL = re.compile(r"[^@\s]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63}")
_PHONE = re.compile(r"\+?[0-9][0-9 ()\-]{4,28}[0-9]")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass(frozen=True)
class HandlerEntry:
    legal_name: str
    uscc: str
    address: str
    pi_email: str
    pi_phone: str
    source: str
    source_date: date


@dataclass(frozen=True)
class HandlerDirectory:
    entries: tuple[HandlerEntry, ...]
    origin: str  # "pack v<N>" or "none"

    def find_by_uscc(self, uscc: str) -> HandlerEntry | None:
        wanted = uscc.strip().upper()
        return next((e for e in self.entries if e.uscc == wanted), None)

    def search(self, text: str, limit: int = 50) -> list[HandlerEntry]:
        needle = text.strip().casefold()
        if not needle:
            return []
        return [e for e in self.entries if needle in e.legal_name.casefold() or needle == e.uscc.casefold()][
            :limit
        ]


def _text(item: dict[str, object], key: str, where: str, max_len: int, required: bool) -> str:
    value = item.get(key, "")
    if not isinstance(value, str):
        raise InvalidInput(f"{where}: {key} must be text", field=key)
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{where}: {key} is empty", field=key)
    if len(value) > max_len or any(ord(c) < 32 for c in value):
        raise InvalidInput(
            f"{where}: {key} is longer than {max_len} characters or has control characters", field=key
        )
    return value


def _entry(item: object, index: int) -> HandlerEntry:
    where = f"handler directory entry {index + 1}"
    if not isinstance(item, dict):
        raise InvalidInput(f"{where} is not an object")
    unknown = sorted(set(item) - _ENTRY_KEYS)
    missing = sorted(_REQUIRED - set(item))
    if unknown or missing:
        raise InvalidInput(f"{where}: unknown keys {unknown[:5]}, missing {missing}")
    legal_name = _text(item, "legal_name", where, 200, True)
    uscc = _text(item, "uscc", where, 18, True)
    problem = uscc_problem(uscc)
    if problem:
        raise InvalidInput(f"{where} ({legal_name}): USCC {problem}", field="uscc")
    contact = item.get("pi_contact", {})
    if not isinstance(contact, dict) or set(contact) - {"email", "phone"}:
        raise InvalidInput(f"{where}: pi_contact may hold only email and phone", field="pi_contact")
    email = _text(contact, "email", where, 254, False)
    if email and not _EMAIL.fullmatch(email):
        raise InvalidInput(f"{where}: pi_contact email {email!r} is not an e-mail address", field="email")
    phone = _text(contact, "phone", where, 30, False)
    if phone and not _PHONE.fullmatch(phone):
        raise InvalidInput(f"{where}: pi_contact phone {phone!r} is not a phone number", field="phone")
    raw_date = _text(item, "source_date", where, 10, True)
    try:
        if not _DATE.fullmatch(raw_date):
            raise ValueError
        source_date = date.fromisoformat(raw_date)
    except ValueError:
        raise InvalidInput(
            f"{where}: source_date must be a date like 2026-10-01", field="source_date"
        ) from None
    return HandlerEntry(
        legal_name=legal_name,
        uscc=uscc,
        address=_text(item, "address", where, 300, False),
        pi_email=email,
        pi_phone=phone,
        source=_text(item, "source", where, 300, True),
        source_date=source_date,
    )


def parse_handler_directory(data: bytes, origin: str = "pack") -> HandlerDirectory:
    """Strictly parse a directory file; InvalidInput naming the first bad entry."""
    try:
        doc = loads_limited(data, max_bytes=MAX_DIRECTORY_BYTES, max_depth=5)
    except JsonLimitError as exc:
        raise InvalidInput(f"handler directory is not acceptable JSON: {exc}") from None
    if not isinstance(doc, dict) or set(doc) != {"format", "entries"}:
        raise InvalidInput("handler directory must be an object with exactly 'format' and 'entries'")
    if doc["format"] != DIRECTORY_FORMAT or type(doc["format"]) is not int:
        raise InvalidInput(f"handler directory format {doc['format']!r} is not supported")
    raw_entries = doc["entries"]
    if not isinstance(raw_entries, list) or len(raw_entries) > MAX_ENTRIES:
        raise InvalidInput(f"handler directory entries must be a list of at most {MAX_ENTRIES}")
    entries = [_entry(item, i) for i, item in enumerate(raw_entries)]
    _refuse_duplicates(entries)
    return HandlerDirectory(entries=tuple(entries), origin=origin)


def _refuse_duplicates(entries: Iterable[HandlerEntry]) -> None:
    seen: set[str] = set()
    for entry in entries:
        if entry.uscc in seen:
            raise InvalidInput(f"handler directory lists USCC {entry.uscc} twice", field="uscc")
        seen.add(entry.uscc)


def load_handler_directory() -> HandlerDirectory:
    """The directory of the installed, verified pack; an empty one if there is none or it is bad."""
    from app.update.store import installed_pack  # here: the update package imports this module

    try:
        pack = installed_pack()
    except Exception:  # a damaged pack must never stop the app; update_status() reports it
        pack = None
    folder: Path | None = pack.component_dir("handlers") if pack else None
    if pack is None or folder is None:
        return HandlerDirectory(entries=(), origin="none")
    try:
        return parse_handler_directory(
            (folder / "directory.json").read_bytes(), origin=f"pack v{pack.version}"
        )
    except (InvalidInput, OSError):
        return HandlerDirectory(entries=(), origin="none")
