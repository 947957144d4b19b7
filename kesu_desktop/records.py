"""Activities and trainings: the plain values the front ends see, and the services that store and read them.

Every write validates first (:mod:`kesu_desktop.validation`), so nothing invalid reaches the store and a
refused input leaves stored data untouched.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.reference import ReferenceData
from kesu_desktop.validation import validate_activity, validate_training


@dataclass(frozen=True)
class ActivityInput:
    """An activity (科普活动) as entered. A figure left as None was not filled in."""

    title: str
    start_date: date
    end_date: date
    form_code: str
    target_group_codes: tuple[str, ...]
    campaign_code: str | None = None
    key_project_code: str | None = None
    venue: str = ""
    organiser: str = ""
    partners: str = ""
    participants: int | None = None
    women: int | None = None
    volunteers: int | None = None
    materials: int | None = None
    notes: str = ""


@dataclass(frozen=True)
class TrainingInput:
    """A training (培训) as entered. A figure left as None was not filled in."""

    title: str
    start_date: date
    end_date: date
    kind_code: str
    target_group_code: str
    venue: str = ""
    organisation: str = ""
    sessions: int | None = None
    trainees: int | None = None
    women: int | None = None
    low_income: int | None = None
    certified: int | None = None
    hours: Decimal | None = None
    notes: str = ""


@dataclass(frozen=True)
class StoredRecord:
    id: uuid.UUID
    unit_code: str
    created_at: datetime
    updated_at: datetime
    deleted_at: datetime | None = field(default=None)


@dataclass(frozen=True)
class Activity:
    data: ActivityInput
    meta: StoredRecord


@dataclass(frozen=True)
class Training:
    data: TrainingInput
    meta: StoredRecord


def _meta(row: models.Activity | models.Training) -> StoredRecord:
    return StoredRecord(row.id, row.unit_code, row.created_at, row.updated_at, row.deleted_at)


def _activity(row: models.Activity) -> Activity:
    data = ActivityInput(
        title=row.title,
        start_date=row.start_date,
        end_date=row.end_date,
        form_code=row.form_code,
        target_group_codes=tuple(link.target_group_code for link in row.target_groups),
        campaign_code=row.campaign_code,
        key_project_code=row.key_project_code,
        venue=row.venue,
        organiser=row.organiser,
        partners=row.partners,
        participants=row.participants,
        women=row.women,
        volunteers=row.volunteers,
        materials=row.materials,
        notes=row.notes,
    )
    return Activity(data, _meta(row))


def _training(row: models.Training) -> Training:
    data = TrainingInput(
        title=row.title,
        start_date=row.start_date,
        end_date=row.end_date,
        kind_code=row.kind_code,
        target_group_code=row.target_group_code,
        venue=row.venue,
        organisation=row.organisation,
        sessions=row.sessions,
        trainees=row.trainees,
        women=row.women,
        low_income=row.low_income,
        certified=row.certified,
        hours=row.hours,
        notes=row.notes,
    )
    return Training(data, _meta(row))


def add_activity(
    session: Session,
    unit_code: str,
    data: ActivityInput,
    reference: ReferenceData,
    *,
    record_id: uuid.UUID | None = None,
) -> Activity:
    clean = validate_activity(data, reference)
    now = datetime.now()
    values = {k: v for k, v in clean.__dict__.items() if k != "target_group_codes"}
    row = models.Activity(
        id=record_id or uuid.uuid4(), unit_code=unit_code, created_at=now, updated_at=now, deleted_at=None, **values
    )
    row.target_groups = [
        models.ActivityTargetGroup(target_group_code=code, position=position)
        for position, code in enumerate(clean.target_group_codes)
    ]
    session.add(row)
    session.flush()
    return _activity(row)


def add_training(
    session: Session,
    unit_code: str,
    data: TrainingInput,
    reference: ReferenceData,
    *,
    record_id: uuid.UUID | None = None,
) -> Training:
    clean = validate_training(data, reference)
    now = datetime.now()
    row = models.Training(
        id=record_id or uuid.uuid4(),
        unit_code=unit_code,
        created_at=now,
        updated_at=now,
        deleted_at=None,
        **clean.__dict__,
    )
    session.add(row)
    session.flush()
    return _training(row)


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
    return [_activity(row) for row in rows]


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
    return [_training(row) for row in rows]
