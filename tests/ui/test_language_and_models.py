"""Switching language (three languages, Qt's own strings too), the facts labels, model checks."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtTest import QAbstractItemModelTester

from app.paths import resources_path
from tests.ui.helpers import bulk_insert_records, unlock
from ui import facts_labels
from ui.i18n import resolve_language

QM = resources_path("i18n")
SHELL_CONTEXTS = {
    "Clipboard",
    "Dialogs",
    "Errors",
    "EvidencePanel",
    "EvidenceViewer",
    "Facts",
    "GroundsPanel",
    "MainWindow",
    "MessageBanner",
    "ProfileDialog",
    "RecordEditor",
    "RecordForm",
    "RecordTableModel",
    "RecordsPage",
    "RulesPage",
    "SettingsPage",
    "StartScreen",
}


def records_page_count_text(window: Any) -> str:
    page = window.workspace.pages["records"]
    return str(page.count_label.text())


def _nav_titles(window: Any) -> list[str]:
    nav = window.workspace.nav
    return [nav.item(i).text() for i in range(nav.count())]


@pytest.mark.skipif(not (QM / "faceledger_zh_CN.qm").exists(), reason="run `make translations` first")
def test_switch_language(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    assert _nav_titles(window) == ["Records", "Map", "Requests", "Due", "Rules", "Statistics", "Settings"]
    window.navigate("settings")
    settings_page = window.workspace.pages["settings"]
    combo = settings_page.language
    combo.setCurrentIndex(combo.findData("zh_CN"))
    qtbot.waitUntil(lambda: _nav_titles(window)[0] == "记录", timeout=5_000)
    assert _nav_titles(window) == ["记录", "地图", "请求", "待办", "法规", "统计", "设置"]
    assert window.workspace.current_key() == "settings"
    assert window.settings.language == "zh_CN"
    # Qt's own strings follow (qtbase_zh_CN): the standard "Cancel" button text.
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    records = window.workspace.pages["records"]
    assert records.search.placeholderText().startswith("搜索")

    combo = window.workspace.pages["settings"].language
    combo.setCurrentIndex(combo.findData("zh_HK"))
    qtbot.waitUntil(lambda: _nav_titles(window)[0] == "記錄", timeout=5_000)
    assert _nav_titles(window)[6] == "設定"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"  # from qtbase_zh_TW

    combo = window.workspace.pages["settings"].language
    combo.setCurrentIndex(combo.findData("en"))
    qtbot.waitUntil(lambda: _nav_titles(window)[0] == "Records", timeout=5_000)
    from ui.i18n import translate

    assert translate("RecordsPage", "%n record(s)", None, 1) == "1 record"
    assert translate("RecordsPage", "%n record(s)", None, 3) == "3 records"
    qtbot.waitUntil(lambda: records_page_count_text(window) == "0 records", timeout=5_000)


@pytest.mark.skipif(not (QM / "faceledger_zh_CN.qm").exists(), reason="run `make translations` first")
def test_every_string_is_translated() -> None:
    """No string of the shell, records, rules and settings is unfinished or empty in any .ts file.

    (Contexts of the pages other engineers own are checked by their own tests.)"""
    import xml.etree.ElementTree as ET

    for lang in ("zh_CN", "en", "zh_HK"):
        root = ET.parse(QM / f"faceledger_{lang}.ts").getroot()
        missing = []
        messages = [
            m for c in root.iter("context") if c.findtext("name") in SHELL_CONTEXTS for m in c.iter("message")
        ]
        assert len(messages) > 300
        for message in messages:
            translation = message.find("translation")
            assert translation is not None
            forms = [f.text for f in translation.findall("numerusform")] or [translation.text]
            if translation.get("type") in ("unfinished", "vanished", "obsolete") or not all(forms):
                missing.append(message.findtext("source"))
        assert missing == [], (lang, missing[:5])


def test_language_follows_the_system() -> None:
    china = QLocale(QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China)
    hk = QLocale(QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.HongKong)
    taiwan = QLocale(QLocale.Language.Chinese, QLocale.Country.Taiwan)
    assert resolve_language("system", china) == "zh_CN"
    assert resolve_language("system", hk) == "zh_HK"
    assert resolve_language("system", taiwan) == "zh_HK"
    assert resolve_language("system", QLocale(QLocale.Language.German)) == "en"
    assert resolve_language("en", china) == "en"


def test_every_fact_of_the_schema_is_asked_and_labelled(qapp: Any) -> None:
    schema = json.loads(resources_path("schema", "facts.schema.json").read_text(encoding="utf-8"))
    props = schema["properties"]
    paths = [k for k in props if k != "handler"] + [f"handler.{k}" for k in props["handler"]["properties"]]
    questions = facts_labels.questions()
    assert sorted(set(paths) - set(questions)) == []
    for path, labels in facts_labels.ENUM_FIELDS.items():
        node = props["handler"]["properties"]["kind"] if path == "handler.kind" else props[path]
        assert sorted(labels()) == sorted(node["enum"]), path
    booleans = sorted(k for k, v in props.items() if v.get("type") == "boolean")
    assert sorted(facts_labels.BOOLEAN_FIELDS) == booleans
    from ui.record_editor import RecordForm

    form = RecordForm()
    assert sorted(set(paths) - set(form.fields)) == []
    form.deleteLater()


def test_form_round_trip_of_every_fact(qapp: Any) -> None:
    from ui.record_editor import RecordForm

    facts = {
        "jurisdiction": "HK",
        "city": "香港",
        "date": "2024-05-01",
        "last_seen": "2025-01-02",
        "place_type": "gym_or_sports_venue",
        "place_name": "健身室",
        "address": "九龍某街1號",
        "handler": {
            "name": "某某有限公司",
            "kind": "business",
            "uscc": "",
            "address": "香港",
            "email": "a@b.hk",
            "phone": "1234",
            "pi_officer": "陳先生",
        },
        "method": "kiosk",
        "purpose": "security",
        "recognition": "identify_1toN",
        "notice": "unclear",
        "consent": "bundled",
        "alternative": "refused",
        "service_refused_without_face": True,
        "private_space": False,
        "subject_under_14": False,
        "transmitted_off_device": "unknown",
        "shared_or_sold": True,
        "leaked": False,
        "contract_terms": "changed_unilaterally",
        "relationship_ended": True,
        "consent_given_before": True,
        "used_as_credit_information": False,
        "notes": "信里要写的话",
    }
    form = RecordForm()
    form.set_facts(facts, "private")
    out = form.facts()
    expected = json.loads(json.dumps(facts))
    del expected["handler"]["uscc"]  # an empty text answer is "not answered"
    assert out == expected
    assert form.notes() == "private"
    form.deleteLater()


def test_record_model_passes_the_model_tester(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    bulk_insert_records(real_vault, 250)
    window = make_window(real_vault)
    unlock(qtbot, window)
    model = window.workspace.pages["records"].model
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    qtbot.waitUntil(lambda: model.rowCount() == 250, timeout=5_000)
    from ui.models.record_table_model import BLOCK_SIZE

    for row in range(0, 250, BLOCK_SIZE):
        model.data(model.index(row, 1))
    qtbot.waitUntil(lambda: model.cached_row_count() == 250, timeout=5_000)
    model.set_query(model.query.__class__(search="西湖大酒店"))
    qtbot.waitUntil(lambda: model.rowCount() == len(range(2, 250, 8)), timeout=5_000)
    model.clear()
    assert model.rowCount() == 0
    del tester


def test_other_models_pass_the_model_tester(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    """The rules tree, evidence and profile lists are Qt's own item models; check them too."""
    window = make_window(real_vault)
    unlock(qtbot, window)
    rules = window.workspace.pages["rules"]
    testers = [
        QAbstractItemModelTester(rules.tree.model(), QAbstractItemModelTester.FailureReportingMode.Fatal)
    ]
    rules.search.setText("单独同意")
    assert 0 < rules.visible_article_count() < 20
    rules.search.setText("")
    settings = window.workspace.pages["settings"]
    testers.append(
        QAbstractItemModelTester(
            settings.profiles.model(), QAbstractItemModelTester.FailureReportingMode.Fatal
        )
    )
    del testers
