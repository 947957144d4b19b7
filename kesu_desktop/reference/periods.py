"""Reporting periods: a month (the return), and the quarter, year and plan-to-date a unit reviews.

Written as 2024-03, 2024-Q1, 2024 and PLAN-2021 (plan to date: from the plan's first year to this month, or to
the plan's end once it is over).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, timedelta

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import PlanInfo, shipped_plan_years

_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_QUARTER = re.compile(r"^(\d{4})-Q([1-4])$")
_YEAR = re.compile(r"^(\d{4})$")
_PLAN = re.compile(r"^PLAN-(\d{4})$")


def _month_end(year: int, month: int) -> date:
    return (date(year, month, 28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)


@dataclass(frozen=True)
class Period:
    kind: str
    start: date
    end: date

    @property
    def code(self) -> str:
        if self.kind == "month":
            return f"{self.start.year:04d}-{self.start.month:02d}"
        if self.kind == "quarter":
            return f"{self.start.year:04d}-Q{(self.start.month - 1) // 3 + 1}"
        if self.kind == "year":
            return f"{self.start.year:04d}"
        return f"PLAN-{self.start.year:04d}"

    def label(self, language: str) -> str:
        """How the period is written on a form: 2024年3月, 2024年第1季度, 2024年, 2021年1月至2024年3月."""
        start, end = self.start, self.end
        if language == "en":
            return {
                "month": f"{start:%B %Y}",
                "quarter": f"Q{(start.month - 1) // 3 + 1} {start.year}",
                "year": f"{start.year}",
                "plan": f"{start:%B %Y} – {end:%B %Y}",
            }[self.kind]
        return {
            "month": f"{start.year}年{start.month}月",
            "quarter": f"{start.year}年第{(start.month - 1) // 3 + 1}季度",
            "year": f"{start.year}年",
            "plan": f"{start.year}年{start.month}月至{end.year}年{end.month}月",
        }[self.kind]

    def months(self) -> list[Period]:
        """The months this period is made of."""
        result, year, month = [], self.start.year, self.start.month
        while date(year, month, 1) <= self.end:
            result.append(month_period(year, month))
            year, month = (year, month + 1) if month < 12 else (year + 1, 1)
        return result

    def next_month(self) -> Period:
        day = self.end + timedelta(days=1)
        return month_period(day.year, day.month)


def month_period(year: int, month: int) -> Period:
    return Period("month", date(year, month, 1), _month_end(year, month))


def month_of(day: date) -> Period:
    return month_period(day.year, day.month)


def _plan_end(first_year: int, plans: Iterable[PlanInfo] | None) -> date | None:
    """The last day of the plan that ``first_year`` belongs to (of ``plans``, or of the shipped plans)."""
    spans = shipped_plan_years() if plans is None else [(p.start_year, p.end_year) for p in plans]
    ends = [end for start, end in spans if start <= first_year <= end]
    return date(max(ends), 12, 31) if ends else None


def parse_period(text: str, *, today: date | None = None, plans: Iterable[PlanInfo] | None = None) -> Period:
    """2024-03, 2024-Q1, 2024 or PLAN-2021 (to the end of this month, but not past the end of the plan of that
    year among ``plans``, the shipped plans by default); ValidationError otherwise."""
    value = text.strip().upper()
    if match := _MONTH.match(value):
        return month_period(int(match[1]), int(match[2]))
    if match := _QUARTER.match(value):
        year, quarter = int(match[1]), int(match[2])
        return Period("quarter", date(year, 3 * quarter - 2, 1), _month_end(year, 3 * quarter))
    if match := _YEAR.match(value):
        year = int(match[1])
        return Period("year", date(year, 1, 1), date(year, 12, 31))
    if match := _PLAN.match(value):
        today = today or date.today()
        first_year = int(match[1])
        end = _month_end(today.year, today.month)
        plan_end = _plan_end(first_year, plans)
        return Period("plan", date(first_year, 1, 1), min(end, plan_end) if plan_end else end)
    raise ValidationError(
        "period",
        QT_TRANSLATE_NOOP("Errors", "Period: '{value}' is not a period; write a month as 2024-03 (or 2024-Q1, 2024)."),
        value=text,
    )
