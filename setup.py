"""Build hook: the wheel carries resources/ (with freshly compiled .qm translations) as app/resources.

Everything else about the package is in pyproject.toml. The repository keeps resources/ at its top
level (the design card); `app.paths.resources_path()` finds the wheel's copy through
importlib.resources. Translations are compiled here with Qt's lrelease (pyside6-essentials is a build
requirement), so `pip install .`, `pipx install` and a wheel built by CI carry the .qm files even when
nobody ran `make translations`. Editable installs read the checkout's resources/ and skip the copy.
"""

from __future__ import annotations

import importlib.util
import shutil
import subprocess
import sys
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
RESOURCES = HERE / "resources"


def lrelease_command() -> list[str]:
    """Qt's lrelease from the PySide6 in this (build) environment."""
    spec = importlib.util.find_spec("PySide6")
    if spec is not None and spec.submodule_search_locations:
        for folder in spec.submodule_search_locations:
            for name in ("lrelease", "lrelease.exe", "Qt/libexec/lrelease"):
                exe = Path(folder) / name
                if exe.is_file():
                    return [str(exe)]
    exe = shutil.which("pyside6-lrelease", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lrelease"
    )
    if exe:
        return [exe]
    raise SystemExit("building FaceLedger needs Qt's lrelease: install pyside6-essentials first")


def compile_translations(target: Path) -> list[Path]:
    """resources/i18n/*.ts → target/*.qm; fails the build on any lrelease error."""
    sources = sorted((RESOURCES / "i18n").glob("*.ts"))
    if not sources:
        raise SystemExit("resources/i18n/*.ts are missing: the sdist or checkout is incomplete")
    target.mkdir(parents=True, exist_ok=True)
    outputs = []
    for ts in sources:
        qm = target / ts.with_suffix(".qm").name
        subprocess.run([*lrelease_command(), "-silent", str(ts), "-qm", str(qm)], check=True)
        if not qm.is_file() or qm.stat().st_size == 0:
            raise SystemExit(f"lrelease wrote no {qm.name}")
        outputs.append(qm)
    return outputs


class BuildPyWithResources(build_py):
    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return  # the checkout's resources/ is used in place
        if not (RESOURCES / "rules" / "library.json").is_file():
            raise SystemExit("resources/ is missing or incomplete: cannot build a working FaceLedger")
        target = Path(self.build_lib) / "app" / "resources"
        if target.exists():
            shutil.rmtree(target)
        # Built .qm files in the checkout may be stale: the copy skips them and compiles afresh.
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.ts", "*.qm", "__pycache__", ".*"))
        compile_translations(target / "i18n")


setup(cmdclass={"build_py": BuildPyWithResources})
