"""One application-wide event filter: the mouse wheel never changes a value the person is not editing.

Scrolling a long form with the wheel used to change whatever drop-down passed under the pointer
(住宅小区 became 商场, and a new legal ground appeared). Installed once on the QApplication, this
filter lets a combo box, spin box, date edit or slider take a wheel event only while it has the
keyboard focus; otherwise the event goes to the scroll area around it, so the page scrolls as the
person meant. It also takes away Qt's WheelFocus policy (a wheel turn would otherwise first focus
the widget and then change it) and gives those widgets StrongFocus: click or Tab to edit.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSlider,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QScrollBar,
    QWidget,
)


def value_widget(obj: QObject) -> QWidget | None:
    """The value-changing widget a wheel event on `obj` would change, or None."""
    widget = obj if isinstance(obj, QWidget) else None
    # The line edit inside a spin box or an editable combo passes wheel turns to its owner.
    for candidate in (widget, widget.parentWidget() if widget is not None else None):
        if isinstance(candidate, (QComboBox, QAbstractSpinBox)):
            return candidate
        if isinstance(candidate, QAbstractSlider) and not isinstance(candidate, QScrollBar):
            return candidate
    return None


def _owns_focus(widget: QWidget) -> bool:
    focused = QApplication.focusWidget()
    return widget.hasFocus() or (focused is not None and widget.isAncestorOf(focused))


def _scroll_area_viewport(widget: QWidget) -> QWidget | None:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return parent.viewport()
        parent = parent.parentWidget()
    return None


class WheelGuard(QObject):
    """Install with `app.installEventFilter(WheelGuard(app))` (ui.application does)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.redirected = 0  # wheel turns given to a scroll area instead (tests read it)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        kind = event.type()
        if kind == QEvent.Type.Polish:
            target = value_widget(obj)
            if target is obj and target.focusPolicy() == Qt.FocusPolicy.WheelFocus:
                target.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            return False
        if kind != QEvent.Type.Wheel:
            return False
        target = value_widget(obj)
        if target is None or _owns_focus(target):
            return False
        event.ignore()
        viewport = _scroll_area_viewport(target)
        if viewport is not None:
            self.redirected += 1
            QApplication.sendEvent(viewport, event)
        return True  # the value widget never sees it


def install_wheel_guard(app: QApplication) -> WheelGuard:
    guard = WheelGuard(app)
    app.installEventFilter(guard)
    return guard


__all__ = ["WheelGuard", "install_wheel_guard", "value_widget"]
