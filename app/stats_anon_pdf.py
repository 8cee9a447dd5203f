"""The anonymised statistics as an A4 PDF report: bar and pie charts (reportlab.graphics) and tables,
in the letters' fonts (embedded subsets), with page numbers. Only what AnonStatistics holds is shown.
"""

from __future__ import annotations

import math
from pathlib import Path

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.charts.piecharts import Pie
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer

from app.dossier import VALUE_ZH
from app.dossier_pdf import FRAME_WIDTH, STYLES, _para, _table
from app.geo.anon_map import anon_map_layout
from app.geo.render import to_drawing
from app.letters.fonts import CJK, LATIN, register_fonts
from app.letters.pdf import build_a4_pdf
from app.outputs import check_output, write_output
from app.stats_anon import OTHER, AnonStatistics, Cell

OUTCOME_ZH = {
    "draft": "草稿",
    "sent": "已发出",
    "delivered": "已送达",
    "overdue": "逾期未复",
    "replied": "已答复",
    "complied": "已按请求处理",
    "partly_complied": "部分处理",
    "refused": "拒绝",
    "escalated": "已投诉",
    "closed": "已结案",
    OTHER: "其他",
}
PALETTE = [
    colors.HexColor(c)
    for c in (
        "#3b6ea5",
        "#e07b39",
        "#5a9e4b",
        "#c44e52",
        "#8172b2",
        "#937860",
        "#da8bc3",
        "#8c8c8c",
        "#ccb974",
        "#64b5cd",
        "#2f4b7c",
    )
]


def _zh(key: str) -> str:
    if key == OTHER:
        return "其他"
    return VALUE_ZH.get(key, key)


def _outcome_zh(key: str) -> str:
    return OUTCOME_ZH.get(key, key)


def _chart_font(text: str) -> str:
    """One font per chart label: the CJK font when it can draw every character, else the Latin one."""
    register_fonts()
    return CJK if all("\u2e80" <= c for c in text) else LATIN


def _drawing(width: float, height: float) -> Drawing:
    drawing = Drawing(width, height)
    drawing.initialFontName = LATIN  # else the renderer declares Helvetica, which is never embedded
    return drawing


def _bar_chart(cells: tuple[Cell, ...], k: int) -> Drawing:
    shown = [c for c in cells if c.count is not None][:12]
    height = 28 + 18 * max(len(shown), 1)
    drawing = _drawing(FRAME_WIDTH, height)
    chart = HorizontalBarChart()
    chart.x, chart.y, chart.width, chart.height = 120, 10, FRAME_WIDTH - 150, height - 20
    chart.data = [[c.count or 0 for c in reversed(shown)]] if shown else [[0]]
    chart.categoryAxis.categoryNames = [_zh(c.key) for c in reversed(shown)] or [""]
    chart.categoryAxis.labels.fontName = CJK
    chart.categoryAxis.labels.fontSize = 8
    chart.valueAxis.labels.fontName = LATIN
    chart.valueAxis.labels.fontSize = 7
    chart.valueAxis.valueMin = 0
    chart.valueAxis.valueStep = max(1, math.ceil(max([c.count or 0 for c in shown] or [1]) / 5))
    chart.bars[0].fillColor = PALETTE[0]
    chart.barLabelFormat = "%d"
    chart.barLabels.fontName = LATIN
    chart.barLabels.fontSize = 7
    chart.barLabels.nudge = 8
    for i, c in enumerate(reversed(shown)):
        if _chart_font(_zh(c.key)) == LATIN:
            chart.categoryAxis.labels[i].fontName = LATIN
    drawing.add(chart)
    return drawing


def _pie(cells: tuple[Cell, ...]) -> Drawing:
    shown = [c for c in cells if c.count]
    drawing = _drawing(FRAME_WIDTH, 170)
    if not shown:
        return drawing
    pie = Pie()
    pie.x, pie.y, pie.width, pie.height = 20, 10, 150, 150
    pie.data = [c.count for c in shown]
    pie.labels = None
    for i in range(len(shown)):
        pie.slices[i].fillColor = PALETTE[i % len(PALETTE)]
        pie.slices[i].strokeColor = colors.white
    drawing.add(pie)
    total = sum(c.count or 0 for c in shown)
    for i, cell in enumerate(shown):
        y = 150 - i * 14
        drawing.add(Rect(200, y, 9, 9, fillColor=PALETTE[i % len(PALETTE)], strokeColor=None))
        drawing.add(String(214, y + 1, _outcome_zh(cell.key), fontName=CJK, fontSize=8))
        drawing.add(
            String(
                330,
                y + 1,
                f"{cell.count}  ({100 * (cell.count or 0) / total:.0f}%)",
                fontName=LATIN,
                fontSize=8,
            )
        )
    return drawing


