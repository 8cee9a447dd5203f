"""Compose a letter from the facts, the grounds that hold and the chosen request types.

Not a form letter: every paragraph is there because a fact, a ground or a request calls for it. Which
grounds hold, what each ground and request cites, the reply period and the complaint channels all come
from the rule library (app.rules); this module only chooses wording (resources/templates/letters/) and
order. Statute text appears only as verbatim `Quote`s taken from the library's copy of the official
texts.

Three kinds of letter:
- a request to the handler (mainland: to its 个人信息保护负责人; Hong Kong: to the data user),
- a reminder (催告函) citing the earlier letter's date and reference, from a `Chronology`,
- a complaint to the regulator the rule library suggests (mainland) or to the PCPD (Hong Kong).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from typing import Any

from app.errors import LetterError
from app.facts import validate_facts
from app.letters import rules_view
from app.letters.model import (
    HK_TYPES,
    LANGUAGES,
    LANGUAGES_BY_JURISDICTION,
    MAINLAND_TYPES,
    Block,
    BlockKind,
    Chronology,
    Letter,
    Quote,
    ReplyPeriodAsked,
    Sender,
    Span,
    is_email,
    parse_types,
)
from app.letters.phrases import Phrases, load_phrases
from app.letters.reference import check_reference, new_reference
from app.rules.model import Citation, RuleResult
from app.rules.numerals import to_chinese

# Instruments a letter to the handler never cites: criminal provisions belong in a report to public
# security (legal/REFERENCE.md: "as a report to public security, not as a threat").
CRIMINAL_INSTRUMENTS = frozenset({"CRIMINAL_LAW", "SPC_SPP_PI_CRIME_2017"})
HANDLER_REQUEST_TYPES_CN = (
    "withdraw_consent",
    "deletion",
    "alternative_method",
    "access_copy",
    "explanation",
)
HANDLER_REQUEST_TYPES_HK = ("hk_data_access", "hk_erasure")
# Consent values that are not a separate consent (the facts schema's `consent`).
NO_SEPARATE_CONSENT = ("not_asked", "implied", "bundled", "forced")
QUOTE_FIELD = "\x00QUOTE\x00"
# PDPO s19: a data access request must be complied with within 40 days after receiving it.
HK_ACCESS_DAYS = 40


@dataclass
class _Context:
    facts: dict[str, Any]
    lang: str
    jurisdiction: str
    phrases: Phrases
    rules: rules_view.RulesView
    result: RuleResult
    sender: Sender | None
    letter_date: date
    reference: str
    whose: str
    blocks: list[Block] = field(default_factory=list)
    cited: dict[Citation, None] = field(default_factory=dict)
    placeholders: dict[str, None] = field(default_factory=dict)
    heading_count: int = 0
    # Who "you" is in the facts and grounds: the handler (letters to it) or the respondent (complaints
    # to a regulator, where 贵方 would mean the regulator).
    addressing: str = "handler"

    # --- wording helpers -------------------------------------------------------------------------
    def p(self, key: str, **fields: object) -> str:
        whose_cap = self.whose[:1].upper() + self.whose[1:]
        you = self.phrases.get(f"you.{self.addressing}")
        return self.phrases.get(key, whose=self.whose, whose_cap=whose_cap, you=you, **fields)

    def placeholder(self, key: str) -> str:
        self.placeholders[key] = None
        return self.phrases.get(f"placeholder.{key}")

    def date_text(self, value: date) -> str:
        if self.lang == "en":
            months = self.phrases._lookup("months")
            return self.phrases.get("date", d=value.day, month=months[value.month - 1], y=value.year)
        return self.phrases.get("date", y=value.year, m=value.month, d=value.day)

    def number_text(self, n: int) -> str:
        return to_chinese(n) if self.lang == "zh-CN" else str(n)

    def cites(self, citations: Sequence[Citation]) -> str:
        """'（《…》第二十九条、第三十条）' in the letter's language; records them as cited."""
        kept = [c for c in citations if c.instrument not in CRIMINAL_INSTRUMENTS or self._criminal_ok]
        if not kept:
            return ""
        for c in kept:
            self.cited[c] = None
        return self.phrases.get("cites", cites=self.rules.format_list(kept, self.lang))

    _criminal_ok: bool = False

    def quote(
        self, citation: Citation, contains: str | None = None, cited: Sequence[Citation] | None = None
    ) -> Quote | None:
        """A verbatim quote, in Chinese letters only, and only of an article this letter cites here
        (so it is in force and in the record's jurisdiction)."""
        if self.lang != "zh-CN":
            return None
        if cited is not None and not any(
            c.instrument == citation.instrument and c.article == citation.article for c in cited
        ):
            return None
        text = self.rules.quote(citation, contains)
        if text is None:
            return None
        return Quote(text, citation)

    # --- blocks ----------------------------------------------------------------------------------
    def add(self, kind: BlockKind, *spans: Span, label: str = "") -> None:
        self.blocks.append(Block(kind, tuple(s for s in spans if s != ""), label))

    def add_quoted(
        self, kind: BlockKind, key: str, quote: Quote | None, label: str = "", **fields: object
    ) -> None:
        """Add wording whose optional part ⟦…{source}规定：{quote}⟧ is kept only when there is a quote."""
        source = self.rules.short_citation(quote.citation, self.lang) if quote else ""
        text = self.p(key, source=source, quote=QUOTE_FIELD, **fields)
        if quote is None:
            text = re.sub(r"⟦[^⟧]*⟧", "", text)
            self.add(kind, text, label=label)
            return
        text = text.replace("⟦", "").replace("⟧", "")
        before, after = text.split(QUOTE_FIELD, 1)
        # A quote cut at ； has no full stop of its own: the sentence ends after the closing mark.
        closing = "" if quote.text.endswith("。") or after.startswith("。") else "。"
        self.add(kind, before, quote, closing + after, label=label)

    def heading(self, key: str) -> None:
        self.heading_count += 1
        n = to_chinese(self.heading_count) if self.lang.startswith("zh") else str(self.heading_count)
        self.add(BlockKind.HEADING, self.phrases.get("heading", n=n, text=self.phrases.get(f"section.{key}")))


