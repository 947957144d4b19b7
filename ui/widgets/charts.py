"""Charts for the county's pages (QtCharts, the same Qt as the rest of the window): bar and line charts in the
application's fonts, so Chinese labels render as text, and a panel that copies a chart to the clipboard or saves
it as a PNG image.

Titles, category labels and series names are given already translated; the panel's own buttons follow the UI
language like every other widget.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QChartView,
    QHorizontalBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QPointF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QImage, QPainter, QPen
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kesu_desktop.base.safe_write import WriteError, write_atomically
from kesu_desktop.base.translation import Translator
from ui.i18n import translate

PALETTE = ("#1f6fb2", "#e08a1e", "#2e8b57", "#b03a2e", "#7d5ba6", "#5f6b6d")
EXPECTED_COLOUR = "#9aa5ab"


def _styled(chart: QChart, title: str) -> QChart:
    font = QGuiApplication.font()
    chart.setTitle(title)
    title_font = chart.titleFont()
    title_font.setFamilies(font.families())
    title_font.setPointSizeF(font.pointSizeF() * 1.15)
    title_font.setBold(True)
    chart.setTitleFont(title_font)
    chart.legend().setFont(font)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    for axis in chart.axes():
        axis.setLabelsFont(font)
        axis.setTitleFont(font)
    return chart


def _value_axis(values: Sequence[float | None], title: str, max_value: float | None) -> QValueAxis:
    axis = QValueAxis()
    highest = max([v for v in values if v is not None] + [max_value or 0, 1])
    axis.setRange(0, highest * 1.08 if max_value is None else max(max_value, highest))
    axis.setLabelFormat("%.0f")
    axis.applyNiceNumbers()
    if title:
        axis.setTitleText(title)
    return axis


def bar_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float]]],
    *,
    value_axis_title: str = "",
    max_value: float | None = None,
    horizontal: bool = False,
) -> QChart:
    """Grouped bars: one bar set per (name, values), one value per category."""
    chart = QChart()
    bars = QHorizontalBarSeries() if horizontal else QBarSeries()
    for number, (name, values) in enumerate(series):
        bar_set = QBarSet(name)
        bar_set.append([float(value) for value in values])
        bar_set.setColor(QColor(PALETTE[number % len(PALETTE)]))
        bars.append(bar_set)
    chart.addSeries(bars)
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    values_axis = _value_axis([v for _, values in series for v in values], value_axis_title, max_value)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignLeft if horizontal else Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignBottom if horizontal else Qt.AlignmentFlag.AlignLeft)
    bars.attachAxis(category_axis)
    bars.attachAxis(values_axis)
    chart.legend().setVisible(len(series) > 1)
    return _styled(chart, title)


def line_chart(
    title: str,
    categories: Sequence[str],
    series: Sequence[tuple[str, Sequence[float | None]]],
    *,
    value_axis_title: str = "",
    max_value: float | None = None,
    dashed: Sequence[str] = (),
) -> QChart:
    """Lines over the categories (months, years): one line per (name, values); a None value leaves a gap. Series
    named in ``dashed`` (an expected line, say) are drawn dashed and grey."""
    chart = QChart()
    category_axis = QBarCategoryAxis()
    category_axis.append(list(categories))
    values_axis = _value_axis([v for _, values in series for v in values], value_axis_title, max_value)
    chart.addAxis(category_axis, Qt.AlignmentFlag.AlignBottom)
    chart.addAxis(values_axis, Qt.AlignmentFlag.AlignLeft)
    for number, (name, values) in enumerate(series):
        line = QLineSeries()
        line.setName(name)
        pen = QPen(QColor(EXPECTED_COLOUR if name in dashed else PALETTE[number % len(PALETTE)]))
        pen.setWidthF(2.0)
        if name in dashed:
            pen.setStyle(Qt.PenStyle.DashLine)
        line.setPen(pen)
        line.setPointsVisible(len(categories) <= 24 and name not in dashed)
        for position, value in enumerate(values):
            if value is not None:
                line.append(QPointF(position, float(value)))
        chart.addSeries(line)
        line.attachAxis(category_axis)
        line.attachAxis(values_axis)
    chart.legend().setVisible(len(series) > 1)
    return _styled(chart, title)


class ChartPanel(QWidget):
    """A chart with buttons to copy it as an image or save it as a PNG file."""

    def __init__(self, translator: Translator, parent: QWidget | None = None, *, minimum_height: int = 260) -> None:
        super().__init__(parent)
        self._translator = translator
        self.view = QChartView()
        self.view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.view.setMinimumHeight(minimum_height)
        self.copy_button = QPushButton(translate("Charts", "&Copy image"))
        self.copy_button.clicked.connect(self.copy_image)
        self.save_button = QPushButton(translate("Charts", "Save &image…"))
        self.save_button.clicked.connect(self._ask_and_save)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        layout.addLayout(buttons)

    def set_chart(self, chart: QChart) -> None:
        previous = self.view.chart()
        self.view.setChart(chart)
        if previous is not None and previous is not chart:
            previous.deleteLater()

    def image(self) -> QImage:
        return self.view.grab().toImage()

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image())

    def save_image(self, path: Path) -> None:
        """Write the chart to ``path`` (ending .png), whole or not at all; WriteError says why it could not be."""
        image = self.image()

        def produce(temporary: Path) -> None:
            if not image.save(str(temporary)):
                raise OSError(f"cannot write an image to {temporary}")

        write_atomically(path, produce)

    def _ask_and_save(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Charts", "Save chart as image"),
            f"{self.view.chart().title() or 'chart'}.png",
            translate("Charts", "PNG images (*.png)"),
        )
        if not name:
            return
        path = Path(name) if name.lower().endswith(".png") else Path(f"{name}.png")
        try:
            self.save_image(path)
        except WriteError as error:
            QMessageBox.warning(self, translate("Charts", "Save chart as image"), self._translator.render(error))
