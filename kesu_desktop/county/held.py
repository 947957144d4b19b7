"""What the county holds, summed: the flows of the newest version of each unit's returns over a span of months,
and the period-end figures each unit last stated.

Every county figure (totals, drill-down, target progress, reports) is read through these two functions, from
the figures kept beside each return (``return_figure``): a sum of the returns, never a second count.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.county.return_figures import summary_from_rows
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.aggregation import PeriodSummary

_FLOWS = (
    models.ReturnFigure.dimension,
    models.ReturnFigure.key,
    models.ReturnFigure.group_code,
    func.sum(models.ReturnFigure.count),
    func.sum(models.ReturnFigure.participants),
    func.sum(models.ReturnFigure.women),
    func.sum(models.ReturnFigure.sessions),
    func.sum(models.ReturnFigure.trainees),
    func.sum(models.ReturnFigure.low_income),
    func.sum(models.ReturnFigure.certified),
)


def newest_versions(first: str, last: str, unit_codes: Iterable[str] | None = None) -> Select[uuid.UUID, str, str]:
    """The ids, units and periods of the newest version of each unit's returns for the months first..last
    (written 2024-03): the only versions that count."""
    newest = (
        select(
            models.ReceivedReturn.unit_code,
            models.ReceivedReturn.period,
            func.max(models.ReceivedReturn.version).label("version"),
        )
        .where(models.ReceivedReturn.period >= first, models.ReceivedReturn.period <= last)
        .group_by(models.ReceivedReturn.unit_code, models.ReceivedReturn.period)
    )
    if unit_codes is not None:
        newest = newest.where(models.ReceivedReturn.unit_code.in_(list(unit_codes)))
    chosen = newest.subquery()
    return select(models.ReceivedReturn.id, models.ReceivedReturn.unit_code, models.ReceivedReturn.period).join(
        chosen,
        (models.ReceivedReturn.unit_code == chosen.c.unit_code)
        & (models.ReceivedReturn.period == chosen.c.period)
        & (models.ReceivedReturn.version == chosen.c.version),
    )


def held_summaries(
    session: Session,
    first: str,
    last: str,
    *,
    by_unit: bool = False,
    by_period: bool = False,
    unit_codes: Iterable[str] | None = None,
) -> dict[tuple[str, str], PeriodSummary]:
    """The one aggregation of the held returns of the months first..last, added up: one summary for all, or one
    per unit and/or per month. Keys are (unit code or "", period or ""); a unit or month with no return held is
    absent. Each summary spans the months asked for, or its own month."""
    held = newest_versions(first, last, unit_codes).subquery()
    keys = [held.c.unit_code if by_unit else None, held.c.period if by_period else None]
    grouping = [column for column in keys if column is not None]
    query = (
        select(*grouping, *_FLOWS)
        .join(held, held.c.id == models.ReturnFigure.return_id)
        .where(models.ReturnFigure.dimension.in_(("activity", "campaign", "key_project", "training")))
        .group_by(*grouping, models.ReturnFigure.dimension, models.ReturnFigure.key, models.ReturnFigure.group_code)
    )
    cells: dict[tuple[str, str], list[tuple[object, ...]]] = {}
    for row in session.execute(query):
        unit = str(row[0]) if by_unit else ""
        period = str(row[len(grouping) - 1]) if by_period else ""
        cells.setdefault((unit, period), []).append(tuple(row[len(grouping) :]))
    span_start, span_end = parse_period(first).start, parse_period(last).end
    result = {}
    for (unit, period), rows in cells.items():
        start, end = (parse_period(period).start, parse_period(period).end) if period else (span_start, span_end)
        result[(unit, period)] = summary_from_rows(unit, start, end, rows)
    return result


@dataclass(frozen=True)
class StatedFigure:
    """A unit's period-end figure as its latest return stating it gave it: the value (None: not applicable)
    and the month of that return."""

    value: int | None
    period: str


def held_stock(
    session: Session, last: str, *, first: str | None = None, unit_codes: Iterable[str] | None = None
) -> dict[str, dict[str, StatedFigure]]:
    """Each unit's period-end figures at the end of month ``last``: per indicator, the figure of the newest held
    return at or before it that states one (not before ``first`` when given). Unit code -> indicator -> figure.
    Summed over units for a county figure, never over months."""
    held = newest_versions(first or "0000-01", last, unit_codes).subquery()
    query = (
        select(
            held.c.unit_code,
            held.c.period,
            models.ReturnFigure.key,
            models.ReturnFigure.value,
        )
        .join(held, held.c.id == models.ReturnFigure.return_id)
        .where(models.ReturnFigure.dimension == "stock")
        .order_by(held.c.unit_code, held.c.period)
    )
    result: dict[str, dict[str, StatedFigure]] = {}
    for unit, period, indicator, value in session.execute(query):
        result.setdefault(str(unit), {})[str(indicator)] = StatedFigure(value, str(period))
    return result
