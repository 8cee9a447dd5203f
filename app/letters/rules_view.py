"""The letters' window onto the rule library (app.rules): one place that knows its API.

Nothing legal is decided here. Grounds, citations per request, scope, the reply period and channels
come from `app.rules.check`; citations are formatted by `app.rules.format_citation`; statute text
comes from `RuleLibrary.quote`. This module adds only presentation: joining citation lists, picking
one sentence out of a quoted paragraph, and evaluating a request type's citations for the request
types the *user chose* (the matcher evaluates them for the suggested set).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput, QuoteUnavailable
from app.rules import (
    Citation,
    RuleLibrary,
    RuleResult,
    check,
    citations_for_requests,
    format_citation,
    load_library,
    localized,
)
from app.rules.scope import in_scope


@dataclass(frozen=True)
class RulesView:
    library: RuleLibrary

    @classmethod
    def create(cls, library: Any | None = None) -> RulesView:
        return cls(library if library is not None else load_library())

    def check(self, facts: dict[str, Any]) -> RuleResult:
        return check(facts, self.library)

    # --- names and text ---------------------------------------------------------------------------
    def instrument_name(self, instrument_id: str, lang: str) -> str:
        return self.library.instrument(instrument_id).name(lang)

    @staticmethod
    def localized(text: Mapping[str, str], lang: str) -> str:
        return localized(text, lang)

    def format_list(self, citations: Sequence[Citation], lang: str) -> str:
        """Citations joined the way letters write them.

        Chinese: a run of citations to one instrument names it once, and items of one paragraph name
        the paragraph once: 《…保护法》第四十七条第一款第（三）项、第（四项）、第五十条.
        English: "Articles 15(1) and 16 of the …" / "sections 18 and 19 of the …".
        """
        if lang.startswith("zh"):
            return "、".join(self._chinese_parts(citations, lang))
        groups: list[tuple[str, str, list[str]]] = []  # (kind, tail, numbers)
        for c in citations:
            text = format_citation(c, lang, self.library)
            match = re.fullmatch(r"(Article|section) (\S+) of (.+)", text)
            if match and groups and groups[-1][0] == match[1] and groups[-1][1] == match[3]:
                groups[-1][2].append(match[2])
            elif match:
                groups.append((match[1], match[3], [match[2]]))
            else:
                groups.append(("", text, []))
        out = []
        for kind, tail, numbers in groups:
            if not kind:
                out.append(tail)
            elif len(numbers) == 1:
                out.append(f"{kind} {numbers[0]} of {tail}")
            else:
                joined = ", ".join(numbers[:-1]) + " and " + numbers[-1]
                out.append(f"{kind}s {joined} of {tail}")
        return "; ".join(out)

    def _chinese_parts(self, citations: Sequence[Citation], lang: str) -> list[str]:
        parts: list[str] = []
        previous: Citation | None = None
        for c in citations:
            text = format_citation(c, lang, self.library)
            prefix = self._instrument_prefix(text)
            if previous is not None and previous.instrument == c.instrument and prefix:
                text = text[len(prefix) :]
                if (
                    c.item is not None
                    and previous.item is not None
                    and previous.article == c.article
                    and previous.paragraph == c.paragraph
                ):
                    whole = format_citation(
                        Citation(c.instrument, c.article, c.paragraph), lang, self.library
                    )
                    text = text[len(whole) - len(prefix) :]
            parts.append(text)
            previous = c
        return parts

    @staticmethod
    def _instrument_prefix(text: str) -> str:
        """'《…》' or '《…》（第486章）' at the start of a Chinese citation, else ''."""
        if not text.startswith("《"):
            return ""
        prefix = text[: text.index("》") + 1]
        rest = text[len(prefix) :]
        if rest.startswith("（"):
            prefix += rest[: rest.index("）") + 1]
        return prefix

    def short_citation(self, citation: Citation, lang: str) -> str:
        """For the lead-in of a quote: 《个人信息保护法》第二十九条 — the customary short title where it is
        simply the full title without 中华人民共和国, otherwise the full title."""
        text = format_citation(citation, lang, self.library)
        instrument = self.library.instrument(citation.instrument)
        full, short = instrument.name(lang), localized(instrument.short_names, lang)
        if lang.startswith("zh") and short and full.endswith(short) and full != short:
            text = text.replace(f"《{full}》", f"《{short}》", 1)
        return text

    def quote(self, citation: Citation, contains: str | None = None) -> str | None:
        """Verbatim text for the citation, narrowed to the sentence containing `contains`.

        Sentences end at 。 or ； (the ； itself is left out, the renderer adds the full stop outside the
        quotation marks). None when the library has no official text for it.
        """
        try:
            text: str = self.library.quote(citation)
        except QuoteUnavailable:
            return None
        if contains is None:
            return text
        for line in text.split("\n"):
            sentences: list[str] = re.findall(r"[^。；]+(?:。|；|$)", line)
            for sentence in sentences:
                if contains in sentence:
                    return sentence.removesuffix("；").strip()
        return None

    # --- citations for the chosen requests -------------------------------------------------------
    def request_citations(
        self, facts: dict[str, Any], result: RuleResult, request_type: str, chosen: Sequence[str]
    ) -> tuple[Citation, ...]:
        """What `request_type` cites when the user sends the requests `chosen` (with the common cites).

        The matcher's `request_citations` are computed for the suggested set; a user may add a request
        that was not suggested (withdrawing consent that was never asked for), and PIPL 47(1)(iii)
        depends on whether a withdrawal is in the same letter. Same conditions, same scope, evaluated
        with the chosen set.
        """
        if set(chosen) == set(result.request_types) and request_type in result.request_citations:
            return tuple(result.request_citations[request_type])
        return citations_for_requests(facts, list(dict.fromkeys(chosen)), self.library)[request_type]

    def request_type_citations(
        self, facts: dict[str, Any], result: RuleResult, request_type: str
    ) -> tuple[Citation, ...]:
        """A request type's own citations (without the common ones), e.g. complaint → PIPL 65(1).

        Evaluated as if the type were sent with the suggested requests; a type that does not exist
        for the record's jurisdiction cites nothing.
        """
        chosen = list(dict.fromkeys([*result.request_types, request_type]))
        try:
            return citations_for_requests(facts, chosen, self.library, include_common=False)[request_type]
        except InvalidInput:
            return ()

    def common_request_citations(self, jurisdiction: str) -> tuple[Citation, ...]:
        return tuple(rule.citation for rule in self.library.common_request_cites.get(jurisdiction, ()))

    def in_scope(self, citation: Citation, result: RuleResult) -> bool:
        return in_scope(
            self.library.instrument(citation.instrument),
            jurisdiction=result.jurisdiction,
            city=result.city,
            processing=result.processing_date,
        )
