"""Chinese line breaking for the PDF (and the rules the plain-text wrapper shares).

reportlab's wordWrap='CJK' keeps only a short list of characters off the start of a line (it misses
，；：？！》” among others) and never keeps opening brackets off the end of one, so 《…》 citations
broke as "…规定\n》" and "（\n《…". We break lines ourselves, measuring with the same fonts and sizes
reportlab draws with, and hand reportlab finished lines.

Rules (GB/T 15834 practice, JIS X 4051 "kinsoku"):
- closing punctuation never starts a line: it hangs in the margin if one character's width is
  enough, otherwise the last character of the line moves down with it;
- opening punctuation never ends a line: it moves down;
- a Latin word, number, e-mail address or reference code is never split unless it is longer than a
  whole line.
"""

from __future__ import annotations

from collections.abc import Callable

NO_LINE_START = frozenset("，。、；：？！）》」』”’〉】〕…—・·%,.;:?!)]}")
NO_LINE_END = frozenset("（《「『“‘〈【〔([{")


def is_wide(char: str) -> bool:
    code = ord(char)
    return code >= 0x2E80 or char in "“”‘’"


def units(text: str) -> list[str]:
    """Breakable units: each wide character alone, runs of other characters (words) whole,
    each space alone."""
    out: list[str] = []
    word = ""
    for char in text:
        if char == " " or is_wide(char):
            if word:
                out.append(word)
                word = ""
            out.append(char)
        else:
            word += char
    if word:
        out.append(word)
    return out


def _move_open_brackets_down(line: list[str], carry: list[str], keep: int) -> None:
    """Move opening brackets at the end of `line` to the front of `carry` (the next line), keeping at
    least `keep` units on the line. Spaces at the break are dropped, also those between brackets, so
    "（ （" before a break is seen as one group."""
    while len(line) > keep and (line[-1] == " " or line[-1] in NO_LINE_END):
        unit = line.pop()
        if unit != " ":
            carry.insert(0, unit)


def break_lines(
    text: str,
    width_of: Callable[[str], float],
    max_width: float,
    first_width: float | None = None,
    hang: float = 0.0,
) -> list[str]:
    """Split `text` into lines no wider than `max_width` (the first one `first_width`), except that
    one closing punctuation mark may hang up to `hang` beyond the edge."""
    lines: list[list[str]] = [[]]
    widths = [0.0]
    limit = first_width if first_width is not None else max_width

    def new_line() -> None:
        nonlocal limit
        lines.append([])
        widths.append(0.0)
        limit = max_width

    def split_word(unit: str) -> None:
        """A word longer than a whole line: split it by characters."""
        for char in unit:
            cw = width_of(char)
            if widths[-1] + cw > limit and lines[-1]:
                new_line()
            lines[-1].append(char)
            widths[-1] += cw

    for unit in units(text):
        w = width_of(unit)
        line, used = lines[-1], widths[-1]
        if unit == " " and (not line or used + w > limit):
            # No space at the start of a line; a space that does not fit is where the line breaks,
            # and the break itself happens at the next unit, so closing punctuation after the space
            # is still kept off the start of the next line.
            continue
        if used + w <= limit or not line:
            if w > limit and not line and len(unit) > 1:
                split_word(unit)
                continue
            line.append(unit)
            widths[-1] = used + w
            continue
        if unit[0] in NO_LINE_START:
            if used + w <= limit + hang:
                line.append(unit)  # hanging punctuation
                widths[-1] = used + w
                continue
            # Move units down until the next line starts with something that may start a line.
            carry: list[str] = []
            while len(line) > 1:
                carry.insert(0, line.pop())
                if carry[0][0] not in NO_LINE_START and carry[0] != " ":
                    break
            _move_open_brackets_down(line, carry, keep=0)
            new_line()
            for c in carry:
                lines[-1].append(c)
                widths[-1] += width_of(c)
            lines[-1].append(unit)
            widths[-1] += w
            continue
        carry = []
        _move_open_brackets_down(line, carry, keep=1)
        new_line()
        for c in carry:
            lines[-1].append(c)
            widths[-1] += width_of(c)
        if unit != " ":
            if widths[-1] + w > limit and len(unit) > 1:
                # Also a too-long word that arrives mid-line ("补充说明：aaaa…"): left whole, it
                # made one line reportlab re-wrapped in quadratic time (issue 19 item 8).
                split_word(unit)
                continue
            lines[-1].append(unit)
            widths[-1] += w
    return ["".join(line).rstrip() for line in lines if line] or [""]
