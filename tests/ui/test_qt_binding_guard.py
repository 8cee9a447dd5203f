"""Guard against the PySide6 6.12.0 reference-count bug that aborts Python 3.11.

PySide6 6.12.0 drops one reference to None on every call of a method returning nothing; on Python
3.11 (where None is not immortal) the interpreter aborts with "none_dealloc" after a few thousand
calls. pyproject caps PySide6 below 6.12 for that reason; this test fails if an upgrade brings the
bug back, instead of the app dying in a user's session.
"""

from __future__ import annotations

import os
import subprocess
import sys

CODE = """
import sys
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
label = QLabel()
before = sys.getrefcount(None)
for _ in range(20000):
    label.setText("x")
after = sys.getrefcount(None)
print(before - after)
"""


def test_void_method_calls_keep_none_alive() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run([sys.executable, "-c", CODE], capture_output=True, text=True, env=env, timeout=120)
    assert out.returncode == 0, f"Qt binding crashed the interpreter: {out.stderr[-500:]}"
    lost = int(out.stdout.strip().splitlines()[-1])
    assert lost < 1000, f"each void Qt call leaks a reference to None ({lost} lost over 20,000 calls)"
