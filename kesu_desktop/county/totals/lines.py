"""The county's totals (汇总) over a month, quarter, year or plan period, broken down by unit, target group,
activity form, training kind, campaign or key project.

Every figure is read through :mod:`kesu_desktop.county.held.sums` — the flows of the newest version of each unit's
returns, summed, and the period-end figures each unit stated last within the period, summed over units and never
over months — so a county total is always the sum of the units' own returns. Rows of one breakdown come from
the same summary by :func:`line_figures`, which the drill-down (:mod:`.drilldown`) applies to each unit's summary.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.sums import StatedFigure, held_stock, held_summaries, newest_versions
from kesu_desktop.reference.data import Item, ReferenceData
from kesu_desktop.reference.periods import Period, parse_period
from kesu_desktop.returns.aggregation import ActivityFigures, PeriodSummary, TrainingFigures

BREAKDOWNS = ("unit", "group", "form", "kind", "campaign", "key_project")
# The lines of the activities that belong to no campaign / no key project, named as reference items are.
_NONE_NAMES = {
    "campaign": Item("", "不属于任何活动主题", "No campaign"),
    "key_project": Item("", "未归入重点工程", "No key project"),
}


@dataclass(frozen=True)
class Figures:
    """The flows of one line of the totals: activities (次) with their participants (参与人次) and the women
    among them; trainings (次) with their sessions (期), trainees (培训人次) and the women, low-income and
    certified trainees among them. Activities' and trainings' attendances are never mixed."""

    activities: int = 0
    participants: int = 0
    women: int = 0
    trainings: int = 0
    sessions: int = 0
    trainees: int = 0
    trainee_women: int = 0
    low_income: int = 0
    certified: int = 0

    @classmethod
    def of(cls, activity: ActivityFigures | None = None, training: TrainingFigures | None = None) -> Figures:
        a, t = activity or ActivityFigures(), training or TrainingFigures()
        return cls(
            a.count, a.participants, a.women, t.count, t.sessions, t.trainees, t.women, t.low_income, t.certified
        )

    def __add__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) + getattr(other, f.name) for f in fields(self)))

    def __sub__(self, other: Figures) -> Figures:
        return Figures(*(getattr(self, f.name) - getattr(other, f.name) for f in fields(self)))

    @property
    def empty(self) -> bool:
        return self.activities == 0 and self.trainings == 0

    def as_dict(self) -> dict[str, int]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class TotalsRow:
    """One line of a breakdown: its key (a unit's code, a group's, form's … code; "" for the activities of no
    campaign or key project), its name and its figures. A unit's line also carries its period-end figures
    (indicator code -> figure, None for not applicable) and the number of months it has a return held for."""

    key: str
    name: str
    figures: Figures
    stock: dict[str, int | None] | None = None
    returns: int | None = None


@dataclass(frozen=True)
class CountyTotals:
    """The county's figures for a period, broken down ``by``: the rows add up to ``total``; ``stock`` is the
    county's period-end figures (each unit's latest within the period, summed over units); ``units_held`` the
    number of units with at least one return held for the period."""

    period: Period
    by: str
    rows: tuple[TotalsRow, ...]
    total: Figures
    stock: dict[str, int | None] = field(default_factory=dict)
    units_held: int = 0

    @property
    def held(self) -> bool:
        return self.units_held > 0


def period_of(text: str, reference: ReferenceData) -> Period:
    """The period written as the township writes it (2024-03, 2024-Q1, 2024, PLAN-2021); ValidationError
    naming the period otherwise."""
    return parse_period(text, plans=reference.plans)


def check_breakdown(by: str) -> str:
    if by not in BREAKDOWNS:
        raise ValidationError(
            "by",
            QT_TRANSLATE_NOOP("Errors", "Breakdown: '{value}' is not one; choose one of {choices}."),
            value=by,
            choices=", ".join(BREAKDOWNS),
        )
    return by


def span(period: Period) -> tuple[str, str]:
    """The first and last month of a period, written 2024-03."""
    months = period.months()
    return months[0].code, months[-1].code


def _choices(reference: ReferenceData, by: str) -> tuple[Item, ...]:
    return {
        "group": reference.target_groups,
        "form": reference.activity_forms,
        "kind": reference.training_kinds,
        "campaign": reference.campaigns,
        "key_project": reference.key_projects,
    }[by]


def line_keys(summary: PeriodSummary, by: str) -> set[str]:
    """The keys a summary has figures under, for a breakdown other than by unit."""
    if by == "group":
        return set(summary.activities_by_group()) | set(summary.trainings_by_group())
    if by == "form":
        return set(summary.activities_by_form())
    if by == "kind":
        return set(summary.trainings_by_kind())
    return set(summary.activities_by_campaign if by == "campaign" else summary.activities_by_key_project)


def line_figures(summary: PeriodSummary, by: str, key: str) -> Figures:
    """The figures of one line of a breakdown (other than by unit) in a summary: activities under their main
    target group and trainings under their own group (by group), activities only (by form, campaign or key
    project; key "" for those of none), trainings only (by kind)."""
    if by == "group":
        return Figures.of(summary.activities_by_group().get(key), summary.trainings_by_group().get(key))
    if by == "form":
        return Figures.of(summary.activities_by_form().get(key))
    if by == "kind":
        return Figures.of(None, summary.trainings_by_kind().get(key))
    by_code = summary.activities_by_campaign if by == "campaign" else summary.activities_by_key_project
    if key:
        return Figures.of(by_code.get(key))
    return Figures.of(summary.activities_total()) - sum(
        (Figures.of(figures) for figures in by_code.values()), Figures()
    )


def line_name(reference: ReferenceData, by: str, key: str, language: str) -> str:
    """The name of a line of a breakdown in ``language``; a code the reference data does not know is its name."""
    if by == "unit":
        unit = reference.find_unit(key)
        return unit.name if unit is not None else key
    if key == "" and by in _NONE_NAMES:
        return _NONE_NAMES[by].name(language)
    return next((item.name(language) for item in _choices(reference, by) if item.code == key), key)


def breakdown_rows(summary: PeriodSummary, reference: ReferenceData, by: str, language: str) -> list[TotalsRow]:
    """The lines of a breakdown (other than by unit) of a summary: every code of the reference data in its
    order, then any other code the returns used, then (by campaign or key project) the activities of none."""
    codes = [item.code for item in _choices(reference, by)]
    codes += sorted(line_keys(summary, by) - set(codes))
    if by in _NONE_NAMES:
        codes.append("")
    return [
        TotalsRow(code, line_name(reference, by, code, language), line_figures(summary, by, code)) for code in codes
    ]


def summed_stock(stated: dict[str, dict[str, StatedFigure]], reference: ReferenceData) -> dict[str, int | None]:
    """The county's period-end figures: per indicator, the units' figures added up (a unit's "not applicable"
    adds nothing; None when every unit stating it said not applicable). An indicator no unit stated is absent."""
    result: dict[str, int | None] = {}
    for indicator in reference.stock_indicators:
        values = [figures[indicator.code].value for figures in stated.values() if indicator.code in figures]
        if values:
            numbers = [value for value in values if value is not None]
            result[indicator.code] = sum(numbers) if numbers else None
    return result


def returns_held(session: Session, first: str, last: str, unit_codes: Iterable[str] | None = None) -> dict[str, int]:
    """How many months of first..last each unit has a return held for."""
    held = newest_versions(first, last, unit_codes).subquery()
    query = select(held.c.unit_code, func.count()).group_by(held.c.unit_code)
    return {str(unit): int(count) for unit, count in session.execute(query)}


def unit_rows(
    session: Session,
    reference: ReferenceData,
    period: Period,
    unit_codes: Iterable[str] | None = None,
    summaries: dict[tuple[str, str], PeriodSummary] | None = None,
) -> list[TotalsRow]:
    """One line a unit (every reporting unit in reference order, or those of ``unit_codes``), with zeros for a
    unit that has nothing held; a unit with returns held that is not a reporting unit comes last. ``summaries``
    are the units' held summaries of the period when the caller has them already."""
    first, last = span(period)
    wanted = None if unit_codes is None else list(unit_codes)
    if summaries is None:
        summaries = held_summaries(session, first, last, by_unit=True, unit_codes=wanted)
    stated = held_stock(session, last, first=first, unit_codes=wanted)
    months = returns_held(session, first, last, wanted)
    codes = [u.code for u in reference.reporting_units()] if wanted is None else wanted
    codes += sorted(set(months) - set(codes))
    rows = []
    for code in codes:
        summary = summaries.get((code, ""))
        figures = (
            Figures.of(summary.activities_total(), summary.trainings_total()) if summary is not None else Figures()
        )
        stock = {indicator: figure.value for indicator, figure in stated.get(code, {}).items()}
        rows.append(TotalsRow(code, line_name(reference, "unit", code, ""), figures, stock, months.get(code, 0)))
    return rows


def county_totals(
    session: Session, reference: ReferenceData, period: Period, by: str = "unit", language: str = "zh_CN"
) -> CountyTotals:
    """The county's figures for ``period`` broken down ``by`` (one of :data:`BREAKDOWNS`), names in
    ``language``."""
    check_breakdown(by)
    first, last = span(period)
    whole = held_summaries(session, first, last).get(("", ""))
    summary = whole or PeriodSummary("", period.start, period.end)
    if by == "unit":
        rows = unit_rows(session, reference, period)
        units_held = sum(1 for row in rows if row.returns)
    else:
        rows = breakdown_rows(summary, reference, by, language)
        units_held = len(returns_held(session, first, last))
    stock = summed_stock(held_stock(session, last, first=first), reference)
    total = Figures.of(summary.activities_total(), summary.trainings_total())
    return CountyTotals(period, by, tuple(rows), total, stock, units_held)
