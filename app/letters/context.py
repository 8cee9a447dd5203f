"""The state of one letter being composed, and the one way wording gets into it: `say(statement)`.

Every sentence that states a fact or the law goes through `LetterContext.say`, which asks the
statement registry (statements.py) whether the statement holds for this record, keeps only the
citations the statement may carry that are in force, and records which statement cited what (the
letter's `statements` / `cited_by`, checked by the tests against the support table). Frame wording
(headings, salutations, signature lines) makes no claim and uses `phrase` directly.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from app.letters import rules_view, statements
from app.letters.model import Block, BlockKind, Quote, Sender, Span
from app.letters.phrases import Phrases
from app.rules import format_citation
from app.rules.model import Citation, RuleResult
from app.rules.numerals import to_chinese

# Instruments a letter to the handler never cites: criminal provisions belong in a report to public
# security (legal/REFERENCE.md: "as a report to public security, not as a threat").
CRIMINAL_INSTRUMENTS = frozenset({"CRIMINAL_LAW", "SPC_SPP_PI_CRIME_2017"})
QUOTE_FIELD = "\x00QUOTE\x00"
SOURCE_FIELD = "\x00SOURCE\x00"


@dataclass
class LetterContext:
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
    requests: frozenset[str] = frozenset()
    criminal_ok: bool = False
    blocks: list[Block] = field(default_factory=list)
    cited: dict[Citation, None] = field(default_factory=dict)
    cited_by: dict[tuple[str, Citation], None] = field(default_factory=dict)
    said: dict[str, None] = field(default_factory=dict)
    placeholders: dict[str, None] = field(default_factory=dict)
    introduced: set[str] = field(default_factory=set)  # instruments already named in full
    heading_count: int = 0
    # Who "you" is in the facts and grounds: the handler (letters to it) or the respondent (complaints
    # and reports, where 贵方 would mean the authority).
    addressing: str = "handler"

    # --- the record as statements see it ----------------------------------------------------------
    @property
    def record(self) -> statements.Record:
        return statements.Record(self.facts, self.result, self.instrument_in_force, self.requests)

    def instrument_in_force(self, instrument_id: str) -> bool:
        try:
            instrument = self.rules.library.instrument(instrument_id)
        except Exception:  # an instrument a newer/older library lacks is not in force for us
            return False
        from app.rules.scope import in_scope

        return in_scope(
            instrument,
            jurisdiction=self.result.jurisdiction,
            city=self.result.city,
            processing=self.result.processing_date,
        )

    def holds(self, statement_id: str) -> bool:
        return statements.holds(statements.get(statement_id), self.record)

    def usable(self, statement_id: str, citations: Sequence[Citation] = ()) -> list[Citation] | None:
        """The citations the statement would carry, or None when it cannot appear."""
        st = statements.get(statement_id)
        if not statements.holds(st, self.record):
            return None
        kept = [
            c
            for c in citations
            if st.allows(c)
            and self.rules.in_scope(c, self.result)
            and (c.instrument not in CRIMINAL_INSTRUMENTS or self.criminal_ok)
        ]
        if st.needs_cite and not kept:
            return None
        return kept

    # --- wording ---------------------------------------------------------------------------------
    def p(self, key: str, **fields: object) -> str:
        """Frame wording (no claim). HK letters in English use their own fact wording where it exists."""
        if self.jurisdiction == "HK" and self.phrases.has("hk_" + key):
            key = "hk_" + key
        whose_cap = self.whose[:1].upper() + self.whose[1:]
        you = self.phrases.get(f"you.{self.addressing}")
        child = self.facts.get("subject_under_14") is True
        defaults: dict[str, object] = {
            "whose": self.whose,
            "whose_cap": whose_cap,
            "you": you,
            "you_cap": you[:1].upper() + you[1:],
            "you_poss": self.phrases.get(f"you_poss.{self.addressing}")
            if self.phrases.has(f"you_poss.{self.addressing}")
            else you,
            "whose_obj": self.phrases.get("whose_obj." + ("child" if child else "self"))
            if self.phrases.has("whose_obj.self")
            else self.whose,
            # 单独同意 / "separate consent" is a PIPL 29 / SPC 2(三) concept: plain consent before both.
            "separate": self.phrases.get("separate_word")
            if self.phrases.has("separate_word")
            and (self.instrument_in_force("PIPL") or self.instrument_in_force("SPC_FACE_2021"))
            else "",
            # zh-CN titles: 删除人脸信息 / 删除被监护人人脸信息
            "of": self.phrases.get("title.of_child") if child and self.phrases.has("title.of_child") else "",
        }
        defaults.update(fields)
        return self.phrases.get(key, **defaults)

    def say(
        self,
        statement_id: str,
        *,
        cites: Sequence[Citation] = (),
        cite_fields: Mapping[str, Sequence[Citation]] | None = None,
        wrap: str = "",
        **fields: object,
    ) -> str:
        """The statement's wording if it holds for this record, else "" (it leaves no trace).

        `wrap`: a frame phrase with {text} and {cites} around the statement's own wording."""
        if not statements.exists(statement_id) and statement_id.startswith(("facts.", "hk.facts.")):
            return (
                ""  # a recorded value no fact sentence is written for (the skeleton builds ids from values)
            )
        st = statements.get(statement_id)
        kept = self.usable(statement_id, cites)
        if kept is None:
            return ""
        if (
            st.needs_cite
            and not kept
            and not any(self.usable(statement_id, g) for g in (cite_fields or {}).values())
        ):
            return ""
        # In the order they are printed, so an instrument is named in full at its first mention.
        cite_text = self.cites(kept, statement_id)
        extra: dict[str, str] = {}
        for name, group in (cite_fields or {}).items():
            extra[name] = self.cites(self.usable(statement_id, group) or [], statement_id)
        if wrap:
            text = self.p(wrap, text=self.p(st.key, **fields), cites=cite_text, **extra, **fields)
        else:
            text = self.p(st.key, cites=cite_text, **extra, **fields)
        self.said[statement_id] = None
        return text

    def placeholder(self, key: str) -> str:
        self.placeholders[key] = None
        return self.phrases.get(f"placeholder.{key}")

    def date_text(self, value: date) -> str:
        if self.lang == "en":
            months = self.phrases.get_list("months")
            return self.phrases.get("date", d=value.day, month=months[value.month - 1], y=value.year)
        return self.phrases.get("date", y=value.year, m=value.month, d=value.day)

    def number_text(self, n: int) -> str:
        return to_chinese(n) if self.lang == "zh-CN" else str(n)

    def cites(self, citations: Sequence[Citation], statement_id: str = "") -> str:
        """'（《…》第二十九条、第三十条）' in the letter's language; records them as cited (by whom).

        Mainland letters name an instrument in full once, then by its short name
        （以下简称《个人信息保护法》 / (the “PIPL”)).
        """
        kept = [c for c in citations if c.instrument not in CRIMINAL_INSTRUMENTS or self.criminal_ok]
        if not kept:
            return ""
        for c in kept:
            self.cited[c] = None
            self.cited_by[(statement_id, c)] = None
        text = self._shorten(self.rules.format_list(kept, self.lang), kept)
        return self.phrases.get("cites", cites=text)

    def _names(self, instrument_id: str) -> tuple[str, str, str] | None:
        """(full form, first mention, later mentions) of an instrument in this letter's language, or
        None when it has no shorter name."""
        instrument = self.rules.library.instrument(instrument_id)
        full = instrument.name(self.lang)
        if instrument_id == "HK_PDPO":
            # Hong Kong letters call it "the Ordinance" / 「條例」 once named (hk.law_intro does so too).
            if self.lang == "en":
                whole = f"of the {full} (Cap. 486)"
                return whole, f"{whole} (the “Ordinance”)", "of the Ordinance"
            whole = f"《{full}》（第486章）"
            return whole, f"{whole}（「條例」）", "條例"
        short = self.rules.localized(instrument.short_names, self.lang)
        if not short or short == full:
            return None
        if self.lang == "en":
            return f"of the {full}", f"of the {full} (the “{short}”)", f"of the {short}"
        return f"《{full}》", f"《{full}》（以下简称《{short}》）", f"《{short}》"

    def _shorten(self, text: str, citations: Sequence[Citation]) -> str:
        for instrument_id in dict.fromkeys(c.instrument for c in citations):
            names = self._names(instrument_id)
            if names is None:
                continue
            whole, first, later = names
            if whole not in text:
                continue
            if instrument_id in self.introduced:
                text = text.replace(whole, later)
            else:
                head, tail = text.split(whole, 1)
                text = head + first + tail.replace(whole, later)
                self.introduced.add(instrument_id)
        return text

    def quote(self, citation: Citation, contains: str | None, cited: Sequence[Citation]) -> Quote | None:
        """A verbatim quote, in zh-CN letters only, of an article cited here (so it is in force)."""
        if self.lang != "zh-CN":
            return None
        if not any(c.instrument == citation.instrument and c.article == citation.article for c in cited):
            return None
        text = self.rules.quote(citation, contains)
        return None if text is None else Quote(text, citation)

    def short_source(self, citation: Citation) -> str:
        """The lead-in of a quote (《个人信息保护法》第二十九条): the full name if the letter has not
        named the instrument yet (introducing the short one), else the short name."""
        text = format_citation(citation, self.lang, self.rules.library)
        return self._shorten(text, [citation])

    # --- blocks ----------------------------------------------------------------------------------
    def add(self, kind: BlockKind, *spans: Span, label: str = "") -> None:
        kept = tuple(s for s in spans if s != "")
        if kept:
            self.blocks.append(Block(kind, kept, label))

    def say_block(
        self,
        kind: BlockKind,
        statement_id: str,
        *,
        quote: tuple[Citation, str | None] | None = None,
        cites: Sequence[Citation] = (),
        label: str = "",
        prefix: str = "",
        suffix: str = "",
        wrap: str = "",
        **fields: Any,
    ) -> bool:
        """Add the statement as a block, with its verbatim quote ⟦…{source}规定：{quote}⟧ when the quote's
        article is among the citations it keeps (zh-CN only). False when the statement does not hold."""
        kept = self.usable(statement_id, cites)
        if kept is None:
            return False
        q = self.quote(quote[0], quote[1], kept) if quote else None
        text = self.say(
            statement_id, cites=cites, wrap=wrap, source=SOURCE_FIELD, quote=QUOTE_FIELD, **fields
        )
        if not text:
            return False
        # The lead-in is named after the citations, so an instrument is introduced in full only once.
        text = text.replace(SOURCE_FIELD, self.short_source(q.citation) if q else "")
        text = prefix + text + suffix
        if q is None:
            self.add(kind, re.sub(r"⟦[^⟧]*⟧", "", text), label=label)
            return True
        text = text.replace("⟦", "").replace("⟧", "")
        before, after = text.split(QUOTE_FIELD, 1)
        # A quote cut at ； has no full stop of its own: the sentence ends after the closing mark.
        closing = "" if q.text.endswith("。") or after.startswith("。") else "。"
        self.add(kind, before, q, closing + after, label=label)
        return True

    def heading(self, key: str) -> None:
        self.heading_count += 1
        n = to_chinese(self.heading_count) if self.lang.startswith("zh") else str(self.heading_count)
        self.add(BlockKind.HEADING, self.phrases.get("heading", n=n, text=self.phrases.get(f"section.{key}")))

    def item_label(self, n: int) -> str:
        return self.phrases.get("item_label", n=n)

    def sub_label(self, n: int) -> str:
        return self.phrases.get("sub_item_label", n=self.number_text(n))

    def joiner(self) -> str:
        return " " if self.lang == "en" else ""
