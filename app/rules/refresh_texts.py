"""Maintainers' tool: copy the verbatim article texts from resources/texts/ into the rule library.

    python -m app.rules.refresh_texts [LIBRARY.json]

Every article of an instrument that has a `text_file` (and is not marked `"text_available": false`)
gets its `paragraphs` rewritten from the official text, exactly as printed. Everything else in the
file (grounds, summaries, conditions) is left as it is. The consistency tests fail if the library and
the texts ever drift apart, so run this after updating a text or adding an article.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from app.paths import resources_path
from app.rules.statute_text import parse_statute_file


def refresh(library: dict[str, Any], texts_dir: Path) -> int:
    """Fills `paragraphs` in place; returns how many articles were written."""
    written = 0
    for instrument in library["instruments"]:
        text_file = instrument.get("text_file")
        if not text_file:
            continue
        parsed = parse_statute_file(texts_dir / text_file)
        for article in instrument["articles"]:
            if article.get("text_available", True) is False:
                article.pop("paragraphs", None)
                continue
            source = parsed.get(article["article"])
            if source is None:
                raise ValueError(f"{instrument['id']} {article['article']}: not found in {text_file}")
            article["paragraphs"] = [{"text": p.text, "items": list(p.items)} for p in source.paragraphs]
            written += 1
    return written


def main(argv: list[str]) -> int:
    path = Path(argv[0]) if argv else resources_path("rules", "library.json")
    library = json.loads(path.read_text(encoding="utf-8"))
    try:
        count = refresh(library, resources_path("texts"))
    except ValueError as exc:
        print(f"nothing written: {exc}", file=sys.stderr)
        return 2
    path.write_text(json.dumps(library, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{path}: {count} articles refreshed from resources/texts/")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
