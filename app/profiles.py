"""Profiles (complainants; an advocacy group keeps many) and handlers (organisations) in the vault."""

from __future__ import annotations

import uuid
from dataclasses import asdict, dataclass, fields
from datetime import UTC, datetime
from typing import Any

from app.errors import InvalidInput, NotFound
from app.uscc import uscc_problem
from app.vault import Vault

MAX_FIELD_LENGTH = 2000
HANDLER_KINDS = (
    "property_manager",
    "business",
    "employer",
    "school",
    "state_organ",
    "app_operator",
    "unknown",
)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def _text(values: dict[str, Any], name: str, *, required: bool = False) -> str:
    value = values.get(name, "")
    if value is None:
        value = ""
    if not isinstance(value, str):
        raise InvalidInput(f"{name}: must be text", field=name)
    value = value.strip()
    if required and not value:
        raise InvalidInput(f"{name}: is required", field=name)
    if len(value) > MAX_FIELD_LENGTH:
        raise InvalidInput(f"{name}: longer than {MAX_FIELD_LENGTH} characters", field=name)
    return value


@dataclass(frozen=True)
class Profile:
    id: int
    uuid: str
    name: str
    phone: str
    email: str
    address: str
    id_number: str
    created_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_PROFILE_FIELDS = ("name", "phone", "email", "address", "id_number")


def _profile_values(values: dict[str, Any]) -> dict[str, str]:
    unknown = set(values) - set(_PROFILE_FIELDS)
    if unknown:
        raise InvalidInput(f"{sorted(unknown)[0]}: not a profile field", field=sorted(unknown)[0])
    return {n: _text(values, n, required=(n == "name")) for n in _PROFILE_FIELDS}


def add_profile(vault: Vault, **values: Any) -> int:
    checked = _profile_values(values)
    with vault.write() as conn:
        cur = conn.execute(
            "INSERT INTO profiles(uuid, name, phone, email, address, id_number, created_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), *(checked[n] for n in _PROFILE_FIELDS), _now()),
        )
        return int(cur.lastrowid)


def update_profile(vault: Vault, profile_id: int, **values: Any) -> None:
    current = get_profile(vault, profile_id).to_json()
    checked = _profile_values(
        {n: values.get(n, current[n]) for n in _PROFILE_FIELDS}
        | {k: v for k, v in values.items() if k not in _PROFILE_FIELDS}
    )
    with vault.write() as conn:
        conn.execute(
            "UPDATE profiles SET name = ?, phone = ?, email = ?, address = ?, id_number = ? WHERE id = ?",
            (*(checked[n] for n in _PROFILE_FIELDS), profile_id),
        )


def get_profile(vault: Vault, profile_id: int) -> Profile:
    row = vault.conn.execute(
        "SELECT id, uuid, name, phone, email, address, id_number, created_at FROM profiles WHERE id = ?",
        (profile_id,),
    ).fetchone()
    if row is None:
        raise NotFound(f"no profile with id {profile_id}")
    return Profile(*row)


def list_profiles(vault: Vault) -> list[Profile]:
    rows = vault.conn.execute(
        "SELECT id, uuid, name, phone, email, address, id_number, created_at FROM profiles ORDER BY name, id"
    ).fetchall()
    return [Profile(*r) for r in rows]


def delete_profile(vault: Vault, profile_id: int) -> None:
    """Delete a profile; its records and requests stay, no longer linked to a person."""
    with vault.write() as conn:
        if conn.execute("DELETE FROM profiles WHERE id = ?", (profile_id,)).rowcount == 0:
            raise NotFound(f"no profile with id {profile_id}")


@dataclass(frozen=True)
class Handler:
    id: int
    uuid: str
    legal_name: str
    uscc: str
    address: str
    email: str
    phone: str
    pi_officer: str
    kind: str
    source: str
    updated_at: str

    def to_json(self) -> dict[str, Any]:
        return asdict(self)


_HANDLER_FIELDS = ("legal_name", "uscc", "address", "email", "phone", "pi_officer", "kind", "source")
_HANDLER_COLUMNS = ", ".join(f.name for f in fields(Handler))


def _handler_values(values: dict[str, Any]) -> dict[str, str]:
    unknown = set(values) - set(_HANDLER_FIELDS)
    if unknown:
        raise InvalidInput(f"{sorted(unknown)[0]}: not a handler field", field=sorted(unknown)[0])
    checked = {n: _text(values, n, required=(n == "legal_name")) for n in _HANDLER_FIELDS}
    checked["kind"] = checked["kind"] or "unknown"
    checked["source"] = checked["source"] or "user"
    if checked["kind"] not in HANDLER_KINDS:
        raise InvalidInput(
            f"kind: {checked['kind']!r} is not one of: {', '.join(HANDLER_KINDS)}", field="kind"
        )
    if checked["uscc"]:
        problem = uscc_problem(checked["uscc"])
        if problem:
            raise InvalidInput(f"uscc: {problem}", field="uscc")
    return checked


def add_handler(vault: Vault, **values: Any) -> int:
    checked = _handler_values(values)
    with vault.write() as conn:
        cur = conn.execute(
            "INSERT INTO handlers(uuid, legal_name, uscc, address, email, phone, pi_officer, kind, source,"
            " updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (str(uuid.uuid4()), *(checked[n] for n in _HANDLER_FIELDS), _now()),
        )
        return int(cur.lastrowid)


def update_handler(vault: Vault, handler_id: int, **values: Any) -> None:
    current = get_handler(vault, handler_id).to_json()
    merged = {n: values.get(n, current[n]) for n in _HANDLER_FIELDS}
    merged |= {k: v for k, v in values.items() if k not in _HANDLER_FIELDS}
    checked = _handler_values(merged)
    with vault.write() as conn:
        conn.execute(
            "UPDATE handlers SET legal_name = ?, uscc = ?, address = ?, email = ?, phone = ?, pi_officer = ?,"
            " kind = ?, source = ?, updated_at = ? WHERE id = ?",
            (*(checked[n] for n in _HANDLER_FIELDS), _now(), handler_id),
        )


def get_handler(vault: Vault, handler_id: int) -> Handler:
    row = vault.conn.execute(
        f"SELECT {_HANDLER_COLUMNS} FROM handlers WHERE id = ?", (handler_id,)
    ).fetchone()
    if row is None:
        raise NotFound(f"no handler with id {handler_id}")
    return Handler(*row)


def find_handlers(vault: Vault, text: str = "", *, limit: int = 50) -> list[Handler]:
    """Handlers whose legal name contains `text` or whose USCC equals it (for autocompletion)."""
    pattern = "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
    rows = vault.conn.execute(
        f"SELECT {_HANDLER_COLUMNS} FROM handlers WHERE legal_name LIKE ? ESCAPE '\\' OR uscc = ?"
        " ORDER BY legal_name, id LIMIT ?",
        (pattern, text.strip().upper(), limit),
    ).fetchall()
    return [Handler(*r) for r in rows]


def delete_handler(vault: Vault, handler_id: int) -> None:
    with vault.write() as conn:
        if conn.execute("DELETE FROM handlers WHERE id = ?", (handler_id,)).rowcount == 0:
            raise NotFound(f"no handler with id {handler_id}")
