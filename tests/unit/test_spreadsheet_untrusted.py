"""Records workbooks not made by KeSu, Excel or WPS: hostile files refused before they are read, fast and in one
line; cells that hold no value reported in their row; what other programs write (numbered date formats, the
1904 calendar, rows numbered out of order) read or refused plainly; and notes that fit in a cell."""

from __future__ import annotations

import io
import time
import tracemalloc
import zipfile
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.utils.datetime import CALENDAR_MAC_1904

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.base.xlsx_limits import MIB, XlsxRefusedError
from kesu_desktop.records.service import add_activity, get_activity, list_activities
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.records.validation import NOTES_MAX, validate_activity
from kesu_desktop.spreadsheet.errors import SpreadsheetError
from kesu_desktop.spreadsheet.importer import ADDED, ERROR, UNCHANGED, VALID_ONLY, ImportReport, import_records
from kesu_desktop.spreadsheet.writer import export_records, write_template
from kesu_desktop.store.database import Store
from tests.conftest import UNIT_CODE
from tests.spreadsheet_rows import (
    ACTIVITY_PART,
    activity_row,
    activity_sheet_xml,
    activity_xml_row,
    filled,
    replace_parts,
)

CLERK = "王晓燕"
LAUGHS = '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>'
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


def run_import(store: Store, reference, path: Path, **options) -> ImportReport:
    with store.transaction() as session:
        return import_records(path, session, reference, UNIT_CODE, CLERK, **options)


def one_line(error: KesuError) -> str:
    message = Translator("en").render(error)
    assert "\n" not in message, message
    return message


def with_activity_sheet(tmp_path: Path, reference, sheet) -> Path:
    """KeSu's template with its 活动 sheet replaced by ``sheet`` (bytes, or a function writing them)."""
    path = tmp_path / "workbook.xlsx"
    write_template(path, reference)
    return replace_parts(path, {ACTIVITY_PART: sheet})


def stored_activities(store: Store) -> int:
    with store.reading() as session:
        return len(list_activities(session, UNIT_CODE, date(2000, 1, 1), date(2100, 1, 1)))


# --- hostile files ---------------------------------------------------------------------------------------------


