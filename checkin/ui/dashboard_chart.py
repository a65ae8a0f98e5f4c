"""The arrivals-per-quarter-hour bar chart of the dashboard (QtCharts)."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QWidget

MAX_BARS = 48  # twelve hours of one day; earlier quarters scroll out of the chart


class ArrivalsChart(QChartView):
    """Bars of first arrivals per quarter hour, labelled with the quarter's local start time."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setRenderHint(QPainter.Antialiasing)
        self.setMinimumHeight(220)
        chart = QChart()
        chart.legend().hide()
        chart.setAnimationOptions(QChart.NoAnimation)  # live data: no bouncing bars
        chart.setTitle(self.tr("Arrivals per quarter hour"))
        title_font = chart.titleFont()
        title_font.setPointSizeF(title_font.pointSizeF() * 1.3)
        title_font.setBold(True)
        chart.setTitleFont(title_font)
        self.setChart(chart)
        self.counts: list[int] = []
        self.labels: list[str] = []

    def set_data(self, quarters: list[tuple[datetime, int]]) -> None:
        quarters = quarters[-MAX_BARS:]
        self.labels = [start.strftime("%H:%M") for start, _n in quarters]
        self.counts = [n for _start, n in quarters]
        chart = self.chart()
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)
        bars = QBarSet(self.tr("Arrivals"))
        bars.setColor(QColor("#1f6f43"))
        bars.append([float(n) for n in self.counts])
        series = QBarSeries()
        series.append(bars)
        series.setBarWidth(0.9)
        chart.addSeries(series)
        x_axis = QBarCategoryAxis()
        x_axis.append(self.labels or [" "])
        if len(self.labels) > 12:  # many quarters: upright labels never overlap or get elided
            x_axis.setLabelsAngle(-90)
        y_axis = QValueAxis()
        top = max(self.counts, default=0)
        y_axis.setRange(0, max(4, top + max(1, top // 10)))  # headroom above the tallest bar
        y_axis.applyNiceNumbers()
        y_axis.setLabelFormat("%d")
        chart.addAxis(x_axis, Qt.AlignBottom)
        chart.addAxis(y_axis, Qt.AlignLeft)
        series.attachAxis(x_axis)
        series.attachAxis(y_axis)
