"""TEST-MATRIX P4: evidence is shown from memory — no temporary copies anywhere.

FaceLedger has no "open externally": thumbnails and the full view are decoded from bytes in memory
(ui/images.py through a QBuffer) and the only way out is "Export a copy…" to a place the user picks.
So the property to hold is stronger than "temp copies are cleaned up": none are ever made.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from tests.ui.helpers import answer_minimum, png_bytes, tiny_pdf, unlock


def _snapshot(*folders: Path) -> set[Path]:
    found: set[Path] = set()
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            found.update(Path(root) / f for f in files)
    return found


def test_viewing_evidence_writes_no_file(
    qtbot: Any, make_window: Any, real_vault: Path, tmp_path: Path, monkeypatch: Any, private_dirs: Path
) -> None:
    from ui.evidence_panel import EvidenceViewer
    from ui.record_editor import RecordEditorDialog

    temp = tmp_path / "tmpdir"
    temp.mkdir()
    monkeypatch.setenv("TMPDIR", str(temp))
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", str(temp))
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "gate.png").write_bytes(png_bytes(64, 48))
    (sources / "notice.pdf").write_bytes(tiny_pdf())

    window = make_window(real_vault)
    unlock(qtbot, window)
    window.workspace.pages["records"].open_editor(None)
    editor = window.findChildren(RecordEditorDialog)[0]
    answer_minimum(editor.form)
    editor.form.fields["place_name"].widget.setText("测试")
    editor.evidence.add_files([sources / "gate.png", sources / "notice.pdf"])
    qtbot.waitUntil(lambda: len(editor.evidence.items) == 2, timeout=5_000)
    with qtbot.waitSignal(editor.saved, timeout=10_000):
        editor.save()
    qtbot.waitUntil(lambda: window.worker.pending == 0, timeout=5_000)

    before = _snapshot(temp, private_dirs, tmp_path)
    window.workspace.pages["records"].open_editor(1)
    editor = [e for e in window.findChildren(RecordEditorDialog) if e.record_id == 1][0]
    qtbot.waitUntil(lambda: len(editor.evidence.items) == 2, timeout=5_000)
    assert editor.evidence.items[0].thumb is not None
    editor.evidence.list.setCurrentRow(0)
    editor.evidence.open_full_view()
    qtbot.waitUntil(lambda: bool(window.findChildren(EvidenceViewer)), timeout=5_000)
    viewer = window.findChildren(EvidenceViewer)[0]
    assert viewer.isVisible()
    after = _snapshot(temp, private_dirs, tmp_path)
    new_files = {p for p in after - before if not p.name.endswith(("-wal", "-shm"))}
    assert new_files == set()
    assert list(temp.iterdir()) == []
    # Locking closes the viewer with every other window of the vault.
    window.lock()
    qtbot.waitUntil(lambda: window.guard is None, timeout=5_000)
    assert not any(v.isVisible() for v in window.findChildren(EvidenceViewer))
