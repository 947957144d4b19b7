"""A unit's ledger brought in at the county (issue 15): kept apart from the returns as the unit's history from a
ledger, never for a month the unit reports by return, never twice, and counted in the 2021–2025 evaluation,
marked as a ledger's (台账补录), with figures that equal the ledger's own rows."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from db import models
from kesu_desktop.county.held.sums import held_summaries, ledger_summaries
from kesu_desktop.county.inbox.ledgers import REPORTS_BY_RETURN, RETURN_HELD, import_unit_ledger
from kesu_desktop.county.reports.document import ReportTable
from kesu_desktop.county.reports.evaluation import LEDGER, NOT_IN_USE, evaluation_report
from kesu_desktop.ledgers.importer import LedgerOptions
from kesu_desktop.ledgers.rows import DUPLICATE, NEEDS_FIXING, READY
from tests.county_files import county_store
from tests.county_held import activity, hold, payload

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ledgers"
GUCHENG = SAMPLES / "gucheng-2022.xlsx"
GUCHENG_CODE = "141023105"
TODAY = date(2026, 12, 1)
BOTH = LedgerOptions(skip_flagged=True, accept_approximate=True)


@pytest.fixture
def county(tmp_path):
    store, reference = county_store(tmp_path / "county")
    yield store, reference
    store.close()


def _bring_in(store, reference, path=GUCHENG, options=BOTH):
    with store.transaction() as session:
        return import_unit_ledger(path, session, reference, GUCHENG_CODE, "李明", options, TODAY)


def _row(result, sheet: str, row: int):
    return next(r for r in result.plan.rows if r.sheet == sheet and r.row == row)


def test_the_unit_code_is_gucheng(county):
    _store, reference = county
    assert reference.unit(GUCHENG_CODE).name == "古城镇"


def test_a_ledger_is_kept_as_the_units_history_from_a_ledger_and_never_twice(county):
    store, reference = county

    first = _bring_in(store, reference)
    again = _bring_in(store, reference, SAMPLES / "gucheng-2022.xls")

    assert len(first.stored) == 27
    assert again.stored == () and again.plan.count(DUPLICATE) == 28
    with store.reading() as session:
        imports = session.scalars(select(models.LedgerImport)).all()
        kept = session.scalar(select(func.count()).select_from(models.LedgerRecord))
        returns = session.scalar(select(func.count()).select_from(models.ReceivedReturn))
    assert [(i.unit_code, i.file, i.records) for i in imports] == [(GUCHENG_CODE, "gucheng-2022.xlsx", 27)]
    assert kept == 27
    assert returns == 0  # a ledger is never a received return


def test_nothing_is_kept_on_a_dry_run_or_while_rows_need_fixing(county):
    store, reference = county

    dry = _bring_in(store, reference, options=LedgerOptions(dry_run=True))
    refused = _bring_in(store, reference, options=LedgerOptions(accept_approximate=True))

    assert dry.refused == refused.refused == NEEDS_FIXING
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(models.LedgerRecord)) == 0


def test_the_months_a_unit_reports_by_return_take_nothing_from_a_ledger(county):
    store, reference = county
    with store.transaction() as session:
        session.add(
            models.UnitReportingStart(
                unit_code=GUCHENG_CODE, first_period="2022-10", set_by="李明", set_at=datetime(2022, 10, 1)
            )
        )
        hold(session, reference, [(payload(reference, GUCHENG_CODE, "2022-03"), datetime(2022, 4, 3))])

    result = _bring_in(store, reference, options=LedgerOptions(dry_run=True))

    march = _row(result, "活动登记", 9)  # 2022-03-12
    assert march.status == NEEDS_FIXING and march.reasons[-1].template == RETURN_HELD
    october = _row(result, "活动登记", 31)  # 2022-10-…
    assert october.status == NEEDS_FIXING and october.reasons[-1].template == REPORTS_BY_RETURN
    assert _row(result, "活动登记", 5).status == READY


def test_a_record_of_a_held_return_is_a_duplicate(county):
    store, reference = county
    with store.transaction() as session:
        session.add(
            models.UnitReportingStart(
                unit_code=GUCHENG_CODE, first_period="2022-01", set_by="李明", set_at=datetime(2022, 1, 1)
            )
        )
        held = activity(date(2022, 2, 16), title="冬春农业科技讲座")
        hold(session, reference, [(payload(reference, GUCHENG_CODE, "2022-02", activities=[held]), datetime.now())])

    result = _bring_in(store, reference, options=LedgerOptions(dry_run=True))

    assert _row(result, "活动登记", 6).status == DUPLICATE


def test_the_ledgers_figures_are_summed_as_a_returns_and_a_signed_month_comes_first(county):
    store, reference = county
    result = _bring_in(store, reference)
    stored_activities = [row for row in result.stored if row.kind == "activity"]

    with store.reading() as session:
        ledger = ledger_summaries(session, "2022-01", "2022-12")[("", "")]
        plain = held_summaries(session, "2022-01", "2022-12")
        with_ledgers = held_summaries(session, "2022-01", "2022-12", with_ledgers=True)[("", "")]
    assert plain == {}  # every other county figure stays the returns'
    assert ledger.activities_total().count == len(stored_activities)
    assert ledger.activities_total().participants == sum(row.record.participants or 0 for row in stored_activities)
    assert with_ledgers.activities_total() == ledger.activities_total()
    with store.transaction() as session:
        hold(session, reference, [(payload(reference, GUCHENG_CODE, "2022-01"), datetime(2022, 2, 3))])
    with store.reading() as session:
        after = ledger_summaries(session, "2022-01", "2022-12")[("", "")]
    january = [row for row in stored_activities if row.record.start_date.month == 1]
    assert after.activities_total().count == len(stored_activities) - len(january)


def test_the_evaluation_counts_the_ledger_years_marked_as_a_ledgers(county):
    store, reference = county
    result = _bring_in(store, reference)
    stored = result.stored

    with store.reading() as session:
        report = evaluation_report(session, reference, "XF-2021-2025", today=TODAY)

    tables = {
        table.number: table for sheet in report.sheets for table in sheet.sections if isinstance(table, ReportTable)
    }
    reporting = {row.label: row.cells for row in tables["表6"].rows}
    assert reporting["古城镇"] == (NOT_IN_USE, LEDGER, NOT_IN_USE, NOT_IN_USE, NOT_IN_USE)
    ledger_rows = {row.label: row.cells for row in tables["表7"].rows}
    activities = [row for row in stored if row.kind == "activity"]
    trainees = sum(row.record.trainees or 0 for row in stored if row.kind == "training")
    participants = sum(row.record.participants or 0 for row in activities)
    assert ledger_rows["古城镇"][3:6] == (len(activities), participants, trainees)
    groups = {row.label: row.cells for row in tables["表4"].rows}
    assert groups["社会公众"][3:6] == (len(activities), participants, trainees)
    assert any("台账补录" in note and "古城镇2022年" in note and "未经签章" in note for note in report.notes)


def test_an_evaluation_without_ledgers_has_no_ledger_table(county):
    store, reference = county
    with store.reading() as session:
        report = evaluation_report(session, reference, "XF-2021-2025", today=TODAY)

    assert "表7" not in {
        table.number for sheet in report.sheets for table in sheet.sections if isinstance(table, ReportTable)
    }
    assert not any(LEDGER in note for note in report.notes)
