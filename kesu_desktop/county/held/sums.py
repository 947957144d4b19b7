"""What the county holds, summed: the flows of the newest version of each unit's returns over a span of months,
and the period-end figures each unit last stated.

Every county figure (totals, drill-down, target progress, reports) is read through these two functions, from
the figures kept beside each return (``return_figure``): a sum of the returns, never a second count. The
evaluation alone adds the figures of the units' ledgers (``ledger_figure``, summed the same way), marked as a
ledger's wherever it shows them.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.county.held.figures import summary_from_rows
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.aggregation import PeriodSummary

SUMMED = ("count", "participants", "women", "sessions", "trainees", "low_income", "certified")


def newest_versions(first: str, last: str, unit_codes: Iterable[str] | None = None) -> Select[uuid.UUID, str, str]:
    """The ids, units and periods of the newest version of each unit's returns for the months first..last
    (written 2024-03): the only versions that count (marked ``current`` by :mod:`.rollups`)."""
    query = select(models.ReceivedReturn.id, models.ReceivedReturn.unit_code, models.ReceivedReturn.period).where(
        models.ReceivedReturn.current.is_(True),
        models.ReceivedReturn.period >= first,
        models.ReceivedReturn.period <= last,
    )
    if unit_codes is not None:
        query = query.where(models.ReceivedReturn.unit_code.in_(list(unit_codes)))
    return query


Cells = dict[tuple[str, str], list[tuple[object, ...]]]
FLOW_DIMENSIONS = ("activity", "campaign", "key_project", "major", "training")


def _sums(
    table: type[models.ReturnFigure] | type[models.FigureRollup] | type[models.LedgerFigure],
) -> tuple[Any, ...]:
    return (
        table.dimension,
        table.key,
        table.group_code,
        *(func.sum(getattr(table, column)) for column in SUMMED),
    )


def _collect(session: Session, query: Select[*tuple[Any, ...]], by_unit: bool, by_period: bool, cells: Cells) -> None:
    """Rows of (unit?, period?, dimension, key, group, sums...) into ``cells`` by (unit or "", period or "")."""
    width = int(by_unit) + int(by_period)
    for row in session.execute(query):
        unit = str(row[0]) if by_unit else ""
        period = str(row[width - 1]) if by_period else ""
        cells.setdefault((unit, period), []).append(tuple(row[width:]))


def _from_returns(
    first: str, last: str, by_unit: bool, by_period: bool, unit_codes: Iterable[str] | None
) -> Select[*tuple[Any, ...]]:
    held = newest_versions(first, last, unit_codes).subquery()
    grouping = [c for c, wanted in ((held.c.unit_code, by_unit), (held.c.period, by_period)) if wanted]
    figure = models.ReturnFigure
    return (
        select(*grouping, *_sums(figure))
        .join(held, held.c.id == figure.return_id)
        .where(figure.dimension.in_(FLOW_DIMENSIONS))
        .group_by(*grouping, figure.dimension, figure.key, figure.group_code)
    )


def _from_rollups(
    scope: str, first: str, last: str, by_unit: bool, by_period: bool, unit_codes: list[str] | None = None
) -> Select[*tuple[Any, ...]]:
    rollup = models.FigureRollup
    grouping = [c for c, wanted in ((rollup.unit_code, by_unit), (rollup.period, by_period)) if wanted]
    query = select(*grouping, *_sums(rollup)).where(
        rollup.scope == scope,
        rollup.period >= first,
        rollup.period <= last,
        rollup.dimension.in_(FLOW_DIMENSIONS),
    )
    if unit_codes is not None:
        query = query.where(rollup.unit_code.in_(unit_codes))
    return query.group_by(*grouping, rollup.dimension, rollup.key, rollup.group_code)


def _from_ledgers(
    first: str, last: str, by_unit: bool, by_period: bool, unit_codes: Iterable[str] | None
) -> Select[*tuple[Any, ...]]:
    """The ledgers' figures of first..last, of the months of a unit that no return of it covers (a signed return
    always comes before a ledger)."""
    figure, returns = models.LedgerFigure, models.ReceivedReturn
    grouping = [c for c, wanted in ((figure.unit_code, by_unit), (figure.period, by_period)) if wanted]
    covered = select(returns.id).where(returns.unit_code == figure.unit_code, returns.period == figure.period)
    query = select(*grouping, *_sums(figure)).where(
        figure.period >= first,
        figure.period <= last,
        figure.dimension.in_(FLOW_DIMENSIONS),
        ~covered.exists(),
    )
    if unit_codes is not None:
        query = query.where(figure.unit_code.in_(list(unit_codes)))
    return query.group_by(*grouping, figure.dimension, figure.key, figure.group_code)


def _whole_years(first: str, last: str) -> tuple[str, str] | None:
    """The first and last whole calendar years (2024) inside the months first..last, if any."""
    first_year = int(first[:4]) + (first[5:] != "01")
    last_year = int(last[:4]) - (last[5:] != "12")
    return (f"{first_year:04d}", f"{last_year:04d}") if first_year <= last_year else None


def _unit_cells(
    session: Session, first: str, last: str, by_unit: bool, unit_codes: Iterable[str] | None, cells: Cells
) -> None:
    """Over first..last, per unit or summed, of all units or the chosen ones: whole years from the units' yearly
    rollups, the months around them from the returns."""
    codes = None if unit_codes is None else list(unit_codes)
    years = _whole_years(first, last)
    if years is None:
        _collect(session, _from_returns(first, last, by_unit, False, codes), by_unit, False, cells)
        return
    _collect(session, _from_rollups("unit_year", years[0], years[1], by_unit, False, codes), by_unit, False, cells)
    if first < f"{years[0]}-01":
        before = f"{int(years[0]) - 1:04d}-12"
        _collect(session, _from_returns(first, before, by_unit, False, codes), by_unit, False, cells)
    if last > f"{years[1]}-12":
        after = f"{int(years[1]) + 1:04d}-01"
        _collect(session, _from_returns(after, last, by_unit, False, codes), by_unit, False, cells)


def held_summaries(
    session: Session,
    first: str,
    last: str,
    *,
    by_unit: bool = False,
    by_period: bool = False,
    unit_codes: Iterable[str] | None = None,
    with_ledgers: bool = False,
) -> dict[tuple[str, str], PeriodSummary]:
    """The one aggregation of the held returns of the months first..last, added up: one summary for all, or one
    per unit and/or per month. Keys are (unit code or "", period or ""); a unit or month with no return held is
    absent. Each summary spans the months asked for, or its own month. ``with_ledgers`` adds the figures of the
    units' ledgers the county brought in (:func:`ledger_summaries`), for those who show them marked as such.

    Sums over every unit come from the county's monthly rollups, per unit or for chosen units from the units'
    yearly rollups (:mod:`.rollups`), the months outside whole years and per unit and month from the returns'
    own figures."""
    cells: Cells = {}
    if with_ledgers:
        _collect(session, _from_ledgers(first, last, by_unit, by_period, unit_codes), by_unit, by_period, cells)
    if by_period and (by_unit or unit_codes is not None):
        _collect(session, _from_returns(first, last, by_unit, by_period, unit_codes), by_unit, by_period, cells)
    elif by_unit or unit_codes is not None:
        _unit_cells(session, first, last, by_unit, unit_codes, cells)
    else:
        _collect(session, _from_rollups("county_month", first, last, False, by_period), False, by_period, cells)
    return _summaries(first, last, cells)


def ledger_summaries(
    session: Session, first: str, last: str, *, by_unit: bool = False, by_period: bool = False
) -> dict[tuple[str, str], PeriodSummary]:
    """As :func:`held_summaries`, of the units' ledgers alone: the months of a unit no return of it covers."""
    cells: Cells = {}
    _collect(session, _from_ledgers(first, last, by_unit, by_period, None), by_unit, by_period, cells)
    return _summaries(first, last, cells)