def _bomb(stream: io.BufferedIOBase) -> None:
    stream.write(activity_sheet_xml(b"")[: -len(b"</sheetData></worksheet>")] + b'<row r="2">')
    for _ in range(300):
        stream.write(b"<c/>" * (MIB // 4))  # 300 million empty cells: 1.2 GB of XML in half a megabyte
    stream.write(b"</row></sheetData></worksheet>")


def _million_rows(stream: io.BufferedIOBase) -> None:
    stream.write(activity_sheet_xml(b"", dimension="A1:A1")[: -len(b"</sheetData></worksheet>")])
    for first in range(2, 1_000_002, 50_000):
        stream.write(
            b"".join(b'<row r="%d"><c r="A%d"><v>1</v></c></row>' % (n, n) for n in range(first, first + 50_000))
        )
    stream.write(b"</sheetData></worksheet>")


def _long_number(stream: io.BufferedIOBase) -> None:
    stream.write(activity_sheet_xml(b"")[: -len(b"</sheetData></worksheet>")] + b'<row r="2"><c r="K2"><v>')
    for _ in range(500):
        stream.write(b"7" * MIB)  # 500 million digits
    stream.write(b"</v></c></row></sheetData></worksheet>")


def _declaring(declaration: str, value: str) -> bytes:
    sheet = activity_sheet_xml(activity_xml_row(2, participants=f"<v>{value}</v>"))
    return sheet.replace(b"<worksheet", declaration.encode() + b"<worksheet", 1)


HOSTILE = {
    "zip bomb": (_bomb, "unpacks to far more data than a workbook of its size can hold (in 活动)"),
    "a million rows behind A1:A1": (_million_rows, "Sheet 活动 of the file "),
    "a number of 500 million digits": (_long_number, "Sheet 活动, row 2, column K of the file "),
    "billion laughs": (_declaring(LAUGHS, "&lol2;"), "(DOCTYPE or ENTITY, in 活动)"),
    "XXE": (_declaring(XXE, "&xxe;"), "(DOCTYPE or ENTITY, in 活动)"),
}


@pytest.mark.parametrize(("sheet", "expected"), HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_workbook_is_refused_in_one_line_fast_and_with_little_memory(
    tmp_path, unit_store, reference, sheet, expected
):
    path = with_activity_sheet(tmp_path, reference, sheet)
    started = time.perf_counter()
    with pytest.raises(XlsxRefusedError):
        run_import(unit_store, reference, path, dry_run=True)
    assert time.perf_counter() - started < 1.0
    tracemalloc.start()
    try:
        with pytest.raises(XlsxRefusedError) as refused:
            run_import(unit_store, reference, path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100 * MIB
    assert expected in one_line(refused.value)
    assert stored_activities(unit_store) == 0


def test_a_workbook_with_macros_is_refused_naming_the_part(tmp_path, unit_store, reference):
    path = filled(tmp_path / "macro.xlsx", reference, activities=[activity_row()])
    with_macro = tmp_path / "macro.xlsm"
    with_macro.write_bytes(path.read_bytes())
    with zipfile.ZipFile(with_macro, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0" + bytes(100))
    with pytest.raises(XlsxRefusedError) as refused:
        run_import(unit_store, reference, with_macro)
    assert "(xl/vbaProject.bin; macros, embedded objects and links to other files are not accepted)" in one_line(
        refused.value
    )


# --- cells that are no value -----------------------------------------------------------------------------------

BAD_NUMBERS = {"nan": "nan", "inf": "inf", "-inf": "-inf", "1e999": "1e999", "5000 digits": "7" * 5000}


@pytest.mark.parametrize("value", BAD_NUMBERS.values(), ids=BAD_NUMBERS.keys())
def test_a_number_excel_cannot_hold_is_a_problem_of_its_cell(tmp_path, unit_store, reference, value):
    body = activity_xml_row(2) + activity_xml_row(3, participants=f"<v>{value}</v>") + activity_xml_row(4)
    path = with_activity_sheet(tmp_path, reference, activity_sheet_xml(body))
    report = run_import(unit_store, reference, path, mode=VALID_ONLY)
    assert [row.status for row in report.rows] == [ADDED, ERROR, ADDED]
    (problem,) = report.problems
    assert (problem.sheet, problem.row, problem.column, problem.column_letter) == ("活动", 3, "参与人次", "K")
    shown = value if len(value) <= 20 else value[:20] + "…"
    assert one_line(problem.error) == (
        f"Participants (person-times): the cell holds {shown}, which is not a number Excel can store; "
        "type the value again."
    )
    assert stored_activities(unit_store) == 2


def test_a_cell_whose_shared_text_is_missing_is_a_problem_of_its_cell(tmp_path, unit_store, reference):
    body = activity_xml_row(2)[: -len(b"</row>")] + b'<c r="H2" t="s"><v>99999</v></c></row>'
    path = with_activity_sheet(tmp_path, reference, activity_sheet_xml(body))
    (problem,) = run_import(unit_store, reference, path).problems
    assert (problem.row, problem.column, problem.field) == (2, "活动地点", "venue")
    assert "refers to a text that is missing from the file" in one_line(problem.error)


def test_a_row_numbered_beyond_excel_is_refused_plainly_and_fast(tmp_path, unit_store, reference):
    body = activity_xml_row(2) + activity_xml_row(1_000_000_000)
    path = with_activity_sheet(tmp_path, reference, activity_sheet_xml(body))
    started = time.perf_counter()
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert time.perf_counter() - started < 1.0
    assert one_line(refused.value).startswith("Sheet 活动 of the file ")
    assert "is damaged after row 2;" in one_line(refused.value)


def test_rows_out_of_order_are_refused_plainly(tmp_path, unit_store, reference):
    path = with_activity_sheet(tmp_path, reference, activity_sheet_xml(activity_xml_row(3) + activity_xml_row(2)))
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert "is damaged after row 3;" in one_line(refused.value)


def test_xml_that_is_not_well_formed_is_refused_plainly(tmp_path, unit_store, reference):
    path = with_activity_sheet(tmp_path, reference, activity_sheet_xml(activity_xml_row(2) + b"<row r='3'><c>"))
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert "is damaged after row 2;" in one_line(refused.value)


def test_cells_far_to_the_right_and_gaps_between_rows_cost_nothing(tmp_path, unit_store, reference):
    wide = activity_xml_row(2)[: -len(b"</row>")] + b'<c r="XFD2"><v>1</v></c></row>'
    path = with_activity_sheet(tmp_path, reference, activity_sheet_xml(wide + activity_xml_row(1_048_576)))
    started = time.perf_counter()
    report = run_import(unit_store, reference, path)
    assert time.perf_counter() - started < 1.0
    assert [(row.row, row.status) for row in report.rows] == [(2, ADDED), (1_048_576, ADDED)]


def test_rows_below_ten_blank_rows_are_refused_as_having_no_header(tmp_path, unit_store, reference):
    sheet = activity_sheet_xml(activity_xml_row(12)).replace(b'<row r="1">', b'<row r="1" hidden="1">', 1)
    header_free = sheet.split(b"<sheetData>")[0] + b"<sheetData>" + activity_xml_row(12) + b"</sheetData></worksheet>"
    path = with_activity_sheet(tmp_path, reference, header_free)
    with pytest.raises(SpreadsheetError) as refused:
        run_import(unit_store, reference, path)
    assert refused.value.values == {"sheet": "活动", "column": "*活动名称"}


# --- what other programs write ---------------------------------------------------------------------------------


def test_a_date_in_a_numbered_east_asian_format_is_read_as_a_date(tmp_path, unit_store, reference):
    path = filled(tmp_path / "wps.xlsx", reference, activities=[activity_row()])
    with zipfile.ZipFile(path) as archive:
        styles = archive.read("xl/styles.xml")
    typed_dates = b'<xf numFmtId="166"'  # the format openpyxl gave the dates typed in, spelt out as yyyy-mm-dd h:mm:ss
    assert typed_dates in styles
    # Chinese Excel and WPS refer to yyyy"年"m"月"d"日" by its number alone.
    replace_parts(path, {"xl/styles.xml": styles.replace(typed_dates, b'<xf numFmtId="31"')})
    (row,) = run_import(unit_store, reference, path).rows
    with unit_store.reading() as session:
        assert get_activity(session, row.record_id).data.start_date == date(2024, 3, 5)


def test_dates_of_a_workbook_in_the_1904_calendar_are_read_as_shown(tmp_path, unit_store, reference):
    path = filled(tmp_path / "mac.xlsx", reference, activities=[activity_row()])
    workbook = load_workbook(path)
    workbook.epoch = CALENDAR_MAC_1904
    workbook["活动"]["B2"] = datetime(2024, 3, 5)
    workbook["活动"]["C2"] = datetime(2024, 3, 6)
    workbook.save(path)
    (row,) = run_import(unit_store, reference, path).rows
    with unit_store.reading() as session:
        stored = get_activity(session, row.record_id).data
    assert (stored.start_date, stored.end_date) == (date(2024, 3, 5), date(2024, 3, 6))


# --- notes ------------------------------------------------------------------------------------------------------


def test_notes_longer_than_the_limit_are_refused_naming_the_field_and_the_limit(tmp_path, unit_store, reference):
    path = filled(tmp_path / "notes.xlsx", reference, activities=[activity_row(备注="记" * (NOTES_MAX + 1))])
    (problem,) = run_import(unit_store, reference, path).problems
    assert (problem.column, problem.field) == ("备注", "notes")
    assert one_line(problem.error) == f"Notes: at most {NOTES_MAX} characters; shorten it."
    record = ActivityInput(
        "讲座", date(2024, 3, 5), date(2024, 3, 5), "lecture", ("farmers",), participants=9, notes="x" * 40_000
    )
    with pytest.raises(ValidationError) as refused:
        validate_activity(record, reference)
    assert refused.value.field == "notes"


def test_the_longest_notes_survive_export_and_import_unchanged(tmp_path, unit_store, reference):
    notes = ("第一行" + "记" * (NOTES_MAX - 10) + "\n最后一行")[:NOTES_MAX]
    lecture = ActivityInput("讲座", date(2024, 3, 5), date(2024, 3, 5), "lecture", ("farmers",), participants=9)
    with unit_store.transaction() as session:
        stored = add_activity(session, UNIT_CODE, replace(lecture, notes=notes), reference, actor=CLERK)
        export_records(tmp_path / "export.xlsx", session, reference, UNIT_CODE)
    report = run_import(unit_store, reference, tmp_path / "export.xlsx")
    assert [(row.status, row.record_id) for row in report.rows] == [(UNCHANGED, stored.meta.id)]
    with unit_store.reading() as session:
        assert get_activity(session, stored.meta.id).data.notes == notes
