"""Parts every letter shares: header, facts, the mainland law section, requests, reply, signature.

Each fact or law sentence is a statement (statements.py) asked for through `ctx.say`; this module
only orders them. A statement that does not hold for the record is simply not there.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import Any

from app.letters import statements
from app.letters.context import LetterContext
from app.letters.model import BlockKind, is_email
from app.rules.model import Citation

HANDLER_REQUEST_TYPES_CN = (
    "withdraw_consent",
    "deletion",
    "alternative_method",
    "access_copy",
    "explanation",
)
HANDLER_REQUEST_TYPES_HK = ("hk_data_access", "hk_erasure")
METHODS = ("access_gate", "checkin_terminal", "camera", "payment_terminal", "app_verification", "kiosk")
PUBLIC_SECURITY = "public_security_exemption"


def whose(facts: dict[str, Any], lang: str) -> str:
    child = facts.get("subject_under_14") is True
    if lang == "en":
        return "my child's" if child else "my"
    if lang == "zh-HK":
        return "本人子女" if child else "本人"
    return "被监护人" if child else "本人"


def handler_name(ctx: LetterContext) -> str:
    name = str((ctx.facts.get("handler") or {}).get("name") or "").strip()
    return name or ctx.placeholder("handler_name")


def handler_email(ctx: LetterContext) -> str:
    email = str((ctx.facts.get("handler") or {}).get("email") or "").strip()
    return email if is_email(email) else ""


def sender_name(ctx: LetterContext) -> str:
    return ctx.sender.name if ctx.sender is not None else ctx.placeholder("sender_name")


def public_security_use(ctx: LetterContext) -> bool:
    return any(c.id == PUBLIC_SECURITY for c in ctx.result.caveats)


# --- titles ----------------------------------------------------------------------------------------


def cn_title(ctx: LetterContext, types: Sequence[str], reminder: bool = False) -> str:
    parts = [ctx.p(f"title.parts.{t}") for t in types]
    if len(parts) == 1:
        body = parts[0]
    else:
        body = ctx.phrases.get("title.join").join(parts[:-1]) + ctx.phrases.get("title.last_join") + parts[-1]
    if ctx.lang == "en":
        return ctx.phrases.get("title.reminder_prefix" if reminder else "title.prefix") + body
    suffix = ctx.phrases.get("title.reminder_suffix" if reminder else "title.suffix")
    return ctx.phrases.get("title.prefix") + body + suffix


def hk_title(ctx: LetterContext, types: Sequence[str], reminder: bool = False) -> str:
    ordered = [t for t in HANDLER_REQUEST_TYPES_HK if t in types]
    pdpo = ctx.rules.instrument_name("HK_PDPO", ctx.lang)
    if ctx.lang == "en":
        if len(ordered) == 2:
            body = ctx.phrases.get("title.hk")
        else:
            body = ctx.phrases.get(f"title.hk_parts.{ordered[0]}") + ctx.phrases.get("title.hk_suffix")
    else:
        body = ctx.phrases.get("title.hk_prefix", pdpo=pdpo) + ctx.phrases.get("title.join").join(
            ctx.phrases.get(f"title.hk_parts.{t}") for t in ordered
        )
    return (ctx.phrases.get("title.hk_reminder_prefix") + body) if reminder else body


# --- header ----------------------------------------------------------------------------------------


def header(ctx: LetterContext, title: str, addressee: str) -> None:
    ctx.add(BlockKind.TITLE, title)
    ctx.add(BlockKind.REFERENCE, ctx.phrases.get("reference_line", reference=ctx.reference))
    ctx.add(BlockKind.ADDRESSEE, addressee)
    if ctx.phrases.has("addressee.salutation"):
        ctx.add(BlockKind.ADDRESSEE, ctx.phrases.get("addressee.salutation"))


def handler_addressee(ctx: LetterContext) -> str:
    handler = handler_name(ctx)
    officer = str((ctx.facts.get("handler") or {}).get("pi_officer") or "").strip()
    prefix = "addressee.hk_" if ctx.jurisdiction == "HK" else "addressee."
    if officer:
        return ctx.phrases.get(prefix + "handler_officer", handler=handler, officer=officer)
    return ctx.phrases.get(prefix + "handler", handler=handler)


def intro(ctx: LetterContext) -> None:
    child = ctx.facts.get("subject_under_14") is True
    key = ("intro.hk_" if ctx.jurisdiction == "HK" else "intro.") + ("guardian" if child else "self")
    ctx.add(BlockKind.PARAGRAPH, ctx.p(key, name=sender_name(ctx)))


# --- facts -------------------------------------------------------------------------------------------


def at_place(ctx: LetterContext) -> str:
    """'在朝阳区某小区东门' / ' at …' — the place as the record names it; '' when it names none (the
    category, "住宅小区", is not a place, and "贵方的住宅小区" reads as nonsense in a complaint)."""
    name = str(ctx.facts.get("place_name") or "").strip()
    address = str(ctx.facts.get("address") or "").strip()
    if name and address:
        place = ctx.phrases.get("place_with_address", place=name, address=address)
    else:
        place = name or address
    return ctx.phrases.get("at_place", place=place) if place else ""


def alternatives(ctx: LetterContext) -> str:
    method = str(ctx.facts.get("method") or "")
    key = f"facts.alternatives_by_method.{method}"
    return ctx.p(key if ctx.phrases.has(key) else "facts.alternatives_by_method.default")


def facts_sentences(ctx: LetterContext) -> list[str]:
    """One sentence per fact the record holds; an unknown or absent fact yields nothing."""
    f = ctx.facts
    pre = "facts." if ctx.jurisdiction == "CN" else "hk.facts."
    say = ctx.say
    out: list[str] = []
    first = ctx.date_text(date.fromisoformat(str(f["date"])))
    place = at_place(ctx)
    method = str(f.get("method") or "")
    out.append(
        (say(f"{pre}method.{method}", date=first, at_place=place) if method in METHODS else "")
        or say(f"{pre}collected", date=first, at_place=place)
    )
    purpose = str(f.get("purpose") or "")
    purpose_text = say(f"{pre}purpose.{purpose}") if purpose else ""
    if purpose_text:
        recognition = str(f.get("recognition") or "")
        tail = say(f"{pre}recognition.{recognition}") if recognition else ""
        out.append(purpose_text + (tail or ctx.phrases.get("facts.recognition.unknown")))
    last_seen = f.get("last_seen")
    if last_seen and last_seen != f["date"]:
        out.append(say(f"{pre}last_seen", last_seen=ctx.date_text(date.fromisoformat(str(last_seen)))))
    out.append(say(f"{pre}notice.{f.get('notice')}") if f.get("notice") in ("none", "unclear") else "")
    consent = str(f.get("consent") or "")
    if consent in ("not_asked", "implied", "bundled", "forced", "separate"):
        out.append(say(f"{pre}consent.{consent}"))
    alternative = str(f.get("alternative") or "")
    if alternative in ("none", "refused"):
        out.append(say(f"{pre}alternative.{alternative}", alternatives=alternatives(ctx)))
    out.append(say(f"{pre}service_refused.{purpose}") if purpose else "")
    if not out[-1]:
        out.append(say(f"{pre}service_refused.default"))
    out.append(say(f"{pre}private_space.hotel") or say(f"{pre}private_space.default"))
    for name in ("transmitted_off_device", "shared_or_sold", "leaked"):
        out.append(say(f"{pre}{name}"))
    terms = str(f.get("contract_terms") or "")
    if terms in ("unlimited_or_irrevocable", "changed_unilaterally"):
        out.append(say(f"{pre}contract_terms.{terms}"))
    out.append(say(f"{pre}relationship_ended"))
    return [s for s in out if s]


def facts_section(ctx: LetterContext, include_notes: bool) -> None:
    sentences = facts_sentences(ctx)
    if ctx.jurisdiction == "HK":
        sentences.append(ctx.say("hk.facts_data"))
    ctx.add(BlockKind.PARAGRAPH, ctx.joiner().join(s for s in sentences if s))
    notes = " ".join(str(ctx.facts.get("notes") or "").split())
    if include_notes and notes:
        pre = "facts." if ctx.jurisdiction == "CN" else "hk.facts."
        ctx.add(BlockKind.PARAGRAPH, ctx.say(f"{pre}notes", notes=notes))


# --- mainland law ----------------------------------------------------------------------------------


def _quote_spec(ctx: LetterContext, statement_id: str) -> tuple[Citation, str | None] | None:
    key = statements.get(statement_id).key.rsplit(".", 1)[0] + ".quote"
    if ctx.lang != "zh-CN" or not ctx.phrases.has(key):
        return None
    spec = ctx.phrases._lookup(key)
    return Citation(spec["instrument"], spec["article"], spec.get("paragraph"), spec.get("item")), spec.get(
        "contains"
    )


def law_statement_for(ctx: LetterContext, ground_id: str) -> str | None:
    """The first statement of a ground that holds for the record with a citation in force."""
    ground = ctx.result.ground(ground_id)
    if ground is None:
        return None
    for sid in statements.LAW_BY_GROUND.get(ground_id, ()):
        if ctx.usable(sid, ground.citations) is not None:
            return sid
    return None


def cn_law_section(ctx: LetterContext) -> None:
    """What face information is in law (in force for the record), then each ground that holds."""
    sensitive = ctx.result.ground("sensitive_biometric")
    basis: Sequence[Citation] = sensitive.citations if sensitive else ()
    if not ctx.say_block(BlockKind.PARAGRAPH, "law.sensitive", cites=basis):
        ctx.say_block(BlockKind.PARAGRAPH, "law.biometric_pi", cites=basis)
    items: list[tuple[str, Sequence[Citation]]] = []
    for ground in ctx.result.grounds:
        if ground.id == "sensitive_biometric":
            continue
        sid = law_statement_for(ctx, ground.id)
        if sid is not None:
            items.append((sid, ground.citations))
    # A guardian's letter: the guardian-consent rule right after the consent argument it completes.
    ids = [sid for sid, _ in items]
    if "law.child_under_14" in ids and "law.no_separate_consent.child" in ids:
        child = items.pop(ids.index("law.child_under_14"))
        items.insert(ids.index("law.no_separate_consent.child") + 1, child)
    caveat = next((c for c in ctx.result.caveats if c.id == PUBLIC_SECURITY), None)
    if caveat is not None and ctx.usable("law.public_security_use", caveat.citations) is not None:
        items.append(("law.public_security_use", caveat.citations))
    if not items:
        return
    ctx.add(BlockKind.PARAGRAPH, ctx.p("law.intro"))
    for n, (sid, cites) in enumerate(items, start=1):
        ctx.say_block(
            BlockKind.ITEM,
            sid,
            cites=cites,
            quote=_quote_spec(ctx, sid),
            wrap="law.ground_quote",
            label=ctx.sub_label(n),
        )


def breach_kinds(ctx: LetterContext) -> set[str]:
    """'law' / 'agreement': the kinds of breach this letter can argue (a breach ground with a
    statement that holds). PIPL 47(1)(四) and Civil Code 1037 ¶2 are cited only for these."""
    kinds: set[str] = set()
    for ground in ctx.result.grounds:
        sid = law_statement_for(ctx, ground.id) if ground.breach else None
        if sid is not None and statements.argues_breach(statements.get(sid), ctx.record):
            kinds.add("agreement" if ground.id in statements.AGREEMENT_GROUNDS else "law")
    return kinds


# --- mainland requests -----------------------------------------------------------------------------


def request_citations(ctx: LetterContext, request_type: str, chosen: Sequence[str]) -> tuple[Citation, ...]:
    """A request's citations without the common ones (PIPL 50), which the refusal paragraph cites once."""
    common = set(ctx.rules.common_request_citations(ctx.jurisdiction))
    cites = ctx.rules.request_citations(ctx.facts, ctx.result, request_type, chosen)
    return tuple(c for c in cites if c not in common)


