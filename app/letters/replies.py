"""Answer letters: what to write back when the handler's reply refuses, stalls or asks for too much.

app.tracking.triage decides, from REFERENCE's reply-triage table, which articles an answer to a reply
of a given kind cites (only those in force for the record). This module words the letter: one
paragraph per statement, each carrying exactly its citation, with statute text quoted verbatim from
the rule library's copy of resources/texts/ (Chinese letters only, like the request letters). Wording
lives in resources/templates/replies/<lang>.json; citation formatting, quoting, references and the
PDF / text renderers are the letters package's own.

Mainland records only (zh-CN or en): REFERENCE gives reply answers for mainland law, and a Hong Kong
letter must never cite it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any

from app.errors import LetterError
from app.facts import validate_facts
from app.letters.model import Block, BlockKind, Letter, Quote, Sender, Span
from app.letters.phrases import Phrases
from app.letters.reference import check_reference, new_reference
from app.letters.rules_view import RulesView
from app.paths import resources_path
from app.rules.model import Citation
from app.rules.numerals import to_chinese

LANGUAGES = ("zh-CN", "en")
# request_types of an answer letter (it asks again for what the original letter asked).
ANSWER_TYPE = "reply_answer"
_QUOTE = "\x00QUOTE\x00"

# The statement each citation of a triage proposal supports, the template key that words it and the
# words that pick the sentence to quote out of the paragraph (None: the whole paragraph).
_COURT = Citation("PIPL", "50", 2)
_STATEMENTS: dict[str, dict[Citation, tuple[str, str | None]]] = {
    "refused_no_reason": {Citation("PIPL", "50", 1): ("kinds.refused_no_reason", "说明理由")},
    "partly": {Citation("PIPL", "50", 1): ("kinds.partly", "说明理由")},
    "refused_with_reason": {
        Citation("PIPL", "16"): ("kinds.refused_with_reason_pipl16", None),
        Citation("FACE_MEASURES_2025", "10", 1): ("kinds.refused_with_reason_measures10", None),
        Citation("SPC_FACE_2021", "10", 1): ("kinds.refused_with_reason_spc10", None),
        Citation("HANGZHOU_PROPERTY", "50", 2): ("kinds.refused_with_reason_hangzhou50", None),
    },
    "cannot_delete": {Citation("PIPL", "47", 2): ("kinds.cannot_delete", None)},
    "asked_for_id": {Citation("PIPL", "6", 2): ("kinds.asked_for_id", None)},
    "in_person": {Citation("PIPL", "50", 1): ("kinds.in_person", "便捷的")},
    "complied": {Citation("PIPL", "23"): ("kinds.complied_pipl23", "告知接收方")},
}


@dataclass(frozen=True)
class AnsweredReply:
    """What the answer refers to: the original letter and the reply, from the request's timeline."""

    original_title: str
    original_reference: str
    original_sent: date | None
    reply_date: date
    reply_note: str = ""
    reply_days: int = 15  # the period the answer asks for (the request's own period if it chose one)


