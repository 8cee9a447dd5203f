"""Resources are found through app.paths.resources_path in a checkout and in a PyInstaller bundle.

In a bundle PyInstaller sets sys._MEIPASS to <bundle>/_internal, where the spec puts resources/.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app import paths

REPO = Path(__file__).resolve().parents[2]


def test_dev_checkout_resolves_to_repo_resources(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delattr(sys, "_MEIPASS", raising=False)
    assert paths.resources_path() == REPO / "resources"
    schema = paths.resources_path("schema", "facts.schema.json")
    assert schema == REPO / "resources" / "schema" / "facts.schema.json"
    assert schema.is_file()


def test_frozen_bundle_resolves_to_meipass(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    internal = tmp_path / "FaceLedger" / "_internal"
    monkeypatch.setattr(sys, "_MEIPASS", str(internal), raising=False)
    assert paths.resources_path() == internal / "resources"
    assert paths.resources_path("fonts", "x.ttf") == internal / "resources" / "fonts" / "x.ttf"


def test_frozen_layout_loads_real_files_from_the_bundle_not_the_checkout(tmp_path: Path) -> None:
    """A fresh interpreter with _MEIPASS pointing at a copied resources tree reads that copy."""
    internal = tmp_path / "_internal"
    target = internal / "resources" / "schema"
    target.mkdir(parents=True)
    original = (REPO / "resources" / "schema" / "facts.schema.json").read_text(encoding="utf-8")
    (target / "facts.schema.json").write_text(original, encoding="utf-8")
    code = (
        "import sys\n"
        f"sys._MEIPASS = {str(internal)!r}\n"
        "from app.paths import resources_path\n"
        "p = resources_path('schema', 'facts.schema.json')\n"
        "print(p)\n"
        "print(len(p.read_text(encoding='utf-8')))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    printed_path, printed_len = out.stdout.split("\n")[:2]
    assert Path(printed_path) == target / "facts.schema.json"
    assert int(printed_len) == len(original)


# Code that builds resource paths itself (from its own __file__ or a literal "resources") breaks in a
# wheel or a bundle. Another package's file (PySide6.__file__ for Qt's own translations) is not ours.
_SELF_MADE_PATH = re.compile(r"(?<![\w.])__file__|[\"']resources[\"']")


def test_only_app_paths_locates_resources() -> None:
    offenders = []
    for base in ("app", "ui"):
        for path in sorted((REPO / base).rglob("*.py")):
            if path == REPO / "app" / "paths.py":
                continue
            for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
                if _SELF_MADE_PATH.search(line) and not line.lstrip().startswith("#"):
                    offenders.append(f"{path.relative_to(REPO)}:{number}: {line.strip()}")
    assert offenders == [], "use app.paths.resources_path():\n" + "\n".join(offenders)


def test_no_resources_anywhere_is_resource_missing(tmp_path: Path) -> None:
    """app/ installed without resources (the old wheel's bug) raises ResourceMissing, not a bare path."""
    shutil.copytree(REPO / "app", tmp_path / "app", ignore=shutil.ignore_patterns("__pycache__"))
    code = (
        "from app.errors import ResourceMissing\nfrom app.paths import resources_path\n"
        "try:\n    resources_path('rules', 'library.json')\n"
        "except ResourceMissing as e:\n    print('missing:', e)\n"
    )
    out = subprocess.run(
        [sys.executable, "-S", "-c", code], cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={"PYTHONPATH": f"{tmp_path}:{_site_packages()}"},
    )  # fmt: skip
    assert out.stdout.startswith("missing: FaceLedger's resources are missing"), out.stdout + out.stderr


def _site_packages() -> str:
    import platformdirs

    return str(Path(platformdirs.__file__).resolve().parents[1])
