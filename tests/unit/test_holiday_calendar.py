"""Due dates past the chinese-calendar package: estimated by rule and marked, or exact from a signed pack.

The pack here is real: built and Ed25519-signed with a fresh key, the key trusted the way a user trusts
a group's key, verified and installed by app.update.service into the test's private state folder.
The 2027 schedule in it is a FIXTURE shaped like the State Council's notices, not the official one.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import chinese_calendar
import pytest

from app.errors import CalendarNotCovered, UpdateVerificationError
from app.tracking import deadlines
from app.tracking.deadlines import MAINLAND_DEFAULT, due_date, mainland_requested
from app.update import holidays, service
from app.update.keys import trusted_keys
from app.update.pack import CALENDAR_PATH, verify_pack
from tests.unit.test_update_helpers import built_in_version, make_pack, new_key, pack_files, trust_key

D = dt.date

FIXTURE_2027: dict[str, Any] = {
    "year": 2027,
    "source": "test fixture shaped like the State Council notice (not the official 2027 schedule)",
    "rest_days": [
        {"name": "元旦", "from": "2027-01-01", "to": "2027-01-03"},
        {"name": "春节", "from": "2027-02-05", "to": "2027-02-12"},
        {"name": "清明节", "from": "2027-04-03", "to": "2027-04-05"},
        {"name": "劳动节", "from": "2027-05-01", "to": "2027-05-05"},
        {"name": "端午节", "from": "2027-06-09", "to": "2027-06-09"},
        {"name": "中秋节", "from": "2027-09-15", "to": "2027-09-15"},
        {"name": "国庆节", "from": "2027-10-01", "to": "2027-10-07"},
    ],
    "workdays": ["2027-01-31", "2027-02-20", "2027-04-25", "2027-05-08", "2027-09-26", "2027-10-09"],
}


def holidays_bytes(*years: dict[str, Any]) -> bytes:
    return json.dumps({"format": 1, "years": list(years)}, ensure_ascii=False).encode("utf-8")


def fixture_is_workday(day: dt.date) -> bool:
    """Independent oracle for the fixture year: make-up workdays, else Mon–Fri outside rest periods."""
    if day.isoformat() in FIXTURE_2027["workdays"]:
        return True
    for period in FIXTURE_2027["rest_days"]:
        if D.fromisoformat(period["from"]) <= day <= D.fromisoformat(period["to"]):
            return False
    return day.weekday() <= 4


def walk(start: dt.date, n: int, is_workday: Any) -> dt.date:
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if is_workday(day):
            counted += 1
    return day


@pytest.fixture(autouse=True)
def fresh_calendar() -> Iterator[None]:
    deadlines.reset_calendar_cache()
    yield
    deadlines.reset_calendar_cache()


def install_calendar_pack(calendar: bytes) -> None:
    key = new_key()
    trust_key(key)
    version = built_in_version() + ".1"
    files = {**pack_files(version, handlers=False), CALENDAR_PATH: calendar}
    pack = verify_pack(make_pack(key, version, files=files), trusted_keys())
    service.install_update(pack)


# --- the rule the estimate counts by -----------------------------------------------------------------


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_rule_holidays_are_official_rest_days_in_every_year_the_package_knows(year: int) -> None:
    """Checked against the official data: every weekday holiday by rule (补假 included) is a rest day."""
    by_rule = deadlines.statutory_holidays_by_rule(year)
    assert len(by_rule) >= 13  # 13 statutory days, plus made-up days for those on weekends
    for day in by_rule:
        if day.weekday() <= 4:
            assert not chinese_calendar.is_workday(day), day


def test_the_2027_rule_holidays_follow_the_lunar_calendar_and_make_up_weekends() -> None:
    by_rule = deadlines.statutory_holidays_by_rule(2027)
    # 除夕 2027-02-05 (Fri), 初一–初三 6–8 Feb; Sat 6 and Sun 7 are made up on Tue 9 and Wed 10.
    for day in (D(2027, 2, 5), D(2027, 2, 8), D(2027, 2, 9), D(2027, 2, 10)):
        assert day in by_rule
    assert D(2027, 2, 11) not in by_rule
    assert D(2027, 4, 5) in by_rule  # 清明 (solar term)
    assert D(2027, 6, 9) in by_rule and D(2027, 9, 15) in by_rule  # 端午, 中秋
    assert {D(2027, 10, 4), D(2027, 10, 5)} <= by_rule  # Oct 2 (Sat) and 3 (Sun) made up


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_estimate_is_within_the_bounds_its_basis_states(
    year: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Measured on years with official data: pretend `year` were not published and compare. The basis
    text promises "at most 3 days early or 7 days late"; this is where that sentence comes from."""
    official = {day: walk(day, 15, chinese_calendar.is_workday) for day in _days(D(year, 1, 1), 335)}
    monkeypatch.setattr(deadlines, "calendar_years", lambda: (2004, year - 1))
    differences = []
    for day, exact in official.items():
        estimate = due_date(day, MAINLAND_DEFAULT)
        assert estimate.estimated and estimate.date is not None
        assert "最多早3日、晚7日" in estimate.basis_zh
        differences.append((estimate.date - exact).days)
    # Swapped weekdays around the long breaks are all the rule cannot know.
    assert -3 <= min(differences) < 0 < max(differences) <= 7


