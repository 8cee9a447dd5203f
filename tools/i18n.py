"""Keep resources/i18n/*.ts in step with ui/: extract new strings, list what is untranslated, fill it in.

    python tools/i18n.py update [--prune]       # pyside6-lupdate over ui/*.py, keeping translations;
                                                # --prune drops messages whose source text left ui/
    python tools/i18n.py missing [CONTEXT …]    # untranslated messages, as JSON ready to be filled in
    python tools/i18n.py fill FILE.json         # [{"context", "source", "zh_CN", "zh_HK", "en"?}, …]

Several people edit the .ts files at once, so every command holds one lock file for its whole
read-modify-write; `fill` touches only the messages it names. English defaults to the source text.
"""

from __future__ import annotations

import fcntl
import json
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
I18N = REPO / "resources" / "i18n"
LANGS = {"zh_CN": "faceledger_zh_CN.ts", "zh_HK": "faceledger_zh_HK.ts", "en": "faceledger_en.ts"}
LOCK = Path("/tmp/faceledger-i18n.lock")


@contextmanager
def locked() -> Iterator[None]:
    with LOCK.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def lupdate_exe() -> str:
    exe = shutil.which("pyside6-lupdate", path=str(Path(sys.executable).parent)) or shutil.which(
        "pyside6-lupdate"
    )
    if exe is None:
        sys.exit("pyside6-lupdate not found: install PySide6")
    return exe


def update(prune: bool = False) -> int:
    sources = sorted(str(p.relative_to(REPO)) for p in (REPO / "ui").rglob("*.py"))
    with locked():
        prune_flag = ["-no-obsolete"] if prune else []
        for name in LANGS.values():
            subprocess.run(
                [lupdate_exe(), "-silent", *prune_flag, *sources, "-ts", str(I18N / name)],
                check=True,
                cwd=REPO,
            )
    return 0


def _is_unfinished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None:
        return True
    if translation.get("type") in ("vanished", "obsolete"):
        return False
    return translation.get("type") == "unfinished" or not "".join(translation.itertext()).strip()


def missing(contexts: list[str]) -> int:
    rows: dict[tuple[str, str], dict[str, str]] = {}
    for lang, name in LANGS.items():
        root = ET.parse(I18N / name).getroot()
        for ctx in root.findall("context"):
            context = ctx.findtext("name") or ""
            if contexts and context not in contexts:
                continue
            for message in ctx.findall("message"):
                if _is_unfinished(message):
                    source = message.findtext("source") or ""
                    row = rows.setdefault((context, source), {"context": context, "source": source})
                    row[lang] = ""
    print(json.dumps(list(rows.values()), ensure_ascii=False, indent=1))
    return 0


def _write(tree: ET.ElementTree, path: Path) -> None:
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")


def fill(json_path: Path) -> int:
    entries = json.loads(json_path.read_text(encoding="utf-8"))
    wanted = {(e["context"], e["source"]): e for e in entries}
    not_found: set[tuple[str, str]] = set(wanted)
    with locked():
        for lang, name in LANGS.items():
            path = I18N / name
            tree = ET.parse(path)
            for ctx in tree.getroot().findall("context"):
                context = ctx.findtext("name") or ""
                for message in ctx.findall("message"):
                    key = (context, message.findtext("source") or "")
                    entry = wanted.get(key)
                    if entry is None:
                        continue
                    not_found.discard(key)
                    text = entry.get(lang) or (key[1] if lang == "en" else "")
                    if not text:
                        continue
                    translation = message.find("translation")
                    if translation is None:
                        translation = ET.SubElement(message, "translation")
                    if message.get("numerus") == "yes":
                        for child in list(translation):
                            translation.remove(child)
                        translation.text = None
                        ET.SubElement(translation, "numerusform").text = text
                    else:
                        translation.text = text
                    translation.attrib.pop("type", None)
            _write(tree, path)
    for context, source in sorted(not_found):
        print(f"not in the .ts (run `update` first?): {context}: {source!r}", file=sys.stderr)
    return 1 if not_found else 0


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in ("update", "missing", "fill"):
        print(__doc__, file=sys.stderr)
        return 2
    if argv[0] == "update":
        return update(prune="--prune" in argv[1:])
    if argv[0] == "missing":
        return missing(argv[1:])
    return fill(Path(argv[1]))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
