"""统计 Statistics: records by place type and by city, requests by outcome, handlers' reply times.

The figures are computed by app/statistics.py on the database worker thread; its progress comes back
to this page through a queued signal and Cancel sets a flag the core checks between steps. Charts
(QtCharts) show the largest categories and fold the rest into "Other", so a vault with thousands of
cities or handlers still draws in milliseconds. "Export CSV" writes every figure in full.
"""

from __future__ import annotations

import datetime as dt
import logging
import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QPieSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QObject, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.errors import FaceLedgerError, OperationCancelled
from app.letters.output import atomic_write
from app.statistics import Count, HandlerReplyTime, Statistics, compute_statistics, statistics_csv
from ui import dialogs, theme
from ui.composer.labels import place_type_label, status_label
from ui.i18n import translate
from ui.tasks import DbOp, DbWorker
from ui.widgets.message_banner import BannerLevel, MessageBanner

log = logging.getLogger(__name__)

Today = Callable[[], dt.date]
TOP_CATEGORIES = 10
TOP_HANDLERS = 12
MAX_LABEL = 22

_OUTCOME_COLOURS = {
    "draft": "#b0b7c3",
    "sent": "#6c9bd2",
    "delivered": "#4a7fc1",
    "overdue": "#c0392b",
    "replied": "#8e7cc3",
    "complied": "#2e8b57",
    "partly_complied": "#c9a227",
    "refused": "#8a1c1c",
    "escalated": "#d35400",
    "closed": "#7f8c8d",
}