def cn_request_items(ctx: LetterContext, ordered: Sequence[str]) -> None:
    n = 0
    for t in ordered:
        if cn_request_item(ctx, t, ordered, ctx.item_label(n + 1)):
            n += 1
    if "deletion" in ordered:
        ground = ctx.result.ground("private_space_device")
        if ground and ctx.say_block(
            BlockKind.ITEM, "request.remove_device", cites=ground.citations, label=ctx.item_label(n + 1)
        ):
            n += 1
    caveat = next((c for c in ctx.result.caveats if c.id == PUBLIC_SECURITY), None)
    if caveat is not None and ctx.say_block(
        BlockKind.ITEM, "request.confine_public_security", cites=caveat.citations, label=ctx.item_label(n + 1)
    ):
        n += 1


def cn_request_item(ctx: LetterContext, t: str, chosen: Sequence[str], label: str) -> bool:
    cites = request_citations(ctx, t, chosen)
    if t == "withdraw_consent":
        for sid in (
            "request.withdraw_consent.given",
            "request.withdraw_consent.given_separate",
            "request.withdraw_consent.not_given",
            "request.withdraw_consent.not_given_recorded",
            "request.withdraw_consent.unknown",
        ):
            if ctx.say_block(
                BlockKind.ITEM, sid, cites=cites, quote=(Citation("PIPL", "15", 1), "撤回其同意"), label=label
            ):
                return True
        return False
    if t == "deletion":
        return deletion_item(ctx, cites, label)
    if t == "alternative_method":
        return ctx.say_block(
            BlockKind.ITEM,
            "request.alternative_method",
            cites=cites,
            quote=(Citation("FACE_MEASURES_2025", "10", 1), "不同意通过人脸信息"),
            label=label,
            alternatives=alternatives(ctx),
        )
    if t == "access_copy":
        return ctx.say_block(BlockKind.ITEM, "request.access_copy", cites=cites, label=label)
    if t == "explanation":
        return ctx.say_block(BlockKind.ITEM, "request.explanation", cites=cites, label=label)
    return False


