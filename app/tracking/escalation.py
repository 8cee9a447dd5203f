"""Escalation from a request's timeline: what to do next, and the reminder or complaint letter.

The ladder (REFERENCE "Deadlines the app computes", "Where complaints go"):
1. the requested (or statutory) reply date passes without an answer → a reminder letter (催告函);
2. 30 days after sending (GB/T 35273-2020 best practice, mainland) still no answer, or the handler
   refused → a complaint to the suggested regulator. In Hong Kong the PDPO's own 40 days decide:
   once they pass, a complaint to the PCPD.

Letters are written by app/letters from a `Chronology` built here from the real timeline: the dates
of sending, delivery, reply or silence, refusal, and the evidence attached to the events. Nothing here
invents a date; a date that is not on the timeline is not in the letter.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Any

from app import evidence, records
from app.errors import InvalidInput
from app.letters import Letter, Sender, compose_letter, police_report_available
from app.letters.model import Chronology, ChronologyEvent
from app.tracking import drafting, regulators, requests, sent_letters
from app.tracking import sender as sender_mod
from app.tracking.deadlines import DEFAULT_WORKING_DAYS, PeriodKind, PeriodUnit
from app.tracking.lifecycle import EventKind, Status, TimelineEvent
from app.tracking.model import Request


class Action(StrEnum):
    MARK_SENT = "mark_sent"
    RECORD_DELIVERY = "record_delivery"
    RECORD_REPLY = "record_reply"
    RECORD_OUTCOME = "record_outcome"
    SEND_REMINDER = "send_reminder"  # write the reminder letter (催告函)
    FILE_COMPLAINT = "file_complaint"  # write the complaint letter to the regulator
    WAIT = "wait"  # nothing to do before `date`
    UPDATE_CALENDAR = "update_calendar"  # the due date is unknown until chinese-calendar is updated
    CLOSE = "close"


class Reason(StrEnum):
    NOT_SENT = "not_sent"
    DELIVERY_UNKNOWN = "delivery_unknown"
    AWAITING_REPLY = "awaiting_reply"
    REPLY_DUE = "reply_due"
    FIRST_DUE_PASSED = "first_due_passed"
    REMINDER_SENT = "reminder_sent"
    SECOND_DATE_PASSED = "second_date_passed"
    STATUTORY_PERIOD_PASSED = "statutory_period_passed"
    REFUSED = "refused"
    PARTLY_COMPLIED = "partly_complied"
    REPLIED = "replied"
    COMPLIED = "complied"
    ESCALATED = "escalated"
    CALENDAR_NOT_COVERED = "calendar_not_covered"
    DUE_DATE_ESTIMATED = "due_date_estimated"  # no official holiday schedule for its year yet


@dataclass(frozen=True)
class NextStep:
    """A button for the UI: `action` what, `reason` why (a code the UI translates), `message` the same
    in English for the CLI and logs, `date` the date it refers to, `letter_type` the letter to write."""

    action: Action
    reason: Reason
    message: str
    date: dt.date | None = None
    letter_type: str | None = None

    def to_json(self) -> dict[str, object]:
        return {
            "action": self.action.value,
            "reason": self.reason.value,
            "message": self.message,
            "date": self.date.isoformat() if self.date else None,
            "letter_type": self.letter_type,
        }


def _has(request: Request, kind: EventKind) -> bool:
    return any(e.kind is kind for e in request.events)


def next_steps(request: Request, today: dt.date) -> list[NextStep]:
    """What the user can do now with this request, most pressing first, and why."""
    status = request.status
    if status is Status.DRAFT:
        return [NextStep(Action.MARK_SENT, Reason.NOT_SENT, "send the letter, then mark it sent")]
    if status is Status.CLOSED:
        return []
    if status in (Status.SENT, Status.DELIVERED):
        return _awaiting(request, today)
    if request.is_escalation_letter and status is not Status.COMPLIED:
        # A reminder's or complaint's answer is recorded here; escalating goes on from the original.
        return [
            NextStep(
                Action.RECORD_OUTCOME,
                Reason(status.value),
                f"record the outcome; further steps are on the original request {request.parent_request_id}",
            ),
            NextStep(Action.CLOSE, Reason(status.value), "close the request when nothing more is wanted"),
        ]
    close = NextStep(Action.CLOSE, Reason(status.value), "close the request when nothing more is wanted")
    if status is Status.REPLIED:
        return [
            NextStep(
                Action.RECORD_OUTCOME,
                Reason.REPLIED,
                "record what the reply means: complied, partly complied or refused",
            ),
            close,
        ]
    if status is Status.REFUSED:
        return [
            NextStep(
                Action.FILE_COMPLAINT,
                Reason.REFUSED,
                f"the handler refused on {_iso(request.refused_date)}: a complaint to the regulator "
                "can be written from the timeline",
                request.refused_date,
                "complaint",
            ),
            close,
        ]
    if status is Status.PARTLY_COMPLIED:
        return [
            NextStep(
                Action.SEND_REMINDER,
                Reason.PARTLY_COMPLIED,
                "the handler complied only in part: a reminder can ask for the rest",
                None,
                "reminder",
            ),
            NextStep(
                Action.FILE_COMPLAINT,
                Reason.PARTLY_COMPLIED,
                "or complain to the regulator about the part refused",
                None,
                "complaint",
            ),
            close,
        ]
    if status is Status.ESCALATED:
        return [
            NextStep(
                Action.RECORD_OUTCOME,
                Reason.ESCALATED,
                "record the handler's or the regulator's answer when it comes",
            ),
            close,
        ]
    return [close]  # COMPLIED


def _awaiting(request: Request, today: dt.date) -> list[NextStep]:
    steps: list[NextStep] = []
    due = request.due()
    second = request.second_reminder()
    reminded = _has(request, EventKind.REMINDER)
    if due is not None and due.date is None:
        steps.append(
            NextStep(
                Action.UPDATE_CALENDAR, Reason.CALENDAR_NOT_COVERED, f"due date unknown: {due.unknown_reason}"
            )
        )
    elif due is not None and due.estimated:
        steps.append(
            NextStep(
                Action.UPDATE_CALENDAR,
                Reason.DUE_DATE_ESTIMATED,
                f"the due date {_iso(due.date)} is estimated: install an update pack with the official "
                f"holiday schedule for {_iso(due.date)[:4]} to make it exact",
                due.date,
            )
        )
    first_passed = due is not None and due.date is not None and today > due.date
    second_passed = second is not None and second.date is not None and today > second.date
    # No letters from a reminder or complaint itself: escalation goes on from the original request.
    can_escalate = not request.is_escalation_letter
    # Never suggest a complaint before the period the letter asked for has run out, even when it is
    # longer than the 30-day mark; without a period asked, the 30-day mark alone decides.
    complaint_time = second_passed and (first_passed or due is None)
    if can_escalate and request.jurisdiction == "HK" and first_passed and due is not None:
        # Hong Kong: the data user first, then the PCPD. Past PDPO s19's statutory 40 days the
        # complaint comes first; past a period only asked for (erasure), a reminder comes first.
        complaint = NextStep(
            Action.FILE_COMPLAINT,
            Reason.STATUTORY_PERIOD_PASSED if due.statutory else Reason.FIRST_DUE_PASSED,
            f"the {'statutory ' if due.statutory else ''}period ended on {_iso(due.date)} without a reply: "
            "a complaint to the PCPD can be written",
            due.date,
            "complaint",
        )
        reminder = NextStep(
            Action.SEND_REMINDER,
            Reason.FIRST_DUE_PASSED,
            f"the reply was due on {_iso(due.date)}: a reminder to the data user can be written",
            due.date,
            "reminder",
        )
        if due.statutory:
            steps.append(complaint)
            if not reminded:
                steps.append(reminder)
        else:
            if not reminded:
                steps.append(reminder)
            steps.append(complaint)
    elif can_escalate and complaint_time and second is not None:
        # A reminder is the usual first step (regulators ask whether the handler was asked first);
        # once one was sent, or the user prefers, the complaint is there.
        if not reminded:
            steps.append(
                NextStep(
                    Action.SEND_REMINDER,
                    Reason.FIRST_DUE_PASSED,
                    f"no reply yet (the reply was due on {_iso(_date(due))}): a reminder letter (催告函) is "
                    "the usual first step",
                    _date(due),
                    "reminder",
                )
            )
        steps.append(
            NextStep(
                Action.FILE_COMPLAINT,
                Reason.SECOND_DATE_PASSED,
                f"no reply 30 days after sending (since {_iso(second.date)}): a complaint to the "
                "regulator can be written from the timeline",
                second.date,
                "complaint",
            )
        )
    elif can_escalate and first_passed and due is not None:
        if reminded:
            steps.append(
                NextStep(
                    Action.WAIT,
                    Reason.REMINDER_SENT,
                    f"reminder sent; a complaint is suggested after {_iso(_date(second))}",
                    _date(second),
                )
            )
        else:
            steps.append(
                NextStep(
                    Action.SEND_REMINDER,
                    Reason.FIRST_DUE_PASSED,
                    f"the reply was due on {_iso(due.date)}: a reminder letter (催告函) can be written",
                    due.date,
                    "reminder",
                )
            )
    elif due is not None and due.date is not None:
        steps.append(NextStep(Action.WAIT, Reason.REPLY_DUE, f"reply due by {_iso(due.date)}", due.date))
    elif second is not None and second.date is not None and not second_passed:
        steps.append(
            NextStep(
                Action.WAIT,
                Reason.AWAITING_REPLY,
                f"no reply period asked; a complaint is suggested after {_iso(second.date)}",
                second.date,
            )
        )
    steps.append(
        NextStep(
            Action.RECORD_REPLY,
            Reason.AWAITING_REPLY,
            "record the reply (attach it) or the outcome when it comes",
        )
    )
    if request.status is Status.SENT:
        steps.append(
            NextStep(
                Action.RECORD_DELIVERY,
                Reason.DELIVERY_UNKNOWN,
                "record the delivery date (postal tracking, read receipt): "
                "periods that run from receipt count from it",
            )
        )
    return steps


def _date(due: object) -> dt.date | None:
    return getattr(due, "date", None)


def _iso(day: dt.date | None) -> str:
    return day.isoformat() if day else "?"


# --- the chronology for letters --------------------------------------------------------------------

_ANSWERS = (EventKind.REPLIED, EventKind.COMPLIED, EventKind.PARTLY_COMPLIED, EventKind.REFUSED)


def build_chronology(
    request: Request,
    describe_evidence: Callable[[int], str] | None = None,
    *,
    for_letter: str = "reminder",
) -> Chronology:
    """The Chronology app/letters writes reminder and complaint letters from, in the request's language.

    Sending, the first answer (with `refused` and the notes as `reply_summary`) and, for a reminder,
    the delivery have their own fields; every other dated step (delivery in a complaint, reminders,
    later answers, complaints, notes) is listed as an event with words saying what happened.
    `describe_evidence(evidence_id)` gives the evidence-list line of an attachment.
    """
    sent = request.sent_date
    if sent is None:
        raise InvalidInput(
            f"request {request.id} has not been sent: there is nothing to remind or complain about"
        )
    due = request.due()
    first_answer = next((e for e in request.events if e.kind in _ANSWERS), None)
    refusals = [e for e in request.events if e.kind in (EventKind.REFUSED, EventKind.PARTLY_COMPLIED)]
    skipped_delivery = False
    events: list[ChronologyEvent] = []
    for event in request.events:
        if event.kind is EventKind.SENT or event is first_answer or event.kind is EventKind.CLOSED:
            continue
        if event.kind is EventKind.DELIVERED and for_letter == "reminder" and not skipped_delivery:
            skipped_delivery = True  # the reminder says "该函已于…送达" from `delivered`
            continue
        note = _event_note(event, request.lang)
        if note:
            events.append(ChronologyEvent(date=event.date, note=note, kind=event.kind.value))
    separator = "；" if request.lang.startswith("zh") else "; "
    summary = separator.join(
        " ".join(e.note.split()) for e in request.events if e.kind in _ANSWERS and e.note
    )
    evidence: list[str] = []
    if describe_evidence is not None:
        for event in request.events:
            if event.evidence_id is not None:
                line = describe_evidence(event.evidence_id)
                if line not in evidence:
                    evidence.append(line)
    return Chronology(
        original_reference=request.reference_code,
        original_sent=sent,
        original_types=tuple(t for t in request.types if t not in ("complaint", "reminder")),
        original_channel=request.channel.value if request.channel else "",
        tracking_number=request.tracking_number,
        delivered=request.delivered_date,
        # An estimated due date (no official holiday schedule for its year yet) is never stated in a
        # letter as the date the handler was asked to answer by.
        requested_reply_by=due.date if due is not None and not due.estimated else None,
        replied=first_answer.date if first_answer is not None else None,
        refused=bool(refusals),
        reply_summary=summary,
        events=tuple(events),
        evidence=tuple(evidence),
    )


# --- words for timeline events in the letter's language ----------------------------------------------
# app/letters prints each chronology event as "{date}：{note}", so the note must say what happened.

_EVENT_WORDS: dict[str, dict[EventKind, str]] = {
    "zh-CN": {
        EventKind.DELIVERED: "原函送达",
        EventKind.REPLIED: "收到答复",
        EventKind.COMPLIED: "对方答复已按请求处理",
        EventKind.PARTLY_COMPLIED: "对方仅处理了部分请求",
        EventKind.REFUSED: "对方拒绝了请求",
        EventKind.REMINDER: "本人发出催告函",
        EventKind.ESCALATED: "本人向有关部门投诉",
    },
    "zh-HK": {
        EventKind.DELIVERED: "原函送達",
        EventKind.REPLIED: "收到回覆",
        EventKind.COMPLIED: "對方回覆已按要求處理",
        EventKind.PARTLY_COMPLIED: "對方只處理了部分要求",
        EventKind.REFUSED: "對方拒絕了要求",
        EventKind.REMINDER: "本人發出催辦信",
        EventKind.ESCALATED: "本人向有關機構投訴",
    },
    "en": {
        EventKind.DELIVERED: "the original letter was delivered",
        EventKind.REPLIED: "a reply was received",
        EventKind.COMPLIED: "the handler stated that it had complied",
        EventKind.PARTLY_COMPLIED: "the handler complied only in part",
        EventKind.REFUSED: "the handler refused the request",
        EventKind.REMINDER: "I sent a reminder",
        EventKind.ESCALATED: "I filed a complaint",
    },
}


def _event_note(event: TimelineEvent, lang: str) -> str:
    word = _EVENT_WORDS.get(lang, _EVENT_WORDS["en"]).get(event.kind, "")
    note = " ".join(event.note.split())
    if word and note:
        return f"{word}（{note}）" if lang.startswith("zh") else f"{word} ({note})"
    return word or note


# --- the letters, from the vault ----------------------------------------------------------------------


def describe_evidence_in(vault: Any, lang: str) -> Callable[[int], str]:
    """Evidence-list lines "reply.png（SHA-256：…）" read from the vault's evidence table."""

    def describe(evidence_id: int) -> str:
        info = evidence.get_evidence(vault, evidence_id)
        if lang.startswith("zh"):
            return f"{info.original_name}（SHA-256：{info.sha256}）"
        return f"{info.original_name} (SHA-256: {info.sha256})"

    return describe


