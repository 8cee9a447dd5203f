"""What a letter is, independent of how it is rendered (PDF, plain text, e-mail).

A `Letter` is a list of `Block`s; each block is a list of `Span`s. A span is either plain wording or a
`Quote` (statute text copied verbatim from resources/texts/). Quotes are kept as their own span type so
that tests, the preview and the vault snapshot can find every verbatim passage and check it against
the official text, and so that renderers can mark them (quotation marks in text, same in the PDF).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from app.errors import InvalidInput
from app.rules.model import Citation

CitationRef = Citation  # letters and rules share one citation type (the name stays for callers)

# Request types this package knows how to write (SPEC "Request types").
MAINLAND_TYPES = (
    "withdraw_consent",
    "deletion",
    "alternative_method",
    "access_copy",
    "explanation",
    "complaint",
    "reminder",
    "police_report",
)
# Letters of their own (not requests to the handler): to a regulator, about an earlier letter, to the police.
STANDALONE_TYPES = ("complaint", "reminder", "police_report")
HK_TYPES = ("hk_data_access", "hk_erasure", "complaint", "reminder")
ALL_TYPES = tuple(dict.fromkeys(MAINLAND_TYPES + HK_TYPES))

LANGUAGES = ("zh-CN", "en", "zh-HK")
# Which letter languages fit which jurisdiction. zh-CN for a Hong Kong record is refused rather than
# mapped: Hong Kong letters use Traditional characters and Hong Kong terms (資料使用者, 查閱資料要求),
# which are written as their own phrase data, not converted from Simplified mainland wording.
LANGUAGES_BY_JURISDICTION: Mapping[str, tuple[str, ...]] = {"CN": ("zh-CN", "en"), "HK": ("en", "zh-HK")}


class BlockKind(StrEnum):
    TITLE = "title"
    REFERENCE = "reference"  # the line with the reference code under the title
    ADDRESSEE = "addressee"
    HEADING = "heading"
    PARAGRAPH = "paragraph"
    ITEM = "item"  # a numbered or bulleted entry; `label` holds "一、" / "1." / "(a)"
    FIELD = "field"  # "label: value" lines (complainant details, contact)
    CLOSING = "closing"
    SIGNATURE = "signature"
    DATE = "date"


@dataclass(frozen=True)
class Quote:
    """Statute text reproduced verbatim; `citation` says where it comes from."""

    text: str
    citation: CitationRef


Span = str | Quote


@dataclass(frozen=True)
class Block:
    kind: BlockKind
    spans: tuple[Span, ...]
    label: str = ""  # list label for ITEM, field label for FIELD

    @property
    def plain(self) -> str:
        """The block's wording with quotes in the letter language's quotation marks left to the renderer."""
        return "".join(s if isinstance(s, str) else s.text for s in self.spans)


@dataclass(frozen=True)
class Sender:
    """The person writing. ID numbers are off unless the user asks: exercising these rights does not
    need one, and an ID number in a letter that leaks widens the harm."""

    name: str
    phone: str = ""
    email: str = ""
    address: str = ""
    id_number: str = ""
    include_id_number: bool = False

    @classmethod
    def from_json(cls, obj: object) -> Sender:
        if not isinstance(obj, dict):
            raise InvalidInput("sender must be a JSON object with at least a name", field="sender")
        allowed = {"name", "phone", "email", "address", "id_number", "include_id_number"}
        unknown = sorted(set(obj) - allowed)
        if unknown:
            raise InvalidInput(f"sender has unknown field(s): {', '.join(unknown)}", field="sender")
        values: dict[str, Any] = {}
        for key in ("name", "phone", "email", "address", "id_number"):
            value = obj.get(key, "")
            if not isinstance(value, str):
                raise InvalidInput(f"sender.{key} must be a string", field=f"sender.{key}")
            value = " ".join(value.split())
            if len(value) > 300:
                raise InvalidInput(f"sender.{key} is longer than 300 characters", field=f"sender.{key}")
            values[key] = value
        if not values["name"]:
            raise InvalidInput("sender.name is empty", field="sender.name")
        if values["email"] and not _EMAIL.fullmatch(values["email"]):
            raise InvalidInput(
                f"sender.email is not an e-mail address: {values['email']}", field="sender.email"
            )
        include = obj.get("include_id_number", False)
        if not isinstance(include, bool):
            raise InvalidInput(
                "sender.include_id_number must be true or false", field="sender.include_id_number"
            )
        return cls(include_id_number=include, **values)

    @property
    def shown_id_number(self) -> str:
        return self.id_number if self.include_id_number else ""


_EMAIL = re.compile(r"[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+")


def is_email(value: str) -> bool:
    return bool(_EMAIL.fullmatch(value))


@dataclass(frozen=True)
class ChronologyEvent:
    """One dated step in a request's history (sent, delivered, reply, phone call, visit, …)."""

    date: date
    note: str
    kind: str = "note"