# ================================================================================================
# public entry point
# ================================================================================================


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

    `types`: request types ("withdraw_consent,deletion" or a sequence). `complaint` and `reminder` are
    letters of their own (to a regulator / about an earlier letter) and cannot be mixed with others.
    `chronology` is required for a reminder and used by a complaint when present.
    `reply_days` overrides the library's requested reply period (mainland only; Hong Kong's 40 days
    for a data access request are statutory). `regulator` names the complaint's addressee; default: the
    first regulator the rule library suggests (an editable hint).
    """
    checked = validate_facts(dict(facts))
    request_types = parse_types(types)
    if lang not in LANGUAGES:
        raise LetterError(f"unknown letter language {lang!r}; use one of {', '.join(LANGUAGES)}")
    jurisdiction = str(checked["jurisdiction"])
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
    allowed = MAINLAND_TYPES if jurisdiction == "CN" else HK_TYPES
    for t in request_types:
        if t not in allowed:
            raise LetterError(
                f"request type {t} does not fit a {_JURISDICTION_NAMES[jurisdiction]} record; "
                f"use {', '.join(allowed)}"
            )
    for alone in ("complaint", "reminder"):
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
            if t not in allowed or t in ("complaint", "reminder"):
                raise LetterError(f"chronology.original_types: {t} does not fit this record")
    if reply_days is not None and not 1 <= reply_days <= 90:
        raise LetterError("reply period must be between 1 and 90 days")

    rules = rules_view.RulesView.create(library)
    on = letter_date or date.today()
    code = check_reference(reference) if reference else new_reference(on, reference_taken)
    whose = _whose(checked, lang)
    ctx = _Context(
        facts=checked,
        lang=lang,
        jurisdiction=jurisdiction,
        phrases=load_phrases(lang),
        rules=rules,
        result=rules.check(checked),
        sender=sender,
        letter_date=on,
        reference=code,
        whose=whose,
    )
    kind = request_types[0] if request_types[0] in ("complaint", "reminder") else "request"
    if kind == "complaint":
        ctx._criminal_ok = regulator is None and _first_regulator_id(ctx) == "public_security"
        title = _complaint_letter(ctx, chronology, attachments, regulator)
        period = None
        recipient_name = regulator or _regulator_name(ctx)
        recipient_email = ""
        shown_types: tuple[str, ...] = ("complaint",)
    elif kind == "reminder":
        assert chronology is not None
        title, period = _reminder_letter(ctx, chronology, attachments, reply_days)
        recipient_name, recipient_email = _handler_name(ctx), _handler_email(ctx)
        shown_types = ("reminder",)
    else:
        title, period = _request_letter(ctx, request_types, attachments, reply_days, include_notes)
        recipient_name, recipient_email = _handler_name(ctx), _handler_email(ctx)
        shown_types = request_types
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
        grounds=ctx.result.ground_ids,
        reply_period=period,
        library_version=ctx.result.library_version,
        placeholders=tuple(ctx.placeholders),
        attachments=tuple(attachments),
    )


_JURISDICTION_NAMES = {"CN": "mainland (CN)", "HK": "Hong Kong (HK)"}


# ================================================================================================
# parts shared by every letter
# ================================================================================================


def _whose(facts: Mapping[str, Any], lang: str) -> str:
    child = bool(facts.get("subject_under_14"))
    if lang == "en":
        return "my child's" if child else "my"
    if lang == "zh-HK":
        return "本人子女" if child else "本人"
    return "被监护人" if child else "本人"


def _handler_name(ctx: _Context) -> str:
    name = str((ctx.facts.get("handler") or {}).get("name") or "").strip()
    return name or ctx.placeholder("handler_name")


def _handler_email(ctx: _Context) -> str:
    email = str((ctx.facts.get("handler") or {}).get("email") or "").strip()
    return email if is_email(email) else ""


def _sender_name(ctx: _Context) -> str:
    return ctx.sender.name if ctx.sender is not None else ctx.placeholder("sender_name")


def _title_parts(ctx: _Context, types: Sequence[str]) -> str:
    parts = [ctx.phrases.get(f"title.parts.{t}") for t in types]
    if len(parts) == 1:
        return parts[0]
    return ctx.phrases.get("title.join").join(parts[:-1]) + ctx.phrases.get("title.last_join") + parts[-1]


def _cn_title(ctx: _Context, types: Sequence[str], reminder: bool = False) -> str:
    body = _title_parts(ctx, types)
    if ctx.lang == "en":
        prefix = ctx.phrases.get("title.reminder_prefix" if reminder else "title.prefix")
        return prefix + body
    suffix = ctx.phrases.get("title.reminder_suffix" if reminder else "title.suffix")
    return ctx.phrases.get("title.prefix") + body + suffix


def _hk_title(ctx: _Context, types: Sequence[str], reminder: bool = False) -> str:
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


def _header(ctx: _Context, title: str, addressee: str) -> None:
    ctx.add(BlockKind.TITLE, title)
    ctx.add(BlockKind.REFERENCE, ctx.phrases.get("reference_line", reference=ctx.reference))
    ctx.add(BlockKind.ADDRESSEE, addressee)
    if ctx.phrases.has("addressee.salutation"):
        ctx.add(BlockKind.ADDRESSEE, ctx.phrases.get("addressee.salutation"))


def _handler_addressee(ctx: _Context) -> str:
    handler = _handler_name(ctx)
    officer = str((ctx.facts.get("handler") or {}).get("pi_officer") or "").strip()
    prefix = "addressee.hk_" if ctx.jurisdiction == "HK" else "addressee."
    if officer:
        return ctx.phrases.get(prefix + "handler_officer", handler=handler, officer=officer)
    return ctx.phrases.get(prefix + "handler", handler=handler)


def _intro(ctx: _Context) -> None:
    child = bool(ctx.facts.get("subject_under_14"))
    key = ("intro.hk_" if ctx.jurisdiction == "HK" else "intro.") + ("guardian" if child else "self")
    ctx.add(BlockKind.PARAGRAPH, ctx.p(key, name=_sender_name(ctx)))


def _place(ctx: _Context) -> str:
    kind = str(ctx.facts.get("place_type", "other"))
    hk_key = f"place_type_hk.{kind}"
    place_type = ctx.phrases.get(
        hk_key if ctx.jurisdiction == "HK" and ctx.phrases.has(hk_key) else f"place_type.{kind}"
    )
    name = str(ctx.facts.get("place_name") or "").strip()
    fallback = "place_fallback_respondent" if ctx.addressing == "respondent" else "place_fallback"
    if not ctx.phrases.has(fallback):
        fallback = "place_fallback"
    place = name or ctx.p(fallback, place_type=place_type)
    address = str(ctx.facts.get("address") or "").strip()
    if address:
        place = ctx.phrases.get("place_with_address", place=place, address=address)
    return place


def _alternatives(ctx: _Context) -> str:
    method = str(ctx.facts.get("method") or "")
    key = f"facts.alternatives_by_method.{method}"
    return ctx.phrases.get(key if ctx.phrases.has(key) else "facts.alternatives_by_method.default")


def _facts_sentences(ctx: _Context, include_notes: bool) -> list[str]:
    """One sentence per fact that the letter should state; unknown facts are left out, not guessed."""
    f = ctx.facts
    out: list[str] = []
    first = date.fromisoformat(str(f["date"]))
    method = str(f.get("method") or "unknown")
    out.append(ctx.p(f"facts.method.{method}", date=ctx.date_text(first), place=_place(ctx)))
    purpose = str(f.get("purpose") or "unknown")
    recognition = str(f.get("recognition") or "unknown")
    if purpose != "unknown":
        out.append(ctx.p(f"facts.purpose.{purpose}") + ctx.p(f"facts.recognition.{recognition}"))
    else:
        out.append(ctx.p("facts.purpose_unknown"))
    last_seen = f.get("last_seen")
    if last_seen and last_seen != f["date"]:
        out.append(ctx.p("facts.last_seen", last_seen=ctx.date_text(date.fromisoformat(str(last_seen)))))
    notice = str(f.get("notice") or "unknown")
    if ctx.phrases.has(f"facts.notice.{notice}"):
        out.append(ctx.p(f"facts.notice.{notice}"))
    consent = str(f.get("consent") or "unknown")
    if ctx.phrases.has(f"facts.consent.{consent}"):
        out.append(ctx.p(f"facts.consent.{consent}"))
    alternative = str(f.get("alternative") or "unknown")
    if ctx.phrases.has(f"facts.alternative.{alternative}"):
        out.append(ctx.p(f"facts.alternative.{alternative}", alternatives=_alternatives(ctx)))
    if f.get("service_refused_without_face"):
        key = f"facts.service_refused.{purpose}"
        out.append(ctx.p(key if ctx.phrases.has(key) else "facts.service_refused.default"))
    if f.get("private_space"):
        out.append(ctx.p("facts.private_space." + ("hotel" if f.get("place_type") == "hotel" else "default")))
    if f.get("transmitted_off_device") == "yes":
        out.append(ctx.p("facts.transmitted_off_device"))
    if f.get("shared_or_sold"):
        out.append(ctx.p("facts.shared_or_sold"))
    if f.get("leaked"):
        out.append(ctx.p("facts.leaked"))
    terms = str(f.get("contract_terms") or "")
    if ctx.phrases.has(f"facts.contract_terms.{terms}"):
        out.append(ctx.p(f"facts.contract_terms.{terms}"))
    if f.get("relationship_ended"):
        out.append(ctx.p("facts.relationship_ended"))
    return out


def _facts_section(ctx: _Context, include_notes: bool) -> None:
    sentences = _facts_sentences(ctx, include_notes)
    if ctx.jurisdiction == "HK":
        sentences.append(ctx.p("hk.facts_data"))
    joiner = " " if ctx.lang == "en" else ""
    ctx.add(BlockKind.PARAGRAPH, joiner.join(sentences))
    notes = " ".join(str(ctx.facts.get("notes") or "").split())
    if include_notes and notes:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("facts.notes", notes=notes))


def _cn_law_section(ctx: _Context) -> None:
    """Face info is sensitive PI (every mainland letter says so), then each breach ground that holds."""
    sensitive = ctx.result.ground("sensitive_biometric")
    citations = sensitive.citations if sensitive else ()
    ctx.add(BlockKind.PARAGRAPH, ctx.p("law.sensitive", cites=ctx.cites(citations)))
    others = [g for g in ctx.result.grounds if g.id != "sensitive_biometric"]
    if not others:
        return
    ctx.add(BlockKind.PARAGRAPH, ctx.p("law.intro"))
    for n, ground in enumerate(others, start=1):
        label = ctx.phrases.get("sub_item_label", n=ctx.number_text(n))
        key = f"grounds.{ground.id}"
        if not ctx.phrases.has(key + ".text"):
            # A ground added by a newer rule pack without letter wording yet: its neutral title only.
            title = ctx.rules.localized(ground.title, ctx.lang)
            ctx.add(
                BlockKind.ITEM,
                ctx.p("law.ground_fallback", title=title, cites=ctx.cites(ground.citations)),
                label=label,
            )
            continue
        text = ctx.p(key + ".text")
        quote = _ground_quote(ctx, key, ground.citations)
        ctx.add_quoted(
            BlockKind.ITEM,
            "law.ground_quote",
            quote,
            label=label,
            text=text,
            cites=ctx.cites(ground.citations),
        )


def _ground_quote(ctx: _Context, key: str, citations: Sequence[Citation]) -> Quote | None:
    """The quote the wording asks for, only if that article is among the ground's citations (and so
    in force and in the right jurisdiction for this record) and only in Chinese letters."""
    if ctx.lang != "zh-CN" or not ctx.phrases.has(key + ".quote"):
        return None
    spec = ctx.phrases._lookup(key + ".quote")
    wanted = Citation(spec["instrument"], spec["article"], spec.get("paragraph"), spec.get("item"))
    if not any(c.instrument == wanted.instrument and c.article == wanted.article for c in citations):
        return None
    return ctx.quote(wanted, spec.get("contains"))


def _reply_to(ctx: _Context) -> None:
    ctx.add(BlockKind.PARAGRAPH, ctx.p("reply.reply_to", reference=ctx.reference))


def _signature(ctx: _Context, role: str = "writer") -> None:
    ctx.add(BlockKind.SIGNATURE, ctx.p(f"signature.{role}", name=_sender_name(ctx)))
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


def _attachments(ctx: _Context, items: Sequence[str]) -> None:
    items = [i for i in (" ".join(x.split()) for x in items) if i]
    if not items:
        return
    ctx.add(BlockKind.FIELD, ctx.p("attachments.heading"))
    for n, item in enumerate(items, start=1):
        ctx.add(BlockKind.ITEM, item, label=ctx.phrases.get("item_label", n=n))


def _days_text(ctx: _Context, days: int, unit: str) -> str:
    return ctx.p(f"reply.days.{unit}", n=ctx.number_text(days))


def _channels_text(ctx: _Context) -> str:
    names = [
        ctx.rules.localized(c.names, ctx.lang)
        for c in ctx.result.complaint_channels
        if c.id not in ("handler", "court", "public_security", "hk_data_user")
    ]
    return ctx.phrases.get("list_sep").join(names) if names else ctx.p("reply.channels_default")


def _court_cites(ctx: _Context) -> str:
    court = next((c for c in ctx.result.complaint_channels if c.id == "court"), None)
    return ctx.cites(court.citations[:1]) if court and court.citations else ""


def _request_citations(ctx: _Context, request_type: str, chosen: Sequence[str]) -> tuple[Citation, ...]:
    """A request's citations without the common ones (PIPL 50), which the refusal paragraph cites once."""
    common = set(ctx.rules.common_request_citations(ctx.jurisdiction))
    cites = ctx.rules.request_citations(ctx.facts, ctx.result, request_type, chosen)
    return tuple(c for c in cites if c not in common)