def letter_due(request: Request, today: dt.date) -> str | None:
    """'reminder' or 'complaint' when next_steps offers one, else None."""
    for step in next_steps(request, today):
        if step.letter_type is not None:
            return step.letter_type
    return None


def _date_words(day: dt.date, lang: str) -> str:
    if lang.startswith("zh"):
        return f"{day.year}年{day.month}月{day.day}日"
    return f"{day.day} {day:%B} {day.year}"


_LETTER_WORDS = {
    "zh-CN": {
        "request": "原函",
        "reminder": "催告函",
        "complaint": "投诉信",
        "police_report": "报案材料",
        "line": "{what}（编号：{ref}，日期：{date}）副本",
    },
    "zh-HK": {
        "request": "原函",
        "reminder": "催辦信",
        "complaint": "投訴信",
        "police_report": "報案材料",
        "line": "{what}（編號：{ref}，日期：{date}）副本",
    },
    "en": {
        "request": "my letter",
        "reminder": "my reminder",
        "complaint": "my complaint",
        "police_report": "my police report",
        "line": "Copy of {what} ref. {ref} dated {date}",
    },
}


def earlier_letter_lines(vault: Any, request: Request) -> tuple[str, ...]:
    """Evidence-list lines for every letter of the case already exported or sent, with reference and
    letter date, oldest first (in the request's language)."""
    words = _LETTER_WORDS.get(request.lang, _LETTER_WORDS["en"])
    lines = []
    for kept in sent_letters.letters_of_case(vault, request.id):
        lines.append(
            words["line"].format(
                what=words.get(kept.kind, kept.kind),
                ref=kept.reference,
                date=_date_words(kept.letter_date, request.lang),
            )
        )
    return tuple(lines)


