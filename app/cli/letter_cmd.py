"""`faceledger letter FACTS.json --type T[,T…] --lang zh-CN|zh-HK|en --out FILE.pdf|.txt|.eml`."""

from __future__ import annotations

import argparse
import sys
import textwrap
from datetime import date

from app.cli.common import load_json_file
from app.errors import InvalidInput
from app.letters.compose import compose_letter
from app.letters.fonts import missing_glyphs
from app.letters.model import LANGUAGES, Chronology, Sender
from app.letters.output import atomic_write, output_format, render
from app.letters.text import render_text
from app.outputs import add_force_argument, check_output
from app.tracking.deadlines import check_reply_days

HELP = "write a request letter citing the rules (PDF, plain text or .eml)"

DESCRIPTION = textwrap.dedent(
    """\
    Write a letter from a record's facts: to the handler (requests), a reminder (催告函), a
    complaint to a regulator, or a report to the public security organ (police_report, 报案材料).
    The output format follows the extension of --out (.pdf, .txt, .eml); the file is written only
    when the whole letter is ready (nothing is written on an error).

    Request types: withdraw_consent, deletion, alternative_method, access_copy, explanation,
    complaint, reminder, police_report (mainland); hk_data_access, hk_erasure, complaint, reminder
    (Hong Kong). Several handler requests go in one letter (--type withdraw_consent,deletion);
    complaint, reminder and police_report are letters of their own. A reminder needs --chronology
    and is refused before the reply date the earlier letter asked for. A police report is written
    only where face data was sold, provided to others or leaked (the rule check offers the police
    route); it cites Criminal Law Art. 253-1 and the 2017 interpretation, and --regulator names the
    public security bureau (else a placeholder to fill in).

    Every sentence about the facts or the law is a statement that holds for this record (its
    ground, its facts, the law in force on its dates); unanswered questions are never asserted.
    Processing that ended before 2021-01-01 (no Civil Code yet) is refused with the reason.

    Languages: mainland records zh-CN or en; Hong Kong records en or zh-HK. zh-CN for a Hong Kong
    record is refused, not converted: Hong Kong letters use Traditional characters and Hong Kong
    legal terms written for them.

    Sender: --sender SENDER.json with {"name", "phone", "email", "address"}. Without it the letter
    carries a visible 【请填写…】/[FILL IN…] placeholder. An ID number ("id_number") is left out unless
    the file also says "include_id_number": true: exercising these rights does not need one, and an ID
    number in a letter that leaks widens the harm.

    A missing handler name is never left blank: the letter shows a placeholder to fill in by hand,
    and a warning is printed. A missing handler e-mail leaves the .eml's To empty (warning printed).
    """
)


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "letter", help=HELP, description=DESCRIPTION, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    p.add_argument("facts", metavar="FACTS.json", help="the record's facts (facts.schema.json)")
    p.add_argument(
        "--type", dest="types", required=True, metavar="T[,T…]", help="request type(s), comma-separated"
    )
    p.add_argument("--lang", required=True, choices=LANGUAGES, help="letter language")
    p.add_argument("--out", required=True, metavar="FILE", help="output file: .pdf, .txt or .eml")
    p.add_argument("--sender", metavar="SENDER.json", help="who is writing (name, phone, email, address)")
    p.add_argument("--date", metavar="YYYY-MM-DD", help="letter date (default: today)")
    p.add_argument(
        "--chronology", metavar="CHRONO.json", help="earlier request's history, for a reminder or a complaint"
    )
    p.add_argument(
        "--reference", metavar="FL-YYYYMMDD-XXXX", help="reuse a reference code (default: a new one)"
    )
    p.add_argument(
        "--reply-days",
        metavar="N",  # checked by the core (whole number 1–60): one line, never argparse's usage text
        help="requested reply period in working days, 1–60 (mainland; default from the rule library)",
    )
    p.add_argument(
        "--regulator",
        metavar="NAME",
        help="addressee of a complaint or police report (default: the suggested one / a placeholder)",
    )
    p.add_argument(
        "--attach",
        action="append",
        default=[],
        metavar="TEXT",
        help="list an attachment / evidence item in the letter (repeatable)",
    )
    p.add_argument("--no-pdf-attachment", action="store_true", help=".eml without the PDF attached")
    add_force_argument(p)
    p.set_defaults(handler=run)


def _parse_date(value: str) -> date:
    try:
        if len(value) != 10:
            raise ValueError
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(f"--date must be a real date YYYY-MM-DD, not {value!r}", field="date") from None


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    out = Path(args.out)
    fmt = output_format(out)  # refuse a wrong extension before any work
    check_output(out, force=args.force)  # and a path that must not be written (app/outputs.py)
    facts = load_json_file(args.facts, "facts file")
    sender = Sender.from_json(load_json_file(args.sender, "sender file")) if args.sender else None
    chronology = (
        Chronology.from_json(load_json_file(args.chronology, "chronology file")) if args.chronology else None
    )
    letter = compose_letter(
        facts,
        args.types,
        args.lang,
        sender=sender,
        letter_date=_parse_date(args.date) if args.date else None,
        reference=args.reference,
        chronology=chronology,
        attachments=args.attach,
        reply_days=check_reply_days(args.reply_days) if args.reply_days is not None else None,
        regulator=args.regulator,
    )
    if fmt in ("pdf", "eml"):
        missing = missing_glyphs(render_text(letter))
        if missing:
            # Rare characters (a name, an address) the shipped font subset lacks would print as blanks.
            print(
                "faceledger: warning: the PDF font has no glyph for "
                + " ".join(sorted(missing))
                + "; check the PDF and write these by hand if needed",
                file=sys.stderr,
            )
    data = render(letter, fmt, attach_pdf=not args.no_pdf_attachment)
    atomic_write(out, data, force=args.force)
    for field in letter.placeholders:
        print(
            f"faceledger: warning: {field.replace('_', ' ')} is missing; the letter shows a placeholder "
            "to fill in before sending",
            file=sys.stderr,
        )
    if fmt == "eml" and not letter.recipient_email:
        print(
            "faceledger: warning: no recipient e-mail address in the facts (handler.email); "
            "the message's To is empty, fill it in your mail client",
            file=sys.stderr,
        )
    if fmt == "eml" and (sender is None or not sender.email):
        print('faceledger: warning: no sender e-mail (--sender with "email"); From is empty', file=sys.stderr)
    print(f"{out}\t{letter.reference}")
    return 0