def nice_axis(axis: QValueAxis, top: float) -> None:
    """0..a round number just above `top`, with ticks on whole numbers (counts and days are whole)."""
    upper = max(1, math.ceil(top * 1.12))
    if upper <= 10:
        axis.setRange(0, upper)
        axis.setTickCount(upper + 1)
    else:
        step = 10 ** (len(str(upper)) - 1)
        for candidate in (step // 5 or 1, step // 2 or 1, step, step * 2):
            if upper / candidate <= 8:
                step = candidate
                break
        upper = math.ceil(upper / step) * step
        axis.setRange(0, upper)
        axis.setTickCount(upper // step + 1)
    axis.setLabelFormat("%d")


def _short(text: str) -> str:
    return text if len(text) <= MAX_LABEL else text[: MAX_LABEL - 1] + "…"


def top_with_other(counts: tuple[Count, ...], limit: int) -> list[tuple[str, int, bool]]:
    """The `limit` largest (key, count, is_other=False) plus one folded 'other' bucket if needed."""
    head = [(c.key, c.count, False) for c in counts[:limit]]
    rest = sum(c.count for c in counts[limit:])
    if rest:
        head.append(("", rest, True))
    return head


def figure_label(figure: str, key: str) -> str:
    """Translated words for a raw key (used by the charts and the CSV export)."""
    if figure == "records_by_place_type":
        return place_type_label(key)
    if figure == "records_by_city":
        return key or translate("StatisticsPage", "(no city)")
    if figure == "requests_by_outcome":
        return status_label(key)
    if figure == "reply_days_by_handler":
        return key or translate("StatisticsPage", "(handler not named)")
    return key


class _ProgressRelay(QObject):
    """Lives on the GUI thread; the worker emits, Qt queues the call to the GUI thread."""

    progressed = Signal(int, str)


class StatisticsPage(QWidget):
    computed = Signal()
    cancelled = Signal()

    def __init__(self, context: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self._worker: DbWorker = context.worker
        self._today: Today = getattr(context, "today", None) or dt.date.today
        self.stats: Statistics | None = None
        self._cancel = threading.Event()
        self.running = False
        self._relay = _ProgressRelay(self)
        self._relay.progressed.connect(self._on_progress)

        self.banner = MessageBanner(self)
        self.summary = QLabel(self)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.refresh_button = QPushButton(translate("StatisticsPage", "Recalculate"), self)
        self.cancel_button = QPushButton(translate("StatisticsPage", "Cancel"), self)
        self.export_button = QPushButton(translate("StatisticsPage", "Export CSV…"), self)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.progress_label = QLabel(self)
        self.cancel_button.hide()
        self.progress.hide()
        self.export_button.setEnabled(False)
        self.refresh_button.clicked.connect(self.recalculate)
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button.clicked.connect(self.export_csv)

        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.progress_label)
        top.addWidget(self.progress)
        top.addWidget(self.cancel_button)
        top.addWidget(self.refresh_button)
        top.addWidget(self.export_button)
        from ui.pages.case_tools import StatisticsExtras  # anonymised CSV / PDF (advocacy groups)

        self.extras = StatisticsExtras(self, top)

        self.place_chart = self._chart_view()
        self.city_chart = self._chart_view()
        self.outcome_chart = self._chart_view()
        self.handler_chart = self._chart_view()
        grid = QGridLayout()
        grid.addWidget(self.place_chart, 0, 0)
        grid.addWidget(self.city_chart, 0, 1)
        grid.addWidget(self.outcome_chart, 1, 0)
        grid.addWidget(self.handler_chart, 1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.banner)
        layout.addLayout(top)
        layout.addLayout(grid, 1)
        self.recalculate()

    def _chart_view(self) -> QChartView:
        view = QChartView(self)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumSize(300, 220)
        return view

    # --- computing ------------------------------------------------------------------------------
    def page_shown(self) -> None:
        if not self.running:
            self.recalculate()

    def recalculate(self) -> None:
        if self.running:
            return
        self.running = True
        self._cancel = threading.Event()
        cancel = self._cancel
        relay = self._relay
        today = self._today()
        self.progress.setValue(0)
        self.progress.show()
        self.progress_label.setText(translate("StatisticsPage", "Counting…"))
        self.cancel_button.show()
        self.cancel_button.setEnabled(True)
        self.refresh_button.setEnabled(False)

        def op(vault: Any) -> Statistics:
            return compute_statistics(
                vault, today, progress=lambda pct, label: relay.progressed.emit(pct, label),
                is_cancelled=cancel.is_set,
            )

        DbOp(self._worker, self, op).success(self._done).failure(self._failed).run()

    def cancel(self) -> None:
        self._cancel.set()
        self.cancel_button.setEnabled(False)
        self.progress_label.setText(translate("StatisticsPage", "Cancelling…"))

    def _on_progress(self, percent: int, _label: str) -> None:
        self.progress.setValue(percent)

    def _finish(self) -> None:
        self.running = False
        self.progress.hide()
        self.progress_label.clear()
        self.cancel_button.hide()
        self.refresh_button.setEnabled(True)

    def _done(self, stats: Statistics) -> None:
        self._finish()
        self.banner.hide()
        self.show_statistics(stats)
        self.computed.emit()

    def _failed(self, exc: BaseException) -> None:
        self._finish()
        if isinstance(exc, OperationCancelled):
            self.banner.show_message(
                translate("StatisticsPage", "Cancelled. The figures shown are from the last complete count."),
                BannerLevel.INFO,
            )
            self.cancelled.emit()
            return
        from ui import errors

        if errors.is_expected(exc):
            self.banner.show_message(errors.message_for(exc), BannerLevel.ERROR)
        else:
            errors.show_exception(exc, self)

    # --- showing --------------------------------------------------------------------------------
    def show_statistics(self, stats: Statistics) -> None:
        self.stats = stats
        self.export_button.setEnabled(True)
        answered = sum(h.replies for h in stats.reply_days_by_handler)
        # n as a plain name: pyside6-lupdate 6.11 silently skips calls whose n is an expression.
        records_total, requests_total = stats.records_total, stats.requests_total
        records_text = translate("StatisticsPage", "%n record(s)", None, records_total)
        requests_text = translate("StatisticsPage", "%n request(s)", None, requests_total)
        self.summary.setText(
            records_text
            + " · " + requests_text
            + " · " + translate("StatisticsPage", "%n answered", None, answered)
            + " · " + translate("StatisticsPage", "as of %1").replace("%1", stats.today.isoformat())
        )
        self.place_chart.setChart(self._bar_chart(
            translate("StatisticsPage", "Records by place type"),
            [(translate("StatisticsPage", "Other") if other else figure_label("records_by_place_type", k), n)
             for k, n, other in top_with_other(stats.records_by_place_type, TOP_CATEGORIES)],
            translate("StatisticsPage", "Records"), "#4a7fc1"))
        self.city_chart.setChart(self._bar_chart(
            translate("StatisticsPage", "Records by city"),
            [(figure_label("records_by_city", k) if not other else translate("StatisticsPage", "Other"), n)
             for k, n, other in top_with_other(stats.records_by_city, TOP_CATEGORIES)],
            translate("StatisticsPage", "Records"), "#5b9a68"))
        self.outcome_chart.setChart(self._outcome_chart(stats.requests_by_outcome))
        self.handler_chart.setChart(self._handler_chart(stats.reply_days_by_handler))

    def _empty_chart(self, title: str, text: str) -> QChart:
        chart = QChart()
        theme.style_chart(chart)  # light/dark, readable axes and titles
        chart.setTitle(title)
        chart.legend().hide()
        chart.setMargins(QMargins(6, 6, 6, 6))
        label_series = QPieSeries()  # an empty chart still shows its title; the text says why it is empty
        chart.addSeries(label_series)
        chart.setToolTip(text)
        chart.setTitle(f"{title}<br>{text}")  # QChart titles are rich text
        return chart

    def _bar_chart(self, title: str, bars: list[tuple[str, int]], axis_title: str, colour: str) -> QChart:
        if not bars:
            return self._empty_chart(title, translate("StatisticsPage", "No records yet."))
        chart = QChart()
        theme.style_chart(chart)  # light/dark, readable axes and titles
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(6, 6, 6, 6))
        ordered = list(reversed(bars))  # horizontal bars draw bottom-up: largest on top
        bar_set = QBarSet(axis_title)
        bar_set.setColor(QColor(colour))
        bar_set.setLabelColor(QColor(theme.colours().text))
        for _label, value in ordered:
            bar_set.append(value)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(label) for label, _value in ordered])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        nice_axis(values, max(value for _label, value in bars))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    def _outcome_chart(self, outcomes: tuple[Count, ...]) -> QChart:
        title = translate("StatisticsPage", "Requests by outcome")
        if not outcomes:
            return self._empty_chart(title, translate("StatisticsPage", "No requests yet."))
        chart = QChart()
        theme.style_chart(chart)  # light/dark, readable axes and titles
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setMargins(QMargins(6, 6, 6, 6))
        series = QPieSeries()
        series.setPieSize(0.55)
        series.setHorizontalPosition(0.48)
        for count in outcomes:
            pie_slice = series.append(f"{status_label(count.key)} {count.count}", count.count)
            pie_slice.setColor(QColor(_OUTCOME_COLOURS.get(count.key, "#999999")))
            pie_slice.setLabelVisible(True)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    def _handler_chart(self, handlers: tuple[HandlerReplyTime, ...]) -> QChart:
        title = translate("StatisticsPage", "Median days to first reply, by handler")
        answered = [h for h in handlers if h.median_days is not None]
        silent = len(handlers) - len(answered)
        if silent:
            title += "<br>" + translate(
                "StatisticsPage", "%n handler(s) [has|have] not answered yet", None, silent
            )
        if not answered:
            return self._empty_chart(title, translate("StatisticsPage", "No replies recorded yet."))
        answered.sort(key=lambda h: -(h.median_days or 0.0))
        bars = [(figure_label("reply_days_by_handler", h.handler), h.median_days or 0.0)
                for h in answered[:TOP_HANDLERS]]
        chart = QChart()
        theme.style_chart(chart)  # light/dark, readable axes and titles
        chart.setTitle(title)
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.legend().hide()
        chart.setMargins(QMargins(6, 6, 6, 6))
        ordered = list(reversed(bars))
        bar_set = QBarSet(translate("StatisticsPage", "Days"))
        bar_set.setColor(QColor("#c9822b"))
        bar_set.setLabelColor(QColor(theme.colours().text))
        for _label, value in ordered:
            bar_set.append(value)
        series = QHorizontalBarSeries()
        series.append(bar_set)
        series.setLabelsVisible(True)
        series.setLabelsFormat("@value")
        series.setLabelsPosition(QHorizontalBarSeries.LabelsPosition.LabelsOutsideEnd)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([_short(label) for label, _value in ordered])
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        nice_axis(values, max(v for _l, v in bars))
        values.setTitleText(translate("StatisticsPage", "Calendar days from sending"))
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        return chart

    # --- export ---------------------------------------------------------------------------------
    def export_csv(self) -> None:
        if self.stats is None:
            return
        path = dialogs.get_save_file_name(
            self,
            translate("StatisticsPage", "Export figures"),
            f"faceledger-statistics-{self.stats.today.isoformat()}.csv",
            translate("StatisticsPage", "CSV files (*.csv)"),
        )
        if not path:
            return
        text = statistics_csv(self.stats, labels=figure_label)
        target = Path(path)
        try:
            # UTF-8 with a BOM: spreadsheet programs then read the Chinese names correctly.
            atomic_write(target, text.encode("utf-8-sig"), force=True)  # the dialog asked first
        except (OSError, FaceLedgerError) as exc:
            log.warning("CSV export failed: %s", exc.__class__.__name__)
            self.banner.show_message(
                translate("StatisticsPage", "The file could not be written."), BannerLevel.ERROR)
            return
        self.banner.show_message(translate("StatisticsPage", "Figures exported."), BannerLevel.INFO)
