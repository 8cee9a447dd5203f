"""Every typed error of the core has its own translated sentence (ui/errors.py).

A new class in app/errors.py without a sentence of its own fails here, so a user never meets a
vague fallback for an error the core raises on purpose.
"""

from __future__ import annotations

import inspect
from typing import Any

import pytest

from app import errors as core_errors
from ui import errors as ui_errors


def core_error_classes() -> list[type[BaseException]]:
    return [
        cls
        for _name, cls in inspect.getmembers(core_errors, inspect.isclass)
        if issubclass(cls, core_errors.FaceLedgerError) and cls.__module__ == core_errors.__name__
    ]


def test_there_are_many_error_classes() -> None:
    assert len(core_error_classes()) >= 30


@pytest.mark.parametrize("cls", core_error_classes(), ids=lambda c: c.__name__)
def test_every_core_error_class_has_its_own_sentence(cls: type[BaseException]) -> None:
    mapped = [entry for entry, _text in ui_errors._messages()]
    assert cls in mapped, f"{cls.__name__} has no sentence in ui/errors.py"
    # __new__ without __init__: some classes take extra arguments; message_for looks only at the class.
    text = ui_errors.message_for(cls.__new__(cls))
    own = dict(ui_errors._messages())[cls]
    assert text == own, f"{cls.__name__} is shadowed by an earlier, more general entry"


@pytest.mark.parametrize("language", ["zh_CN", "zh_HK"])
def test_every_sentence_is_translated(qapp: Any, language: str) -> None:
    english = {cls: text for cls, text in ui_errors._messages()}
    qapp.translators.install(language)
    translated = {cls: text for cls, text in ui_errors._messages()}
    untranslated = [cls.__name__ for cls in english if translated[cls] == english[cls]]
    assert not untranslated, f"{language}: no translation for {untranslated}"
    assert all(any("\u4e00" <= ch <= "\u9fff" for ch in text) for text in translated.values())


def test_bundle_errors_say_what_happened(qapp: Any) -> None:
    qapp.translators.install("zh_CN")
    assert "密码" in ui_errors.message_for(core_errors.BundleWrongPassphrase("x"))
    assert "已经导入" in ui_errors.message_for(core_errors.BundleReplayed("x"))