def _city_map(stats: AnonStatistics) -> list[object]:
    """The k-anonymous city map (app/geo/anon_map.py), with its rule stated on the page."""
    if stats.city_map is None:
        return []
    k = stats.city_map.k
    rule = (
        f"城市分布图：只显示记录不少于 {k} 条的城市（k-匿名，k = {k}），少于 {k} 条的城市不画点、不标数字；"
        "圆点位于城市人民政府驻地，不是任何记录的实际位置，面积与记录数成正比；图中不绘制任何边界线。"
    )
    if not stats.city_map.cities:
        return [_para(rule + "目前没有达到该数目的城市。", STYLES["body"])]
    layout = anon_map_layout(stats.city_map, width=FRAME_WIDTH, height=FRAME_WIDTH * 0.8)
    # The rule stays on the same page as the map it governs.
    return [KeepTogether([_para(rule, STYLES["body"]), to_drawing(layout)])]


def render_anonymised_pdf(stats: AnonStatistics) -> bytes:
    register_fonts()
    k = stats.k
    story = [
        _para("人脸信息采集投诉统计（匿名）", STYLES["title"]),
        _para(
            f"截至 {stats.today.isoformat()}：记录 {stats.records_total} 条，请求 {stats.requests_total} 件，"
            f"当事人 {stats.profiles_total} 人。"
            "不含任何当事人姓名、联系方式、证件号码、地址、场所名称或备注；"
            f"少于 {k} 条的城市与少于 {k} 件的处理者合并为“其他”，合并后仍少于 {k} 的显示为“<{k}”。",
            STYLES["body"],
        ),
        Spacer(1, 8),
        _para("一、按场所类型统计的记录", STYLES["heading"]),
        _bar_chart(stats.by_place_type, k),
        _para("二、按请求结果统计", STYLES["heading"]),
        _pie(stats.by_outcome),
        _para("三、按处理者类型统计的记录", STYLES["heading"]),
        _bar_chart(stats.by_handler_kind, k),
        _para("四、按城市统计的记录", STYLES["heading"]),
        _table(
            [["城市", "记录数"]] + [[_zh(c.key), c.shown(k)] for c in stats.by_city],
            [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4],
        ),
        *_city_map(stats),
        _para("五、请求函所引依据", STYLES["heading"]),
        _table(
            [["依据", "请求数"]] + [[c.key, c.shown(k)] for c in stats.by_ground],
            [FRAME_WIDTH * 0.6, FRAME_WIDTH * 0.4],
        ),
        _para("六、处理者答复天数（自发出至首次答复的中位数，自然日）", STYLES["heading"]),
        _table(
            [["处理者", "请求数", "已答复", "中位天数"]]
            + [
                [
                    _zh(h.handler) if h.handler == OTHER else h.handler,
                    str(h.requests) if h.requests is not None else f"<{k}",
                    str(h.replies) if h.replies is not None else f"<{k}",
                    "—" if h.median_days is None else f"{h.median_days:g}",
                ]
                for h in stats.reply_days
            ],
            [FRAME_WIDTH * 0.55, FRAME_WIDTH * 0.15, FRAME_WIDTH * 0.15, FRAME_WIDTH * 0.15],
        ),
    ]
    return build_a4_pdf(
        story,
        title="FaceLedger anonymised statistics",
        lang="zh-CN",
        running_header=f"匿名统计 · {stats.today.isoformat()}",
        page_number="第 {page} 页 / 共 {pages} 页",
    )


def write_anonymised_pdf(stats: AnonStatistics, path: Path, *, force: bool = False) -> int:
    """Through the output guard (app/outputs.py): never over a vault or device; existing only with force."""
    check_output(path, force=force)  # refuse before the rendering
    data = render_anonymised_pdf(stats)
    write_output(path, data, force=force, personal=False)
    return len(data)