def _instruments_note(ctx: _Context) -> None:
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


# ================================================================================================
# request letters
# ================================================================================================


def _request_letter(
    ctx: _Context,
    types: Sequence[str],
    attachments: Sequence[str],
    reply_days: int | None,
    include_notes: bool,
) -> tuple[str, ReplyPeriodAsked | None]:
    if ctx.jurisdiction == "HK":
        return _hk_request_letter(ctx, types, attachments, include_notes)
    ordered = [t for t in HANDLER_REQUEST_TYPES_CN if t in types]
    title = _cn_title(ctx, ordered)
    _header(ctx, title, _handler_addressee(ctx))
    _intro(ctx)
    ctx.heading("facts")
    _facts_section(ctx, include_notes)
    ctx.heading("law")
    _cn_law_section(ctx)
    ctx.heading("requests")
    ctx.add(BlockKind.PARAGRAPH, ctx.p("request.intro"))
    for n, t in enumerate(ordered, start=1):
        _cn_request_item(ctx, t, ordered, ctx.phrases.get("item_label", n=n))
    ctx.heading("reply")
    period = _cn_reply(ctx, reply_days)
    _instruments_note(ctx)
    ctx.add(BlockKind.CLOSING, ctx.p("closing"))
    _attachments(ctx, attachments)
    _signature(ctx)
    return title, period


