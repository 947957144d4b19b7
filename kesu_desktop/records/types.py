"""The plain values of activities and trainings that every layer passes around: a record as entered
(:class:`ActivityInput`, :class:`TrainingInput`) and as stored (with its id, unit and times)."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import Row

from db import models


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


def _meta(row: models.Activity | models.Training | Row[Any]) -> StoredRecord:
    return StoredRecord(row.id, row.unit_code, row.created_at, row.updated_at, row.deleted_at)


def activity_from_row(row: models.Activity | Row[Any], target_group_codes: tuple[str, ...] | None = None) -> Activity:
    """The activity of a stored row: an ORM object, or a plain row of the table with its target groups given."""
    if target_group_codes is None:
        assert isinstance(row, models.Activity)
        target_group_codes = tuple(link.target_group_code for link in row.target_groups)
    data = ActivityInput(
        title=row.title,
        start_date=row.start_date,
        end_date=row.end_date,
        form_code=row.form_code,
        target_group_codes=target_group_codes,
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


def training_from_row(row: models.Training | Row[Any]) -> Training:
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


RECORD_TYPES = ("activity", "training")
Record = Activity | Training
