"""A target split among units (分解任务: each unit's share of its figure), and the figures the county enters for a
target from outside (a survey's result, one side of a rate) with their source and date."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.plans.measures import entered_parts, parse_measure
from kesu_desktop.plans.rules import MAX_ENTRY, check_figure, check_share, fail, target_of
from kesu_desktop.reference.data import ReferenceData


@dataclass(frozen=True)
class ShareInfo:
    unit_code: str
    figure: Decimal


@dataclass(frozen=True)
class EntryInfo:
    id: int
    part: str
    as_of: date
    value: Decimal
    source: str
    entered_at: datetime
    entered_by: str


def list_shares(session: Session, plan_code: str, target_code: str) -> list[ShareInfo]:
    target_of(session, plan_code, target_code)
    rows = session.scalars(
        select(models.TargetShare)
        .where(models.TargetShare.plan_code == plan_code, models.TargetShare.target_code == target_code)
        .order_by(models.TargetShare.unit_code)
    )
    return [ShareInfo(r.unit_code, r.figure) for r in rows]


def set_share(
    session: Session, reference: ReferenceData, plan_code: str, target_code: str, unit_code: str, figure: object
) -> ShareInfo:
    """The figure unit ``unit_code`` is to reach of the target (its share, 分解任务)."""
    target_of(session, plan_code, target_code)
    value = check_share(reference, target_code, unit_code, figure)
    share = session.get(models.TargetShare, (plan_code, target_code, unit_code))
    if share is None:
        session.add(models.TargetShare(plan_code=plan_code, target_code=target_code, unit_code=unit_code, figure=value))
    else:
        share.figure = value
    session.flush()
    return ShareInfo(unit_code, value)


def clear_share(session: Session, plan_code: str, target_code: str, unit_code: str | None = None) -> int:
    """The share of one unit, or of every unit when ``unit_code`` is None, removed; how many were removed."""
    target_of(session, plan_code, target_code)
    query = delete(models.TargetShare).where(
        models.TargetShare.plan_code == plan_code, models.TargetShare.target_code == target_code
    )
    if unit_code is not None:
        query = query.where(models.TargetShare.unit_code == unit_code)
    removed = session.execute(query).rowcount  # type: ignore[attr-defined]
    session.flush()
    return int(removed or 0)


def list_entries(session: Session, plan_code: str, target_code: str) -> list[EntryInfo]:
    """The figures entered for the target, by date."""
    target_of(session, plan_code, target_code)
    rows = session.scalars(
        select(models.TargetEntry)
        .where(models.TargetEntry.plan_code == plan_code, models.TargetEntry.target_code == target_code)
        .order_by(models.TargetEntry.as_of, models.TargetEntry.id)
    )
    return [EntryInfo(r.id, r.part, r.as_of, r.value, r.source, r.entered_at, r.entered_by) for r in rows]


def add_entry(
    session: Session,
    reference: ReferenceData,
    plan_code: str,
    target_code: str,
    *,
    value: object,
    as_of: date,
    source: str,
    actor: str,
    part: str = "value",
    now: datetime | None = None,
) -> EntryInfo:
    """A figure the county enters for a target (a survey's result, one side of a rate), as of ``as_of`` and
    from ``source`` (the survey or document it comes from)."""
    row = target_of(session, plan_code, target_code)
    parts = entered_parts(parse_measure(row.code, row.kind, row.measure, reference))
    if part not in parts:
        raise fail(
            "part",
            QT_TRANSLATE_NOOP("Errors", "Target {target} takes no entered {part}; it takes: {parts}."),
            target=target_code,
            part=part,
            parts=", ".join(parts) or "—",
        )
    number = check_figure(value, target=target_code, field="value", limit=MAX_ENTRY, places=4)
    source = source.strip()
    if not source:
        raise fail(
            "source",
            QT_TRANSLATE_NOOP("Errors", "Target {target}: say where the figure comes from (the survey or document)."),
            target=target_code,
        )
    if not isinstance(as_of, date):
        raise fail(
            "as_of",
            QT_TRANSLATE_NOOP("Errors", "Target {target}: give the date the figure is as of."),
            target=target_code,
        )
    entry = models.TargetEntry(
        plan_code=plan_code,
        target_code=target_code,
        part=part,
        as_of=as_of,
        value=number,
        source=source[:2000],
        entered_at=now or datetime.now().replace(microsecond=0),
        entered_by=actor[:50],
    )
    session.add(entry)
    session.flush()
    return EntryInfo(entry.id, part, as_of, number, entry.source, entry.entered_at, entry.entered_by)


def remove_entry(session: Session, plan_code: str, target_code: str, entry_id: int) -> None:
    entry = session.get(models.TargetEntry, entry_id)
    if entry is None or (entry.plan_code, entry.target_code) != (plan_code, target_code):
        raise KesuError(
            QT_TRANSLATE_NOOP("Errors", "Target {target} has no entry {entry}."), target=target_code, entry=entry_id
        )
    session.delete(entry)
    session.flush()
