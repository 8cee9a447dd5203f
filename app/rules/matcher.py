"""facts → grounds that hold → citations, request types, complaint channels, reply period.

Everything legal lives in the library data; this module only evaluates it in order:
1. grounds (a ground holds when its condition holds and at least one of its citations is in scope);
2. request types (suggested when their condition holds and one of their own citations is in scope;
   their citations may depend on the grounds and on the other suggested requests, so this step runs
   to a fixed point);
3. the union of citations, complaint channels, caveats and the reply period (first matching rule).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import replace
from typing import Any

from app.errors import InvalidInput
from app.facts import processing_date, validate_facts
from app.rules.cities import resolve_city
from app.rules.conditions import Context, evaluate, fact_value, is_missing
from app.rules.library import RuleLibrary, load_library
from app.rules.model import (
    CaveatResult,
    ChannelSuggestion,
    Citation,
    CiteRule,
    GroundResult,
    NotYetInForce,
    ReplyPeriod,
    RequestType,
    RuleResult,
    TriggeringFact,
)
from app.rules.scope import in_scope, not_yet_in_force


def check(facts: dict[str, Any], library: RuleLibrary | None = None) -> RuleResult:
    """What the rules say about one record. Raises InvalidFacts (naming the field) for invalid facts."""
    library = library if library is not None else load_library()
    facts = validate_facts(facts)
    return _Matcher(library, facts).run()


def citations_for_requests(
    facts: dict[str, Any],
    request_types: Sequence[str],
    library: RuleLibrary | None = None,
    *,
    include_common: bool = True,
) -> dict[str, tuple[Citation, ...]]:
    """What each request type cites when the user sends exactly `request_types` in one letter.

    `check` answers for the *suggested* set; a user may choose others (e.g. withdraw consent that was
    never asked for), and PIPL 47(1)(iii) depends on whether a withdrawal is in the same letter. Same
    conditions and scope as `check`. `include_common` adds PIPL 50 for the mainland. Raises
    InvalidInput for a request type that does not exist or does not fit the record's jurisdiction.
    """
    library = library if library is not None else load_library()
    matcher = _Matcher(library, validate_facts(facts))
    known = {r.id: r for r in library.request_types}
    for request_id in request_types:
        request = known.get(request_id)
        if request is None or request.jurisdiction != matcher.jurisdiction:
            raise InvalidInput(
                f"request type {request_id!r} does not apply to a {matcher.jurisdiction} record",
                field="request_types",
            )
    grounds = matcher.grounds()
    ctx = replace(
        matcher.ctx,
        grounds=frozenset(g.id for g in grounds),
        breach=any(g.breach for g in grounds),
        requests=frozenset(request_types),
    )
    common: list[Citation] = []
    if include_common:
        common, _ = matcher._applicable(library.common_request_cites.get(matcher.jurisdiction, ()), ctx)
    return {
        request_id: library.sorted_citations([*matcher._applicable(known[request_id].cites, ctx)[0], *common])
        for request_id in dict.fromkeys(request_types)
    }


class _Matcher:
    def __init__(self, library: RuleLibrary, facts: dict[str, Any]) -> None:
        self.library = library
        self.facts = facts
        self.jurisdiction: str = facts["jurisdiction"]
        self.processing = processing_date(facts)
        self.city = resolve_city(facts.get("city"), library.cities) if self.jurisdiction == "CN" else None
        self.ctx = Context(
            facts=facts, city=self.city, place_groups=library.place_groups, definitions=library.definitions
        )

    # --- helpers ---------------------------------------------------------------------------------
    def _in_scope(self, citation: Citation) -> bool:
        return in_scope(
            self.library.instruments[citation.instrument],
            jurisdiction=self.jurisdiction,
            city=self.city,
            processing=self.processing,
        )

    def _applicable(self, rules: Iterable[CiteRule], ctx: Context) -> tuple[list[Citation], list[str]]:
        """Citations whose condition holds and whose instrument is in scope, and the facts they used."""
        citations: list[Citation] = []
        used: list[str] = []
        for rule in rules:
            if not self._in_scope(rule.citation):
                continue
            if rule.when is not None:
                outcome = evaluate(rule.when, ctx)
                if not outcome.holds:
                    continue
                used.extend(outcome.facts)
            citations.append(rule.citation)
        return citations, used

    def _triggering(self, paths: Iterable[str]) -> tuple[TriggeringFact, ...]:
        seen: dict[str, None] = dict.fromkeys(paths)
        out = []
        for path in seen:
            value = fact_value(self.facts, path)
            if not is_missing(value):
                out.append(TriggeringFact(path, value))
        return tuple(out)

    def _explain(self, base: Mapping[str, str], triggers: tuple[TriggeringFact, ...]) -> dict[str, str]:
        explanation = dict(base)
        if not triggers:
            return explanation
        for lang, opener, sep, closer, eq in (
            ("zh-CN", "（依据您记录的：", "；", "）", "："),
            ("zh-HK", "（依據您記錄的：", "；", "）", "："),
            ("en", " (from what you recorded: ", "; ", ")", ": "),
        ):
            if lang not in explanation:
                continue
            label, value = self.library.fact_label, self.library.value_label
            parts = [f"{label(t.fact, lang)}{eq}{value(t.fact, t.value, lang)}" for t in triggers]
            explanation[lang] = explanation[lang] + opener + sep.join(parts) + closer
        return explanation

    # --- steps -----------------------------------------------------------------------------------
    def grounds(self) -> list[GroundResult]:
        held: list[GroundResult] = []
        for ground in self.library.grounds:
            if ground.jurisdiction != self.jurisdiction:
                continue
            outcome = evaluate(ground.when, self.ctx)
            if not outcome.holds:
                continue
            citations, used = self._applicable(ground.cites, self.ctx)
            if not citations:
                continue  # every citation is out of time / city scope: the ground does not hold
            triggers = self._triggering([*outcome.facts, *used])
            held.append(
                GroundResult(
                    id=ground.id,
                    title=ground.title,
                    breach=ground.breach,
                    citations=self.library.sorted_citations(citations),
                    explanation=self._explain(ground.explanation, triggers),
                    triggered_by=triggers,
                )
            )
        return held

    def _requests(self, ctx: Context) -> tuple[tuple[str, ...], dict[str, tuple[Citation, ...]]]:
        candidates = [
            r
            for r in self.library.request_types
            if r.jurisdiction == self.jurisdiction
            and r.suggest_when is not None
            and evaluate(r.suggest_when, ctx).holds
        ]
        suggested: list[RequestType] = candidates
        # A request's citations can depend on which other requests are suggested (PIPL 47(1)(iii)
        # after a withdrawal), and a request whose own citations are all out of scope is dropped.
        for _ in range(len(candidates) + 1):
            request_ctx = replace(ctx, requests=frozenset(r.id for r in suggested))
            kept = [r for r in suggested if self._applicable(r.cites, request_ctx)[0]]
            if kept == suggested:
                break
            suggested = kept
        request_ctx = replace(ctx, requests=frozenset(r.id for r in suggested))
        common, _ = self._applicable(
            self.library.common_request_cites.get(self.jurisdiction, ()), request_ctx
        )
        citations = {
            r.id: self.library.sorted_citations([*self._applicable(r.cites, request_ctx)[0], *common])
            for r in suggested
        }
        return tuple(r.id for r in suggested), citations

    def _reply_period(self, ctx: Context) -> ReplyPeriod:
        for rule in self.library.reply_periods:
            if rule.jurisdiction != self.jurisdiction or not evaluate(rule.when, ctx).holds:
                continue
            citations, _ = self._applicable(rule.cites, ctx)
            if rule.cites and not citations:
                continue  # e.g. Hangzhou's 10 days before the regulation took effect
            return ReplyPeriod(
                days=rule.days,
                unit=rule.unit,
                basis=rule.basis,
                statutory=rule.statutory,
                rule_id=rule.id,
                citations=self.library.sorted_citations(citations),
            )
        raise AssertionError("the library guarantees an unconditional default reply period")

    def run(self) -> RuleResult:
        grounds = self.grounds()
        ctx = replace(
            self.ctx,
            grounds=frozenset(g.id for g in grounds),
            breach=any(g.breach for g in grounds),
        )
        request_types, request_citations = self._requests(ctx)
        ctx = replace(ctx, requests=frozenset(request_types))
        union = self.library.sorted_citations(
            [c for g in grounds for c in g.citations] + [c for cs in request_citations.values() for c in cs]
        )
        channels = []
        for channel in self.library.complaint_channels:
            if channel.jurisdiction == self.jurisdiction and evaluate(channel.when, ctx).holds:
                cites, _ = self._applicable(channel.cites, ctx)
                channels.append(
                    ChannelSuggestion(
                        channel.id,
                        channel.names,
                        channel.hint,
                        self.library.sorted_citations(cites),
                        channel.acceptance_period,
                    )
                )
        caveats = []
        for caveat in self.library.caveats:
            if caveat.jurisdiction == self.jurisdiction and evaluate(caveat.when, ctx).holds:
                cites, _ = self._applicable(caveat.cites, ctx)
                if caveat.cites and not cites:
                    continue
                caveats.append(CaveatResult(caveat.id, caveat.text, self.library.sorted_citations(cites)))
        pending = tuple(
            NotYetInForce(i.id, i.effective)
            for i in self.library.instruments.values()
            if i.effective is not None
            and not_yet_in_force(
                i, jurisdiction=self.jurisdiction, city=self.city, processing=self.processing
            )
        )
        used_instruments = {c.instrument for c in union}
        return RuleResult(
            jurisdiction=self.jurisdiction,
            processing_date=self.processing,
            city=self.city,
            grounds=tuple(grounds),
            citations=union,
            request_types=request_types,
            request_citations=request_citations,
            reply_period=self._reply_period(ctx),
            complaint_channels=tuple(channels),
            caveats=tuple(caveats),
            not_yet_in_force=pending,
            library_version=self.library.version,
            instrument_names={
                k: i.names for k, i in self.library.instruments.items() if k in used_instruments
            },
        )
