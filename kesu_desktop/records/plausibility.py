"""Plausibility warnings a clerk may confirm: the same title on the same date already recorded (a probable
duplicate), a similar title on the same days in the other list (the same event entered once as an activity and
once as a training, which the return would count twice), and a figure far above what this unit usually records.

Unlike validation these never refuse a record; the front end shows them and asks. Nothing else calls them, so a
records import is never held up by one.
"""

from __future__ import annotations

import unicodedata
import uuid
from dataclasses import dataclass
from dataclasses import field as default
from datetime import date
from difflib import SequenceMatcher

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
SIMILAR_TITLES = 0.6  # difflib's ratio above which two titles name the same event (果树修剪技术讲座 / …培训: 0.8)
OTHER_LIST = {
    "activity": QT_TRANSLATE_NOOP(
        "Warnings",
        "The trainings list already has “{title}” on {date}. Is it the same event? Enter each event once: as an "
        "activity or as a training.",
    ),
    "training": QT_TRANSLATE_NOOP(
        "Warnings",
        "The activities list already has “{title}” on {date}. Is it the same event? Enter each event once: as an "
        "activity or as a training.",
    ),
}


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


def _letters(title: str) -> str:
    """The title without blanks and punctuation, for comparing (full-width and half-width alike)."""
    folded = unicodedata.normalize("NFKC", title).casefold()
    return "".join(c for c in folded if not unicodedata.category(c).startswith(("P", "Z", "S")))


def similar_titles(first: str, second: str) -> bool:
    a, b = _letters(first), _letters(second)
    return bool(a and b) and SequenceMatcher(None, a, b).ratio() >= SIMILAR_TITLES


def _in_other_list(
    session: Session, record_type: str, unit_code: str, data: ActivityInput | TrainingInput
) -> PlausibilityWarning | None:
    """A record of the other type on overlapping days with a similar title, if there is one."""
    other = _model("training" if record_type == "activity" else "activity")
    rows = session.execute(
        select(other.title, other.start_date)
        .where(
            other.unit_code == unit_code,
            other.deleted_at.is_(None),
            other.start_date <= data.end_date,
            other.end_date >= data.start_date,
        )
        .order_by(other.start_date)
    )
    for title, start in rows:
        if similar_titles(title, data.title):
            return PlausibilityWarning("title", OTHER_LIST[record_type], {"title": title, "date": start.isoformat()})
    return None


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
    if isinstance(data.start_date, date) and isinstance(data.end_date, date):
        same_event = _in_other_list(session, record_type, unit_code, data)
        if same_event is not None:
            warnings.append(same_event)
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
