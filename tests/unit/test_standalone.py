"""The repository stands alone: nothing under tests/, app/, ui/, tools/ or the Makefile reads a path
outside it (the project's reference folder "shared" beside the checkout, /work/..., a parent of the
checkout). The samples below are assembled from pieces so that this file itself does not match.

CI runs on a clean clone with a copy of the reference folder beside it, so a test that quietly read it
would still pass there; this test is what keeps the fixtures in tests/fixtures/.
"""

from __future__ import annotations

import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
THIS = Path(__file__).resolve()

# Forms of "a path outside the repository" in code: the reference folder by relative path or by name
# joined to a parent, absolute paths into the development machine's work folder, and climbing above the
# checkout from __file__ (parents[3] and beyond from tests/unit/, .parent of REPO …).
OUTSIDE = [
    (re.compile(r"\.\./shared"), "the reference folder by relative path"),
    (re.compile(r"parents?(\[\d+\])?\s*/\s*[\"']shared[\"']"), "<parent> / 'shared'"),
    (re.compile(r"(?<![bB])[\"']/work/"), "an absolute /work/ path"),  # b"/work/" is a leak check
    (re.compile(r"\bREPO\.parent\b"), "REPO.parent (above the checkout)"),
    (re.compile(r"parents\[2\]\.parent|parents\[1\]\.parent\.parent"), "a folder above the checkout"),
]


def _scanned_files() -> list[Path]:
    files = [REPO / "Makefile"]
    for folder in ("tests", "app", "ui", "tools"):
        for path in sorted((REPO / folder).rglob("*")):
            if path.is_file() and path.suffix in {".py", ".sh", ".toml", ".cfg", ".ini", ""} and path != THIS:
                if "__pycache__" not in path.parts and "fixtures" not in path.parts:
                    files.append(path)
    return files


def _offences(text: str) -> list[str]:
    found = []
    for number, line in enumerate(text.splitlines(), start=1):
        for pattern, what in OUTSIDE:
            if pattern.search(line):
                found.append(f"{number}: {what}: {line.strip()}")
    return found


def test_nothing_reads_outside_the_repository() -> None:
    offenders = []
    for path in _scanned_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        offenders += [f"{path.relative_to(REPO)}:{hit}" for hit in _offences(text)]
    assert offenders == [], "copy what you need into the repository (tests/fixtures/):\n" + "\n".join(
        offenders
    )


def test_the_scan_covers_the_tree() -> None:
    names = {str(p.relative_to(REPO)) for p in _scanned_files()}
    assert "Makefile" in names and "tests/conftest.py" in names and "app/paths.py" in names
    assert any(n.startswith("tools/") for n in names) and any(n.startswith("ui/") for n in names)


def test_the_scan_catches_each_form() -> None:
    """Each pattern fires on the form it is for (the test above cannot pass vacuously)."""
    ref = '"' + "shared" + '"'
    samples = [
        'SCENARIOS = Path("..' + '/shared/legal/scenarios")',
        "SHARED = REPO.parent / " + ref,
        "x = Path(__file__).resolve().parents[2] / " + ref,
        'open("/work' + '/shared/product/SPEC.md")',
        'base = Path(__file__).resolve().parents[2].parent / "other"',
    ]
    for sample in samples:
        assert _offences(sample), sample
    assert _offences('SCENARIOS = FIXTURES / "scenarios"') == []


def test_fixtures_hold_the_reference_scenarios() -> None:
    from tests.conftest import REFERENCE_SCENARIOS, SCENARIOS

    assert len(list(REFERENCE_SCENARIOS.glob("*.json"))) >= 4
    assert len(list(SCENARIOS.glob("*.json"))) >= 20
    assert not (REPO / "tests" / "scenarios").exists(), "scenarios live in tests/fixtures/scenarios/ only"
