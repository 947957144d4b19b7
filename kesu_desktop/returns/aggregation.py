"""The one aggregation of a unit's records over a period, feeding the screens and the return files.

Activities are counted under their main target group, so the groups add up to the total; every marginal is
derived from the form × group matrix (and, for trainings, the kind × group matrix) in one place, so no two views
of the same period can disagree. Summaries add up (``+``): the county's totals over units and months are sums of
the summaries of the returns behind them.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from sqlalchemy.orm import Session

from kesu_desktop.records.service import list_activities, list_trainings
from kesu_desktop.records.types import ActivityInput, TrainingInput


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


F = TypeVar("F", ActivityFigures, TrainingFigures)
K = TypeVar("K", str, tuple[str, str])


@dataclass(frozen=True)
class PeriodSummary:
    unit_code: str
    start: date
    end: date
    activity_matrix: dict[tuple[str, str], ActivityFigures] = field(default_factory=dict)
    training_matrix: dict[tuple[str, str], TrainingFigures] = field(default_factory=dict)
    activities_by_campaign: dict[str, ActivityFigures] = field(default_factory=dict)
    activities_by_key_project: dict[str, ActivityFigures] = field(default_factory=dict)
    major_events: ActivityFigures = ActivityFigures()
    """The activities of at least the size asked for (the national survey's 重大科普活动); none when not asked."""

    def activities_by_group(self) -> dict[str, ActivityFigures]:
        return _marginal(self.activity_matrix, 1, ActivityFigures())

    def activities_by_form(self) -> dict[str, ActivityFigures]:
        return _marginal(self.activity_matrix, 0, ActivityFigures())

    def trainings_by_kind(self) -> dict[str, TrainingFigures]:
        return _marginal(self.training_matrix, 0, TrainingFigures())

    def trainings_by_group(self) -> dict[str, TrainingFigures]:
        return _marginal(self.training_matrix, 1, TrainingFigures())

    def activities_total(self) -> ActivityFigures:
        return sum(self.activity_matrix.values(), ActivityFigures())

    def trainings_total(self) -> TrainingFigures:
        return sum(self.training_matrix.values(), TrainingFigures())

    def __add__(self, other: PeriodSummary) -> PeriodSummary:
        """Both summaries together, over the span of both (the unit code is kept when both share it)."""
        return PeriodSummary(
            self.unit_code if self.unit_code == other.unit_code else "",
            min(self.start, other.start),
            max(self.end, other.end),
            _added(self.activity_matrix, other.activity_matrix),
            _added(self.training_matrix, other.training_matrix),
            _added(self.activities_by_campaign, other.activities_by_campaign),
            _added(self.activities_by_key_project, other.activities_by_key_project),
            self.major_events + other.major_events,
        )


def _marginal(matrix: dict[tuple[str, str], F], axis: int, zero: F) -> dict[str, F]:
    result: dict[str, F] = {}
    for key, figures in matrix.items():
        result[key[axis]] = result.get(key[axis], zero) + figures
    return result


def _added(first: dict[K, F], second: dict[K, F]) -> dict[K, F]:
    result = dict(first)
    for key, figures in second.items():
        result[key] = result[key] + figures if key in result else figures
    return result


def summarise_records(
    unit_code: str,
    start: date,
    end: date,
    activities: Iterable[ActivityInput],
    trainings: Iterable[TrainingInput],
    *,
    major_from: int | None = None,
) -> PeriodSummary:
    """The records given, aggregated: the one aggregation behind every screen and file, on either side of the
    stick (the county applies it to the records inside a return). Each activity counts under its first (main)
    target group; a figure not filled in counts as 0. Activities of at least ``major_from`` participants are
    also counted as major events (none when it is None)."""
    matrix: dict[tuple[str, str], ActivityFigures] = {}
    by_campaign: dict[str, ActivityFigures] = {}
    by_key_project: dict[str, ActivityFigures] = {}
    major = ActivityFigures()
    for activity in activities:
        figures = ActivityFigures(1, activity.participants or 0, activity.women or 0)
        if major_from is not None and figures.participants >= major_from:
            major += figures
        key = (activity.form_code, activity.target_group_codes[0])
        matrix[key] = matrix.get(key, ActivityFigures()) + figures
        if activity.campaign_code is not None:
            by_campaign[activity.campaign_code] = by_campaign.get(activity.campaign_code, ActivityFigures()) + figures
        if activity.key_project_code is not None:
            project = activity.key_project_code
            by_key_project[project] = by_key_project.get(project, ActivityFigures()) + figures
    trainings_matrix: dict[tuple[str, str], TrainingFigures] = {}
    for training in trainings:
        counted = TrainingFigures(
            1,
            training.sessions or 0,
            training.trainees or 0,
            training.women or 0,
            training.low_income or 0,
            training.certified or 0,
        )
        key = (training.kind_code, training.target_group_code)
        trainings_matrix[key] = trainings_matrix.get(key, TrainingFigures()) + counted
    return PeriodSummary(unit_code, start, end, matrix, trainings_matrix, by_campaign, by_key_project, major)


def summarise(session: Session, unit_code: str, start: date, end: date) -> PeriodSummary:
    """Live records of ``unit_code`` that start within [start, end], aggregated."""
    activities = [activity.data for activity in list_activities(session, unit_code, start, end)]
    trainings = [training.data for training in list_trainings(session, unit_code, start, end)]
    return summarise_records(unit_code, start, end, activities, trainings)
