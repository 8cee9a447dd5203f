"""Issue 16: a screen reader can name every control; the main actions have mnemonics and shortcuts."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QSlider,
    QTextEdit,
    QWidget,
)

from app import records as core_records
from app.vault import Vault
from tests.ui.helpers import PASSPHRASE, unlock, wait_idle

INTERACTIVE = (
    QAbstractButton, QAbstractItemView, QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit,
    QSlider,
)
FACTS = {
    "jurisdiction": "CN",
    "date": "2025-03-10",
    "place_type": "residential_compound",
    "place_name": "阳光花园小区",
    "handler": {"name": "杭州某某物业服务有限公司", "kind": "property_manager"},
}


def unnamed(root: QWidget) -> list[str]:
    """Visible controls whose accessible name (what a screen reader says) is empty."""
    missing = []
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or isinstance(widget, QHeaderView):
            continue
        if not widget.isVisibleTo(root):
            continue
        if isinstance(widget, QLineEdit) and isinstance(widget.parentWidget(), (QAbstractSpinBox, QComboBox)):
            continue  # the editor inside a spin/combo box is named by its owner
        interface = QAccessible.queryAccessibleInterface(widget)
        name = interface.text(QAccessible.Text.Name) if interface is not None else ""
        if not name.strip():
            owner = widget.parentWidget()
            missing.append(f"{type(widget).__name__} in {type(owner).__name__ if owner else '-'}")
    return missing


def test_every_control_has_an_accessible_name(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    with Vault.open(real_vault, PASSPHRASE) as vault:
        core_records.add_record(vault, FACTS)
    window = make_window(real_vault)
    assert unnamed(window.start_screen) == []
    unlock(qtbot, window)
    problems: dict[str, list[str]] = {}
    for key in ("records", "requests", "due", "rules", "statistics", "settings"):
        page = window.workspace.show_page(key)
        qtbot.wait(30)
        problems[key] = unnamed(page)
    problems["navigation"] = unnamed(window.workspace)
    editor = window.workspace.pages["records"].open_editor(1)
    qtbot.waitUntil(lambda: editor.form.fields["place_name"].widget.text() != "", timeout=5_000)
    problems["record editor"] = unnamed(editor)
    editor.close_without_asking()
    wait_idle(qtbot, window)
    window.navigate("requests", compose_for_record=1)
    page = window.workspace.pages["requests"]
    qtbot.waitUntil(lambda: getattr(page, "composer", None) is not None, timeout=10_000)
    qtbot.waitUntil(lambda: page.composer.composed is not None, timeout=30_000)
    problems["composer"] = unnamed(page.composer)
    assert {k: v for k, v in problems.items() if v} == {}


def test_shortcuts_new_search_save_lock(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    from ui.record_editor import RecordEditorDialog

    window = make_window(real_vault)
    unlock(qtbot, window)
    window.workspace.show_page("rules")
    window.search_shortcut.activated.emit()  # Ctrl+F on the Rules page: its own search
    rules = window.workspace.pages["rules"]
    assert window.focusWidget() is rules.search or QApplication.focusWidget() is rules.search
    window.new_record_shortcut.activated.emit()  # Ctrl+N from any page
    editors = [e for e in window.findChildren(RecordEditorDialog) if e.isVisible()]
    assert len(editors) == 1 and editors[0].record_id is None
    assert window.workspace.current_key() == "records"
    editor = editors[0]
    editor.save_shortcut.activated.emit()  # Ctrl+S: the empty form is refused, nothing saved
    assert editor.isVisible() and editor.banner.isVisible()
    editor.close_without_asking()
    records = window.workspace.pages["records"]
    window.search_shortcut.activated.emit()
    assert window.focusWidget() is records.search or QApplication.focusWidget() is records.search
    assert window.new_record_shortcut.key().toString() == "Ctrl+N"
    assert window.search_shortcut.key().toString() == "Ctrl+F"
    assert editor.save_shortcut.key().toString() == "Ctrl+S"
    assert window.lock_shortcut.key().toString() == "Ctrl+L"
    assert window.lock_shortcut.context() == Qt.ShortcutContext.ApplicationShortcut


def test_main_actions_have_mnemonics(qtbot: Any, make_window: Any, real_vault: Path) -> None:
    window = make_window(real_vault)
    unlock(qtbot, window)
    records = window.workspace.pages["records"]
    editor = records.open_editor(None)
    for button in (records.new_button, window.workspace.lock_button, editor.save_button, editor.letter_button,
                   editor.delete_button):
        assert "&" in button.text(), button.text()
    editor.close_without_asking()
