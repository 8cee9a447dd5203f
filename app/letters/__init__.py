"""Letters: requests that cite the rules, as PDF, plain text and .eml (zh-CN, en, zh-HK).

Public API:
    compose_letter(facts, types, lang, *, sender=None, letter_date=None, reference=None,
                   chronology=None, attachments=(), reply_days=None, regulator=None,
                   include_notes=True, library=None, reference_taken=None) -> Letter
    police_report_available(facts) -> bool   whether `police_report` fits the record (the app's escalation)
    render_text(letter) -> str            plain text, UTF-8, wrapped
    render_pdf(letter) -> bytes           A4 PDF with embedded font subsets
    render_eml(letter, *, pdf=None, now=None) -> bytes   RFC 5322 message for the user's mail client
    write_letter(letter, path) -> str     by extension (.pdf/.txt/.eml), atomically; returns the format
    Letter, Sender, Chronology, ChronologyEvent, Quote, new_reference, find_references
"""

from app.letters.compose import compose_letter
from app.letters.eml import render_eml
from app.letters.model import (
    Block,
    BlockKind,
    Chronology,
    ChronologyEvent,
    CitationRef,
    Letter,
    Quote,
    ReplyPeriodAsked,
    Sender,
    parse_types,
)
from app.letters.output import write_letter
from app.letters.pdf import render_pdf
from app.letters.police import police_report_available
from app.letters.reference import check_reference, find_references, new_reference
from app.letters.text import render_text

__all__ = [
    "Block",
    "BlockKind",
    "Chronology",
    "ChronologyEvent",
    "CitationRef",
    "Letter",
    "Quote",
    "ReplyPeriodAsked",
    "Sender",
    "check_reference",
    "compose_letter",
    "find_references",
    "new_reference",
    "parse_types",
    "police_report_available",
    "render_eml",
    "render_pdf",
    "render_text",
    "write_letter",
]
