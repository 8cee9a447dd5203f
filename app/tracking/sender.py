"""Who writes: the sender of a request's letters, set once and carried by every follow-up.

Where the sender comes from, first match wins:
1. the sender stored with the request (the letter as sent carried it; a reminder or complaint about
   that request carries the same person);
2. the record's profile (an advocacy group keeps one per complainant) when it has a name;
3. the vault's own sender (a person keeping their own log sets it once: the first letter asks for it
   in the app, Settings edits it, `faceledger request sender --set FILE` from the command line).

The vault's sender is kept in the encrypted vault's `meta` table, never in a plain config file: a name,
a phone number and a home address are exactly what the vault protects.

A letter is exported or marked sent only with a name and a reply address (postal address or e-mail):
without them the handler cannot answer and a regulator will not accept the complaint. A group may
instead print a blank form on purpose (`blank_form`), which the person fills in by hand.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

from app import profiles
from app.errors import SenderIncomplete
from app.letters.model import Sender

META_KEY = "sender"
NAME = "name"
REPLY_ADDRESS = "reply_address"


@dataclass(frozen=True)
class StoredSender:
    """What a request keeps about who wrote it: a sender, or a blank form printed on purpose."""

    sender: Sender | None
    blank_form: bool = False

    def to_json(self) -> dict[str, Any]:
        if self.blank_form or self.sender is None:
            return {"blank_form": self.blank_form}
        return sender_to_json(self.sender)


def sender_to_json(sender: Sender) -> dict[str, Any]:
    return {
        "name": sender.name,
        "phone": sender.phone,
        "email": sender.email,
        "address": sender.address,
        "id_number": sender.id_number,
        "include_id_number": sender.include_id_number,
    }


def stored_sender_from_json(text: str | None) -> StoredSender:
    """The request's `sender_json` column; None/empty (older requests) means no sender stored."""
    if not text:
        return StoredSender(None)
    obj = json.loads(text)
    if obj.get("blank_form"):
        return StoredSender(None, blank_form=True)
    if not obj.get("name"):
        return StoredSender(None)
    return StoredSender(Sender.from_json(obj))


def missing_for_sending(sender: Sender | None) -> tuple[str, ...]:
    """What a letter from `sender` lacks before it can go out: "name", "reply_address" (none: ready)."""
    missing: list[str] = []
    if sender is None or not sender.name.strip():
        missing.append(NAME)
    if sender is None or not (sender.address.strip() or sender.email.strip()):
        missing.append(REPLY_ADDRESS)
    return tuple(missing)


def check_can_send(sender: Sender | None, *, blank_form: bool = False, what: str = "the letter") -> None:
    """Raise SenderIncomplete (one sentence saying what is missing) unless `sender` can sign a letter.

    `blank_form`: a group prints the letter on purpose with empty sender lines to be filled by hand.
    """
    if blank_form:
        return
    missing = missing_for_sending(sender)
    if not missing:
        return
    words = {NAME: "the sender's name", REPLY_ADDRESS: "a reply address (postal address or e-mail)"}
    listed = " and ".join(words[m] for m in missing)
    raise SenderIncomplete(
        f"{what} cannot be exported or marked sent without {listed}: set the sender once "
        "(Settings › Sender, or `faceledger request sender --set SENDER.json`) or pass --sender SENDER.json; "
        "a group printing a form to fill in by hand may pass --blank-form",
        missing,
    )


# --- the vault's own sender --------------------------------------------------------------------------


def get_vault_sender(vault: Any) -> Sender | None:
    row = vault.conn.execute("SELECT value FROM meta WHERE key = ?", (META_KEY,)).fetchone()
    if row is None:
        return None
    return stored_sender_from_json(row[0]).sender


def set_vault_sender(vault: Any, sender: Sender | None) -> None:
    """Remember (or, with None, forget) the person who writes this vault's letters."""
    with vault.write() as conn:
        if sender is None:
            conn.execute("DELETE FROM meta WHERE key = ?", (META_KEY,))
            return
        conn.execute(
            "INSERT INTO meta(key, value) VALUES (?, ?)"
            " ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (META_KEY, json.dumps(sender_to_json(sender), ensure_ascii=False)),
        )


def profile_sender(vault: Any, profile_id: int | None) -> Sender | None:
    """A profile (a group's complainant) as the sender; None without a profile or a name.

    The ID number is never put in a letter from here: letters keep it off unless the user asks."""
    if profile_id is None:
        return None
    profile = profiles.get_profile(vault, profile_id)
    if not profile.name.strip():
        return None
    return Sender(name=profile.name, phone=profile.phone, email=profile.email, address=profile.address)


def default_sender(vault: Any, profile_id: int | None) -> Sender | None:
    """The sender of a new letter about a record: its profile's person, else the vault's sender."""
    return profile_sender(vault, profile_id) or get_vault_sender(vault)


def request_sender(vault: Any, request_id: int) -> StoredSender:
    """The sender stored with a request (for a reminder or complaint: with its case's first request)."""
    row = vault.conn.execute(
        "SELECT sender_json, parent_request_id, profile_id FROM requests WHERE id = ?", (request_id,)
    ).fetchone()
    if row is None:
        return StoredSender(None)
    stored = stored_sender_from_json(row[0])
    if stored.sender is None and not stored.blank_form and row[1] is not None:
        return request_sender(vault, int(row[1]))
    return stored


def follow_up_sender(vault: Any, request_id: int) -> Sender | None:
    """Who writes a follow-up to `request_id`: the stored sender, else the record's default."""
    stored = request_sender(vault, request_id)
    if stored.sender is not None:
        return stored.sender
    row = vault.conn.execute(
        "SELECT rec.profile_id FROM requests r JOIN records rec ON rec.id = r.record_id WHERE r.id = ?",
        (request_id,),
    ).fetchone()
    return default_sender(vault, int(row[0]) if row and row[0] is not None else None)
