"""The map canvas: dots at the seats of administrative units on a plain projected plane.

No tiles, no coastlines, no boundary lines (docs/MAP.md says why): only dots (area proportional to
the number of records; a pie of the colour categories when they are mixed), the units' names where
they fit, and a legend. Positions are projected
once (app.geo.projection, km); the view keeps a scale (px per km) and a centre, so panning and
zooming only change two numbers and a repaint draws at most a few thousand dots.

Mouse: drag to pan, wheel to zoom around the pointer, click a dot to open its records.
Keyboard: arrows pan, + and - zoom, 0 (or Home) fits everything, Enter opens the selected dot,
N and P step through the dots from the largest (the list beside the map does the same).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QColor,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
    QPixmap,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QToolTip, QWidget

from app.geo.mapdata import MapData, MapPoint
from app.geo.projection import bounds, project
from app.geo.render import NEUTRAL, dot_radius

MAX_LABELS = 80
MIN_SCALE = 0.02  # px per km: all of China in ~100 px
MAX_SCALE = 200.0  # px per km: a city's districts well apart
CLICK_SLOP_PX = 4
LABEL_CANDIDATES = 300
LAYER_MARGIN = 0.35  # of the view's width/height, pre-drawn on each side for panning
RELAYER_MS = 150
GRID = 48.0


def _cells(rect: QRectF) -> list[tuple[int, int]]:
    x0, x1 = int(rect.left() // GRID), int(rect.right() // GRID)
    y0, y1 = int(rect.top() // GRID), int(rect.bottom() // GRID)
    return [(x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


class MapView(QWidget):
    point_activated = Signal(object)  # MapPoint: clicked, or Enter on the selected dot
    point_hovered = Signal(object)  # MapPoint | None
    selection_changed = Signal(object)  # MapPoint | None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.data: MapData | None = None
        self.colors: dict[str, str] = {}
        self.legend: list[tuple[str, str]] = []  # (colour key, label)
        self.tooltip_for: Callable[[MapPoint], str] = lambda p: f"{p.full_name}: {p.count}"
        self.empty_text = ""
        self._xy: list[tuple[float, float]] = []  # projected km, same order as data.points
        self._radius: list[float] = []
        self._order: list[int] = []  # drawing order: large dots first
        self.scale = 1.0
        self.center = (0.0, 0.0)
        self.selected: int | None = None
        self.hovered: int | None = None
        self._press: QPointF | None = None
        self._last: QPointF | None = None
        self._dragged = False
        self.frames_painted = 0
        self.layers_rendered = 0
        self._layer: QPixmap | None = None
        self._layer_scale = 1.0
        self._layer_center = (0.0, 0.0)
        self._relayer_timer = QTimer(self)
        self._relayer_timer.setSingleShot(True)
        self._relayer_timer.setInterval(RELAYER_MS)
        self._relayer_timer.timeout.connect(self._relayer)

    # --- data ---------------------------------------------------------------------------------------
    def set_data(self, data: MapData, colors: dict[str, str], legend: list[tuple[str, str]]) -> None:
        """New points; the view is kept when the same units are shown again (filters), else fitted."""
        previous = {p.code for p in self.data.points} if self.data else set()
        selected_code = self.selected_point().code if self.selected_point() else None
        self.data, self.colors, self.legend = data, colors, legend
        self._xy = [project(p.lon, p.lat) for p in data.points]
        largest = max((p.count for p in data.points), default=1)
        self._radius = [dot_radius(p.count, largest, 1.0) for p in data.points]
        self._order = sorted(range(len(self._xy)), key=lambda i: -self._radius[i])
        codes = [p.code for p in data.points]
        self.selected = codes.index(selected_code) if selected_code in codes else None
        self.hovered = None
        self._layer = None
        if not previous or not previous & set(codes):
            self.fit()
        self.update()

    def selected_point(self) -> MapPoint | None:
        if self.data is None or self.selected is None or self.selected >= len(self.data.points):
            return None
        return self.data.points[self.selected]

    def select_code(self, code: str, *, center: bool = False) -> None:
        if self.data is None:
            return
        for index, point in enumerate(self.data.points):
            if point.code == code:
                self._select(index)
                if center:
                    self.center = self._xy[index]
                self.update()
                return

    def _select(self, index: int | None) -> None:
        if index != self.selected:
            self.selected = index
            self.selection_changed.emit(self.selected_point())
            self.update()

    # --- geometry -----------------------------------------------------------------------------------
    def fit(self) -> None:
        min_x, min_y, max_x, max_y = bounds(self._xy)
        width, height = max(self.width(), 1), max(self.height(), 1)
        margin = 48.0
        top = max(margin, self.legend_rect().bottom() + 24)  # keep the dots clear of the legend
        self.scale = min((width - 2 * margin) / (max_x - min_x), (height - top - margin) / (max_y - min_y))
        self.scale = max(MIN_SCALE, min(MAX_SCALE, self.scale))
        # Centre the points in the area below the legend.
        shift = (top - margin) / 2 / self.scale
        self.center = ((min_x + max_x) / 2, (min_y + max_y) / 2 + shift)
        self.update()

    def legend_rect(self) -> QRectF:
        if not self.legend:
            return QRectF(10, 10, 0, 0)
        metrics = QFontMetricsF(self.font())
        line = metrics.height() + 4
        width = max(metrics.horizontalAdvance(text) for _, text in self.legend) + 34
        return QRectF(10, 10, width, line * len(self.legend) + 10)

    def to_screen(self, x: float, y: float) -> QPointF:
        return QPointF(
            self.width() / 2 + (x - self.center[0]) * self.scale,
            self.height() / 2 - (y - self.center[1]) * self.scale,
        )

    def zoom(self, factor: float, around: QPointF | None = None) -> None:
        around = around if around is not None else QPointF(self.width() / 2, self.height() / 2)
        before = self._to_world(around)
        self.scale = max(MIN_SCALE, min(MAX_SCALE, self.scale * factor))
        after = self._to_world(around)
        self.center = (self.center[0] + before[0] - after[0], self.center[1] + before[1] - after[1])
        self.update()

    def pan(self, dx_px: float, dy_px: float) -> None:
        self.center = (self.center[0] - dx_px / self.scale, self.center[1] + dy_px / self.scale)
        self.update()

    def _to_world(self, pos: QPointF) -> tuple[float, float]:
        return (
            self.center[0] + (pos.x() - self.width() / 2) / self.scale,
            self.center[1] - (pos.y() - self.height() / 2) / self.scale,
        )

    def point_at(self, pos: QPointF) -> int | None:
        """The smallest dot under `pos` (small dots are drawn on top), with a few px of slack."""
        best: int | None = None
        for index, (x, y) in enumerate(self._xy):
            p = self.to_screen(x, y)
            r = self._radius[index] + 3
            if abs(p.x() - pos.x()) <= r and abs(p.y() - pos.y()) <= r:
                if math.hypot(p.x() - pos.x(), p.y() - pos.y()) <= r and (
                    best is None or self._radius[index] < self._radius[best]
                ):
                    best = index
        return best

    # --- painting -----------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        text_color = palette.color(QPalette.ColorRole.Text)
        if self.data is None or not self.data.points:
            painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
            painter.drawText(
                self.rect().adjusted(24, 24, -24, -24),
                Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                self.empty_text,
            )
            painter.end()
            self.frames_painted += 1
            return
        self._draw_layer(painter)
        for index, width in ((self.hovered, 1.5), (self.selected, 2.5)):
            if index is not None and index < len(self._xy):
                p = self.to_screen(*self._xy[index])
                painter.setPen(QPen(text_color, width))
                painter.setBrush(Qt.BrushStyle.NoBrush)
                r = self._radius[index] + 3
                painter.drawEllipse(p, r, r)
        self._paint_legend(painter, palette)
        painter.end()
        self.frames_painted += 1

    # --- the cached layer of dots and labels ---------------------------------------------------------
    # Drawing thousands of dots from Python costs tens of ms, so dots and labels are drawn once into
    # a pixmap LAYER_MARGIN larger than the view on every side. Panning only moves that pixmap;
    # zooming shows it scaled for the frames of the gesture and draws it sharp again once the
    # gesture pauses (RELAYER_MS), or at once when it has become too coarse or too small.
    def invalidate_layer(self) -> None:
        self._layer = None
        self.update()

    def _draw_layer(self, painter: QPainter) -> None:
        if self._layer is None or self._layer_outdated():
            self._render_layer()
        assert self._layer is not None
        factor = self.scale / self._layer_scale
        anchor = self.to_screen(*self._layer_center)  # where the layer's centre is now
        width = self._layer.width() / self._layer.devicePixelRatio()
        height = self._layer.height() / self._layer.devicePixelRatio()
        target = QRectF(
            anchor.x() - width / 2 * factor, anchor.y() - height / 2 * factor, width * factor, height * factor
        )
        if factor != 1.0:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            self._relayer_timer.start()
        painter.drawPixmap(target, self._layer, QRectF(self._layer.rect()))

    def _layer_outdated(self) -> bool:
        factor = self.scale / self._layer_scale
        if not 0.5 <= factor <= 2.0:
            return True
        anchor = self.to_screen(*self._layer_center)
        half_w = (self._layer.width() / self._layer.devicePixelRatio()) / 2 * factor  # type: ignore[union-attr]
        half_h = (self._layer.height() / self._layer.devicePixelRatio()) / 2 * factor  # type: ignore[union-attr]
        covered = QRectF(anchor.x() - half_w, anchor.y() - half_h, 2 * half_w, 2 * half_h)
        return not covered.contains(QRectF(self.rect()))

    def _relayer(self) -> None:
        if self._layer is not None and self.scale != self._layer_scale:
            self.invalidate_layer()

    def _render_layer(self) -> None:
        assert self.data is not None
        margin_x, margin_y = self.width() * LAYER_MARGIN, self.height() * LAYER_MARGIN
        ratio = self.devicePixelRatioF()
        layer = QPixmap(
            int((self.width() + 2 * margin_x) * ratio), int((self.height() + 2 * margin_y) * ratio)
        )
        layer.setDevicePixelRatio(ratio)
        layer.fill(Qt.GlobalColor.transparent)
        painter = QPainter(layer)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setFont(self.font())
        painter.translate(margin_x, margin_y)
        palette = self.palette()
        area = QRectF(-margin_x, -margin_y, self.width() + 2 * margin_x, self.height() + 2 * margin_y)
        visible = area.adjusted(-30, -30, 30, 30)
        outline = QPen(palette.color(QPalette.ColorRole.Base), 1.0)
        shown: list[tuple[int, QPointF]] = []
        brushes: dict[str, QColor] = {}
        for index in self._order:  # large dots first, so that small ones stay visible on top
            p = self.to_screen(*self._xy[index])
            if not visible.contains(p):
                continue
            point = self.data.points[index]
            r = self._radius[index]
            if len(point.categories) > 1:
                # A pie: each category's share of the place's records, clockwise from 12 o'clock.
                box = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)
                total = point.count or 1
                start = 90 * 16
                painter.setPen(Qt.PenStyle.NoPen)
                for key, n in point.categories:
                    span = -round(n / total * 360 * 16)
                    painter.setBrush(self._brush(brushes, key))
                    painter.drawPie(box, start, span)
                    start += span
                painter.setPen(outline)
                painter.setBrush(Qt.BrushStyle.NoBrush)
            else:
                painter.setPen(outline)
                painter.setBrush(self._brush(brushes, point.main_category))
            painter.drawEllipse(p, r, r)
            shown.append((index, p))
        self._paint_labels(painter, shown, palette.color(QPalette.ColorRole.Text), area)
        painter.end()
        self._layer = layer
        self._layer_scale = self.scale
        self._layer_center = self._to_world(QPointF(self.width() / 2, self.height() / 2))
        self.layers_rendered += 1

    def _brush(self, cache: dict[str, QColor], key: str) -> QColor:
        color = cache.get(key)
        if color is None:
            color = QColor(self.colors.get(key, NEUTRAL))
            color.setAlphaF(0.85)
            cache[key] = color
        return color

    def _paint_labels(
        self, painter: QPainter, shown: list[tuple[int, QPointF]], color: QColor, area: QRectF
    ) -> None:
        """The largest places first; a label goes right, left, above or below its dot where it covers
        no other label and no other dot. Dots are looked up in a coarse grid (cells of GRID px), and
        only the LABEL_CANDIDATES largest visible places are tried, so a frame with thousands of
        dots stays fast."""
        assert self.data is not None
        metrics = QFontMetricsF(self.font())
        height = metrics.height()
        taken: list[QRectF] = [self.legend_rect()]
        grid: dict[tuple[int, int], list[int]] = {}
        boxes: list[QRectF] = []
        for k, (i, p) in enumerate(shown):
            r = self._radius[i]
            box = QRectF(p.x() - r, p.y() - r, 2 * r, 2 * r)
            boxes.append(box)
            for cell in _cells(box):
                grid.setdefault(cell, []).append(k)
        painter.setPen(color)
        points = self.data.points
        candidates = sorted(range(len(shown)), key=lambda k: -points[shown[k][0]].count)[:LABEL_CANDIDATES]
        placed = 0
        for k in candidates:
            if placed >= MAX_LABELS:
                break
            index, p = shown[k]
            name = points[index].name
            width = metrics.horizontalAdvance(name)
            r = self._radius[index]
            for rect in (
                QRectF(p.x() + r + 3, p.y() - height / 2, width, height),
                QRectF(p.x() - r - 3 - width, p.y() - height / 2, width, height),
                QRectF(p.x() - width / 2, p.y() - r - 2 - height, width, height),
                QRectF(p.x() - width / 2, p.y() + r + 2, width, height),
            ):
                if not area.contains(rect):
                    continue
                near = {j for cell in _cells(rect) for j in grid.get(cell, ())}
                if any(boxes[j].intersects(rect) for j in near if j != k) or any(
                    rect.intersects(t) for t in taken
                ):
                    continue
                painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, name)
                taken.append(rect)
                placed += 1
                break

    def _paint_legend(self, painter: QPainter, palette: QPalette) -> None:
        if not self.legend:
            return
        metrics = QFontMetricsF(self.font())
        line = metrics.height() + 4
        box = self.legend_rect()
        width = box.width()
        background = QColor(palette.color(QPalette.ColorRole.Window))
        background.setAlphaF(0.9)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
        painter.setBrush(background)
        painter.drawRoundedRect(box, 6, 6)
        for row, (key, text) in enumerate(self.legend):
            y = box.top() + 5 + row * line
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor(self.colors.get(key, NEUTRAL)))
            painter.drawEllipse(QPointF(box.left() + 14, y + line / 2), 6, 6)
            painter.setPen(palette.color(QPalette.ColorRole.WindowText))
            painter.drawText(
                QRectF(box.left() + 26, y, width - 26, line), Qt.AlignmentFlag.AlignVCenter, text
            )

    # --- interaction --------------------------------------------------------------------------------
    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() in (QEvent.Type.PaletteChange, QEvent.Type.FontChange, QEvent.Type.StyleChange):
            self._layer = None  # light/dark switch, larger text: draw the layer again
        super().changeEvent(event)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 - Qt override
        self._layer = None
        super().resizeEvent(event)
        if event.oldSize().width() <= 0:
            self.fit()

    def wheelEvent(self, event: QWheelEvent) -> None:  # noqa: N802 - Qt override
        steps = event.angleDelta().y() / 120
        if steps:
            self.zoom(1.25**steps, event.position())
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = self._last = event.position()
            self._dragged = False
            self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        pos = event.position()
        if self._press is not None and self._last is not None:
            if (pos - self._press).manhattanLength() > CLICK_SLOP_PX:
                self._dragged = True
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self._dragged:
                self.pan(pos.x() - self._last.x(), pos.y() - self._last.y())
            self._last = pos
            return
        hovered = self.point_at(pos)
        if hovered != self.hovered:
            self.hovered = hovered
            self.setCursor(
                Qt.CursorShape.PointingHandCursor if hovered is not None else Qt.CursorShape.ArrowCursor
            )
            self.point_hovered.emit(self.data.points[hovered] if self.data and hovered is not None else None)
            self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802 - Qt override
        if event.button() != Qt.MouseButton.LeftButton or self._press is None:
            return
        clicked = not self._dragged
        self._press = self._last = None
        self._dragged = False
        self.unsetCursor()
        if clicked and self.data is not None:
            index = self.point_at(event.position())
            self._select(index)
            if index is not None:
                self.point_activated.emit(self.data.points[index])

    def leaveEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if self.hovered is not None:
            self.hovered = None
            self.point_hovered.emit(None)
            self.update()
        super().leaveEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip and self.data is not None:
            pos = event.pos()  # type: ignore[attr-defined]
            index = self.point_at(QPointF(pos))
            if index is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(), self.tooltip_for(self.data.points[index]), self)  # type: ignore[attr-defined]
            return True
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key = event.key()
        step = 0.1 * min(self.width(), self.height())
        moves = {
            Qt.Key.Key_Left: (step, 0.0),
            Qt.Key.Key_Right: (-step, 0.0),
            Qt.Key.Key_Up: (0.0, step),
            Qt.Key.Key_Down: (0.0, -step),
        }
        if key in moves:
            self.pan(*moves[Qt.Key(key)])
        elif key in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom(1.25)
        elif key in (Qt.Key.Key_Minus, Qt.Key.Key_Underscore):
            self.zoom(0.8)
        elif key in (Qt.Key.Key_0, Qt.Key.Key_Home):
            self.fit()
        elif key in (Qt.Key.Key_N, Qt.Key.Key_P) and self.data is not None and self.data.points:
            count = len(self.data.points)
            current = self.selected if self.selected is not None else (-1 if key == Qt.Key.Key_N else 0)
            self._select((current + (1 if key == Qt.Key.Key_N else -1)) % count)
            assert self.selected is not None
            self.center = self._xy[self.selected]
            self.update()
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.selected_point() is not None:
            self.point_activated.emit(self.selected_point())
        else:
            super().keyPressEvent(event)
