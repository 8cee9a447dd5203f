"""Letter statements: every sentence that states a fact or the law is one of these.

A statement knows
- the ground or request it serves (`serves`): it can appear only when the rule library's check of the
  record holds that ground / caveat, or the letter makes that request;
- the facts it asserts (`reads`): each must be recorded with one of the listed values. A fact that is
  absent or "unknown" never satisfies `reads`, so a statement asserting it is absent (never a default);
- the instruments it needs in force on the record's processing date (`in_force` all, `in_force_any`
  one of them) or needs NOT in force (`before`: the version of a claim for records before a law);
- the party it speaks for (`party`: a guardian writing about a child, or a person about themselves);
- the citations it may carry (`cites`: "INSTRUMENT ARTICLE" patterns). A law statement whose ground
  has no citation matching its patterns in force for the record is absent: no law without a source;
- what switches it off (`unless`: "caveat:ID", "ground:ID", "request:TYPE", "fact:PATH" for a
  boolean fact recorded as true);
- the facts that must be recorded for it to argue a breach (`breach_reads`).

The letter skeleton (compose.py and friends) only orders statements and asks for each one; a statement
that does not hold comes back as "" and leaves no trace. `resources/templates/letters/support.json`
is the reviewed table of which article supports which statement's claim (tests check it against the
statute texts and against every letter of the public scenarios).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from app.errors import LetterError
from app.rules.conditions import fact_value, is_missing
from app.rules.model import Citation, RuleResult

UNKNOWN = "unknown"


@dataclass(frozen=True)
class Statement:
    id: str
    section: str  # facts | law | requests | reply | complaint | report
    serves: str = ""  # "ground:ID" | "caveat:ID" | "request:TYPE" | "" (the letter kind itself)
    jurisdiction: str = "CN"
    party: str = "any"  # self | child | any
    reads: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    in_force: tuple[str, ...] = ()
    in_force_any: tuple[str, ...] = ()
    before: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    cites: tuple[str, ...] | None = None  # None: states no law of its own / takes what its caller passes
    needs_cite: bool = False  # a law statement: absent when none of its citations is in force
    # Facts that must be recorded (not unknown) for this law statement to argue a breach (PIPL
    # 47(1)(四), Civil Code 1037 ¶2, "stop the unlawful processing"). The rule library decides that a
    # ground holds, folding an unknown purpose into "not security"; a letter claims a breach only on
    # facts the sender actually recorded.
    breach_reads: Mapping[str, frozenset[Any]] = field(default_factory=dict)
    phrase: str = ""  # phrase key in resources/templates/letters/<lang>.json (default: the id)

    @property
    def key(self) -> str:
        return self.phrase or self.id

    def allows(self, citation: Citation) -> bool:
        if self.cites is None:
            return True
        return any(_matches(pattern, citation) for pattern in self.cites)


def _matches(pattern: str, c: Citation) -> bool:
    parts = pattern.split()
    if parts[0] != c.instrument:
        return False
    return len(parts) == 1 or parts[1] == c.article


@dataclass(frozen=True)
class Record:
    """What a statement may look at: the facts, the rule check, and which instruments are in force."""

    facts: Mapping[str, Any]
    result: RuleResult
    in_force: Callable[[str], bool]
    requests: frozenset[str] = frozenset()

    @property
    def child(self) -> bool:
        return self.facts.get("subject_under_14") is True


def _fact_known(record: Record, path: str, allowed: frozenset[Any]) -> bool:
    value = fact_value(record.facts, path)
    if is_missing(value) or value == UNKNOWN or value is None:
        return False
    return value in allowed


def _serves(record: Record, serves: str) -> bool:
    if not serves:
        return True
    kind, _, ident = serves.partition(":")
    if kind == "ground":
        return record.result.ground(ident) is not None
    if kind == "caveat":
        return any(c.id == ident for c in record.result.caveats)
    if kind == "request":
        return ident in record.requests
    if kind == "fact":  # a boolean fact recorded as true
        return fact_value(record.facts, ident) is True
    raise LetterError(f"statement serves an unknown kind of thing: {serves}")  # pragma: no cover


def argues_breach(statement: Statement, record: Record) -> bool:
    return all(_fact_known(record, path, allowed) for path, allowed in statement.breach_reads.items())


def holds(statement: Statement, record: Record) -> bool:
    """Whether the statement may appear in a letter about this record (citations aside)."""
    if statement.jurisdiction != "*" and statement.jurisdiction != record.result.jurisdiction:
        return False
    if statement.party == "child" and not record.child:
        return False
    if statement.party == "self" and record.child:
        return False
    if not _serves(record, statement.serves):
        return False
    if any(not _fact_known(record, path, allowed) for path, allowed in statement.reads.items()):
        return False
    if any(not record.in_force(i) for i in statement.in_force):
        return False
    if statement.in_force_any and not any(record.in_force(i) for i in statement.in_force_any):
        return False
    if any(record.in_force(i) for i in statement.before):
        return False
    return not any(_serves(record, u) for u in statement.unless)


# ================================================================================================
# the registry
# ================================================================================================

_REGISTRY: dict[str, Statement] = {}


def _add(*statements: Statement) -> None:
    for s in statements:
        if s.id in _REGISTRY:
            raise LetterError(f"statement {s.id} defined twice")  # pragma: no cover
        for path, allowed in s.reads.items():
            # A statement asserts facts; "the sender does not know" is never a fact to assert.
            if UNKNOWN in allowed or None in allowed:
                raise LetterError(f"statement {s.id} reads {path} as unknown")  # pragma: no cover
        _REGISTRY[s.id] = s


def get(statement_id: str) -> Statement:
    try:
        return _REGISTRY[statement_id]
    except KeyError:
        raise LetterError(f"no letter statement {statement_id!r}") from None


def exists(statement_id: str) -> bool:
    return statement_id in _REGISTRY


def all_statements() -> Iterable[Statement]:
    return _REGISTRY.values()


def _v(*values: Any) -> frozenset[Any]:
    return frozenset(values)


def _facts(jurisdiction: str) -> list[Statement]:
    j = jurisdiction
    p = "facts." if j == "CN" else "hk.facts."
    out = [
        Statement(
            f"{p}method.{m}", "facts", jurisdiction=j, reads={"method": _v(m)}, phrase=f"facts.method.{m}"
        )
        for m in (
            "access_gate",
            "checkin_terminal",
            "camera",
            "payment_terminal",
            "app_verification",
            "kiosk",
        )
    ]
    out.append(Statement(f"{p}collected", "facts", jurisdiction=j, phrase="facts.method.other"))
    out += [
        Statement(
            f"{p}purpose.{v}", "facts", jurisdiction=j, reads={"purpose": _v(v)}, phrase=f"facts.purpose.{v}"
        )
        for v in (
            "access_control",
            "identity_verification",
            "payment",
            "attendance",
            "marketing_analytics",
            "security",
        )
    ]
    out += [
        Statement(
            f"{p}recognition.{v}",
            "facts",
            jurisdiction=j,
            reads={"recognition": _v(v)},
            phrase=f"facts.recognition.{v}",
        )
        for v in ("verify_1to1", "identify_1toN", "analysis_only")
    ]
    out.append(Statement(f"{p}last_seen", "facts", jurisdiction=j, phrase="facts.last_seen"))
    out += [
        Statement(
            f"{p}notice.{v}", "facts", jurisdiction=j, reads={"notice": _v(v)}, phrase=f"facts.notice.{v}"
        )
        for v in ("none", "unclear")
    ]
    out += [
        Statement(
            f"{p}consent.{v}",
            "facts",
            jurisdiction=j,
            reads={"consent": _v(v)},
            # For a public-security camera consent is not the question (PIPL 26): not raised.
            unless=("caveat:public_security_exemption",) if v != "separate" else (),
            phrase=f"facts.consent.{v}",
        )
        for v in ("not_asked", "implied", "bundled", "forced", "separate")
    ]
    out += [
        Statement(
            f"{p}alternative.{v}",
            "facts",
            jurisdiction=j,
            reads={"alternative": _v(v)},
            phrase=f"facts.alternative.{v}",
        )
        for v in ("none", "refused")
    ]
    out += [
        Statement(
            f"{p}service_refused.{v}",
            "facts",
            jurisdiction=j,
            reads={"service_refused_without_face": _v(True), "purpose": _v(v)},
            phrase=f"facts.service_refused.{v}",
        )
        for v in ("access_control", "identity_verification", "payment", "attendance")
    ]
    out += [
        Statement(
            f"{p}service_refused.default",
            "facts",
            jurisdiction=j,
            reads={"service_refused_without_face": _v(True)},
            phrase="facts.service_refused.default",
        ),
        Statement(
            f"{p}private_space.hotel",
            "facts",
            jurisdiction=j,
            reads={"private_space": _v(True), "place_type": _v("hotel")},
            phrase="facts.private_space.hotel",
        ),
        Statement(
            f"{p}private_space.default",
            "facts",
            jurisdiction=j,
            reads={"private_space": _v(True)},
            phrase="facts.private_space.default",
        ),
        Statement(
            f"{p}transmitted_off_device",
            "facts",
            jurisdiction=j,
            reads={"transmitted_off_device": _v("yes")},
            phrase="facts.transmitted_off_device",
        ),
        Statement(
            f"{p}shared_or_sold",
            "facts",
            jurisdiction=j,
            reads={"shared_or_sold": _v(True)},
            phrase="facts.shared_or_sold",
        ),
        Statement(f"{p}leaked", "facts", jurisdiction=j, reads={"leaked": _v(True)}, phrase="facts.leaked"),
        Statement(
            f"{p}relationship_ended",
            "facts",
            jurisdiction=j,
            reads={"relationship_ended": _v(True)},
            phrase="facts.relationship_ended",
        ),
    ]
    out += [
        Statement(
            f"{p}contract_terms.{v}",
            "facts",
            jurisdiction=j,
            reads={"contract_terms": _v(v)},
            phrase=f"facts.contract_terms.{v}",
        )
        for v in ("unlimited_or_irrevocable", "changed_unilaterally")
    ]
    # The sender's own words (notes) are theirs, not the letter's claim; still a statement so that
    # every sentence of the facts section is accounted for.
    out.append(Statement(f"{p}notes", "facts", jurisdiction=j, phrase="facts.notes"))
    return out


_add(*_facts("CN"), *_facts("HK"))

PIPL, CC, SPC, MEASURES = "PIPL", "CIVIL_CODE", "SPC_FACE_2021", "FACE_MEASURES_2025"
# A public-security camera in a public place (PIPL 26, SPC 5(二)): no consent breach is argued.
PUBLIC_SECURITY_CAVEAT = "caveat:public_security_exemption"


def _law(ident: str, ground: str, *cites: str, phrase: str = "", **kw: Any) -> Statement:
    return Statement(
        ident, "law", serves=f"ground:{ground}", cites=cites, needs_cite=True, phrase=phrase or ident, **kw
    )


_add(
    # Face information: "sensitive personal information" is PIPL 28's term, said only when PIPL is in
    # force; before it, the Civil Code (1034) makes biometric information personal information.
    _law("law.sensitive", "sensitive_biometric", f"{PIPL} 28", f"{CC} 1034", f"{SPC} 1", in_force=(PIPL,)),
    _law("law.biometric_pi", "sensitive_biometric", f"{CC} 1034", f"{SPC} 1", before=(PIPL,)),
    # Consent. Separate consent (单独同意) is a PIPL 29 / SPC 2(三) concept; before both only the Civil
    # Code's plain consent (1035(1)(一)) applies, and only "never asked" is argued then.
    _law(
        "law.no_separate_consent",
        "no_separate_consent",
        f"{PIPL} 29",
        f"{SPC} 2",
        f"{MEASURES} 6",
        "NDSR_2024 22",
        f"{CC} 1035",
        party="self",
        in_force_any=(PIPL, SPC),
        unless=(PUBLIC_SECURITY_CAVEAT,),
        phrase="grounds.no_separate_consent.text",
    ),
    _law(
        "law.no_separate_consent.child",
        "no_separate_consent",
        f"{PIPL} 29",
        f"{SPC} 2",
        f"{MEASURES} 6",
        "NDSR_2024 22",
        f"{CC} 1035",
        party="child",
        in_force_any=(PIPL, SPC),
        unless=(PUBLIC_SECURITY_CAVEAT,),
        phrase="grounds.no_separate_consent.text_child",
    ),
    _law(
        "law.no_consent_civil",
        "no_separate_consent",
        f"{CC} 1035",
        reads={"consent": _v("not_asked")},
        before=(PIPL, SPC),
        unless=(PUBLIC_SECURITY_CAVEAT,),
        phrase="grounds.no_separate_consent.text_civil",
    ),
    _law(
        "law.consent_not_free",
        "consent_not_free",
        f"{SPC} 4",
        f"{PIPL} 16",
        f"{MEASURES} 12",
        in_force=(PIPL,),
        unless=(PUBLIC_SECURITY_CAVEAT,),
        phrase="grounds.consent_not_free.text",
    ),
    _law(
        "law.consent_not_free.spc",
        "consent_not_free",
        f"{SPC} 4",
        before=(PIPL,),
        unless=(PUBLIC_SECURITY_CAVEAT,),
        phrase="grounds.consent_not_free.text_spc",
    ),
    _law(
        "law.no_notice",
        "no_notice",
        f"{PIPL} 17",
        f"{PIPL} 30",
        f"{SPC} 2",
        f"{MEASURES} 5",
        in_force=(PIPL,),
        phrase="grounds.no_notice.text",
    ),
    _law(
        "law.no_notice.civil",
        "no_notice",
        f"{CC} 1035",
        f"{SPC} 2",
        before=(PIPL,),
        phrase="grounds.no_notice.text_civil",
    ),
    # PIPL 16 (no refusal of service, unless necessary) is the consent_not_free statement's claim,
    # not this one's: "face must not be the only way" is Measures 10 / SPC 10 / Hangzhou 50 ¶2.
    _law(
        "law.face_only_way",
        "face_only_way",
        f"{MEASURES} 10",
        f"{SPC} 10",
        "HANGZHOU_PROPERTY 50",
        in_force=(MEASURES,),
        phrase="grounds.face_only_way.text",
    ),
    _law(
        "law.face_only_way.property",
        "face_only_way",
        f"{SPC} 10",
        "HANGZHOU_PROPERTY 50",
        before=(MEASURES,),
        phrase="grounds.face_only_way.text_property",
    ),
    _law(
        "law.public_place_non_security",
        "public_place_non_security",
        f"{PIPL} 26",
        f"{SPC} 2",
        f"{MEASURES} 13",
        breach_reads={
            "purpose": _v(
                "access_control", "identity_verification", "payment", "attendance", "marketing_analytics"
            ),
            "consent": _v("not_asked", "implied", "bundled", "forced"),
        },
        phrase="grounds.public_place_non_security.text",
    ),
    _law(
        "law.private_space_device",
        "private_space_device",
        f"{MEASURES} 13",
        f"{CC} 1033",
        in_force=(MEASURES,),
        phrase="grounds.private_space_device.text",
    ),
    _law(
        "law.private_space_device.civil",
        "private_space_device",
        f"{CC} 1033",
        before=(MEASURES,),
        phrase="grounds.private_space_device.text_civil",
    ),
    _law(
        "law.child_under_14",
        "child_under_14",
        f"{PIPL} 31",
        f"{MEASURES} 7",
        party="child",
        phrase="grounds.child_under_14.text",
    ),
    _law(
        "law.transmitted_off_device",
        "transmitted_off_device",
        f"{MEASURES} 8",
        phrase="grounds.transmitted_off_device.text",
    ),
    _law(
        "law.shared_or_sold",
        "shared_or_sold",
        f"{PIPL} 23",
        f"{SPC} 2",
        f"{CC} 1038",
        in_force=(PIPL,),
        phrase="grounds.shared_or_sold.text",
    ),
    _law(
        "law.shared_or_sold.civil",
        "shared_or_sold",
        f"{SPC} 2",
        f"{CC} 1038",
        before=(PIPL,),
        phrase="grounds.shared_or_sold.text_civil",
    ),
    _law(
        "law.leaked",
        "leaked",
        f"{PIPL} 51",
        f"{PIPL} 57",
        f"{PIPL} 69",
        f"{SPC} 2",
        f"{CC} 1038",
        in_force=(PIPL,),
        phrase="grounds.leaked.text",
    ),
    _law(
        "law.leaked.civil",
        "leaked",
        f"{SPC} 2",
        f"{CC} 1038",
        before=(PIPL,),
        phrase="grounds.leaked.text_civil",
    ),
    _law(
        "law.unfair_terms",
        "unfair_terms",
        f"{SPC} 11",
        f"{CC} 497",
        in_force=(SPC,),
        phrase="grounds.unfair_terms.text",
    ),
    _law(
        "law.changed_unilaterally",
        "changed_unilaterally",
        f"{SPC} 12",
        f"{PIPL} 14",
        in_force=(PIPL,),
        phrase="grounds.changed_unilaterally.text",
    ),
    _law(
        "law.changed_unilaterally.spc",
        "changed_unilaterally",
        f"{SPC} 12",
        before=(PIPL,),
        phrase="grounds.changed_unilaterally.text_spc",
    ),
    _law(
        "law.relationship_ended",
        "relationship_ended",
        f"{PIPL} 47",
        phrase="grounds.relationship_ended.text",
    ),
    _law("law.tianjin_credit", "tianjin_credit", "TIANJIN_CREDIT 16", phrase="grounds.tianjin_credit.text"),
    # Public-security cameras (PIPL 26, SPC 5(二)): what the law allows, and nothing about consent.
    Statement(
        "law.public_security_use",
        "law",
        serves="caveat:public_security_exemption",
        cites=(f"{PIPL} 26",),
        needs_cite=True,
        in_force=(PIPL,),
        phrase="law.public_security_use.text",
    ),
)

# Grounds that are a breach of agreement (PIPL 47(1)(四) "违反约定"; Civil Code 1037 ¶2 "双方的约定").
AGREEMENT_GROUNDS = frozenset({"unfair_terms", "changed_unilaterally"})
# Statements that argue a breach, by ground (used for PIPL 47(1)(四)'s reason and the complaint's "stop").
LAW_BY_GROUND: dict[str, tuple[str, ...]] = {}
for _s in list(_REGISTRY.values()):
    if _s.section == "law" and _s.serves.startswith("ground:"):
        _ground = _s.serves.split(":", 1)[1]
        LAW_BY_GROUND[_ground] = (*LAW_BY_GROUND.get(_ground, ()), _s.id)

_NOT_GIVEN = _v("not_asked", "implied", "bundled", "forced")

_add(
    # Requests (mainland). A request is the sender's own; what it claims about the law is in its cites.
    Statement(
        "request.withdraw_consent.given",
        "requests",
        serves="request:withdraw_consent",
        reads={"consent_given_before": _v(True)},
        cites=(f"{PIPL} 15", f"{MEASURES} 6"),
    ),
    Statement(
        "request.withdraw_consent.given_separate",
        "requests",
        serves="request:withdraw_consent",
        reads={"consent": _v("separate")},
        unless=("fact:consent_given_before",),
        cites=(f"{PIPL} 15", f"{MEASURES} 6"),
        phrase="request.withdraw_consent.given",
    ),
    Statement(
        "request.withdraw_consent.not_given",
        "requests",
        serves="request:withdraw_consent",
        reads={"consent": _NOT_GIVEN},
        cites=(f"{PIPL} 15", f"{MEASURES} 6"),
    ),
    Statement(
        "request.withdraw_consent.not_given_recorded",
        "requests",
        serves="request:withdraw_consent",
        reads={"consent_given_before": _v(False)},
        cites=(f"{PIPL} 15", f"{MEASURES} 6"),
        phrase="request.withdraw_consent.not_given",
    ),
    Statement(
        "request.withdraw_consent.unknown",
        "requests",
        serves="request:withdraw_consent",
        cites=(f"{PIPL} 15", f"{MEASURES} 6"),
    ),
    Statement("request.deletion", "requests", serves="request:deletion", cites=(f"{PIPL} 47", f"{CC} 1037")),
    Statement(
        "request.deletion.public_security",
        "requests",
        serves="request:deletion",
        cites=(f"{PIPL} 47",),
        in_force=(PIPL,),
        phrase="request.deletion_public_security",
    ),
    *(
        Statement(
            f"request.deletion_reason.{n}",
            "requests",
            serves="request:deletion",
            cites=(),
            in_force=(PIPL,),
        )
        for n in ("1", "2", "3", "4", "4_agreement", "4_both")
    ),
    Statement(
        "request.deletion_retention",
        "requests",
        serves="request:deletion",
        cites=(f"{PIPL} 47",),
        in_force=(PIPL,),
    ),
    Statement(
        "request.remove_device",
        "requests",
        serves="ground:private_space_device",
        reads={"private_space": _v(True)},
        cites=(f"{MEASURES} 13",),
        needs_cite=True,
        in_force=(MEASURES,),
    ),
    Statement(
        "request.alternative_method",
        "requests",
        serves="request:alternative_method",
        cites=(f"{MEASURES} 10", f"{SPC} 10"),
    ),
    Statement("request.access_copy", "requests", serves="request:access_copy", cites=(f"{PIPL} 45",)),
    Statement(
        "request.explanation", "requests", serves="request:explanation", cites=(f"{PIPL} 44", f"{PIPL} 48")
    ),
    Statement(
        "request.confine_public_security",
        "requests",
        serves="caveat:public_security_exemption",
        cites=(f"{PIPL} 26",),
        needs_cite=True,
        in_force=(PIPL,),
    ),
    # Reply period and reservation of rights.
    Statement("reply.period", "reply", cites=()),
    Statement("reply.period_own", "reply", cites=()),
    Statement("reminder.period", "reply", cites=()),
    # "A refusal must state its reasons" is PIPL 50 ¶1's claim: only with PIPL in force, and cited.
    Statement("reminder.reasons_missing", "reply", cites=(f"{PIPL} 50",), needs_cite=True, in_force=(PIPL,)),
    Statement("reminder.period_own", "reply", cites=()),
    Statement(
        "reply.period_hangzhou_complaint",
        "reply",
        cites=("HANGZHOU_PROPERTY 50",),
        needs_cite=True,
        in_force=("HANGZHOU_PROPERTY",),
    ),
    Statement("reply.refusal", "reply", cites=(f"{PIPL} 50",), needs_cite=True, in_force=(PIPL,)),
    Statement("reply.refusal_plain", "reply", cites=(), before=(PIPL,)),
    Statement(
        "reply.reservation",
        "reply",
        cites=(
            f"{PIPL} 50",
            f"{PIPL} 60",
            f"{PIPL} 61",
            f"{PIPL} 65",
            f"{MEASURES} 17",
            "HANGZHOU_PROPERTY 50",
        ),
    ),
    Statement(
        "reminder.escalate",
        "reply",
        cites=(
            f"{PIPL} 50",
            f"{PIPL} 60",
            f"{PIPL} 61",
            f"{PIPL} 65",
            f"{MEASURES} 17",
            "HANGZHOU_PROPERTY 50",
        ),
    ),
    # Complaints (mainland).
    Statement(
        "complaint.request",
        "complaint",
        cites=(f"{PIPL} 65", f"{MEASURES} 17", f"{PIPL} 60", f"{PIPL} 61"),
    ),
    Statement(
        "complaint.grievance.silence",
        "complaint",
        cites=(f"{PIPL} 15", f"{PIPL} 47", f"{PIPL} 50"),
        in_force=(PIPL,),
    ),
    Statement(
        "complaint.grievance.refused",
        "complaint",
        cites=(f"{PIPL} 15", f"{PIPL} 47", f"{PIPL} 50"),
        in_force=(PIPL,),
    ),
    # Police report (报案材料): Criminal Law 253-1 and the 2017 interpretation's Art. 5.
    Statement(
        "report.request",
        "report",
        serves="caveat:criminal_report_not_threat",
        cites=("CRIMINAL_LAW 253-1",),
        needs_cite=True,
    ),
    Statement(
        "report.law",
        "report",
        serves="caveat:criminal_report_not_threat",
        cites=("CRIMINAL_LAW 253-1",),
        needs_cite=True,
    ),
    Statement(
        "report.thresholds",
        "report",
        serves="caveat:criminal_report_not_threat",
        cites=("SPC_SPP_PI_CRIME_2017 5",),
        needs_cite=True,
    ),
)

_add(
    # Hong Kong: the PDPO only; nothing mainland in any language.
    Statement(
        "hk.dpp1", "law", jurisdiction="HK", serves="ground:hk_collection_principle", cites=("HK_PDPO DPP1",)
    ),
    Statement(
        "hk.dpp1_argument",
        "law",
        jurisdiction="HK",
        serves="ground:hk_collection_principle",
        # "building access where a card would do": said of a building's gate, not of a shop or gym.
        reads={
            "alternative": _v("none", "refused"),
            "method": _v("access_gate"),
            "place_type": _v("residential_compound"),
        },
    ),
    # The PCPD guidance and case note 2025E01 concern a building's face-recognition entrance.
    Statement("hk.guidance", "law", jurisdiction="HK", reads={"place_type": _v("residential_compound")}),
    Statement(
        "hk.access",
        "requests",
        jurisdiction="HK",
        serves="request:hk_data_access",
        cites=("HK_PDPO s18", "HK_PDPO s19"),
    ),
    Statement(
        "hk.erasure",
        "requests",
        jurisdiction="HK",
        serves="request:hk_erasure",
        cites=("HK_PDPO s26", "HK_PDPO DPP2"),
    ),
    Statement(
        "hk.erasure_not_required",
        "requests",
        jurisdiction="HK",
        serves="request:hk_erasure",
        reads={"relationship_ended": _v(True)},
    ),
    Statement(
        "hk.alternative",
        "requests",
        jurisdiction="HK",
        reads={"alternative": _v("none", "refused")},
    ),
    Statement("hk.facts_data", "facts", jurisdiction="HK"),
)
