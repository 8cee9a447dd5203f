"""Issue 16 core parts: typed dates (never rewritten), the answers a record needs, editor drafts."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from app import records
from app.drafts import delete_draft, list_drafts, save_draft
from app.errors import InvalidInput, MissingAnswers, TypedDateRefused
from app.facts import require_letter_answers
from app.typed_dates import DateProblem, DateRange, parse_typed_date
from app.vault import Vault


@pytest.mark.parametrize(
    "typed",
    ["2026-12-01", "20261201", "2026/12/1", "2026/12/01", "2026.12.1", "2026年12月1日", " 2026-12-1 ",
     "２０２６－１２－０１", "2026 12 1"],
)
def test_the_ways_people_type_a_date(typed: str) -> None:
    assert parse_typed_date(typed) == date(2026, 12, 1)


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("", DateProblem.EMPTY),
        ("   ", DateProblem.EMPTY),
        ("2026-02-30", DateProblem.NO_SUCH_DAY),
        ("20261301", DateProblem.NO_SUCH_DAY),
        ("2026-13-01", DateProblem.NO_SUCH_DAY),
        ("12/01/2026", DateProblem.NOT_A_DATE),  # ambiguous day/month order: refused, not guessed
        ("2026121", DateProblem.NOT_A_DATE),  # 7 digits: 2026-12-1? 2026-1-21? refused
        ("2026-12", DateProblem.NOT_A_DATE),
        ("tomorrow", DateProblem.NOT_A_DATE),
    ],
)
def test_a_date_that_cannot_be_read_is_refused_not_guessed(typed: str, problem: DateProblem) -> None:
    with pytest.raises(TypedDateRefused) as caught:
        parse_typed_date(typed)
    assert caught.value.problem == problem.value


def test_range_refusals_name_the_reason() -> None:
    allowed = DateRange(earliest=date(2025, 3, 10), latest=date(2026, 12, 2))
    assert parse_typed_date("20250310", allowed) == date(2025, 3, 10)
    assert parse_typed_date("2026/12/2", allowed) == date(2026, 12, 2)
    with pytest.raises(TypedDateRefused) as future:
        parse_typed_date("20271231", allowed)  # QDateEdit made this 2021-02-03
    assert future.value.problem == DateProblem.AFTER_LATEST.value
    with pytest.raises(TypedDateRefused) as early:
        parse_typed_date("2025-03-09", allowed)
    assert early.value.problem == DateProblem.BEFORE_EARLIEST.value


def test_a_record_needs_date_place_type_and_place_or_handler() -> None:
    base = {"jurisdiction": "CN", "date": "2025-03-01", "place_type": "hotel"}
    for facts, field in (
        ({"jurisdiction": "CN"}, "date"),
        ({"jurisdiction": "CN", "date": "2025-03-01"}, "place_type"),
        (base, "place_name"),
        (dict(base, place_name="  "), "place_name"),
    ):
        with pytest.raises(MissingAnswers) as caught:
            require_letter_answers(facts)
        assert caught.value.field == field
    for enough in (
        dict(base, place_name="西湖大酒店"),
        dict(base, address="杭州市西湖区"),
        dict(base, handler={"name": "某某酒店管理有限公司"}),
    ):
        require_letter_answers(enough)


def test_drafts_round_trip_replace_and_delete(tmp_path: Path) -> None:
    with Vault.create(tmp_path / "v.vault", "a passphrase for the test") as vault:
        record_id = records.add_record(
            vault, {"jurisdiction": "CN", "date": "2025-03-01", "place_type": "hotel", "place_name": "某酒店"}
        )
        first = save_draft(vault, {"record_id": None, "form": {"date": "2025/3/1", "city": "杭州"}})
        second = save_draft(vault, {"record_id": record_id, "form": {"city": "天津"}})
        replaced = save_draft(vault, {"record_id": record_id, "form": {"city": "北京"}}, replace_id=second)
        drafts = list_drafts(vault)
        assert [(d.id, d.record_id) for d in drafts] == [(first, None), (replaced, record_id)]
        assert drafts[0].state["form"]["date"] == "2025/3/1"  # kept as typed
        assert drafts[1].state["form"]["city"] == "北京"
        delete_draft(vault, first)
        delete_draft(vault, first)  # already gone: not an error
        assert [d.id for d in list_drafts(vault)] == [replaced]
        records.delete_record(vault, record_id)
        assert list_drafts(vault) == []  # a deleted record takes its draft with it
        with pytest.raises(InvalidInput):
            save_draft(vault, {"record_id": "1"})


def test_attachment_refusals_carry_reason_and_name(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from app.errors import AttachmentRefused
    from app.evidence import read_evidence_file

    empty = tmp_path / "空.jpg"
    empty.write_bytes(b"")
    folder = tmp_path / "文件夹"
    folder.mkdir()
    locked = tmp_path / "locked.png"
    locked.write_bytes(b"\x89PNG")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    cases = [(empty, "empty"), (folder, "folder"), (tmp_path / "gone.png", "not_found")]
    for path, reason in cases:
        with pytest.raises(AttachmentRefused) as caught:
            read_evidence_file(path)
        assert (caught.value.reason, caught.value.name) == (reason, path.name)
        assert isinstance(caught.value, InvalidInput)
    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(AttachmentRefused) as caught:
        read_evidence_file(locked)
    assert (caught.value.reason, caught.value.name) == ("unreadable", "locked.png")