@dataclass
class _Writer:
    phrases: Phrases
    rules: RulesView
    lang: str
    blocks: list[Block] = field(default_factory=list)
    cited: dict[Citation, None] = field(default_factory=dict)
    cited_by: dict[tuple[str, Citation], None] = field(default_factory=dict)
    placeholders: dict[str, None] = field(default_factory=dict)

    def p(self, key: str, **fields: object) -> str:
        return self.phrases.get(key, **fields)

    def date_text(self, value: date) -> str:
        if self.lang == "en":
            months = self.phrases._lookup("months")
            return self.p("date", d=value.day, month=months[value.month - 1], y=value.year)
        return self.p("date", y=value.year, m=value.month, d=value.day)

    def placeholder(self, key: str) -> str:
        self.placeholders[key] = None
        return self.p(f"placeholder.{key}")

    def add(self, kind: BlockKind, *spans: Span) -> None:
        self.blocks.append(Block(kind, tuple(s for s in spans if s != "")))

    def statement(self, key: str, citation: Citation | None, contains: str | None, **fields: object) -> None:
        """One paragraph: wording + its citation; in Chinese the article quoted verbatim (⟦…⟧ part),
        else (or when no official text is held) the formal citation in brackets."""
        cites = (citation,) if citation is not None else ()
        for c in cites:
            self.cited[c] = None
            self.cited_by[(key, c)] = None
        quote_text = (
            self.rules.quote(citation, contains) if citation is not None and self.lang == "zh-CN" else None
        )
        formal = self.p("cites", cites=self.rules.format_list(cites, self.lang)) if cites else ""
        if quote_text is None or citation is None:
            text = re.sub(r"⟦[^⟧]*⟧", "", self.p(key, source="", quote="", cites=formal, **fields))
            self.add(BlockKind.PARAGRAPH, text)
            return
        source = self.rules.short_citation(citation, self.lang)
        text = self.p(key, source=source, quote=_QUOTE, cites="", **fields)
        text = text.replace("⟦", "").replace("⟧", "")
        before, after = text.split(_QUOTE, 1)
        closing = "" if quote_text.endswith("。") or after.startswith("。") else "。"
        self.add(BlockKind.PARAGRAPH, before, Quote(quote_text, citation), closing + after)


