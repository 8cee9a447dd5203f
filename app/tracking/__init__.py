"""Tracking responses: request lifecycle, working-day deadlines, escalation letters, .ics export.

Public API (Qt-free; `today` is always passed in so that tests and the UI agree on the date):

deadlines   due_date(sent, period, delivered=None) -> DueDate   never raises for an uncovered year:
                DueDate.date None + unknown_reason; .basis_zh/.basis_en/.statutory/.display()/.to_json()
            period_end(start, period) / add_working_days / is_workday   raise CalendarNotCovered(year)
            MAINLAND_DEFAULT (15 working days), HK_PDPO_S19 (40 d), HANGZHOU_PROPERTY (10 d),
            SECOND_REMINDER (30 d), mainland_requested(days, unit), calendar_years()
lifecycle   Status, EventKind, TimelineEvent, OVERDUE, allowed_events(status),
            check_event(status, events, kind, date, today) -> new Status   (TransitionRefused)
            is_overdue / display_status (overdue is derived, never stored)
model       Request (snapshot + timeline; .status .sent_date .due() .second_reminder() .is_overdue(today)
            .display_status(today) .to_json(today)), Channel, parse_channel, period_for_letter
requests    create_request, mark_sent, add_event(…, attachment=Attachment(data, name)), get_request,
            list_requests, due_requests, get_letter_pdf, get_letter_json, refresh_due_cache
drafting    draft_request(vault, record_id, types, lang=, sender=, letter_date=, reply_days=) -> id
            snapshot_of(letter), sender_for_profile, render(letter, ".pdf"|".txt"|".eml")
escalation  next_steps(request, today) -> [NextStep(action, reason, message, date, letter_type)]
            build_chronology(request, describe_evidence, for_letter=), next_letter(vault, id, today=…),
            keep_letter(vault, id, letter) -> id of a draft request linked to the original
ics         build_calendar(requests, today, now=None) -> CalendarExport(data, entries, skipped)
"""