def _days(start: dt.date, count: int) -> list[dt.date]:
    return [start + dt.timedelta(days=n) for n in range(count)]


# --- without a pack: estimated and marked -------------------------------------------------------------


def test_without_a_pack_the_2027_due_date_is_an_estimate_and_says_why() -> None:
    assert deadlines.calendar_years()[1] == 2026, "the test assumes chinese-calendar knows up to 2026"
    due = due_date(D(2027, 1, 20), MAINLAND_DEFAULT)
    assert due.estimated and due.known
    assert due.date == walk(D(2027, 1, 20), 15, deadlines.estimated_is_workday)
    assert due.display() == f"{due.date.isoformat()} (estimated)"
    assert "估算：2027年的国务院节假日及调休安排在本机尚未安装" in due.basis_zh
    assert "未计入每年另行公布的调休安排" in due.basis_zh
    assert "Estimated: the official 2027 holiday" in due.basis_en
    assert due.to_json()["estimated"] is True
    with pytest.raises(CalendarNotCovered):
        deadlines.period_end(D(2027, 1, 20), MAINLAND_DEFAULT)  # the strict API never estimates


def test_a_period_wholly_in_an_official_year_is_not_estimated() -> None:
    due = due_date(D(2026, 11, 2), mainland_requested(10))
    assert not due.estimated and "估算" not in due.basis_zh
    assert due.date == walk(D(2026, 11, 2), 10, chinese_calendar.is_workday)


# --- with a signed pack: exact --------------------------------------------------------------------------


def test_a_signed_pack_with_the_2027_schedule_makes_the_due_date_exact() -> None:
    sent = D(2027, 1, 20)
    estimate = due_date(sent, MAINLAND_DEFAULT)
    install_calendar_pack(holidays_bytes(FIXTURE_2027))
    exact = due_date(sent, MAINLAND_DEFAULT)
    assert not exact.estimated and "估算" not in exact.basis_zh
    assert exact.date == walk(sent, 15, fixture_is_workday) == D(2027, 2, 17)
    # The make-up Sunday (31 Jan) and the swapped rest days (11–12 Feb) move the date: the estimate
    # had no way to know them, which is why it was marked.
    assert estimate.date != exact.date
    assert deadlines.official_source(2027) == "pack" and deadlines.last_official_year() == 2027
    # A period crossing from the package's 2026 into the pack's 2027 is exact too.
    crossing = due_date(D(2026, 12, 21), MAINLAND_DEFAULT)
    assert not crossing.estimated
    assert crossing.date == walk(
        D(2026, 12, 21),
        15,
        lambda d: chinese_calendar.is_workday(d) if d.year == 2026 else fixture_is_workday(d),
    )
    # 2028 is still unknown: estimated again, and the reason names 2028.
    later = due_date(D(2027, 12, 20), MAINLAND_DEFAULT)
    assert later.estimated and "2028年" in later.basis_zh


