"""Compile resources/i18n/*.ts into .qm with Qt's lrelease (shipped with PySide6).

.qm files are build products (not committed): `make run`, `make test` and packaging build them here;
the wheel build compiles its own (setup.py's build hook) so an installed wheel always has them.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run as a script from the checkout

from app.paths import resources_path  # noqa: E402

I18N = resources_path("i18n")


def lrelease() -> list[str]:
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent))
    if exe is None:
        exe = shutil.which("pyside6-lrelease")
    if exe is None:
        sys.exit("pyside6-lrelease not found: install PySide6 (pip install -e .)")
    return [exe]


def main() -> int:
    sources = sorted(I18N.glob("*.ts"))
    for ts in sources:
        qm = ts.with_suffix(".qm")
        if qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime:
            continue
        subprocess.run([*lrelease(), "-silent", str(ts), "-qm", str(qm)], check=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
