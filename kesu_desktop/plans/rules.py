"""The rules every change to a plan is checked by, whether it comes from a screen, the command line or a plan
file: a plan's own fields (:func:`check_plan`), a target's with its measure for its kind (:func:`check_target`),
a unit's share (:func:`check_share`); and the lookups of a stored plan and target that say plainly when there is
none.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.plans.measures import COMPARISONS, KINDS, measure_json, parse_measure
from kesu_desktop.reference.data import ReferenceData, TargetInfo

PLAN_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,19}$")
TARGET_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")
YEARS = (2000, 2100)
MAX_FIGURE = Decimal("9999999999.99")  # the column holds 12 digits, 2 after the point
MAX_ENTRY = Decimal("9999999999.9999")


@dataclass(frozen=True)
class PlanFields:
    code: str
    name: str
    document_no: str
    start_year: int
    end_year: int


@dataclass(frozen=True)
class TargetFields:
    """A target as the county writes it; ``measure`` is the measure JSON text (None for a survey)."""

    code: str
    name_zh: str
    name_en: str
    kind: str
    comparison: str
    figure: Decimal
    measure_unit: str
    target_group_code: str | None = None
    measure: str | None = None

    @classmethod
    def of(cls, target: TargetInfo | models.PlanTarget) -> TargetFields:
        """The fields of a target as the reference data or the store holds it."""
        return cls(
            target.code,
            target.name_zh,
            target.name_en,
            target.kind,
            target.comparison,
            target.figure,
            target.measure_unit,
            target.target_group_code,
            target.measure,
        )


_NO_PLAN = QT_TRANSLATE_NOOP("Errors", "There is no plan {plan}.")
_NO_TARGET = QT_TRANSLATE_NOOP("Errors", "Plan {plan} has no target {target}.")


def fail(field: str, template: str, **values: Any) -> ValidationError:
    return ValidationError(field, template, **values)


def check_plan(fields: PlanFields) -> PlanFields:
    """The plan's own fields, trimmed, or a :class:`ValidationError` naming the field and the fix."""
    fields = replace(fields, code=fields.code.strip(), name=fields.name.strip(), document_no=fields.document_no.strip())
    if not PLAN_CODE.match(fields.code):
        raise fail(
            "code",
            QT_TRANSLATE_NOOP(
                "Errors", "Plan code '{code}': use 1 to 20 letters, digits, '-', '_' or '.', such as XF-2026-2030."
            ),
            code=fields.code,
        )
    if not fields.name or len(fields.name) > 300:
        raise fail(
            "name",
            QT_TRANSLATE_NOOP("Errors", "Plan {plan}: give its name (at most 300 characters)."),
            plan=fields.code,
        )
    if len(fields.document_no) > 200:
        raise fail(
            "document_no",
            QT_TRANSLATE_NOOP("Errors", "Plan {plan}: the document number is at most 200 characters."),
            plan=fields.code,
        )
    for field in ("start_year", "end_year"):
        year = getattr(fields, field)
        if isinstance(year, bool) or not isinstance(year, int) or not YEARS[0] <= year <= YEARS[1]:
            raise fail(
                field,
                QT_TRANSLATE_NOOP("Errors", "Plan {plan}: the years are between {low} and {high}, such as 2026–2030."),
                plan=fields.code,
                low=YEARS[0],
                high=YEARS[1],
            )
    if fields.start_year > fields.end_year:
        raise fail(
            "end_year",
            QT_TRANSLATE_NOOP("Errors", "Plan {plan}: its last year {end} comes before its first year {start}."),
            plan=fields.code,
            start=fields.start_year,
            end=fields.end_year,
        )
    return fields


def check_figure(
    value: object, *, target: str, field: str = "figure", limit: Decimal = MAX_FIGURE, places: int = 2
) -> Decimal:
    try:
        number = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    except InvalidOperation:
        number = Decimal("NaN")
    if (
        isinstance(value, bool)
        or not number.is_finite()
        or not 0 < number <= limit
        or -int(number.as_tuple().exponent) > places
    ):
        raise fail(
            field,
            QT_TRANSLATE_NOOP(
                "Errors",
                "Target {target}: {value} is not a figure; give a number above 0 with at most {places} decimals.",
            ),
            target=target,
            value=str(value),
            places=places,
        )
    return number


