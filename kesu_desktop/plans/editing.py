"""The county's plans, edited in the app: create, change, copy, retire, reinstate and delete a plan; add,
change, remove and reorder its targets. Shares among units and entered figures are in :mod:`.entries`.

Every change is checked by the rules of :mod:`.rules`, whether it comes from a screen, the command line or a plan
file. Functions take the caller's session and flush; the caller commits. After a change, callers read the
reference data again (``read_reference``) to see it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.plans.measures import entered_parts, parse_measure
from kesu_desktop.plans.rules import (
    PlanFields,
    TargetFields,
    check_plan,
    check_target,
    check_targets,
    fail,
    plan_row,
    target_of,
)
from kesu_desktop.reference.data import PlanInfo, ReferenceData, plan_info


def list_plans(session: Session) -> list[PlanInfo]:
    """Every plan, retired ones too, oldest first."""
    return [
        plan_info(p) for p in session.scalars(select(models.Plan).order_by(models.Plan.start_year, models.Plan.code))
    ]


def get_plan(session: Session, code: str) -> PlanInfo:
    return plan_info(plan_row(session, code))


def create_plan(
    session: Session, reference: ReferenceData, fields: PlanFields, targets: Sequence[TargetFields] = ()
) -> PlanInfo:
    """A new plan with these targets, in this order."""
    fields = check_plan(fields)
    if session.get(models.Plan, fields.code) is not None:
        raise fail(
            "code",
            QT_TRANSLATE_NOOP("Errors", "There is already a plan {plan}; choose another code, or edit that plan."),
            plan=fields.code,
        )
    checked = check_targets(targets, reference)
    plan = models.Plan(
        code=fields.code,
        name=fields.name,
        document_no=fields.document_no,
        start_year=fields.start_year,
        end_year=fields.end_year,
        retired=False,
    )
    session.add(plan)
    session.flush()
    for order, target in enumerate(checked):
        session.add(target_row(fields.code, order, target))
    session.flush()
    session.refresh(plan)
    return plan_info(plan)


def target_row(plan_code: str, order: int, target: TargetFields) -> models.PlanTarget:
    return models.PlanTarget(
        plan_code=plan_code,
        code=target.code,
        name_zh=target.name_zh,
        name_en=target.name_en,
        kind=target.kind,
        comparison=target.comparison,
        figure=target.figure,
        measure_unit=target.measure_unit,
        target_group_code=target.target_group_code,
        sort_order=order,
        measure=target.measure,
    )


def update_plan(
    session: Session,
    code: str,
    *,
    name: str | None = None,
    document_no: str | None = None,
    start_year: int | None = None,
    end_year: int | None = None,
) -> PlanInfo:
    """The plan's name, document number or years changed (what is not given stays)."""
    plan = plan_row(session, code)
    fields = check_plan(
        PlanFields(
            code,
            plan.name if name is None else name,
            plan.document_no if document_no is None else document_no,
            plan.start_year if start_year is None else start_year,
            plan.end_year if end_year is None else end_year,
        )
    )
    plan.name, plan.document_no = fields.name, fields.document_no
    plan.start_year, plan.end_year = fields.start_year, fields.end_year
    session.flush()
    return plan_info(plan)


def copy_plan(
    session: Session,
    reference: ReferenceData,
    code: str,
    new_code: str,
    start_year: int,
    end_year: int,
    *,
    name: str | None = None,
    document_no: str | None = None,
) -> PlanInfo:
    """A new plan with the targets of plan ``code`` (and their figures), for new years: a start for the next plan.
    Shares are copied (the split among units often carries over); entered figures are not (they belong to
    their plan's years). Without a name, the old one with its years changed to the new ones
    (…（2021-2025年） becomes …（2026-2030年）)."""
    source = plan_row(session, code)
    targets = [TargetFields.of(t) for t in source.targets]
    if name is None:
        name = re.sub(
            rf"{source.start_year}(\s*[-–—至~]\s*){source.end_year}", rf"{start_year}\g<1>{end_year}", source.name
        )
    copied = create_plan(
        session, reference, PlanFields(new_code, name, document_no or "", start_year, end_year), targets
    )
    for share in session.scalars(select(models.TargetShare).where(models.TargetShare.plan_code == code)):
        session.add(
            models.TargetShare(
                plan_code=copied.code, target_code=share.target_code, unit_code=share.unit_code, figure=share.figure
            )
        )
    session.flush()
    return copied


def retire_plan(session: Session, code: str) -> PlanInfo:
    """The plan kept with everything entered for it, but no longer chosen by default nor offered for new work."""
    plan = plan_row(session, code)
    plan.retired = True
    session.flush()
    return plan_info(plan)


