"""Plausibility warnings a clerk may confirm: the same title on the same date already recorded (a probable
duplicate), and a figure far above what this unit usually records.

Unlike validation these never refuse a record; the front end shows them and asks.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from dataclasses import field as default
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.types import ActivityInput, TrainingInput

HISTORY_NEEDED = 10
HISTORY_SIZE = 500
FAR_ABOVE = 5
FIGURES = {"activity": ("participants", "volunteers", "materials"), "training": ("trainees", "sessions")}


@dataclass(frozen=True)
class PlausibilityWarning:
    field: str
    template: str
    values: dict[str, object] = default(default_factory=dict)

    @property
    def label(self) -> str:
        return LABELS[self.field]


def _model(record_type: str) -> type[models.Activity] | type[models.Training]:
    return models.Activity if record_type == "activity" else models.Training


def _usual(session: Session, record_type: str, unit_code: str, name: str, exclude: uuid.UUID | None) -> int | None:
    """The unit's 90th percentile of a figure over its latest records, or None with too little history."""
    model = _model(record_type)
    column = getattr(model, name)
    statement = (
        select(column)
        .where(model.unit_code == unit_code, model.deleted_at.is_(None), column.is_not(None))
        .order_by(model.start_date.desc())
        .limit(HISTORY_SIZE)
    )
    if exclude is not None:
        statement = statement.where(model.id != exclude)
    values = sorted(session.scalars(statement))
    if len(values) < HISTORY_NEEDED:
        return None
    return int(values[int(len(values) * 0.9)])


def check_plausibility(
    session: Session,
    record_type: str,
    unit_code: str,
    data: ActivityInput | TrainingInput,
    record_id: uuid.UUID | None = None,
) -> list[PlausibilityWarning]:
    """Warnings for a record about to be saved (``record_id`` when it is an edit)."""
    warnings: list[PlausibilityWarning] = []
    model = _model(record_type)
    duplicate = select(func.count(model.id)).where(
        model.unit_code == unit_code,
        model.deleted_at.is_(None),
        model.title == " ".join(data.title.split()),
        model.start_date == data.start_date,
    )
    if record_id is not None:
        duplicate = duplicate.where(model.id != record_id)
    if isinstance(data.start_date, date) and session.scalar(duplicate):
        warnings.append(
            PlausibilityWarning(
                "title",
                QT_TRANSLATE_NOOP(
                    "Warnings", "A record with the same title on {date} is already stored. Is this a duplicate?"
                ),
                {"date": data.start_date.isoformat()},
            )
        )
    for name in FIGURES[record_type]:
        value = getattr(data, name)
        if value is None:
            continue
        usual = _usual(session, record_type, unit_code, name, record_id)
        if usual and value > FAR_ABOVE * usual:
            warnings.append(
                PlausibilityWarning(
                    name,
                    QT_TRANSLATE_NOOP(
                        "Warnings",
                        "{label}: {value} is far above this unit's usual (up to about {usual}). Is it right?",
                    ),
                    {"value": value, "usual": usual},
                )
            )
    return warnings
