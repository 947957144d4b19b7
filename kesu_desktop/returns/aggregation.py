"""The one aggregation of a unit's records over a period, feeding the screens and (later) the return files.

Activities are counted under their main target group, so the groups add up to the total; every marginal is
derived from the form × group matrix in one place, so no two views of the same period can disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models


@dataclass(frozen=True)
class ActivityFigures:
    """Number held (次) and attendance (人次), with women where filled in."""

    count: int = 0
    participants: int = 0
    women: int = 0

    def __add__(self, other: ActivityFigures) -> ActivityFigures:
        return ActivityFigures(
            self.count + other.count, self.participants + other.participants, self.women + other.women
        )


@dataclass(frozen=True)
class TrainingFigures:
    """Trainings (次), sessions (期), trainees (人次) and their breakdowns."""

    count: int = 0
    sessions: int = 0
    trainees: int = 0
    women: int = 0
    low_income: int = 0
    certified: int = 0

    def __add__(self, other: TrainingFigures) -> TrainingFigures:
        return TrainingFigures(
            self.count + other.count,
            self.sessions + other.sessions,
            self.trainees + other.trainees,
            self.women + other.women,
            self.low_income + other.low_income,
            self.certified + other.certified,
        )


@dataclass(frozen=True)
class PeriodSummary:
    unit_code: str
    start: date
    end: date
    activity_matrix: dict[tuple[str, str], ActivityFigures] = field(default_factory=dict)
    trainings_by_kind: dict[str, TrainingFigures] = field(default_factory=dict)
    activities_by_campaign: dict[str, ActivityFigures] = field(default_factory=dict)

    def activities_by_group(self) -> dict[str, ActivityFigures]:
        return self._marginal(1)

    def activities_by_form(self) -> dict[str, ActivityFigures]:
        return self._marginal(0)

    def activities_total(self) -> ActivityFigures:
        return sum(self.activity_matrix.values(), ActivityFigures())

    def trainings_total(self) -> TrainingFigures:
        return sum(self.trainings_by_kind.values(), TrainingFigures())

    def _marginal(self, axis: int) -> dict[str, ActivityFigures]:
        result: dict[str, ActivityFigures] = {}
        for key, figures in self.activity_matrix.items():
            result[key[axis]] = result.get(key[axis], ActivityFigures()) + figures
        return result


def summarise(session: Session, unit_code: str, start: date, end: date) -> PeriodSummary:
    """Live records of ``unit_code`` that start within [start, end], aggregated."""
    activity, link = models.Activity, models.ActivityTargetGroup
    activity_rows = session.execute(
        select(
            activity.form_code,
            link.target_group_code,
            func.count(activity.id),
            func.coalesce(func.sum(activity.participants), 0),
            func.coalesce(func.sum(activity.women), 0),
        )
        .join(link, (link.activity_id == activity.id) & (link.position == 0))
        .where(activity.unit_code == unit_code, activity.deleted_at.is_(None), activity.start_date.between(start, end))
        .group_by(activity.form_code, link.target_group_code)
    )
    campaign_rows = session.execute(
        select(
            activity.campaign_code,
            func.count(activity.id),
            func.coalesce(func.sum(activity.participants), 0),
            func.coalesce(func.sum(activity.women), 0),
        )
        .where(
            activity.unit_code == unit_code,
            activity.deleted_at.is_(None),
            activity.start_date.between(start, end),
            activity.campaign_code.is_not(None),
        )
        .group_by(activity.campaign_code)
    )
    training = models.Training
    training_rows = session.execute(
        select(
            training.kind_code,
            func.count(training.id),
            *(
                func.coalesce(func.sum(column), 0)
                for column in (
                    training.sessions,
                    training.trainees,
                    training.women,
                    training.low_income,
                    training.certified,
                )
            ),
        )
        .where(training.unit_code == unit_code, training.deleted_at.is_(None), training.start_date.between(start, end))
        .group_by(training.kind_code)
    )
    return PeriodSummary(
        unit_code,
        start,
        end,
        {
            (form, group): ActivityFigures(int(count), int(people or 0), int(women or 0))
            for form, group, count, people, women in activity_rows
        },
        {kind: TrainingFigures(*(int(value) for value in values)) for kind, *values in training_rows},
        {
            str(campaign): ActivityFigures(int(count), int(people or 0), int(women or 0))
            for campaign, count, people, women in campaign_rows
        },
    )
