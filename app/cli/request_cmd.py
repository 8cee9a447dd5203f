"""`faceledger request new|mark|list|letter|ics` — requests sent about a record and their responses.

    request new    --vault V --record ID --type T[,T…] [--lang L] [--sender SENDER.json] [--date D]
                   [--sent-date D --channel C [--tracking N]]            prints the request id
    request mark   --vault V ID STATUS [--date D] [--note TEXT] [--attach FILE] [--channel C --tracking N]
                   [--reply-kind KIND [--outcome]]     with `replied`: what the reply says (reply triage)
    request answer --vault V ID --out FILE.pdf|.txt|.eml [--kind KIND] [--date D]   answer to the reply
    request list   --vault V [--json] [--due]
    request letter --vault V ID --out FILE.pdf|.txt|.eml [--blank-form]
                   [--next [--kind reminder|complaint] [--regulator ID|NAME] [--sender SENDER.json]]
    request letters --vault V ID [--json]          the letters of the case as exported or sent
    request sender --vault V [--set SENDER.json | --clear] [--json]
    request ics    --vault V --out FILE.ics

Who writes: `request sender --set` remembers the person once (a group's complainant is its profile);
every new letter and every follow-up (`letter --next`) uses the sender stored with the request.
Exporting or marking sent a letter without a name or a reply address (postal address or e-mail) is
refused; a group printing a form to fill in by hand passes --blank-form.

One case, one ladder: `list` shows each case (a first request) with its rungs — request, reminders,
complaints — each with its recipient and due date, and the current rung's status. `letter ID --out`
writes the letter exactly as first exported or sent; `letter ID --next` writes the reminder or
complaint due next, keeps it as a draft request of the case (its id is printed) and freezes it.

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

from app import records
from app.cli.common import load_json_file, print_json, read_passphrase
from app.errors import InvalidInput
from app.evidence import read_evidence_file
from app.letters.model import Sender, parse_types
from app.letters.output import atomic_write
from app.outputs import add_force_argument, check_output
from app.tracking import escalation, ics, ladder, sent_letters, triage
from app.tracking import requests as store
from app.tracking import sender as sender_mod
from app.tracking.deadlines import check_reply_days
from app.tracking.drafting import draft_request, render
from app.tracking.lifecycle import EventKind
from app.tracking.model import Channel, parse_channel
from app.tracking.triage import ReplyKind
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
    # Read as text and checked by the core (whole number 1–60): a one-line refusal, never argparse's usage.
    new.add_argument(
        "--reply-days", metavar="N", help="mainland: ask for a reply within N working days (1–60; default 15)"
    )
    new.add_argument(
        "--blank-form", action="store_true", help="groups: leave the sender lines blank, to fill in by hand"
    )
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
    mark.add_argument(
        "--reply-kind",
        metavar="KIND",
        help="with `replied`: what the reply says (" + ", ".join(k.value for k in ReplyKind) + "); "
        "prints the answer the law supports",
    )
    mark.add_argument(
        "--outcome",
        action="store_true",
        help="with --reply-kind: also record the outcome it means (complied, partly_complied, refused)",
    )
    mark.set_defaults(handler=run_mark)

    answer = actions.add_parser(
        "answer", help="write the answer letter to the latest reply (by its --reply-kind)"
    )
    answer.add_argument("--vault", required=True, type=Path)
    answer.add_argument("id", type=int, metavar="ID")
    answer.add_argument("--out", required=True, type=Path, metavar="FILE", help=".pdf, .txt or .eml")
    answer.add_argument("--kind", metavar="KIND", help="answer this kind of reply, not the recorded one")
    answer.add_argument("--sender", type=Path, metavar="SENDER.json", help="who writes (default: stored)")
    answer.add_argument("--date", type=_date, help="letter date (default today)")
    add_force_argument(answer)
    answer.set_defaults(handler=run_answer)

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
        "--regulator",
        help="with --next complaint: the regulator's id (e.g. housing_authority, market_regulation_12315, "
        "cyberspace_12377, public_security, hk_pcpd) or name (default: the suggested one)",
    )
    letter.add_argument(
        "--keep",
        action="store_true",
        help="(always done now) with --next: the letter is stored as a new draft request of the case "
        "(its id is printed); marking that one sent records the reminder / complaint on this request",
    )
    letter.add_argument(
        "--blank-form", action="store_true", help="groups: print with blank sender lines, to fill in by hand"
    )
    add_force_argument(letter)
    letter.set_defaults(handler=run_letter)

    kept = actions.add_parser("letters", help="the letters of a case as exported or sent (reference, date)")
    kept.add_argument("--vault", required=True, type=Path)
    kept.add_argument("id", type=int, metavar="ID")
    kept.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    kept.set_defaults(handler=run_letters)

    snd = actions.add_parser("sender", help="who writes this vault's letters (set once)")
    snd.add_argument("--vault", required=True, type=Path)
    group = snd.add_mutually_exclusive_group()
    group.add_argument("--set", type=Path, metavar="SENDER.json", help="name, phone, email, address")
    group.add_argument("--clear", action="store_true", help="forget the sender")
    snd.add_argument("--json", action="store_true", help="UTF-8 JSON on stdout")
    snd.set_defaults(handler=run_sender)

    cal = actions.add_parser("ics", help="export due dates of open requests as an .ics calendar")
    cal.add_argument("--vault", required=True, type=Path)
    cal.add_argument("--out", required=True, type=Path, metavar="FILE.ics")
    add_force_argument(cal)
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
    reply_days = check_reply_days(args.reply_days) if args.reply_days is not None else None
    with Vault.open(args.vault, read_passphrase()) as vault, vault.write():
        request_id = draft_request(
            vault,
            args.record,
            types,
            lang=args.lang,
            sender=sender,
            letter_date=letter_date,
            reply_days=reply_days,
            blank_form=args.blank_form,
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
    if (args.reply_kind or args.outcome) and kind is not EventKind.REPLIED:
        raise InvalidInput("--reply-kind and --outcome go with STATUS replied")
    if args.outcome and not args.reply_kind:
        raise InvalidInput("--outcome needs --reply-kind (the outcome follows from what the reply says)")
    reply_kind = triage.parse_reply_kind(args.reply_kind) if args.reply_kind else None
    proposal: triage.Proposal | None = None
    with Vault.open(args.vault, read_passphrase()) as vault:
        if reply_kind is not None:
            facts = records.get_record(vault, store.get_request(vault, args.id).record_id).facts
            proposal = triage.propose(reply_kind, facts)
            triage.record_reply(
                vault,
                args.id,
                reply_kind,
                day,
                note=args.note,
                attachment=attachment,
                record_outcome=args.outcome,
                today=today,
            )
        elif kind is EventKind.SENT:
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
        case = store.case_ladder(vault, args.id)
    # The case's current rung: after a reminder or complaint is sent, its own due date counts.
    current = case.current
    due = current.due
    due_text = f", due {due.display()}" if due is not None and case.awaiting() else ""
    print(f"{args.id}\t{case.display_status(today)}{due_text}")
    if proposal is not None:
        _print_proposal(args, proposal)
    return 0


def _print_proposal(args: argparse.Namespace, proposal: triage.Proposal) -> None:
    """What the reply means and the answer the law supports (reply triage), for the person."""
    if proposal.outcome is not None and not args.outcome:
        outcome = proposal.outcome.value
        print(f"outcome: {outcome} (record it: request mark {args.id} {outcome})")
    if proposal.letter:
        print(f"answer letter: request answer --vault {args.vault} {args.id} --out FILE.pdf")
    if proposal.citations:
        print("cites: " + ", ".join(str(c) for c in proposal.citations))
    if proposal.law_silent:
        print("the law has no rule for this; FaceLedger does not invent one")
    print(proposal.advice_en)


# --- answer ---------------------------------------------------------------------------------------


def run_answer(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".txt", ".eml"):
        raise InvalidInput(f"--out must end in .pdf, .txt or .eml, not {args.out.name!r}")
    check_output(args.out, force=args.force)
    kind = triage.parse_reply_kind(args.kind) if args.kind else None
    with Vault.open(args.vault, read_passphrase()) as vault:
        letter = triage.answer_letter(
            vault, args.id, today=_today(), kind=kind, sender=_read_sender(args.sender), letter_date=args.date
        )
    atomic_write(args.out, render(letter, suffix), force=args.force)
    print(args.out)
    return 0


# --- list -----------------------------------------------------------------------------------------


def run_list(args: argparse.Namespace) -> int:
    """One entry per case (a first request); its reminders and complaints are its rungs."""
    today = _today()
    with Vault.open(args.vault, read_passphrase()) as vault:
        roots = [r for r in store.list_requests(vault) if r.parent_request_id is None]
        cases = [store.case_ladder(vault, r.id) for r in roots]
    if args.due:
        cases = [c for c in cases if c.awaiting()]
        cases.sort(key=_due_key)
    if args.json:
        out = []
        for case in cases:
            item = case.root.to_json(today)
            item.update(case.to_json(today))
            item["next_steps"] = [s.to_json() for s in escalation.next_steps(case.root, today)]
            out.append(item)
        print_json(out)
        return 0
    for case in cases:
        print(_line(case, today))
    return 0


def _due_key(case: ladder.Ladder) -> tuple[int, dt.date, int]:
    due = case.current.due
    if due is None or due.date is None:
        return (1, dt.date.max, case.root.id)
    return (0, due.date, case.root.id)


def _line(case: ladder.Ladder, today: dt.date) -> str:
    request, current = case.root, case.current
    sent = current.sent_date.isoformat() if current.sent_date else "-"
    due = current.due
    due_text = due.display() if due is not None and case.awaiting() else "-"
    return "\t".join(
        [
            str(request.id),
            current.reference,
            case.display_status(today),
            f"sent {sent}",
            f"due {due_text}",
            current.recipient,
            current.kind.value if current.kind is not ladder.RungKind.REQUEST else ",".join(request.types),
        ]
    )


# --- letter ---------------------------------------------------------------------------------------


def run_letter(args: argparse.Namespace) -> int:
    suffix = args.out.suffix.lower()
    if suffix not in (".pdf", ".txt", ".eml"):
        raise InvalidInput(f"--out must end in .pdf, .txt or .eml, not {args.out.name!r}")
    if not args.next and (
        args.kind or args.keep or args.regulator or args.sender or args.date or args.blank_form
    ):
        raise InvalidInput("--kind, --keep, --regulator, --sender, --date and --blank-form go with --next")
    check_output(args.out, force=args.force)  # refuse before any work (app/outputs.py)
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
                blank_form=args.blank_form,
            )
            _refuse_second_draft(vault, args.id, letter.request_types[0])
            # Checked before anything is kept or written: a letter nobody can answer is not exported.
            sender_mod.check_can_send(
                letter.sender, blank_form=args.blank_form, what=f"the {letter.request_types[0]}"
            )
            pdf = render(letter, ".pdf")
            data = pdf if suffix == ".pdf" else render(letter, suffix)
            with vault.write() as conn:
                text = render(letter, ".txt").decode("utf-8")
                kept = escalation.keep_letter(
                    vault, args.id, letter, blank_form=args.blank_form, pdf=pdf, text=text
                )
                sent_letters.keep(conn, kept)
        else:
            data = _as_sent(vault, args.id, suffix)
    atomic_write(args.out, data, force=args.force)
    if kept is not None:
        print(kept)
    else:
        print(args.out)
    return 0


def _refuse_second_draft(vault: Vault, request_id: int, kind: str) -> None:
    """One unsent reminder (or complaint) at a time: a second would be a duplicate letter."""
    for rung in store.case_ladder(vault, request_id).rungs:
        if rung.kind.value == kind and not rung.sent:
            raise InvalidInput(
                f"a {kind} for this case is already written and not yet sent (request {rung.request_id}, "
                f"{rung.reference}): write it out again with `request letter {rung.request_id} --out FILE`, "
                f"or mark it sent with `request mark {rung.request_id} sent`"
            )


def _as_sent(vault: Vault, request_id: int, suffix: str) -> bytes:
    """The letter as first exported or sent (kept now if this is its first export)."""
    if suffix == ".eml":
        raise InvalidInput("the letter as sent is kept as PDF and text: use --out FILE.pdf or FILE.txt")
    if store.get_letter_pdf(vault, request_id) is None:
        request = store.get_request(vault, request_id)
        if suffix == ".txt":
            return request.letter_text.encode("utf-8")
        raise InvalidInput(f"request {request_id} has no stored PDF; use --out FILE.txt")
    kept = sent_letters.export_letter(vault, request_id)
    return kept.pdf if suffix == ".pdf" else kept.text.encode("utf-8")


# --- letters, sender --------------------------------------------------------------------------------


def run_letters(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        root = store.case_ladder(vault, args.id).root.id
        kept = sent_letters.letters_of_case(vault, root)
    if args.json:
        print_json([k.to_json() for k in kept])
        return 0
    for k in kept:
        fields = [str(k.request_id), k.reference, k.letter_date.isoformat(), k.kind, k.recipient, k.sha256]
        print("\t".join(fields))
    return 0


def run_sender(args: argparse.Namespace) -> int:
    with Vault.open(args.vault, read_passphrase()) as vault:
        if args.set is not None:
            sender_mod.set_vault_sender(vault, _read_sender(args.set))
        elif args.clear:
            sender_mod.set_vault_sender(vault, None)
        current = sender_mod.get_vault_sender(vault)
    if args.json:
        print_json(sender_mod.sender_to_json(current) if current else None)
    elif current is None:
        print("no sender set")
    else:
        print("\t".join([current.name, current.phone, current.email, current.address]))
    return 0


# --- ics ------------------------------------------------------------------------------------------


def run_ics(args: argparse.Namespace) -> int:
    if args.out.suffix.lower() != ".ics":
        raise InvalidInput(f"--out must end in .ics, not {args.out.name!r}")
    check_output(args.out, force=args.force)
    today = _today()
    with Vault.open(args.vault, read_passphrase()) as vault:
        export = ics.build_calendar(store.list_requests(vault), today)
    atomic_write(args.out, export.data, force=args.force)
    for request, reason in export.skipped:
        print(
            f"faceledger: warning: request {request.id} ({request.reference_code}) left out: {reason}",
            file=sys.stderr,
        )
    print(f"{len(export.entries)} due date(s) written to {args.out}")
    return 0