@lru_cache(maxsize=4)
def load_reply_phrases(lang: str) -> Phrases:
    path = resources_path("templates", "replies", f"{lang}.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise LetterError(f"no answer-letter wording for language {lang!r}") from None
    if not isinstance(data, dict):
        raise LetterError(f"answer-letter wording file {path.name} is not a JSON object")
    return Phrases(lang, data)


def compose_reply_letter(
    facts: Mapping[str, Any],
    kind: str,
    citations: Sequence[Citation],
    answered: AnsweredReply,
    lang: str,
    *,
    sender: Sender | None = None,
    letter_date: date | None = None,
    reference: str | None = None,
    reference_taken: Callable[[str], bool] | None = None,
    library: Any | None = None,
) -> Letter:
    """The answer to a reply of `kind` citing `citations` (from app.tracking.triage.propose).

    LetterError for a Hong Kong record, a language other than zh-CN/en, a kind without an answer
    letter, or a citation this module has no statement for (so nothing is ever cited unworded).
    """
    checked = validate_facts(dict(facts))
    if checked["jurisdiction"] != "CN":
        raise LetterError("answer letters are written under mainland law only; not for a Hong Kong record")
    if lang not in LANGUAGES:
        raise LetterError(f"answer letters are written in {' or '.join(LANGUAGES)}, not {lang!r}")
    if kind not in (*_STATEMENTS, "asked_for_fee"):
        raise LetterError(f"no answer letter is written for a reply of kind {kind!r}")
    statements = _STATEMENTS.get(kind, {})
    unworded = [c for c in citations if c not in statements and c != _COURT]
    if unworded:
        raise LetterError(f"no wording for citing {unworded[0]} in an answer to a {kind!r} reply")
    on = letter_date or date.today()
    if on < answered.reply_date:
        raise LetterError(
            f"the answer's date {on.isoformat()} is before the reply it answers "
            f"({answered.reply_date.isoformat()})"
        )
    code = check_reference(reference) if reference else new_reference(on, reference_taken)
    w = _Writer(load_reply_phrases(lang), RulesView.create(library), lang)
    handler = dict(checked.get("handler") or {})
    handler_name = str(handler.get("name") or "").strip() or w.placeholder("handler_name")
    title = w.p("title", reply_date=w.date_text(answered.reply_date))
    w.add(BlockKind.TITLE, title)
    w.add(BlockKind.REFERENCE, w.p("reference_line", reference=code))
    officer = str(handler.get("pi_officer") or "").strip()
    w.add(
        BlockKind.ADDRESSEE,
        w.p("addressee_officer", handler=handler_name, officer=officer)
        if officer
        else w.p("addressee", handler=handler_name),
    )
    name = sender.name if sender is not None else w.placeholder("sender_name")
    note = " ".join(answered.reply_note.split())
    context_fields = {
        "name": name,
        "original_title": w.p("original_title", title=" ".join(answered.original_title.split())),
        "original_reference": answered.original_reference,
        "reply_date": w.date_text(answered.reply_date),
        "summary": w.p("summary", note=note) if note and kind != "refused_with_reason" else "",
    }
    if answered.original_sent is not None:
        w.add(BlockKind.PARAGRAPH, w.p("context", sent=w.date_text(answered.original_sent), **context_fields))
    else:
        w.add(BlockKind.PARAGRAPH, w.p("context_unsent", **context_fields))
    _body(w, kind, citations, statements, note)
    if _COURT in citations:
        w.statement("court", _COURT, "人民法院")
    days_text = w.p(
        "days.working_days", n=to_chinese(answered.reply_days) if lang == "zh-CN" else answered.reply_days
    )
    w.add(BlockKind.PARAGRAPH, w.p("reply_period", days_text=days_text, reference=code))
    if lang == "en" and w.cited:
        instruments = dict.fromkeys(c.instrument for c in w.cited)
        entries = [
            w.p(
                "instrument_entry",
                en=w.rules.instrument_name(i, "en"),
                zh=w.rules.instrument_name(i, "zh-CN"),
            )
            for i in instruments
        ]
        w.add(BlockKind.PARAGRAPH, w.p("instruments", list="; ".join(entries)))
    w.add(BlockKind.CLOSING, w.p("closing"))
    w.add(BlockKind.SIGNATURE, w.p("signature", name=name))
    if sender is not None:
        for key, value in (("phone", sender.phone), ("email", sender.email), ("address", sender.address)):
            if value:
                w.add(BlockKind.SIGNATURE, w.p(f"field.{key}") + value)
    w.add(BlockKind.DATE, w.date_text(on))
    email = str(handler.get("email") or "").strip()
    return Letter(
        reference=code,
        lang=lang,
        jurisdiction="CN",
        request_types=(ANSWER_TYPE,),
        letter_date=on,
        title=title,
        email_subject=f"{title} [{code}]",
        blocks=tuple(w.blocks),
        recipient_name=handler_name,
        recipient_email=email if "@" in email else "",
        sender=sender,
        citations=tuple(w.cited),
        grounds=(),
        reply_period=None,
        library_version=w.rules.library.version,
        placeholders=tuple(w.placeholders),
        statements=tuple(dict.fromkeys(key for key, _ in w.cited_by)),
        cited_by=tuple(w.cited_by),
    )


def _body(
    w: _Writer,
    kind: str,
    citations: Sequence[Citation],
    statements: Mapping[Citation, tuple[str, str | None]],
    note: str,
) -> None:
    own = [c for c in citations if c in statements]
    if kind == "refused_with_reason":
        reason = w.p("reason", reason=note) if note else ""
        w.add(BlockKind.PARAGRAPH, w.p("kinds.refused_with_reason", reason=reason))
        for citation in own:
            key, contains = statements[citation]
            w.statement(key, citation, contains)
        return
    if kind == "complied":
        w.add(BlockKind.PARAGRAPH, w.p("kinds.complied"))
        for citation in own:
            key, contains = statements[citation]
            w.statement(key, citation, contains)
        return
    if kind == "asked_for_fee":
        w.add(BlockKind.PARAGRAPH, w.p("kinds.asked_for_fee"))  # the law has no rule: nothing cited
        return
    if not own:
        # The kind's one statement needs its article; without it in force there is nothing to say.
        raise LetterError(
            f"the article an answer to a {kind!r} reply relies on is not in force for this record"
        )
    (citation,) = own
    key, contains = statements[citation]
    w.statement(key, citation, contains)
