"""Chinese full-text search: 1-, 2-, 3-, 4- and 6-character queries, mixed Latin, sync on changes."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from app.records import (
    add_record,
    count_records,
    delete_record,
    list_records,
    rebuild_search_index,
    update_record,
)
from app.search import fts_query, tokens
from app.vault import Vault

from .vaultutil import facts as sample_facts
from .vaultutil import new_vault


def facts(**fields: Any) -> dict[str, Any]:
    """Plain facts: only what the test gives is searchable (plus the city)."""
    base = {"jurisdiction": "CN", "date": "2025-03-01", "place_type": "other", "city": "杭州"}
    return {**base, **fields}


@pytest.fixture
def vault(tmp_path: Path) -> Vault:
    v = new_vault(tmp_path / "v.flv")
    yield v  # type: ignore[misc]
    v.close()


def test_tokens() -> None:
    assert tokens("物业公司") == ["物业", "业公", "公司", "司"]
    assert tokens("Vanke万科物业 No.３") == ["vanke", "万科", "科物", "物业", "业", "no", "3"]
    assert tokens("阿") == ["阿"]
    assert fts_query("物业") == '("物业")'
    assert fts_query("物业公司") == '("物业" + "业公" + "公司")'
    assert fts_query("物") == '("物"*)'
    assert fts_query("van 物业") == '("van"*) AND ("物业")'
    assert fts_query("  ，。!! ") is None
    assert fts_query('"*') is None


def _ids(vault: Vault, query: str) -> set[int]:
    return {r.id for r in list_records(vault, search=query)}


def test_queries_of_every_length(vault: Vault) -> None:
    a = add_record(vault, facts(place_name="阳光花园小区", handler={"name": "杭州阳光物业管理有限公司"}))
    b = add_record(
        vault,
        facts(
            place_name="如家酒店西湖店",
            address="杭州市上城区解放路88号",
            handler={"name": "如家酒店管理（中国）有限公司"},
        ),
        notes="前台强制刷脸入住",
    )
    c = add_record(
        vault,
        facts(place_name="万达广场", handler={"name": "Wanda Commercial 万达商管"}),
        notes="商场摄像头 face capture at entrance",
    )
    # Two characters (trigram tokenizers cannot do this).
    assert _ids(vault, "物业") == {a}
    assert _ids(vault, "酒店") == {b}
    assert _ids(vault, "刷脸") == {b}
    # Three, four and six characters.
    assert _ids(vault, "解放路") == {b}
    assert _ids(vault, "物业管理") == {a}
    assert _ids(vault, "阳光花园小区") == {a}
    assert _ids(vault, "如家酒店管理") == {b}
    # Characters that are all present but not adjacent do not match a phrase.
    assert _ids(vault, "物管") == set()
    assert _ids(vault, "小区花园") == set()
    # One character: prefix of a bigram or the last character of a run.
    assert _ids(vault, "区") == {a, b}
    # Latin: case-insensitive prefixes, mixed with Chinese (all terms must match).
    assert _ids(vault, "WANDA") == {c}
    assert _ids(vault, "cap") == {c}
    assert _ids(vault, "wanda 广场") == {c}
    assert _ids(vault, "wanda 酒店") == set()
    assert _ids(vault, "88") == {b}
    # The city and notes are indexed; facts.notes and the handler's details too.
    assert _ids(vault, "杭州") == {a, b, c}
    d = add_record(vault, sample_facts())
    assert _ids(vault, "门禁卡") == {d}  # facts.notes
    assert _ids(vault, "王经理") == {d}  # handler.pi_officer
    assert _ids(vault, "0571") == {d}  # handler.phone
    assert _ids(vault, "91350100M000100Y43") == {d}  # handler.uscc
    assert count_records(vault, search="酒店") == 1
    # Full-width input finds half-width text.
    assert _ids(vault, "ＷＡＮＤＡ") == {c}


def test_index_follows_updates_and_deletes(vault: Vault) -> None:
    rid = add_record(vault, facts(place_name="健身房"))
    assert _ids(vault, "健身") == {rid}
    update_record(vault, rid, notes="后来搬走了")
    assert _ids(vault, "搬走") == {rid} and _ids(vault, "健身") == {rid}
    update_record(vault, rid, facts(place_name="游泳馆"))
    assert _ids(vault, "健身") == set() and _ids(vault, "游泳") == {rid}
    delete_record(vault, rid)
    assert _ids(vault, "游泳") == set() and _ids(vault, "搬走") == set()
    assert vault.conn.execute("SELECT count(*) FROM records_fts").fetchone()[0] == 0


def test_search_combines_with_filters(vault: Vault) -> None:
    a = add_record(vault, facts(city="天津", place_name="天津物业"))
    add_record(vault, facts(city="杭州", place_name="杭州物业"))
    assert {r.id for r in list_records(vault, search="物业", city="天津")} == {a}


def test_hostile_queries_are_plain_text(vault: Vault) -> None:
    add_record(vault, facts())
    for q in [
        '"',
        "NEAR(a b)",
        "a OR b",
        "*",
        "col:物业",
        "物业 AND",
        "^物",
        "-",
        "'); DROP TABLE records; --",
    ]:
        list_records(vault, search=q)  # never an FTS syntax error
    assert count_records(vault) == 1


def test_traditional_and_simplified_find_each_other(vault: Vault) -> None:
    hk = add_record(vault, facts(jurisdiction="HK", city="香港", place_name="九龍灣物業管理處"))
    cn = add_record(vault, facts(place_name="九龙湾物业管理处"))
    assert _ids(vault, "物業") == {hk, cn}
    assert _ids(vault, "物业") == {hk, cn}
    assert _ids(vault, "九龍灣") == {hk, cn}
    assert _ids(vault, "管理處") == {hk, cn}
    assert tokens("臺灣") == tokens("台湾")


def test_rebuild_search_index(vault: Vault) -> None:
    rid = add_record(vault, facts(place_name="健身房"))
    vault.conn.execute("DELETE FROM records_fts")
    assert _ids(vault, "健身") == set()
    assert rebuild_search_index(vault) == 1
    assert _ids(vault, "健身") == {rid}
