"""Editor drafts: a record's unsaved answers, kept inside the vault when it locks by itself.

An idle or screen lock cannot wait for anyone to answer "save or discard?", and closing the editor
would lose what was typed. So the desktop app stores the form as it was (answers as shown, typed
dates as typed) in `editor_drafts` (migration 7), encrypted like everything else in the vault, and
offers it again after unlocking. A draft is not a record: nothing is validated, no rule or letter
ever reads it, and it is deleted when the person saves or discards it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from app.errors import InvalidInput
from app.vault import Vault

MAX_DRAFT_BYTES = 1_000_000  # a form's text, not evidence; refuse anything absurd


@dataclass(frozen=True)
class Draft:
    id: int
    record_id: int | None  # None: a new record that was never saved
    state: dict[str, Any]
    created_at: str


def save_draft(vault: Vault, state: dict[str, Any], *, replace_id: int | None = None) -> int:
    """Store `state` (JSON-serialisable; its "record_id" says which record, if any); returns the id.
    `replace_id` replaces an earlier draft of the same editor, so one edit leaves one draft."""
    record_id = state.get("record_id")
    if record_id is not None and not isinstance(record_id, int):
        raise InvalidInput("record_id: must be an integer or null", field="record_id")
    text = json.dumps(state, ensure_ascii=False, sort_keys=True)
    if len(text.encode("utf-8")) > MAX_DRAFT_BYTES:
        raise InvalidInput("draft: too large", field="draft")
    created = datetime.now(UTC).isoformat(timespec="seconds")
    with vault.write() as conn:
        if replace_id is not None:
            conn.execute("DELETE FROM editor_drafts WHERE id = ?", (replace_id,))
        cursor = conn.execute(
            "INSERT INTO editor_drafts (record_id, state, created_at) VALUES (?, ?, ?)",
            (record_id, text, created),
        )
        return int(cursor.lastrowid)


def list_drafts(vault: Vault) -> list[Draft]:
    """Every kept draft, oldest first."""
    rows = vault.conn.execute(
        "SELECT id, record_id, state, created_at FROM editor_drafts ORDER BY id"
    ).fetchall()
    drafts = []
    for draft_id, record_id, text, created in rows:
        try:
            state = json.loads(text)
        except ValueError:
            continue  # unreadable (cannot happen through save_draft); never block unlocking on it
        if isinstance(state, dict):
            drafts.append(Draft(int(draft_id), record_id, state, str(created)))
    return drafts


def delete_draft(vault: Vault, draft_id: int) -> None:
    """Forget a draft (saved or discarded); a draft already gone is not an error."""
    with vault.write() as conn:
        conn.execute("DELETE FROM editor_drafts WHERE id = ?", (draft_id,))


__all__ = ["Draft", "delete_draft", "list_drafts", "save_draft"]
