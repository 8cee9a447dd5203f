"""The rule library's data model (immutable) and the result of checking one record.

Citations use the instrument IDs and article strings of docs/reference/REFERENCE.md: articles are
strings as printed ("47", "253-1", "s18", "DPP1"); paragraphs (款) and items (项) are separate
integers, `None` when the citation is to the whole article / paragraph.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from typing import Any

# A condition is declarative JSON data (see resources/rules/README.md), interpreted by conditions.py.
Condition = Mapping[str, Any]
# Text in several languages: {"zh-CN": …, "zh-HK": …, "en": …}; zh-HK falls back to zh-CN.
LocalText = Mapping[str, str]

LANGUAGES = ("zh-CN", "zh-HK", "en")


def localized(text: LocalText, lang: str) -> str:
    """The text in `lang`, falling back zh-HK → zh-CN and anything missing → en → zh-CN."""
    for candidate in (lang, "zh-CN" if lang == "zh-HK" else None, "en", "zh-CN"):
        if candidate and candidate in text:
            return text[candidate]
    return ""


@dataclass(frozen=True)
class Citation:
    instrument: str
    article: str
    paragraph: int | None = None
    item: int | None = None

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {"instrument": self.instrument, "article": self.article}
        if self.paragraph is not None:
            out["paragraph"] = self.paragraph
        if self.item is not None:
            out["item"] = self.item
        return out

    @classmethod
    def from_json(cls, obj: Mapping[str, Any]) -> Citation:
        return cls(
            instrument=str(obj["instrument"]),
            article=str(obj["article"]),
            paragraph=obj.get("paragraph"),
            item=obj.get("item"),
        )

    def __str__(self) -> str:
        tail = "".join(f"({n})" for n in (self.paragraph, self.item) if n is not None)
        return f"{self.instrument} {self.article}{tail}"


@dataclass(frozen=True)
class Paragraph:
    text: str
    items: tuple[str, ...] = ()


@dataclass(frozen=True)
class Article:
    number: str
    status: str  # V / S / U as marked in REFERENCE
    wording_status: str  # status of the wording; "U" = cite by number only, never quote or paraphrase as law
    topic: LocalText
    summary_en: str
    paragraphs: tuple[Paragraph, ...] | None  # None: no official text in resources/texts/

    @property
    def has_text(self) -> bool:
        return self.paragraphs is not None

    @property
    def citable(self) -> bool:
        return self.status in ("V", "S")


@dataclass(frozen=True)
class Instrument:
    id: str
    kind: str
    jurisdiction: str  # "CN" or "HK"
    city: str | None  # city id for local rules
    status: str
    names: LocalText
    short_names: LocalText
    issuer: LocalText
    document_number: str | None
    effective: date | None  # None: in force for every date the app handles
    text_file: str | None
    note_en: str
    cite_name: LocalText | None
    articles: Mapping[str, Article]
    article_order: tuple[str, ...]

    def name(self, lang: str) -> str:
        return localized(self.names, lang)


@dataclass(frozen=True)
class CiteRule:
    citation: Citation
    when: Condition | None = None


@dataclass(frozen=True)
class Ground:
    id: str
    jurisdiction: str
    breach: bool  # a breach of law or agreement (brings PIPL 47(1)(iv) and Civil Code 1037(2))
    title: LocalText
    explanation: LocalText
    when: Condition
    cites: tuple[CiteRule, ...]


@dataclass(frozen=True)
class RequestType:
    id: str
    jurisdiction: str
    names: LocalText
    suggest_when: Condition | None  # None: never suggested for a fresh record (e.g. reminder)
    cites: tuple[CiteRule, ...]


@dataclass(frozen=True)
class ChannelPeriod:
    """A channel's own deadline (e.g. the market regulator decides on acceptance in 7 working days)."""

    days: int
    unit: str
    statutory: bool
    basis: LocalText

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "unit": self.unit,
            "statutory": self.statutory,
            "basis": localized(self.basis, "zh-CN"),
            "basis_en": localized(self.basis, "en"),
        }


@dataclass(frozen=True)
class ComplaintChannel:
    id: str
    jurisdiction: str
    names: LocalText
    hint: LocalText  # contact details are secondary (S): shown as an editable hint
    when: Condition
    cites: tuple[CiteRule, ...]
    acceptance_period: ChannelPeriod | None = None


@dataclass(frozen=True)
class ReplyPeriodRule:
    id: str
    jurisdiction: str
    when: Condition
    days: int
    unit: str  # "working_days" or "days"
    statutory: bool
    basis: LocalText
    cites: tuple[CiteRule, ...]


@dataclass(frozen=True)
class Caveat:
    id: str
    jurisdiction: str
    when: Condition
    text: LocalText
    cites: tuple[CiteRule, ...]


