"""Compose a request's letter with app/letters and store it in the vault as a draft, exactly as sent.

The letter is composed from the record's facts by app.letters.compose_letter (which asks the rule
library for grounds, citations and the reply period); this module only turns the composed Letter into
the vault snapshot: full text, PDF, grounds and citations with the rule-library version, and the reply
period classified for its basis (app.tracking.model.period_for_letter).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any

from app import profiles, records
from app.letters import Letter, Sender, compose_letter, render_pdf, render_text
from app.letters.output import render as render_letter
from app.tracking.model import period_for_letter
from app.tracking.requests import LetterSnapshot, create_request

DEFAULT_LANG = {"CN": "zh-CN", "HK": "en"}


def reference_taken(vault: Any) -> Any:
    """A `taken(code)` check for app.letters.new_reference against the requests already stored."""

    def taken(code: str) -> bool:
        row = vault.conn.execute("SELECT 1 FROM requests WHERE reference_code = ?", (code,)).fetchone()
        return row is not None

    return taken


def sender_for_profile(vault: Any, profile_id: int | None) -> Sender | None:
    """The record's complainant as the letter's sender; None when there is no profile or no name.

    The ID number is never put in a letter from here: SPEC/letters keep it off unless the user asks."""
    if profile_id is None:
        return None
    profile = profiles.get_profile(vault, profile_id)
    if not profile.name.strip():
        return None
    return Sender(name=profile.name, phone=profile.phone, email=profile.email, address=profile.address)


def snapshot_of(
    letter: Letter,
    *,
    grounds: Sequence[Any] | None = None,
    pdf: bytes | None = None,
    text: str | None = None,
) -> LetterSnapshot:
    """What the vault keeps of a composed letter. Pass the `pdf` / `text` already rendered for the
    preview to keep exactly those bytes (and skip rendering twice); otherwise they are rendered here."""
    asked = letter.reply_period
    period = None
    if asked is not None:
        period = period_for_letter(letter.jurisdiction, asked.days, asked.unit, asked.statutory)
    return LetterSnapshot(
        reference=letter.reference,
        types=letter.request_types,
        lang=letter.lang,
        jurisdiction=letter.jurisdiction,
        text=text if text is not None else render_text(letter),
        pdf=pdf if pdf is not None else render_pdf(letter),
        grounds=tuple(grounds if grounds is not None else letter.grounds),
        citations=tuple(c.to_json() for c in letter.citations),
        rules_version=letter.library_version,
        reply_period=period,
        letter_json=letter.to_json(),
    )


def draft_request(
    vault: Any,
    record_id: int,
    types: Sequence[str],
    *,
    lang: str | None = None,
    sender: Sender | None = None,
    letter_date: dt.date | None = None,
    reply_days: int | None = None,
) -> int:
    """Compose the letter for a record and store it as a draft request; returns the request id.

    `lang` defaults to zh-CN on the mainland and English in Hong Kong; `sender` to the record's profile.
    """
    record = records.get_record(vault, record_id)
    jurisdiction = str(record.facts.get("jurisdiction", "CN"))
    letter = compose_letter(
        record.facts,
        list(types),
        lang or DEFAULT_LANG.get(jurisdiction, "zh-CN"),
        sender=sender if sender is not None else sender_for_profile(vault, record.profile_id),
        letter_date=letter_date,
        reply_days=reply_days,
        reference_taken=reference_taken(vault),
    )
    return create_request(vault, record_id, snapshot_of(letter), profile_id=record.profile_id)


def render(letter: Letter, suffix: str) -> bytes:
    """Render by file extension (.pdf, .txt, .eml) with app/letters' own renderers."""
    return render_letter(letter, suffix.lstrip(".").lower())
