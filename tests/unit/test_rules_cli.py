"""`faceledger rules list|check` through the real CLI entry point."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from app.cli import main

REPO = Path(__file__).resolve().parents[2]
SCENARIO = REPO / "tests" / "fixtures" / "scenarios" / "hangzhou-residential-forced.json"


def facts_file(tmp_path: Path, facts: Any, name: str = "facts.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(facts, ensure_ascii=False), encoding="utf-8")
    return path


def scenario_facts() -> dict[str, Any]:
    facts: dict[str, Any] = json.loads(SCENARIO.read_text(encoding="utf-8"))["facts"]
    return facts


def test_rules_list_json(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    ids = [i["id"] for i in data["instruments"]]
    assert ids[0] == "PIPL" and "HK_PDPO" in ids and len(ids) == 11
    pipl = data["instruments"][0]
    assert pipl["effective"] == "2021-11-01" and pipl["articles"] >= 20 and pipl["status"] == "V"
    assert data["library_version"]


def test_rules_list_human(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "list"]) == 0
    out = capsys.readouterr().out
    assert "中华人民共和国个人信息保护法" in out and "2021-11-01" in out and "规则库版本" in out
    assert "杭州" in out


def test_rules_check_json_has_the_spec_shape(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", str(facts_file(tmp_path, scenario_facts())), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["jurisdiction"] == "CN"
    for ground in data["grounds"]:
        assert {"id", "title", "citations"} <= set(ground)
        for citation in ground["citations"]:
            assert set(citation) <= {"instrument", "article", "paragraph", "item"}
    assert {"instrument": "HANGZHOU_PROPERTY", "article": "50", "paragraph": 2} in data["citations"]
    assert data["request_types"][:3] == ["withdraw_consent", "deletion", "alternative_method"]
    assert data["reply_period"] == {**data["reply_period"], "days": 10, "unit": "days", "statutory": True}
    assert set(data["reply_period"]) >= {"days", "unit", "basis", "statutory"}


def test_rules_check_human_is_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", str(facts_file(tmp_path, scenario_facts()))]) == 0
    out = capsys.readouterr().out
    assert "成立的理由" in out
    assert "《杭州市物业管理条例》第五十条第二款" in out
    assert "提供其他验证方式（alternative_method）" in out
    assert "答复期限：10 日（法定期限）" in out
    assert "第五十条第三款" in out
    assert "依据您记录的" in out


def test_rules_check_mainland_default_period_is_not_called_statutory(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "shopping_mall", "city": "上海"}
    assert main(["rules", "check", str(facts_file(tmp_path, facts))]) == 0
    out = capsys.readouterr().out
    assert "15 个工作日" in out and "参照监管实践" in out and "并非法定期限" in out
    assert "（法定期限）" not in out


@pytest.mark.parametrize(
    ("facts", "field"),
    [
        ({"jurisdiction": "CN", "date": "2025-09-01", "place_type": "hotel", "consent": "maybe"}, "consent"),
        ({"jurisdiction": "CN", "date": "2025-09-01"}, "place_type"),
        ({"jurisdiction": "XX", "date": "2025-09-01", "place_type": "hotel"}, "jurisdiction"),
        ({"jurisdiction": "CN", "date": "2025-02-30", "place_type": "hotel"}, "date"),
        (
            {"jurisdiction": "CN", "date": "2025-09-01", "place_type": "hotel", "handler": {"kind": "robot"}},
            "handler.kind",
        ),
        ({"jurisdiction": "CN", "date": "2025-09-01", "place_type": "hotel", "colour": "red"}, "colour"),
        ({"jurisdiction": "CN", "date": "2025-09-01", "place_type": "hotel", "leaked": "yes"}, "leaked"),
    ],
)
def test_rules_check_invalid_facts_exit_2_naming_the_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], facts: dict[str, Any], field: str
) -> None:
    assert main(["rules", "check", str(facts_file(tmp_path, facts)), "--json"]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.strip().splitlines()
    assert len(lines) == 1 and field in lines[0]


def test_rules_check_missing_or_broken_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "check", str(tmp_path / "nope.json")]) == 2
    assert "not found" in capsys.readouterr().err
    broken = tmp_path / "broken.json"
    broken.write_text("{not json", encoding="utf-8")
    assert main(["rules", "check", str(broken)]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main(["rules", "check", str(facts_file(tmp_path, [1, 2]))]) == 2


def test_rules_without_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == 2


def test_rules_show_quotes_verbatim(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "PIPL", "47", "--paragraph", "1", "--item", "3", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["zh-CN"] == "《中华人民共和国个人信息保护法》第四十七条第一款第（三）项"
    assert data["text"] == "（三）个人撤回同意；"
    assert main(["rules", "show", "CRIMINAL_LAW", "253-1"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("《中华人民共和国刑法》第二百五十三条之一\n")
    assert "违反国家有关规定，向他人出售或者提供公民个人信息" in out


def test_rules_show_without_official_text(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", "HK_PDPO", "s26", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (
        data["text"] is None
        and data["en"] == "section 26 of the Personal Data (Privacy) Ordinance (Cap. 486)"
    )


@pytest.mark.parametrize("argv", [["PIPL", "99"], ["NOPE", "1"], ["PIPL", "47", "--paragraph", "3"]])
def test_rules_show_unknown_article_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules", "show", *argv]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1


def test_rules_check_human_in_hong_kong_chinese_and_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    facts = {"jurisdiction": "HK", "date": "2025-05-02", "place_type": "residential_compound"}
    path = facts_file(tmp_path, facts)
    assert main(["rules", "check", str(path), "--lang", "zh-HK"]) == 0
    out = capsys.readouterr().out
    assert "答覆期限：40 日（法定期限）" in out and "《個人資料（私隱）條例》（第486章）第26條" in out
    assert "中华人民共和国" not in out
    assert main(["rules", "check", str(path), "--lang", "en"]) == 0
    out = capsys.readouterr().out
    assert "Reply period: 40 days (statutory)" in out
    assert "section 26 of the Personal Data (Privacy) Ordinance (Cap. 486)" in out
