"""Letters written from a request's history: the reminder (催告函) and the complaint to a regulator.

How they say the history is decided here; what the history is (dates, reply, evidence) comes from the
tracking module's `Chronology`. A complaint states the real complaint: where the sender says consent
was genuinely given, it is that the withdrawal / deletion request was ignored or refused (PIPL 15, 47,
50), never "alleged consent" or an unlawful processing no ground supports.
"""

from __future__ import annotations

from collections.abc import Sequence

from app.errors import LetterError
from app.letters import hk, parts
from app.letters.context import LetterContext
from app.letters.model import BlockKind, Chronology, ReplyPeriodAsked
from app.rules.model import Citation


def _channel_word(ctx: LetterContext, channel: str) -> str:
    key = f"channel.{channel}"
    return ctx.phrases.get(key if channel and ctx.phrases.has(key) else "channel.default")


def type_names(ctx: LetterContext, types: Sequence[str]) -> str:
    """'withdrawal of consent and deletion' / '撤回同意、删除'."""
    return parts.join_list(ctx, [ctx.p(f"type_names.{t}") for t in types])


def history(ctx: LetterContext, chrono: Chronology, original_title: str, prefix: str = "reminder") -> None:
    summary = " ".join(chrono.reply_summary.split())
    summary_text = ctx.p("reminder.summary", summary=summary) if summary else ""
    sentences: list[str] = []
    if prefix == "reminder":
        sentences.append(
            ctx.p(
                "reminder.sent",
                sent=ctx.date_text(chrono.original_sent),
                channel=_channel_word(ctx, chrono.original_channel),
                original_title=original_title,
                reference=chrono.original_reference,
                types=type_names(ctx, chrono.original_types),
            )
        )
        if chrono.delivered:
            sentences.append(ctx.p("reminder.delivered", delivered=ctx.date_text(chrono.delivered)))
        if chrono.requested_reply_by:
            sentences.append(ctx.p("reminder.asked_by", due=ctx.date_text(chrono.requested_reply_by)))
        if chrono.replied is None:
            sentences.append(ctx.p("reminder.silence"))
        elif chrono.refused:
            sentences.append(
                ctx.p("reminder.refused", replied=ctx.date_text(chrono.replied), summary=summary_text)
            )
            if not summary and ctx.jurisdiction == "CN":
                sentences.append(ctx.say("reminder.reasons_missing", cites=[Citation("PIPL", "50", 1)]))
        else:
            sentences.append(
                ctx.p("reminder.replied", replied=ctx.date_text(chrono.replied), summary=summary_text)
            )
    else:
        sentences.append(
            ctx.p(
                "complaint.prior_request",
                sent=ctx.date_text(chrono.original_sent),
                reference=chrono.original_reference,
                types=type_names(ctx, chrono.original_types),
            )
        )
        if chrono.replied is None:
            sentences.append(ctx.p("complaint.prior_silence"))
        elif chrono.refused:
            sentences.append(
                ctx.p("complaint.prior_refused", replied=ctx.date_text(chrono.replied), summary=summary_text)
            )
        else:
            sentences.append(
                ctx.p("complaint.prior_replied", replied=ctx.date_text(chrono.replied), summary=summary_text)
            )
    ctx.add(BlockKind.PARAGRAPH, ctx.joiner().join(s for s in sentences if s))
    events = sorted(chrono.events, key=lambda e: e.date)
    if events:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reminder.events_heading"))
        for e in events:
            ctx.add(
                BlockKind.ITEM,
                ctx.p("reminder.event", date=ctx.date_text(e.date), note=" ".join(e.note.split())),
                label="•",
            )


def chronology_attachments(ctx: LetterContext, chrono: Chronology, extra: Sequence[str]) -> list[str]:
    # app.tracking words one line per earlier letter of the case when it has them.
    items = list(chrono.earlier_letters) or [
        ctx.p("attachments.original_letter", reference=chrono.original_reference)
    ]
    if chrono.tracking_number:
        items.append(ctx.p("attachments.delivery_proof", tracking=chrono.tracking_number))
    elif chrono.delivered:
        items.append(ctx.p("attachments.delivery_proof_plain"))
    if chrono.replied:
        items.append(ctx.p("attachments.reply", date=ctx.date_text(chrono.replied)))
    items.extend(chrono.evidence)
    items.extend(extra)
    return list(dict.fromkeys(items))