def _summaries(first: str, last: str, cells: Cells) -> dict[tuple[str, str], PeriodSummary]:
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


def latest_stated(first: str, last: str, unit_codes: Iterable[str] | None = None) -> Select[str, str, str, int | None]:
    """(unit code, month, indicator, figure): per unit and indicator, the figure of the newest held return of the
    months first..last that states one."""
    held = newest_versions(first, last, unit_codes).subquery()
    stated = (
        select(held.c.unit_code, held.c.period, models.ReturnFigure.key, models.ReturnFigure.value)
        .join(held, held.c.id == models.ReturnFigure.return_id)
        .where(models.ReturnFigure.dimension == "stock")
        .cte("stated")
    )
    latest = (
        select(stated.c.unit_code, stated.c.key, func.max(stated.c.period).label("period"))
        .group_by(stated.c.unit_code, stated.c.key)
        .subquery()
    )
    return select(stated.c.unit_code, stated.c.period, stated.c.key, stated.c.value).join(
        latest,
        (latest.c.unit_code == stated.c.unit_code)
        & (latest.c.key == stated.c.key)
        & (latest.c.period == stated.c.period),
    )


def _stated_in_years(
    first_year: str, last_year: str, unit_codes: Iterable[str] | None
) -> Select[str, str | None, str, int | None]:
    rollup = models.FigureRollup
    query = select(rollup.unit_code, rollup.stated_in, rollup.key, rollup.value).where(
        rollup.scope == "unit_year",
        rollup.dimension == "stock",
        rollup.period >= first_year,
        rollup.period <= last_year,
    )
    return query if unit_codes is None else query.where(rollup.unit_code.in_(list(unit_codes)))


def held_stock(
    session: Session, last: str, *, first: str | None = None, unit_codes: Iterable[str] | None = None
) -> dict[str, dict[str, StatedFigure]]:
    """Each unit's period-end figures at the end of month ``last``: per indicator, the figure of the newest held
    return at or before it that states one (not before ``first`` when given). Unit code -> indicator -> figure.
    Summed over units for a county figure, never over months.

    Whole years come from the latest figure each unit's yearly rollup keeps (:mod:`.rollups`), the months around
    them from the returns' own figures; the latest of these counts."""
    start = first or "0000-01"
    years = _whole_years(start, last)
    queries: list[Select[str, str | None, str, int | None]] | list[Select[str, str, str, int | None]]
    if years is None:
        queries = [latest_stated(start, last, unit_codes)]
    else:
        queries = [_stated_in_years(years[0], years[1], unit_codes)]
        if start < f"{years[0]}-01":
            queries.append(latest_stated(start, f"{int(years[0]) - 1:04d}-12", unit_codes))
        if last > f"{years[1]}-12":
            queries.append(latest_stated(f"{int(years[1]) + 1:04d}-01", last, unit_codes))
    result: dict[str, dict[str, StatedFigure]] = {}
    for query in queries:
        for unit, period, indicator, value in session.execute(query):
            figures = result.setdefault(str(unit), {})
            held = figures.get(str(indicator))
            if held is None or held.period < str(period):
                figures[str(indicator)] = StatedFigure(value, str(period))
    return result
