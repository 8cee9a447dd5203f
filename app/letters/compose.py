"""Compose a letter from the facts, the grounds that hold and the chosen request types.

Not a form letter: every sentence that states a fact or the law is a statement
(app/letters/statements.py) that holds for this record — its ground, its facts, its party and the
law in force on the record's dates — or it is not there. Which grounds hold, what each ground and
request cites, the reply period and the complaint channels all come from the rule library
(app.rules); the letter modules only choose wording (resources/templates/letters/) and order.
Statute text appears only as verbatim `Quote`s taken from the library's copy of the official texts.

Kinds of letter, each in its own module:
- a request to the handler (mainland here; Hong Kong in hk.py),
- a reminder (催告函) and a complaint to a regulator, from a `Chronology` (followups.py),
- a report to the public security organ, 报案材料 (police.py).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from typing import Any

from app.errors import InvalidInput, LetterError
from app.facts import validate_facts
from app.letters import followups, hk, parts, police, rules_view
from app.letters.context import LetterContext
from app.letters.model import (
    HK_TYPES,
    LANGUAGES,
    LANGUAGES_BY_JURISDICTION,
    MAINLAND_TYPES,
    STANDALONE_TYPES,
    BlockKind,
    Chronology,
    Letter,
    ReplyPeriodAsked,
    Sender,
    parse_types,
)
from app.letters.phrases import load_phrases
from app.letters.reference import check_reference, new_reference

# The longest reply period a letter asks for (the same bound as app.tracking.deadlines.MAX_REPLY_DAYS;
# not imported from there because app.tracking imports this package).
MAX_REPLY_DAYS = 60
# Before the Civil Code (2021-01-01) no instrument in the library protects face data: a mainland letter
# for processing that ended before then would assert legal conclusions with no law to cite.
_JURISDICTION_NAMES = {"CN": "mainland (CN)", "HK": "Hong Kong (HK)"}


def compose_letter(
    facts: Mapping[str, Any],
    types: str | Sequence[str],
    lang: str,
    *,
    sender: Sender | None = None,
    letter_date: date | None = None,
    reference: str | None = None,
    chronology: Chronology | None = None,
    attachments: Sequence[str] = (),
    reply_days: int | None = None,
    regulator: str | None = None,
    include_notes: bool = True,
    library: Any | None = None,
    reference_taken: Callable[[str], bool] | None = None,
) -> Letter:
    """Compose one letter. Raises InvalidFacts / InvalidInput / LetterError with a one-line message.

    `types`: request types ("withdraw_consent,deletion" or a sequence). `complaint`, `reminder` and
    `police_report` are letters of their own and cannot be mixed with others. `chronology` is
    required for a reminder and used by a complaint or police report when present.
    `reply_days` is the sender's own requested reply period in working days (mainland only).
    `regulator` names the addressee of a complaint or police report (default: the rule library's
    suggestion, an editable hint).
    """
    checked = validate_facts(dict(facts))
    request_types = parse_types(types)
    if lang not in LANGUAGES:
        raise LetterError(f"unknown letter language {lang!r}; use one of {', '.join(LANGUAGES)}")
    jurisdiction = str(checked["jurisdiction"])
    _check_language(jurisdiction, lang)
    allowed = MAINLAND_TYPES if jurisdiction == "CN" else HK_TYPES
    for t in request_types:
        if t not in allowed:
            raise LetterError(
                f"request type {t} does not fit a {_JURISDICTION_NAMES[jurisdiction]} record; "
                f"use {', '.join(allowed)}"
            )
    for alone in STANDALONE_TYPES:
        if alone in request_types and len(request_types) > 1:
            raise LetterError(
                f"a {alone} is a letter of its own and cannot be combined with "
                + ", ".join(t for t in request_types if t != alone)
            )
    if "reminder" in request_types and chronology is None:
        raise LetterError(
            "a reminder needs the earlier request's chronology (original reference, date sent, types)"
        )
    if chronology is not None:
        for t in chronology.original_types:
            if t not in allowed or t in STANDALONE_TYPES:
                raise LetterError(f"chronology.original_types: {t} does not fit this record")
    if reply_days is not None and not 1 <= reply_days <= MAX_REPLY_DAYS:
        raise LetterError(f"reply period must be between 1 and {MAX_REPLY_DAYS} days")
    if reply_days is not None and jurisdiction == "HK":
        raise LetterError(
            "a Hong Kong letter's periods are the Ordinance's (40 days); --reply-days is mainland only"
        )

    rules = rules_view.RulesView.create(library)
    on = letter_date or date.today()
    last_seen = checked.get("last_seen") or checked["date"]
    if date.fromisoformat(str(last_seen)) > on:
        raise InvalidInput(
            f"the last-seen date {last_seen} is after the letter date {on.isoformat()}", field="last_seen"
        )
    code = check_reference(reference) if reference else new_reference(on, reference_taken)
    result = rules.check(checked)
    ctx = LetterContext(
        facts=checked,
        lang=lang,
        jurisdiction=jurisdiction,
        phrases=load_phrases(lang),
        rules=rules,
        result=result,
        sender=sender,
        letter_date=on,
        reference=code,
        whose=parts.whose(checked, lang),
        requests=frozenset(request_types),
    )
    if jurisdiction == "CN" and not ctx.instrument_in_force("CIVIL_CODE"):
        raise LetterError(
            f"the face was last processed on {result.processing_date.isoformat()}, before the Civil Code "
            "(2021-01-01) and the Personal Information Protection Law (2021-11-01) took effect; no rule in "
            "the library applies to that processing, so no letter can cite one. If the face is still "
            "stored or used, record that date as last_seen"
        )
    kind = request_types[0] if request_types[0] in STANDALONE_TYPES else "request"
    period: ReplyPeriodAsked | None = None
    if kind == "complaint":
        if chronology is not None:
            ctx.requests = frozenset(chronology.original_types)
        title = followups.complaint_letter(ctx, chronology, attachments, regulator)
        recipient_name, recipient_email = regulator or followups.regulator_name(ctx), ""
    elif kind == "police_report":
        title = police.report_letter(ctx, chronology, attachments, regulator)
        recipient_name, recipient_email = regulator or police.police_name(ctx), ""
    elif kind == "reminder":
        assert chronology is not None
        ctx.requests = frozenset(chronology.original_types)
        title, period = followups.reminder_letter(ctx, chronology, attachments, reply_days)
        recipient_name, recipient_email = parts.handler_name(ctx), parts.handler_email(ctx)
    else:
        if jurisdiction == "HK":
            title, period = hk.request_letter(ctx, request_types, attachments, include_notes)
        else:
            title, period = _request_letter(ctx, request_types, attachments, reply_days, include_notes)
        recipient_name, recipient_email = parts.handler_name(ctx), parts.handler_email(ctx)
    shown_types = request_types if kind == "request" else (kind,)
    subject = ctx.phrases.get("subject", title=title.replace("\n", " "), reference=code)
    return Letter(
        reference=code,
        lang=lang,
        jurisdiction=jurisdiction,
        request_types=shown_types,
        letter_date=on,
        title=title,
        email_subject=subject,
        blocks=tuple(ctx.blocks),
        recipient_name=recipient_name,
        recipient_email=recipient_email,
        sender=sender,
        citations=tuple(ctx.cited),
        grounds=result.ground_ids,
        reply_period=period,
        library_version=result.library_version,
        placeholders=tuple(ctx.placeholders),
        attachments=tuple(attachments),
        statements=tuple(ctx.said),
        cited_by=tuple(ctx.cited_by),
    )


def _check_language(jurisdiction: str, lang: str) -> None:
    fitting = LANGUAGES_BY_JURISDICTION[jurisdiction]
    if lang not in fitting:
        raise LetterError(
            f"language {lang} does not fit a {_JURISDICTION_NAMES[jurisdiction]} record; "
            f"use {' or '.join(fitting)}"
            + (
                " (Hong Kong letters are written in English or Traditional Chinese, zh-HK)"
                if jurisdiction == "HK"
                else ""
            )
        )


def _request_letter(
    ctx: LetterContext,
    types: Sequence[str],
    attachments: Sequence[str],
    reply_days: int | None,
    include_notes: bool,
) -> tuple[str, ReplyPeriodAsked]:
    ordered = [t for t in parts.HANDLER_REQUEST_TYPES_CN if t in types]
    title = parts.cn_title(ctx, ordered)
    parts.header(ctx, title, parts.handler_addressee(ctx))
    parts.intro(ctx)
    ctx.heading("facts")
    parts.facts_section(ctx, include_notes)
    ctx.heading("law")
    parts.cn_law_section(ctx)
    ctx.heading("requests")
    ctx.add(BlockKind.PARAGRAPH, ctx.p("request.intro"))
    parts.cn_request_items(ctx, ordered)
    ctx.heading("reply")
    days, unit, statutory = parts.cn_reply_period(ctx, reply_days)
    parts.refusal_and_reservation(ctx)
    parts.reply_to(ctx)
    parts.instruments_note(ctx)
    ctx.add(BlockKind.CLOSING, ctx.p("closing"))
    parts.attachments(ctx, attachments)
    parts.signature(ctx)
    return title, ReplyPeriodAsked(days, unit, statutory)