# ================================================================================================
# reminders
# ================================================================================================


def check_reminder_date(ctx: LetterContext, chrono: Chronology) -> None:
    """A reminder before the reply date the first letter asked for would blame the handler for a
    delay that has not happened yet."""
    due = chrono.requested_reply_by
    if due is not None and ctx.letter_date < due:
        raise LetterError(
            f"a reminder dated {ctx.letter_date.isoformat()} comes before the reply date the earlier "
            f"letter asked for ({due.isoformat()}); date it on or after {due.isoformat()}"
        )


def reminder_letter(
    ctx: LetterContext, chrono: Chronology, attachments: Sequence[str], reply_days: int | None
) -> tuple[str, ReplyPeriodAsked | None]:
    check_reminder_date(ctx, chrono)
    original = list(chrono.original_types)
    if ctx.jurisdiction == "HK":
        original_title = parts.hk_title(ctx, original)
        title = parts.hk_title(ctx, original, reminder=True)
    else:
        ordered = [t for t in parts.HANDLER_REQUEST_TYPES_CN if t in original]
        original_title = parts.cn_title(ctx, ordered)
        title = parts.cn_title(ctx, ordered, reminder=True)
    parts.header(ctx, title, parts.handler_addressee(ctx))
    parts.intro(ctx)
    ctx.heading("history")
    history(ctx, chrono, original_title)
    ctx.heading("requests")
    period: ReplyPeriodAsked | None
    if ctx.jurisdiction == "HK":
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reminder.repeat"))
        hk.request_items(ctx, [t for t in parts.HANDLER_REQUEST_TYPES_HK if t in original])
        ctx.heading("reply")
        if "hk_data_access" in original and chrono.replied is None and hk.access_period_passed(ctx, chrono):
            ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reminder_statutory_passed"))
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reminder_period"))
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reminder_escalate"))
        period = ReplyPeriodAsked(14, "days", False)
        parts.reply_to(ctx)
        hk.closing(ctx)
    else:
        sensitive = ctx.result.ground("sensitive_biometric")
        cites = sensitive.citations if sensitive else ()
        if not ctx.say_block(BlockKind.PARAGRAPH, "law.sensitive", cites=cites):
            ctx.say_block(BlockKind.PARAGRAPH, "law.biometric_pi", cites=cites)
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reminder.repeat"))
        parts.cn_request_items(ctx, [t for t in parts.HANDLER_REQUEST_TYPES_CN if t in original])
        ctx.heading("reply")
        days, unit, statutory = parts.cn_reply_period(ctx, reply_days, reminder=True)
        parts.refusal_and_reservation(ctx, "reminder.escalate")
        parts.reply_to(ctx)
        parts.instruments_note(ctx)
        ctx.add(BlockKind.CLOSING, ctx.p("closing"))
        period = ReplyPeriodAsked(days, unit, statutory)
    parts.attachments(ctx, chronology_attachments(ctx, chrono, attachments))
    parts.signature(ctx)
    return title, period


# ================================================================================================
# complaints
# ================================================================================================

REGULATOR_IDS = ("cyberspace_12377", "market_regulation_12315", "housing_authority")


def first_regulator_id(ctx: LetterContext) -> str | None:
    for c in ctx.result.complaint_channels:
        if c.id in REGULATOR_IDS or c.id == "hk_pcpd":
            return c.id
    return None


def regulator_name(ctx: LetterContext) -> str:
    """One addressee: the first regulator the rule library suggests, named as a letter names it."""
    if ctx.jurisdiction == "HK":
        return ctx.p("hk.complaint_to")
    ident = first_regulator_id(ctx)
    if ident is None:
        return ctx.placeholder("regulator")
    key = f"regulator_addressee.{ident}"
    if ctx.phrases.has(key):
        return ctx.p(key)
    channel = next(c for c in ctx.result.complaint_channels if c.id == ident)
    return ctx.rules.localized(channel.names, ctx.lang)


