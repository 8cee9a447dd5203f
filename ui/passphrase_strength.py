"""A rough passphrase strength hint for the create-vault form (Qt-free, so it is unit-testable).

It is a hint, not a guarantee: the estimate is length × log2(alphabet size), lowered for runs of
one character and for well-known sequences. Chinese characters count as a large alphabet, so a
short Chinese sentence can be strong — which matches how people who read Chinese choose phrases.
"""

from __future__ import annotations

import math
import re
from enum import IntEnum


class Strength(IntEnum):
    EMPTY = 0
    WEAK = 1
    FAIR = 2
    GOOD = 3
    STRONG = 4


_SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
_COMMON = {"password", "passw0rd", "123456", "12345678", "qwerty", "111111", "iloveyou", "admin", "woaini"}


def estimate_bits(passphrase: str) -> float:
    if not passphrase:
        return 0.0
    pool = 0
    if re.search(r"[a-z]", passphrase):
        pool += 26
    if re.search(r"[A-Z]", passphrase):
        pool += 26
    if re.search(r"[0-9]", passphrase):
        pool += 10
    if re.search(r"[^\w\s]|_", passphrase, flags=re.ASCII):
        pool += 33
    if re.search(r"\s", passphrase):
        pool += 1
    cjk = len(re.findall(r"[\u3400-\u9fff\uf900-\ufaff]", passphrase))
    other = len(passphrase) - cjk
    bits = other * math.log2(max(pool, 2)) + cjk * math.log2(3000)
    lowered = passphrase.lower()
    if lowered in _COMMON:
        return min(bits, 10.0)
    # Repeated characters and keyboard/alphabet runs add almost nothing.
    repeats = sum(1 for a, b in zip(passphrase, passphrase[1:], strict=False) if a == b)
    runs = sum(1 for seq in _SEQUENCES for i in range(len(lowered) - 2) if lowered[i : i + 3] in seq)
    penalty = (repeats + runs) * math.log2(max(pool, 2)) * 0.75
    return max(bits - penalty, 0.0)


def strength(passphrase: str) -> Strength:
    if not passphrase:
        return Strength.EMPTY
    bits = estimate_bits(passphrase)
    if bits < 40:
        return Strength.WEAK
    if bits < 60:
        return Strength.FAIR
    if bits < 80:
        return Strength.GOOD
    return Strength.STRONG
