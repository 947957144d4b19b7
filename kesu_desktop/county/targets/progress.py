"""Progress toward a plan's targets (the county's cockpit): every target of a plan evaluated at a date from
what the county holds, read in a handful of grouped queries (the held returns' flows of the county per month and
of each unit over the plan so far and over the evaluation year, the period-end figures now and before the plan,
the shares, the entered figures), then each
target's rule applied in Python (:mod:`.rules`).

A date no plan covers is an ordinary answer, not an error: :func:`progress_at` then shows the most recent plan
before it (``covers_at`` False), or gives :class:`NoPlan` when there is none, with a sentence to show.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.sums import held_stock, held_summaries
from kesu_desktop.county.targets.rules import (
    STATUSES,
    Entry,
    Evaluator,
    Facts,
    SeriesPoint,
    TargetProgress,
    UnitProgress,
    YearProgress,
)
from kesu_desktop.reference.data import PlanInfo, ReferenceData
from kesu_desktop.reference.periods import month_of, month_period

__all__ = [
    "STATUSES",
    "STATUS_LABELS",
    "NoPlan",
    "PlanProgress",
    "SeriesPoint",
    "TargetProgress",
    "UnitProgress",
    "YearProgress",
    "choose_plan",
    "plan_progress",
    "plans_covering",
    "progress_at",
]

STATUS_LABELS = {
    "met": QT_TRANSLATE_NOOP("Targets", "met"),
    "on_track": QT_TRANSLATE_NOOP("Targets", "on track"),
    "behind": QT_TRANSLATE_NOOP("Targets", "behind"),
    "at_risk": QT_TRANSLATE_NOOP("Targets", "at risk"),
    "not_met": QT_TRANSLATE_NOOP("Targets", "not met"),
    "no_data": QT_TRANSLATE_NOOP("Targets", "no data"),
}
NOT_COVERED = QT_TRANSLATE_NOOP(
    "Targets", "No plan covers {month}; shown is the most recent plan, {plan} ({start}–{end})."
)
NO_PLAN = QT_TRANSLATE_NOOP(
    "Targets",
    "No plan covers {month}, and there is no earlier plan: the county enters or imports one (Plans) to track targets.",
)
_UNKNOWN_PLAN = QT_TRANSLATE_NOOP("Errors", "There is no plan {plan}.")


@dataclass(frozen=True)
class PlanProgress:
    plan: PlanInfo
    at: date
    counted_to: str | None  # the last month counted (the plan's last once it is over); None before it begins
    months_elapsed: int
    months_total: int
    ended: bool
    covers_at: bool
    targets: tuple[TargetProgress, ...]


@dataclass(frozen=True)
class NoPlan:
    """No plan to show at ``at``: ``message`` (context ``Targets``, value ``month``) says so."""

    at: date
    reason: str = "no_plan"
    message: str = NO_PLAN


def plans_covering(reference: ReferenceData, at: date) -> tuple[PlanInfo, ...]:
    """The plans in force at ``at`` (not retired, ``at``'s year among theirs), the latest first."""
    covering = [p for p in reference.plans if not p.retired and p.start_year <= at.year <= p.end_year]
    return tuple(sorted(covering, key=lambda p: (p.start_year, p.code), reverse=True))


def choose_plan(reference: ReferenceData, at: date, plan_code: str | None = None) -> PlanInfo | NoPlan:
    """Plan ``plan_code``; by default the plan covering ``at``, else the most recent one begun before it."""
    if plan_code is not None:
        return _plan(reference, plan_code)
    covering = plans_covering(reference, at)
    if covering:
        return covering[0]
    earlier = [p for p in reference.plans if not p.retired and p.start_year <= at.year]
    if not earlier:
        return NoPlan(at)
    return max(earlier, key=lambda p: (p.end_year, p.start_year, p.code))


def _plan(reference: ReferenceData, code: str) -> PlanInfo:
    plan = next((p for p in reference.plans if p.code == code), None)
    if plan is None:
        raise KesuError(_UNKNOWN_PLAN, plan=code)
    return plan


def progress_at(
    session: Session, reference: ReferenceData, at: date, plan_code: str | None = None
) -> PlanProgress | NoPlan:
    """The cockpit at ``at``: the progress of the plan :func:`choose_plan` picks, or :class:`NoPlan`."""
    plan = choose_plan(reference, at, plan_code)
    if isinstance(plan, NoPlan):
        return plan
    return plan_progress(session, reference, plan.code, at=at)


def _months(plan: PlanInfo, at: date) -> tuple[str, ...]:
    first = month_period(plan.start_year, 1)
    last = min(month_of(at), month_period(plan.end_year, 12), key=lambda p: p.start)
    if last.start < first.start:
        return ()
    return tuple(
        f"{year:04d}-{month:02d}"
        for year in range(plan.start_year, last.start.year + 1)
        for month in range(1, 13)
        if date(year, month, 1) <= last.start
    )


def read_facts(session: Session, plan: PlanInfo, at: date, *, with_ledgers: bool = False) -> Facts:
    """Everything the plan's targets are evaluated on, in a handful of grouped queries; ``with_ledgers`` adds
    the units' ledgers the county brought in to the flows (for the evaluation, which marks them)."""
    months = _months(plan, at)
    first, last = (months[0], months[-1]) if months else ("", "")
    months_held = held_summaries(session, first, last, by_period=True, with_ledgers=with_ledgers) if months else {}
    units_held = held_summaries(session, first, last, by_unit=True, with_ledgers=with_ledgers) if months else {}
    year_first = max(first, f"{last[:4]}-01")
    yearly = any(t.kind == "yearly" for t in plan.targets)
    if year_first == first:
        units_year = units_held
    else:
        units_year = (
            held_summaries(session, year_first, last, by_unit=True, with_ledgers=with_ledgers)
            if months and yearly
            else {}
        )
    before = f"{plan.start_year - 1:04d}-12"
    stock = held_stock(session, months[-1]) if months else {}
    baseline = held_stock(session, before) if months else {}
    shares: dict[str, dict[str, Decimal]] = {}
    for share in session.scalars(select(models.TargetShare).where(models.TargetShare.plan_code == plan.code)):
        shares.setdefault(share.target_code, {})[share.unit_code] = share.figure
    entries: dict[tuple[str, str], list[Entry]] = {}
    rows = session.scalars(
        select(models.TargetEntry)
        .where(models.TargetEntry.plan_code == plan.code, models.TargetEntry.as_of <= at)
        .order_by(models.TargetEntry.as_of, models.TargetEntry.id)
    )
    for row in rows:
        entries.setdefault((row.target_code, row.part), []).append(Entry(row.part, row.as_of, row.value, row.source))
    return Facts(
        plan,
        at,
        months,
        {period: summary for (_unit, period), summary in months_held.items()},
        {unit: summary for (unit, _period), summary in units_held.items()},
        {unit: summary for (unit, _period), summary in units_year.items()},
        stock,
        baseline,
        {key: tuple(listed) for key, listed in entries.items()},
        shares,
    )


def plan_progress(
    session: Session, reference: ReferenceData, plan_code: str, *, at: date, with_ledgers: bool = False
) -> PlanProgress:
    """Every target of plan ``plan_code`` evaluated at ``at`` (returns counted up to ``at``'s month, never past
    the plan's end; entered figures as of ``at`` at the latest); ``with_ledgers`` as :func:`read_facts`."""
    plan = _plan(reference, plan_code)
    facts = read_facts(session, plan, at, with_ledgers=with_ledgers)
    evaluator = Evaluator(facts, reference)
    return PlanProgress(
        plan,
        at,
        facts.months[-1] if facts.months else None,
        len(facts.months),
        facts.months_total,
        facts.ended,
        plan.start_year <= at.year <= plan.end_year,
        tuple(evaluator.evaluate(target) for target in plan.targets),
    )
