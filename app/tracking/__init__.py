"""Tracking responses: request lifecycle, working-day deadlines, escalation letters, .ics export.

Public API (Qt-free; `today` is always passed in so that tests and the UI agree on the date):

deadlines   due_date(sent, period, delivered=None) -> DueDate   never raises for an uncovered year: past
                the last official year DueDate.estimated (counted by rule, basis says why); before the
                first, date None + unknown_reason; .basis_zh/.basis_en/.statutory/.display()/.to_json()
            check_reply_days(value) -> int (1–60), MAX_REPLY_DAYS; reset_calendar_cache() after a pack install
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
triage      ReplyKind, propose(kind, facts) -> Proposal(outcome, letter, citations, law_silent, advice_zh/en),
            record_reply(vault, id, kind, date, …, record_outcome=), answer_letter(vault, id, today=…)
sender      who writes: get/set_vault_sender, default_sender(vault, profile_id), follow_up_sender(vault, id),
            check_can_send(sender, blank_form=) → SenderIncomplete (no name / no reply address)
ladder      build_ladder(root, children) -> Ladder(rungs, current, outcome, display_status(today));
            requests.case_ladder(vault, any_id); Rung(kind, recipient, sent_date, due, replies)
regulators  regulators_for(facts) (suggested first), find_regulator(facts, id_or_name), period_of(id)
sent_letters letters frozen at first export / mark sent: keep, export_letter, letters_of_case, get_letter
"""
