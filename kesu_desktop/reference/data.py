"""Reference data: units, target groups, activity forms, campaigns, key projects, training kinds and plans.

The data files in ``resources/reference`` are loaded into the store at every start, keyed by code: a missing
row is added and a changed row is brought in line with its file, so loading twice changes nothing. Callers get
a :class:`ReferenceData` snapshot of plain values, never live ORM objects.

An activity form may be retired (``"active": false`` in its file): records that have it keep it and name it, but
a new record cannot choose it (:meth:`ReferenceData.choosable_activity_forms`). Whether a form is active is read
from the file itself, as the store's table has no column for it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import ReferenceDataError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

# file name -> (model, columns every row must have, columns that may be missing or null)
_SIMPLE_TABLES: dict[str, tuple[Any, tuple[str, ...], tuple[str, ...]]] = {  # file: model, columns, optional
    "units.json": (models.Unit, ("code", "name", "kind"), ()),
    "target_groups.json": (models.TargetGroup, ("code", "name_zh", "name_en"), ()),
    "activity_forms.json": (models.ActivityForm, ("code", "name_zh", "name_en", "national_row"), ()),
    "campaigns.json": (models.Campaign, ("code", "name_zh", "name_en"), ("usual_month",)),
    "key_projects.json": (models.KeyProject, ("code", "name_zh", "name_en"), ()),
    "training_kinds.json": (models.TrainingKind, ("code", "name_zh", "name_en"), ("target_group_code",)),
    "stock_indicators.json": (models.StockIndicator, ("code", "name_zh", "name_en", "measure_unit"), ()),
}
_PLAN_COLUMNS = ("code", "name", "document_no", "start_year", "end_year")
_TARGET_COLUMNS = ("code", "name_zh", "name_en", "kind", "comparison", "figure", "measure_unit")
UNIT_KINDS = ("county_office", "town", "township", "zone", "department")


@dataclass(frozen=True)
class Item:
    """A coded reference value with its Chinese and English names."""

    code: str
    name_zh: str
    name_en: str

    def name(self, language: str) -> str:
        return self.name_en if language == "en" else self.name_zh


@dataclass(frozen=True)
class UnitInfo:
    code: str
    name: str
    kind: str


@dataclass(frozen=True)
class ActivityFormInfo(Item):
    national_row: str
    active: bool = True


@dataclass(frozen=True)
class CampaignInfo(Item):
    usual_month: int | None


@dataclass(frozen=True)
class TrainingKindInfo(Item):
    target_group_code: str | None


@dataclass(frozen=True)
class StockIndicatorInfo(Item):
    measure_unit: str


@dataclass(frozen=True)
class TargetInfo(Item):
    kind: str
    comparison: str
    figure: Decimal
    measure_unit: str
    target_group_code: str | None
    measure: str | None = None  # JSON: which data the target counts (kesu_desktop.plans.measures)


@dataclass(frozen=True)
class PlanInfo:
    code: str
    name: str
    document_no: str
    start_year: int
    end_year: int
    targets: tuple[TargetInfo, ...]
    retired: bool = False


@dataclass(frozen=True)
class ReferenceData:
    units: tuple[UnitInfo, ...]
    target_groups: tuple[Item, ...]
    activity_forms: tuple[ActivityFormInfo, ...]
    campaigns: tuple[CampaignInfo, ...]
    key_projects: tuple[Item, ...]
    training_kinds: tuple[TrainingKindInfo, ...]
    plans: tuple[PlanInfo, ...]
    stock_indicators: tuple[StockIndicatorInfo, ...]

    def unit(self, code: str) -> UnitInfo:
        return next(unit for unit in self.units if unit.code == code)

    def find_unit(self, code_or_name: str) -> UnitInfo | None:
        """The unit with this code or this exact name, or None."""
        wanted = code_or_name.strip()
        return next((u for u in self.units if wanted in (u.code, u.name)), None)

    def reporting_units(self) -> tuple[UnitInfo, ...]:
        """Every unit that files returns (all but the county office)."""
        return tuple(u for u in self.units if u.kind != "county_office")

    def choosable_activity_forms(self, kept: str | None = None) -> tuple[ActivityFormInfo, ...]:
        """The forms a record may be given: the active ones, and ``kept`` (the form a stored record already has)
        even when it is retired, in file order."""
        return tuple(f for f in self.activity_forms if f.active or f.code == kept)


def unreadable_reference(file_name: str, exc: BaseException) -> ReferenceDataError:
    """The refusal of a reference data file that cannot be read or parsed, naming it and why."""
    return ReferenceDataError(
        QT_TRANSLATE_NOOP("Errors", "The reference data file {file} cannot be read: {reason}"),
        file=file_name,
        reason=str(exc),
    )


def _read_rows(path: Path, required: tuple[str, ...]) -> list[dict[str, Any]]:
    try:
        rows: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["rows"]
        if not isinstance(rows, list) or not all(isinstance(row, dict) for row in rows):
            raise TypeError("'rows' must be a list of objects")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise unreadable_reference(path.name, exc) from exc
    for number, row in enumerate(rows, start=1):
        missing = [column for column in required if column not in row]
        if missing:
            raise ReferenceDataError(
                QT_TRANSLATE_NOOP("Errors", "Row {row} of the reference data file {file} lacks {columns}."),
                file=path.name,
                row=number,
                columns=", ".join(missing),
            )
    return rows


def _upsert(session: Session, held: dict[str, Any], model: Any, code: str, values: dict[str, Any]) -> None:
    """Add the row ``code`` or change what differs in the ``held`` one (an unchanged row writes nothing)."""
    existing = held.get(code)
    if existing is None:
        session.add(model(code=code, **values))
        return
    for column, value in values.items():
        if getattr(existing, column) != value:
            setattr(existing, column, value)


def load_reference_files(session: Session, folder: Path | None = None) -> None:
    """Bring the reference tables in line with the data files (idempotent): each table read in one query, and
    only what differs written, so a start with the data unchanged writes nothing.

    A malformed file raises :class:`ReferenceDataError`; the caller's transaction is then rolled back.
    """
    folder = folder or resource_path("reference")
    for file_name, (model, required, optional) in _SIMPLE_TABLES.items():
        try:
            held = {item.code: item for item in session.scalars(select(model))}
            for order, row in enumerate(_read_rows(folder / file_name, required)):
                values = {column: row[column] for column in required[1:]}
                values.update({column: row.get(column) for column in optional})
                _upsert(session, held, model, row["code"], {**values, "sort_order": order})
            session.flush()
        except IntegrityError as exc:  # e.g. a code that refers to no row of another file
            raise unreadable_reference(file_name, exc.orig or exc) from exc
    try:
        _load_plans(session, folder)
    except IntegrityError as exc:
        raise unreadable_reference("plans.json", exc.orig or exc) from exc


@cache
def shipped_plan_years() -> tuple[tuple[int, int], ...]:
    """(first year, last year) of each plan in the shipped data file, for code that has no snapshot at hand."""
    return tuple(
        (int(plan["start_year"]), int(plan["end_year"]))
        for plan in _read_rows(resource_path("reference", "plans.json"), _PLAN_COLUMNS)
    )


def _target_values(plan_code: str, order: int, target: dict[str, Any]) -> dict[str, Any]:
    missing = [column for column in _TARGET_COLUMNS if column not in target]
    if missing:
        raise ReferenceDataError(
            QT_TRANSLATE_NOOP("Errors", "Target {row} of plan {plan} lacks {columns}."),
            row=order + 1,
            plan=plan_code,
            columns=", ".join(missing),
        )
    values = {column: target[column] for column in _TARGET_COLUMNS[1:]}
    try:
        values["figure"] = Decimal(str(values["figure"]))
    except InvalidOperation as exc:
        raise unreadable_reference("plans.json", ValueError(f"figure {values['figure']!r}")) from exc
    values["target_group_code"] = target.get("target_group_code")
    measure = target.get("measure")
    values["measure"] = None if measure is None else json.dumps(measure, ensure_ascii=False, sort_keys=True)
    values["sort_order"] = order
    return values


def _load_plans(session: Session, folder: Path) -> None:
    """Seed the plans of the data file that the store does not hold yet. A plan the store holds is the county's
    own (edited in the app) and is left as it is, but for the measures a store from before they were kept lacks."""
    plans = {row.code: row for row in session.scalars(select(models.Plan))}
    held_targets = {(row.plan_code, row.code): row for row in session.scalars(select(models.PlanTarget))}
    for plan in _read_rows(folder / "plans.json", (*_PLAN_COLUMNS, "targets")):
        held = plans.get(plan["code"])
        targets = [_target_values(plan["code"], order, t) for order, t in enumerate(plan["targets"])]
        if held is None:
            session.add(models.Plan(code=plan["code"], **{column: plan[column] for column in _PLAN_COLUMNS[1:]}))
            session.flush()
            for target, values in zip(plan["targets"], targets, strict=True):
                session.add(models.PlanTarget(plan_code=plan["code"], code=target["code"], **values))
            continue
        for target, values in zip(plan["targets"], targets, strict=True):
            row = held_targets.get((plan["code"], target["code"]))
            if row is not None and row.measure is None and values["measure"] is not None:
                row.measure = values["measure"]
    session.flush()


def _items(session: Session, model: Any) -> list[Any]:
    return list(session.scalars(select(model).order_by(model.sort_order, model.code)))


def _retired_codes(folder: Path, file_name: str) -> frozenset[str]:
    """The codes of the rows of a data file marked ``"active": false``."""
    retired = set()
    for number, row in enumerate(_read_rows(folder / file_name, ("code",)), start=1):
        active = row.get("active", True)
        if not isinstance(active, bool):
            raise ReferenceDataError(
                QT_TRANSLATE_NOOP("Errors", "Row {row} of the reference data file {file}: 'active' is true or false."),
                file=file_name,
                row=number,
            )
        if not active:
            retired.add(str(row["code"]))
    return frozenset(retired)


def plan_info(plan: models.Plan) -> PlanInfo:
    """A stored plan and its targets as plain values."""
    targets = tuple(
        TargetInfo(
            t.code, t.name_zh, t.name_en, t.kind, t.comparison, t.figure, t.measure_unit, t.target_group_code, t.measure
        )
        for t in plan.targets
    )
    return PlanInfo(plan.code, plan.name, plan.document_no, plan.start_year, plan.end_year, targets, plan.retired)


def read_reference(
    session: Session, folder: Path | None = None, *, also_retired: frozenset[str] = frozenset()
) -> ReferenceData:
    """A snapshot of every reference table, in file order; which activity forms are retired comes from the data
    file in ``folder`` (the shipped one by default), with ``also_retired`` (those the county retired)."""
    retired_forms = _retired_codes(folder or resource_path("reference"), "activity_forms.json") | also_retired
    plans = tuple(plan_info(plan) for plan in session.scalars(select(models.Plan).order_by(models.Plan.start_year)))
    return ReferenceData(
        units=tuple(UnitInfo(u.code, u.name, u.kind) for u in _items(session, models.Unit)),
        target_groups=tuple(Item(g.code, g.name_zh, g.name_en) for g in _items(session, models.TargetGroup)),
        activity_forms=tuple(
            ActivityFormInfo(f.code, f.name_zh, f.name_en, f.national_row, f.code not in retired_forms)
            for f in _items(session, models.ActivityForm)
        ),
        campaigns=tuple(
            CampaignInfo(c.code, c.name_zh, c.name_en, c.usual_month) for c in _items(session, models.Campaign)
        ),
        key_projects=tuple(Item(k.code, k.name_zh, k.name_en) for k in _items(session, models.KeyProject)),
        training_kinds=tuple(
            TrainingKindInfo(k.code, k.name_zh, k.name_en, k.target_group_code)
            for k in _items(session, models.TrainingKind)
        ),
        plans=plans,
        stock_indicators=tuple(
            StockIndicatorInfo(i.code, i.name_zh, i.name_en, i.measure_unit)
            for i in _items(session, models.StockIndicator)
        ),
    )