def parties(
    ctx: LetterContext, who: str, against: str, *, address_placeholder: str = "handler_address"
) -> None:
    """What a complaint or report must carry: the complainant's name, phone, address; the other
    party's name and address."""
    s = ctx.sender
    ctx.add(BlockKind.FIELD, ctx.p(who))
    ctx.add(BlockKind.FIELD, parts.sender_name(ctx), label=ctx.p("field.name"))
    ctx.add(
        BlockKind.FIELD,
        (s.phone if s and s.phone else ctx.placeholder("sender_phone")),
        label=ctx.p("field.phone"),
    )
    ctx.add(
        BlockKind.FIELD,
        (s.address if s and s.address else ctx.placeholder("sender_address")),
        label=ctx.p("field.address"),
    )
    if s and s.email:
        ctx.add(BlockKind.FIELD, s.email, label=ctx.p("field.email"))
    if s and s.shown_id_number:
        ctx.add(BlockKind.FIELD, s.shown_id_number, label=ctx.p("field.id_number"))
    h = ctx.facts.get("handler") or {}
    ctx.add(BlockKind.FIELD, ctx.p(against))
    ctx.add(BlockKind.FIELD, parts.handler_name(ctx), label=ctx.p("field.handler_name"))
    if h.get("uscc") and ctx.jurisdiction == "CN":
        ctx.add(BlockKind.FIELD, str(h["uscc"]), label=ctx.p("field.handler_uscc"))
    address = str(h.get("address") or ctx.facts.get("address") or "").strip()
    ctx.add(
        BlockKind.FIELD, address or ctx.placeholder(address_placeholder), label=ctx.p("field.handler_address")
    )
    if h.get("phone"):
        ctx.add(BlockKind.FIELD, str(h["phone"]), label=ctx.p("field.handler_phone"))


def consent_given(ctx: LetterContext) -> bool:
    return ctx.facts.get("consent_given_before") is True or ctx.facts.get("consent") == "separate"


def still_processing(ctx: LetterContext) -> bool:
    """ "Stop" fits only processing that has not ended (the service relationship still runs)."""
    return ctx.facts.get("relationship_ended") is not True


def cn_remedies(ctx: LetterContext, wanted: Sequence[str]) -> list[str]:
    remedies: list[str] = []
    if parts.breach_kinds(ctx) and still_processing(ctx):
        remedies.append(ctx.p("complaint.remedies.stop"))
    for t in parts.HANDLER_REQUEST_TYPES_CN:
        if t not in wanted:
            continue
        if t == "withdraw_consent":
            key = "withdraw_consent_given" if consent_given(ctx) else "withdraw_consent"
            if consent_given(ctx) and not still_processing(ctx):
                continue
            remedies.append(ctx.p(f"complaint.remedies.{key}"))
        else:
            remedies.append(ctx.p(f"complaint.remedies.{t}"))
    return remedies


def grievance(ctx: LetterContext, chrono: Chronology) -> None:
    """The real complaint about an earlier request: ignored or refused (PIPL 15, 47, 50)."""
    cites: list[Citation] = []
    if "withdraw_consent" in chrono.original_types:
        cites.append(Citation("PIPL", "15", 1))
    if "deletion" in chrono.original_types:
        cites.append(Citation("PIPL", "47", 1))
    cites.append(Citation("PIPL", "50", 1))
    sid = "complaint.grievance.silence" if chrono.replied is None else "complaint.grievance.refused"
    if chrono.replied is not None and not chrono.refused:
        return
    ctx.add(
        BlockKind.PARAGRAPH,
        ctx.say(sid, cites=cites, types=type_names(ctx, chrono.original_types)),
    )


