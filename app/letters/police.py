"""A report to the public security organ (报案材料) where face data was sold, provided or leaked.

Written only where the rule check offers the police route (the `public_security` complaint channel,
i.e. `shared_or_sold` or `leaked`). It states the facts, the timeline and the evidence, asks the
police to examine whether the conduct amounts to the offence of infringing citizens' personal
information (Criminal Law 253-1) and, where in force, names the 2017 interpretation's Art. 5 as
the standard for "serious circumstances". It asks; it does not accuse or threaten (REFERENCE:
"as a report to public security, not as a threat").
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from app.errors import LetterError
from app.letters import parts
from app.letters.context import LetterContext
from app.letters.followups import chronology_attachments, evidence_section, history, parties
from app.letters.model import BlockKind, Chronology
from app.rules.model import Citation, RuleResult

POLICE_CHANNEL = "public_security"


def police_channel_offered(result: RuleResult) -> bool:
    return any(c.id == POLICE_CHANNEL for c in result.complaint_channels)


def police_report_available(facts: Mapping[str, Any], library: Any | None = None) -> bool:
    """Whether `letter --type police_report` can be written for this record (mainland, and the rule
    check offers the police route). For the app's escalation menu."""
    from app.facts import validate_facts
    from app.letters import rules_view

    checked = validate_facts(dict(facts))
    if checked.get("jurisdiction") != "CN":
        return False
    return police_channel_offered(rules_view.RulesView.create(library).check(checked))


def check_available(ctx: LetterContext) -> None:
    if not police_channel_offered(ctx.result):
        raise LetterError(
            "a police report fits only a record where face data was sold, provided to others or leaked "
            "(shared_or_sold or leaked); the rule check does not offer the police route for this record"
        )


def police_name(ctx: LetterContext) -> str:
    """The local public security organ is the user's to name (the library knows no addresses)."""
    return ctx.placeholder("police")


def report_letter(
    ctx: LetterContext, chrono: Chronology | None, attachments: Sequence[str], addressee: str | None
) -> str:
    check_available(ctx)
    ctx.criminal_ok = True
    ctx.addressing = "reported"
    channel = next(c for c in ctx.result.complaint_channels if c.id == POLICE_CHANNEL)
    criminal = [c for c in channel.citations if c.instrument == "CRIMINAL_LAW"]
    interpretation = [c for c in channel.citations if c.instrument == "SPC_SPP_PI_CRIME_2017"]
    conduct = "shared_or_sold" if ctx.facts.get("shared_or_sold") is True else "leaked"
    title = ctx.p(f"report.title.{conduct}")
    ctx.add(BlockKind.TITLE, title)
    ctx.add(BlockKind.REFERENCE, ctx.phrases.get("reference_line", reference=ctx.reference))
    ctx.add(BlockKind.ADDRESSEE, ctx.p("addressee.regulator", regulator=addressee or police_name(ctx)))
    if ctx.phrases.has("addressee.salutation"):
        ctx.add(BlockKind.ADDRESSEE, ctx.phrases.get("addressee.salutation"))
    parties(ctx, "report.reporter", "report.reported", address_placeholder="reported_address")

    ctx.heading("report_request")
    what = []
    if ctx.facts.get("shared_or_sold") is True:
        what.append(ctx.p("report.conduct.shared_or_sold"))
    if ctx.facts.get("leaked") is True:
        what.append(ctx.p("report.conduct.leaked"))
    ctx.add(
        BlockKind.PARAGRAPH,
        ctx.say("report.request", cites=criminal, conduct=ctx.phrases.get("list_sep").join(what)),
    )

    ctx.heading("report_facts")
    parts.facts_section(ctx, include_notes=True)

    ctx.heading("report_law")
    ctx.say_block(
        BlockKind.PARAGRAPH,
        "report.law",
        cites=criminal,
        quote=(Citation("CRIMINAL_LAW", "253-1", 1), "出售或者提供公民个人信息"),
    )
    ctx.add(BlockKind.PARAGRAPH, ctx.say("report.thresholds", cites=interpretation))

    if chrono is not None:
        ctx.heading("chronology")
        original = [t for t in parts.HANDLER_REQUEST_TYPES_CN if t in chrono.original_types]
        history(ctx, chrono, parts.cn_title(ctx, original), prefix="complaint")
    evidence_section(ctx, chrono, attachments, none_key="report.evidence_none")
    ctx.add(BlockKind.PARAGRAPH, ctx.p("report.truthful"))
    parts.instruments_note(ctx)
    ctx.add(BlockKind.CLOSING, ctx.p("report.closing"))
    parts.signature(ctx, role="reporter")
    return title


__all__ = ["police_report_available", "report_letter", "chronology_attachments"]