def _cn_request_item(ctx: _Context, t: str, chosen: Sequence[str], label: str) -> None:
    cites = _request_citations(ctx, t, chosen)
    if t == "withdraw_consent":
        given = bool(ctx.facts.get("consent_given_before")) or ctx.facts.get("consent") == "separate"
        # "I never gave separate consent" only when the record says so; otherwise no claim either way.
        never = (
            ctx.facts.get("consent_given_before") is False or ctx.facts.get("consent") in NO_SEPARATE_CONSENT
        )
        key = "request.withdraw_consent." + ("given" if given else "not_given" if never else "unknown")
        quote = ctx.quote(Citation("PIPL", "15", 1), "撤回其同意", cites)
        _item_with_quote(ctx, key, cites, quote, label)
    elif t == "deletion":
        main = [c for c in cites if not (c.instrument == "PIPL" and c.article == "47")]
        pipl47 = [c for c in cites if c.instrument == "PIPL" and c.article == "47"]
        text = ctx.p("request.deletion", cites=ctx.cites(pipl47 + main))
        reasons = [
            ctx.p(f"request.deletion_reason.{c.item}")
            for c in pipl47
            if c.item is not None and ctx.phrases.has(f"request.deletion_reason.{c.item}")
        ]
        if reasons:
            text += (" " if ctx.lang == "en" else "") + ctx.p(
                "request.deletion_grounds", reasons=ctx.phrases.get("reasons_sep").join(reasons)
            )
        retention = Citation("PIPL", "47", 2)
        if ctx.rules.in_scope(retention, ctx.result):
            text += (" " if ctx.lang == "en" else "") + ctx.p(
                "request.deletion_retention", cites=ctx.cites([retention])
            )
        ctx.add(BlockKind.ITEM, text, label=label)
    elif t == "alternative_method":
        quote = ctx.quote(Citation("FACE_MEASURES_2025", "10", 1), "不同意通过人脸信息", cites)
        _item_with_quote(
            ctx, "request.alternative_method", cites, quote, label, alternatives=_alternatives(ctx)
        )
    elif t == "access_copy":
        quote = ctx.quote(Citation("PIPL", "45", 2), "及时提供", cites)
        _item_with_quote(ctx, "request.access_copy", cites, quote, label)
    elif t == "explanation":
        quote = ctx.quote(Citation("PIPL", "48"), "解释说明", cites)
        _item_with_quote(ctx, "request.explanation", cites, quote, label)


