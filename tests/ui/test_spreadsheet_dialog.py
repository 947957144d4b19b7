"""The spreadsheet dialogs: the import preview and its buttons, export of a period, the template, and the File
menu of a unit. The dialogs take their file path, so no file dialog is opened."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from kesu_desktop.records.service import add_activity, list_activities, list_trainings
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.spreadsheet.writer import write_template
from kesu_desktop.store import database
from tests.conftest import UNIT_CODE
from tests.spreadsheet_rows import ACTIVITY_PART, activity_row, activity_sheet_xml, filled, replace_parts, training_row
from ui.spreadsheet.export_dialog import ExportDialog, save_template_interactive
from ui.spreadsheet.import_dialog import ImportPreviewDialog, ImportPreviewModel, import_interactive

LAUGHS = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'
LECTURE = ActivityInput(
    title="冬季果树管理讲座",
    start_date=date(2024, 3, 5),
    end_date=date(2024, 3, 5),
    form_code="lecture",
    target_group_codes=("farmers",),
    participants=120,
)


def stored(store) -> tuple[list[str], list[str]]:
    with store.reading() as session:
        return (
            sorted(a.data.title for a in list_activities(session, UNIT_CODE, date(2000, 1, 1), date(2100, 1, 1))),
            sorted(t.data.title for t in list_trainings(session, UNIT_CODE, date(2000, 1, 1), date(2100, 1, 1))),
        )


@pytest.fixture
def state(make_state, unit_store):
    return make_state(unit_store, "en")


@pytest.fixture
def translator(language):
    return language("en")


def preview(qtbot, state, translator, path: Path) -> ImportPreviewDialog:
    dialog = ImportPreviewDialog(state, translator, path)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def table(dialog: ImportPreviewDialog) -> list[list[str]]:
    model = dialog.model
    return [
        [model.data(model.index(row, column)) for column in range(model.columnCount())]
        for row in range(model.rowCount())
    ]


def test_the_preview_lists_errors_first_and_allows_only_the_valid_rows(qtbot, tmp_path, state, translator, reference):
    path = filled(
        tmp_path / "mixed.xlsx",
        reference,
        activities=[activity_row(), activity_row(活动名称="第二场", 其中女性人次=500)],
        trainings=[training_row()],
    )
    dialog = preview(qtbot, state, translator, path)
    assert table(dialog) == [
        [
            "Error",
            "活动",
            "3",
            "其中女性人次 (L)",
            "第二场",
            "Of which women: 500 is more than the whole (80); correct one of them.",
        ],
        ["Add", "活动", "2", "", "科普讲座", ""],
        ["Add", "培训", "2", "", "果树修剪培训", ""],
    ]
    assert "2 to add, 0 to update, 0 unchanged." in dialog.summary.text()
    assert "1 rows have errors" in dialog.summary.text()
    assert not dialog.import_all_button.isEnabled()
    assert dialog.import_valid_button.isEnabled()
    assert stored(state.store) == ([], [])  # the preview stores nothing
    qtbot.mouseClick(dialog.import_valid_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.result_report is not None and dialog.result_report.stored
    assert stored(state.store) == (["科普讲座"], ["果树修剪培训"])


def test_import_all_stores_a_valid_workbook(qtbot, tmp_path, state, translator, reference):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row(), activity_row(活动名称="第二场")])
    dialog = preview(qtbot, state, translator, path)
    assert dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()
    assert dialog.import_all_button.isDefault()
    qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(state.store) == (sorted(["科普讲座", "第二场"]), [])


def test_cancel_stores_nothing(qtbot, tmp_path, state, translator, reference):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row()])
    dialog = preview(qtbot, state, translator, path)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert stored(state.store) == ([], [])


def test_the_preview_names_the_fields_an_update_changes(qtbot, tmp_path, state, translator, reference):
    with state.store.transaction() as session:
        lecture = add_activity(session, UNIT_CODE, LECTURE, reference, actor="王晓燕")
    path = filled(
        tmp_path / "update.xlsx",
        reference,
        activities=[
            activity_row(活动名称="冬季果树管理讲座", 参与人次=130, 活动地点="镇文化站", 记录编号=str(lecture.meta.id)),
            activity_row(活动名称="冬季果树管理讲座", 参与人次=120, 记录编号=str(lecture.meta.id).replace("-", "")),
        ],
    )
    dialog = preview(qtbot, state, translator, path)
    rows = table(dialog)
    assert rows[-1] == [
        "Update",
        "活动",
        "2",
        "",
        "冬季果树管理讲座",
        "Changes: Venue, Participants (person-times)",
    ]
    assert rows[0][0] == "Error" and rows[0][3] == "记录编号 (P)"


def test_a_workbook_with_nothing_new_offers_no_import(qtbot, tmp_path, state, translator, reference):
    path = tmp_path / "empty.xlsx"
    write_template(path, reference)
    dialog = preview(qtbot, state, translator, path)
    assert dialog.summary.text() == "The workbook holds no records."
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()


def test_an_unreadable_file_is_explained_and_nothing_can_be_imported(qtbot, tmp_path, state, translator):
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\xff\xd8\xff not a workbook")
    dialog = preview(qtbot, state, translator, path)
    assert dialog.summary.text() == (
        f"The file {path} is not an Excel workbook (.xlsx), or it is damaged or protected by a password; open it "
        "in Excel or WPS, remove any password and save it as an Excel workbook (.xlsx)."
    )
    assert dialog.model.rowCount() == 0
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()


def test_a_hostile_file_is_refused_in_one_line_and_nothing_can_be_imported(
    qtbot, tmp_path, state, translator, reference
):
    path = filled(tmp_path / "laughs.xlsx", reference, activities=[activity_row()])
    replace_parts(path, {ACTIVITY_PART: activity_sheet_xml(b"").replace(b"<worksheet", LAUGHS + b"<worksheet", 1)})
    dialog = preview(qtbot, state, translator, path)
    assert "\n" not in dialog.summary.text()
    assert "holds XML declarations (DOCTYPE or ENTITY, in 活动)" in dialog.summary.text()
    assert not dialog.import_all_button.isEnabled()
    assert not dialog.import_valid_button.isEnabled()


def test_an_import_that_meets_a_busy_store_says_so_and_keeps_the_preview(
    qtbot, tmp_path, state, translator, reference, message_boxes, monkeypatch
):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row()])
    dialog = preview(qtbot, state, translator, path)
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    state.store.engine.dispose()  # connections opened from now on wait a fifth of a second for a busy store
    blocker = sqlite3.connect(state.store.data_dir.database)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # KeSu open a second time, saving
        qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    finally:
        blocker.rollback()
        blocker.close()
    assert dialog.isVisible()
    assert [m.text for m in message_boxes.shown] == [
        "Nothing was imported: another job is saving to this data folder right now (another import, or KeSu open "
        "a second time). Everything saved before is safe; wait until that job has finished, then import again."
    ]
    assert stored(state.store) == ([], [])
    qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert stored(state.store) == (["科普讲座"], [])


def test_a_file_that_went_bad_after_the_preview_is_not_imported(qtbot, tmp_path, state, translator, reference):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row()])
    dialog = preview(qtbot, state, translator, path)
    filled(path, reference, activities=[activity_row(), activity_row(参与人次=-1)])  # edited meanwhile in Excel
    qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert table(dialog)[0][0] == "Error"
    assert not dialog.import_all_button.isEnabled()
    assert stored(state.store) == ([], [])


def test_the_preview_model_is_a_valid_table_model(qtmodeltester, tmp_path, state, translator, reference):
    from kesu_desktop.spreadsheet.importer import VALID_ONLY, import_records

    path = filled(tmp_path / "mixed.xlsx", reference, activities=[activity_row(), activity_row(参与人次="很多")])
    with state.store.reading() as session:
        report = import_records(path, session, reference, UNIT_CODE, "王晓燕", VALID_ONLY, dry_run=True)
    model = ImportPreviewModel(translator)
    model.show_report(report)
    assert model.rowCount() == 2
    qtmodeltester.check(model)


def test_import_interactive_with_a_path_reports_what_was_imported(
    qtbot, tmp_path, state, translator, reference, message_boxes, monkeypatch
):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row()])
    monkeypatch.setattr(ImportPreviewDialog, "exec", lambda self: (self.import_all(), self.result())[1])
    report = import_interactive(None, state, translator, path)
    assert report is not None and report.stored
    assert [m.text for m in message_boxes.shown] == ["Imported: 1 added, 0 updated, 0 unchanged."]


def test_export_of_one_month(qtbot, tmp_path, state, translator, reference):
    with state.store.transaction() as session:
        add_activity(session, UNIT_CODE, LECTURE, reference, actor="王晓燕")
        april = ActivityInput(
            **{**LECTURE.__dict__, "title": "四月讲座", "start_date": date(2024, 4, 9), "end_date": date(2024, 4, 9)}
        )
        add_activity(session, UNIT_CODE, april, reference, actor="王晓燕")
    path = tmp_path / "export.xlsx"
    dialog = ExportDialog(state, translator, path, today=date(2024, 4, 20))
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.year.isEnabled() and not dialog.month.isEnabled()
    dialog.kind.setCurrentIndex(dialog.kind.findData("month"))
    assert dialog.month.isEnabled()
    dialog.month.setValue(3)
    assert dialog.period() == "2024-03"
    qtbot.mouseClick(dialog.export_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.summary is not None and (dialog.summary.activities, dialog.summary.trainings) == (1, 0)
    titles = [row[0].value for row in load_workbook(path)["活动"].iter_rows(min_row=2)]
    assert titles == ["冬季果树管理讲座"]


def test_an_export_that_cannot_be_written_says_why_and_stays_open(qtbot, tmp_path, state, translator):
    dialog = ExportDialog(state, translator, tmp_path / "no such folder" / "export.xlsx")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.export()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.error.isVisible()
    assert "was not written" in dialog.error.text()


def test_save_template_with_a_path(qtbot, tmp_path, state, translator, message_boxes):
    path = tmp_path / "template.xlsx"
    assert save_template_interactive(None, state, translator, path) == path
    assert load_workbook(path).sheetnames[:2] == ["活动", "培训"]
    assert message_boxes.shown[0].title == "Template saved"


def test_the_file_menu_of_a_unit_offers_the_workbook(make_window, unit_store):
    window = make_window(unit_store)
    file_menu = window.menuBar().actions()[0].menu()
    texts = [action.text() for action in file_menu.actions() if not action.isSeparator()]
    assert texts == [
        "&Import records from Excel…",
        "Bring in a &ledger (台账)…",
        "&Export records to Excel…",
        "Save an empty Excel &template…",
        "Import the county's &bulletin…",
        "&Undo the last county bulletin…",
        "E&xit",
    ]


def test_the_county_has_no_records_workbook_in_its_file_menu(make_window, county_store):
    window = make_window(county_store)
    file_menu = window.menuBar().actions()[0].menu()
    assert [action.text() for action in file_menu.actions()] == ["E&xit"]


def test_cancelling_the_import_stores_nothing_and_keeps_the_preview(
    qtbot, tmp_path, state, translator, reference, message_boxes, monkeypatch
):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row(), activity_row(活动名称="第二场")])
    dialog = preview(qtbot, state, translator, path)
    monkeypatch.setattr("ui.spreadsheet.import_dialog.ImportProgress.__call__", lambda self, done, total: False)
    qtbot.mouseClick(dialog.import_all_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert [m.text for m in message_boxes.shown] == ["The import was cancelled; nothing was stored."]
    assert dialog.import_all_button.isEnabled()
    assert stored(state.store) == ([], [])
