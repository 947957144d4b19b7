"""Checks on records before they are stored, each failing with a message that names the field and the fix.

The same rules stand in the database as CHECK constraints, so a bypassed check still cannot store nonsense.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from decimal import Decimal
from typing import TypeVar

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData

EARLIEST_DATE = date(2000, 1, 1)
TITLE_MAX = 200
TEXT_MAX = 200
NOTES_MAX = 4_000  # far below the 32,767 characters of an Excel cell, so notes pass unchanged through a workbook
COUNT_MAX = 999_999_999  # far above any real figure, and within a 32-bit spin box and SQLite's INTEGER
HOURS_MAX = 10_000

Record = TypeVar("Record", ActivityInput, TrainingInput)


def _fail(field: str, template: str, **values: object) -> ValidationError:
    return ValidationError(field, template, label=LABELS[field], **values)


def _text(record: Record, field: str, limit: int, *, required: bool = False) -> str:
    value = " ".join(str(getattr(record, field)).split())
    if required and not value:
        raise _fail(field, QT_TRANSLATE_NOOP("Errors", "{label}: required; please fill it in."))
    if len(value) > limit:
        raise _fail(field, QT_TRANSLATE_NOOP("Errors", "{label}: at most {limit} characters; shorten it."), limit=limit)
    return value


def _notes(record: Record) -> str:
    value = str(record.notes).strip()
    if len(value) > NOTES_MAX:
        raise _fail(
            "notes", QT_TRANSLATE_NOOP("Errors", "{label}: at most {limit} characters; shorten it."), limit=NOTES_MAX
        )
    return value


def _count(record: Record, field: str, *, required: bool = False) -> int | None:
    value = getattr(record, field)
    if value is None:
        if required:
            raise _fail(field, QT_TRANSLATE_NOOP("Errors", "{label}: required; enter a whole number (0 if none)."))
        return None
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise _fail(field, QT_TRANSLATE_NOOP("Errors", "{label}: enter a whole number of 0 or more."))
    if value > COUNT_MAX:
        raise _fail(
            field,
            QT_TRANSLATE_NOOP("Errors", "{label}: {value} is too large; at most {limit}."),
            value=value,
            limit=COUNT_MAX,
        )
    return value


def _part(record: Record, field: str, whole_field: str) -> int | None:
    part = _count(record, field)
    whole = getattr(record, whole_field)
    if part is not None and whole is not None and part > whole:
        raise _fail(
            field,
            QT_TRANSLATE_NOOP("Errors", "{label}: {part} is more than the whole ({whole}); correct one of them."),
            part=part,
            whole=whole,
        )
    return part


def _dates(record: Record, today: date) -> None:
    """A record is of something done: its dates lie between :data:`EARLIEST_DATE` and today."""
    for field in ("start_date", "end_date"):
        value = getattr(record, field)
        if not isinstance(value, date):
            raise _fail(field, QT_TRANSLATE_NOOP("Errors", "{label}: required; pick a date."))
        if value > today:
            raise _fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Errors", "{label}: {value} is after today; enter the day it was held, not later than today."
                ),
                value=value.isoformat(),
            )
        if value < EARLIEST_DATE:
            raise _fail(
                field,
                QT_TRANSLATE_NOOP(
                    "Errors", "{label}: {value} is out of range; use a date from {earliest} to {latest}."
                ),
                value=value.isoformat(),
                earliest=EARLIEST_DATE.isoformat(),
                latest=today.isoformat(),
            )
    if record.end_date < record.start_date:
        raise _fail("end_date", QT_TRANSLATE_NOOP("Errors", "{label}: the end date is before the start date."))


def _code(record: Record, field: str, known: set[str], *, required: bool = True) -> str | None:
    value = getattr(record, field) or None
    if value is None and not required:
        return None
    if value not in known:
        raise _fail(field, QT_TRANSLATE_NOOP("Errors", "{label}: choose one from the list."))
    return str(value)


def validate_activity(
    record: ActivityInput, reference: ReferenceData, today: date | None = None, *, kept_form: str | None = None
) -> ActivityInput:
    """The activity cleaned (blanks folded), or the first :class:`ValidationError` found. A retired form is
    accepted only as ``kept_form``: the form the stored record already has."""
    today = today or date.today()
    title = _text(record, "title", TITLE_MAX, required=True)
    _dates(record, today)
    _code(record, "form_code", {f.code for f in reference.activity_forms if f.active or f.code == kept_form})
    groups = tuple(dict.fromkeys(record.target_group_codes))
    known_groups = {g.code for g in reference.target_groups}
    if not groups or any(code not in known_groups for code in groups):
        raise _fail("target_group_codes", QT_TRANSLATE_NOOP("Errors", "{label}: choose at least one from the list."))
    return replace(
        record,
        title=title,
        target_group_codes=groups,
        campaign_code=_code(record, "campaign_code", {c.code for c in reference.campaigns}, required=False),
        key_project_code=_code(record, "key_project_code", {k.code for k in reference.key_projects}, required=False),
        venue=_text(record, "venue", TEXT_MAX),
        organiser=_text(record, "organiser", TEXT_MAX),
        partners=_text(record, "partners", 300),
        participants=_count(record, "participants", required=True),
        women=_part(record, "women", "participants"),
        volunteers=_count(record, "volunteers"),
        materials=_count(record, "materials"),
        notes=_notes(record),
    )


def validate_training(record: TrainingInput, reference: ReferenceData, today: date | None = None) -> TrainingInput:
    """The training cleaned (blanks folded), or the first :class:`ValidationError` found."""
    today = today or date.today()
    title = _text(record, "title", TITLE_MAX, required=True)
    _dates(record, today)
    _code(record, "kind_code", {k.code for k in reference.training_kinds})
    _code(record, "target_group_code", {g.code for g in reference.target_groups})
    hours = record.hours
    if hours is not None and (
        isinstance(hours, bool)
        or not isinstance(hours, Decimal | int)
        or not Decimal(hours).is_finite()
        or not 0 <= hours <= HOURS_MAX
    ):
        raise _fail("hours", QT_TRANSLATE_NOOP("Errors", "{label}: enter a number of hours from 0 to 10000."))
    return replace(
        record,
        title=title,
        venue=_text(record, "venue", TEXT_MAX),
        organisation=_text(record, "organisation", TEXT_MAX),
        sessions=_count(record, "sessions", required=True),
        trainees=_count(record, "trainees", required=True),
        women=_part(record, "women", "trainees"),
        low_income=_part(record, "low_income", "trainees"),
        certified=_part(record, "certified", "trainees"),
        hours=None if hours is None else Decimal(hours).quantize(Decimal("0.1")),
        notes=_notes(record),
    )
