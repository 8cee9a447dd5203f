"""The one rule for evidence file names (issue 19 item 5).

`log add`, the app's attach button and bundle import all use it: a name the rule refuses was made
to attack something (a path, a drive letter, a device, an invisible character) and is refused on
import; a name a person gives at attach time is turned into a safe display name instead
(`safe_evidence_name`), and the name as given is kept next to it as metadata. So every vault the
app makes can be exported and imported again.
"""

from __future__ import annotations

import unicodedata

MAX_NAME_LENGTH = 255
MAX_NAME_AS_GIVEN = 4096  # metadata only; longer input is cut here
FALLBACK_NAME = "evidence"

LOOKALIKE_SEPARATORS = frozenset("/\\\u2215\u2044\u29f8\u29f9\uff0f\uff3c\u2216\ufe68\u2571\u2572")
WINDOWS_DEVICES = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{d}{n}" for d in ("COM", "LPT") for n in "0123456789¹²³"}
)
_INVISIBLE = frozenset({"Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp"})


def evidence_name_problem(name: str) -> str | None:
    """Why `name` is not acceptable as an evidence file name, or None."""
    if not name or name.strip() != name:
        return "empty or padded with spaces"
    if len(name) > MAX_NAME_LENGTH:
        return f"longer than {MAX_NAME_LENGTH} characters"
    if name in (".", "..") or name.startswith(".."):
        return "a relative path"
    folded = unicodedata.normalize("NFKC", name)
    if any(ch in LOOKALIKE_SEPARATORS for ch in name) or any(ch in "/\\" for ch in folded):
        return "contains a path separator (or a character that looks like one)"
    if ":" in name or ":" in folded:
        return "contains ':' (a drive letter or stream name)"
    for ch in name:
        if unicodedata.category(ch) in _INVISIBLE:
            return f"contains the control or formatting character U+{ord(ch):04X}"
    if folded in (".", "..") or folded.startswith(".."):
        return "a relative path"
    if folded.split(".")[0].rstrip().upper() in WINDOWS_DEVICES:
        return "a Windows device name"
    return None


def _replace_char(ch: str) -> str:
    if unicodedata.category(ch) in _INVISIBLE:
        return ""
    folded = unicodedata.normalize("NFKC", ch)
    if ch in LOOKALIKE_SEPARATORS or any(c in "/\\:" for c in folded):
        return "_"
    return ch


def safe_evidence_name(name_as_given: str) -> str:
    """A display name that passes `evidence_name_problem`, as close to the given one as possible:
    the base name of a path; separators, look-alikes and ':' become '_'; invisible characters go;
    leading dots that would read as '..' and Windows device names get a '_'; at most 255
    characters, keeping the extension."""
    base = name_as_given.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(_replace_char(ch) for ch in base).strip()
    if unicodedata.normalize("NFKC", name).startswith(".."):
        rest = name.lstrip(".\uff0e\u2024\ufe52").lstrip()
        name = "_" + rest if rest else ""
    if unicodedata.normalize("NFKC", name).split(".")[0].rstrip().upper() in WINDOWS_DEVICES:
        name = "_" + name
    if len(name) > MAX_NAME_LENGTH:
        stem, dot, ext = name.rpartition(".")
        ext = f".{ext}" if dot and stem and len(ext) <= 16 else ""
        name = (name[: len(name) - len(ext)] if ext else name)[: MAX_NAME_LENGTH - len(ext)].rstrip() + ext
    if not name or name in (".", "..") or evidence_name_problem(name) is not None:
        return FALLBACK_NAME
    return name
