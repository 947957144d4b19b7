"""The county's reporting status: every state of the unit × month grid on a hand-built county (on time, late by
so many days, a corrected version 2 that came late, a zero report, missing, not due, before a unit's first month
by default and as set), the deadline day moving the line between not due and missing, the rates counted by
hand; the reporting rules' checks; the chase-up list with the clerks of the latest returns, as a workbook read
back and a PDF whose text is extracted."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pypdfium2
import pytest
from openpyxl import load_workbook
from sqlalchemy import event, insert

from db import models
from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.status.chase.content import Contact, chase_list, latest_contacts
from kesu_desktop.county.status.chase.files import write_chase_list
from kesu_desktop.county.status.grid import Rate, status_rows, year_status
from kesu_desktop.county.status.rules import (
    DEFAULT_DEADLINE_DAY,
    clear_first_month,
    deadline_day,
    reporting_rules,
    set_deadline_day,
    set_first_month,
)
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.pdf.fonts import FontChain, bundled_font, load_font
from kesu_desktop.store.database import Store
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training

XINCHENG, ZHAOKANG, FENCHENG, NANJIA = "141023101", "141023102", "141023103", "141023104"
TODAY = date(2025, 6, 18)
EN = Translator("en")
ZH = Translator("zh_CN")


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    yield store, reference
    store.close()


def one_activity(period: str) -> dict:
    return {"activities": [activity(date.fromisoformat(f"{period}-10"))]}


def fill(store: Store, reference: ReferenceData) -> None:
    """新城镇 reports from January (on time, late, a late correction, a zero report, then nothing); 赵康镇 starts
    in March and stops; 汾城镇 is set to start in May though it sent April; 南贾镇 is set to start in February
    and never reports."""
    old_phone = {"clerk": "赵老师", "phone": "0357-1111111"}
    returns = [
        (payload(reference, XINCHENG, "2025-01", **one_activity("2025-01"), **old_phone), datetime(2025, 2, 3, 9)),
        (payload(reference, XINCHENG, "2025-02", **one_activity("2025-02"), **old_phone), datetime(2025, 3, 9, 16)),
        (payload(reference, XINCHENG, "2025-03", **one_activity("2025-03"), **old_phone), datetime(2025, 4, 2, 8)),
        (
            payload(
                reference,
                XINCHENG,
                "2025-03",
                trainings=[training(date(2025, 3, 12))],
                version=2,
                **old_phone,
            ),
            datetime(2025, 4, 20, 10, 30, 15),
        ),
        (payload(reference, XINCHENG, "2025-04", clerk="王晓燕", phone="0357-3881234"), datetime(2025, 5, 8, 11)),
        (
            payload(reference, ZHAOKANG, "2025-03", **one_activity("2025-03"), phone="0357-2222222"),
            datetime(2025, 4, 5, 23, 59),
        ),
        (payload(reference, FENCHENG, "2025-04", **one_activity("2025-04")), datetime(2025, 5, 2, 9)),
        (payload(reference, FENCHENG, "2025-05", **one_activity("2025-05")), datetime(2025, 6, 4, 9)),
        (payload(reference, XINCHENG, "2024-12", **one_activity("2024-12")), datetime(2025, 1, 4, 9)),
    ]
    with store.transaction() as session:
        hold(session, reference, returns)
        set_first_month(session, reference, FENCHENG, "2025-05", "李明")
        set_first_month(session, reference, NANJIA, "2025-02", "李明")


@pytest.fixture
def filled(county: tuple[Store, ReferenceData]) -> tuple[Store, ReferenceData]:
    fill(*county)
    return county


def states(store: Store, reference: ReferenceData, unit: str, today: date = TODAY) -> list[str]:
    with store.reading() as session:
        status = year_status(session, reference, 2025, today=today)
    return [status.cell(unit, period).state for period in status.periods]


NOT_DUE_7 = ["not_due"] * 7


def test_every_state_of_a_hand_built_county(filled):
    store, reference = filled
    assert states(store, reference, XINCHENG) == ["on_time", "late", "late", "zero", "missing", *NOT_DUE_7]
    assert states(store, reference, ZHAOKANG) == ["before_start"] * 2 + ["on_time", "missing", "missing", *NOT_DUE_7]
    assert states(store, reference, FENCHENG) == ["before_start"] * 4 + ["on_time", *NOT_DUE_7]
    assert states(store, reference, NANJIA) == ["before_start", "missing", "missing", "missing", "missing", *NOT_DUE_7]
    assert states(store, reference, "141023105") == ["before_start"] * 12, "a unit with no return and no month set"


def test_each_cell_tells_version_receipt_and_days_late(filled):
    store, reference = filled
    with store.reading() as session:
        status = year_status(session, reference, 2025, today=TODAY)
    late = status.cell(XINCHENG, "2025-02")
    assert (late.version, late.received, late.days_late, late.deadline) == (
        1,
        datetime(2025, 3, 9, 16),
        4,
        date(2025, 3, 5),
    )
    corrected = status.cell(XINCHENG, "2025-03")
    assert (corrected.state, corrected.version, corrected.days_late, corrected.corrected) == ("late", 2, 15, True)
    zero = status.cell(XINCHENG, "2025-04")
    assert (zero.state, zero.days_late, zero.version) == ("zero", 3, 1)
    last_minute = status.cell(ZHAOKANG, "2025-03")
    assert (last_minute.state, last_minute.days_late) == ("on_time", 0), "the deadline day counts to its end"
    missing = status.cell(XINCHENG, "2025-05")
    assert (missing.version, missing.received, missing.days_late) == (None, None, None)
    before = status.cell(FENCHENG, "2025-04")
    assert (before.state, before.version) == ("before_start", 1), "a return before the first month set is shown"


def test_the_json_rows_give_every_cell_in_order(filled):
    store, reference = filled
    with store.reading() as session:
        rows = status_rows(year_status(session, reference, 2025, today=TODAY))
    assert len(rows) == 12 * len(reference.reporting_units())
    assert rows[2] == {
        "unit": XINCHENG,
        "name": "新城镇",
        "period": "2025-03",
        "state": "late",
        "version": 2,
        "received": "2025-04-20T10:30:15",
        "days_late": 15,
    }
    assert rows[4] == {
        "unit": XINCHENG,
        "name": "新城镇",
        "period": "2025-05",
        "state": "missing",
        "version": None,
        "received": None,
        "days_late": None,
    }


def test_the_rates_per_month_per_unit_and_for_the_year(filled):
    store, reference = filled
    with store.reading() as session:
        status = year_status(session, reference, 2025, today=TODAY)
    months = [status.month_rate(period) for period in status.periods]
    assert months[:6] == [Rate(1, 1), Rate(1, 2), Rate(2, 3), Rate(1, 3), Rate(1, 4), Rate(0, 0)]
    assert [rate.value for rate in months[:6]] == [1.0, 0.5, 2 / 3, 1 / 3, 0.25, None]
    assert status.unit_rate(XINCHENG) == Rate(4, 5)
    assert status.unit_rate(ZHAOKANG) == Rate(1, 3)
    assert status.unit_rate(FENCHENG) == Rate(1, 1)
    assert status.unit_rate(NANJIA).value == 0.0
    assert status.unit_rate("141023105").value is None
    assert status.overall_rate() == Rate(6, 13)


def test_the_deadline_day_moves_the_line_between_not_due_and_missing(filled):
    store, reference = filled
    with store.transaction() as session:
        assert set_deadline_day(session, 10) == 10
    may = 4
    assert states(store, reference, XINCHENG, date(2025, 6, 10))[may] == "not_due"
    assert states(store, reference, XINCHENG, date(2025, 6, 11))[may] == "missing"
    assert states(store, reference, XINCHENG)[1] == "on_time", "received on 9 March, due by the 10th"
    with store.reading() as session:
        assert year_status(session, reference, 2025, today=TODAY).cell(XINCHENG, "2025-04").days_late == 0


def test_the_default_deadline_is_the_fifth(county):
    store, _reference = county
    with store.reading() as session:
        assert deadline_day(session) == DEFAULT_DEADLINE_DAY == 5
        assert reporting_rules(session).deadline("2025-12") == date(2026, 1, 5)


@pytest.mark.parametrize("day", [0, 29, -1, True])
def test_a_deadline_day_outside_1_to_28_is_refused_naming_the_field(county, day):
    store, _reference = county
    with store.transaction() as session, pytest.raises(ValidationError) as raised:
        set_deadline_day(session, day)
    assert raised.value.field == "deadline_day"


def test_first_months_are_checked_recorded_and_cleared(filled):
    store, reference = filled
    with store.transaction() as session:
        with pytest.raises(ValidationError) as bad_month:
            set_first_month(session, reference, ZHAOKANG, "2025-13", "李明")
        with pytest.raises(ValidationError) as a_year:
            set_first_month(session, reference, ZHAOKANG, "2025", "李明")
        with pytest.raises(ValidationError) as no_unit:
            set_first_month(session, reference, "999", "2025-01", "李明")
        with pytest.raises(ValidationError):
            set_first_month(session, reference, "141023000", "2025-01", "李明")  # the county office reports not
        assert set_first_month(session, reference, ZHAOKANG, " 2025-01 ", "王主任") == "2025-01"
    assert (bad_month.value.field, a_year.value.field, no_unit.value.field) == ("first_month", "first_month", "unit")
    with store.reading() as session:
        assert reporting_rules(session).set_first_months[ZHAOKANG] == "2025-01"
    assert states(store, reference, ZHAOKANG)[:2] == ["missing", "missing"]
    with store.transaction() as session:
        assert clear_first_month(session, reference, ZHAOKANG) is True
        assert clear_first_month(session, reference, ZHAOKANG) is False
    assert states(store, reference, ZHAOKANG)[:2] == ["before_start", "before_start"]


def test_the_grid_takes_a_few_queries_not_one_a_cell(filled):
    store, reference = filled
    with store.reading() as session:
        statements: list[str] = []
        connection = session.connection()

        def note(*args: object) -> None:
            statements.append(str(args[2]))

        event.listen(connection, "before_cursor_execute", note)
        year_status(session, reference, 2025, today=TODAY)
        event.remove(connection, "before_cursor_execute", note)
    assert len(statements) <= 4


# --- the chase-up list --------------------------------------------------------------------------------------


def test_the_clerk_and_phone_come_from_the_latest_return(filled):
    store, _reference = filled
    with store.reading() as session:
        contacts = latest_contacts(session)
    assert contacts[XINCHENG] == Contact("王晓燕", "0357-3881234")
    assert contacts[ZHAOKANG] == Contact("王晓燕", "0357-2222222")
    assert NANJIA not in contacts


def test_the_chase_list_of_a_month(filled):
    store, reference = filled
    with store.reading() as session:
        content = chase_list(session, reference, EN, "2025-05", today=TODAY)
    assert [(e.status.unit_code, e.status.state) for e in content.entries] == [
        (XINCHENG, "missing"),
        (ZHAOKANG, "missing"),
        (NANJIA, "missing"),
    ]
    assert content.rows[0] == ("1", "新城镇", "May 2025", "Missing", "", "王晓燕", "0357-3881234", "")
    assert content.rows[2][5:7] == ("", ""), "a unit that never reported has no clerk to name"
    assert content.office == "襄汾县全民科学素质工作领导组办公室"
    assert content.made == "Made on 2025-06-18"
    assert content.counts == "Missing: 3; late: 0"
    assert content.file_stem == "Chase-up list_2025-05"


def test_the_chase_list_of_the_year_to_date_holds_the_late_returns_too(filled):
    store, reference = filled
    with store.reading() as session:
        content = chase_list(session, reference, EN, "2025-05", whole_year=True, today=TODAY)
    assert [(e.status.period, e.status.unit_code, e.status.state) for e in content.entries] == [
        ("2025-02", NANJIA, "missing"),
        ("2025-02", XINCHENG, "late"),
        ("2025-03", NANJIA, "missing"),
        ("2025-03", XINCHENG, "late"),
        ("2025-04", ZHAOKANG, "missing"),
        ("2025-04", NANJIA, "missing"),
        ("2025-05", XINCHENG, "missing"),
        ("2025-05", ZHAOKANG, "missing"),
        ("2025-05", NANJIA, "missing"),
    ]
    assert content.rows[1][3:5] == ("Late", "4")
    assert content.counts == "Missing: 7; late: 2"
    assert content.file_stem == "Chase-up list_2025"


def bundled_only() -> FontChain:
    font = load_font(bundled_font())
    assert font is not None
    return FontChain([font])


@pytest.fixture
def written(filled, tmp_path) -> list[Path]:
    store, reference = filled
    with store.reading() as session:
        content = chase_list(session, reference, ZH, "2025-05", whole_year=True, today=TODAY)
    return write_chase_list(tmp_path, content, fonts=bundled_only())


def test_the_workbook_reads_back_with_a_row_a_return_and_prints_on_a4(written):
    workbook = load_workbook(written[0])
    sheet = workbook.worksheets[0]
    rows = [list(row) for row in sheet.iter_rows(values_only=True)]
    assert rows[0][0] == ZH.translate("ChaseList", "Chase-up list")
    assert rows[1][0] == "襄汾县全民科学素质工作领导组办公室"
    assert len(rows[3]) == 8 and rows[3][1] == ZH.translate("ChaseList", "Unit")
    body = rows[4:]
    assert len(body) == 9
    assert body[1][:5] == [2, "新城镇", "2025年2月", ZH.translate("Status", "Late"), 4]
    assert body[6][:7] == [7, "新城镇", "2025年5月", ZH.translate("Status", "Missing"), None, "王晓燕", "0357-3881234"]
    assert str(sheet.page_setup.paperSize) == sheet.PAPERSIZE_A4 == "9"
    assert sheet.print_title_rows == "$1:$4"
    assert all(sheet.column_dimensions[letter].width >= 5 for letter in "ABCDEFGH")
    assert written[0].name.endswith("_2025.xlsx")


def test_the_pdf_names_the_units_and_their_phones(written):
    document = pypdfium2.PdfDocument(written[1])
    text = "".join(page.get_textpage().get_text_range() for page in document)
    document.close()
    compact = re.sub(r"\s+", "", text)
    for expected in (
        "新城镇",
        "赵康镇",
        "南贾镇",
        "0357-3881234",
        "0357-2222222",
        "襄汾县全民科学素质工作领导组办公室",
    ):
        assert expected in compact
    assert written[1].read_bytes().startswith(b"%PDF-")


def test_an_empty_chase_list_still_makes_both_files(county, tmp_path):
    store, reference = county
    with store.reading() as session:
        content = chase_list(session, reference, EN, "2025-05", today=TODAY)
    assert content.rows == ()
    workbook, pdf = write_chase_list(tmp_path, content, fonts=bundled_only())
    values = [row[0] for row in load_workbook(workbook).worksheets[0].iter_rows(values_only=True)]
    assert content.nothing in values
    assert pdf.stat().st_size > 0


# --- speed ----------------------------------------------------------------------------------------------------


def test_a_years_grid_of_40_units_and_5_years_of_returns_is_quick(county):
    store, reference = county
    units = [unit.code for unit in reference.reporting_units()]
    periods = [f"{year}-{month:02d}" for year in range(2021, 2026) for month in range(1, 13)]
    with store.transaction() as session:
        import_id = uuid.uuid4()
        session.add(models.CountyImport(id=import_id, started_at=datetime(2026, 1, 1), actor="测试"))
        session.flush()
        returns, figures = [], []
        for unit in units:
            for period in periods:
                key = uuid.uuid4()
                returns.append(bulk_return(key, import_id, unit, period))
                figures.append({"return_id": key, "dimension": "return", "count": 1, "sessions": 0})
        session.execute(insert(models.ReceivedReturn), returns)
        session.execute(insert(models.ReturnFigure), figures)
    with store.reading() as session:
        started = time.perf_counter()
        status = year_status(session, reference, 2024, today=TODAY)
        took = time.perf_counter() - started
    assert len(units) >= 36 and status.count("on_time") == 12 * len(units)
    assert took < 0.2, f"{took:.3f} s"


def bulk_return(key: uuid.UUID, import_id: uuid.UUID, unit: str, period: str) -> dict[str, object]:
    """A held return's row as the speed test stores it straight (its payload does not matter to the grid)."""
    year, month = int(period[:4]), int(period[5:])
    return {
        "id": key,
        "import_id": import_id,
        "unit_code": unit,
        "period": period,
        "version": 1,
        "return_id": str(key),
        "format_version": 2,
        "fingerprint": "0000",
        "public_key": "test-key",
        "signature": "test-signature",
        "sha256": key.hex * 2,
        "source_path": f"{unit}-{period}.xlsx",
        "received_at": datetime(year + month // 12, month % 12 + 1, 3, 9),
        "payload": "{}",
        "current": True,
    }
