"""The county's own words kept with a report (the evaluation's 总体情况, 主要成效, 存在问题, 下一步打算): one passage
a report kind, scope and key, stored in ``report_text`` and read back by the report's builder; an empty passage
is no passage."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

MAX_LENGTH = 5000
EVALUATION_SECTIONS = (
    ("summary", "总体情况"),
    ("achievements", "主要成效"),
    ("problems", "存在问题"),
    ("next", "下一步打算"),
)
"""The evaluation's passages: key and heading, in the report's order."""
KEYS = {"evaluation": tuple(key for key, _heading in EVALUATION_SECTIONS)}
"""The keys each kind of report keeps text under."""


def report_texts(session: Session, kind: str, scope: str) -> dict[str, str]:
    """Key -> text of every passage stored for the report of ``kind`` and ``scope``."""
    rows = session.scalars(
        select(models.ReportText).where(models.ReportText.kind == kind, models.ReportText.scope == scope)
    )
    return {row.key: row.text for row in rows}


def _checked(kind: str, key: str, text: str) -> str:
    if key not in KEYS.get(kind, ()):
        raise ValidationError(
            "key",
            QT_TRANSLATE_NOOP("Errors", "Report text: '{value}' is not a passage of this report; give one of {keys}."),
            value=key,
            keys=", ".join(KEYS.get(kind, ())) or "—",
        )
    if len(text) > MAX_LENGTH:
        raise ValidationError(
            "text",
            QT_TRANSLATE_NOOP(
                "Errors", "Report text ({key}): {length} characters is too long; shorten it to at most {limit}."
            ),
            key=key,
            length=len(text),
            limit=MAX_LENGTH,
        )
    return text.strip()


def set_report_text(
    session: Session, kind: str, scope: str, key: str, text: str, *, by: str, now: datetime | None = None
) -> None:
    """Keep ``text`` as the passage ``key`` of the report (``kind``, ``scope``), with who wrote it and when; an
    empty text removes the passage. ValidationError naming ``key`` or ``text`` (nothing changed) otherwise."""
    value = _checked(kind, key, text)
    row = session.get(models.ReportText, (kind, scope, key))
    if not value:
        if row is not None:
            session.delete(row)
            session.flush()
        return
    at = now or datetime.now().replace(microsecond=0)
    if row is None:
        session.add(models.ReportText(kind=kind, scope=scope, key=key, text=value, updated_at=at, updated_by=by))
    else:
        row.text, row.updated_at, row.updated_by = value, at, by
    session.flush()
