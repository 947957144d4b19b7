"""The county's reporting status (报送情况) for a year: for every reporting unit and month, whether its return came
on time, late (and by how many days), is missing, is a zero report (a return with no records counts as
reported), is not due yet, or falls before the unit's first month of reporting; the newest version held
decides, a corrected return showing its version. Reporting rates per month, per unit and for the year.

The whole grid is read with a handful of set-based queries (the newest versions of the year with their record
counts, and the rules of :mod:`.rules`), never one query a cell.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.sums import newest_versions
from kesu_desktop.county.status.rules import ReportingRules, deadline_of, reporting_rules
from kesu_desktop.reference.data import ReferenceData, UnitInfo
from kesu_desktop.reference.periods import month_period

ON_TIME, LATE, MISSING, ZERO, NOT_DUE, BEFORE_START = "on_time", "late", "missing", "zero", "not_due", "before_start"
STATES = (ON_TIME, LATE, ZERO, MISSING, NOT_DUE, BEFORE_START)
REPORTED = (ON_TIME, LATE, ZERO)
DUE = (*REPORTED, MISSING)
STATE_LABELS = {
    ON_TIME: QT_TRANSLATE_NOOP("Status", "On time"),
    LATE: QT_TRANSLATE_NOOP("Status", "Late"),
    MISSING: QT_TRANSLATE_NOOP("Status", "Missing"),
    ZERO: QT_TRANSLATE_NOOP("Status", "Zero report"),
    NOT_DUE: QT_TRANSLATE_NOOP("Status", "Not due yet"),
    BEFORE_START: QT_TRANSLATE_NOOP("Status", "Before the first month"),
}
"""How each state reads to the user (context ``Status``)."""


@dataclass(frozen=True)
class MonthStatus:
    """One cell of the grid: a unit's return for a month. ``version``, ``received`` and ``days_late`` are None
    when no return is held."""

    unit_code: str
    unit_name: str
    period: str
    state: str
    deadline: date
    version: int | None = None
    received: datetime | None = None
    days_late: int | None = None

    @property
    def corrected(self) -> bool:
        return self.version is not None and self.version > 1


@dataclass(frozen=True)
class Rate:
    """Returns reported (on time, late or zero) of those due (the same and the missing)."""

    reported: int
    due: int

    @property
    def value(self) -> float | None:
        return self.reported / self.due if self.due else None


def _rate(cells: list[MonthStatus]) -> Rate:
    return Rate(sum(c.state in REPORTED for c in cells), sum(c.state in DUE for c in cells))


@dataclass(frozen=True)
class YearStatus:
    """The unit × month grid of one year as it stood on ``today``."""

    year: int
    today: date
    deadline_day: int
    units: tuple[UnitInfo, ...]
    cells: dict[tuple[str, str], MonthStatus]

    @property
    def periods(self) -> tuple[str, ...]:
        return tuple(f"{self.year:04d}-{month:02d}" for month in range(1, 13))

    def cell(self, unit_code: str, period: str) -> MonthStatus:
        return self.cells[(unit_code, period)]

    def in_order(self) -> list[MonthStatus]:
        """Every cell, unit by unit in the reference order, month by month."""
        return [self.cells[(unit.code, period)] for unit in self.units for period in self.periods]

    def month_rate(self, period: str) -> Rate:
        return _rate([self.cells[(unit.code, period)] for unit in self.units])

    def unit_rate(self, unit_code: str) -> Rate:
        return _rate([self.cells[(unit_code, period)] for period in self.periods])

    def overall_rate(self) -> Rate:
        return _rate(list(self.cells.values()))

    def count(self, state: str) -> int:
        return sum(cell.state == state for cell in self.cells.values())


@dataclass(frozen=True)
class _Held:
    version: int
    received: datetime
    records: int | None  # activities and trainings; None for a return whose figures are not kept yet


def _held(session: Session, year: int) -> dict[tuple[str, str], _Held]:
    """The newest version of each unit's returns of the year, with its record count: one query."""
    returns = models.ReceivedReturn
    newest = newest_versions(f"{year:04d}-01", f"{year:04d}-12").subquery()
    counts = (
        select(
            models.ReturnFigure.return_id,
            (models.ReturnFigure.count + models.ReturnFigure.sessions).label("records"),
        )
        .where(models.ReturnFigure.dimension == "return")
        .subquery()
    )
    query = (
        select(returns.unit_code, returns.period, returns.version, returns.received_at, counts.c.records)
        .join(newest, newest.c.id == returns.id)
        .outerjoin(counts, counts.c.return_id == returns.id)
    )
    return {
        (str(unit), str(period)): _Held(int(version), received, None if records is None else int(records))
        for unit, period, version, received, records in session.execute(query)
    }


def _cell(unit: UnitInfo, period: str, held: _Held | None, rules: ReportingRules, today: date) -> MonthStatus:
    month = month_period(int(period[:4]), int(period[5:]))
    deadline = deadline_of(month, rules.deadline_day)
    first = rules.first_month(unit.code)
    base = MonthStatus(unit.code, unit.name, period, NOT_DUE, deadline)
    if held is not None:
        days_late = max(0, (held.received.date() - deadline).days)
        state = ZERO if held.records == 0 else LATE if days_late else ON_TIME
        base = MonthStatus(unit.code, unit.name, period, state, deadline, held.version, held.received, days_late)
    if first is None or period < first:
        return replace(base, state=BEFORE_START)
    if held is None and today > deadline:
        return MonthStatus(unit.code, unit.name, period, MISSING, deadline)
    return base


def year_status(session: Session, reference: ReferenceData, year: int, *, today: date | None = None) -> YearStatus:
    """The reporting status of every reporting unit for each month of ``year``, as it stands on ``today``."""
    today = today or date.today()
    rules = reporting_rules(session)
    held = _held(session, year)
    units = reference.reporting_units()
    cells = {}
    for unit in units:
        for month in range(1, 13):
            period = f"{year:04d}-{month:02d}"
            cells[(unit.code, period)] = _cell(unit, period, held.get((unit.code, period)), rules, today)
    return YearStatus(year, today, rules.deadline_day, units, cells)


def status_rows(status: YearStatus) -> list[dict[str, object]]:
    """The grid as the command line's JSON gives it: one object a cell, unit by unit, month by month."""
    return [
        {
            "unit": cell.unit_code,
            "name": cell.unit_name,
            "period": cell.period,
            "state": cell.state,
            "version": cell.version,
            "received": cell.received.isoformat(timespec="seconds") if cell.received else None,
            "days_late": cell.days_late,
        }
        for cell in status.in_order()
    ]