@dataclass(frozen=True)
class Chronology:
    """What happened to an earlier request; reminder and complaint letters are written from it.

    The tracking module fills this from a request's timeline. `replied` None means silence; `refused`
    True means the handler answered no (fully or partly); `reply_summary` says what they answered.
    """

    original_reference: str
    original_sent: date
    original_types: tuple[str, ...]
    original_channel: str = ""  # "email", "registered_mail", "in_person", "web_form", "in_app"
    tracking_number: str = ""
    delivered: date | None = None
    requested_reply_by: date | None = None
    replied: date | None = None
    refused: bool = False
    reply_summary: str = ""
    events: tuple[ChronologyEvent, ...] = ()
    evidence: tuple[str, ...] = ()
    # Evidence-list lines for every earlier letter of the case, each with its reference and date
    # (worded by app.tracking); when given they replace the single "copy of the original letter" line.
    earlier_letters: tuple[str, ...] = ()

    @classmethod
    def from_json(cls, obj: object) -> Chronology:
        """Read the JSON form (dates as YYYY-MM-DD) used by `faceledger letter --chronology`."""
        if not isinstance(obj, dict):
            raise InvalidInput("chronology must be a JSON object", field="chronology")
        try:
            types = obj.get("original_types", [])
            if not isinstance(types, list) or not all(isinstance(t, str) for t in types) or not types:
                raise InvalidInput("chronology.original_types must be a non-empty list of request types")
            unknown = [t for t in types if t not in ALL_TYPES or t in STANDALONE_TYPES]
            if unknown:
                raise InvalidInput(f"chronology.original_types: not a request type: {', '.join(unknown)}")
            events = tuple(
                ChronologyEvent(
                    date=_date(e.get("date"), "chronology.events[].date"),
                    note=_str(e.get("note", ""), "chronology.events[].note"),
                    kind=_str(e.get("kind", "note"), "chronology.events[].kind"),
                )
                for e in _list(obj.get("events", []), "chronology.events")
            )
            evidence = tuple(
                _str(x, "chronology.evidence[]") for x in _list(obj.get("evidence", []), "evidence")
            )
            refused = obj.get("refused", False)
            if not isinstance(refused, bool):
                raise InvalidInput("chronology.refused must be true or false")
            return cls(
                original_reference=_str(obj.get("original_reference", ""), "chronology.original_reference"),
                original_sent=_date(obj.get("original_sent"), "chronology.original_sent"),
                original_types=tuple(types),
                original_channel=_str(obj.get("original_channel", ""), "chronology.original_channel"),
                tracking_number=_str(obj.get("tracking_number", ""), "chronology.tracking_number"),
                delivered=_opt_date(obj.get("delivered"), "chronology.delivered"),
                requested_reply_by=_opt_date(obj.get("requested_reply_by"), "chronology.requested_reply_by"),
                replied=_opt_date(obj.get("replied"), "chronology.replied"),
                refused=refused,
                reply_summary=_str(obj.get("reply_summary", ""), "chronology.reply_summary"),
                events=events,
                evidence=evidence,
            )
        except AttributeError:
            raise InvalidInput("chronology.events must be a list of objects", field="chronology") from None


def _str(value: object, name: str) -> str:
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be a string", field=name)
    return value.strip()


def _list(value: object, name: str) -> list[Any]:
    if not isinstance(value, list):
        raise InvalidInput(f"{name} must be a list", field=name)
    return value


def _date(value: object, name: str) -> date:
    if not isinstance(value, str):
        raise InvalidInput(f"{name} must be a date YYYY-MM-DD", field=name)
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"{name} is not a date YYYY-MM-DD: {value!r}", field=name) from None


def _opt_date(value: object, name: str) -> date | None:
    return None if value in (None, "") else _date(value, name)


@dataclass(frozen=True)
class ReplyPeriodAsked:
    days: int
    unit: str  # "working_days" | "days"
    statutory: bool


@dataclass(frozen=True)
class Letter:
    """A composed letter: everything a renderer or the vault snapshot needs, nothing rendered yet."""

    reference: str
    lang: str
    jurisdiction: str
    request_types: tuple[str, ...]
    letter_date: date
    title: str
    email_subject: str
    blocks: tuple[Block, ...]
    recipient_name: str
    recipient_email: str
    sender: Sender | None
    citations: tuple[CitationRef, ...]
    grounds: tuple[str, ...]
    reply_period: ReplyPeriodAsked | None
    library_version: str
    # Fields the user still has to fill in by hand (shown as 【…】 in the letter); empty when complete.
    placeholders: tuple[str, ...] = ()
    attachments: tuple[str, ...] = field(default=())
    # The statements (app/letters/statements.py) this letter makes, in order, and which statement
    # cited which article: what the support-table test and a reviewer read.
    statements: tuple[str, ...] = ()
    cited_by: tuple[tuple[str, CitationRef], ...] = ()

    def quotes(self) -> list[Quote]:
        return [s for b in self.blocks for s in b.spans if isinstance(s, Quote)]

    def to_json(self) -> dict[str, Any]:
        """The snapshot a request keeps (what was sent, with the rule-library version)."""
        return {
            "reference": self.reference,
            "lang": self.lang,
            "jurisdiction": self.jurisdiction,
            "request_types": list(self.request_types),
            "date": self.letter_date.isoformat(),
            "title": self.title,
            "email_subject": self.email_subject,
            "recipient_name": self.recipient_name,
            "recipient_email": self.recipient_email,
            "grounds": list(self.grounds),
            "citations": [c.to_json() for c in self.citations],
            "quotes": [{"text": q.text, **q.citation.to_json()} for q in self.quotes()],
            "reply_period": None
            if self.reply_period is None
            else {
                "days": self.reply_period.days,
                "unit": self.reply_period.unit,
                "statutory": self.reply_period.statutory,
            },
            "library_version": self.library_version,
            "placeholders": list(self.placeholders),
            "attachments": list(self.attachments),
            "statements": list(self.statements),
        }


def parse_types(value: str | Sequence[str]) -> tuple[str, ...]:
    """'withdraw_consent,deletion' → ('withdraw_consent', 'deletion'), unknown names refused."""
    items = value.split(",") if isinstance(value, str) else list(value)
    types = tuple(dict.fromkeys(t.strip() for t in items if t.strip()))
    if not types:
        raise InvalidInput("no request type given", field="type")
    unknown = [t for t in types if t not in ALL_TYPES]
    if unknown:
        raise InvalidInput(
            f"unknown request type {unknown[0]!r}; known: {', '.join(ALL_TYPES)}", field="type"
        )
    return types
