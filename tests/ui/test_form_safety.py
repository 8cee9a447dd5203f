"""Issue 16: the record form never changes or loses an answer behind the person's back.

Wheel over an unfocused combo/date; dates typed as people type them; unsaved edits prompt on Esc,
Cancel, close, lock and language change; an auto-lock keeps a draft in the vault; a blank form is not
saved; one editor per record; Tab walks the form in order.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication, QComboBox

from app import records as core_records
from app.settings import Settings
from app.vault import Vault
from tests.ui.helpers import PASSPHRASE, answer_minimum, unlock, wait_idle

FACTS = {
    "jurisdiction": "CN",
    "date": "2025-03-10",
    "place_type": "residential_compound",
    "place_name": "阳光花园小区",
    "handler": {"name": "杭州某某物业服务有限公司", "kind": "property_manager"},
}


def _editor(window: Any, record_id: int | None = None) -> Any:
    from ui.record_editor import RecordEditorDialog

    page = window.workspace.pages["records"]
    page.open_editor(record_id)
    editors = [
        e for e in window.findChildren(RecordEditorDialog) if e.record_id == record_id and e.isVisible()
    ]
    assert editors
    return editors[-1]


def _wheel(widget: Any, steps: int = -1) -> None:
    """A real QWheelEvent at the widget, as the mouse wheel under the pointer sends it."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    event = QWheelEvent(
        pos,
        QPointF(widget.mapToGlobal(pos.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * steps),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def _type(qtbot: Any, line: Any, text: str) -> None:
    """Type into the field, then Tab away. (QTest types ASCII only; 年月日 come as an input method
    commits them, in one piece.)"""
    line.setFocus()
    line.selectAll()
    if text.isascii():
        qtbot.keyClicks(line, text)
    else:
        line.insert(text)
    qtbot.keyClick(line, Qt.Key.Key_Tab)


def test_wheel_over_unfocused_combo_and_date_changes_nothing(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    editor = _editor(window)
    form = editor.form
    answer_minimum(form, place_type="residential_compound")
    form.fields["handler.name"].widget.setFocus()
    qtbot.waitUntil(lambda: form.fields["handler.name"].widget.hasFocus(), timeout=2_000)
    before = form.state()
    for path in ("place_type", "handler.kind", "consent", "service_refused_without_face", "jurisdiction"):
        widget = form.fields[path].widget
        assert not widget.hasFocus()
        assert widget.focusPolicy() == Qt.FocusPolicy.StrongFocus  # no WheelFocus: a turn cannot focus it
        _wheel(widget, -1)
        _wheel(widget, +1)
        _wheel(widget, -3)
    _wheel(form.fields["date"].widget.line, -1)
    assert form.state() == before  # 住宅小区 stays 住宅小区
    assert QApplication.instance().wheel_guard.redirected > 0  # the turns scrolled the form instead

    # The person clicks into the combo (focus): now the wheel is theirs to use.
    combo = form.fields["consent"].widget
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus, timeout=2_000)
    index = combo.currentIndex()
    _wheel(combo, -1)
    assert combo.currentIndex() == index + 1


def test_dates_are_read_as_typed_or_refused_with_a_sentence(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    editor = _editor(window)
    date = editor.form.fields["date"].widget
    date.setDate(dt.date(2025, 3, 10))
    for typed in ("2025-12-01", "20251201", "2025/12/1", "2025年12月1日"):
        _type(qtbot, date.line, typed)
        assert date.value() == dt.date(2025, 12, 1), typed
        assert date.text() == typed  # never rewritten
        assert not date.message.isVisible()
    _type(qtbot, date.line, "2025-02-30")
    assert date.value() is None and date.text() == "2025-02-30"
    assert date.message.isVisible() and "2025-02-30" in date.message.text()
    future = (dt.date.today() + dt.timedelta(days=400)).strftime("%Y%m%d")
    _type(qtbot, date.line, future)
    assert date.value() is None and "future" in date.message.text()
    assert date.text() == future

    # last_seen before date: refused with a sentence naming both dates.
    _type(qtbot, date.line, "2025-03-10")
    last_seen = editor.form.fields["last_seen"].widget
    _type(qtbot, last_seen.line, "20250301")
    assert last_seen.value() is None
    assert "2025-03-01" in last_seen.message.text() and "2025-03-10" in last_seen.message.text()
    _type(qtbot, last_seen.line, "2025/3/20")
    assert last_seen.value() == dt.date(2025, 3, 20)

    # A refused date blocks saving and says so; nothing is written.
    answer_minimum(editor.form)
    editor.form.fields["place_name"].widget.setText("阳光花园小区")
    _type(qtbot, last_seen.line, "2025-13-01")
    editor.save()
    assert editor.isVisible() and "date" in editor.banner.text().lower()
    assert editor.focusWidget() is last_seen.line  # the refused date is where the cursor goes


def test_mark_sent_and_event_dates_typed(qtbot: Any) -> None:
    from ui.composer.mark_sent_dialog import MarkSentDialog

    dialog = MarkSentDialog(dt.date(2026, 12, 2), "FL-1")
    qtbot.addWidget(dialog)
    dialog.show()
    _type(qtbot, dialog.date_edit.line, "20261130")
    assert dialog.value().date == dt.date(2026, 11, 30)
    _type(qtbot, dialog.date_edit.line, "20271231")  # was silently 2021-02-03
    assert dialog.date_edit.value() is None
    assert dialog.date_edit.text() == "20271231"
    dialog.accept()
    assert dialog.isVisible() and dialog.result() == 0  # refused, not accepted
    assert "2027-12-31" in dialog.date_edit.message.text()


def test_calendar_popup_picks_a_date(qtbot: Any) -> None:
    from PySide6.QtCore import QDate

    from ui.widgets.date_edit import DateEdit

    edit = DateEdit(dt.date(2025, 3, 10), optional=True)
    qtbot.addWidget(edit)
    edit.show()
    edit.line.setFocus()
    qtbot.keyClick(edit.line, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
    popup = edit._popup
    assert popup is not None and popup.isVisible()
    assert popup.calendar.selectedDate() == QDate(2025, 3, 10)
    popup.calendar.clicked.emit(QDate(2025, 3, 14))
    assert edit.value() == dt.date(2025, 3, 14) and edit.text() == "2025-03-14"


def test_leaving_with_unsaved_edits_asks(
    qtbot: Any, make_window: Any, real_vault: Path, monkeypatch: Any
) -> None:
    from ui import dialogs

    window = make_window(real_vault)
    unlock(qtbot, window)
    asked: list[str] = []
    answers: list[str] = []
    monkeypatch.setattr(
        dialogs, "ask_save_discard", lambda parent, title, text: asked.append(text) or answers.pop(0)
    )
    editor = _editor(window)
    editor.reject()  # nothing typed: closes without a question
    assert not editor.isVisible() and asked == []

    editor = _editor(window)
    editor.form.fields["place_name"].widget.setText("还没保存")
    answers[:] = [dialogs.KEEP_EDITING, dialogs.KEEP_EDITING, dialogs.KEEP_EDITING]
    qtbot.keyClick(editor, Qt.Key.Key_Escape)  # Esc
    assert editor.isVisible()
    editor.cancel_button.click()  # 取消
    assert editor.isVisible()
    editor.close()  # the window's close button
    assert editor.isVisible() and len(asked) == 3
    answers[:] = [dialogs.KEEP_EDITING]
    window.apply_language("en")  # changing language rebuilds the pages: asks too
    assert editor.isVisible() and len(asked) == 4

    # "Save" with the required answers missing: the form says what is missing, stays open.
    answers[:] = [dialogs.SAVE]
    editor.reject()
    assert editor.isVisible() and editor.form.fields["date"].widget.message.isVisible()
    # Answer them; "Save" saves and closes.
    answer_minimum(editor.form)
    answers[:] = [dialogs.SAVE]
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.reject()
    qtbot.waitUntil(lambda: not editor.isVisible(), timeout=5_000)

    editor = _editor(window)
    editor.form.fields["city"].widget.setText("杭州")
    answers[:] = [dialogs.DISCARD]
    editor.reject()
    assert not editor.isVisible()
    wait_idle(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert [r.place_name for r in core_records.list_records(vault)] == ["还没保存"]


def test_lock_on_request_can_save_first(
    qtbot: Any, make_window: Any, real_vault: Path, monkeypatch: Any
) -> None:
    from ui import dialogs

    window = make_window(real_vault)
    unlock(qtbot, window)
    monkeypatch.setattr(dialogs, "ask_save_discard", lambda parent, title, text: dialogs.SAVE)
    editor = _editor(window)
    answer_minimum(editor.form)
    editor.form.fields["place_name"].widget.setText("锁定前保存")
    with qtbot.waitSignal(window.locked, timeout=10_000):
        window.lock(reason="shortcut")  # save, then the lock continues by itself
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert [r.place_name for r in core_records.list_records(vault)] == ["锁定前保存"]


def test_empty_save_is_refused(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    editor = _editor(window)
    form = editor.form
    editor.save()
    assert editor.isVisible() and form.fields["date"].widget.message.isVisible()
    assert "date" in editor.banner.text()
    answer_minimum(form)  # date and kind of place, but neither the place nor who runs it
    editor.save()
    assert editor.isVisible() and form.fields["place_name"].error.isVisible()
    form.fields["handler.name"].widget.setText("某某物业")
    with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
        editor.save()
    wait_idle(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    with Vault.open(real_vault, PASSPHRASE) as vault:
        facts = core_records.get_record(vault, saved.args[0]).facts
    # Only what was answered; every other question stays unknown (left out).
    assert facts == {
        "jurisdiction": "CN",
        "date": "2025-03-01",
        "place_type": "residential_compound",
        "handler": {"name": "某某物业"},
    }


def test_one_editor_per_record(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    from ui.record_editor import RecordEditorDialog

    with Vault.open(real_vault, PASSPHRASE) as vault:
        core_records.add_record(vault, FACTS)
    window = make_window(real_vault)
    unlock(qtbot, window)
    page = window.workspace.pages["records"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    page.table.show()
    qtbot.waitUntil(lambda: page.table.isVisible(), timeout=2_000)
    rect = page.table.visualRect(page.model.index(0, 1))
    qtbot.mouseDClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    page.navigate_to(record_id=1)  # and another page asks for the same record
    qtbot.wait(50)
    editors = [e for e in window.findChildren(RecordEditorDialog) if e.isVisible()]
    assert len(editors) == 1 and editors[0].record_id == 1


def test_auto_lock_keeps_a_draft_and_offers_it_after_unlock(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    from app.drafts import list_drafts
    from ui.record_editor import RecordEditorDialog

    with Vault.open(real_vault, PASSPHRASE) as vault:
        core_records.add_record(vault, FACTS)
    window = make_window(real_vault, settings=Settings(autolock_minutes=10))
    unlock(qtbot, window)
    editor = _editor(window, 1)
    qtbot.waitUntil(lambda: editor.form.fields["place_name"].widget.text() == "阳光花园小区", timeout=5_000)
    editor.form.fields["city"].widget.setText("杭州")
    editor.form.fields["last_seen"].widget.line.setText("2025/3/20")
    window.clock.advance(11 * 60)
    with qtbot.waitSignal(window.locked, timeout=5_000):
        pass
    with Vault.open(real_vault, PASSPHRASE) as vault:
        drafts = list_drafts(vault)
        assert core_records.get_record(vault, 1).facts.get("city") is None  # not saved behind their back
    assert len(drafts) == 1 and drafts[0].record_id == 1
    assert drafts[0].state["form"]["city"] == "杭州"

    unlock(qtbot, window)
    qtbot.waitUntil(
        lambda: any(e.isVisible() and e.record_id == 1 for e in window.findChildren(RecordEditorDialog)),
        timeout=5_000,
    )
    editor = next(e for e in window.findChildren(RecordEditorDialog) if e.isVisible())
    qtbot.waitUntil(lambda: editor.form.fields["city"].widget.text() == "杭州", timeout=5_000)
    assert editor.form.fields["last_seen"].widget.text() == "2025/3/20"
    assert editor.has_unsaved_changes() and editor.banner.isVisible()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    wait_idle(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    with Vault.open(real_vault, PASSPHRASE) as vault:
        assert list_drafts(vault) == []  # saved: the draft is gone
        facts = core_records.get_record(vault, 1).facts
    assert facts["city"] == "杭州" and facts["last_seen"] == "2025-03-20"


def test_tab_walks_the_record_form_in_order(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    editor = _editor(window)
    form = editor.form
    editor.activateWindow()
    first = form.fields["jurisdiction"].widget
    first.setFocus()
    qtbot.waitUntil(first.hasFocus, timeout=2_000)
    owners = {}
    for path, field in form.fields.items():
        owners[id(field.widget)] = path
        if hasattr(field.widget, "line"):
            owners[id(field.widget.line)] = path
    visited = [owners[id(first)]]
    for _ in range(len(form.fields) * 3):
        focused = QApplication.focusWidget()
        qtbot.keyClick(focused, Qt.Key.Key_Tab)
        now = QApplication.focusWidget()
        path = owners.get(id(now))
        if path is None:
            break  # left the form (evidence panel, buttons)
        if path != visited[-1]:
            visited.append(path)
    assert visited == list(form.fields)  # every field, top to bottom, each once
    combos = [f.widget for f in form.fields.values() if isinstance(f.widget, QComboBox)]
    assert all(c.accessibleName() for c in combos)


def test_attachment_refusals_name_the_file_and_the_reason(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path, monkeypatch: Any
) -> None:
    from app import evidence as core_evidence
    from tests.ui.helpers import png_bytes

    window = make_window(real_vault)
    unlock(qtbot, window)
    editor = _editor(window)
    empty = tmp_path / "空文件.jpg"
    empty.write_bytes(b"")
    folder = tmp_path / "照片文件夹"
    folder.mkdir()
    big = tmp_path / "huge.png"
    big.write_bytes(png_bytes(60, 60, pixels=bytes(range(256)) * 50))  # 448 bytes
    unreadable = tmp_path / "locked.png"
    unreadable.write_bytes(png_bytes(4, 4))
    unreadable.chmod(0)
    good = tmp_path / "gate.png"
    good.write_bytes(png_bytes(10, 10))
    monkeypatch.setattr(core_evidence, "MAX_EVIDENCE_BYTES", 200)  # "huge" without writing 200 MB
    import os

    readable_by_us = os.geteuid() == 0  # root reads any file
    editor.evidence.add_files([empty, folder, big, unreadable, good])
    qtbot.waitUntil(lambda: len(editor.evidence.items) == (2 if readable_by_us else 1), timeout=5_000)
    text = editor.evidence.banner.text()
    assert "“空文件.jpg” was not added: the file is empty" in text
    assert "“照片文件夹” was not added: it is a folder" in text
    assert "“huge.png” was not added: it is larger than" in text
    if not readable_by_us:
        assert "“locked.png” was not added: it cannot be read" in text
    assert "not valid" not in text  # never the generic sentence
    assert [item.name for item in editor.evidence.items][-1] == "gate.png"


def test_a_letter_from_a_record_with_unanswered_questions_asserts_none_of_them(
    qtbot: Any, make_window: Any, real_vault: Path
) -> None:
    """The form as a new user leaves it: the minimum answered, two questions answered "I don't know",
    everything else untouched. The letter written from it states only what was answered."""
    window = make_window(real_vault)
    unlock(qtbot, window)
    window.translators.install("zh_CN")
    try:
        editor = _editor(window)
        form = editor.form
        answer_minimum(form)
        form.fields["place_name"].widget.setText("阳光花园小区")
        form.fields["handler.name"].widget.setText("杭州某某物业服务有限公司")
        for path in ("shared_or_sold", "leaked"):  # "I don't know" stays unknown too
            combo = form.fields[path].widget
            combo.setCurrentIndex(combo.count() - 1)
        with qtbot.waitSignal(editor.saved, timeout=10_000) as saved:
            editor.save()
        record_id = saved.args[0]
        wait_idle(qtbot, window)
        window.navigate("requests", compose_for_record=record_id)
        page = window.workspace.pages["requests"]
        qtbot.waitUntil(lambda: getattr(page, "composer", None) is not None, timeout=10_000)
        composer = page.composer
        qtbot.waitUntil(lambda: composer.composed is not None, timeout=30_000)
        letter = composer.composed.letter
        text = composer.composed.text.replace("\n", "").replace("　", "")
    finally:
        window.translators.install("en")
    assert letter.lang == "zh-CN"
    facts_stated = [s for s in letter.statements if s.startswith("facts.")]
    assert facts_stated == ["facts.collected"], letter.statements
    # Nothing about what was never answered: notice, consent, purpose, alternatives, sharing, leaks…
    for claim in ("未告知", "未取得", "单独同意", "唯一", "出售", "泄露", "目的", "拒绝提供服务", "不满十四"):
        assert claim not in text, claim
    assert "阳光花园小区" in text and "2025年3月1日" in text
