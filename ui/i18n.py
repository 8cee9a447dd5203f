"""Translations through Qt's own system (ARCHITECTURE lesson 8). SHARED INFRASTRUCTURE — stable API.

How to write a translatable string in ui/ (every module, both UI engineers):

    from ui.i18n import translate
    label.setText(translate("RecordsPage", "Search records"))
    translate("RecordsPage", "%n record(s)", None, count)        # plurals: %n + n

The context is the first argument, a string literal naming the widget class or module. We do not use
`self.tr()` (PySide derives the context from the runtime subclass name) and we do not use a
per-module `_tr("text")` helper either: pyside6-lupdate 6.12 only extracts literal contexts, and a
helper that hides the context produces an empty context in the .ts file (checked by hand).

Updating the .ts sources after changing strings (then translate the new entries, e.g. with
pyside6-linguist, and `make translations` compiles the .qm files):

    .venv/bin/pyside6-lupdate -extensions py -no-obsolete ui \
        -ts resources/i18n/faceledger_zh_CN.ts resources/i18n/faceledger_en.ts \
            resources/i18n/faceledger_zh_HK.ts

Public API: LANGUAGE_CODES, language_display_name(), resolve_language(), Translators (install()),
translate(), current_language(), qt_locale_for().
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from app import paths

log = logging.getLogger(__name__)

# The languages the app ships; "system" follows the operating system.
LANGUAGE_CODES = ("zh_CN", "en", "zh_HK")
_DISPLAY_NAMES = {"zh_CN": "简体中文", "en": "English", "zh_HK": "繁體中文（香港）"}
# Qt ships no qtbase_zh_HK; Hong Kong users read Traditional Chinese, so zh_TW is the closest
# (a few of its dialog words are Taiwan usage, e.g. 檔案型態; Qt's own text, not ours).
_QTBASE_FOR = {"zh_CN": "qtbase_zh_CN", "en": "qtbase_en", "zh_HK": "qtbase_zh_TW"}

_current = "en"
_PLURAL_SUFFIX = re.compile(r"\((s|es)\)")
# A word that changes with the count, written "[singular|plural]": "%n request(s) [needs|need] action".
_PLURAL_CHOICE = re.compile(r"\[([^|\[\]]*)\|([^|\[\]]*)\]")


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """QCoreApplication.translate, plus English plurals for "(s)" source strings.

    Qt's numerus forms need lupdate to mark a message as plural, and pyside6-lupdate 6.11 (the
    version the project pins) does not detect plurals in Python at all (6.12 did). So a source string
    such as "%n record(s)" is resolved here when no translation replaced it: "1 record", "3 records".
    Chinese translations contain no "(s)" and are untouched. A verb that agrees with the count is
    written "[singular|plural]": "%n request(s) [needs|need] action" → "1 request needs action",
    "2 requests need action" (resolved only when `n` is given).
    """
    result = QCoreApplication.translate(context, text, disambiguation, n)
    if n >= 0 and "(" in result:
        result = _PLURAL_SUFFIX.sub("" if n == 1 else r"\1", result)
    if n >= 0 and "[" in result:
        result = _PLURAL_CHOICE.sub(r"\1" if n == 1 else r"\2", result)
    return result


def language_display_name(code: str) -> str:
    """Each language's name in its own language (what people look for in a language menu)."""
    return _DISPLAY_NAMES.get(code, code)


def resolve_language(setting: str, system: QLocale | None = None) -> str:
    """The language code to use for a setting ("system" or a code) and the system locale."""
    if setting in LANGUAGE_CODES:
        return setting
    locale = system or QLocale.system()
    if locale.language() == QLocale.Language.Chinese:
        traditional = locale.script() == QLocale.Script.TraditionalChineseScript or locale.territory() in (
            QLocale.Country.HongKong,
            QLocale.Country.Macao,
            QLocale.Country.Taiwan,
        )
        return "zh_HK" if traditional else "zh_CN"
    return "en"


def qt_locale_for(code: str) -> QLocale:
    return {
        "zh_CN": QLocale(
            QLocale.Language.Chinese, QLocale.Script.SimplifiedChineseScript, QLocale.Country.China
        ),
        "zh_HK": QLocale(
            QLocale.Language.Chinese, QLocale.Script.TraditionalChineseScript, QLocale.Country.HongKong
        ),
    }.get(code, QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))


def current_language() -> str:
    """The language installed last (zh_CN, en or zh_HK); app/ functions take it as `lang`."""
    return _current


def core_lang(code: str | None = None) -> str:
    """The core's spelling of a language (app/rules, app/letters): zh-CN, en, zh-HK."""
    return (code or _current).replace("_", "-")


def qt_translation_dirs() -> list[str]:
    """Where Qt's own translations (qtbase_*.qm: file and colour dialogs, standard buttons) are:
    the folder Qt reports, then the PySide6 wheel's Qt/translations (a relocated or frozen Qt may
    report a folder that does not exist)."""
    import PySide6

    folders = [
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(Path(PySide6.__file__).resolve().parent / "Qt" / "translations"),
        str(Path(PySide6.__file__).resolve().parent / "translations"),
    ]
    return [f for i, f in enumerate(folders) if f and f not in folders[:i] and Path(f).is_dir()]


class Translators:
    """Owns the app's and Qt's QTranslators and swaps them when the language changes."""

    def __init__(self) -> None:
        self._installed: list[QTranslator] = []

    def install(self, code: str) -> bool:
        """Install translators for `code`; returns False if our own .qm file is missing."""
        global _current
        app = QCoreApplication.instance()
        if app is None:
            raise RuntimeError("create the QApplication before installing translators")
        for translator in self._installed:
            app.removeTranslator(translator)
        self._installed = []
        ours = QTranslator(app)
        ok = ours.load(f"faceledger_{code}", str(paths.resources_path("i18n")))
        if ok:
            app.installTranslator(ours)
            self._installed.append(ours)
        else:
            log.warning("translations: faceledger_%s.qm not found (run `make translations`)", code)
        qtbase = QTranslator(app)
        qtbase_name = _QTBASE_FOR.get(code, "qtbase_en")
        if any(qtbase.load(qtbase_name, folder) for folder in qt_translation_dirs()):
            app.installTranslator(qtbase)
            self._installed.append(qtbase)
        else:
            log.warning("translations: %s.qm not found; Qt's own dialogs stay in English", qtbase_name)
        QLocale.setDefault(qt_locale_for(code))
        _current = code
        return ok
