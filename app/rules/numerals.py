"""Chinese numerals as printed in statutes: 第一千零三十四条, 第二百五十三条之一, 第（三）项.

Both directions are needed: `to_chinese` writes citations, `from_chinese` reads article headings
when the statute texts are parsed. Only the range statutes use (1..9999) is supported, on purpose:
anything else is a data error and must not be guessed.
"""

from __future__ import annotations

_DIGITS = "零一二三四五六七八九"
_UNITS = ((1000, "千"), (100, "百"), (10, "十"))


def to_chinese(number: int) -> str:
    """1 → 一, 10 → 十, 16 → 十六, 105 → 一百零五, 1034 → 一千零三十四, 1010 → 一千零一十."""
    if not 1 <= number <= 9999:
        raise ValueError(f"statute numbers run from 1 to 9999, not {number}")
    if 10 <= number < 20:
        # Statutes write 第十条, 第十六条 (not 一十六) when ten leads the number.
        return "十" + (_DIGITS[number - 10] if number > 10 else "")
    out: list[str] = []
    rest = number
    pending_zero = False
    for value, unit in _UNITS:
        digit, rest = divmod(rest, value)
        if digit:
            if pending_zero:
                out.append("零")
                pending_zero = False
            out.append(_DIGITS[digit] + unit)
        elif out:
            pending_zero = True
    if rest:
        if pending_zero:
            out.append("零")
        out.append(_DIGITS[rest])
    return "".join(out)


def from_chinese(text: str) -> int:
    """Inverse of `to_chinese` for statute numbers; raises ValueError on anything else."""
    if not text or any(ch not in _DIGITS + "十百千" for ch in text):
        raise ValueError(f"not a Chinese statute number: {text!r}")
    total = 0
    digit: int | None = None
    unit_values = {"十": 10, "百": 100, "千": 1000}
    last_unit = 10_000
    for ch in text:
        if ch in unit_values:
            value = unit_values[ch]
            if value >= last_unit:
                raise ValueError(f"not a Chinese statute number: {text!r}")
            total += (1 if digit is None else digit) * value
            last_unit = value
            digit = None
        else:
            if digit is not None:
                raise ValueError(f"not a Chinese statute number: {text!r}")
            digit = _DIGITS.index(ch)
            if digit == 0:
                digit = None
    if digit is not None:
        total += digit
    if total == 0:
        raise ValueError(f"not a Chinese statute number: {text!r}")
    return total


def to_roman_lower(number: int) -> str:
    """Items in English citations: Article 47(1)(iii)."""
    if not 1 <= number <= 39:
        raise ValueError(f"item numbers run from 1 to 39, not {number}")
    pairs = ((10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))
    out = []
    rest = number
    for value, letters in pairs:
        while rest >= value:
            out.append(letters)
            rest -= value
    return "".join(out)
