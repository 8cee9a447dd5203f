"""Every statute text the rule library quotes is the official text, verbatim.

Checked against resources/texts/ (what the app ships; each file's SHA-256 must equal the one recorded
for the official original in tests/fixtures/official-sources.sha256), both as a substring of the file
and as the exact paragraph/item structure parsed from it.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from app.rules.statute_text import parse_statute_file
from tests.conftest import official_sha256

REPO = Path(__file__).resolve().parents[2]
LIBRARY = REPO / "resources" / "rules" / "library.json"
TEXT_DIRS = {"resources": REPO / "resources" / "texts"}


def _quoted_articles() -> list[tuple[str, str, dict[str, Any]]]:
    data = json.loads(LIBRARY.read_text(encoding="utf-8"))
    out = []
    for instrument in data["instruments"]:
        for article in instrument["articles"]:
            if "paragraphs" in article:
                out.append((instrument["text_file"], f"{instrument['id']}-{article['article']}", article))
    return out


QUOTED = _quoted_articles()


def test_the_library_quotes_many_articles() -> None:
    assert len(QUOTED) >= 80


@pytest.mark.parametrize("where", sorted(TEXT_DIRS))
@pytest.mark.parametrize(("text_file", "label", "article"), QUOTED, ids=[q[1] for q in QUOTED])
def test_quoted_text_is_verbatim(where: str, text_file: str, label: str, article: dict[str, Any]) -> None:
    folder = TEXT_DIRS[where]
    source = (folder / text_file).read_text(encoding="utf-8")
    lines = set(source.splitlines())
    for number, paragraph in enumerate(article["paragraphs"], 1):
        text = paragraph["text"]
        if number == 1:
            assert any(line.startswith("第") and line.endswith(" " + text) for line in lines), (
                f"{label} ¶1 heading"
            )
        else:
            assert text in lines, f"{label} ¶{number} is not a line of {text_file}"
        for item in paragraph["items"]:
            assert item in lines, f"{label} ¶{number} item {item[:12]} is not a line of {text_file}"
        assert text in source


@pytest.mark.parametrize("where", sorted(TEXT_DIRS))
def test_structure_matches_the_official_text(where: str) -> None:
    folder = TEXT_DIRS[where]
    parsed: dict[str, Any] = {}
    for text_file, label, article in QUOTED:
        if text_file not in parsed:
            parsed[text_file] = parse_statute_file(folder / text_file)
        official = parsed[text_file][article["article"]]
        assert [{"text": p.text, "items": p.items} for p in official.paragraphs] == article["paragraphs"], (
            label
        )


def test_resources_texts_are_the_official_originals() -> None:
    """Every shipped statute text is byte for byte the official original (checksum list in the repo)."""
    paths = sorted(TEXT_DIRS["resources"].glob("*.md"))
    assert len(paths) >= 8
    for path in paths:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        assert digest == official_sha256(f"resources/texts/{path.name}"), path.name


def test_refresh_tool_reproduces_the_library() -> None:
    """The maintainers' tool (python -m app.rules.refresh_texts) would change nothing."""
    from app.rules.refresh_texts import refresh

    data = json.loads(LIBRARY.read_text(encoding="utf-8"))
    before = json.dumps(data, ensure_ascii=False, sort_keys=True)
    assert refresh(data, TEXT_DIRS["resources"]) == len(QUOTED)
    assert json.dumps(data, ensure_ascii=False, sort_keys=True) == before