def _common(ctx: _Context) -> list[Citation]:
    """What every mainland request cites (PIPL 50), if in scope for this record."""
    return [
        c for c in ctx.rules.common_request_citations(ctx.jurisdiction) if ctx.rules.in_scope(c, ctx.result)
    ]


def _item_with_quote(
    ctx: _Context, key: str, cites: Sequence[Citation], quote: Quote | None, label: str, **fields: object
) -> None:
    ctx.add_quoted(BlockKind.ITEM, key, quote, label=label, cites=ctx.cites(cites), **fields)


def _cn_reply(ctx: _Context, reply_days: int | None) -> ReplyPeriodAsked:
    period = ctx.result.reply_period
    if reply_days is not None and reply_days != period.days:
        days, unit, statutory = reply_days, "working_days", False
    else:
        days, unit, statutory = period.days, period.unit, period.statutory
    days_text = _days_text(ctx, days, unit)
    if statutory:
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p("reply.period_statutory", days_text=days_text, cites=ctx.cites(period.citations)),
        )
    else:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reply.period", days_text=days_text))
    common = _common(ctx)
    quote = ctx.quote(Citation("PIPL", "50", 1), "说明理由", common)
    ctx.add_quoted(BlockKind.PARAGRAPH, "reply.refusal", quote, cites=ctx.cites(common))
    complaint_cites = ctx.cites(ctx.rules.request_type_citations(ctx.facts, ctx.result, "complaint"))
    ctx.add(
        BlockKind.PARAGRAPH,
        ctx.p(
            "reply.reservation",
            channels=_channels_text(ctx),
            complaint_cites=complaint_cites,
            court_cites=_court_cites(ctx),
        ),
    )
    _reply_to(ctx)
    return ReplyPeriodAsked(days, unit, statutory)


