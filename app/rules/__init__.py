"""The rule library: facts → grounds → exact citations (mainland China and Hong Kong).

Public API (see docs in resources/rules/README.md):
    load_library(path=None) -> RuleLibrary
    parse_library(data, source=...) -> RuleLibrary
    check(facts, library=None) -> RuleResult          RuleResult.to_json() has the SPEC shape
    citations_for_requests(facts, request_types, library=None) -> {type: citations}   user-chosen set
    format_citation(c, lang, library) -> str           《…》第四十七条第一款第（三）项
    RuleLibrary.quote(citation) -> str                 verbatim text (QuoteUnavailable if none here)
"""

from __future__ import annotations

from app.rules.citations import format_citation, format_citations
from app.rules.library import (
    RuleLibrary,
    bundled_library_path,
    load_library,
    load_library_from,
    parse_library,
    version_key,
)
from app.rules.matcher import check, citations_for_requests
from app.rules.model import (
    Article,
    CaveatResult,
    ChannelPeriod,
    ChannelSuggestion,
    Citation,
    GroundResult,
    Instrument,
    NotYetInForce,
    ReplyPeriod,
    RuleResult,
    TriggeringFact,
    localized,
)
from app.rules.numerals import to_chinese

__all__ = [
    "Article",
    "CaveatResult",
    "ChannelPeriod",
    "ChannelSuggestion",
    "Citation",
    "GroundResult",
    "Instrument",
    "NotYetInForce",
    "ReplyPeriod",
    "RuleLibrary",
    "RuleResult",
    "TriggeringFact",
    "bundled_library_path",
    "check",
    "citations_for_requests",
    "format_citation",
    "format_citations",
    "load_library",
    "load_library_from",
    "localized",
    "parse_library",
    "to_chinese",
    "version_key",
]
