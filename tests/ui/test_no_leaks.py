"""TEST-MATRIX P1: a marker typed into a record never reaches settings, Qt's files, logs or titles."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication, QFileDialog

from tests.ui.helpers import answer_minimum, png_bytes, wait_idle

MARKER = "MARKER张三7f3a"


def _files_under(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()] if folder.exists() else []


def test_no_leaks_in_settings_logs(
    qtbot: Any,
    make_window: Any,
    tmp_path: Path,
    monkeypatch: Any,
    caplog: Any,
    private_dirs: Path,
    no_real_dialogs: list[Any],
) -> None:
    from ui import dialogs, errors
    from ui.record_editor import RecordEditorDialog

    caplog.set_level(logging.DEBUG)
    home = tmp_path / "userhome"
    for sub in ("config", "data", "cache"):
        (home / sub).mkdir(parents=True)
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    titles: list[str] = []

    def record_titles() -> None:
        titles.extend(w.windowTitle() for w in QApplication.topLevelWidgets())

    # 1. Create a vault through the start screen.
    window = make_window()
    panel = window.start_screen.create_panel
    panel.passphrase.setText("a long enough passphrase")
    panel.repeat.setText("a long enough passphrase")
    with qtbot.waitSignal(window.unlocked, timeout=10_000):
        panel.create_button.click()
    record_titles()

    # 2. A record full of the marker, with evidence named after it.
    picture = tmp_path / f"{MARKER}.png"
    picture.write_bytes(png_bytes(20, 20))
    window.workspace.pages["records"].open_editor(None)
    editor = window.findChildren(RecordEditorDialog)[0]
    form = editor.form
    answer_minimum(form)
    form.fields["place_name"].widget.setText(MARKER)
    form.fields["handler.name"].widget.setText(MARKER + "有限公司")
    form.fields["city"].widget.setText(MARKER)
    form.facts_notes.setPlainText(MARKER)
    form.record_notes.setPlainText(MARKER)
    editor.evidence.add_files([picture])
    qtbot.waitUntil(lambda: len(editor.evidence.items) == 1, timeout=5_000)
    record_titles()
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    page = window.workspace.pages["records"]
    page.search.setText(MARKER)
    page.apply_query()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1, timeout=5_000)
    record_titles()

    # 3. A real (Qt, non-native) file dialog opened and closed: it saves its state to QtProject.conf.
    dialog = QFileDialog(window, "Export", str(tmp_path))
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.show()
    dialog.selectFile(f"{MARKER}.png")
    record_titles()
    dialog.reject()
    dialog.deleteLater()
    qtbot.wait(20)

    # 4. Export a copy of the evidence through the app's path.
    exported = tmp_path / "exports" / "copy.png"
    exported.parent.mkdir()
    window.workspace.pages["records"].open_editor(1)
    editor = [e for e in window.findChildren(RecordEditorDialog) if e.record_id == 1][0]
    qtbot.waitUntil(lambda: len(editor.evidence.items) == 1, timeout=5_000)
    editor.evidence.list.setCurrentRow(0)
    monkeypatch.setattr(dialogs, "get_save_file_name", lambda *a, **k: str(exported))
    editor.evidence.export_selected()
    qtbot.waitUntil(exported.exists, timeout=5_000)
    record_titles()

    # 5. Crash on purpose inside a DB op and through the excepthook.
    try:
        raise KeyError(MARKER)
    except KeyError as exc:
        errors._excepthook(type(exc), exc, exc.__traceback__)
    wait_idle(qtbot, window)
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    record_titles()
    window.shutdown()
    QSettings().sync()

    # Where a marker could leak to:
    candidates = (
        _files_under(private_dirs / "config")
        + _files_under(home / "config")
        + _files_under(home / "data")
        + _files_under(home / "cache")
        + _files_under(private_dirs / "state")
    )
    qt_project = Path(
        QSettings(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, "QtProject").fileName()
    )
    assert qt_project.is_relative_to(home), qt_project  # we really looked at the file Qt wrote
    assert qt_project.exists()
    for path in candidates:
        assert MARKER.encode() not in path.read_bytes(), path
        assert MARKER not in path.read_text("utf-8", "replace"), path
    assert not (home / "data" / "recently-used.xbel").exists()
    assert all(MARKER not in r.getMessage() for r in caplog.records)
    assert all(MARKER not in t for t in titles)
    assert all(MARKER not in "".join(map(str, shown)) for shown in no_real_dialogs)
    assert any("KeyError" in "".join(map(str, shown)) for shown in no_real_dialogs)  # the crash was reported