# --- Hong Kong ------------------------------------------------------------------------------------


def _hk_request_letter(
    ctx: _Context, types: Sequence[str], attachments: Sequence[str], include_notes: bool
) -> tuple[str, ReplyPeriodAsked | None]:
    ordered = [t for t in HANDLER_REQUEST_TYPES_HK if t in types]
    title = _hk_title(ctx, ordered)
    _header(ctx, title, _handler_addressee(ctx))
    _intro(ctx)
    ctx.heading("facts")
    _facts_section(ctx, include_notes)
    ctx.heading("law")
    _hk_law_section(ctx)
    ctx.heading("requests")
    n = 0
    if "hk_data_access" in ordered:
        n += 1
        cites = _request_citations(ctx, "hk_data_access", ordered)
        s18 = [c for c in cites if c.article == "s18"]
        s19 = [c for c in cites if c.article == "s19"]
        ctx.add(
            BlockKind.ITEM,
            ctx.p("hk.access", cites=ctx.cites(s18), s19=ctx.cites(s19)),
            label=ctx.phrases.get("item_label", n=n),
        )
    if "hk_erasure" in ordered:
        n += 1
        cites = _request_citations(ctx, "hk_erasure", ordered)
        ctx.add(
            BlockKind.ITEM,
            ctx.p("hk.erasure", cites=ctx.cites(cites)),
            label=ctx.phrases.get("item_label", n=n),
        )
    if ctx.facts.get("alternative") in ("none", "refused"):
        n += 1
        ctx.add(
            BlockKind.ITEM,
            ctx.p("hk.alternative", alternatives=_alternatives(ctx)),
            label=ctx.phrases.get("item_label", n=n),
        )
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
    _reply_to(ctx)
    _hk_closing(ctx)
    _attachments(ctx, attachments)
    _signature(ctx)
    return title, period


def _hk_law_section(ctx: _Context) -> None:
    pdpo = ctx.rules.instrument_name("HK_PDPO", ctx.lang)
    ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.law_intro", pdpo=pdpo))
    n = 0
    for ground in ctx.result.grounds:
        if ground.id == "hk_collection_principle":
            n += 1
            text = ctx.p("hk.dpp1", cites=ctx.cites(ground.citations))
            if (
                ctx.facts.get("alternative") in ("none", "refused")
                and ctx.facts.get("method") == "access_gate"
            ):
                text += (" " if ctx.lang == "en" else "") + ctx.p("hk.dpp1_argument")
            ctx.add(BlockKind.ITEM, text, label=ctx.phrases.get("sub_item_label", n=n))
        elif ground.id == "hk_erasure_duty":
            continue  # stated with the erasure request itself
        else:
            n += 1
            title = ctx.rules.localized(ground.title, ctx.lang)
            ctx.add(
                BlockKind.ITEM,
                ctx.p("law.ground_fallback", title=title, cites=ctx.cites(ground.citations))
                if ctx.phrases.has("law.ground_fallback")
                else title + ctx.cites(ground.citations),
                label=ctx.phrases.get("sub_item_label", n=n),
            )
    if ctx.facts.get("method") == "access_gate" or ctx.facts.get("place_type") == "residential_compound":
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.guidance"))


def _hk_closing(ctx: _Context) -> None:
    if ctx.lang == "zh-HK":
        # 此致 indented, then the addressee at the start of the next line (Chinese letter form).
        ctx.add(BlockKind.CLOSING, ctx.p("closing") + "\n" + _handler_name(ctx))
    else:
        ctx.add(BlockKind.CLOSING, ctx.p("closing"))


# ================================================================================================
# reminders
# ================================================================================================


def _channel_word(ctx: _Context, channel: str) -> str:
    key = f"channel.{channel}"
    return ctx.phrases.get(key if channel and ctx.phrases.has(key) else "channel.default")


def _history(ctx: _Context, chrono: Chronology, original_title: str, prefix: str = "reminder") -> None:
    sep = " " if ctx.lang == "en" else ""
    names = ctx.phrases.get("list_sep").join(ctx.p(f"type_names.{t}") for t in chrono.original_types)
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
                types=names,
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
            if not summary and ctx.p("reminder.reasons_missing"):
                sentences.append(ctx.p("reminder.reasons_missing"))
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
    ctx.add(BlockKind.PARAGRAPH, sep.join(sentences))
    events = sorted(chrono.events, key=lambda e: e.date)
    if events:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reminder.events_heading"))
        for e in events:
            ctx.add(
                BlockKind.ITEM,
                ctx.p("reminder.event", date=ctx.date_text(e.date), note=" ".join(e.note.split())),
                label="•",
            )


