"""The app collects cyclic garbage only on the GUI thread (see ui/application.py)."""

from __future__ import annotations

import gc

from pytestqt.qtbot import QtBot

from ui.application import Application


def test_automatic_gc_is_off_and_the_gui_timer_collects(qapp: Application, qtbot: QtBot) -> None:
    assert not gc.isenabled()
    assert qapp._gc_timer.isActive()

    class Cycle:
        def __init__(self) -> None:
            self.me = self

    Cycle()
    before = gc.get_count()[0]
    assert before > 0
    qapp.collect_garbage()
    assert gc.get_count()[0] < before
