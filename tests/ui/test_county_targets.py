"""The county's Targets cockpit: every target of the seeded plan with progress hand-checked from a few held
returns; a banner when no plan covers the date; selecting a target fills its detail and charts; a chart saved
as an image."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtGui import QImage

from kesu_desktop.base.translation import Translator
from kesu_desktop.store.database import Store
from tests.county_held import hold, payload, training
from ui.county.target_entries import EntriesDialog, SharesDialog
from ui.county.targets import TargetsPage
from ui.state import AppState

TOWN, OTHER = "141023101", "141023102"  # 新城镇, 赵康镇
MARCH_2024 = date(2024, 3, 20)


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    state = make_state(county_store, "en")
    reference = state.reference
    with state.store.transaction() as session:
        hold(
            session,
            reference,
            [
                (
                    payload(
                        reference,
                        TOWN,
                        "2024-03",
                        trainings=[training(date(2024, 3, 5), trainees=30), training(date(2024, 3, 9), trainees=50)],
                        stock={"tech_volunteers": 1200},
                    ),
                    datetime(2024, 4, 2, 9),
                ),
                (
                    payload(
                        reference,
                        OTHER,
                        "2024-02",
                        trainings=[training(date(2024, 2, 7), trainees=20)],
                        stock={"tech_volunteers": 300},
                    ),
                    datetime(2024, 3, 3, 9),
                ),
            ],
        )
    return state


def make_page(qtbot, state: AppState, today: date) -> TargetsPage:
    page = TargetsPage(state, Translator("en"), today=lambda: today)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def row_of(page: TargetsPage, code: str) -> int:
    return [p.target.code for p in page.model.rows].index(code)


def test_every_target_of_the_plan_with_its_progress(qtbot, state: AppState) -> None:
    page = make_page(qtbot, state, MARCH_2024)
    assert [p.target.code for p in page.model.rows] == [t.code for t in state.reference.plans[0].targets]
    assert not page.banner.isVisible()
    farmers = page.model.texts(row_of(page, "high_quality_farmers"))
    # 30 + 50 + 20 trainees of 10,000; 39 of the plan's 60 months gone: 6,500 expected by now
    assert farmers[2:] == ("≥ 10,000 人次", "100 人次", "1%", "6,500", farmers[6], "at risk")
    volunteers = page.model.texts(row_of(page, "volunteers"))
    assert volunteers[3] == "1,500 人"  # the latest stated stock of each unit, added up


def test_a_date_no_plan_covers_says_so(qtbot, state: AppState) -> None:
    page = make_page(qtbot, state, date(2019, 5, 1))
    assert page.banner.isVisible()
    assert "No plan covers 2019-05" in page.banner_text.text()
    assert page.model.rowCount() == 0
    assert page.banner_button.isVisible()


def test_selecting_a_target_fills_its_detail_and_charts(qtbot, state: AppState, tmp_path: Path) -> None:
    page = make_page(qtbot, state, MARCH_2024)
    page.table.selectRow(row_of(page, "high_quality_farmers"))
    detail = page.detail
    assert "High-quality farmers trained" in detail.heading.text()
    assert "Trainees" in detail.summary.text()
    chart = detail.over_time.view.chart()
    assert chart.title() == "High-quality farmers trained: actual against expected"
    assert len(chart.series()) == 2
    assert detail.by_unit.isVisible()
    assert detail.by_unit.view.chart().axes()[0].categories() == ["赵康镇", "新城镇"]
    path = tmp_path / "farmers.png"
    detail.over_time.save_image(path)
    assert not QImage(str(path)).isNull()
    page.table.selectRow(row_of(page, "literacy_rate"))
    assert detail.enter_button.isVisible()
    assert "No figure has been entered" in detail.entered.text()


def test_a_survey_figure_entered_with_its_source_shows_in_the_cockpit(qtbot, state: AppState) -> None:
    page = make_page(qtbot, state, MARCH_2024)
    plan = state.reference.plans[0]
    literacy = next(t for t in plan.targets if t.code == "literacy_rate")
    dialog = EntriesDialog(state, Translator("en"), plan, literacy)
    qtbot.addWidget(dialog)
    dialog.value.setText("12.8")
    dialog.add_button.click()
    # a source is required: the refusal names the field, and nothing is stored
    assert dialog.error.text().startswith("Source: Target literacy_rate: say where the figure comes from")
    assert dialog.table.rowCount() == 0
    dialog.source.setText("2023年襄汾县公民科学素质抽样调查")
    dialog.as_of.setDate(QDate(2023, 11, 30))
    dialog.add_button.click()
    assert dialog.error.text() == ""
    assert dialog.table.rowCount() == 1
    page.refresh()
    texts = page.model.texts(row_of(page, "literacy_rate"))
    assert texts[3:5] == ("12.8 %", "88.3%")  # 12.8 of 14.5
    page.table.selectRow(row_of(page, "literacy_rate"))
    assert "2023-11-30" in page.detail.entered.text() and "抽样调查" in page.detail.entered.text()


def test_shares_are_stored_and_shown_against_each_units_actual(qtbot, state: AppState) -> None:
    page = make_page(qtbot, state, MARCH_2024)
    plan = state.reference.plans[0]
    farmers = next(t for t in plan.targets if t.code == "high_quality_farmers")
    dialog = SharesDialog(state, Translator("en"), plan, farmers)
    qtbot.addWidget(dialog)
    units = [u.code for u in dialog.units]
    dialog.editors[units.index(TOWN)].setText("400")
    dialog.editors[units.index(OTHER)].setText("100")
    assert "Sum of the shares: 500 of the target's 10000" in dialog.sum.text()
    dialog.accept()
    assert dialog.result() == SharesDialog.DialogCode.Accepted
    page.refresh()
    page.table.selectRow(row_of(page, "high_quality_farmers"))
    town = next(u for u in page.detail.progress.units if u.unit_code == TOWN) if page.detail.progress else None
    assert town is not None and (town.actual, town.share, town.percent) == (80, 400, 20)
    chart = page.detail.by_unit.view.chart()
    assert [s.label() for s in chart.series()[0].barSets()] == ["Actual", "Share"]
