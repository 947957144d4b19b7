"""The county's charts: bars and lines in the application's font (Chinese renders as text), copied to the
clipboard or saved as a whole PNG image."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication, QImage

from kesu_desktop.base.safe_write import WriteError
from kesu_desktop.base.translation import Translator
from ui.widgets.charts import ChartPanel, bar_chart, line_chart


@pytest.fixture
def panel(qtbot) -> ChartPanel:
    panel = ChartPanel(Translator("zh_CN"))
    qtbot.addWidget(panel)
    panel.resize(640, 360)
    panel.show()
    return panel


def test_a_bar_chart_has_a_set_per_series_and_a_value_per_category(panel):
    chart = bar_chart("各单位报送率", ["新城镇", "赵康镇", "汾城镇"], [("报送率", [100.0, 75.0, 50.0])], max_value=100)
    panel.set_chart(chart)
    bars = chart.series()[0]
    assert [bars.barSets()[0].at(i) for i in range(3)] == [100.0, 75.0, 50.0]
    assert chart.axes()[0].categories() == ["新城镇", "赵康镇", "汾城镇"]
    assert chart.axes()[1].max() >= 100


def test_a_line_chart_leaves_gaps_and_draws_the_expected_line_dashed(panel):
    chart = line_chart(
        "累计完成", ["1月", "2月", "3月"], [("实际", [10, None, 30]), ("应达", [10, 20, 30])], dashed=["应达"]
    )
    panel.set_chart(chart)
    actual, expected = chart.series()
    assert [(p.x(), p.y()) for p in actual.points()] == [(0, 10), (2, 30)]
    assert expected.pen().style().name == "DashLine" and actual.pen().style().name == "SolidLine"


def test_the_chart_is_copied_and_saved_as_an_image(panel, tmp_path: Path):
    panel.set_chart(bar_chart("报送率", ["1月"], [("报送率", [80.0])]))
    panel.copy_image()
    assert not QGuiApplication.clipboard().image().isNull()
    target = tmp_path / "chart.png"
    panel.save_image(target)
    saved = QImage(str(target))
    assert saved.width() == panel.view.width() and saved.height() == panel.view.height()


def test_an_image_that_cannot_be_written_leaves_nothing_behind(panel, tmp_path: Path):
    panel.set_chart(bar_chart("报送率", ["1月"], [("报送率", [80.0])]))
    with pytest.raises(WriteError):
        panel.save_image(tmp_path / "no-such-folder" / "chart.png")
    assert list(tmp_path.iterdir()) == []