def join_list(ctx: LetterContext, items: Sequence[str], sep_key: str = "list_sep") -> str:
    """'a, b and c' in English; 'a；b' / 'a、b' in Chinese (the language file's separators)."""
    sep = ctx.phrases.get(sep_key)
    last = ctx.phrases.get("list_last") if ctx.phrases.has("list_last") else sep
    return sep.join(items[:-1]) + last + items[-1] if len(items) > 1 else "".join(items)


def deletion_item(ctx: LetterContext, cites: Sequence[Citation], label: str) -> bool:
    if public_security_use(ctx) and not breach_kinds(ctx):
        # A public-security camera: ask to delete what public security no longer needs (47(1)(一)).
        return ctx.say_block(
            BlockKind.ITEM,
            "request.deletion.public_security",
            cites=[Citation("PIPL", "47", 1, 1)],
            label=label,
        )
    kinds = breach_kinds(ctx)
    kept: list[Citation] = []
    for c in cites:
        breach_cite = (c.instrument == "PIPL" and c.article == "47" and c.item == 4) or (
            c.instrument == "CIVIL_CODE" and c.article == "1037"
        )
        if breach_cite and not kinds:
            continue  # no breach argued in this letter: its deletion item does not claim one
        kept.append(c)
    pipl47 = [c for c in kept if c.instrument == "PIPL" and c.article == "47"]
    if not pipl47 and any(c.instrument == "PIPL" and c.article == "47" for c in cites):
        pipl47 = [Citation("PIPL", "47", 1)]
    others = [c for c in kept if not (c.instrument == "PIPL" and c.article == "47")]
    text = ctx.say("request.deletion", cites=pipl47 + others)
    if not text:
        return False
    reasons = []
    for c in pipl47:
        if c.item is None:
            continue
        key = str(c.item)
        if c.item == 4:
            key = (
                "4_both"
                if kinds == {"law", "agreement"}
                else "4_agreement"
                if kinds == {"agreement"}
                else "4"
            )
        reasons.append(ctx.say(f"request.deletion_reason.{key}"))
    reasons = [r for r in reasons if r]
    sep = ctx.joiner()
    if reasons:
        text += sep + ctx.p("request.deletion_grounds", reasons=join_list(ctx, reasons, "reasons_sep"))
    retention = Citation("PIPL", "47", 2)
    retention_text = ctx.say("request.deletion_retention", cites=[retention])
    if retention_text:
        text += sep + retention_text
    ctx.add(BlockKind.ITEM, text, label=label)
    return True


