"""Unified social credit code (统一社会信用代码) check, GB 32100-2015.

18 characters from the 31-character set 0-9 A-H J-N P-R T U W-Y (no I, O, Z, S, V). The last one is
a check character: with code values c_i of the first 17 characters and the weights W below,
check value = 31 - (sum(c_i * W_i) mod 31), where 31 becomes 0.
Characters 9-17 are the organisation code (GB 11714); we check only the overall check character,
which is what catches a mistyped code.
"""

from __future__ import annotations

from app.errors import InvalidInput

CHARSET = "0123456789ABCDEFGHJKLMNPQRTUWXY"
WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
LENGTH = 18
_VALUE = {ch: i for i, ch in enumerate(CHARSET)}


def check_character(first17: str) -> str:
    """The check character for the first 17 characters (which must already be valid)."""
    if len(first17) != LENGTH - 1 or any(ch not in _VALUE for ch in first17):
        raise InvalidInput("a USCC body is 17 characters from 0-9 A-H J-N P-R T U W-Y")
    total = sum(_VALUE[ch] * w for ch, w in zip(first17, WEIGHTS, strict=True))
    value = 31 - total % 31
    return CHARSET[0 if value == 31 else value]


def uscc_problem(code: str) -> str | None:
    """Why `code` is not a valid USCC, or None if it is valid. Lowercase is refused, not fixed."""
    if len(code) != LENGTH:
        return f"must be {LENGTH} characters, got {len(code)}"
    bad = sorted({ch for ch in code if ch not in _VALUE})
    if bad:
        if any(ch.islower() for ch in bad):
            return "letters must be upper case (e.g. 91350100M000100Y43)"
        return (
            f"contains characters not allowed in a USCC: {' '.join(repr(c) for c in bad)} (no I, O, S, V, Z)"
        )
    expected = check_character(code[:-1])
    if code[-1] != expected:
        return f"check character is wrong (last character should be {expected!r}; is the code mistyped?)"
    return None


def is_valid_uscc(code: str) -> bool:
    return uscc_problem(code) is None


def validate_uscc(code: str, field: str = "uscc") -> str:
    problem = uscc_problem(code)
    if problem:
        raise InvalidInput(f"{field}: {problem}", field=field)
    return code
