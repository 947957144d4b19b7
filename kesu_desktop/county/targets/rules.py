"""The rule of each kind of target, evaluated in Python on what the county holds for one plan, read once
(:class:`Facts`): the returns' flows of the whole county per month and of each unit over the plan so far and over
the evaluation year, each unit's period-end figures
now and before the plan began, and the figures the county entered.

For every target: the actual to date, the percent of its figure, where it should be by now, a forecast to the
plan's end from the pace so far, its status, each unit's contribution (and share, when the target is split
among units), a series for charts, and for a yearly target each year's figure. The formulas are in
``docs/targets.md``.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from kesu_desktop.county.held.sums import StatedFigure
from kesu_desktop.plans.measures import (
    EnteredMeasure,
    Measure,
    Part,
    PerSchoolMeasure,
    RateMeasure,
    RecordsMeasure,
    StockMeasure,
    parse_measure,
)
from kesu_desktop.reference.data import PlanInfo, ReferenceData, TargetInfo
from kesu_desktop.returns.aggregation import PeriodSummary

STATUSES = ("met", "on_track", "behind", "at_risk", "not_met", "no_data")
BEHIND_SHARE = Decimal("0.8")  # below expected but at least this share of it: behind, not at risk
_HUNDRED = Decimal(100)


@dataclass(frozen=True)
class Entry:
    """A figure the county entered: part, date it is as of, value, source."""

    part: str
    as_of: date
    value: Decimal
    source: str


@dataclass(frozen=True)
class Facts:
    """What the county holds for one plan, up to the evaluation month."""

    plan: PlanInfo
    at: date
    months: tuple[str, ...]  # the plan's months counted: its first to the evaluation month (none before it)
    months_held: dict[str, PeriodSummary]  # month -> every unit's returns of that month
    units_held: dict[str, PeriodSummary]  # unit -> its returns over the plan so far
    units_year: dict[str, PeriodSummary]  # unit -> its returns over the evaluation year (its last month's year)
    stock: dict[str, dict[str, StatedFigure]]  # unit -> indicator -> the latest figure at the evaluation month
    baseline: dict[str, dict[str, StatedFigure]]  # the same, before the plan's first month
    entries: dict[tuple[str, str], tuple[Entry, ...]]  # (target, part) -> entries as of ``at`` at the latest, by date
    shares: dict[str, dict[str, Decimal]]  # target -> unit -> its share of the figure

    @property
    def months_total(self) -> int:
        return (self.plan.end_year - self.plan.start_year + 1) * 12

    @property
    def ended(self) -> bool:
        return self.at >= date(self.plan.end_year, 12, 31)


@dataclass(frozen=True)
class UnitProgress:
    unit_code: str
    actual: Decimal | None
    share: Decimal | None
    percent: Decimal | None  # of its share


@dataclass(frozen=True)
class YearProgress:
    year: int
    actual: Decimal | None
    figure: Decimal
    met: bool | None  # None: no data, or the year is not over and not yet met


@dataclass(frozen=True)
class SeriesPoint:
    period: str  # a month (2024-03) or, for a yearly target's years, a year
    actual: Decimal | None
    expected: Decimal | None


@dataclass(frozen=True)
class TargetProgress:
    target: TargetInfo
    actual: Decimal | None
    percent: Decimal | None
    expected: Decimal | None
    forecast: Decimal | None
    status: str
    units: tuple[UnitProgress, ...] = ()
    years: tuple[YearProgress, ...] = ()
    series: tuple[SeriesPoint, ...] = ()
    source: str | None = None
    as_of: date | None = None


def _q(value: Decimal | None, places: str = "0.01") -> Decimal | None:
    return None if value is None else value.quantize(Decimal(places), rounding=ROUND_HALF_UP)


def satisfies(value: Decimal, comparison: str, figure: Decimal) -> bool:
    return value > figure if comparison == ">" else value >= figure


def judge(
    actual: Decimal | None, expected: Decimal | None, forecast: Decimal | None, target: TargetInfo, *, ended: bool
) -> str:
    """met / on_track / behind / at_risk while the plan runs; met / not_met once it has ended; no_data."""
    if actual is None:
        return "no_data"
    if satisfies(actual, target.comparison, target.figure):
        return "met"
    if ended:
        return "not_met"
    if expected is not None and actual >= expected:
        return "on_track"
    if forecast is not None and satisfies(forecast, target.comparison, target.figure):
        return "behind"
    if expected is not None and actual >= expected * BEHIND_SHARE:
        return "behind"
    return "at_risk"


def _percent(actual: Decimal | None, figure: Decimal | None) -> Decimal | None:
    if actual is None or not figure:
        return None
    return _q(actual * _HUNDRED / figure, "0.1")


class Evaluator:
    """Evaluates every target of one plan on its :class:`Facts`; a records measure's per-unit, per-month
    figures are worked out once and shared by the targets that use it."""

    def __init__(self, facts: Facts, reference: ReferenceData) -> None:
        self.facts, self.reference = facts, reference
        self._values: dict[tuple[RecordsMeasure, str], dict[str, int]] = {}
        self._order = {u.code: n for n, u in enumerate(reference.units)}

    # -- the figures a measure reads

    def values(self, measure: RecordsMeasure, scope: str) -> dict[str, int]:
        """The measure in each summary of ``scope``: per month (``months``), per unit over the plan so far
        (``units``) or over the evaluation year (``units_year``); worked out once per measure."""
        key = (measure, scope)
        if key not in self._values:
            held = {
                "months": self.facts.months_held,
                "units": self.facts.units_held,
                "units_year": self.facts.units_year,
            }
            self._values[key] = {code: measure.value(summary) for code, summary in held[scope].items()}
        return self._values[key]

    def records(self, measure: RecordsMeasure, unit: str | None, year: int | None = None) -> Decimal | None:
        """The measure over the plan so far (or over ``year``, for one unit only the evaluation year) for one unit
        or all; None when no return with figures is held for them."""
        if unit is None:
            prefix = "" if year is None else f"{year:04d}-"
            found = [value for month, value in self.values(measure, "months").items() if month.startswith(prefix)]
            return Decimal(sum(found)) if found else None
        values = self.values(measure, "units" if year is None else "units_year")
        return Decimal(values[unit]) if unit in values else None

    def stock(
        self, indicator: str, unit: str | None, held: dict[str, dict[str, StatedFigure]] | None = None
    ) -> Decimal | None:
        """The period-end figure summed over units (or one unit's), now or as ``held``; None when none states it."""
        held = self.facts.stock if held is None else held
        chosen = held.values() if unit is None else ([held[unit]] if unit in held else [])
        figures = [
            stated.value
            for by_indicator in chosen
            if (stated := by_indicator.get(indicator)) is not None and stated.value is not None
        ]
        return Decimal(sum(figures)) if figures else None

    def entry(self, target: TargetInfo, part: str) -> Entry | None:
        entries = self.facts.entries.get((target.code, part), ())
        return entries[-1] if entries else None

    def part(self, target: TargetInfo, part: Part, unit: str | None) -> Decimal | None:
        if isinstance(part, EnteredMeasure):
            if unit is not None:
                return None
            entry = self.entry(target, part.part)
            return None if entry is None else entry.value
        if isinstance(part, StockMeasure):
            return self.stock(part.indicator, unit)
        return self.records(part, unit)

    def growth(self, indicator: str, unit: str | None) -> Decimal | None:
        """What the figure grew by since the plan began: each unit's figure now less its figure before the
        plan's first month (0 when it stated none), summed."""
        total: Decimal | None = None
        for code in self.facts.stock if unit is None else [unit]:
            now = self.stock(indicator, code)
            if now is not None:
                total = (total or Decimal(0)) + now - (self.stock(indicator, code, self.facts.baseline) or Decimal(0))
        return total

    def divisions(self, per: str) -> int:
        """How many semesters (6-month halves begun) or years of the plan have elapsed; 1 for the plan."""
        months = self.facts.months
        if per == "semester":
            return len({(m[:4], int(m[5:]) > 6) for m in months})
        if per == "year":
            return len({m[:4] for m in months})
        return 1

    # -- one target

    def value(self, target: TargetInfo, measure: Measure, unit: str | None) -> Decimal | None:
        """The target's actual for one unit or all (the yearly kind: of the evaluation year)."""
        kind = target.kind
        if kind == "cumulative":
            assert isinstance(measure, RecordsMeasure)
            return self.records(measure, unit)
        if kind == "yearly":
            assert isinstance(measure, RecordsMeasure)
            year = self.evaluation_year()
            return None if year is None else self.records(measure, unit, year)
        if kind == "count":
            assert isinstance(measure, StockMeasure)
            return self.growth(measure.indicator, unit)
        if kind == "stock":
            assert isinstance(measure, StockMeasure)
            return self.stock(measure.indicator, unit)
        if kind == "rate":
            assert isinstance(measure, RateMeasure)
            numerator = self.part(target, measure.numerator, unit)
            denominator = self.part(target, measure.denominator, unit)
            if numerator is None or not denominator:
                return None
            return _q(numerator * _HUNDRED / denominator)
        if kind == "per_school":
            assert isinstance(measure, PerSchoolMeasure)
            of = self.part(target, measure.of, unit)
            schools = self.stock(measure.schools, unit)
            divisions = self.divisions(measure.per)
            if of is None or not schools or not divisions:
                return None
            return _q(of / schools / divisions)
        if unit is not None:
            return None
        entry = self.entry(target, "value")
        return None if entry is None else entry.value

    def evaluation_year(self) -> int | None:
        return int(self.facts.months[-1][:4]) if self.facts.months else None

    def months_of(self, year: int) -> list[str]:
        return [m for m in self.facts.months if int(m[:4]) == year]

    def evaluate(self, target: TargetInfo) -> TargetProgress:
        measure = parse_measure(target.code, target.kind, target.measure, self.reference)
        facts = self.facts
        actual = self.value(target, measure, None)
        expected, forecast = self.expected_and_forecast(target, actual, measure)
        status = judge(actual, expected, forecast, target, ended=facts.ended)
        years: tuple[YearProgress, ...] = ()
        if target.kind == "yearly":
            assert isinstance(measure, RecordsMeasure)
            years = self.years(target, measure)
            if facts.ended and actual is not None:
                status = "met" if all(y.met for y in years) else "not_met"
        entry = self.entry(target, "value") if target.kind == "survey" else None
        return TargetProgress(
            target,
            actual,
            _percent(actual, target.figure),
            _q(expected),
            _q(forecast),
            status,
            self.units(target, measure),
            years,
            self.series(target, measure, actual),
            entry.source if entry else None,
            entry.as_of if entry else None,
        )

    def expected_and_forecast(
        self, target: TargetInfo, actual: Decimal | None, measure: Measure
    ) -> tuple[Decimal | None, Decimal | None]:
        facts, figure = self.facts, target.figure
        elapsed, total = len(facts.months), facts.months_total
        if target.kind in ("cumulative", "count", "stock"):
            expected = figure * elapsed / total
            if actual is None or not elapsed:
                return expected, None
            start = Decimal(0)
            if target.kind == "stock":
                assert isinstance(measure, StockMeasure)
                start = self.stock(measure.indicator, None, facts.baseline) or Decimal(0)
            return expected, start + (actual - start) * total / elapsed
        if target.kind == "yearly":
            year = self.evaluation_year()
            done = len(self.months_of(year)) if year is not None else 0
            expected = figure * done / 12
            forecast = actual * 12 / done if actual is not None and done else None
            return expected, forecast
        return figure, None

    def years(self, target: TargetInfo, measure: RecordsMeasure) -> tuple[YearProgress, ...]:
        result = []
        for year in range(self.facts.plan.start_year, self.facts.plan.end_year + 1):
            months = self.months_of(year)
            actual = self.records(measure, None, year) if months else None
            over = len(months) == 12
            met = None
            if actual is not None and (over or satisfies(actual, target.comparison, target.figure)):
                met = satisfies(actual, target.comparison, target.figure)
            result.append(YearProgress(year, actual, target.figure, met))
        return tuple(result)

    def units(self, target: TargetInfo, measure: Measure) -> tuple[UnitProgress, ...]:
        shares = self.facts.shares.get(target.code, {})
        codes = set(shares)
        codes.update(self.facts.units_held)
        codes.update(self.facts.stock)
        result = []
        for code in sorted(codes, key=lambda c: (self._order.get(c, len(self._order)), c)):
            actual = self.value(target, measure, code)
            share = shares.get(code)
            if actual is None and share is None:
                continue
            result.append(UnitProgress(code, actual, share, _percent(actual, share) if share else None))
        return tuple(result)

    def series(self, target: TargetInfo, measure: Measure, actual: Decimal | None) -> tuple[SeriesPoint, ...]:
        facts, figure = self.facts, target.figure
        total = facts.months_total
        if target.kind in ("cumulative", "yearly") and isinstance(measure, RecordsMeasure):
            by_month = self.values(measure, "months")
            points, running = [], 0
            for number, month in enumerate(facts.months, start=1):
                if target.kind == "yearly" and month.endswith("-01"):
                    running = 0
                running += by_month.get(month, 0)
                share = Decimal(int(month[5:])) / 12 if target.kind == "yearly" else Decimal(number) / total
                points.append(SeriesPoint(month, Decimal(running), _q(figure * share)))
            return tuple(points)
        if target.kind == "survey":
            return tuple(
                SeriesPoint(f"{e.as_of:%Y-%m}", e.value, figure) for e in facts.entries.get((target.code, "value"), ())
            )
        if not facts.months:
            return ()
        expected: Callable[[int], Decimal] = (
            (lambda n: figure * n / total) if target.kind in ("count", "stock") else (lambda _n: figure)
        )
        points = []
        if target.kind in ("count", "stock") and isinstance(measure, StockMeasure):
            start = Decimal(0) if target.kind == "count" else self.stock(measure.indicator, None, facts.baseline)
            points.append(SeriesPoint(_month_before(facts.months[0]), start, Decimal(0)))
        points.append(SeriesPoint(facts.months[-1], actual, _q(expected(len(facts.months)))))
        return tuple(points)


def _month_before(month: str) -> str:
    year, number = int(month[:4]), int(month[5:])
    return f"{year - 1:04d}-12" if number == 1 else f"{year:04d}-{number - 1:02d}"
