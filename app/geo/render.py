"""Map exports: one layout (dots, labels, legend, notes) drawn as SVG, PDF (reportlab) or PNG (Pillow).

The layout is a plain projected canvas (app/geo/projection.py): dots at the seats of administrative
units, sized by count (area proportional), labelled with the unit's short name; no tiles, no
coastlines, no boundary lines of any kind (docs/MAP.md says why). Text comes in from the caller
(`MapText`): the core never translates; `map_text(lang)` gives the CLI's zh-CN and en wording.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

from app.errors import InvalidInput
from app.geo.mapdata import REQUEST_STATES, MapData
from app.geo.projection import bounds, project

FORMATS = ("svg", "pdf", "png")
STATE_COLORS = {
    "none": "#8c8c8c",
    "waiting": "#3b6ea5",
    "overdue": "#e07b39",
    "complied": "#5a9e4b",
    "refused": "#c44e52",
}
GROUND_PALETTE = ("#8172b2", "#c44e52", "#e07b39", "#3b6ea5", "#5a9e4b", "#937860", "#da8bc3", "#64b5cd")
NEUTRAL = "#8c8c8c"
MAX_LABELS = 40


@dataclass(frozen=True)
class MapText:
    title: str
    note: str  # printed under the map (what the positions are; k-anonymity where it applies)
    legend: dict[str, str] = field(default_factory=dict)  # colour key -> label


def map_text(lang: str, data: MapData, ground_titles: dict[str, str] | None = None) -> MapText:
    """The CLI's wording for an export in zh-CN or en."""
    zh = lang != "en"
    states = dict(
        zip(
            ("none", "waiting", "overdue", "complied", "refused"),
            ("未发请求", "等待答复", "逾期未复", "已处理", "拒绝或部分处理")
            if zh
            else ("No request sent", "Waiting", "Overdue", "Complied", "Refused or partly"),
            strict=True,
        )
    )
    legend = states if data.color_by == "request_state" else dict(ground_titles or {})
    if data.color_by == "ground":
        legend.setdefault("", "无特别理由" if zh else "No specific ground")
    title = f"人脸信息采集地点（{data.total} 条记录）"
    if not zh:
        title = f"Where faces were collected ({data.total} records)"
    note = (
        "圆点位于行政区划驻地，面积与记录数成正比；不绘制任何边界线。"
        + (f"{data.unplaced} 条记录无法定位，未显示。" if data.unplaced else "")
        if zh
        else "Dots sit at the seats of administrative units, area proportional to the number of records; "
        "no boundary lines are drawn."
        + (f" {data.unplaced} records without a recognised place are not shown." if data.unplaced else "")
    )
    return MapText(title, note, legend)


@dataclass(frozen=True)
class Dot:
    x: float
    y: float  # canvas coordinates, y down
    radius: float
    color: str  # the most common category's colour
    code: str
    # (colour, share) per category, most common first: the dot is drawn as a pie of them.
    slices: tuple[tuple[str, float], ...] = ()


@dataclass(frozen=True)
class Label:
    x: float
    y: float  # baseline
    text: str
    size: float


@dataclass(frozen=True)
class Layout:
    width: float
    height: float
    dots: tuple[Dot, ...]
    labels: tuple[Label, ...]
    legend: tuple[tuple[str, str], ...]  # (colour, text)
    title: str
    note: str


def colors_for(data: MapData, ground_order: Sequence[str] = ()) -> dict[str, str]:
    if data.color_by == "request_state":
        return dict(STATE_COLORS)
    colors = {g: GROUND_PALETTE[i % len(GROUND_PALETTE)] for i, g in enumerate(ground_order)}
    colors[""] = NEUTRAL
    colors["?"] = "#c8c8c8"
    return colors


def pie_slices(
    categories: Sequence[tuple[str, int]], colors: dict[str, str]
) -> tuple[tuple[str, float], ...]:
    """(colour, share of the dot) for each category; one slice means a plain disc."""
    total = sum(n for _, n in categories) or 1
    return tuple((colors.get(key, NEUTRAL), n / total) for key, n in categories)


def text_width(text: str, size: float) -> float:
    """Rough advance of a label (CJK characters are square, Latin about half as wide)."""
    return sum(size if ord(c) >= 0x2E80 else size * 0.6 for c in text)


def dot_radius(count: int, largest: int, scale: float) -> float:
    """Area proportional to count; the largest dot 18 px at scale 1, the smallest still visible."""
    return scale * max(2.5, 18.0 * math.sqrt(count / max(largest, 1)))


