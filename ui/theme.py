"""Colours: the palette for ordinary text, and two tested colour sets (light, dark) for the few
places that need a colour of their own (errors, breach grounds, caveats, banners, due dates).

Every fixed colour the UI paints text with comes from here, never a literal in a widget, so one
test (tests/ui/test_theme_contrast.py) can compute the WCAG contrast of every text/background pair
in both sets and hold each to AA (4.5:1). The set in use follows the system colour scheme
(QStyleHints.colorScheme(), Qt 6.5+) unless FACELEDGER_COLOUR_SCHEME=light|dark says otherwise
(screenshots, people whose desktop reports no scheme). In dark mode the app uses the Fusion style
with DARK_PALETTE, because not every platform style draws a dark palette by itself.

Public API: Colours, LIGHT, DARK, TEXT_PAIRS, PALETTE_TEXT_PAIRS, contrast_ratio(), colours(),
is_dark(), apply_colour_scheme(), follow_system_colour_scheme().
"""

from __future__ import annotations

import os
from dataclasses import dataclass, fields
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

SCHEME_ENV = "FACELEDGER_COLOUR_SCHEME"


@dataclass(frozen=True)
class Colours:
    """One colour set. `window` and `base` are the backgrounds ordinary text sits on."""

    window: str
    base: str
    text: str
    muted: str  # secondary text (explanations, "based on your answers")
    error: str  # inline error under a field
    breach: str  # title of a ground that your answers show was breached
    caveat: str  # warnings in the rights panel and rules page
    success: str
    banner_info_bg: str
    banner_info_border: str
    banner_info_text: str
    banner_warning_bg: str
    banner_warning_border: str
    banner_warning_text: str
    banner_error_bg: str
    banner_error_border: str
    banner_error_text: str
    chip_bg: str  # breach chips in the records table
    chip_border: str
    chip_text: str
    overdue_bg: str
    overdue_text: str
    today_bg: str
    today_text: str
    soon_bg: str
    soon_text: str


LIGHT = Colours(
    window="#efefef",
    base="#ffffff",
    text="#1f2328",
    muted="#4b5563",
    error="#a4262c",
    breach="#7a2323",
    caveat="#5c4100",
    success="#1e6b34",
    banner_info_bg="#e8f1fb",
    banner_info_border="#2f6db5",
    banner_info_text="#1d3f66",
    banner_warning_bg="#fdf4e3",
    banner_warning_border="#c08a1e",
    banner_warning_text="#5c4100",
    banner_error_bg="#fbeaea",
    banner_error_border="#b83b3b",
    banner_error_text="#6b1f1f",
    chip_bg="#fbeeee",
    chip_border="#c9a3a3",
    chip_text="#7a2323",
    overdue_bg="#fbe3e3",
    overdue_text="#8a1c1c",
    today_bg="#fdefd2",
    today_text="#6e4300",
    soon_bg="#fdf7dc",
    soon_text="#5e4800",
)

DARK = Colours(
    window="#2b2d30",
    base="#1e1f22",
    text="#e6e6e6",
    muted="#b4bac4",
    error="#ff8f87",
    breach="#ffa3a3",
    caveat="#f2cf7d",
    success="#8fd19e",
    banner_info_bg="#1b2a3d",
    banner_info_border="#5b8fd1",
    banner_info_text="#cfe3ff",
    banner_warning_bg="#372c14",
    banner_warning_border="#c08a1e",
    banner_warning_text="#f6dea6",
    banner_error_bg="#3d1e1e",
    banner_error_border="#d46a6a",
    banner_error_text="#ffd3d3",
    chip_bg="#3f2323",
    chip_border="#9a5a5a",
    chip_text="#ffc9c9",
    overdue_bg="#4a1f1f",
    overdue_text="#ffc2c2",
    today_bg="#43320f",
    today_text="#ffdf9e",
    soon_bg="#3b3514",
    soon_text="#f3e39b",
)

# (text colour, background) pairs the UI paints; each must reach WCAG AA in both sets.
TEXT_PAIRS: list[tuple[str, str]] = [
    ("text", "window"),
    ("text", "base"),
    ("muted", "window"),
    ("muted", "base"),
    ("error", "window"),
    ("error", "base"),
    ("breach", "base"),
    ("caveat", "base"),
    ("caveat", "window"),
    ("success", "window"),
    ("banner_info_text", "banner_info_bg"),
    ("banner_warning_text", "banner_warning_bg"),
    ("banner_error_text", "banner_error_bg"),
    ("chip_text", "chip_bg"),
    ("overdue_text", "overdue_bg"),
    ("today_text", "today_bg"),
    ("soon_text", "soon_bg"),
]

WCAG_AA = 4.5