# --- reply, signature ------------------------------------------------------------------------------


def common_citations(ctx: LetterContext) -> list[Citation]:
    """What every mainland request cites (PIPL 50), if in scope for this record."""
    return [
        c for c in ctx.rules.common_request_citations(ctx.jurisdiction) if ctx.rules.in_scope(c, ctx.result)
    ]


def days_text(ctx: LetterContext, days: int, unit: str) -> str:
    return ctx.p(f"reply.days.{unit}", n=ctx.number_text(days))


def channel_names(ctx: LetterContext) -> str:
    """The regulators a reservation names, each as the letter language writes it."""
    names = []
    for c in ctx.result.complaint_channels:
        if c.id in ("handler", "court", "public_security", "hk_data_user"):
            continue
        key = f"channel_names.{c.id}"
        names.append(ctx.p(key) if ctx.phrases.has(key) else ctx.rules.localized(c.names, ctx.lang))
    if not names:
        return ctx.p("reply.channels_default")
    if len(names) == 1:
        return names[0]
    return ctx.phrases.get("list_sep").join(names[:-1]) + ctx.phrases.get("or_join") + names[-1]


def court_citations(ctx: LetterContext) -> list[Citation]:
    court = next((c for c in ctx.result.complaint_channels if c.id == "court"), None)
    return list(court.citations[:1]) if court and court.citations else []