def record_evidence_lines(vault: Any, record_id: int, lang: str) -> tuple[str, ...]:
    """One line per evidence file of the record (name and SHA-256), in the order they were added."""
    describe = describe_evidence_in(vault, lang)
    return tuple(describe(e.id) for e in evidence.list_evidence(vault, record_id))


def resolve_regulator(vault: Any, request_id: int, wanted: str | None) -> regulators.Regulator | None:
    """The complaint's regulator for the case: `wanted` (id or name), else the suggested one."""
    request = requests.get_request(vault, request_id)
    facts = records.get_record(vault, request.record_id).facts
    if wanted:
        return regulators.find_regulator(facts, wanted)
    return regulators.suggested_regulator(facts)


def next_letter(
    vault: Any,
    request_id: int,
    *,
    today: dt.date,
    sender: Sender | None = None,
    letter_date: dt.date | None = None,
    letter_type: str | None = None,
    regulator: str | None = None,
    reference: str | None = None,
    blank_form: bool = False,
) -> Letter:
    """Compose the reminder or complaint letter the timeline calls for (not stored; see keep_letter).

    `letter_type` forces "reminder" or "complaint"; by default the one next_steps offers, and
    InvalidInput (with the reason) when none is due yet. The sender defaults to the one stored with
    the request (then the record's profile, then the vault's sender). A complaint goes to `regulator`
    (an id such as "housing_authority" or a name), by default the one app.tracking.regulators
    suggests. Pass `reference` to keep a letter's reference while it is being edited.
    """
    request = requests.get_request(vault, request_id)
    if request.is_escalation_letter:
        raise InvalidInput(
            f"request {request_id} is itself a {request.types[0]} letter; escalate from the original "
            f"request {request.parent_request_id}"
        )
    chosen = letter_type or letter_due(request, today)
    if chosen is None:
        steps = next_steps(request, today)
        why = steps[0].message if steps else f"the request is {request.status.value}"
        raise InvalidInput(f"no reminder or complaint is due for request {request_id} yet: {why}")
    if chosen not in ("reminder", "complaint"):
        raise InvalidInput(f"letter type must be reminder or complaint, not {chosen!r}", field="type")
    record = records.get_record(vault, request.record_id)
    chronology = build_chronology(request, describe_evidence_in(vault, request.lang), for_letter=chosen)
    earlier = earlier_letter_lines(vault, request)
    if chosen == "complaint":
        # A regulator gets every piece of evidence of the record, not only the attachments of events.
        files = record_evidence_lines(vault, request.record_id, request.lang)
        chronology = replace(
            chronology,
            evidence=tuple(dict.fromkeys((*files, *chronology.evidence))),
            earlier_letters=earlier,
        )
    else:
        chronology = replace(chronology, earlier_letters=earlier)
    addressee = None
    written = chosen
    if chosen == "complaint":
        found = resolve_regulator(vault, request_id, regulator)
        addressee = found.name(request.lang) if found is not None else regulator
        # To the police, a sale or leak is reported with H14's police report (报案材料), not a complaint.
        if found is not None and found.id == regulators.POLICE and police_report_available(record.facts):
            written = "police_report"
    return compose_letter(
        record.facts,
        [written],
        request.lang,
        sender=None
        if blank_form
        else (sender if sender is not None else sender_mod.follow_up_sender(vault, request_id)),
        letter_date=letter_date or today,
        reference=reference,
        chronology=chronology,
        regulator=addressee,
        reference_taken=drafting.reference_taken(vault),
        reply_days=_own_reply_days(request) if chosen == "reminder" else None,
    )


