"""The ``check`` job: is the store whole and consistent?

Checks the SQLite file itself (page integrity, foreign keys; a store on a server keeps its own pages and foreign
keys, so there only that none of its foreign keys was switched off), the schema revision, the guards (the triggers the
migrations create, compared with their definitions there, so a dropped or altered one is found), the search
tables of the record lists (their triggers, and their index against the records), the setup (also
whether the installation row or its demo mark looks changed outside KeSu), and the record rules that the
database also enforces, and reports each finding as a plain problem.

The triggers stop changes made through KeSu; the setup checks look for the traces a change made with other tools
leaves: records or history without a setup, a setup dated after the first entry of the history, exported returns
of another installation, or a demo mark that does not match the history and the returns (demo data is written by
the actor ``demo``, and the returns say whether they were demo).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlalchemy import Connection, func, select
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session

from db import models, sqlite
from db.postgresql import GUARDS, found_triggers, guard_body, unchecked_foreign_keys
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.database import (
    Store,
    current_revision,
    head_revision,
    is_known_revision,
    migration_triggers,
)

DEMO_ACTOR = "demo"  # who the demo data's history entries name (kesu_desktop.records.demo.DEMO_ACTOR)


_LOST_GUARD = QT_TRANSLATE_NOOP(
    "Errors",
    "The database has lost its guard {name}, which keeps the change history and the setup from being altered: it "
    "was removed outside KeSu. Ask the county office to look at this data folder.",
)
_ALTERED_GUARD = QT_TRANSLATE_NOOP(
    "Errors",
    "The database's guard {name} was altered outside KeSu and may no longer keep the change history and the setup "
    "from being changed. Ask the county office to look at this data folder.",
)
_FOREIGN_TRIGGER = QT_TRANSLATE_NOOP(
    "Errors",
    "The database holds a trigger {name} that KeSu did not make: it was added outside KeSu. Ask the county office "
    "to look at this data folder.",
)


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
    server: str | None = None
    """The server the store is on (``user@host:port/database``); None for the folder's own file."""

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
    problems: list[Problem] = [] if store.server else _file_problems(store)
    revision = current_revision(store.engine)
    if revision != head_revision():
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP("Errors", "The schema is at {found}, not at {expected}."),
                {"found": revision, "expected": head_revision()},
            )
        )
    if revision is not None and is_known_revision(revision):
        with store.engine.connect() as connection:
            if store.server:
                problems.extend(_server_guard_problems(connection, migration_triggers(revision)))
            else:
                problems.extend(
                    _guard_problems(
                        connection, migration_triggers(revision), migration_triggers(revision, "SEARCH_TRIGGERS")
                    )
                )
                problems.extend(_search_problems(connection))
    with store.reading() as session:
        problems.extend(_setup_problems(session))
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
    server = store.server.describe() if store.server else None
    return CheckReport(revision, activities, trainings, tuple(problems), server)


def _file_problems(store: Store) -> list[Problem]:
    """What SQLite finds wrong with the file: damaged pages, rows referring to missing rows."""
    problems: list[Problem] = []
    with store.engine.connect() as connection:
        integrity = sqlite.integrity_check(connection)
        if integrity != ["ok"]:
            problems.extend(
                Problem(QT_TRANSLATE_NOOP("Errors", "The database file is damaged: {detail}"), {"detail": line})
                for line in integrity
            )
        for table, parent in sqlite.foreign_key_problems(connection):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP("Errors", "A row in {table} refers to a missing entry in {parent}."),
                    {"table": table, "parent": parent},
                )
            )
    return problems


def _normalised(sql: str) -> str:
    return " ".join(sql.split())


def _guard_problems(connection: Connection, expected: dict[str, str], search: dict[str, str]) -> list[Problem]:
    """Each trigger the migrations made (the guards ``expected``, and those keeping the ``search`` tables) that is
    missing or not as they made it, and each one they did not make."""
    found = sqlite.triggers(connection)
    problems = []
    for name, definition in expected.items():
        if name not in found:
            problems.append(
                Problem(
                    _LOST_GUARD,
                    {"name": name},
                )
            )
        elif _normalised(found[name]) != _normalised(definition):
            problems.append(
                Problem(
                    _ALTERED_GUARD,
                    {"name": name},
                )
            )
    for name, definition in search.items():
        if _normalised(found.get(name, "")) != _normalised(definition):
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The trigger {name}, which keeps the search of the record lists up to date, is missing or "
                        "was altered outside KeSu: searching the lists may miss records. Ask the county office to "
                        "look at this data folder.",
                    ),
                    {"name": name},
                )
            )
    for name in sorted(set(found) - set(expected) - set(search)):
        problems.append(
            Problem(
                _FOREIGN_TRIGGER,
                {"name": name},
            )
        )
    return problems


