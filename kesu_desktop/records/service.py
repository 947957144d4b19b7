"""The services that add, change, delete (to a bin), restore and read activities and trainings
(their values: :mod:`kesu_desktop.records.types`).

Every write validates first (:mod:`kesu_desktop.records.validation`), so nothing invalid reaches the store and a
refused input leaves stored data untouched; every write is recorded in the change history (who, when,
field: old → new).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session, selectinload

from db import models
from kesu_desktop.base.errors import RecordNotFoundError
from kesu_desktop.records.locks import ensure_unlocked
from kesu_desktop.records.origins import ORIGIN_FIELD
from kesu_desktop.records.types import (
    Activity,
    ActivityInput,
    StoredRecord,
    Training,
    TrainingInput,
    activity_from_row,
    training_from_row,
)
from kesu_desktop.records.validation import validate_activity, validate_training
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of

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
    clean = validate_activity(data, reference, kept_form=row.form_code)
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
        .options(selectinload(models.Activity.target_groups))
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


# --- many records at a time (imports) ------------------------------------------------------------------------

RecordInput = ActivityInput | TrainingInput
_LOOKUP_CHUNK = 500
_ACTIVITY_FIELDS = tuple(name for name in ActivityInput.__dataclass_fields__ if name != "target_group_codes")
_TRAINING_FIELDS = tuple(TrainingInput.__dataclass_fields__)


def _validated(data: RecordInput, reference: ReferenceData, stored: RecordInput | None = None) -> RecordInput:
    if isinstance(data, ActivityInput):
        return validate_activity(
            data, reference, kept_form=stored.form_code if isinstance(stored, ActivityInput) else None
        )
    return validate_training(data, reference)


def _months(days: Iterable[date]) -> list[date]:
    """One day of each month among ``days``: :func:`ensure_unlocked` then asks once a month."""
    return list({month_of(day).code: day for day in days}.values())


def _entry(
    record_id: uuid.UUID,
    record_type: str,
    action: str,
    actor: str,
    at: datetime,
    change: tuple[str | None, object, object] = (None, None, None),
) -> dict[str, object]:
    """A row of the change history, as :func:`_log` writes it (``change``: field, old and new value)."""
    field_name, old, new = change
    return {
        "record_id": record_id,
        "record_type": record_type,
        "action": action,
        "field": field_name,
        "old_value": _as_text(old),
        "new_value": _as_text(new),
        "actor": actor,
        "at": at,
    }


def add_records(
    session: Session,
    unit_code: str,
    records: Sequence[tuple[uuid.UUID, RecordInput]],
    reference: ReferenceData,
    *,
    actor: str,
    origins: Mapping[uuid.UUID, str] | None = None,
) -> None:
    """Validate and store many new records (each with its number) in one go, each exactly as
    :func:`add_activity` or :func:`add_training` stores it, with its "create" entry in the change history;
    each month's lock is checked once. Nothing is stored when one of them is refused.

    A record with an entry in ``origins`` came from elsewhere than the editor: its "create" entry says where
    (:mod:`kesu_desktop.records.origins`)."""
    origins = origins or {}
    cleaned = [(record_id, _validated(data, reference)) for record_id, data in records]
    ensure_unlocked(session, unit_code, *_months(data.start_date for _id, data in cleaned))
    now = datetime.now()
    activities: list[dict[str, object]] = []
    groups: list[dict[str, object]] = []
    trainings: list[dict[str, object]] = []
    log: list[dict[str, object]] = []
    for record_id, clean in cleaned:
        values: dict[str, object] = {
            "id": record_id,
            "unit_code": unit_code,
            "created_at": now,
            "updated_at": now,
            "deleted_at": None,
            **clean.__dict__,
        }
        if isinstance(clean, ActivityInput):
            del values["target_group_codes"]
            activities.append(values)
            groups.extend(
                {"activity_id": record_id, "target_group_code": code, "position": position}
                for position, code in enumerate(clean.target_group_codes)
            )
        else:
            trainings.append(values)
        origin = origins.get(record_id)
        change = (None, None, None) if origin is None else (ORIGIN_FIELD, None, origin)
        log.append(_entry(record_id, _record_type(clean), "create", actor, now, change))
    for model, rows in (
        (models.Activity, activities),
        (models.ActivityTargetGroup, groups),
        (models.Training, trainings),
        (models.ChangeLog, log),
    ):
        if rows:
            session.execute(insert(model), rows)


def _record_type(data: RecordInput) -> str:
    return "activity" if isinstance(data, ActivityInput) else "training"


def get_records(session: Session, ids: Sequence[uuid.UUID]) -> dict[uuid.UUID, Activity | Training]:
    """The activities and trainings among ``ids`` that exist (in the bin or not), read in chunks as plain
    values: for many at a time."""
    link = models.ActivityTargetGroup
    found: dict[uuid.UUID, Activity | Training] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        groups: dict[uuid.UUID, list[str]] = {}
        for activity_id, code in session.execute(
            select(link.activity_id, link.target_group_code)
            .where(link.activity_id.in_(chunk))
            .order_by(link.activity_id, link.position)
        ):
            groups.setdefault(activity_id, []).append(code)
        for model, names in ((models.Activity, _ACTIVITY_FIELDS), (models.Training, _TRAINING_FIELDS)):
            meta = (model.id, model.unit_code, model.created_at, model.updated_at, model.deleted_at)
            query = select(*meta, *(getattr(model, name) for name in names)).where(model.id.in_(chunk))
            for row in session.execute(query):
                stored = StoredRecord(*row[:5])
                values = dict(zip(names, row[5:], strict=True))
                if model is models.Activity:
                    data = ActivityInput(target_group_codes=tuple(groups.get(stored.id, ())), **values)
                    found[stored.id] = Activity(data, stored)
                else:
                    found[stored.id] = Training(TrainingInput(**values), stored)
    return found


def update_records(
    session: Session, records: Sequence[tuple[uuid.UUID, RecordInput]], reference: ReferenceData, *, actor: str
) -> None:
    """Validate and store changes to many records in one go, each exactly as :func:`update_activity` or
    :func:`update_training` stores it, recording each changed field (old → new); each month's lock (of the
    old and the new dates) is checked once. Nothing is stored when one of them is refused."""
    current = get_records(session, [record_id for record_id, _data in records])
    pairs: list[tuple[Activity | Training, RecordInput]] = []
    for record_id, data in records:
        record = current.get(record_id)
        if record is None or isinstance(record.data, ActivityInput) != isinstance(data, ActivityInput):
            raise RecordNotFoundError(str(record_id))
        pairs.append((record, _validated(data, reference, record.data)))
    for unit_code in {record.meta.unit_code for record, _clean in pairs}:
        days = [
            day
            for record, clean in pairs
            if record.meta.unit_code == unit_code
            for day in (record.data.start_date, clean.start_date)
        ]
        ensure_unlocked(session, unit_code, *_months(days))
    now = datetime.now()
    rows: dict[str, list[dict[str, object]]] = {"activity": [], "training": []}
    regrouped: list[uuid.UUID] = []
    groups: list[dict[str, object]] = []
    log: list[dict[str, object]] = []
    for record, clean in pairs:
        changes = _differences(record.data, clean)
        if not changes:
            continue
        record_id = record.meta.id
        record_type = _record_type(clean)
        values: dict[str, object] = {"id": record_id, "updated_at": now, **clean.__dict__}
        if isinstance(clean, ActivityInput):
            del values["target_group_codes"]
            if any(name == "target_group_codes" for name, _old, _new in changes):
                regrouped.append(record_id)
                groups.extend(
                    {"activity_id": record_id, "target_group_code": code, "position": position}
                    for position, code in enumerate(clean.target_group_codes)
                )
        rows[record_type].append(values)
        log.extend(_entry(record_id, record_type, "update", actor, now, change) for change in changes)
        loaded = session.identity_map.get(Session.identity_key(_MODELS[record_type], record_id))
        if loaded is not None:
            session.expire(loaded)  # written below past the session, so read again when next used
    for record_type, changed in rows.items():
        if changed:
            session.execute(update(_MODELS[record_type]), changed)
    link = models.ActivityTargetGroup
    for start in range(0, len(regrouped), _LOOKUP_CHUNK):
        session.execute(delete(link).where(link.activity_id.in_(regrouped[start : start + _LOOKUP_CHUNK])))
    for model, new_rows in ((link, groups), (models.ChangeLog, log)):
        if new_rows:
            session.execute(insert(model), new_rows)