@dataclass(frozen=True)
class City:
    id: str
    names: tuple[str, ...]
    province_prefixes: tuple[str, ...]


# --- results ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class TriggeringFact:
    fact: str  # dotted path, e.g. "consent", "handler.kind"
    value: Any

    def to_json(self) -> dict[str, Any]:
        return {"fact": self.fact, "value": self.value}


@dataclass(frozen=True)
class GroundResult:
    id: str
    title: LocalText
    breach: bool
    citations: tuple[Citation, ...]
    explanation: LocalText  # plain language, naming the facts that triggered the ground
    triggered_by: tuple[TriggeringFact, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "title": localized(self.title, "zh-CN"),
            "title_en": localized(self.title, "en"),
            "citations": [c.to_json() for c in self.citations],
            "breach": self.breach,
            "explanation": localized(self.explanation, "zh-CN"),
            "explanation_en": localized(self.explanation, "en"),
            "triggered_by": [t.to_json() for t in self.triggered_by],
        }


@dataclass(frozen=True)
class ReplyPeriod:
    days: int
    unit: str
    basis: LocalText
    statutory: bool
    rule_id: str
    citations: tuple[Citation, ...] = ()

    def to_json(self) -> dict[str, Any]:
        return {
            "days": self.days,
            "unit": self.unit,
            "basis": localized(self.basis, "zh-CN"),
            "statutory": self.statutory,
            "basis_en": localized(self.basis, "en"),
            "rule": self.rule_id,
            "citations": [c.to_json() for c in self.citations],
        }


@dataclass(frozen=True)
class ChannelSuggestion:
    id: str
    names: LocalText
    hint: LocalText
    citations: tuple[Citation, ...]
    acceptance_period: ChannelPeriod | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": localized(self.names, "zh-CN"),
            "name_en": localized(self.names, "en"),
            "hint": localized(self.hint, "zh-CN"),
            "hint_en": localized(self.hint, "en"),
            "hint_is_unverified": True,
            "citations": [c.to_json() for c in self.citations],
            "acceptance_period": self.acceptance_period.to_json() if self.acceptance_period else None,
        }


@dataclass(frozen=True)
class CaveatResult:
    id: str
    text: LocalText
    citations: tuple[Citation, ...]

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "text": localized(self.text, "zh-CN"),
            "text_en": localized(self.text, "en"),
            "citations": [c.to_json() for c in self.citations],
        }


@dataclass(frozen=True)
class NotYetInForce:
    """An instrument of the record's jurisdiction (and city) that took effect after the processing date."""

    instrument: str
    effective: date

    def to_json(self) -> dict[str, Any]:
        return {"instrument": self.instrument, "effective": self.effective.isoformat()}


@dataclass(frozen=True)
class RuleResult:
    jurisdiction: str
    processing_date: date
    city: str | None  # resolved city id of a local rule ("hangzhou"), None otherwise
    grounds: tuple[GroundResult, ...]
    citations: tuple[Citation, ...]  # de-duplicated union over grounds and suggested requests
    request_types: tuple[str, ...]
    request_citations: Mapping[str, tuple[Citation, ...]]  # what each suggested request type cites
    reply_period: ReplyPeriod
    complaint_channels: tuple[ChannelSuggestion, ...]
    caveats: tuple[CaveatResult, ...]
    not_yet_in_force: tuple[NotYetInForce, ...]
    library_version: str
    instrument_names: Mapping[str, LocalText] = field(default_factory=dict)

    @property
    def ground_ids(self) -> tuple[str, ...]:
        return tuple(g.id for g in self.grounds)

    def ground(self, ground_id: str) -> GroundResult | None:
        return next((g for g in self.grounds if g.id == ground_id), None)

    def to_json(self) -> dict[str, Any]:
        """The SPEC `rules check --json` shape, plus extras (library version, explanations, channels…)."""
        return {
            "jurisdiction": self.jurisdiction,
            "grounds": [g.to_json() for g in self.grounds],
            "citations": [c.to_json() for c in self.citations],
            "request_types": list(self.request_types),
            "reply_period": self.reply_period.to_json(),
            "processing_date": self.processing_date.isoformat(),
            "city": self.city,
            "request_citations": {k: [c.to_json() for c in v] for k, v in self.request_citations.items()},
            "complaint_channels": [c.to_json() for c in self.complaint_channels],
            "caveats": [c.to_json() for c in self.caveats],
            "not_yet_in_force": [n.to_json() for n in self.not_yet_in_force],
            "library_version": self.library_version,
            "instruments": {
                k: {"zh-CN": localized(v, "zh-CN"), "en": localized(v, "en")}
                for k, v in self.instrument_names.items()
            },
        }