def _own_reply_days(request: Request) -> int | None:
    """The period the person chose for the first letter (`request new --reply-days`), which the
    reminder asks for again; None for the default and for statutory periods (issue 19 item 6)."""
    period = request.reply_period
    if period is None or period.kind is not PeriodKind.MAINLAND_REQUESTED:
        return None
    if period.unit is not PeriodUnit.WORKING_DAYS or period.days == DEFAULT_WORKING_DAYS:
        return None
    return period.days


def keep_letter(
    vault: Any,
    request_id: int,
    letter: Letter,
    *,
    regulator_id: str | None = None,
    blank_form: bool = False,
    pdf: bytes | None = None,
    text: str | None = None,
) -> int:
    """Store an escalation letter as a new draft request linked to the original; returns its id.

    Marking that draft sent (requests.mark_sent) also puts `reminder` / `escalated` on the original's
    timeline, so the ladder moves on by itself.
    """
    original = requests.get_request(vault, request_id)
    if letter.request_types in (("complaint",), ("police_report",)) and regulator_id is None:
        try:
            found = resolve_regulator(vault, request_id, letter.recipient_name)
        except InvalidInput:  # a body typed by the person, not one of the library's channels
            found = None
        regulator_id = found.id if found is not None else None
    return requests.create_request(
        vault,
        original.record_id,
        drafting.snapshot_of(letter, blank_form=blank_form, regulator_id=regulator_id, pdf=pdf, text=text),
        profile_id=original.profile_id,
        parent_request_id=original.id,
    )
