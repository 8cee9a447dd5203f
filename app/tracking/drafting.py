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

from app import records
from app.errors import InvalidInput
from app.letters import Letter, Sender, compose_letter, render_pdf, render_text
from app.letters.output import render as render_letter
from app.tracking.deadlines import check_reply_days
from app.tracking.model import period_for_letter
from app.tracking.requests import LetterSnapshot, create_request
from app.tracking.sender import StoredSender, default_sender

DEFAULT_LANG = {"CN": "zh-CN", "HK": "en"}


def reference_taken(vault: Any) -> Any:
    """A `taken(code)` check for app.letters.new_reference against the requests already stored."""

    def taken(code: str) -> bool:
        row = vault.conn.execute("SELECT 1 FROM requests WHERE reference_code = ?", (code,)).fetchone()
        return row is not None

    return taken


def sender_for_profile(vault: Any, profile_id: int | None) -> Sender | None:
    """The sender of a new letter: the record's profile (a group's complainant) when it has a name,
    else the vault's own sender (set once; app.tracking.sender). None when neither is set.

    The ID number is never put in a letter from here: SPEC/letters keep it off unless the user asks."""
    return default_sender(vault, profile_id)


def snapshot_of(
    letter: Letter,
    *,
    grounds: Sequence[Any] | None = None,
    pdf: bytes | None = None,
    text: str | None = None,
    blank_form: bool = False,
    regulator_id: str | None = None,
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
        letter_json={**letter.to_json(), **({"regulator_id": regulator_id} if regulator_id else {})},
        sender=StoredSender(None if blank_form else letter.sender, blank_form=blank_form),
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
    blank_form: bool = False,
) -> int:
    """Compose the letter for a record and store it as a draft request; returns the request id.

    `lang` defaults to zh-CN on the mainland and English in Hong Kong; `sender` to the record's profile.
    """
    record = records.get_record(vault, record_id)
    jurisdiction = str(record.facts.get("jurisdiction", "CN"))
    if reply_days is not None:
        reply_days = check_reply_days(reply_days)
        if jurisdiction == "HK":
            # The PDPO sets the periods of Hong Kong letters (s19: 40 days); a period of our own would
            # be silently left out of the letter, so it is refused instead.
            raise InvalidInput(
                "a Hong Kong letter uses the periods of the PDPO (section 19: 40 days); "
                "a reply period of your own is only for mainland letters",
                field="reply_days",
            )
    letter = compose_letter(
        record.facts,
        list(types),
        lang or DEFAULT_LANG.get(jurisdiction, "zh-CN"),
        sender=None
        if blank_form
        else (sender if sender is not None else sender_for_profile(vault, record.profile_id)),
        letter_date=letter_date,
        reply_days=reply_days,
        reference_taken=reference_taken(vault),
    )
    return create_request(
        vault, record_id, snapshot_of(letter, blank_form=blank_form), profile_id=record.profile_id
    )


def render(letter: Letter, suffix: str) -> bytes:
    """Render by file extension (.pdf, .txt, .eml) with app/letters' own renderers."""
    return render_letter(letter, suffix.lstrip(".").lower())
