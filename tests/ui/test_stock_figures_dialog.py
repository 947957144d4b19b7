"""The period-end figures dialog: typing a number, marking one not applicable, leaving one empty, and the
Overview's reminder of what is not filled in."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from kesu_desktop.records.figures import NOT_APPLICABLE, missing_figures, read_figures
from tests.conftest import UNIT_CODE
from tests.ui.helpers import type_text
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
