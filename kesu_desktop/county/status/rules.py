"""The county's reporting rules: the day of the next month by which a month's return is due (``deadline_day``,
5 unless the county set another), and each unit's first month of reporting, as the county set it or, by
default, the month of the first return received from the unit. No month before a unit's first is missing."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period, parse_period

DEFAULT_DEADLINE_DAY = 5
LAST_DEADLINE_DAY = 28  # every month has it


@dataclass(frozen=True)
class ReportingRules:
    """The deadline day, the first months the county set (unit code -> 2024-03) and the automatic ones (the
    month of the earliest return held from each unit)."""

    deadline_day: int
    set_first_months: dict[str, str]
    automatic_first_months: dict[str, str]

    def first_month(self, unit_code: str) -> str | None:
        """The unit's first month of reporting; None for a unit with neither a month set nor a return held."""
        return self.set_first_months.get(unit_code) or self.automatic_first_months.get(unit_code)

    def deadline(self, period: str) -> date:
        return deadline_of(parse_period(period), self.deadline_day)


def deadline_of(month: Period, deadline_day: int) -> date:
    """The last day (inclusive) on which the return of ``month`` is on time: ``deadline_day`` of the month after."""
    return month.next_month().start.replace(day=deadline_day)


def deadline_day(session: Session) -> int:
    row = session.get(models.CountySettings, 1)
    return DEFAULT_DEADLINE_DAY if row is None else row.deadline_day


def set_deadline_day(session: Session, day: int) -> int:
    """Make returns due by ``day`` (1..28) of the next month; ValidationError naming ``deadline_day`` otherwise."""
    if isinstance(day, bool) or not isinstance(day, int) or not 1 <= day <= LAST_DEADLINE_DAY:
        raise ValidationError(
            "deadline_day",
            QT_TRANSLATE_NOOP("Errors", "Deadline day: '{value}' is not a day from 1 to 28; give a day such as 5."),
            value=day,
        )
    row = session.get(models.CountySettings, 1)
    if row is None:
        session.add(models.CountySettings(id=1, deadline_day=day))
    else:
        row.deadline_day = day
    session.flush()
    return day


def reporting_rules(session: Session) -> ReportingRules:
    """The rules as they stand: three small queries, whatever the number of units and returns."""
    set_months = {
        str(unit): str(period)
        for unit, period in session.execute(
            select(models.UnitReportingStart.unit_code, models.UnitReportingStart.first_period)
        )
    }
    earliest = select(models.ReceivedReturn.unit_code, func.min(models.ReceivedReturn.period)).group_by(
        models.ReceivedReturn.unit_code
    )
    automatic = {str(unit): str(period) for unit, period in session.execute(earliest)}
    return ReportingRules(deadline_day(session), set_months, automatic)


@dataclass(frozen=True)
class FirstMonth:
    """A unit's first month of reporting: as set by the county (with who and when), and the automatic one (the
    month of its earliest return held); ``month`` is the one that counts."""

    unit_code: str
    unit_name: str
    set_month: str | None
    set_by: str | None
    set_at: datetime | None
    automatic: str | None

    @property
    def month(self) -> str | None:
        return self.set_month or self.automatic


def first_months(session: Session, reference: ReferenceData) -> list[FirstMonth]:
    """Every reporting unit's first month, in the reference order."""
    rules = reporting_rules(session)
    rows = {row.unit_code: row for row in session.scalars(select(models.UnitReportingStart))}
    result = []
    for unit in reference.reporting_units():
        row = rows.get(unit.code)
        result.append(
            FirstMonth(
                unit.code,
                unit.name,
                row.first_period if row else None,
                row.set_by if row else None,
                row.set_at if row else None,
                rules.automatic_first_months.get(unit.code),
            )
        )
    return result


def _reporting_unit(reference: ReferenceData, unit_code: str) -> str:
    if unit_code not in {unit.code for unit in reference.reporting_units()}:
        raise ValidationError(
            "unit",
            QT_TRANSLATE_NOOP("Errors", "Unit: there is no reporting unit {unit}; give its code or exact name."),
            unit=unit_code,
        )
    return unit_code


def set_first_month(
    session: Session, reference: ReferenceData, unit_code: str, period: str, actor: str, *, now: datetime | None = None
) -> str:
    """Set the unit's first month of reporting (written 2024-03), with who set it and when; the month as stored.
    ValidationError naming ``unit`` or ``first_month`` when either is not one."""
    code = _reporting_unit(reference, unit_code)
    try:
        month = parse_period(period)
    except ValidationError:
        month = None
    if month is None or month.kind != "month":
        raise ValidationError(
            "first_month",
            QT_TRANSLATE_NOOP("Errors", "First month: '{value}' is not a month; write it as 2024-03."),
            value=period,
        )
    row = session.get(models.UnitReportingStart, code)
    at = now or datetime.now().replace(microsecond=0)
    if row is None:
        session.add(models.UnitReportingStart(unit_code=code, first_period=month.code, set_at=at, set_by=actor))
    else:
        row.first_period, row.set_at, row.set_by = month.code, at, actor
    session.flush()
    return month.code


def clear_first_month(session: Session, reference: ReferenceData, unit_code: str) -> bool:
    """Go back to the automatic first month (that of the unit's first return); whether a month had been set."""
    code = _reporting_unit(reference, unit_code)
    row = session.get(models.UnitReportingStart, code)
    if row is None:
        return False
    session.delete(row)
    session.flush()
    return True