def _dark_palette() -> QPalette:
    c = DARK
    palette = QPalette()
    roles = {
        QPalette.ColorRole.Window: c.window,
        QPalette.ColorRole.WindowText: c.text,
        QPalette.ColorRole.Base: c.base,
        QPalette.ColorRole.AlternateBase: "#26282b",
        QPalette.ColorRole.Text: c.text,
        QPalette.ColorRole.Button: "#35373b",
        QPalette.ColorRole.ButtonText: c.text,
        QPalette.ColorRole.BrightText: "#ffffff",
        QPalette.ColorRole.Highlight: "#2f6db5",
        QPalette.ColorRole.HighlightedText: "#ffffff",
        QPalette.ColorRole.Link: "#8cb8ff",
        QPalette.ColorRole.LinkVisited: "#c3a6ff",
        QPalette.ColorRole.ToolTipBase: "#35373b",
        QPalette.ColorRole.ToolTipText: c.text,
        QPalette.ColorRole.PlaceholderText: "#9aa0a8",
        QPalette.ColorRole.Light: "#4a4d52",
        QPalette.ColorRole.Midlight: "#3c3f44",
        QPalette.ColorRole.Mid: "#56595f",
        QPalette.ColorRole.Dark: "#18191b",
        QPalette.ColorRole.Shadow: "#000000",
    }
    for role, colour in roles.items():
        palette.setColor(role, QColor(colour))
    disabled = QColor("#8a8f96")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


# Palette roles text is drawn with, on the role it is drawn on (checked in dark mode by the test).
PALETTE_TEXT_PAIRS = [
    (QPalette.ColorRole.WindowText, QPalette.ColorRole.Window),
    (QPalette.ColorRole.Text, QPalette.ColorRole.Base),
    (QPalette.ColorRole.Text, QPalette.ColorRole.AlternateBase),
    (QPalette.ColorRole.ButtonText, QPalette.ColorRole.Button),
    (QPalette.ColorRole.HighlightedText, QPalette.ColorRole.Highlight),
    (QPalette.ColorRole.Link, QPalette.ColorRole.Base),
    (QPalette.ColorRole.ToolTipText, QPalette.ColorRole.ToolTipBase),
    (QPalette.ColorRole.PlaceholderText, QPalette.ColorRole.Base),
]


def _luminance(colour: str) -> float:
    q = QColor(colour)

    def channel(value: int) -> float:
        s = value / 255
        return s / 12.92 if s <= 0.04045 else ((s + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast_ratio(foreground: str, background: str) -> float:
    """WCAG 2 contrast ratio of two colours (1.0 … 21.0)."""
    a, b = _luminance(foreground), _luminance(background)
    lighter, darker = max(a, b), min(a, b)
    return (lighter + 0.05) / (darker + 0.05)


_dark = False


def is_dark() -> bool:
    return _dark


def colours() -> Colours:
    """The colour set in use now."""
    return DARK if _dark else LIGHT


def system_prefers_dark() -> bool:
    forced = os.environ.get(SCHEME_ENV, "").strip().lower()
    if forced in ("light", "dark"):
        return forced == "dark"
    hints = QGuiApplication.styleHints()
    scheme = hints.colorScheme() if hasattr(hints, "colorScheme") else Qt.ColorScheme.Unknown
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    # Unknown: judge by the palette the platform gave us (a dark desktop theme without the hint).
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 110


_light_style: str | None = None
_light_palette: QPalette | None = None


def apply_colour_scheme(app: QApplication, dark: bool) -> None:
    """Switch the palette and the colour set; widgets built afterwards use the new colours."""
    global _dark, _light_style, _light_palette
    if _light_palette is None:
        _light_style = app.style().name()
        _light_palette = QPalette(app.palette())
    _dark = dark
    if dark:
        fusion = QStyleFactory.create("Fusion")
        if fusion is not None:
            app.setStyle(fusion)
        app.setPalette(_dark_palette())
    else:
        if _light_style and app.style().name() != _light_style:
            style = QStyleFactory.create(_light_style)
            if style is not None:
                app.setStyle(style)
        app.setPalette(_light_palette)


class SchemeFollower(QObject):
    """Applies the system scheme at start and again whenever the desktop switches it."""

    changed = Signal(bool)

    def __init__(self, app: QApplication) -> None:
        super().__init__(app)
        self._app = app
        hints = QGuiApplication.styleHints()
        if hasattr(hints, "colorSchemeChanged"):
            hints.colorSchemeChanged.connect(self._on_scheme_changed)
        apply_colour_scheme(app, system_prefers_dark())

    def _on_scheme_changed(self, _scheme: object) -> None:
        dark = system_prefers_dark()
        if dark != _dark:
            apply_colour_scheme(self._app, dark)
            self.changed.emit(dark)


def follow_system_colour_scheme(app: QApplication) -> SchemeFollower:
    return SchemeFollower(app)


def style_chart(chart: Any) -> None:
    """A QChart in the colours of the scheme in use (QtCharts' own dark theme in dark mode; its
    titles, axes and legend then stay readable). Call right after creating the chart: setTheme
    resets series colours."""
    from PySide6.QtCharts import QChart

    chart.setTheme(QChart.ChartTheme.ChartThemeDark if _dark else QChart.ChartTheme.ChartThemeLight)
    chart.setBackgroundBrush(QColor(colours().base))
    chart.setTitleBrush(QColor(colours().text))


def colour_names() -> list[str]:
    return [f.name for f in fields(Colours)]


__all__ = [
    "DARK",
    "LIGHT",
    "PALETTE_TEXT_PAIRS",
    "TEXT_PAIRS",
    "Colours",
    "apply_colour_scheme",
    "colours",
    "contrast_ratio",
    "follow_system_colour_scheme",
    "is_dark",
    "style_chart",
    "system_prefers_dark",
]
