"""Bringing in a hand-kept ledger (台账) from the File menu: the counts and the disagreeing totals of the
preview, the fixes typed into it, the clerk's choices (forms, training kind, header row), the two check boxes
that allow the import, what is stored (with the ledger in each record's history), and files refused."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog
from sqlalchemy import select

from db import models
from kesu_desktop.ledgers.sheets import read_ledger
from kesu_desktop.records.service import list_activities, list_trainings
from kesu_desktop.store import database
from tests.conftest import UNIT_CODE
from tests.spreadsheet_rows import replace_parts
from tests.ui.helpers import focused, press, type_text
from ui.ledgers.import_dialog import LedgerImportDialog, county_ledger_interactive, ledger_import_interactive
from ui.ledgers.preview_model import FIRST_CELL_COLUMN, STATUS_COLUMN
from ui.ledgers.sheet_tabs import SheetTab

LEDGERS = Path(__file__).parents[1] / "data" / "ledgers"
GUCHENG = LEDGERS / "gucheng-2022.xlsx"
ACTIVITIES, TRAININGS = "活动登记", "农民培训"
COUNTS = "24 ready, 3 approximate, 9 need fixing, 1 duplicates; 11 rows passed over (totals, sections, notes)."
DATE_COLUMN = FIRST_CELL_COLUMN + 2  # column C, 日　期
STORED_WITH_BOTH_BOXES = 27  # the 24 ready rows and the 3 approximate ones
LAUGHS = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'


@pytest.fixture
def state(make_state, unit_store):
    return make_state(unit_store, "en")


@pytest.fixture
def translator(language):
    return language("en")


def open_dialog(qtbot, state, translator, path: Path = GUCHENG) -> LedgerImportDialog:
    dialog = LedgerImportDialog(state, translator, path, read_ledger(path))
    qtbot.addWidget(dialog)
    with qtbot.waitActive(dialog):
        dialog.show()
    return dialog


def page(dialog: LedgerImportDialog, sheet: str) -> SheetTab:
    return dialog.tabs.pages[sheet]


def line_of(tab: SheetTab, row: int) -> int:
    return next(line for line, planned in enumerate(tab.model.rows) if planned.row == row)


def status(tab: SheetTab, row: int) -> str:
    model = tab.model
    return model.data(model.index(line_of(tab, row), STATUS_COLUMN))


def stored(store) -> tuple[list[models.Activity], list[models.Training]]:
    start, end = date(2000, 1, 1), date(2100, 1, 1)
    with store.reading() as session:
        return list_activities(session, UNIT_CODE, start, end), list_trainings(session, UNIT_CODE, start, end)


def tick_both_and_import(qtbot, dialog: LedgerImportDialog) -> None:
    dialog.skip_flagged.setChecked(True)
    dialog.accept_approximate.setChecked(True)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_the_preview_counts_every_row_and_names_the_disagreeing_total(qtbot, state, translator, qtmodeltester):
    dialog = open_dialog(qtbot, state, translator)
    assert dialog.counts.text() == COUNTS
    assert dialog.totals.text() == (
        "活动登记, row 29: the ledger's 小计 says 1319 for 参与人次（人）, but its rows add up to 1391."
    )
    assert [dialog.tabs.tabText(index) for index in range(dialog.tabs.count())] == [ACTIVITIES, TRAININGS]
    activities = page(dialog, ACTIVITIES)
    model = activities.model
    line = line_of(activities, 7)
    assert [model.data(model.index(line, column)) for column in range(model.columnCount())] == [
        "7",
        "needs fixing",
        "3",
        "妇女健康知识讲座",
        "2022年2月30日",
        "南关村村委会",
        "讲座",
        "镇妇联",
        "60",
        "60",
        "—",
        "",
        "日\u3000期: “2022年2月30日” is not a day that exists; type the day it was held.",
    ]
    assert model.headerData(DATE_COLUMN, Qt.Orientation.Horizontal) == "C 日\u3000期\n→ Date (or first and last day)"
    assert status(activities, 14) == "approximate" and status(activities, 19) == "duplicate"
    assert status(activities, 29) == "total row"
    assert not model.flags(model.index(line, STATUS_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(line, DATE_COLUMN)) & Qt.ItemFlag.ItemIsEditable
    qtmodeltester.check(model, force_py=True)


def test_import_is_refused_while_rows_need_fixing_and_says_why(qtbot, state, translator):
    dialog = open_dialog(qtbot, state, translator)
    assert not dialog.import_button.isEnabled()
    assert dialog.why.text().startswith("Nothing can be stored yet: 9 rows need fixing.")
    assert "--" not in dialog.why.text()
    dialog.skip_flagged.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert dialog.why.text().startswith("Nothing can be stored yet: 3 rows have approximate figures")
    dialog.accept_approximate.setChecked(True)
    assert dialog.import_button.isEnabled()
    assert dialog.why.text() == "27 records will be stored when you press Import."
    assert stored(state.store) == ([], [])  # nothing is stored before Import


def test_a_date_typed_into_the_preview_makes_its_row_ready(qtbot, state, translator, message_boxes):
    dialog = open_dialog(qtbot, state, translator)
    activities = page(dialog, ACTIVITIES)
    dialog.tabs.setCurrentWidget(activities)
    table = activities.table
    table.setFocus()
    table.setCurrentIndex(activities.model.index(line_of(activities, 7), DATE_COLUMN))
    press(Qt.Key.Key_F2)
    focused().clear()
    type_text(focused(), "2022-02-28")
    press(Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: status(activities, 7) == "ready")
    assert dialog.fixes() == {(ACTIVITIES, 7): {"C": "2022-02-28"}}
    assert activities.model.reasons(line_of(activities, 7)) == ()
    assert dialog.counts.text().startswith("25 ready, 3 approximate, 8 need fixing")
    tick_both_and_import(qtbot, dialog)
    activities_stored, _ = stored(state.store)
    lecture = next(a for a in activities_stored if a.data.title == "妇女健康知识讲座")
    assert lecture.data.start_date == date(2022, 2, 28)


def test_both_boxes_store_the_ready_and_approximate_rows_with_the_ledger_in_their_history(
    qtbot, state, translator, message_boxes
):
    dialog = open_dialog(qtbot, state, translator)
    tick_both_and_import(qtbot, dialog)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert [m.text for m in message_boxes.shown] == ["27 records stored from the ledger."]
    activities, trainings = stored(state.store)
    activity_rows = [row for row in page(dialog, ACTIVITIES).model.rows if row.status in ("ready", "approximate")]
    assert len(activities) == len(activity_rows) == 19
    assert len(trainings) == STORED_WITH_BOTH_BOXES - 19
    with state.store.reading() as session:
        origins = session.scalars(select(models.ChangeLog.new_value).where(models.ChangeLog.field == "origin")).all()
    assert len(origins) == STORED_WITH_BOTH_BOXES
    assert {"ledger": "gucheng-2022.xlsx", "sheet": TRAININGS, "row": 3} in [json.loads(text) for text in origins]


def test_a_form_word_chosen_on_screen_is_the_stored_form(qtbot, state, translator, message_boxes):
    dialog = open_dialog(qtbot, state, translator)
    panel = page(dialog, ACTIVITIES).panel
    combo = panel.form_combos["讲座"]
    assert combo.code() == "lecture"
    assert not panel.not_recognised["讲座"].isVisibleTo(panel)
    assert any(label.isVisibleTo(panel) for label in panel.not_recognised.values())  # a word the list lacks
    combo.setCurrentIndex(combo.findData("report"))
    assert dialog.chosen[ACTIVITIES].forms["讲座"] == "report"
    tick_both_and_import(qtbot, dialog)
    activities, _ = stored(state.store)
    assert next(a for a in activities if a.data.title == "冬春农业科技讲座").data.form_code == "report"


def test_the_training_kind_chosen_on_screen_is_the_stored_kind(qtbot, state, translator, message_boxes):
    dialog = open_dialog(qtbot, state, translator)
    panel = page(dialog, TRAININGS).panel
    assert panel.training_kind.code() == "other"
    panel.training_kind.setCurrentIndex(panel.training_kind.findData("rural_practical"))
    assert panel.target_group.code() == "farmers"  # the kind's usual group
    tick_both_and_import(qtbot, dialog)
    _, trainings = stored(state.store)
    assert {(t.data.kind_code, t.data.target_group_code) for t in trainings} == {("rural_practical", "farmers")}


def test_another_header_proposes_the_columns_again(qtbot, state, translator):
    dialog = open_dialog(qtbot, state, translator)
    activities = page(dialog, ACTIVITIES)
    activities.panel.two_rows.setChecked(True)  # row 4, the first section's heading, taken for a header row
    assert dialog.chosen[ACTIVITIES].header_rows == (3, 4)
    assert dialog.chosen[ACTIVITIES].headers["C"] == "日\u3000期/一、一至三月份"
    assert activities.model.rows[0].row == 5
    assert dialog.counts.text() != COUNTS
    activities.panel.two_rows.setChecked(False)
    assert dialog.chosen[ACTIVITIES].header_rows == (3,)
    assert dialog.counts.text() == COUNTS
    assert activities.panel.column_combos["C"].currentData() == "date"
    assert activities.panel.header_row.value() == 3


@pytest.mark.parametrize("kind", ["not a workbook", "hostile"])
def test_a_refused_file_is_explained_in_one_line_and_stores_nothing(
    qtbot, tmp_path, state, translator, message_boxes, kind
):
    path = tmp_path / "ledger.xlsx"
    if kind == "not a workbook":
        path.write_bytes(b"\xff\xd8\xff a photo")
    else:
        shutil.copy(GUCHENG, path)
        sheet = "xl/worksheets/sheet1.xml"
        replace_parts(path, {sheet: LAUGHS + b'<worksheet xmlns="http://schemas.openxmlformats.org/"/>'})
    assert ledger_import_interactive(None, state, translator, path) is None
    [message] = message_boxes.shown
    assert message.title == "Ledger not read"
    assert "\n" not in message.text and str(path) in message.text
    assert stored(state.store) == ([], [])


def test_the_xls_after_the_xlsx_finds_every_stored_row_a_duplicate(qtbot, state, translator, message_boxes):
    tick_both_and_import(qtbot, open_dialog(qtbot, state, translator))
    dialog = open_dialog(qtbot, state, translator, LEDGERS / "gucheng-2022.xls")
    assert dialog.counts.text().startswith("0 ready, 0 approximate, 9 need fixing, 28 duplicates")
    dialog.skip_flagged.setChecked(True)
    dialog.accept_approximate.setChecked(True)
    assert not dialog.import_button.isEnabled()
    assert dialog.why.text().startswith("Nothing to store")
    assert sum(map(len, stored(state.store))) == STORED_WITH_BOTH_BOXES


def test_an_import_that_meets_a_busy_store_says_so_and_keeps_the_dialog(
    qtbot, state, translator, message_boxes, monkeypatch
):
    dialog = open_dialog(qtbot, state, translator)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    state.store.engine.dispose()
    blocker = sqlite3.connect(state.store.data_dir.database)
    try:
        blocker.execute("BEGIN IMMEDIATE")
        tick_both_and_import(qtbot, dialog)
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.isVisible()
    assert message_boxes.shown[0].text.startswith("Nothing was imported: another job is saving")
    assert stored(state.store) == ([], [])
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert sum(map(len, stored(state.store))) == STORED_WITH_BOTH_BOXES


def test_the_file_menu_offers_the_ledger(make_window, unit_store):
    window = make_window(unit_store)
    file_menu = window.menuBar().actions()[0].menu()
    assert "Bring in a &ledger (台账)…" in [action.text() for action in file_menu.actions()]


GUCHENG_CODE = "141023105"


def test_the_county_brings_in_a_units_ledger_apart_from_its_returns(
    qtbot, make_state, county_store, translator, message_boxes, monkeypatch
):
    county = make_state(county_store, "en")
    monkeypatch.setattr("ui.ledgers.import_dialog.QInputDialog.getItem", lambda *args, **kwargs: ("古城镇", True))
    shown: list[LedgerImportDialog] = []

    def exec_dialog(dialog: LedgerImportDialog) -> int:
        shown.append(dialog)
        assert "Ledger of 古城镇" in dialog.findChildren(type(dialog.counts))[0].text()
        assert dialog.counts.text() == COUNTS
        tick_both_and_import(qtbot, dialog)
        return int(dialog.result())

    monkeypatch.setattr(LedgerImportDialog, "exec", exec_dialog)

    result = county_ledger_interactive(None, county, translator, path=GUCHENG)  # type: ignore[arg-type]

    assert result is not None and len(result.stored) == STORED_WITH_BOTH_BOXES
    with county_store.reading() as session:
        kept = session.scalars(select(models.LedgerRecord.unit_code)).all()
        assert session.scalars(select(models.ReceivedReturn)).first() is None
    assert kept == [GUCHENG_CODE] * STORED_WITH_BOTH_BOXES
    assert [m.text for m in message_boxes.shown] == ["27 records stored from the ledger."]