def _chronology_attachments(ctx: _Context, chrono: Chronology, extra: Sequence[str]) -> list[str]:
    items = [ctx.p("attachments.original_letter", reference=chrono.original_reference)]
    if chrono.tracking_number:
        items.append(ctx.p("attachments.delivery_proof", tracking=chrono.tracking_number))
    elif chrono.delivered:
        items.append(ctx.p("attachments.delivery_proof_plain"))
    if chrono.replied:
        items.append(ctx.p("attachments.reply", date=ctx.date_text(chrono.replied)))
    items.extend(chrono.evidence)
    items.extend(extra)
    return list(dict.fromkeys(items))


def _hk_access_period_passed(ctx: _Context, chrono: Chronology) -> bool:
    """PDPO s19's 40 days run from receipt of the data access request. The letter says they have
    passed only when they surely have: more than 40 days after a known delivery, else after the due
    date the tracker computed. With neither known it makes no claim (a forced early reminder must not
    tell the data user it is already in breach of the Ordinance)."""
    if chrono.delivered is not None:
        return ctx.letter_date > chrono.delivered + timedelta(days=HK_ACCESS_DAYS)
    if chrono.requested_reply_by is not None:
        return ctx.letter_date > chrono.requested_reply_by
    return False


def _reminder_letter(
    ctx: _Context, chrono: Chronology, attachments: Sequence[str], reply_days: int | None
) -> tuple[str, ReplyPeriodAsked | None]:
    original = list(chrono.original_types)
    if ctx.jurisdiction == "HK":
        original_title = _hk_title(ctx, original)
        title = _hk_title(ctx, original, reminder=True)
    else:
        original_title = _cn_title(ctx, [t for t in HANDLER_REQUEST_TYPES_CN if t in original])
        title = _cn_title(ctx, [t for t in HANDLER_REQUEST_TYPES_CN if t in original], reminder=True)
    _header(ctx, title, _handler_addressee(ctx))
    _intro(ctx)
    ctx.heading("history")
    _history(ctx, chrono, original_title)
    ctx.heading("requests")
    period: ReplyPeriodAsked | None
    if ctx.jurisdiction == "HK":
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reminder.repeat"))
        n = 0
        for t in HANDLER_REQUEST_TYPES_HK:
            if t in original:
                n += 1
                cites = _request_citations(ctx, t, original)
                key = "hk.access" if t == "hk_data_access" else "hk.erasure"
                s18 = [c for c in cites if c.article != "s19"]
                s19 = [c for c in cites if c.article == "s19"]
                ctx.add(
                    BlockKind.ITEM,
                    ctx.p(key, cites=ctx.cites(s18), s19=ctx.cites(s19)),
                    label=ctx.phrases.get("item_label", n=n),
                )
        ctx.heading("reply")
        if "hk_data_access" in original and chrono.replied is None and _hk_access_period_passed(ctx, chrono):
            ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reminder_statutory_passed"))
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reminder_period"))
        ctx.add(BlockKind.PARAGRAPH, ctx.p("hk.reminder_escalate"))
        period = ReplyPeriodAsked(14, "days", False)
        _reply_to(ctx)
        _hk_closing(ctx)
    else:
        sensitive = ctx.result.ground("sensitive_biometric")
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p("law.sensitive", cites=ctx.cites(sensitive.citations if sensitive else ())),
        )
        ctx.add(BlockKind.PARAGRAPH, ctx.p("reminder.repeat"))
        ordered = [t for t in HANDLER_REQUEST_TYPES_CN if t in original]
        for n, t in enumerate(ordered, start=1):
            _cn_request_item(ctx, t, ordered, ctx.phrases.get("item_label", n=n))
        ctx.heading("reply")
        rp = ctx.result.reply_period
        days = reply_days if reply_days is not None else rp.days
        unit = "working_days" if reply_days is not None else rp.unit
        # A period a statute sets (Hangzhou Art. 50 ¶3's 10 days) is not "regulators' practice".
        period_key = "reminder.period_plain" if reply_days is None and rp.statutory else "reminder.period"
        ctx.add(BlockKind.PARAGRAPH, ctx.p(period_key, days_text=_days_text(ctx, days, unit)))
        common = _common(ctx)
        quote = ctx.quote(Citation("PIPL", "50", 1), "说明理由", common)
        ctx.add_quoted(BlockKind.PARAGRAPH, "reply.refusal", quote, cites=ctx.cites(common))
        complaint_cites = ctx.cites(ctx.rules.request_type_citations(ctx.facts, ctx.result, "complaint"))
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p(
                "reminder.escalate",
                channels=_channels_text(ctx),
                complaint_cites=complaint_cites,
                court_cites=_court_cites(ctx),
            ),
        )
        _reply_to(ctx)
        _instruments_note(ctx)
        ctx.add(BlockKind.CLOSING, ctx.p("closing"))
        period = ReplyPeriodAsked(days, unit, False)
    _attachments(ctx, _chronology_attachments(ctx, chrono, attachments))
    _signature(ctx)
    return title, period


# ================================================================================================
# complaints
# ================================================================================================


def _first_regulator_id(ctx: _Context) -> str | None:
    for c in ctx.result.complaint_channels:
        if c.id not in ("handler", "court", "hk_data_user"):
            return c.id
    return None


