"""The county's services on PostgreSQL (issue 17): the same returns held on a real server and in SQLite give
the same picture, figure for figure: the held sums by unit and month, the reporting status, the targets'
progress, the evaluation's tables, and a ledger brought in. Nothing in the county's code is SQLite's alone."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine
from sqlalchemy.orm import Session

from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.inbox.ledgers import import_unit_ledger
from kesu_desktop.county.reports.document import ReportTable
from kesu_desktop.county.reports.evaluation import evaluation_report
from kesu_desktop.county.status.grid import year_status
from kesu_desktop.county.targets.progress import plan_progress
from kesu_desktop.ledgers.importer import LedgerOptions
from kesu_desktop.reference.data import ReferenceData
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training
from tests.postgres import county_on

TODAY = date(2026, 12, 1)
UNITS = ("141023101", "141023102", "141023103")
LEDGER = Path(__file__).resolve().parents[1] / "data" / "ledgers" / "gucheng-2022.xlsx"


def _fill(session: Session, reference: ReferenceData) -> None:
    """Two years of returns of three units (one corrected), and one unit's ledger of 2022."""
    returns = []
    for number, unit in enumerate(UNITS):
        for year in (2023, 2024):
            for month in range(1, 13, 1 + number):
                day = date(year, month, 3 + number)
                content = payload(
                    reference,
                    unit,
                    f"{year}-{month:02d}",
                    activities=[activity(day, participants=40 + month), activity(day, groups=("youth", "elderly"))],
                    trainings=[training(day, kind="migrant_worker", group="workers", trainees=20 + month)],
                )
                returns.append((content, datetime(year, month, 1) if month == 12 else datetime(year, month + 1, 4)))
    returns.append((payload(reference, UNITS[0], "2024-05", version=2), datetime(2024, 6, 20)))
    hold(session, reference, returns)
    options = LedgerOptions(skip_flagged=True, accept_approximate=True)
    import_unit_ledger(LEDGER, session, reference, "141023105", "李明", options, TODAY)


def _picture(session: Session, reference: ReferenceData) -> dict[str, object]:
    evaluation = evaluation_report(session, reference, "XF-2021-2025", today=TODAY)
    return {
        "by unit and month": held_summaries(session, "2023-01", "2024-12", by_unit=True, by_period=True),
        "by unit": held_summaries(session, "2023-01", "2024-12", by_unit=True),
        "county": held_summaries(session, "2021-01", "2025-12", with_ledgers=True),
        "status": [
            (cell.unit_code, cell.period, cell.state) for cell in year_status(session, reference, 2024).cells.values()
        ],
        "targets": [
            (t.target.code, t.actual, t.status)
            for t in plan_progress(session, reference, "XF-2021-2025", at=date(2025, 12, 31)).targets
        ],
        "evaluation": [
            (table.number, table.rows)
            for sheet in evaluation.sheets
            for table in sheet.sections
            if isinstance(table, ReportTable)
        ],
    }


@pytest.fixture
def on_postgresql(postgres_engine: Engine) -> Iterator[dict[str, object]]:
    sessions, reference = county_on(postgres_engine)
    with sessions.begin() as session:
        _fill(session, reference)
    with sessions() as session:
        yield _picture(session, reference)


def test_the_countys_picture_is_the_same_on_postgresql_as_on_sqlite(on_postgresql, tmp_path):
    store, reference = county_store(tmp_path / "county")
    try:
        with store.transaction() as session:
            _fill(session, reference)
        with store.reading() as session:
            on_sqlite = _picture(session, reference)
    finally:
        store.close()

    for part, figures in on_sqlite.items():
        assert on_postgresql[part] == figures, part
    assert on_sqlite["county"] and on_sqlite["status"] and on_sqlite["evaluation"]