def layout_map(
    data: MapData,
    text: MapText,
    *,
    width: float = 800,
    height: float = 620,
    colors: dict[str, str] | None = None,
    show_counts: bool = False,
) -> Layout:
    colors = colors or colors_for(data)
    top = 44.0 if text.title else 8.0
    bottom = 70.0 if (text.note or text.legend) else 8.0
    side = 24.0 if text.title else 4.0
    projected = [project(p.lon, p.lat) for p in data.points]
    min_x, min_y, max_x, max_y = bounds(projected)
    inner_w, inner_h = width - 2 * side - 40, height - top - bottom - 30
    scale = min(inner_w / (max_x - min_x), inner_h / (max_y - min_y))
    off_x = side + 20 + (inner_w - (max_x - min_x) * scale) / 2
    off_y = top + 15 + (inner_h - (max_y - min_y) * scale) / 2
    largest = max((p.count for p in data.points), default=1)
    dots: list[Dot] = []
    for point, (px, py) in zip(data.points, projected, strict=True):
        x = off_x + (px - min_x) * scale
        y = off_y + (max_y - py) * scale
        dots.append(
            Dot(
                x,
                y,
                dot_radius(point.count, largest, 1.0),
                colors.get(point.main_category, NEUTRAL),
                point.code,
                pie_slices(point.categories, colors),
            )
        )
    labels = _place_labels(data, dots, width, show_counts)
    legend = tuple(
        (colors.get(key, NEUTRAL), label)
        for key, label in text.legend.items()
        if key in {c for p in data.points for c, _ in p.categories} or key in REQUEST_STATES
    )
    # Small dots on top of large ones, so that none is hidden.
    dots.sort(key=lambda d: -d.radius)
    return Layout(width, height, tuple(dots), tuple(labels), legend, text.title, text.note)


def _place_labels(data: MapData, dots: list[Dot], width: float, show_counts: bool) -> list[Label]:
    """Largest units first; each label right, left, above or below its dot, wherever it covers no
    other label and no other dot; a unit whose label fits nowhere stays unlabelled (hover shows it)."""
    size = 10.0
    dot_boxes = [(d.x - d.radius, d.y - d.radius, d.x + d.radius, d.y + d.radius) for d in dots]
    taken: list[tuple[float, float, float, float]] = []
    labels: list[Label] = []
    for index, (point, dot) in enumerate(zip(data.points, dots, strict=True)):
        if len(labels) >= MAX_LABELS:
            break
        caption = f"{point.name} {point.count}" if show_counts else point.name
        w, r = text_width(caption, size), dot.radius
        for left, top in (
            (dot.x + r + 2, dot.y - size / 2),
            (dot.x - r - 2 - w, dot.y - size / 2),
            (dot.x - w / 2, dot.y - r - 2 - size),
            (dot.x - w / 2, dot.y + r + 2),
        ):
            box = (left, top - 1, left + w, top + size + 1)
            if box[0] < 2 or box[2] > width - 2:
                continue
            others = (b for i, b in enumerate(dot_boxes) if i != index)
            if any(_overlap(box, t) for t in taken) or any(_overlap(box, b) for b in others):
                continue
            taken.append(box)
            labels.append(Label(left, top + size * 0.85, caption, size))
            break
    return labels


def _overlap(a: tuple[float, float, float, float], b: tuple[float, float, float, float]) -> bool:
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


# --- reportlab: SVG and PDF -------------------------------------------------------------------------
def _runs(text: str) -> list[tuple[str, str]]:
    from app.letters.fonts import font_for

    runs: list[tuple[str, str]] = []
    for char in text:
        font = font_for(char)
        if runs and runs[-1][0] == font:
            runs[-1] = (font, runs[-1][1] + char)
        else:
            runs.append((font, char))
    return runs


def _add_text(drawing: object, x: float, y: float, text: str, size: float, color: object) -> None:
    from reportlab.graphics.shapes import String
    from reportlab.pdfbase.pdfmetrics import stringWidth

    for font, run in _runs(text):
        drawing.add(String(x, y, run, fontName=font, fontSize=size, fillColor=color))  # type: ignore[attr-defined]
        x += stringWidth(run, font, size)


def _translucent(hex_color: str) -> object:
    from reportlab.lib import colors

    solid = colors.HexColor(hex_color)
    return colors.Color(solid.red, solid.green, solid.blue, alpha=0.8)


