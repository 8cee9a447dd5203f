"""Records: the form (live grounds), evidence (image + PDF), search in Chinese, the table model."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from app import evidence as core_evidence
from app import records as core_records
from app.vault import Vault
from tests.ui.helpers import PASSPHRASE, answer_minimum, png_bytes, tiny_pdf, unlock, wait_idle

FACTS = {
    "jurisdiction": "CN",
    "date": "2025-03-01",
    "place_type": "residential_compound",
    "place_name": "阳光花园小区",
    "city": "杭州",
    "handler": {"name": "杭州某某物业服务有限公司", "kind": "property_manager"},
    "method": "access_gate",
    "notice": "none",
    "consent": "not_asked",
    "alternative": "none",
}


def _set_combo(form: Any, path: str, value: Any) -> None:
    combo = form.fields[path].widget
    index = combo.findData(value)
    assert index >= 0, (path, value)
    combo.setCurrentIndex(index)


def records_page(window: Any) -> Any:
    return window.workspace.pages["records"]


def test_add_a_record_through_the_form(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from ui import dialogs
    from ui.record_editor import RecordEditorDialog

    window = make_window(real_vault)
    unlock(qtbot, window)
    page = records_page(window)
    qtbot.waitUntil(lambda: page.body.currentWidget() is page.empty, timeout=5_000)
    assert "No records yet" in page.empty.text()

    page.new_button.click()
    editor = next(w for w in window.findChildren(RecordEditorDialog))
    form = editor.form
    answer_minimum(form)
    _set_combo(form, "place_type", "residential_compound")
    form.fields["place_name"].widget.setText("阳光花园小区")
    form.fields["city"].widget.setText("杭州")
    form.fields["handler.name"].widget.setText("杭州某某物业服务有限公司")
    editor.update_grounds()
    first_grounds = editor.grounds.ground_ids
    assert "sensitive_biometric" in first_grounds
    assert "no_separate_consent" not in first_grounds

    # Answering "nobody asked me" makes "no separate consent" hold, live.
    _set_combo(form, "consent", "not_asked")
    qtbot.waitUntil(lambda: "no_separate_consent" in editor.grounds.ground_ids, timeout=2_000)
    _set_combo(form, "alternative", "none")
    qtbot.waitUntil(lambda: "face_only_way" in editor.grounds.ground_ids, timeout=2_000)
    html = editor.grounds.browser.toPlainText()
    assert "No separate consent" in html
    assert "Personal Information Protection Law" in html
    _set_combo(form, "alternative", "offered")
    qtbot.waitUntil(lambda: "face_only_way" not in editor.grounds.ground_ids, timeout=2_000)

    # A wrong USCC is named inline, under its field, and nothing is saved.
    form.fields["handler.uscc"].widget.setText("91330100MA2XXXXXX1")
    editor.save()
    assert form.fields["handler.uscc"].error.isVisible()
    assert editor.banner.isVisible()
    form.fields["handler.uscc"].widget.setText("")

    # Evidence: a picture and a PDF.
    picture = tmp_path / "gate.png"
    picture.write_bytes(png_bytes(40, 30))
    pdf = tmp_path / "notice.pdf"
    pdf.write_bytes(tiny_pdf())
    monkeypatch.setattr(dialogs, "get_open_file_names", lambda *a, **k: [str(picture), str(pdf)])
    editor.evidence.add_button.click()
    qtbot.waitUntil(lambda: len(editor.evidence.items) == 2, timeout=5_000)
    image_item, pdf_item = editor.evidence.items
    assert image_item.thumb is not None and image_item.mime == "image/png"
    assert pdf_item.thumb is None and pdf_item.mime == "application/pdf"
    editor.evidence.list.setCurrentRow(0)
    assert image_item.sha256 in editor.evidence.details.text()
    editor.evidence.copy_hash_button.click()
    from PySide6.QtGui import QGuiApplication

    assert QGuiApplication.clipboard().text() == image_item.sha256
    assert window.clipboard.holds_our_text

    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    record_id = saved.args[0]
    wait_idle(qtbot, window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    window.lock()
    qtbot.waitUntil(lambda: window.worker.pending == 0 and window.guard is None, timeout=5_000)

    with Vault.open(real_vault, PASSPHRASE) as vault:
        record = core_records.get_record(vault, record_id)
        assert record.facts["consent"] == "not_asked"
        assert record.facts["handler"]["name"] == "杭州某某物业服务有限公司"
        assert "recognition" not in record.facts  # unanswered stays unknown
        items = core_evidence.list_evidence(vault, record_id)
        assert sorted(i.mime for i in items) == ["application/pdf", "image/png"]
        stored = core_evidence.get_evidence_bytes(vault, next(i.id for i in items if i.mime == "image/png"))
        assert stored == picture.read_bytes()


def _fill(path: Path, count: int) -> None:
    with Vault.open(path, PASSPHRASE) as vault:
        for n in range(count):
            facts = dict(FACTS, place_name=f"小区{n}号", date=f"2025-01-{n % 28 + 1:02d}")
            if n % 3 == 0:
                facts["place_name"] = f"幸福家园{n}"
                facts["city"] = "天津"
            core_records.add_record(vault, facts)


def test_search_in_chinese_and_filters(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    _fill(real_vault, 30)
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = records_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=5_000)
    tester = QAbstractItemModelTester(page.model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    page.search.setText("幸福")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5_000)
    assert page.count_label.text() == "10 records found"
    page.search.setText("幸福家园3")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    index = page.model.index(0, page.model.Col.PLACE)
    page.model.data(index)  # asks for the row
    qtbot.waitUntil(lambda: page.model.data(index) == "幸福家园3", timeout=5_000)
    page.search.setText("没有这个地方")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=5_000)
    assert page.body.currentWidget() is page.empty
    page.search.clear()
    page.city_filter.setText("天津")
    qtbot.waitUntil(lambda: page.model.rowCount() == 10, timeout=5_000)
    page.city_filter.clear()
    qtbot.waitUntil(lambda: page.model.rowCount() == 30, timeout=5_000)
    first = page.model.index(0, page.model.Col.DATE)
    page.model.data(first)
    qtbot.waitUntil(lambda: page.model.data(first) == "2025-01-28", timeout=5_000)
    page.sort.setCurrentIndex(1)  # oldest first
    qtbot.waitUntil(lambda: page.model.data(page.model.index(0, 0)) == "2025-01-01", timeout=5_000)
    grounds = page.model.index(0, page.model.Col.GROUNDS)
    badges = page.model.data(grounds, Qt.ItemDataRole.UserRole + 1)
    assert "No separate consent" in badges and "Face recognition is the only way" in badges
    assert "Face information is sensitive personal information" not in badges
    del tester


def test_open_request_filter_keeps_only_records_with_open_requests(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    _fill(real_vault, 3)
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = records_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 3, timeout=5_000)
    page.open_only.setChecked(True)
    qtbot.waitUntil(lambda: page.model.rowCount() == 0 and not page.model.loading, timeout=5_000)


def test_article_links_open_the_rules_browser(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    from PySide6.QtCore import QUrl

    from ui.record_editor import RecordEditorDialog
    from ui.widgets.grounds_panel import LINK_SCHEME

    window = make_window(real_vault)
    unlock(qtbot, window)
    records_page(window).open_editor(None)
    editor = window.findChildren(RecordEditorDialog)[0]
    answer_minimum(editor.form)
    _set_combo(editor.form, "consent", "not_asked")
    editor.update_grounds()
    html = editor.grounds.browser.toHtml()
    assert f"{LINK_SCHEME}:PIPL/29" in html  # the citation is a link
    editor.grounds.browser.anchorClicked.emit(QUrl(f"{LINK_SCHEME}:PIPL/29"))
    assert window.workspace.current_key() == "rules"
    rules = window.workspace.pages["rules"]
    assert rules.current_key() == ("PIPL", "29")
    text = rules.text.toPlainText()
    assert "处理敏感个人信息应当取得个人的单独同意" in text  # verbatim statute text
    assert "separate consent" in text  # the English summary


def test_drag_and_drop_files_onto_the_evidence_panel(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    from ui.record_editor import RecordEditorDialog

    window = make_window(real_vault)
    unlock(qtbot, window)
    records_page(window).open_editor(None)
    panel = window.findChildren(RecordEditorDialog)[0].evidence
    photo = tmp_path / "sign.png"
    photo.write_bytes(png_bytes(12, 12))
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(photo)), QUrl("https://example.org/not-a-file.png")])
    enter = QDragEnterEvent(
        panel.rect().center(),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(panel.rect().center()),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    panel.dropEvent(drop)
    qtbot.waitUntil(lambda: len(panel.items) == 1, timeout=5_000)
    assert panel.items[0].name == "sign.png" and panel.items[0].thumb is not None


def test_delete_record_and_write_a_letter(
    qtbot: Any, make_window: Any, real_vault: Path, monkeypatch: Any
) -> None:
    from ui import dialogs
    from ui.record_editor import RecordEditorDialog

    _fill(real_vault, 2)
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = records_page(window)
    qtbot.waitUntil(lambda: page.model.rowCount() == 2, timeout=5_000)
    navigations: list[tuple[str, dict[str, Any]]] = []
    monkeypatch.setattr(window, "navigate", lambda key, **kw: navigations.append((key, kw)))

    page.open_editor(1)
    editor = [e for e in window.findChildren(RecordEditorDialog) if e.record_id == 1][0]
    qtbot.waitUntil(lambda: editor.form.fields["place_name"].widget.text() != "", timeout=5_000)
    assert editor.letter_button.isVisibleTo(editor) and editor.delete_button.isVisibleTo(editor)
    editor.form.fields["address"].widget.setText("改了但没保存")
    editor.write_letter()
    assert navigations == [] and "Save your changes first" in editor.banner.text()
    editor.form.fields["address"].widget.setText("")
    editor.write_letter()
    assert navigations == [("requests", {"compose_for_record": 1})]

    page.open_editor(2)
    editor = [e for e in window.findChildren(RecordEditorDialog) if e.record_id == 2][0]
    monkeypatch.setattr(dialogs, "ask_question", lambda *a, **k: True)
    with qtbot.waitSignal(editor.deleted, timeout=5_000):
        editor.delete_record()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert [r.id for r in core_records.list_records(vault)] == [1]
