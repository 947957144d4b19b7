"""The services that add, change, delete (to a bin), restore and read activities and trainings
(their values: :mod:`kesu_desktop.records.types`).

Every write validates first (:mod:`kesu_desktop.records.validation`), so nothing invalid reaches the store and a
refused input leaves stored data untouched; every write is recorded in the change history (who, when,
field: old → new).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import RecordNotFoundError
from kesu_desktop.records.locks import ensure_unlocked
from kesu_desktop.records.types import (
    Activity,
    ActivityInput,
    Training,
    TrainingInput,
    activity_from_row,
    training_from_row,
)
from kesu_desktop.records.validation import validate_activity, validate_training
from kesu_desktop.reference.data import ReferenceData

_MODELS: dict[str, type[models.Activity] | type[models.Training]] = {
    "activity": models.Activity,
    "training": models.Training,
}


@dataclass(frozen=True)
class Change:
    """One entry of a record's history; ``field`` is None for create, delete and restore."""

    at: datetime
    actor: str
    action: str
    field: str | None
    old_value: str | None
    new_value: str | None


def _as_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, tuple):
        return ",".join(str(part) for part in value)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def _log(
    session: Session,
    record_type: str,
    record_id: uuid.UUID,
    action: str,
    actor: str,
    changes: list[tuple[str, object, object]] | None = None,
) -> None:
    now = datetime.now()
    if not changes:
        session.add(models.ChangeLog(record_id=record_id, record_type=record_type, action=action, actor=actor, at=now))
        return
    for field_name, old, new in changes:
        session.add(
            models.ChangeLog(
                record_id=record_id,
                record_type=record_type,
                action=action,
                field=field_name,
                old_value=_as_text(old),
                new_value=_as_text(new),
                actor=actor,
                at=now,
            )
        )


def _differences(old: object, new: object) -> list[tuple[str, object, object]]:
    return [
        (name, getattr(old, name), getattr(new, name))
        for name in new.__dataclass_fields__  # type: ignore[attr-defined]
        if getattr(old, name) != getattr(new, name)
    ]


def _write_activity(row: models.Activity, clean: ActivityInput) -> None:
    for name, value in clean.__dict__.items():
        if name != "target_group_codes":
            setattr(row, name, value)
    if tuple(link.target_group_code for link in row.target_groups) != clean.target_group_codes:
        row.target_groups.clear()
        row.target_groups.extend(
            models.ActivityTargetGroup(target_group_code=code, position=position)
            for position, code in enumerate(clean.target_group_codes)
        )


def _write_training(row: models.Training, clean: TrainingInput) -> None:
    for name, value in clean.__dict__.items():
        setattr(row, name, value)


def add_activity(
    session: Session,
    unit_code: str,
    data: ActivityInput,
    reference: ReferenceData,
    *,
    actor: str,
    record_id: uuid.UUID | None = None,
) -> Activity:
    """Validate and store a new activity; its creation is recorded in the change history."""
    clean = validate_activity(data, reference)
    ensure_unlocked(session, unit_code, clean.start_date)
    now = datetime.now()
    row = models.Activity(id=record_id or uuid.uuid4(), unit_code=unit_code, created_at=now, updated_at=now)
    _write_activity(row, clean)
    session.add(row)
    _log(session, "activity", row.id, "create", actor)
    session.flush()
    return activity_from_row(row)


def add_training(
    session: Session,
    unit_code: str,
    data: TrainingInput,
    reference: ReferenceData,
    *,
    actor: str,
    record_id: uuid.UUID | None = None,
) -> Training:
    """Validate and store a new training; its creation is recorded in the change history."""
    clean = validate_training(data, reference)
    ensure_unlocked(session, unit_code, clean.start_date)
    now = datetime.now()
    row = models.Training(id=record_id or uuid.uuid4(), unit_code=unit_code, created_at=now, updated_at=now)
    _write_training(row, clean)
    session.add(row)
    _log(session, "training", row.id, "create", actor)
    session.flush()
    return training_from_row(row)


