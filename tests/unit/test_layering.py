"""app/ is the Qt-free core: importing every module of it must not load PySide6."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]


def all_app_modules() -> list[str]:
    mods = []
    for path in sorted((REPO / "app").rglob("*.py")):
        rel = path.relative_to(REPO).with_suffix("")
        parts = list(rel.parts)
        if parts[-1] == "__main__":
            continue
        if parts[-1] == "__init__":
            parts = parts[:-1]
        mods.append(".".join(parts))
    return mods


def test_app_never_imports_pyside6() -> None:
    modules = all_app_modules()
    assert "app.cli" in modules and len(modules) > 3
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = sorted(m for m in sys.modules if m.startswith(('PySide6', 'shiboken6')))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "", f"app/ pulled in Qt: {out.stdout.strip()}"


def test_no_pyside6_import_statement_in_app() -> None:
    offenders = [
        str(p.relative_to(REPO))
        for p in (REPO / "app").rglob("*.py")
        if any(
            line.lstrip().startswith(("import PySide6", "from PySide6", "import shiboken6", "from shiboken6"))
            for line in p.read_text(encoding="utf-8").splitlines()
        )
    ]
    assert offenders == []
