"""`faceledger request new|mark|list|letter|ics` — requests sent about a record and their responses.

    request new    --vault V --record ID --type T[,T…] [--lang L] [--sender SENDER.json] [--date D]
                   [--sent-date D --channel C [--tracking N]]            prints the request id
    request mark   --vault V ID STATUS [--date D] [--note TEXT] [--attach FILE] [--channel C --tracking N]
    request list   --vault V [--json] [--due]
    request letter --vault V ID --out FILE.pdf|.txt|.eml
                   [--next [--kind reminder|complaint] [--regulator NAME] [--sender SENDER.json] [--keep]]
    request ics    --vault V --out FILE.ics

`request new` composes the letter from the record's facts and stores it as a draft, exactly as it will
be sent; with --sent-date it is stored as sent in the same transaction (for a letter already sent).
STATUS of `mark` is an event kind: sent, delivered, replied, complied, partly_complied, refused,
reminder (a reminder letter was sent; status unchanged), escalated (a complaint was filed), closed,
note. Dates are YYYY-MM-DD and default to today; a date in the future is refused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from app.cli.common import load_json_file, print_json, read_passphrase
from app.errors import InvalidInput
from app.evidence import read_evidence_file
from app.letters.model import Sender, parse_types
from app.letters.output import atomic_write
from app.tracking import escalation, ics
from app.tracking import requests as store
from app.tracking.drafting import draft_request, render
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel, Request, parse_channel
from app.vault import Vault

STATUS_CHOICES = [k.value for k in EventKind]


def register(subparsers: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = subparsers.add_parser(
        "request",
        help="requests sent about a record: new, mark, list, letter, ics",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    actions = p.add_subparsers(dest="request_action", metavar="ACTION", required=True)

    new = actions.add_parser("new", help="compose a request letter for a record and store it; prints the id")
    new.add_argument("--vault", required=True, type=Path)
    new.add_argument("--record", required=True, type=int, help="record id (see `log list`)")
    new.add_argument(
        "--type", required=True, help="request types, comma-separated (e.g. withdraw_consent,deletion)"
    )
    new.add_argument("--lang", help="zh-CN (default on the mainland), zh-HK or en (default in Hong Kong: en)")
    new.add_argument(
        "--sender", type=Path, metavar="SENDER.json", help="who writes: name, phone, email, address"
    )
    new.add_argument("--date", type=_date, help="letter date (default: the sent date, else today)")
    new.add_argument(
        "--sent-date", type=_date, help="the letter was already sent on this date: store it as sent"
    )
    new.add_argument("--channel", help="how it was sent: " + ", ".join(c.value for c in Channel))
    new.add_argument("--tracking", default="", help="tracking number (registered_mail)")
    new.add_argument("--reply-days", type=int, help="mainland: ask for a reply within this many working days")
    new.set_defaults(handler=run_new)

    mark = actions.add_parser("mark", help="record an event: sent, delivered, replied, refused, …")
    mark.add_argument("--vault", required=True, type=Path)
    mark.add_argument("id", type=int, metavar="ID")
    mark.add_argument("status", choices=STATUS_CHOICES, metavar="STATUS", help=", ".join(STATUS_CHOICES))
    mark.add_argument("--date", type=_date, help="when it happened (default today)")
    mark.add_argument("--note", default="", help="what happened, in a few words")
    mark.add_argument(
        "--attach", type=Path, metavar="FILE", help="evidence: scanned reply, receipt, screenshot"
    )
    mark.add_argument("--channel", help="with `sent`: " + ", ".join(c.value for c in Channel))
    mark.add_argument("--tracking", default="", help="with `sent` by registered_mail: the tracking number")
    mark.set_defaults(handler=run_mark)

    lst = actions.add_parser("list", help="list requests with status and due date")
    lst.add_argument("--vault", required=True, type=Path)
    lst.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    lst.add_argument("--due", action="store_true", help="only requests awaiting a reply, earliest due first")
    lst.set_defaults(handler=run_list)

    letter = actions.add_parser("letter", help="write out the letter as sent, or the next escalation letter")
    letter.add_argument("--vault", required=True, type=Path)
    letter.add_argument("id", type=int, metavar="ID")
    letter.add_argument("--out", required=True, type=Path, metavar="FILE", help=".pdf, .txt or .eml")
    letter.add_argument("--next", action="store_true", help="the reminder or complaint letter due next")
    letter.add_argument("--sender", type=Path, metavar="SENDER.json", help="with --next: who writes")
    letter.add_argument("--date", type=_date, help="with --next: letter date (default today)")
    letter.add_argument(
        "--kind",
        choices=("reminder", "complaint"),
        help="with --next: this letter instead of the one the timeline suggests",
    )
    letter.add_argument(
        "--regulator", help="with --next complaint: the addressee (default: the suggested one)"
    )
    letter.add_argument(
        "--keep",
        action="store_true",
        help="with --next: also store the letter as a new draft request (prints its id); "
        "marking that one sent records the reminder / complaint on this request",
    )
    letter.set_defaults(handler=run_letter)

    cal = actions.add_parser("ics", help="export due dates of open requests as an .ics calendar")
    cal.add_argument("--vault", required=True, type=Path)
    cal.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    cal.set_defaults(handler=run_ics)


def _date(value: str) -> dt.date:
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a date YYYY-MM-DD: {value!r}") from None


def _today() -> dt.date:
    return dt.date.today()


def _read_sender(path: Path | None) -> Sender | None:
    if path is None:
        return None
    return Sender.from_json(load_json_file(path, "sender file"))


# --- new ------------------------------------------------------------------------------------------


def run_new(args: argparse.Namespace) -> int:
    today = _today()
    types = parse_types(args.type)
    sender = _read_sender(args.sender)
    channel = parse_channel(args.channel) if args.channel else None
    if args.sent_date is None and (channel is not None or args.tracking):
        raise InvalidInput("--channel and --tracking go with --sent-date (or use `request mark ID sent`)")
    if args.sent_date is not None and channel is None:
        raise InvalidInput("--sent-date needs --channel: " + ", ".join(c.value for c in Channel))
    if args.sent_date is not None and args.sent_date > today:
        raise InvalidInput(f"--sent-date {args.sent_date} is after today ({today}); nothing was written")
    letter_date = args.date or args.sent_date or today
    with Vault.open(args.vault, read_passphrase()) as vault, vault.write():
        request_id = draft_request(
            vault, args.record, types, lang=args.lang, sender=sender, letter_date=letter_date
        )
        if args.sent_date is not None and channel is not None:
            store.mark_sent(
                vault, request_id, args.sent_date, channel, tracking_number=args.tracking, today=today
            )
    print(request_id)
    return 0


# --- mark -----------------------------------------------------------------------------------------


def run_mark(args: argparse.Namespace) -> int:
    kind = EventKind(args.status)
    today = _today()
    day = args.date or today
    attachment = None
    if args.attach is not None:
        attachment = store.Attachment(read_evidence_file(args.attach), args.attach.name)
    if kind is not EventKind.SENT and (args.channel or args.tracking):
        raise InvalidInput("--channel and --tracking go with STATUS sent")
    with Vault.open(args.vault, read_passphrase()) as vault:
        if kind is EventKind.SENT:
            if not args.channel:
                raise InvalidInput("marking sent needs --channel: " + ", ".join(c.value for c in Channel))
            store.mark_sent(
                vault,
                args.id,
                day,
                parse_channel(args.channel),
                tracking_number=args.tracking,
                note=args.note,
                attachment=attachment,
                today=today,
            )
        else:
            store.add_event(vault, args.id, kind, day, note=args.note, attachment=attachment, today=today)
        request = store.get_request(vault, args.id)
    due = request.due()
    due_text = f", due {due.display()}" if due is not None and request.awaiting_reply() else ""
    print(f"{request.id}\t{request.display_status(today)}{due_text}")
    return 0


# --- list -----------------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    today = _today()
    with Vault.open(args.vault, read_passphrase()) as vault:
        requests = store.due_requests(vault) if args.due else store.list_requests(vault)
    if args.json:
        out = []
        for request in requests:
            item = request.to_json(today)
            item["next_steps"] = [s.to_json() for s in escalation.next_steps(request, today)]
            out.append(item)
        print_json(out)
        return 0
    for request in requests:
        print(_line(request, today))
    return 0


def _line(request: Request, today: dt.date) -> str:
    sent = request.sent_date.isoformat() if request.sent_date else "-"
    due = request.due()
    due_text = due.display() if due is not None else "-"
    return "\t".join(
        [
            str(request.id),
            request.reference_code,
            request.display_status(today),
            f"sent {sent}",
            f"due {due_text}",
            request.handler_name,
            ",".join(request.types),
        ]
    )


# --- letter ---------------------------------------------------------------------------------------


def run_letter(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".txt", ".eml"):
        raise InvalidInput(f"--out must end in .pdf, .txt or .eml, not {args.out.name!r}")
    if not args.next and (args.kind or args.keep or args.regulator or args.sender or args.date):
        raise InvalidInput("--kind, --keep, --regulator, --sender and --date go with --next")
    kept: int | None = None
    with Vault.open(args.vault, read_passphrase()) as vault:
        if args.next:
            letter = escalation.next_letter(
                vault,
                args.id,
                today=_today(),
                sender=_read_sender(args.sender),
                letter_date=args.date,
                letter_type=args.kind,
                regulator=args.regulator,
            )
            data = render(letter, suffix)
            if args.keep:
                kept = escalation.keep_letter(vault, args.id, letter)
        else:
            data = _as_sent(vault, args.id, suffix)
    atomic_write(args.out, data)
    if kept is not None:
        print(kept)
    else:
        print(args.out)
    return 0


def _as_sent(vault: Vault, request_id: int, suffix: str) -> bytes:
    request = store.get_request(vault, request_id)
    if suffix == ".pdf":
        pdf = store.get_letter_pdf(vault, request_id)
        if pdf is None:
            raise InvalidInput(f"request {request_id} has no stored PDF; use --out FILE.txt")
        return pdf
    if suffix == ".txt":
        return request.letter_text.encode("utf-8")
    raise InvalidInput("the letter as sent is kept as PDF and text: use --out FILE.pdf or FILE.txt")


# --- ics ------------------------------------------------------------------------------------------


def run_ics(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".ics":
        raise InvalidInput(f"--out must end in .ics, not {args.out.name!r}")
    today = _today()
    with Vault.open(args.vault, read_passphrase()) as vault:
        export = ics.build_calendar(store.list_requests(vault), today)
    atomic_write(args.out, export.data)
    for request, reason in export.skipped:
        print(
            f"faceledger: warning: request {request.id} ({request.reference_code}) left out: {reason}",
            file=sys.stderr,
        )
    print(f"{len(export.entries)} due date(s) written to {args.out}")
    return 0
