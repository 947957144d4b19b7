"""Period-end figures (队伍与阵地): one set per unit per month — volunteers, bases, schools and the like.

Each figure is in one of three states kept apart everywhere: a number (0 is a real zero), not applicable to
this unit, or not filled in (no row at all). Every change is recorded in the change history.

Figures are entered for the month being reported (:func:`month_being_reported`), and most of them change little
from month to month: :func:`carried_over` suggests, for each figure not yet filled in, the one last entered, which
the clerk confirms; a suggestion is never stored by itself.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.locks import ensure_unlocked, locked_version
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of
from kesu_desktop.store.installation import reporting_start

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_HISTORY_NAMESPACE = uuid.UUID("0b6f3c52-3d8e-4f3a-9a57-6f1d2a9c0e11")
VALUE_MAX = 999_999_999


@dataclass(frozen=True)
class NotApplicable:
    """The figure does not apply to this unit (e.g. a department without schools)."""

    def __str__(self) -> str:
        return "—"


NOT_APPLICABLE = NotApplicable()
Figure = int | NotApplicable | None


def period_of(day: date) -> str:
    return f"{day.year:04d}-{day.month:02d}"


def check_period(period: str) -> str:
    if not _PERIOD.match(period):
        raise ValidationError(
            "period",
            QT_TRANSLATE_NOOP("Errors", "Period: '{value}' is not a month; write it as 2024-03."),
            value=period,
        )
    return period


def history_id(unit_code: str, period: str) -> uuid.UUID:
    """The id under which changes to a unit's figures for one month are kept in the change history."""
    return uuid.uuid5(_HISTORY_NAMESPACE, f"{unit_code}/{period}")


def read_figures(session: Session, unit_code: str, period: str) -> dict[str, Figure]:
    """Every indicator's figure for the month; indicators not filled in map to None."""
    check_period(period)
    rows = session.scalars(
        select(models.StockFigure).where(models.StockFigure.unit_code == unit_code, models.StockFigure.period == period)
    )
    stored: dict[str, Figure] = {
        row.indicator_code: NOT_APPLICABLE if row.not_applicable else row.value for row in rows
    }
    codes = session.scalars(select(models.StockIndicator.code).order_by(models.StockIndicator.sort_order))
    return {code: stored.get(code) for code in codes}


def _check(code: str, figure: Figure, reference: ReferenceData) -> None:
    indicator = next((i for i in reference.stock_indicators if i.code == code), None)
    if indicator is None:
        raise ValidationError(
            "indicator", QT_TRANSLATE_NOOP("Errors", "Figure: '{value}' is not a known indicator."), value=code
        )
    if isinstance(figure, bool) or (
        figure is not None and not isinstance(figure, NotApplicable) and not (0 <= figure <= VALUE_MAX)
    ):
        raise ValidationError(
            code,
            QT_TRANSLATE_NOOP("Errors", "{name}: enter a whole number of 0 or more, or mark it not applicable."),
            name=indicator,
        )


def save_figures(
    session: Session,
    unit_code: str,
    period: str,
    figures: dict[str, Figure],
    reference: ReferenceData,
    *,
    actor: str,
) -> dict[str, Figure]:
    """Store the given figures (None clears one back to "not filled in"); others are left as they are.

    Everything is checked before anything is written, so a refused entry changes nothing.
    """
    check_period(period)
    for code, figure in figures.items():
        _check(code, figure, reference)
    ensure_unlocked(session, unit_code, date.fromisoformat(f"{period}-01"))
    if "schools" in figures or "schools_with_science_teacher" in figures:
        merged = {**read_figures(session, unit_code, period), **figures}
        schools, with_teacher = merged.get("schools"), merged.get("schools_with_science_teacher")
        if isinstance(schools, int) and isinstance(with_teacher, int) and with_teacher > schools:
            raise ValidationError(
                "schools_with_science_teacher",
                QT_TRANSLATE_NOOP(
                    "Errors", "Schools with a science teacher ({part}) cannot be more than the schools ({whole})."
                ),
                part=with_teacher,
                whole=schools,
            )
    now = datetime.now()
    record_id = history_id(unit_code, period)
    for code, figure in figures.items():
        row = session.get(models.StockFigure, (unit_code, period, code))
        old: Figure = None if row is None else (NOT_APPLICABLE if row.not_applicable else row.value)
        if old == figure:
            continue
        if figure is None:
            assert row is not None
            session.delete(row)
        else:
            if row is None:
                row = models.StockFigure(unit_code=unit_code, period=period, indicator_code=code)
                session.add(row)
            row.not_applicable = isinstance(figure, NotApplicable)
            row.value = None if isinstance(figure, NotApplicable) else figure
            row.updated_at = now
        session.add(
            models.ChangeLog(
                record_id=record_id,
                record_type="stock_figure",
                action="update",
                field=code,
                old_value=None if old is None else str(old),
                new_value=None if figure is None else str(figure),
                actor=actor,
                at=now,
            )
        )
    session.flush()
    return read_figures(session, unit_code, period)


@dataclass(frozen=True)
class Suggestion:
    """A figure carried over from an earlier month, for the clerk to confirm."""

    figure: int | NotApplicable
    period: str


def carried_over(session: Session, unit_code: str, period: str) -> dict[str, Suggestion]:
    """For each indicator not filled in for ``period``, the figure of the latest earlier month that has one."""
    check_period(period)
    filled = select(models.StockFigure.indicator_code).where(
        models.StockFigure.unit_code == unit_code, models.StockFigure.period == period
    )
    latest = (
        select(models.StockFigure.indicator_code, func.max(models.StockFigure.period).label("period"))
        .where(
            models.StockFigure.unit_code == unit_code,
            models.StockFigure.period < period,
            models.StockFigure.indicator_code.not_in(filled),
        )
        .group_by(models.StockFigure.indicator_code)
        .subquery()
    )
    rows = session.scalars(
        select(models.StockFigure)
        .join(
            latest,
            (models.StockFigure.indicator_code == latest.c.indicator_code)
            & (models.StockFigure.period == latest.c.period),
        )
        .where(models.StockFigure.unit_code == unit_code)
    )
    return {row.indicator_code: _suggestion(row) for row in rows}


def _suggestion(row: models.StockFigure) -> Suggestion:
    if row.not_applicable:
        return Suggestion(NOT_APPLICABLE, row.period)
    assert row.value is not None  # the table's CHECK: a figure that applies has a value
    return Suggestion(row.value, row.period)


def month_being_reported(session: Session, unit_code: str, today: date) -> str:
    """The month whose return the clerk is preparing: last month, until its return is exported (or when the unit
    reports only from this month on); then this month."""
    this_month = month_of(today)
    last_month = month_of(this_month.start - timedelta(days=1))
    first = reporting_start(session, unit_code)
    if (first is not None and last_month.start < first) or locked_version(session, unit_code, last_month.code):
        return this_month.code
    return last_month.code


def missing_figures(session: Session, unit_code: str, period: str) -> list[str]:
    """Codes of the indicators not yet filled in for the month (neither a number nor not applicable)."""
    return [code for code, figure in read_figures(session, unit_code, period).items() if figure is None]
