"""Where to complain: the regulator a complaint goes to, suggested from the facts, chosen by the person.

REFERENCE "Where complaints go (mainland)": the handler first → the cyberspace authorities (网信, the
default) → market regulation (12315) for shops, malls, gyms, hotels, sales offices → the housing
authority for residential compounds (in Hangzhou, Art. 50 ¶3: a resident who disputes the property
manager's reply may complain to 房产等有关部门) → public security when face data was sold, stolen or
leaked (a police report, H14's `police_report` letter where available) → the people's court.
Hong Kong: the data user first, then the PCPD.

The rule library (resources/rules, `complaint_channels`) decides which channels apply to a record;
this module only picks the one to suggest and lists the others the person may pick instead. Each
regulator carries its own period where REFERENCE gives one (market regulation: 7 working days to
decide whether to accept); others get a follow-up date marked as not statutory.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from app.errors import InvalidInput
from app.rules import check as check_rules
from app.tracking import deadlines
from app.tracking.deadlines import Period

# Not regulators: the handler itself (the first letter) and the court (a lawsuit, not a letter here).
NOT_REGULATORS = frozenset({"handler", "court", "hk_data_user"})
# Which applicable channel to suggest, most specific first: a sale or leak is a crime to report; a
# residential compound's regulator is the housing authority; a market-regulated place has 12315 with
# its own acceptance period; otherwise 网信.
PREFERENCE = (
    "public_security",
    "housing_authority",
    "market_regulation_12315",
    "cyberspace_12377",
    "hk_pcpd",
)
POLICE = "public_security"


@dataclass(frozen=True)
class Regulator:
    id: str
    names: Mapping[str, str]
    hint: Mapping[str, str]
    period: Period  # the regulator's own period, or the not-statutory follow-up date
    suggested: bool = False

    def name(self, lang: str) -> str:
        return self.names.get(lang) or self.names.get("zh-CN") or self.names.get("en") or self.id

    def to_json(self, lang: str) -> dict[str, Any]:
        return {
            "id": self.id,
            "name": self.name(lang),
            "suggested": self.suggested,
            "period_days": self.period.days,
            "period_unit": self.period.unit.value,
            "statutory": self.period.statutory,
        }


def _period(channel: Any) -> Period:
    acceptance = getattr(channel, "acceptance_period", None)
    if acceptance is not None and channel.id == "market_regulation_12315":
        return deadlines.MARKET_REGULATOR_ACCEPTANCE
    return deadlines.COMPLAINT_FOLLOW_UP


def regulators_for(facts: dict[str, Any], library: Any | None = None) -> list[Regulator]:
    """The regulators this record's complaint may go to, the suggested one first."""
    result = check_rules(facts, library)
    channels = [c for c in result.complaint_channels if c.id not in NOT_REGULATORS]
    rank = {cid: n for n, cid in enumerate(PREFERENCE)}
    channels.sort(key=lambda c: rank.get(c.id, len(PREFERENCE)))
    return [
        Regulator(c.id, dict(c.names), dict(c.hint), _period(c), suggested=(n == 0))
        for n, c in enumerate(channels)
    ]


def suggested_regulator(facts: dict[str, Any], library: Any | None = None) -> Regulator | None:
    found = regulators_for(facts, library)
    return found[0] if found else None


def find_regulator(facts: dict[str, Any], wanted: str, library: Any | None = None) -> Regulator:
    """The regulator named by id ("housing_authority") or by its name in any language."""
    found = regulators_for(facts, library)
    for regulator in found:
        if wanted == regulator.id or wanted in regulator.names.values():
            return regulator
    known = ", ".join(r.id for r in found)
    raise InvalidInput(
        f"{wanted!r} is not a regulator for this record; choose one of: {known}", field="regulator"
    )


def period_of(regulator_id: str | None) -> Period:
    """The rung period of a complaint already sent to `regulator_id` (None: unknown → follow-up)."""
    if regulator_id == "market_regulation_12315":
        return deadlines.MARKET_REGULATOR_ACCEPTANCE
    return deadlines.COMPLAINT_FOLLOW_UP
