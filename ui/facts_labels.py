"""Plain words for the facts of facts.schema.json: questions, answers, field names (translated).

The record form asks in these words; tables and badges show the same labels; `field_label()` turns
an InvalidFacts field path ("handler.uscc") into the words the form used for it. The keys must
match resources/schema/facts.schema.json — tests/ui/test_facts_labels.py checks every enum value has
a label, so a schema change cannot leave a field unreachable or unnamed.
"""

from __future__ import annotations

from ui.i18n import translate


def place_types() -> dict[str, str]:
    return {
        "residential_compound": translate("Facts", "Residential compound"),
        "hotel": translate("Facts", "Hotel"),
        "shopping_mall": translate("Facts", "Shopping mall"),
        "retail_store": translate("Facts", "Shop or supermarket"),
        "property_sales_office": translate("Facts", "Property sales office"),
        "gym_or_sports_venue": translate("Facts", "Gym or sports venue"),
        "school_or_campus": translate("Facts", "School or campus"),
        "workplace": translate("Facts", "Workplace"),
        "bank": translate("Facts", "Bank"),
        "transport_hub": translate("Facts", "Station, airport or metro"),
        "tourist_site": translate("Facts", "Tourist site or park"),
        "hospital": translate("Facts", "Hospital or clinic"),
        "government_service": translate("Facts", "Government service hall"),
        "entertainment_venue": translate("Facts", "Entertainment venue"),
        "mobile_app": translate("Facts", "Mobile app or website"),
        "public_street": translate("Facts", "Street or public place"),
        "other": translate("Facts", "Other"),
    }


def jurisdictions() -> dict[str, str]:
    return {"CN": translate("Facts", "Mainland China"), "HK": translate("Facts", "Hong Kong")}


def handler_kinds() -> dict[str, str]:
    return {
        "property_manager": translate("Facts", "Property management company"),
        "business": translate("Facts", "A business"),
        "employer": translate("Facts", "My employer"),
        "school": translate("Facts", "A school"),
        "state_organ": translate("Facts", "A government body"),
        "app_operator": translate("Facts", "An app operator"),
        "unknown": translate("Facts", "I don't know"),
    }


def methods() -> dict[str, str]:
    return {
        "access_gate": translate("Facts", "A gate or door that opens by face"),
        "checkin_terminal": translate("Facts", "A check-in or registration terminal"),
        "camera": translate("Facts", "A camera"),
        "payment_terminal": translate("Facts", "A pay-by-face terminal"),
        "app_verification": translate("Facts", "Face check in an app"),
        "kiosk": translate("Facts", "A self-service kiosk"),
        "other": translate("Facts", "Some other way"),
        "unknown": translate("Facts", "I don't know"),
    }


def purposes() -> dict[str, str]:
    return {
        "access_control": translate("Facts", "To let people in or out"),
        "identity_verification": translate("Facts", "To check who I am"),
        "payment": translate("Facts", "To pay"),
        "attendance": translate("Facts", "To record attendance"),
        "marketing_analytics": translate("Facts", "Marketing or customer analysis"),
        "security": translate("Facts", "Security"),
        "unknown": translate("Facts", "They did not say"),
    }


def recognitions() -> dict[str, str]:
    return {
        "verify_1to1": translate("Facts", "Compared my face with one stored photo (1:1)"),
        "identify_1toN": translate("Facts", "Searched my face among many people (1:N)"),
        "analysis_only": translate("Facts", "Only guessed age, gender or mood"),
        "unknown": translate("Facts", "I don't know"),
    }


def notices() -> dict[str, str]:
    return {
        "none": translate("Facts", "No, there was no sign"),
        "unclear": translate("Facts", "There was one, but it was unclear or hard to see"),
        "posted": translate("Facts", "Yes, a clear sign"),
        "unknown": translate("Facts", "I don't know"),
    }


def consents() -> dict[str, str]:
    return {
        "not_asked": translate("Facts", "No, nobody asked me"),
        "implied": translate("Facts", "They took entering or using it as agreement"),
        "bundled": translate("Facts", "It was buried in general terms"),
        "forced": translate("Facts", "I had to agree, or be refused"),
        "separate": translate("Facts", "Yes, a separate agreement just for my face"),
        "unknown": translate("Facts", "I don't know"),
    }


def alternatives() -> dict[str, str]:
    return {
        "none": translate("Facts", "No, there was no other way"),
        "refused": translate("Facts", "I asked for another way and was refused"),
        "offered": translate("Facts", "Yes, another way was offered"),
        "unknown": translate("Facts", "I don't know"),
    }


