"""The ``check`` job: is the store whole and consistent?

Checks the SQLite file itself (page integrity, foreign keys), the schema revision, the setup, and the record
rules that the database also enforces, and reports each finding as a plain problem.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import func, select, text
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.database import Store, current_revision, head_revision
from kesu_desktop.store.installation import read_installation


@dataclass(frozen=True)
class Problem:
    template: str
    values: dict[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class CheckReport:
    schema_revision: str | None
    activities: int
    trainings: int
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return not self.problems


def _count(session: Session, model: type[models.Activity] | type[models.Training]) -> int:
    return session.scalar(select(func.count()).select_from(model).where(model.deleted_at.is_(None))) or 0


def check_store(store: Store) -> CheckReport:
    """Every problem found; a file SQLite cannot read at all is reported as damaged, not raised."""
    try:
        return _check(store)
    except DatabaseError as exc:
        damaged = Problem(
            QT_TRANSLATE_NOOP("Errors", "The database file is damaged: {detail}"), {"detail": str(exc.orig)}
        )
        return CheckReport(None, 0, 0, (damaged,))


def _check(store: Store) -> CheckReport:
    problems: list[Problem] = []
    with store.engine.connect() as connection:
        # The store is SQLite by design; these two pragmas are how SQLite reports damage.
        integrity = [row[0] for row in connection.execute(text("PRAGMA integrity_check"))]
        if integrity != ["ok"]:
            problems.extend(
                Problem(QT_TRANSLATE_NOOP("Errors", "The database file is damaged: {detail}"), {"detail": line})
                for line in integrity
            )
        for row in connection.execute(text("PRAGMA foreign_key_check")):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "A row in {table} refers to a missing entry in {parent}."),
                    {"table": row[0], "parent": row[2]},
                )
            )
    revision = current_revision(store.engine)
    if revision != head_revision():
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("Errors", "The schema is at {found}, not at {expected}."),
                {"found": revision, "expected": head_revision()},
            )
        )
    with store.reading() as session:
        if read_installation(session) is None:
            problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "The data folder is not set up yet (run 'init').")))
        if not session.scalar(select(func.count()).select_from(models.Unit)):
            problems.append(Problem(QT_TRANSLATE_NOOP("Errors", "The reference data (units) is missing.")))
        activities = _count(session, models.Activity)
        trainings = _count(session, models.Training)
        untagged = session.scalar(
            select(func.count())
            .select_from(models.Activity)
            .where(~models.Activity.target_groups.any(), models.Activity.deleted_at.is_(None))
        )
        if untagged:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "{count} activities have no target group."),
                    {"count": untagged},
                )
            )
    return CheckReport(revision, activities, trainings, tuple(problems))