def test_a_pack_with_a_wrong_schedule_is_refused_and_nothing_is_installed() -> None:
    bad = dict(FIXTURE_2027, workdays=["2027-02-10"])  # a Wednesday cannot be a make-up workday
    with pytest.raises(UpdateVerificationError, match="not a Saturday or Sunday"):
        install_calendar_pack(holidays_bytes(bad))
    deadlines.reset_calendar_cache()
    assert due_date(D(2027, 1, 20), MAINLAND_DEFAULT).estimated


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"year": 1999}, "2000 to 2200"),
        ({"rest_days": [{"name": "春节", "from": "2027-02-12", "to": "2027-02-05"}]}, "forwards"),
        ({"rest_days": [{"name": "x", "from": "2027-02-05", "to": "2027-03-05"}]}, "at most 15"),
        ({"rest_days": [{"name": "元旦", "from": "2028-03-01", "to": "2028-03-01"}]}, "not in 2027"),
        ({"workdays": ["2027-01-02"]}, "both a rest day and a make-up workday"),
        ({"extra": 1}, "exactly year, source"),
        ({"source": ""}, "source"),
    ],
)
def test_holiday_payload_is_parsed_strictly(change: dict[str, Any], message: str) -> None:
    with pytest.raises(UpdateVerificationError, match=message):
        holidays.parse_holidays(holidays_bytes({**FIXTURE_2027, **change}))


def test_holiday_payload_round_trips_and_rejects_duplicates() -> None:
    parsed = holidays.parse_holidays(holidays_bytes(FIXTURE_2027))
    assert holidays.schedule_to_json(parsed.years[2027]) == {
        **FIXTURE_2027,
        "workdays": sorted(FIXTURE_2027["workdays"]),
    }
    with pytest.raises(UpdateVerificationError, match="listed twice"):
        holidays.parse_holidays(holidays_bytes(FIXTURE_2027, FIXTURE_2027))
    with pytest.raises(UpdateVerificationError, match="format"):
        holidays.parse_holidays(b'{"format": 2, "years": []}')


# --- the maintainer's command -----------------------------------------------------------------------------


def test_pack_build_carries_a_checked_holiday_schedule(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from app.cli import main
    from app.update.keys import TrustedKey, load_signing_key, public_key_of

    rules = tmp_path / "rules"
    rules.mkdir()
    version = built_in_version() + ".7"
    (rules / "library.json").write_bytes(pack_files(version, handlers=False)["rules/library.json"])
    key = tmp_path / "group.key"
    assert main(["pack", "keygen", "--out", str(key)]) == 0
    good, bad = tmp_path / "holidays.json", tmp_path / "bad.json"
    good.write_bytes(holidays_bytes(FIXTURE_2027))
    bad.write_bytes(holidays_bytes(dict(FIXTURE_2027, workdays=["2027-02-10"])))
    capsys.readouterr()
    out = tmp_path / "pack.flpack"
    base = [
        "pack",
        "build",
        "--key",
        str(key),
        "--version",
        version,
        "--rules",
        str(rules),
        "--out",
        str(out),
    ]
    assert main([*base, "--holidays", str(bad)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "not a Saturday or Sunday" in err and not out.exists()
    assert main([*base, "--holidays", str(good)]) == 0
    signer = TrustedKey(public_key=public_key_of(load_signing_key(key, None)), name="g", origin="group")
    pack = verify_pack(out.read_bytes(), [signer])
    assert pack.manifest.components() == ["rules", "calendar"]
    assert holidays.parse_holidays(pack.files[CALENDAR_PATH]).covers(2027)


def test_the_vaults_cached_due_dates_become_exact_after_the_pack(tmp_path: Path) -> None:
    """Requests and Due read the vault's due_date column: refresh_due_cache brings it up to date."""
    from app.kdf import KdfParams
    from app.records import add_record
    from app.tracking.model import Channel
    from app.tracking.requests import create_request, get_request, mark_sent, refresh_due_cache
    from app.vault import Vault
    from tests.unit.test_tracking_requests import PASS, scenario_facts, snapshot

    with Vault.create(tmp_path / "cache.faceledger", PASS, KdfParams()) as vault:
        rid = create_request(vault, add_record(vault, scenario_facts()), snapshot())
        mark_sent(vault, rid, D(2027, 1, 20), Channel.EMAIL, today=D(2027, 1, 21))

        def cached() -> str:
            return str(vault.conn.execute("SELECT due_date FROM requests WHERE id = ?", (rid,)).fetchone()[0])

        estimate = get_request(vault, rid).due()
        assert estimate is not None and estimate.estimated and cached() == estimate.date.isoformat()
        install_calendar_pack(holidays_bytes(FIXTURE_2027))
        assert refresh_due_cache(vault) == 1
        assert cached() == "2027-02-17" and refresh_due_cache(vault) == 0