def to_drawing(layout: Layout) -> object:
    """A reportlab Drawing of the layout (y flipped: reportlab's origin is bottom left)."""
    from reportlab.graphics.shapes import Circle, Drawing, Rect, Wedge
    from reportlab.lib import colors

    from app.letters.fonts import LATIN, register_fonts

    register_fonts()
    h = layout.height
    drawing = Drawing(layout.width, layout.height)
    drawing.initialFontName = LATIN  # else reportlab declares Helvetica, which is never embedded
    drawing.add(Rect(0, 0, layout.width, layout.height, fillColor=colors.white, strokeColor=None))
    ink = colors.HexColor("#222222")
    _add_text(drawing, 24, h - 28, layout.title, 14, ink)
    for dot in layout.dots:
        start = 90.0  # reportlab: degrees anticlockwise from 3 o'clock; slices run clockwise from 12
        for color, share in dot.slices if len(dot.slices) > 1 else ():
            drawing.add(
                Wedge(
                    dot.x,
                    h - dot.y,
                    dot.radius,
                    start - share * 360,
                    start,
                    fillColor=_translucent(color),
                    strokeColor=None,
                )
            )
            start -= share * 360
        drawing.add(
            Circle(
                dot.x,
                h - dot.y,
                dot.radius,
                fillColor=_translucent(dot.color) if len(dot.slices) <= 1 else None,
                strokeColor=colors.white,
                strokeWidth=0.8,
            )
        )
    for label in layout.labels:
        _add_text(drawing, label.x, h - label.y, label.text, label.size, ink)
    x = 24.0
    for color, text in layout.legend:
        drawing.add(Circle(x + 5, 44, 5, fillColor=colors.HexColor(color), strokeColor=None))
        _add_text(drawing, x + 14, 40.5, text, 9, ink)
        x += 24 + text_width(text, 9)
    _add_text(drawing, 24, 18, layout.note, 8, colors.HexColor("#555555"))
    return drawing


def to_svg(layout: Layout) -> bytes:
    from reportlab.graphics import renderSVG

    svg: str = renderSVG.drawToString(to_drawing(layout))
    return svg.encode("utf-8")


def to_pdf(layout: Layout) -> bytes:
    from reportlab.graphics import renderPDF

    pdf: bytes = renderPDF.drawToString(to_drawing(layout), title="FaceLedger map")
    return pdf


# --- Pillow: PNG ------------------------------------------------------------------------------------
def to_png(layout: Layout, *, scale: float = 2.0) -> bytes:
    from PIL import Image, ImageDraw, ImageFont

    from app.paths import resources_path

    cjk = str(resources_path("fonts", "DroidSansFallback-FaceLedger-subset.ttf"))
    latin = str(resources_path("fonts", "Vera.ttf"))
    fonts: dict[tuple[str, float], ImageFont.FreeTypeFont] = {}

    def font(kind: str, size: float) -> ImageFont.FreeTypeFont:
        key = (kind, size)
        if key not in fonts:
            fonts[key] = ImageFont.truetype(cjk if kind == "cjk" else latin, max(1, round(size * scale)))
        return fonts[key]

    image = Image.new("RGB", (round(layout.width * scale), round(layout.height * scale)), "white")
    draw = ImageDraw.Draw(image, "RGBA")

    def text(x: float, y: float, value: str, size: float, fill: str) -> None:
        # `y` is a baseline; Pillow anchors "ls" = left, baseline.
        cx = x * scale
        for char in value:
            kind = "cjk" if ord(char) >= 0x2E80 else "latin"
            draw.text((cx, y * scale), char, font=font(kind, size), fill=fill, anchor="ls")
            cx += font(kind, size).getlength(char)

    text(24, 28, layout.title, 14, "#222222")
    for dot in layout.dots:
        r = dot.radius * scale
        box = (dot.x * scale - r, dot.y * scale - r, dot.x * scale + r, dot.y * scale + r)
        if len(dot.slices) > 1:
            start = -90.0  # Pillow: degrees clockwise from 3 o'clock
            for color, share in dot.slices:
                draw.pieslice(box, start, start + share * 360, fill=color + "cc")
                start += share * 360
            draw.ellipse(box, outline="#ffffff", width=max(1, round(scale * 0.8)))
        else:
            draw.ellipse(box, fill=dot.color + "cc", outline="#ffffff", width=max(1, round(scale * 0.8)))
    for label in layout.labels:
        text(label.x, label.y, label.text, label.size, "#222222")
    x = 24.0
    for color, caption in layout.legend:
        top = (layout.height - 49) * scale
        draw.ellipse((x * scale, top, (x + 10) * scale, top + 10 * scale), fill=color)
        text(x + 14, layout.height - 40.5, caption, 9, "#222222")
        x += 24 + text_width(caption, 9)
    text(24, layout.height - 18, layout.note, 8, "#555555")
    out = io.BytesIO()
    image.save(out, format="PNG")
    return out.getvalue()


def render(layout: Layout, fmt: str) -> bytes:
    if fmt == "svg":
        return to_svg(layout)
    if fmt == "pdf":
        return to_pdf(layout)
    if fmt == "png":
        return to_png(layout)
    raise InvalidInput(f"format must be one of {', '.join(FORMATS)}", field="format")
