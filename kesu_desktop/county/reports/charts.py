"""A report's charts for the PDF: bars (:class:`VerticalBarChart`) or lines over time
(:class:`HorizontalLineChart`) drawn with reportlab's graphics from the :class:`ReportChart`'s own numbers, with
a legend and the axis labels in the report's CJK font; a value that is None is left out (no bar, a gap in the
line), never drawn as nought. A line needs two points: a chart over time with a series of fewer (the plan's first
year) is drawn as bars, and every point of a line is marked."""

from __future__ import annotations

from reportlab.graphics.charts.barcharts import VerticalBarChart
from reportlab.graphics.charts.legends import Legend
from reportlab.graphics.charts.linecharts import HorizontalLineChart
from reportlab.graphics.shapes import Drawing
from reportlab.graphics.widgets.markers import makeMarker
from reportlab.lib.colors import Color, HexColor

from kesu_desktop.county.reports.document import ReportChart
from kesu_desktop.returns.pdf.fonts import FontChain

PALETTE = tuple(HexColor(code) for code in ("#2F5597", "#C55A11", "#548235", "#7F6000", "#7030A0", "#1F9AA8"))
"""Series colours that stay apart when printed in grey: dark blue, orange, green, olive, purple, teal."""
HEIGHT = 210.0
_LABEL_SIZE = 8.0
_LEGEND_WIDTH = 110.0
_SLANTED_LABELS = 120
_LABELS = 40


def _colour(index: int) -> Color:
    return PALETTE[index % len(PALETTE)]


def _upper(chart: ReportChart) -> float:
    """The top of the value axis: a little above the largest value (1 when there is none)."""
    values = [value for series in chart.series for value in series.values if value is not None]
    return max([1.0, *values]) * 1.1


def _as_lines(chart: ReportChart) -> bool:
    return chart.kind == "line" and all(
        sum(value is not None for value in series.values) >= 2 for series in chart.series
    )


def chart_drawing(chart: ReportChart, fonts: FontChain, width: float) -> Drawing:
    """The chart as a drawing ``width`` points wide (a flowable), its texts checked against the fonts first."""
    for text in (*chart.categories, *(series.name for series in chart.series)):
        fonts.check(text, field="chart", label=chart.title)
    fonts.body.register()
    font = fonts.body.name
    slanted = len(chart.categories) > 8  # long names slant down below the axis: room for them under the plot
    below = _SLANTED_LABELS if slanted else _LABELS
    drawing = Drawing(width, HEIGHT + below - 40, initialFontName=font)  # else it starts in Helvetica, unembedded
    plot: VerticalBarChart | HorizontalLineChart = HorizontalLineChart() if _as_lines(chart) else VerticalBarChart()
    plot.x, plot.y = 46, below
    plot.width = int(width - plot.x - _LEGEND_WIDTH - 20)
    plot.height = int(HEIGHT - 50)
    plot.data = [list(series.values) for series in chart.series] or [[None] * len(chart.categories)]
    plot.categoryAxis.categoryNames = list(chart.categories)
    labels = plot.categoryAxis.labels
    labels.fontName, labels.fontSize, labels.boxAnchor, labels.dy = font, _LABEL_SIZE, "n", -4
    if slanted:
        labels.angle, labels.boxAnchor = 30, "ne"
    values = plot.valueAxis
    values.valueMin, values.valueMax = 0, _upper(chart)
    values.labels.fontName, values.labels.fontSize = font, _LABEL_SIZE
    values.visibleGrid, values.gridStrokeColor, values.gridStrokeWidth = True, HexColor("#D9D9D9"), 0.4
    for index in range(len(chart.series)):
        if isinstance(plot, VerticalBarChart):
            plot.bars[index].fillColor = _colour(index)
            plot.bars[index].strokeColor = None
        else:
            plot.lines[index].strokeColor = _colour(index)
            plot.lines[index].strokeWidth = 1.6
            plot.lines[index].symbol = makeMarker("FilledCircle", fillColor=_colour(index), size=4)  # type: ignore[no-untyped-call]
    if isinstance(plot, VerticalBarChart):
        plot.groupSpacing, plot.barSpacing = 8, 1
        plot.barLabels.fontName = font
    else:
        plot.joinedLines = True
        plot.lineLabels.fontName = font
    drawing.add(plot)
    legend = Legend()
    legend.x, legend.y = int(width - _LEGEND_WIDTH), plot.y + plot.height
    legend.alignment, legend.fontName, legend.fontSize = "right", font, _LABEL_SIZE
    legend.dxTextSpace, legend.columnMaximum = 6, 10
    legend.colorNamePairs = [(_colour(index), series.name) for index, series in enumerate(chart.series)]
    drawing.add(legend)
    return drawing