def check_target(fields: TargetFields, reference: ReferenceData) -> TargetFields:
    """A target's fields, trimmed and with its measure checked for its kind, or a :class:`ValidationError`."""
    code = fields.code.strip()
    if not TARGET_CODE.match(code):
        raise fail(
            "code",
            QT_TRANSLATE_NOOP(
                "Errors", "Target code '{code}': use 1 to 40 letters, digits, '-', '_' or '.', such as farmers_trained."
            ),
            code=code,
        )
    name_zh, name_en = fields.name_zh.strip(), fields.name_en.strip()
    if not name_zh or len(name_zh) > 300 or len(name_en) > 300:
        raise fail(
            "name_zh",
            QT_TRANSLATE_NOOP("Errors", "Target {target}: give its name (at most 300 characters)."),
            target=code,
        )
    if fields.kind not in KINDS:
        raise fail(
            "kind",
            QT_TRANSLATE_NOOP("Errors", "Target {target}: kind {kind} is not known; use one of {allowed}."),
            target=code,
            kind=fields.kind,
            allowed=", ".join(KINDS),
        )
    if fields.comparison not in COMPARISONS:
        raise fail(
            "comparison",
            QT_TRANSLATE_NOOP("Errors", "Target {target}: the comparison is '>' or '>=', not '{value}'."),
            target=code,
            value=fields.comparison,
        )
    unit = fields.measure_unit.strip()
    if not unit or len(unit) > 20:
        raise fail(
            "measure_unit",
            QT_TRANSLATE_NOOP(
                "Errors", "Target {target}: give the unit of its figure (人次, 个, % …; at most 20 characters)."
            ),
            target=code,
        )
    group = fields.target_group_code or None
    if group is not None and group not in {g.code for g in reference.target_groups}:
        raise fail(
            "target_group_code",
            QT_TRANSLATE_NOOP("Errors", "Target {target}: there is no target group {group}; use one of {allowed}."),
            target=code,
            group=group,
            allowed=", ".join(g.code for g in reference.target_groups),
        )
    parse_measure(code, fields.kind, fields.measure, reference)
    measure = measure_json(fields.measure) if isinstance(fields.measure, str) else fields.measure
    return TargetFields(
        code,
        name_zh,
        name_en or name_zh,
        fields.kind,
        fields.comparison,
        check_figure(fields.figure, target=code),
        unit,
        group,
        None if measure is None else _canonical(measure),
    )


def _canonical(measure: object) -> str:
    return json.dumps(measure, ensure_ascii=False, sort_keys=True)


def check_targets(targets: Iterable[TargetFields], reference: ReferenceData) -> list[TargetFields]:
    checked: list[TargetFields] = []
    for target in targets:
        target = check_target(target, reference)
        if any(t.code == target.code for t in checked):
            raise fail(
                "code",
                QT_TRANSLATE_NOOP("Errors", "Target code {target} is used twice; give each target its own code."),
                target=target.code,
            )
        checked.append(target)
    return checked


def check_share(reference: ReferenceData, target_code: str, unit_code: str, figure: object) -> Decimal:
    """A share's figure, once its unit is known to report and the figure is above 0."""
    if unit_code not in {u.code for u in reference.reporting_units()}:
        raise fail(
            "unit_code",
            QT_TRANSLATE_NOOP("Errors", "There is no reporting unit {unit}; give its code or name."),
            unit=unit_code,
        )
    return check_figure(figure, target=target_code)


def plan_row(session: Session, code: str) -> models.Plan:
    plan = session.get(models.Plan, code)
    if plan is None:
        raise KesuError(_NO_PLAN, plan=code)
    return plan


def target_of(session: Session, plan_code: str, code: str) -> models.PlanTarget:
    target = session.get(models.PlanTarget, (plan_code, code))
    if target is None:
        plan_row(session, plan_code)
        raise KesuError(_NO_TARGET, plan=plan_code, target=code)
    return target
