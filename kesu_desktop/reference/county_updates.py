"""The reference data the county sends in its bulletins, laid over the shipped data at a township: the units, the
activity forms (with those retired), the training kinds, the campaigns, the key projects, and the plans with
their targets, as the county holds them (a county may run a newer KeSu, and it enters the plans).

The county writes it (:func:`kesu_desktop.county.bulletins.reference_update`), identified by its fingerprint. At a
township it comes from the newest bulletin applied and not undone (:func:`newest_bulletin`), and is laid over the
shipped data at every start (:func:`apply_update`, after :func:`~kesu_desktop.reference.data.load_reference_files`):
a row it names is added or changed; a row it does not name is left as it is, and a form it retires stays on the
records that have it and can no longer be chosen for new ones. Nothing is ever deleted, so no record loses what it
refers to.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.reference.data import ReferenceData, read_reference

TABLES: dict[str, tuple[Any, tuple[str, ...]]] = {
    "units": (models.Unit, ("name", "kind")),
    "activity_forms": (models.ActivityForm, ("name_zh", "name_en", "national_row")),
    "training_kinds": (models.TrainingKind, ("name_zh", "name_en", "target_group_code")),
    "campaigns": (models.Campaign, ("name_zh", "name_en", "usual_month")),
    "key_projects": (models.KeyProject, ("name_zh", "name_en")),
}
_TARGET_COLUMNS = ("name_zh", "name_en", "kind", "comparison", "measure_unit", "target_group_code", "measure")
ADDED, CHANGED, RETIRED = "added", "changed", "retired"


@dataclass(frozen=True)
class ReferenceChange:
    """What applying the county's data changes: a row added, changed (``fields``) or retired."""

    table: str
    code: str
    change: str
    name: str
    fields: tuple[str, ...] = ()


def newest_bulletin(session: Session) -> models.CountyBulletin | None:
    """The county bulletin in force: the newest applied and not undone."""
    bulletins = models.CountyBulletin
    return session.scalars(
        select(bulletins).where(bulletins.undone_at.is_(None)).order_by(bulletins.issued_at.desc()).limit(1)
    ).first()


def held_update(session: Session) -> dict[str, Any] | None:
    """The county's reference data in force at this township, or None."""
    newest = newest_bulletin(session)
    if newest is None:
        return None
    update = json.loads(newest.payload).get("reference")
    return update if isinstance(update, dict) else None


def changes(session: Session, update: dict[str, Any]) -> list[ReferenceChange]:
    """What applying ``update`` would change in the store, table by table."""
    found: list[ReferenceChange] = []
    current = current_reference(session)
    active = {f.code: f.active for f in current.activity_forms}
    for table, (model, columns) in TABLES.items():
        held = {row.code: row for row in session.scalars(select(model))}
        for row in update.get(table, []):
            name = str(row.get("name_zh") or row.get("name") or row["code"])
            existing = held.get(row["code"])
            if existing is None:
                found.append(ReferenceChange(table, row["code"], ADDED, name))
                continue
            differing = tuple(column for column in columns if getattr(existing, column) != row.get(column))
            if differing:
                found.append(ReferenceChange(table, row["code"], CHANGED, name, differing))
            if table == "activity_forms" and row.get("active") is False and active.get(row["code"], True):
                found.append(ReferenceChange(table, row["code"], RETIRED, name))
    plans = {plan.code: plan for plan in current.plans}
    for plan in update.get("plans", []):
        held_plan = plans.get(plan["code"])
        if held_plan is None:
            found.append(ReferenceChange("plans", plan["code"], ADDED, plan["name"]))
            continue
        targets = {t.code: t for t in held_plan.targets}
        differing = tuple(
            t["code"]
            for t in plan["targets"]
            if t["code"] not in targets
            or Decimal(t["figure"]) != targets[t["code"]].figure
            or any(getattr(targets[t["code"]], column) != t.get(column) for column in _TARGET_COLUMNS)
        )
        if differing or held_plan.name != plan["name"]:
            found.append(ReferenceChange("plans", plan["code"], CHANGED, plan["name"], differing))
    return found


def apply_update(session: Session, update: dict[str, Any] | None) -> None:
    """Lay ``update`` over the reference tables: add or change the rows it names, never delete one."""
    if update is None:
        return
    for table, (model, columns) in TABLES.items():
        held = {row.code: row for row in session.scalars(select(model))}
        order = session.scalar(select(func.max(model.sort_order))) or 0
        for row in update.get(table, []):
            values = {column: row.get(column) for column in columns}
            existing = held.get(row["code"])
            if existing is None:
                order += 1
                session.add(model(code=row["code"], sort_order=order, **values))
                continue
            for column, value in values.items():
                if getattr(existing, column) != value:
                    setattr(existing, column, value)
        session.flush()
    _apply_plans(session, update.get("plans", []))


def _apply_plans(session: Session, plans: list[dict[str, Any]]) -> None:
    held = {plan.code: plan for plan in session.scalars(select(models.Plan))}
    targets = {(t.plan_code, t.code): t for t in session.scalars(select(models.PlanTarget))}
    for plan in plans:
        columns = {key: plan[key] for key in ("name", "document_no", "start_year", "end_year", "retired")}
        row = held.get(plan["code"])
        if row is None:
            session.add(models.Plan(code=plan["code"], **columns))
            session.flush()
        else:
            for column, value in columns.items():
                if getattr(row, column) != value:
                    setattr(row, column, value)
        for order, target in enumerate(plan["targets"]):
            values = {column: target.get(column) for column in _TARGET_COLUMNS}
            values |= {"figure": Decimal(target["figure"]), "sort_order": order}
            existing = targets.get((plan["code"], target["code"]))
            if existing is None:
                session.add(models.PlanTarget(plan_code=plan["code"], code=target["code"], **values))
            else:
                for column, value in values.items():
                    if getattr(existing, column) != value:
                        setattr(existing, column, value)
    session.flush()


def current_reference(session: Session) -> ReferenceData:
    """The reference data in force: the store's, with the forms the county retired retired too."""
    update = held_update(session) or {}
    retired = frozenset(f["code"] for f in update.get("activity_forms", []) if f.get("active") is False)
    return read_reference(session, also_retired=retired)
