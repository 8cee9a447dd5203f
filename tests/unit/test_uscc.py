"""USCC check character (GB 32100-2015) against published codes."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.errors import InvalidInput
from app.uscc import CHARSET, check_character, is_valid_uscc, uscc_problem, validate_uscc

# Published codes: the GB 32100 sample widely used in validators, and registered companies whose
# codes are public (Huawei Technologies, Tencent Computer Systems Shenzhen, Xiaomi Technology,
# Alibaba China) plus codes from hutool-style validator test lists (enterprise, public institution,
# social organisation). Each was confirmed by other published validators, not only by this one.
VALID = [
    "91350100M000100Y43",
    "914403001922038216",
    "91440300708461136T",
    "91110108551385082Q",
    "91330100716105852F",
    "91110000802100433B",
    "91110105771583283D",
    "91110108740084270C",
    "112302070019030687",
    "51610700305332460K",
    "91440300359143307G",
    "12100000400000624D",
]


@pytest.mark.parametrize("code", VALID)
def test_published_codes_are_valid(code: str) -> None:
    assert uscc_problem(code) is None
    assert check_character(code[:17]) == code[17]


def test_known_check_characters() -> None:
    assert check_character("91350100M000100Y4") == "3"
    assert check_character("91440300192203821") == "6"


@pytest.mark.parametrize("code", VALID)
def test_every_other_check_character_is_refused(code: str) -> None:
    for ch in CHARSET:
        if ch != code[17]:
            assert not is_valid_uscc(code[:17] + ch)


@pytest.mark.parametrize(
    ("code", "why"),
    [
        ("91350100m000100y43", "upper case"),
        ("91350100M000100Y4", "18 characters"),
        ("91350100M000100Y433", "18 characters"),
        ("", "18 characters"),
        ("91350100I000100Y43", "not allowed"),  # I, O, S, V, Z are never used
        ("91350100O000100Y43", "not allowed"),
        ("91350100S000100Y43", "not allowed"),
        ("91350100V000100Y43", "not allowed"),
        ("91350100Z000100Y43", "not allowed"),
        ("９１350100M000100Y43", "not allowed"),  # full-width digits
        ("91350100M000100Y44", "check character"),
        ("91530100M000100Y43", "check character"),  # two digits swapped
    ],
)
def test_bad_codes_say_why(code: str, why: str) -> None:
    problem = uscc_problem(code)
    assert problem is not None and why in problem
    with pytest.raises(InvalidInput) as info:
        validate_uscc(code, field="handler.uscc")
    assert str(info.value).startswith("handler.uscc: ") and info.value.field == "handler.uscc"


@given(st.text(alphabet=CHARSET, min_size=17, max_size=17), st.integers(0, 16), st.sampled_from(CHARSET))
def test_any_single_substitution_is_caught(body: str, position: int, replacement: str) -> None:
    code = body + check_character(body)
    assert is_valid_uscc(code)
    mutated = code[:position] + replacement + code[position + 1 :]
    # Weights are non-zero mod 31 (a prime), so one changed character always changes the sum.
    assert is_valid_uscc(mutated) == (mutated == code)
