"""Keeping the county's derived figures current: which version of each unit's month counts (the newest, marked
``current``); each unit's year and each month of the county summed from the figures of those versions, and each
unit's latest period-end figures of the year (``figure_rollup``), redone for exactly the months, and their years,
that storing or undoing returns touched; and the figures of returns imported before they were kept, filled in
once.

The rollups are sums (and, for period-end figures, picks) of ``return_figure`` rows and nothing else, so reading
through them (:mod:`.sums`) gives what reading the returns gives.
"""

from __future__ import annotations

import json
from collections.abc import Iterable

from sqlalchemy import delete, func, insert, literal, select, update
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.county.held.figures import store_figures
from kesu_desktop.county.held.sums import FLOW_DIMENSIONS, SUMMED, latest_stated, newest_versions
from kesu_desktop.reference.data import ReferenceData

_COLUMNS = ("scope", "unit_code", "period", "dimension", "key", "group_code", *SUMMED)


def _rebuild(session: Session, scope: str, unit_code: str, period: str, first: str, last: str) -> None:
    session.execute(
        delete(models.FigureRollup).where(
            models.FigureRollup.scope == scope,
            models.FigureRollup.unit_code == unit_code,
            models.FigureRollup.period == period,
        )
    )
    held = newest_versions(first, last, [unit_code] if unit_code else None).subquery()
    figure = models.ReturnFigure
    sums = (
        select(
            literal(scope),
            literal(unit_code),
            literal(period),
            figure.dimension,
            figure.key,
            figure.group_code,
            *(func.sum(getattr(figure, column)) for column in SUMMED),
        )
        .join(held, held.c.id == figure.return_id)
        .where(figure.dimension.in_(FLOW_DIMENSIONS))
        .group_by(figure.dimension, figure.key, figure.group_code)
    )
    session.execute(insert(models.FigureRollup).from_select(_COLUMNS, sums))
    if scope == "unit_year":
        latest = latest_stated(first, last, [unit_code]).subquery()
        stated = select(
            literal(scope),
            literal(unit_code),
            literal(period),
            literal("stock"),
            latest.c.key,
            literal(""),
            *(literal(0) for _column in SUMMED),
            latest.c.value,
            latest.c.period,
        )
        session.execute(insert(models.FigureRollup).from_select((*_COLUMNS, "value", "stated_in"), stated))


def _mark_newest(session: Session, unit_code: str, period: str) -> None:
    received = models.ReceivedReturn
    newest = session.scalar(
        select(func.max(received.version)).where(received.unit_code == unit_code, received.period == period)
    )
    session.execute(
        update(received)
        .where(received.unit_code == unit_code, received.period == period)
        .values(current=received.version == newest)
    )


def refresh_rollups(session: Session, touched: Iterable[tuple[str, str]]) -> None:
    """After the held returns of these (unit code, month) pairs changed: mark each pair's newest version as the
    one that counts, then rebuild the rollups of their units' years and of the county's months."""
    pairs = set(touched)
    session.flush()
    for unit, period in sorted(pairs):
        _mark_newest(session, unit, period)
    for unit, year in sorted({(unit, period[:4]) for unit, period in pairs}):
        _rebuild(session, "unit_year", unit, year, f"{year}-01", f"{year}-12")
    for month in sorted({period for _unit, period in pairs}):
        _rebuild(session, "county_month", "", month, month, month)
    session.flush()


def fill_missing_figures(session: Session, reference: ReferenceData) -> int:
    """Store the figures of every held return that has none yet (imported by an older release) and bring the
    rollups up to date with them; how many returns were filled in."""
    has_figures = select(models.ReturnFigure.return_id).where(models.ReturnFigure.dimension == "return")
    missing = session.execute(
        select(
            models.ReceivedReturn.id,
            models.ReceivedReturn.unit_code,
            models.ReceivedReturn.period,
            models.ReceivedReturn.payload,
        ).where(models.ReceivedReturn.id.not_in(has_figures))
    ).all()
    for return_id, _unit, _period, payload in missing:
        store_figures(session, return_id, json.loads(payload), reference)
    refresh_rollups(session, ((unit, period) for _id, unit, period, _payload in missing))
    return len(missing)