def _regulator_name(ctx: _Context) -> str:
    if ctx.jurisdiction == "HK":
        return ctx.p("hk.complaint_to")
    for c in ctx.result.complaint_channels:
        if c.id not in ("handler", "court"):
            return ctx.rules.localized(c.names, ctx.lang)
    return ctx.placeholder("regulator")


def _complaint_letter(
    ctx: _Context, chrono: Chronology | None, attachments: Sequence[str], regulator: str | None
) -> str:
    handler = _handler_name(ctx)
    hk = ctx.jurisdiction == "HK"
    ctx.addressing = "respondent"
    title = ctx.p(
        "title.hk_complaint" if hk else "title.complaint",
        handler=handler,
        pdpo=ctx.rules.instrument_name("HK_PDPO", ctx.lang) if hk else "",
    )
    ctx.add(BlockKind.TITLE, title)
    ctx.add(BlockKind.REFERENCE, ctx.phrases.get("reference_line", reference=ctx.reference))
    ctx.add(BlockKind.ADDRESSEE, ctx.p("addressee.regulator", regulator=regulator or _regulator_name(ctx)))
    if ctx.phrases.has("addressee.salutation"):
        ctx.add(BlockKind.ADDRESSEE, ctx.phrases.get("addressee.salutation"))
    # Parties: what a complaint must carry (complainant name, phone, address; business name, address).
    s = ctx.sender
    ctx.add(BlockKind.FIELD, ctx.p("complaint.complainant"))
    ctx.add(BlockKind.FIELD, _sender_name(ctx), label=ctx.p("field.name"))
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
    ctx.add(BlockKind.FIELD, ctx.p("complaint.respondent"))
    ctx.add(BlockKind.FIELD, handler, label=ctx.p("field.handler_name"))
    if h.get("uscc") and not hk:
        ctx.add(BlockKind.FIELD, str(h["uscc"]), label=ctx.p("field.handler_uscc"))
    address = str(h.get("address") or ctx.facts.get("address") or "").strip()
    ctx.add(
        BlockKind.FIELD, address or ctx.placeholder("handler_address"), label=ctx.p("field.handler_address")
    )
    if h.get("phone"):
        ctx.add(BlockKind.FIELD, str(h["phone"]), label=ctx.p("field.handler_phone"))

    wanted = (
        list(chrono.original_types)
        if chrono
        else [t for t in ctx.result.request_types if t not in ("complaint", "reminder")]
    )
    ctx.heading("complaint_request")
    if hk:
        # Without an earlier request there is no data access request to complain about; keeping data
        # no longer required (s26) is the data user's own duty, request or not.
        raised = wanted if chrono is not None else ["hk_erasure"]
        issues = [ctx.p(f"hk.complaint_issue.{t}") for t in HANDLER_REQUEST_TYPES_HK if t in raised]
        if ctx.result.ground("hk_collection_principle"):
            issues.insert(0, ctx.p("hk.complaint_issue.collection"))
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p("hk.complaint_request", issues=ctx.phrases.get("list_sep").join(issues)),
        )
    else:
        remedies = [ctx.p("complaint.remedies.stop")] + [
            ctx.p(f"complaint.remedies.{t}") for t in HANDLER_REQUEST_TYPES_CN if t in wanted
        ]
        cites = ctx.rules.request_type_citations(ctx.facts, ctx.result, "complaint")
        quote = ctx.quote(Citation("PIPL", "65", 1), "处理结果", cites)
        ctx.add_quoted(
            BlockKind.PARAGRAPH,
            "complaint.request",
            quote,
            remedies=ctx.p("complaint.remedy_join").join(remedies),
            cites=ctx.cites(cites),
        )
    ctx.heading("complaint_facts")
    _facts_section(ctx, include_notes=True)
    if hk:
        _hk_law_section(ctx)
    else:
        _cn_law_section(ctx)
    ctx.heading("chronology")
    if chrono is not None:
        original_title = (
            _hk_title(ctx, wanted)
            if hk
            else _cn_title(ctx, [t for t in HANDLER_REQUEST_TYPES_CN if t in wanted])
        )
        _history(ctx, chrono, original_title, prefix="complaint")
    else:
        # "Serious enough to go to a regulator at once" is the rule library's call (complaint suggested).
        serious = "complaint" in ctx.result.request_types
        ctx.add(
            BlockKind.PARAGRAPH,
            ctx.p("complaint.no_prior_request" if serious else "complaint.no_prior_request_plain"),
        )
    ctx.heading("evidence")
    evidence = (
        _chronology_attachments(ctx, chrono, attachments)
        if chrono
        else [i for i in (" ".join(a.split()) for a in attachments) if i]
    )
    if evidence:
        for n, item in enumerate(evidence, start=1):
            ctx.add(BlockKind.ITEM, item, label=ctx.phrases.get("item_label", n=n))
    else:
        ctx.add(BlockKind.PARAGRAPH, ctx.p("complaint.evidence_none"))
    _instruments_note(ctx)
    if ctx.phrases.has("complaint.closing"):
        ctx.add(BlockKind.CLOSING, ctx.p("complaint.closing"))
    _signature(ctx, role="complainant")
    return title
