"""Reference codes printed on every page and in the e-mail subject, so replies can be matched.

Form: FL-YYYYMMDD-XXXX, the letter date plus four random characters from Crockford's base-32
alphabet (no I, L, O, U: nothing a handler can misread when copying it into a reply). 32^4 ≈ 1 million
codes per day; callers that keep letters (the vault) pass `taken` to rule out the rare collision.
"""

from __future__ import annotations

import re
import secrets
from collections.abc import Callable
from datetime import date

from app.errors import InvalidInput

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
_PATTERN = re.compile(r"FL-(\d{8})-([0-9A-HJKMNP-TV-Z]{4})")


def new_reference(on: date, taken: Callable[[str], bool] | None = None) -> str:
    for _ in range(1000):
        code = f"FL-{on:%Y%m%d}-" + "".join(secrets.choice(ALPHABET) for _ in range(4))
        if taken is None or not taken(code):
            return code
    raise InvalidInput(f"no free reference code left for {on.isoformat()}")  # pragma: no cover


def check_reference(code: str) -> str:
    """Return the code if it is well formed (with a real date), else raise InvalidInput."""
    match = _PATTERN.fullmatch(code)
    if match:
        try:
            date(int(match[1][:4]), int(match[1][4:6]), int(match[1][6:]))
            return code
        except ValueError:
            pass
    raise InvalidInput(f"not a reference code of the form FL-YYYYMMDD-XXXX: {code!r}", field="reference")


def find_references(text: str) -> list[str]:
    """Reference codes quoted in a reply (case-insensitive; handlers retype them), normalised, in order."""
    found: list[str] = []
    for match in re.finditer(r"FL-\d{8}-[0-9A-Za-z]{4}", text, flags=re.IGNORECASE):
        code = match[0].upper()
        if _PATTERN.fullmatch(code) and code not in found:
            found.append(code)
    return found