def transmitted() -> dict[str, str]:
    return {
        "yes": translate("Facts", "Yes"),
        "no": translate("Facts", "No"),
        "unknown": translate("Facts", "I don't know"),
    }


def contract_terms() -> dict[str, str]:
    return {
        "none": translate("Facts", "Nothing unusual"),
        "unlimited_or_irrevocable": translate("Facts", "Unlimited time, or consent that cannot be withdrawn"),
        "changed_unilaterally": translate("Facts", "They changed the terms on their own"),
        "unknown": translate("Facts", "I don't know"),
    }


def yes_no_unknown() -> dict[str, str]:
    """Three answers for a boolean fact; "unknown" leaves the fact out of the record."""
    return {
        "unknown": translate("Facts", "I don't know"),
        "yes": translate("Facts", "Yes"),
        "no": translate("Facts", "No"),
    }


# Enum facts: dotted path → labels function (same order as the schema).
ENUM_FIELDS = {
    "jurisdiction": jurisdictions,
    "place_type": place_types,
    "handler.kind": handler_kinds,
    "method": methods,
    "purpose": purposes,
    "recognition": recognitions,
    "notice": notices,
    "consent": consents,
    "alternative": alternatives,
    "transmitted_off_device": transmitted,
    "contract_terms": contract_terms,
}

BOOLEAN_FIELDS = (
    "service_refused_without_face",
    "private_space",
    "subject_under_14",
    "shared_or_sold",
    "leaked",
    "relationship_ended",
    "consent_given_before",
    "used_as_credit_information",
)

TEXT_FIELDS = (
    "city",
    "place_name",
    "address",
    "handler.name",
    "handler.uscc",
    "handler.address",
    "handler.email",
    "handler.phone",
    "handler.pi_officer",
    "notes",
)

DATE_FIELDS = ("date", "last_seen")


def questions() -> dict[str, str]:
    """The question the form asks for each fact, in plain words."""
    return {
        "jurisdiction": translate("Facts", "Where did this happen?"),
        "date": translate("Facts", "When was your face first taken?"),
        "last_seen": translate("Facts", "When did you last see it still in use?"),
        "place_type": translate("Facts", "What kind of place or service was it?"),
        "place_name": translate("Facts", "What is the place called?"),
        "city": translate("Facts", "Which city?"),
        "address": translate("Facts", "Address of the place"),
        "handler.name": translate("Facts", "Who runs it? (full name of the company or body)"),
        "handler.kind": translate("Facts", "What kind of organisation is that?"),
        "handler.uscc": translate("Facts", "Its unified social credit code (if you know it)"),
        "handler.address": translate("Facts", "Its address"),
        "handler.email": translate("Facts", "Its email"),
        "handler.phone": translate("Facts", "Its phone number"),
        "handler.pi_officer": translate("Facts", "Its personal information protection officer"),
        "method": translate("Facts", "How was your face taken?"),
        "purpose": translate("Facts", "What did they say it was for?"),
        "recognition": translate("Facts", "What did the system do with your face?"),
        "notice": translate("Facts", "Was there a sign telling you about face recognition?"),
        "consent": translate("Facts", "Did anyone ask you separately to agree to using your face?"),
        "alternative": translate("Facts", "Could you use a card, code or ID instead?"),
        "service_refused_without_face": translate(
            "Facts", "Were you refused when you did not want to use your face?"
        ),
        "private_space": translate("Facts", "Was it inside a hotel room, bathroom, changing room or toilet?"),
        "subject_under_14": translate("Facts", "Was the person whose face was taken under 14?"),
        "transmitted_off_device": translate("Facts", "Was your face sent off the device, e.g. to a server?"),
        "shared_or_sold": translate("Facts", "Was it shared with or sold to others?"),
        "leaked": translate("Facts", "Was it leaked?"),
        "contract_terms": translate("Facts", "Did the terms say anything unusual about your face data?"),
        "relationship_ended": translate(
            "Facts", "Is it over between you (moved out, membership ended, left the job)?"
        ),
        "consent_given_before": translate("Facts", "Did you ever agree to it, even once?"),
        "used_as_credit_information": translate("Facts", "Was it used as credit information?"),
        "notes": translate("Facts", "Anything else the letter should say (optional)"),
        "record_notes": translate("Facts", "Private notes (never put in letters)"),
    }


def field_label(path: str) -> str:
    """Words for a field path named by InvalidFacts/InvalidInput."""
    return questions().get(path, path)


def label(path: str, value: object) -> str:
    """The label for one enum value (falls back to the raw value for unknown data)."""
    labels = ENUM_FIELDS.get(path)
    if labels is None:
        return str(value)
    return labels().get(str(value), str(value))
