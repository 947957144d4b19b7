"""The county's Reports page: a report of the kind and period chosen written into the folder chosen, its files
and fingerprint said and the report listed; the period asked as the kind needs it; a failed write said, with
nothing left behind; the evaluation's own text and the survey's rows kept through their dialogs."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.reports.files import issue_report, issued_reports
from kesu_desktop.county.reports.survey_mapping import survey_mapping
from kesu_desktop.county.reports.texts import report_texts
from kesu_desktop.county.reports.workbook import verify_report_workbook
from kesu_desktop.store.database import Store
from tests.county_held import hold
from tests.unit.test_county_totals import RECEIVED, quarter_returns
from ui.county.report_texts_dialog import PASSAGES, ReportTextsDialog
from ui.county.reports_page import ReportsPage
from ui.county.survey_mapping_dialog import SurveyMappingDialog
from ui.state import AppState

TODAY = date(2024, 4, 18)


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    state = make_state(county_store, "en")
    with county_store.transaction() as session:
        hold(session, state.reference, [(content, RECEIVED) for content in quarter_returns(state.reference)])
    return state


@pytest.fixture
def page(qtbot, state: AppState) -> ReportsPage:
    page = ReportsPage(state, Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    return page


def choose(combo, data: str) -> None:
    combo.setCurrentIndex(combo.findData(data))


def write(qtbot, page: ReportsPage, folder: Path) -> None:
    page.add_folder(folder)
    QTest.mouseClick(page.write_button, Qt.MouseButton.LeftButton)
    page.wait_for_worker()
    qtbot.waitUntil(lambda: page.write_button.isEnabled())


def test_a_consolidated_report_of_a_month_is_written_and_listed(qtbot, page, state, tmp_path):
    assert page.kind.currentData() == "consolidated"
    assert (page.year.value(), page.span.currentData(), page.part.currentData()) == (2024, "month", "03")
    folder = tmp_path / "reports"
    folder.mkdir()
    write(qtbot, page, folder)
    result = page.result_
    assert result is not None, page.error.text()
    assert result.report.kind == "consolidated" and result.report.scope == "2024-03"
    assert sorted(folder.iterdir()) == sorted(result.files)
    assert [path.suffix for path in result.files] == [".xlsx", ".pdf"]
    verified = verify_report_workbook(result.files[0])
    assert verified.ok and verified.fingerprint == result.fingerprint
    for path in result.files:
        assert path.name in page.status.text()
    assert result.fingerprint in page.status.text() and page.error.text() == ""
    with state.store.reading() as session:
        (record,) = issued_reports(session)
    shown = [page.issued.item(0, column).text() for column in range(page.issued.columnCount())]
    assert page.issued.rowCount() == 1
    assert shown[1:5] == ["Consolidated report", "2024-03", "刘芳", record.fingerprint]
    assert shown[5] == ", ".join(path.name for path in result.files)


def test_the_period_is_asked_as_the_kind_needs_it(page):
    for kind in ("survey", "scorecard"):
        choose(page.kind, kind)
        assert page.year.isVisibleTo(page)
        assert not page.span.isVisibleTo(page) and not page.part.isVisibleTo(page)
        assert page.period() == "2024"
        assert page.survey_button.isVisibleTo(page) == (kind == "survey")
    choose(page.kind, "targets")
    choose(page.span, "quarter")
    assert page.part.isVisibleTo(page) and page.part.currentData() == "Q1"
    assert page.period() == "2024-Q1"
    choose(page.span, "year")
    assert not page.part.isVisibleTo(page) and page.period() == "2024"
    choose(page.kind, "evaluation")
    assert page.period() is None
    assert page.plan.isVisibleTo(page) and page.texts_button.isVisibleTo(page)
    assert not page.year.isVisibleTo(page)


def test_a_scorecard_is_written_for_the_year_chosen(qtbot, page, tmp_path):
    choose(page.kind, "scorecard")
    assert "scores" in page.explanation.text()
    write(qtbot, page, tmp_path)
    result = page.result_
    assert result is not None, page.error.text()
    assert (result.report.kind, result.report.scope) == ("scorecard", "2024")
    assert [path.name for path in result.files] == ["督查评分_2024.xlsx", "督查评分_2024.pdf"]
    assert verify_report_workbook(result.files[0]).ok
    assert page.issued.item(0, 1).text() == "Annual supervision scorecard"


def test_the_evaluation_offers_the_plan_that_ended_most_recently(qtbot, state):
    latest = max((plan for plan in state.reference.plans if not plan.retired), key=lambda plan: plan.end_year)
    page = ReportsPage(state, Translator("en"), today=date(latest.end_year + 1, 2, 1))
    qtbot.addWidget(page)
    assert page.plan.currentData() == latest.code
    assert page.plan.count() == len(state.reference.plans)


def test_a_failed_write_is_said_and_leaves_no_file(qtbot, page, state, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    missing = out / "no such folder"
    with pytest.raises(KesuError) as raised:
        issue_report(state.store, state.reference, "consolidated", missing, period="2024-03", today=TODAY)
    write(qtbot, page, missing)
    assert page.result_ is None
    assert "Nothing was written" in page.error.text()
    assert Translator("en").render(raised.value) in page.error.text()
    assert list(out.rglob("*")) == []
    assert [path for path in tmp_path.rglob("*") if path.suffix in (".xlsx", ".pdf")] == []
    assert page.issued.rowCount() == 0
    with state.store.reading() as session:
        assert issued_reports(session) == []


def test_the_evaluation_text_saved_comes_back(qtbot, page, state):
    choose(page.kind, "evaluation")
    scope = page.plan.currentData()
    dialog = ReportTextsDialog(state, Translator("en"), scope, page)
    qtbot.addWidget(dialog)
    written = {key: f"{key}：全县科普工作稳步推进。" for key, _label, _name in PASSAGES}
    for key, text in written.items():
        dialog.editors[key].setPlainText(text)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == ReportTextsDialog.DialogCode.Accepted, dialog.error.text()
    with state.store.reading() as session:
        assert report_texts(session, "evaluation", scope) == written
    again = ReportTextsDialog(state, Translator("en"), scope, page)
    qtbot.addWidget(again)
    assert {key: editor.toPlainText() for key, editor in again.editors.items()} == written


def test_a_survey_row_chosen_is_kept(qtbot, page, state):
    dialog = SurveyMappingDialog(state, Translator("en"), page)
    qtbot.addWidget(dialog)
    source, code, default, _overridden = dialog.lines[0]
    combo = dialog.combos[0]
    other = next(combo.itemData(i) for i in range(combo.count()) if combo.itemData(i) != default)
    choose(combo, other)
    QTest.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == SurveyMappingDialog.DialogCode.Accepted, dialog.error.text()
    with state.store.reading() as session:
        mapping = survey_mapping(session, state.reference)
    assert mapping.activity_forms[code] == other and (source, code) in mapping.overridden
    again = SurveyMappingDialog(state, Translator("en"), page)
    qtbot.addWidget(again)
    assert again.combos[0].currentData() == other
    again.table.setCurrentCell(0, 1)
    QTest.mouseClick(again.default_button, Qt.MouseButton.LeftButton)
    QTest.mouseClick(again.save_button, Qt.MouseButton.LeftButton)
    with state.store.reading() as session:
        assert survey_mapping(session, state.reference).activity_forms[code] == default