def refusal_and_reservation(ctx: LetterContext, reservation: str = "reply.reservation") -> None:
    common = common_citations(ctx)
    if not ctx.say_block(BlockKind.PARAGRAPH, "reply.refusal", cites=common):
        ctx.add(BlockKind.PARAGRAPH, ctx.say("reply.refusal_plain"))
    complaint = ctx.rules.request_type_citations(ctx.facts, ctx.result, "complaint")
    ctx.add(
        BlockKind.PARAGRAPH,
        ctx.say(
            reservation,
            cite_fields={"complaint_cites": complaint, "court_cites": court_citations(ctx)},
            channels=channel_names(ctx),
        ),
    )


def practice_period(ctx: LetterContext) -> int | None:
    """The library's non-statutory mainland default (regulators' practice, 15 working days)."""
    for rule in ctx.rules.library.reply_periods:
        if rule.jurisdiction == "CN" and not rule.statutory and rule.unit == "working_days":
            return rule.days
    return None


def cn_reply_period(
    ctx: LetterContext, reply_days: int | None, *, reminder: bool = False
) -> tuple[int, str, bool]:
    """The period asked for: the library's default (regulators' practice), a statutory one (Hangzhou
    Art. 50 ¶3: the letter is then framed as a complaint under that article), or the sender's own."""
    rp = ctx.result.reply_period
    practice = practice_period(ctx)
    prefix = "reminder." if reminder else "reply."
    if reply_days is not None and reply_days == practice:
        # The sender picked the regulators' practice figure itself (15 working days).
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.say(prefix + "period", days_text=days_text(ctx, reply_days, "working_days")),
        )
        return reply_days, "working_days", False
    if reply_days is not None:
        assert reply_days is not None
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.say(prefix + "period_own", days_text=days_text(ctx, reply_days, "working_days")),
        )
        return reply_days, "working_days", False
    if rp.statutory and ctx.say_block(
        BlockKind.PARAGRAPH,
        "reply.period_hangzhou_complaint",
        cites=rp.citations,
        quote=(Citation("HANGZHOU_PROPERTY", "50", 3), "十日内作出答复"),
        days_text=days_text(ctx, rp.days, rp.unit),
    ):
        return rp.days, rp.unit, True
    ctx.add(BlockKind.PARAGRAPH, ctx.say(prefix + "period", days_text=days_text(ctx, rp.days, rp.unit)))
    return rp.days, rp.unit, False


def reply_to(ctx: LetterContext) -> None:
    ctx.add(BlockKind.PARAGRAPH, ctx.p("reply.reply_to", reference=ctx.reference))


def signature(ctx: LetterContext, role: str = "writer") -> None:
    ctx.add(BlockKind.SIGNATURE, ctx.p(f"signature.{role}", name=sender_name(ctx)))
    ctx.add(BlockKind.SIGNATURE, ctx.p("signature.sign_here"))
    s = ctx.sender
    if s is not None:
        for key, value in (
            ("phone", s.phone),
            ("email", s.email),
            ("address", s.address),
            ("id_number", s.shown_id_number),
        ):
            if value:
                ctx.add(BlockKind.SIGNATURE, ctx.p(f"field.{key}") + value)
    ctx.add(BlockKind.DATE, ctx.p("signature.date", date=ctx.date_text(ctx.letter_date)))


def attachments(ctx: LetterContext, items: Sequence[str]) -> None:
    kept = [i for i in (" ".join(x.split()) for x in items) if i]
    if not kept:
        return
    ctx.add(BlockKind.FIELD, ctx.p("attachments.heading"))
    for n, item in enumerate(kept, start=1):
        ctx.add(BlockKind.ITEM, item, label=ctx.item_label(n))


def instruments_note(ctx: LetterContext) -> None:
    """English letters about mainland records: the Chinese titles, so the recipient can look them up."""
    if ctx.lang != "en" or ctx.jurisdiction != "CN":
        return
    seen = list(dict.fromkeys(c.instrument for c in ctx.cited))
    entries = [
        ctx.p(
            "law.instrument_entry",
            en=ctx.rules.instrument_name(i, "en"),
            zh=ctx.rules.instrument_name(i, "zh-CN"),
        )
        for i in seen
    ]
    if entries:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("law.instruments", list="; ".join(entries)))