def _live_row(session: Session, record_type: str, record_id: uuid.UUID) -> models.Activity | models.Training:
    row = session.get(_MODELS[record_type], record_id)
    if not isinstance(row, models.Activity | models.Training):
        raise RecordNotFoundError(str(record_id))
    return row


def update_activity(
    session: Session, record_id: uuid.UUID, data: ActivityInput, reference: ReferenceData, *, actor: str
) -> Activity:
    """Validate and store changes to an activity, recording each changed field (old → new)."""
    row = _live_row(session, "activity", record_id)
    assert isinstance(row, models.Activity)
    clean = validate_activity(data, reference)
    ensure_unlocked(session, row.unit_code, row.start_date, clean.start_date)
    changes = _differences(activity_from_row(row).data, clean)
    if changes:
        _write_activity(row, clean)
        row.updated_at = datetime.now()
        _log(session, "activity", row.id, "update", actor, changes)
        session.flush()
    return activity_from_row(row)


def update_training(
    session: Session, record_id: uuid.UUID, data: TrainingInput, reference: ReferenceData, *, actor: str
) -> Training:
    """Validate and store changes to a training, recording each changed field (old → new)."""
    row = _live_row(session, "training", record_id)
    assert isinstance(row, models.Training)
    clean = validate_training(data, reference)
    ensure_unlocked(session, row.unit_code, row.start_date, clean.start_date)
    changes = _differences(training_from_row(row).data, clean)
    if changes:
        _write_training(row, clean)
        row.updated_at = datetime.now()
        _log(session, "training", row.id, "update", actor, changes)
        session.flush()
    return training_from_row(row)


def delete_record(session: Session, record_type: str, record_id: uuid.UUID, *, actor: str) -> None:
    """Move a record to the bin (soft delete); :func:`restore_record` brings it back."""
    row = _live_row(session, record_type, record_id)
    ensure_unlocked(session, row.unit_code, row.start_date)
    if row.deleted_at is None:
        row.deleted_at = datetime.now()
        _log(session, record_type, row.id, "delete", actor)
        session.flush()


def restore_record(session: Session, record_type: str, record_id: uuid.UUID, *, actor: str) -> None:
    """Take a record back out of the bin."""
    row = _live_row(session, record_type, record_id)
    ensure_unlocked(session, row.unit_code, row.start_date)
    if row.deleted_at is not None:
        row.deleted_at = None
        _log(session, record_type, row.id, "restore", actor)
        session.flush()


def get_activity(session: Session, record_id: uuid.UUID) -> Activity:
    row = _live_row(session, "activity", record_id)
    assert isinstance(row, models.Activity)
    return activity_from_row(row)


def get_training(session: Session, record_id: uuid.UUID) -> Training:
    row = _live_row(session, "training", record_id)
    assert isinstance(row, models.Training)
    return training_from_row(row)


def history(session: Session, record_id: uuid.UUID) -> list[Change]:
    """The record's change history, oldest first."""
    rows = session.scalars(
        select(models.ChangeLog)
        .where(models.ChangeLog.record_id == record_id)
        .order_by(models.ChangeLog.at, models.ChangeLog.id)
    )
    return [Change(r.at, r.actor, r.action, r.field, r.old_value, r.new_value) for r in rows]


def list_activities(session: Session, unit_code: str, start: date, end: date) -> list[Activity]:
    """Live activities of the unit that start within [start, end], oldest first."""
    rows = session.scalars(
        select(models.Activity)
        .where(
            models.Activity.unit_code == unit_code,
            models.Activity.deleted_at.is_(None),
            models.Activity.start_date.between(start, end),
        )
        .order_by(models.Activity.start_date, models.Activity.title)
    )
    return [activity_from_row(row) for row in rows]


def list_trainings(session: Session, unit_code: str, start: date, end: date) -> list[Training]:
    """Live trainings of the unit that start within [start, end], oldest first."""
    rows = session.scalars(
        select(models.Training)
        .where(
            models.Training.unit_code == unit_code,
            models.Training.deleted_at.is_(None),
            models.Training.start_date.between(start, end),
        )
        .order_by(models.Training.start_date, models.Training.title)
    )
    return [training_from_row(row) for row in rows]