def complaint_letter(
    ctx: LetterContext, chrono: Chronology | None, attachments: Sequence[str], regulator: str | None
) -> str:
    hk_record = ctx.jurisdiction == "HK"
    ctx.addressing = "respondent"
    title = ctx.p(
        "title.hk_complaint" if hk_record else "title.complaint",
        handler=parts.handler_name(ctx),
        pdpo=ctx.rules.instrument_name("HK_PDPO", ctx.lang) if hk_record else "",
    )
    ctx.add(BlockKind.TITLE, title)
    ctx.add(BlockKind.REFERENCE, ctx.phrases.get("reference_line", reference=ctx.reference))
    ctx.add(BlockKind.ADDRESSEE, ctx.p("addressee.regulator", regulator=regulator or regulator_name(ctx)))
    if ctx.phrases.has("addressee.salutation"):
        ctx.add(BlockKind.ADDRESSEE, ctx.phrases.get("addressee.salutation"))
    parties(ctx, "complaint.complainant", "complaint.respondent")

    wanted = (
        list(chrono.original_types)
        if chrono
        else [t for t in ctx.result.request_types if t not in ("complaint", "reminder")]
    )
    ctx.heading("complaint_request")
    if hk_record:
        # Without an earlier request there is no data access request to complain about; keeping data
        # no longer required (s26) is the data user's own duty, request or not.
        raised = wanted if chrono is not None else []
        issues = [ctx.p(f"hk.complaint_issue.{t}") for t in parts.HANDLER_REQUEST_TYPES_HK if t in raised]
        if chrono is None and ctx.facts.get("relationship_ended") is True:
            # "No longer required" (s26) is asserted only where the record says why.
            issues.append(ctx.p("hk.complaint_issue.retention"))
        if ctx.result.ground("hk_collection_principle"):
            issues.insert(0, ctx.p("hk.complaint_issue.collection"))
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p("hk.complaint_request", issues=ctx.phrases.get("list_sep").join(issues)),
        )
    else:
        remedies = cn_remedies(ctx, wanted)
        cites = ctx.rules.request_type_citations(ctx.facts, ctx.result, "complaint")
        ctx.say_block(
            BlockKind.PARAGRAPH,
            "complaint.request",
            cites=cites,
            quote=(Citation("PIPL", "65", 1), "处理结果"),
            remedies=ctx.p("complaint.remedies_lead", list=ctx.p("complaint.remedy_join").join(remedies))
            if remedies
            else "",
        )
    ctx.heading("complaint_facts")
    parts.facts_section(ctx, include_notes=True)
    if hk_record:
        hk.law_section(ctx)
    else:
        parts.cn_law_section(ctx)
        if chrono is not None:
            grievance(ctx, chrono)
    ctx.heading("chronology")
    if chrono is not None:
        original_title = (
            parts.hk_title(ctx, wanted)
            if hk_record
            else parts.cn_title(ctx, [t for t in parts.HANDLER_REQUEST_TYPES_CN if t in wanted])
        )
        history(ctx, chrono, original_title, prefix="complaint")
    else:
        # "Serious enough to go to a regulator at once" is the rule library's call (complaint suggested).
        serious = "complaint" in ctx.result.request_types
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p("complaint.no_prior_request" if serious else "complaint.no_prior_request_plain"),
        )
    evidence_section(ctx, chrono, attachments)
    parts.instruments_note(ctx)
    if ctx.phrases.has("complaint.closing"):
        ctx.add(BlockKind.CLOSING, ctx.p("complaint.closing"))
    parts.signature(ctx, role="complainant")
    return title


def evidence_section(
    ctx: LetterContext,
    chrono: Chronology | None,
    attachments: Sequence[str],
    none_key: str = "complaint.evidence_none",
) -> None:
    ctx.heading("evidence")
    evidence = (
        chronology_attachments(ctx, chrono, attachments)
        if chrono
        else [i for i in (" ".join(a.split()) for a in attachments) if i]
    )
    if evidence:
        for n, item in enumerate(evidence, start=1):
            ctx.add(BlockKind.ITEM, item, label=ctx.item_label(n))
    else:
        ctx.add(BlockKind.PARAGRAPH, ctx.p(none_key))