def _server_guard_problems(connection: Connection, expected: dict[str, str]) -> list[Problem]:
    """On a server: each guard the migrations made that is missing, switched off, or not as they made it; each
    trigger they did not make; and each foreign key the server was told not to hold to."""
    found = found_triggers(connection)
    problems = []
    for name in expected:
        trigger = found.get(name)
        if trigger is None:
            problems.append(Problem(_LOST_GUARD, {"name": name}))
        elif (
            not trigger.enabled
            or trigger.table != GUARDS[name].table
            or _normalised(trigger.body) != _normalised(guard_body(name))
        ):
            problems.append(Problem(_ALTERED_GUARD, {"name": name}))
    problems.extend(Problem(_FOREIGN_TRIGGER, {"name": name}) for name in sorted(set(found) - set(expected)))
    problems.extend(
        Problem(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The foreign key {key} of {table} was switched off outside KeSu, so rows may refer to missing "
                "entries. Ask whoever looks after the server to look at this database.",
            ),
            {"key": key, "table": table},
        )
        for table, key in unchecked_foreign_keys(connection)
    )
    return problems


def _search_problems(connection: Connection) -> list[Problem]:
    """Each search table whose index does not match the records it searches (FTS5's own integrity check)."""
    problems = []
    for table in sqlite.search_tables(connection):
        try:
            with connection.begin_nested():
                sqlite.check_search_index(connection, table)
        except DatabaseError:
            problems.append(
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The search index {name} does not match the records: searching the lists may miss "
                        "records or find wrong ones. Ask the county office to look at this data folder.",
                    ),
                    {"name": table},
                )
            )
    return problems


def _any(session: Session, model: type[models.Base]) -> bool:
    return session.scalar(select(func.count()).select_from(model)) != 0


def _setup_problems(session: Session) -> list[Problem]:
    """Whether the folder is set up, and whether its installation row or demo mark looks changed outside KeSu."""
    row = session.get(models.Installation, 1)
    if row is None:
        if any(_any(session, model) for model in (models.Activity, models.Training, models.ChangeLog)):
            return [
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The setup of this data folder is missing although it holds records: it was deleted outside "
                        "KeSu. Ask the county office to look at this data folder.",
                    )
                )
            ]
        return [Problem(QT_TRANSLATE_NOOP("Errors", "The data folder is not set up yet (run 'init')."))]
    problems = []
    first_change = session.scalar(select(func.min(models.ChangeLog.at)))
    if first_change is not None and row.created_at > first_change:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The setup of this data folder is dated {created}, after the first entry of its change history "
                    "({first}): it was replaced outside KeSu. Ask the county office to look at this data folder.",
                ),
                {"created": f"{row.created_at:%Y-%m-%d %H:%M}", "first": f"{first_change:%Y-%m-%d %H:%M}"},
            )
        )
    returns = [
        json.loads(payload)
        for payload in session.scalars(
            select(models.ReturnVersion.payload).where(models.ReturnVersion.unit_code == row.unit_code)
        )
    ]
    installations = {str(payload.get("installation_id")) for payload in returns} - {str(row.installation_id)}
    if installations:
        problems.append(
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The returns this data folder exported were made by another installation ({other}): its setup "
                    "was replaced outside KeSu. Ask the county office to look at this data folder.",
                ),
                {"other": ", ".join(sorted(installations))},
            )
        )
    problems.extend(_demo_mark_problems(session, row, [payload.get("demo") for payload in returns]))
    return problems


def _demo_mark_problems(session: Session, row: models.Installation, returns_demo: list[object]) -> list[Problem]:
    """A demo mark the history and the returns contradict: set outside KeSu, it would let the history be deleted
    (demo), or pass demo records off as real ones (real)."""
    demo_entries = session.scalar(select(func.count()).where(models.ChangeLog.actor == DEMO_ACTOR)) or 0
    if row.is_demo:
        if (_any(session, models.ChangeLog) and not demo_entries) or False in returns_demo:
            return [
                Problem(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "This data folder is marked as a demo, but its change history or its returns are those of "
                        "real work: the mark was set outside KeSu, which lets the history be deleted. Ask the county "
                        "office to look at this data folder.",
                    )
                )
            ]
    elif demo_entries or True in returns_demo:
        return [
            Problem(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This data folder is marked for real work, but its change history or its returns come from demo "
                    "data: the mark was changed outside KeSu, so demo records would pass for real ones. Ask the "
                    "county office to look at this data folder.",
                )
            )
        ]
    return []
