"""The county's held totals over every month: returns held, activities and participants, trainings and trainees,
summed by the one aggregation of the held returns (:func:`~kesu_desktop.county.held.sums.held_summaries`). A move
of the store between engines compares them before and after."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.county.held.sums import held_summaries

_ALL_MONTHS = ("1900-01", "2999-12")


@dataclass(frozen=True)
class HeldTotals:
    returns: int
    activities: int
    participants: int
    trainings: int
    trainees: int


def held_totals(session: Session) -> HeldTotals:
    """The held totals of every month the county holds."""
    summary = held_summaries(session, *_ALL_MONTHS).get(("", ""))
    returns = session.scalar(select(func.count()).select_from(models.ReceivedReturn)) or 0
    if summary is None:
        return HeldTotals(returns, 0, 0, 0, 0)
    activities, trainings = summary.activities_total(), summary.trainings_total()
    return HeldTotals(returns, activities.count, activities.participants, trainings.count, trainings.trainees)
