"""The period-end figures dialog: typing a number, marking one not applicable, leaving one empty, the figures
of an earlier month carried over as suggestions the clerk confirms, and the Overview's reminder of what is not
filled in."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kesu_desktop.records.figures import NOT_APPLICABLE, missing_figures, read_figures, save_figures
from tests.conftest import UNIT_CODE
from tests.ui.helpers import type_text, when_shown
from ui.records.figures_dialog import StockFiguresDialog

MONTH = date(2025, 6, 1)


@pytest.fixture
def unit_state(make_state, unit_store):
    return make_state(unit_store, "zh_CN")


def _dialog(qtbot, state, translator):
    dialog = StockFiguresDialog(state, translator, MONTH)
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
        dialog.activateWindow()
    return dialog


def test_figures_typed_by_keyboard_are_stored_in_three_states(qtbot, unit_state, language):
    translator = language("zh_CN")
    dialog = _dialog(qtbot, unit_state, translator)
    volunteers = dialog.rows["tech_volunteers"]
    volunteers.value.setFocus()
    type_text(volunteers.value, "１２０人")
    qtbot.keyClick(volunteers.value, Qt.Key.Key_Tab)
    type_text(dialog.rows["schools"].value, "0")
    qtbot.mouseClick(dialog.rows["edu_bases_province"].not_applicable, Qt.MouseButton.LeftButton)
    qtbot.keyClick(dialog, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted
    with unit_state.store.reading() as session:
        figures = read_figures(session, UNIT_CODE, "2025-06")
    assert figures["tech_volunteers"] == 120
    assert figures["schools"] == 0
    assert figures["edu_bases_province"] is NOT_APPLICABLE
    assert figures["info_officers"] is None


def test_text_that_is_not_a_number_is_refused_and_nothing_is_stored(qtbot, unit_state, language):
    translator = language("en")
    dialog = _dialog(qtbot, unit_state, translator)
    dialog.rows["schools"].value.setText("eight")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert "eight" in dialog.error.text()
    assert dialog.rows["schools"].value.hasFocus()
    with unit_state.store.reading() as session:
        assert all(v is None for v in read_figures(session, UNIT_CODE, "2025-06").values())


def test_a_refused_check_names_the_figures_and_keeps_the_store(qtbot, unit_state, language):
    dialog = _dialog(qtbot, unit_state, language("zh_CN"))
    dialog.rows["schools"].value.setText("5")
    dialog.rows["schools_with_science_teacher"].value.setText("6")
    dialog.save()
    assert "6" in dialog.error.text() and "5" in dialog.error.text()
    with unit_state.store.reading() as session:
        assert read_figures(session, UNIT_CODE, "2025-06")["schools"] is None


def test_changing_the_month_loads_that_months_figures(qtbot, unit_state, language):
    dialog = _dialog(qtbot, unit_state, language("zh_CN"))
    dialog.rows["schools"].value.setText("7")
    dialog.save()
    dialog = _dialog(qtbot, unit_state, language("zh_CN"))
    assert dialog.rows["schools"].value.text() == "7"
    dialog.month.setDate(dialog.month.date().addMonths(-1))
    assert dialog.rows["schools"].value.text() == ""


def test_overview_reminds_of_figures_not_filled_in(qtbot, make_state, unit_store, language):
    from ui.pages.overview import OverviewPage

    unit_state = make_state(unit_store, "en")
    page = OverviewPage(unit_state, language("en"), today=date(2025, 6, 18))
    qtbot.addWidget(page)
    page.refresh()
    with unit_state.store.reading() as session:
        missing = missing_figures(session, UNIT_CODE, "2025-06")
    assert str(len(missing)) in page.figures_note.text()
    assert "Science information officers" in page.figures_note.toolTip()


# ---- last month's figures, carried over as suggestions ----------------------------------------------------


@pytest.fixture
def may_filled(unit_state, reference):
    with unit_state.store.transaction() as session:
        save_figures(session, UNIT_CODE, "2025-05", {"schools": 9, "tech_volunteers": 120}, reference, actor="王晓燕")
    return unit_state


def answer_carried(failures: list[BaseException], seen: list[str], button: str | None) -> None:
    """When the question about carried-over figures opens, note it and click ``button`` (None: Cancel)."""

    def find() -> QMessageBox | None:
        box = QApplication.activeModalWidget()
        return box if isinstance(box, QMessageBox) and box.isVisible() else None

    def answer(box) -> None:
        seen.append(box.text())
        if button is None:
            box.button(QMessageBox.StandardButton.Cancel).click()
        else:
            next(b for b in box.buttons() if b.text() == button).click()

    when_shown(find, answer, failures)


def stored_june(state) -> dict:
    with state.store.reading() as session:
        return read_figures(session, UNIT_CODE, "2025-06")


def test_last_months_figures_are_shown_marked_as_carried_over_and_not_stored(qtbot, may_filled, language):
    dialog = _dialog(qtbot, may_filled, language("en"))
    schools = dialog.rows["schools"]
    assert schools.value.text() == "9" and "italic" in schools.value.styleSheet()
    assert schools.carried_note.text() == "carried over from 2025-05"
    assert dialog.rows["info_officers"].value.text() == "" and dialog.rows["info_officers"].carried is None
    assert "carried over from an earlier month" in dialog.carried_hint.text()
    dialog.reject()
    assert all(value is None for value in stored_june(may_filled).values())


def test_saving_asks_before_storing_carried_over_figures(qtbot, may_filled, language):
    dialog = _dialog(qtbot, may_filled, language("en"))
    failures: list[BaseException] = []
    seen: list[str] = []
    answer_carried(failures, seen, None)
    dialog.save()
    assert failures == [] and dialog.result() != dialog.DialogCode.Accepted
    assert seen == [
        "2 figures are carried over from earlier months (in italics). Store them as the figures of 2025-06?"
    ]
    assert stored_june(may_filled)["schools"] is None

    answer_carried(failures, [], "&Store them too")
    dialog.save()
    assert failures == [] and dialog.result() == dialog.DialogCode.Accepted
    assert (stored_june(may_filled)["schools"], stored_june(may_filled)["tech_volunteers"]) == (9, 120)


def test_a_figure_typed_over_is_the_clerks_own_and_the_rest_may_stay_empty(qtbot, may_filled, language):
    dialog = _dialog(qtbot, may_filled, language("en"))
    schools = dialog.rows["schools"]
    schools.value.setFocus()
    schools.value.selectAll()
    type_text(schools.value, "10")
    assert schools.carried is None and schools.carried_note.text() == ""
    failures: list[BaseException] = []
    seen: list[str] = []
    answer_carried(failures, seen, "&Leave them not filled in")
    dialog.save()
    assert failures == [] and seen[0].startswith("1 figures are carried over")
    assert (stored_june(may_filled)["schools"], stored_june(may_filled)["tech_volunteers"]) == (10, None)


def test_a_month_that_has_its_own_figures_shows_them_and_suggests_nothing_more(qtbot, may_filled, language):
    with may_filled.store.transaction() as session:
        save_figures(session, UNIT_CODE, "2025-06", {"schools": 8}, may_filled.reference, actor="王晓燕")
    dialog = _dialog(qtbot, may_filled, language("en"))
    assert dialog.rows["schools"].value.text() == "8" and dialog.rows["schools"].carried is None
    assert dialog.carried() == ["tech_volunteers"]


def test_the_figures_of_a_reported_month_are_refused_with_the_reason(qtbot, unit_state, reference, language, tmp_path):
    from tests.ui.reported import last_month, reported_activity

    reported_activity(unit_state.store, reference, tmp_path / "stick")
    dialog = StockFiguresDialog(unit_state, language("en"), last_month())
    qtbot.addWidget(dialog)
    dialog.rows["schools"].value.setText("5")
    dialog.save()
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.error.text().endswith("is locked; reopen it for correction first.")
