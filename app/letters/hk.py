"""Hong Kong letters: the PDPO only, in English or Hong Kong Chinese; nothing mainland in any language.

Section 26's test is "no longer required": erasure is framed as the data user's own duty, and the
letter says the data are no longer required only when the record says why (the relationship ended).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from app.letters import parts
from app.letters.context import LetterContext
from app.letters.model import BlockKind, Chronology, ReplyPeriodAsked

# PDPO s19: a data access request must be complied with within 40 days after receiving it.
HK_ACCESS_DAYS = 40


def held_data(ctx: LetterContext) -> str:
    """What the data user holds, as far as the record shows: access logs only for an access gate."""
    method = str(ctx.facts.get("method") or "")
    key = f"hk.held.{method}"
    return ctx.p(key if ctx.phrases.has(key) else "hk.held.default")


def law_section(ctx: LetterContext) -> None:
    pdpo = ctx.rules.instrument_name("HK_PDPO", ctx.lang)
    ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.law_intro", pdpo=pdpo))
    ctx.introduced.add("HK_PDPO")  # the intro names it in full and says "the Ordinance" / 「條例」
    n = 0
    for ground in ctx.result.grounds:
        if ground.id == "hk_collection_principle":
            text = ctx.say("hk.dpp1", cites=ground.citations)
            argument = ctx.say("hk.dpp1_argument")
            if text:
                n += 1
                ctx.add(
                    BlockKind.ITEM,
                    text + (ctx.joiner() + argument if argument else ""),
                    label=ctx.phrases.get("sub_item_label", n=n),
                )
    ctx.add(BlockKind.PARAGRAPH, ctx.say("hk.guidance"))


def request_items(ctx: LetterContext, ordered: Sequence[str]) -> None:
    n = 0
    if "hk_data_access" in ordered:
        cites = parts.request_citations(ctx, "hk_data_access", ordered)
        s18 = [c for c in cites if c.article == "s18"]
        s19 = [c for c in cites if c.article == "s19"]
        text = ctx.say("hk.access", cites=s18, cite_fields={"s19": s19}, held=held_data(ctx))
        if text:
            n += 1
            ctx.add(BlockKind.ITEM, text, label=ctx.item_label(n))
    if "hk_erasure" in ordered:
        cites = parts.request_citations(ctx, "hk_erasure", ordered)
        text = ctx.say("hk.erasure", cites=cites)
        reason = ctx.say("hk.erasure_not_required")
        if text:
            n += 1
            ctx.add(BlockKind.ITEM, text + (ctx.joiner() + reason if reason else ""), label=ctx.item_label(n))
    alternative = ctx.say("hk.alternative", alternatives=parts.alternatives(ctx))
    if alternative:
        n += 1
        ctx.add(BlockKind.ITEM, alternative, label=ctx.item_label(n))


def closing(ctx: LetterContext) -> None:
    if ctx.lang == "zh-HK":
        # 此致 indented, then the addressee at the start of the next line (Chinese letter form).
        ctx.add(BlockKind.CLOSING, ctx.p("closing") + "\n" + parts.handler_name(ctx))
    else:
        ctx.add(BlockKind.CLOSING, ctx.p("closing"))


def request_letter(
    ctx: LetterContext, types: Sequence[str], attachments: Sequence[str], include_notes: bool
) -> tuple[str, ReplyPeriodAsked | None]:
    ordered = [t for t in parts.HANDLER_REQUEST_TYPES_HK if t in types]
    title = parts.hk_title(ctx, ordered)
    parts.header(ctx, title, parts.handler_addressee(ctx))
    parts.intro(ctx)
    ctx.heading("facts")
    parts.facts_section(ctx, include_notes)
    ctx.heading("law")
    law_section(ctx)
    ctx.heading("requests")
    request_items(ctx, ordered)
    ctx.heading("reply")
    period: ReplyPeriodAsked | None = None
    if "hk_data_access" in ordered:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.refusal"))
        rp = ctx.result.reply_period
        period = ReplyPeriodAsked(rp.days, rp.unit, rp.statutory)
    if "hk_erasure" in ordered:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.erasure_period"))
        if period is None:
            period = ReplyPeriodAsked(40, "days", False)
    ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reservation"))
    parts.reply_to(ctx)
    closing(ctx)
    parts.attachments(ctx, attachments)
    parts.signature(ctx)
    return title, period


def access_period_passed(ctx: LetterContext, chrono: Chronology) -> bool:
    """PDPO s19's 40 days run from receipt of the data access request. The letter says they have
    passed only when they surely have: more than 40 days after a known delivery, else after the due
    date the tracker computed. With neither known it makes no claim."""
    if chrono.delivered is not None:
        return ctx.letter_date > chrono.delivered + timedelta(days=HK_ACCESS_DAYS)
    if chrono.requested_reply_by is not None:
        return ctx.letter_date > chrono.requested_reply_by
    return False
