"""A unit's hand-kept ledger (台账) brought in at the county, for the months before the unit used KeSu: read and
planned row by row as a township does (:mod:`kesu_desktop.ledgers`), checked against what the county holds of
the unit (its ledgers brought in before and its signed returns: the same title and dates is a duplicate), and
stored all or nothing apart from the returns, as the unit's history from a ledger.

A month the unit reports by return takes no row from a ledger (a month the county holds a return of, or from
the unit's first month of reporting on): a signed figure is never mixed with a ledger's. Each month's records
are summed by the one aggregation of a return's records and held beside them (``ledger_figure``) for the
evaluation, which shows them marked as a ledger's.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Iterable
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.figures import figure_rows
from kesu_desktop.county.status.rules import reporting_rules
from kesu_desktop.ledgers.importer import LedgerImport, LedgerOptions, import_ledger, plan_sheets
from kesu_desktop.ledgers.plan import LedgerPlan, PlannedRow
from kesu_desktop.ledgers.sheets import LedgerSheet
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of
from kesu_desktop.returns.manifest import payload_record

RETURN_HELD = QT_TRANSLATE_NOOP(
    "Errors",
    "The county holds the signed return of {period}, so this month takes nothing from a ledger; leave the row out.",
)
REPORTS_BY_RETURN = QT_TRANSLATE_NOOP(
    "Errors",
    "The unit reports by monthly return from {first} on, so {period} takes nothing from a ledger; leave the row out.",
)
_LOOKUP_CHUNK = 500


class CountyHeld:
    """What the county holds of one unit, as a ledger of it is checked: its ledgers brought in before and the
    records of its signed returns; the months it reports by return are closed to ledgers."""

    def __init__(self, session: Session, unit_code: str) -> None:
        self.session, self.unit_code = session, unit_code
        self.first = reporting_rules(session).first_month(unit_code)
        returns = models.ReceivedReturn
        self.returned = set(
            self.session.scalars(select(returns.period).where(returns.unit_code == unit_code).distinct())
        )

    def stored(self, kind: str, days: list[date]) -> set[tuple[str, date, date]]:
        found: set[tuple[str, date, date]] = set()
        ledger, received, returns = models.LedgerRecord, models.ReceivedRecord, models.ReceivedReturn
        for start in range(0, len(days), _LOOKUP_CHUNK):
            chunk = days[start : start + _LOOKUP_CHUNK]
            from_ledgers = select(ledger.title, ledger.start_date, ledger.end_date).where(
                ledger.unit_code == self.unit_code, ledger.record_type == kind, ledger.start_date.in_(chunk)
            )
            found.update((title.strip(), first, last) for title, first, last in self.session.execute(from_ledgers))
            from_returns = (
                select(received.data, received.start_date, received.end_date)
                .join(returns, returns.id == received.return_id)
                .where(
                    returns.unit_code == self.unit_code,
                    returns.current.is_(True),
                    received.record_type == kind,
                    received.start_date.in_(chunk),
                )
            )
            for data, first, last in self.session.execute(from_returns):
                found.add((str(json.loads(data).get("title", "")).strip(), first, last))
        return found

    def closed(self, period: str) -> KesuError | None:
        if period in self.returned:
            return KesuError(RETURN_HELD, period=period)
        if self.first is not None and period >= self.first:
            return KesuError(REPORTS_BY_RETURN, period=period, first=self.first)
        return None


def plan_unit_ledger(
    path: Path,
    sheets: list[LedgerSheet],
    session: Session,
    reference: ReferenceData,
    unit_code: str,
    options: LedgerOptions,
    today: date | None = None,
) -> LedgerPlan:
    """The plan of unit ``unit_code``'s ledger ``sheets`` against what the county holds of it; stores nothing."""
    return plan_sheets(path, sheets, session, reference, unit_code, options, today, CountyHeld(session, unit_code))


def import_unit_ledger(
    path: Path,
    session: Session,
    reference: ReferenceData,
    unit_code: str,
    actor: str,
    options: LedgerOptions,
    today: date | None = None,
    sheets: list[LedgerSheet] | None = None,
) -> LedgerImport:
    """Plan the ledger at ``path`` of unit ``unit_code`` against what the county holds of it and, unless it is a
    dry run or refused, keep its rows as the unit's history from a ledger (the caller commits). A file refused
    as a whole raises before the store is touched."""
    held = CountyHeld(session, unit_code)
    return import_ledger(path, session, reference, unit_code, actor, options, today, sheets, held=held, keep=_keep)


def _keep(
    session: Session, reference: ReferenceData, unit_code: str, actor: str, path: Path, rows: tuple[PlannedRow, ...]
) -> None:
    """Keep ``rows`` of unit ``unit_code``'s ledger at ``path`` with their figures, month by month."""
    import_id = uuid.uuid4()
    session.add(
        models.LedgerImport(
            id=import_id,
            unit_code=unit_code,
            file=path.name,
            sha256=hashlib.sha256(path.read_bytes()).hexdigest(),
            imported_at=datetime.now(),
            actor=actor,
            records=len(rows),
        )
    )
    session.flush()
    by_month: dict[str, dict[str, list[dict[str, Any]]]] = {}
    records = []
    for row in rows:
        assert row.record is not None
        data = payload_record(uuid.uuid4(), row.record)
        kind = "activities" if isinstance(row.record, ActivityInput) else "trainings"
        by_month.setdefault(month_of(row.record.start_date).code, {"activities": [], "trainings": []})[kind].append(
            data
        )
        records.append(
            {
                "import_id": import_id,
                "unit_code": unit_code,
                "record_type": row.kind,
                "title": row.record.title,
                "start_date": row.record.start_date,
                "end_date": row.record.end_date,
                "sheet": row.sheet,
                "row": row.row,
                "data": json.dumps(data, ensure_ascii=False, sort_keys=True),
            }
        )
    if records:
        session.execute(insert(models.LedgerRecord), records)
    figures = list(_figures(import_id, unit_code, by_month.items(), reference))
    if figures:
        session.execute(insert(models.LedgerFigure), figures)


def _figures(
    import_id: uuid.UUID,
    unit_code: str,
    months: Iterable[tuple[str, dict[str, list[dict[str, Any]]]]],
    reference: ReferenceData,
) -> Iterable[dict[str, Any]]:
    for period, records in months:
        payload = {"unit_code": unit_code, "period": period, "tables": [], **records}
        for row in figure_rows(payload, reference):
            yield {"import_id": import_id, "unit_code": unit_code, "period": period, **row}