def reinstate_plan(session: Session, code: str) -> PlanInfo:
    plan = plan_row(session, code)
    plan.retired = False
    session.flush()
    return plan_info(plan)


def _entry_count(session: Session, plan_code: str, target_code: str | None = None) -> int:
    query = select(func.count()).select_from(models.TargetEntry).where(models.TargetEntry.plan_code == plan_code)
    if target_code is not None:
        query = query.where(models.TargetEntry.target_code == target_code)
    return int(session.scalar(query) or 0)


def delete_plan(session: Session, code: str) -> None:
    """The plan, its targets and shares removed; refused when figures were entered for it (retire it instead)."""
    plan = plan_row(session, code)
    if _entry_count(session, code):
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors", "Plan {plan} has figures entered for its targets, so it is kept: retire it instead."
            ),
            plan=code,
        )
    session.execute(delete(models.TargetShare).where(models.TargetShare.plan_code == code))
    session.delete(plan)
    session.flush()


def add_target(
    session: Session, reference: ReferenceData, plan_code: str, fields: TargetFields, *, position: int | None = None
) -> PlanInfo:
    """A new target of the plan, last or at ``position`` (0 first)."""
    plan = plan_row(session, plan_code)
    target = check_target(fields, reference)
    if any(t.code == target.code for t in plan.targets):
        raise fail(
            "code",
            QT_TRANSLATE_NOOP("Errors", "Plan {plan} already has a target {target}; give this one its own code."),
            plan=plan_code,
            target=target.code,
        )
    codes = [t.code for t in plan.targets]
    codes.insert(len(codes) if position is None else max(0, min(position, len(codes))), target.code)
    plan.targets.append(target_row(plan_code, len(codes), target))
    session.flush()
    return reorder_targets(session, plan_code, codes)


def update_target(session: Session, reference: ReferenceData, plan_code: str, fields: TargetFields) -> PlanInfo:
    """Target ``fields.code`` of the plan given these fields; refused when it would no longer take a figure
    already entered for it."""
    row = target_of(session, plan_code, fields.code.strip())
    target = check_target(fields, reference)
    check_entries_fit(session, reference, plan_code, target)
    row.name_zh, row.name_en, row.kind, row.comparison = target.name_zh, target.name_en, target.kind, target.comparison
    row.figure, row.measure_unit, row.target_group_code, row.measure = (
        target.figure,
        target.measure_unit,
        target.target_group_code,
        target.measure,
    )
    session.flush()
    return plan_info(row.plan)


def check_entries_fit(session: Session, reference: ReferenceData, plan_code: str, target: TargetFields) -> None:
    """Refuse a target whose measure no longer takes a part the county entered for it."""
    parts = entered_parts(parse_measure(target.code, target.kind, target.measure, reference))
    held = session.scalars(
        select(models.TargetEntry.part)
        .where(models.TargetEntry.plan_code == plan_code, models.TargetEntry.target_code == target.code)
        .distinct()
    )
    for part in held:
        if part not in parts:
            raise fail(
                "kind",
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Target {target} has a {part} entered, which this change would leave unused; remove that entry "
                    "first.",
                ),
                target=target.code,
                part=part,
            )


def remove_target(session: Session, plan_code: str, target_code: str) -> PlanInfo:
    """The target and its shares removed; refused while figures are entered for it."""
    row = target_of(session, plan_code, target_code)
    if _entry_count(session, plan_code, target_code):
        raise KesuError(
            QT_TRANSLATE_NOOP("Errors", "Target {target} has figures entered for it; remove those entries first."),
            target=target_code,
        )
    session.execute(
        delete(models.TargetShare).where(
            models.TargetShare.plan_code == plan_code, models.TargetShare.target_code == target_code
        )
    )
    plan = row.plan
    plan.targets.remove(row)
    session.flush()
    return reorder_targets(session, plan_code, [t.code for t in plan.targets])


def reorder_targets(session: Session, plan_code: str, codes: Sequence[str]) -> PlanInfo:
    """The plan's targets in the order of ``codes`` (every target once)."""
    plan = plan_row(session, plan_code)
    rows = {t.code: t for t in plan.targets}
    if sorted(codes) != sorted(rows):
        raise fail(
            "sort_order",
            QT_TRANSLATE_NOOP("Errors", "Plan {plan}: name each of its targets once to reorder them."),
            plan=plan_code,
        )
    for order, code in enumerate(codes):
        rows[code].sort_order = order
    session.flush()
    session.expire(plan, ["targets"])
    return plan_info(plan)
