"""``records template``, ``records export`` and ``records import`` end to end: ``main.main`` in-process."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.service import add_activity, list_activities
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.spreadsheet.layout import ACTIVITY_LAYOUT, META_SHEET, TRAINING_LAYOUT
from kesu_desktop.store import database
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.e2e.test_cli import ROOT, run
from tests.spreadsheet_rows import (
    ACTIVITY_PART,
    activity_row,
    activity_sheet_xml,
    activity_xml_row,
    cells,
    fill_rows,
    replace_parts,
)

LECTURE = ActivityInput(
    title="=科普讲座",
    start_date=date(2024, 3, 5),
    end_date=date(2024, 3, 5),
    form_code="lecture",
    target_group_codes=("farmers",),
    participants=120,
)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """A data folder set up for 新城镇."""
    folder = tmp_path / "data"
    store, reference = prepare_store(DataDir(folder))
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)
    store.close()
    return folder


def add(folder: Path, *records: ActivityInput) -> None:
    store, reference = prepare_store(DataDir(folder))
    with store.transaction() as session:
        for record in records:
            add_activity(session, UNIT_CODE, record, reference, actor="王晓燕")
    store.close()


def titles(folder: Path) -> list[str]:
    store, _reference = prepare_store(DataDir(folder))
    with store.reading() as session:
        found = [a.data.title for a in list_activities(session, UNIT_CODE, date(2000, 1, 1), date(2100, 1, 1))]
    store.close()
    return sorted(found)


def workbook_with_rows(capsys, tmp_path: Path, folder: Path, *rows: dict[str, Any]) -> Path:
    """A template written by the command, with activity rows typed in (column header -> value)."""
    path = tmp_path / "filled.xlsx"
    assert run(capsys, "records", "template", "--out", path, "--data-dir", folder)[0] == 0
    return fill_rows(path, activities=rows)


def test_template_writes_an_empty_workbook(capsys, tmp_path, folder):
    path = tmp_path / "模板.xlsx"
    code, out, err = run(capsys, "--lang", "en", "records", "template", "--out", path, "--data-dir", folder)
    assert (code, err) == (0, "")
    assert out == f"Wrote an empty workbook to {path}.\n"
    sheets = cells(path)
    assert sheets["活动"] == [[column.heading for column in ACTIVITY_LAYOUT.columns]]
    assert sheets["培训"] == [[column.heading for column in TRAINING_LAYOUT.columns]]


def test_template_needs_no_set_up_folder(capsys, tmp_path):
    code, _out, _err = run(capsys, "records", "template", "--out", tmp_path / "t.xlsx", "--data-dir", tmp_path / "new")
    assert code == 0
    assert (tmp_path / "t.xlsx").exists()


def test_export_writes_this_units_records_of_the_period(capsys, tmp_path, folder):
    add(
        folder,
        LECTURE,
        ActivityInput(
            **{**LECTURE.__dict__, "title": "四月", "start_date": date(2024, 4, 2), "end_date": date(2024, 4, 2)}
        ),
    )
    path = tmp_path / "march.xlsx"
    code, out, err = run(
        capsys, "records", "export", "--out", path, "--period", "2024-03", "--data-dir", folder, "--lang", "en"
    )
    assert (code, err) == (0, "")
    assert out == f"Wrote 1 activities and 0 trainings to {path}.\n"
    sheets = cells(path)
    assert [row[0] for row in sheets["活动"][1:]] == ["=科普讲座"]
    assert {row[0]: row[1] for row in sheets[META_SHEET][:6]}["period"] == "2024-03"
    assert load_workbook(path)["活动"]["A2"].data_type == "s"


@pytest.mark.parametrize("period", ["2024-13", "last month"])
def test_export_with_a_bad_period_says_so_in_one_line(capsys, tmp_path, folder, period):
    code, out, err = run(
        capsys, "records", "export", "--out", tmp_path / "x.xlsx", "--period", period, "--data-dir", folder
    )
    assert code == 1
    assert out == ""
    assert len(err.splitlines()) == 1
    assert not (tmp_path / "x.xlsx").exists()


def test_export_needs_a_set_up_folder(capsys, tmp_path):
    code, _out, err = run(capsys, "records", "export", "--out", tmp_path / "x.xlsx", "--data-dir", tmp_path / "new")
    assert code == 1
    assert len(err.splitlines()) == 1


def test_a_county_folder_has_no_records_to_import(capsys, tmp_path):
    folder = tmp_path / "county"
    assert (
        run(capsys, "--data-dir", folder, "init", "--unit", "141023000", "--clerk", "刘芳", "--role", "county")[0] == 0
    )
    code, _out, err = run(capsys, "records", "import", tmp_path / "x.xlsx", "--data-dir", folder, "--lang", "en")
    assert code == 1
    assert "county office" in err


def test_import_stores_a_valid_workbook(capsys, tmp_path, folder):
    path = workbook_with_rows(capsys, tmp_path, folder, activity_row(), activity_row(活动名称="第二场"))
    code, out, err = run(capsys, "records", "import", path, "--data-dir", folder, "--lang", "en")
    assert (code, err) == (0, "")
    assert out == "Imported: 2 added, 0 updated, 0 unchanged.\n"
    assert titles(folder) == sorted(["科普讲座", "第二场"])


def test_a_dry_run_stores_nothing(capsys, tmp_path, folder):
    path = workbook_with_rows(capsys, tmp_path, folder, activity_row())
    code, out, _err = run(capsys, "records", "import", path, "--dry-run", "--data-dir", folder, "--lang", "en")
    assert code == 0
    assert out == "Dry run, nothing stored: 1 would be added, 0 updated, 0 unchanged.\n"
    assert titles(folder) == []


def test_bad_rows_are_listed_and_nothing_is_stored(capsys, tmp_path, folder):
    path = workbook_with_rows(
        capsys,
        tmp_path,
        folder,
        activity_row(),
        activity_row(参与人次=-3),
        activity_row(活动形式="茶话会", 开始日期="昨天"),
    )
    code, out, err = run(capsys, "records", "import", path, "--data-dir", folder, "--lang", "en")
    assert code == 1
    assert err == ""
    assert out.splitlines() == [
        "活动, row 3, column 参与人次: Participants (person-times): enter a whole number of 0 or more.",
        "活动, row 4, column 开始日期: Start date: '昨天' is not a date; write it as 2024-03-05.",
        "活动, row 4, column 活动形式: Activity form: '茶话会' is not in the list; "
        "use a name or code from the sheet 可选值.",
        "Nothing stored: 2 rows have errors. Correct them, or import with --valid-only to store the other rows "
        "(1 to add, 0 to update).",
    ]
    assert titles(folder) == []


def test_valid_only_stores_the_other_rows(capsys, tmp_path, folder):
    path = workbook_with_rows(capsys, tmp_path, folder, activity_row(), activity_row(参与人次=-3))
    code, out, _err = run(capsys, "records", "import", path, "--valid-only", "--data-dir", folder, "--lang", "en")
    assert code == 0
    assert out.splitlines()[-1] == "Imported: 1 added, 0 updated, 0 unchanged; 1 rows with errors were left out."
    assert titles(folder) == ["科普讲座"]


def test_json_report(capsys, tmp_path, folder):
    add(folder, LECTURE)
    exported = tmp_path / "export.xlsx"
    assert run(capsys, "records", "export", "--out", exported, "--data-dir", folder)[0] == 0
    workbook = load_workbook(exported)
    workbook["活动"]["K2"] = 130
    too_many_women = activity_row(其中女性人次=99)
    workbook["活动"].append([too_many_women.get(column.header) for column in ACTIVITY_LAYOUT.columns])
    workbook.save(exported)
    code, out, err = run(
        capsys, "records", "import", exported, "--json", "--dry-run", "--data-dir", folder, "--lang", "en"
    )
    assert (code, err) == (1, "")
    report = json.loads(out)
    assert {key: report[key] for key in ("mode", "dry_run", "stored", "added", "updated", "unchanged", "errors")} == {
        "mode": "all-or-nothing",
        "dry_run": True,
        "stored": False,
        "added": 0,
        "updated": 1,
        "unchanged": 0,
        "errors": 1,
    }
    updated, bad = report["rows"]
    assert (updated["sheet"], updated["row"], updated["status"], updated["changed"]) == (
        "活动",
        2,
        "updated",
        ["participants"],
    )
    assert updated["title"] == "=科普讲座"
    (problem,) = bad["problems"]
    assert problem == {
        "column": "其中女性人次",
        "column_letter": "L",
        "field": "women",
        "message": "Of which women: 99 is more than the whole (80); correct one of them.",
        "template": "{label}: {part} is more than the whole ({whole}); correct one of them.",
        "values": {"label": "Of which women", "part": 99, "whole": 80},
    }
    assert bad["id"] is None
    code, out, _err = run(capsys, "records", "import", exported, "--json", "--valid-only", "--data-dir", folder)
    assert code == 0
    assert json.loads(out)["stored"] is True
    assert titles(folder) == ["=科普讲座"]


def test_export_import_export_through_the_command_line_gives_the_same_cells(capsys, tmp_path, folder):
    add(folder, LECTURE, ActivityInput(**{**LECTURE.__dict__, "title": "第二场", "notes": "备注"}))
    first, second = tmp_path / "first.xlsx", tmp_path / "second.xlsx"
    assert run(capsys, "records", "export", "--out", first, "--data-dir", folder)[0] == 0
    other = tmp_path / "other"
    assert run(capsys, "--data-dir", other, "init", "--unit", "新城镇", "--clerk", "李明")[0] == 0
    assert run(capsys, "records", "import", first, "--data-dir", other)[0] == 0
    assert run(capsys, "records", "export", "--out", second, "--data-dir", other)[0] == 0
    assert cells(second) == cells(first)


def test_an_unreadable_file_is_one_line_and_exit_1(capsys, tmp_path, folder):
    path = tmp_path / "notes.xlsx"
    path.write_text("not a workbook", encoding="utf-8")
    code, out, err = run(capsys, "records", "import", path, "--data-dir", folder, "--lang", "en")
    assert code == 1
    assert out == ""
    assert err.startswith("Error: The file ") and len(err.splitlines()) == 1


@pytest.mark.parametrize("argv", [["records"], ["records", "import"], ["records", "export"], ["records", "frobnicate"]])
def test_usage_errors_exit_2(capsys, tmp_path, argv):
    code, _out, err = run(capsys, *argv, "--data-dir", tmp_path)
    assert code == 2
    assert err.startswith("用法：main.py records")


# --- files not made by KeSu, Excel or WPS, and a busy data folder ---------------------------------------------------

LAUGHS = b'<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;">]>'


def test_a_hostile_file_is_refused_in_one_line(capsys, tmp_path, folder):
    path = workbook_with_rows(capsys, tmp_path, folder, activity_row())
    replace_parts(path, {ACTIVITY_PART: activity_sheet_xml(b"").replace(b"<worksheet", LAUGHS + b"<worksheet", 1)})
    code, out, err = run(capsys, "records", "import", path, "--data-dir", folder, "--lang", "en")
    assert (code, out) == (1, "")
    assert err == (
        f"Error: The file {path} holds XML declarations (DOCTYPE or ENTITY, in 活动) that Excel never writes and "
        "that can be used to attack a computer, so KeSu does not read it. Ask whoever made it for a workbook saved "
        "by Excel or WPS.\n"
    )


def test_a_cell_holding_no_number_is_listed_with_its_sheet_row_and_column(capsys, tmp_path, folder):
    path = workbook_with_rows(capsys, tmp_path, folder, activity_row())
    replace_parts(path, {ACTIVITY_PART: activity_sheet_xml(activity_xml_row(2, participants="<v>nan</v>"))})
    code, out, err = run(capsys, "records", "import", path, "--data-dir", folder, "--lang", "en")
    assert (code, err) == (1, "")
    assert out.splitlines()[0] == (
        "活动, row 2, column 参与人次: Participants (person-times): the cell holds nan, which is not a number Excel "
        "can store; type the value again."
    )


def test_an_import_into_a_busy_data_folder_says_so_in_one_line(capsys, tmp_path, folder, monkeypatch):
    path = workbook_with_rows(capsys, tmp_path, folder, activity_row())
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)
    blocker = sqlite3.connect(DataDir(folder).database)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # KeSu open at the same time, saving
        code, out, err = run(capsys, "records", "import", path, "--data-dir", folder, "--lang", "en")
    finally:
        blocker.rollback()
        blocker.close()
    assert (code, out) == (1, "")
    assert err == (
        "Error: Nothing was imported: another job is saving to this data folder right now (another import, or KeSu "
        "open a second time). Everything saved before is safe; wait until that job has finished, then import again.\n"
    )
    assert titles(folder) == []


def test_two_processes_importing_the_same_file_store_its_rows_once(capsys, tmp_path, folder):
    other = tmp_path / "other"
    assert run(capsys, "--data-dir", other, "init", "--unit", "新城镇", "--clerk", "李明")[0] == 0
    add(other, *(ActivityInput(**{**LECTURE.__dict__, "title": f"讲座{number}"}) for number in range(1500)))
    exported = tmp_path / "export.xlsx"
    assert run(capsys, "records", "export", "--out", exported, "--data-dir", other)[0] == 0
    command = [sys.executable, str(ROOT / "main.py"), "records", "import", str(exported), "--data-dir", str(folder)]
    processes = [
        subprocess.Popen([*command, "--lang", "en"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    results = [(process.wait(timeout=120), *process.communicate()) for process in processes]
    assert sorted(results) == [
        (0, "Imported: 0 added, 0 updated, 1500 unchanged.\n", ""),
        (0, "Imported: 1500 added, 0 updated, 0 unchanged.\n", ""),
    ]
    assert len(titles(folder)) == 1500
