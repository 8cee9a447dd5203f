"""Display words for request types, statuses, channels and due dates (composer, Requests, Due).

The core works with stable keys (`withdraw_consent`, `refused`, `registered_mail`); people read
translated words. Lateness is always said in words *and* shown in colour, so it does not depend on
telling red from green.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor

from ui import theme
from ui.i18n import translate


def type_label(key: str) -> str:
    labels = {
        "withdraw_consent": translate("RequestLabels", "Withdraw consent"),
        "deletion": translate("RequestLabels", "Delete my face data"),
        "alternative_method": translate("RequestLabels", "Offer another way in"),
        "access_copy": translate("RequestLabels", "Access and copy"),
        "explanation": translate("RequestLabels", "Explain the processing"),
        "complaint": translate("RequestLabels", "Complaint to a regulator"),
        "reminder": translate("RequestLabels", "Reminder"),
        "hk_data_access": translate("RequestLabels", "Data access request (PDPO s18)"),
        "hk_erasure": translate("RequestLabels", "Erasure (PDPO s26, DPP2)"),
    }
    return labels.get(key, key)


def types_label(keys: tuple[str, ...] | list[str]) -> str:
    return translate("RequestLabels", ", ").join(type_label(k) for k in keys)


def status_label(key: str) -> str:
    labels = {
        "draft": translate("RequestLabels", "Draft"),
        "sent": translate("RequestLabels", "Sent"),
        "delivered": translate("RequestLabels", "Delivered"),
        "overdue": translate("RequestLabels", "Overdue"),
        "replied": translate("RequestLabels", "Replied"),
        "complied": translate("RequestLabels", "Complied"),
        "partly_complied": translate("RequestLabels", "Partly complied"),
        "refused": translate("RequestLabels", "Refused"),
        "escalated": translate("RequestLabels", "Complaint filed"),
        "closed": translate("RequestLabels", "Closed"),
        # A complaint's follow-up date (no law sets one) has passed: time to ask, not "overdue".
        "follow_up_due": translate("RequestLabels", "Follow up"),
    }
    return labels.get(key, key)


def rung_label(key: str) -> str:
    """A step of a case's ladder: the first request, a reminder, a complaint."""
    labels = {
        "request": translate("RequestLabels", "Request"),
        "reminder": translate("RequestLabels", "Reminder"),
        "complaint": translate("RequestLabels", "Complaint"),
        "police_report": translate("RequestLabels", "Police report"),
    }
    return labels.get(key, key)


def event_label(key: str) -> str:
    labels = {
        "sent": translate("RequestLabels", "Letter sent"),
        "delivered": translate("RequestLabels", "Delivered"),
        "replied": translate("RequestLabels", "Reply received"),
        "complied": translate("RequestLabels", "Outcome: complied"),
        "partly_complied": translate("RequestLabels", "Outcome: partly complied"),
        "refused": translate("RequestLabels", "Outcome: refused"),
        "reminder": translate("RequestLabels", "Reminder sent"),
        "escalated": translate("RequestLabels", "Complaint filed"),
        "closed": translate("RequestLabels", "Closed"),
        "note": translate("RequestLabels", "Note"),
    }
    return labels.get(key, key)


def channel_label(key: str) -> str:
    labels = {
        "email": translate("RequestLabels", "E-mail"),
        "registered_mail": translate("RequestLabels", "Registered mail"),
        "in_person": translate("RequestLabels", "In person"),
        "web_form": translate("RequestLabels", "Web form"),
        "in_app": translate("RequestLabels", "In the app"),
        "wechat": translate("RequestLabels", "WeChat"),
    }
    return labels.get(key, key)


def place_type_label(key: str) -> str:
    labels = {
        "residential_compound": translate("RequestLabels", "Residential compound"),
        "hotel": translate("RequestLabels", "Hotel"),
        "shopping_mall": translate("RequestLabels", "Shopping mall"),
        "retail_store": translate("RequestLabels", "Shop"),
        "property_sales_office": translate("RequestLabels", "Property sales office"),
        "gym_or_sports_venue": translate("RequestLabels", "Gym or sports venue"),
        "school_or_campus": translate("RequestLabels", "School or campus"),
        "workplace": translate("RequestLabels", "Workplace"),
        "bank": translate("RequestLabels", "Bank"),
        "transport_hub": translate("RequestLabels", "Station or airport"),
        "tourist_site": translate("RequestLabels", "Tourist site"),
        "hospital": translate("RequestLabels", "Hospital"),
        "government_service": translate("RequestLabels", "Government service"),
        "entertainment_venue": translate("RequestLabels", "Entertainment venue"),
        "mobile_app": translate("RequestLabels", "Mobile app"),
        "public_street": translate("RequestLabels", "Public street"),
        "other": translate("RequestLabels", "Other"),
    }
    return labels.get(key, key)


class Urgency:
    NONE = "none"  # not waiting for an answer, or no due date
    LATER = "later"
    SOON = "soon"  # due within 3 days
    TODAY = "today"
    OVERDUE = "overdue"


def placeholder_label(key: str) -> str:
    """What a 【…】 placeholder in a letter asks for, in words (never the internal key)."""
    labels = {
        "sender_name": translate("RequestLabels", "your name"),
        "sender_phone": translate("RequestLabels", "your phone number"),
        "sender_address": translate("RequestLabels", "your postal address"),
        "handler_name": translate("RequestLabels", "the handler's full legal name"),
        "handler_address": translate("RequestLabels", "the handler's address"),
        "regulator": translate("RequestLabels", "the authority that takes the complaint"),
    }
    return labels.get(key, translate("RequestLabels", "a detail marked 【…】 in the letter"))


SOON_DAYS = 3


@dataclass(frozen=True)
class DueDisplay:
    text: str
    urgency: str
    foreground: QColor | None
    background: QColor | None


def _urgency_colours(urgency: str) -> tuple[QColor | None, QColor | None]:
    """(text, background) from the tested light/dark sets in ui/theme.py."""
    c = theme.colours()
    pairs = {
        Urgency.OVERDUE: (c.overdue_text, c.overdue_bg),
        Urgency.TODAY: (c.today_text, c.today_bg),
        Urgency.SOON: (c.soon_text, c.soon_bg),
    }
    if urgency not in pairs:
        return None, None
    text, background = pairs[urgency]
    return QColor(text), QColor(background)


def due_display(days_left: int | None, awaiting_reply: bool) -> DueDisplay:
    """'Overdue by 5 days' / 'Due today' / '3 days left', with matching colours."""
    if days_left is None:
        return DueDisplay(translate("RequestLabels", "No due date"), Urgency.NONE, None, None)
    if not awaiting_reply:
        return DueDisplay(translate("RequestLabels", "Not awaiting a reply"), Urgency.NONE, None, None)
    if days_left < 0:
        urgency = Urgency.OVERDUE
        text = translate("RequestLabels", "Overdue by %n day(s)", None, -days_left)
    elif days_left == 0:
        urgency = Urgency.TODAY
        text = translate("RequestLabels", "Due today")
    else:
        urgency = Urgency.SOON if days_left <= SOON_DAYS else Urgency.LATER
        text = translate("RequestLabels", "%n day(s) left", None, days_left)
    foreground, background = _urgency_colours(urgency)
    return DueDisplay(text, urgency, foreground, background)
