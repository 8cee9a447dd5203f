"""Issue 16: one app name everywhere — 人脸账本 (Simplified), 人臉帳本 (Hong Kong Traditional), FaceLedger."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SIMPLIFIED, TRADITIONAL = "人脸账本", "人臉帳本"
# Every mix of 脸/臉 and 账/帳/賬/帐 that is not one of the two names above.
_ANY_NAME = re.compile(r"人[脸臉][账帳賬帐]本")
_TEXT_SUFFIXES = {
    ".py", ".md", ".txt", ".ts", ".json", ".xml", ".desktop", ".plist", ".sh", ".toml", ".iss", ".spec"
}


def _files() -> list[Path]:
    folders = ["app", "ui", "resources", "packaging", "docs", "tools"]
    found = [ROOT / "README.md", ROOT / "pyproject.toml"]
    for folder in folders:
        found += [p for p in (ROOT / folder).rglob("*") if p.is_file() and p.suffix in _TEXT_SUFFIXES]
    return found


def test_no_file_spells_the_app_name_another_way() -> None:
    wrong = []
    for path in _files():
        text = path.read_text(encoding="utf-8", errors="ignore")
        for match in _ANY_NAME.finditer(text):
            if match.group(0) not in (SIMPLIFIED, TRADITIONAL):
                wrong.append(f"{path.relative_to(ROOT)}: {match.group(0)}")
    assert wrong == []


def test_desktop_entry_and_appstream_use_the_names() -> None:
    desktop = (ROOT / "packaging" / "linux" / "org.faceledger.FaceLedger.desktop").read_text(encoding="utf-8")
    assert f"Name[zh_CN]={SIMPLIFIED}" in desktop
    assert f"Name[zh_HK]={TRADITIONAL}" in desktop
    metainfo = ET.parse(ROOT / "packaging" / "linux" / "org.faceledger.FaceLedger.metainfo.xml").getroot()
    names = {n.get("{http://www.w3.org/XML/1998/namespace}lang"): n.text for n in metainfo.findall("name")}
    assert names.get("zh-HK") == TRADITIONAL
    assert names.get("zh-CN") == SIMPLIFIED


def test_the_window_title_translations_use_the_names() -> None:
    for lang, name in (("zh_CN", SIMPLIFIED), ("zh_HK", TRADITIONAL)):
        root = ET.parse(ROOT / "resources" / "i18n" / f"faceledger_{lang}.ts").getroot()
        titles = [
            "".join(m.find("translation").itertext())  # type: ignore[union-attr]
            for ctx in root.findall("context")
            if ctx.findtext("name") == "MainWindow"
            for m in ctx.findall("message")
            if m.findtext("source") == "FaceLedger"
        ]
        assert titles == [name], lang
