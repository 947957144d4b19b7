"""What the migrations write for SQLite alone, in its PostgreSQL form: the guards of the change history and of
the installation row. SQLite's triggers (``SELECT RAISE(ABORT, …)`` with a ``WHEN`` clause) cannot be written in
PostgreSQL, which runs a trigger function; each guard here is one function and one trigger of the same name, the
condition of SQLite's ``WHEN`` inside it. The records' text search (FTS5, migration 0009) has no PostgreSQL form:
it serves a township's lists, and a township's store is always SQLite.

Only a county office's store lives on PostgreSQL (issue 17); these guards keep its setup as a township's, and the
write lock serialises its writers as SQLite's lock does.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection

WRITE_LOCK = 4_771_023
"""The advisory lock every job that writes takes first (:func:`take_write_lock`): one writer at a time, as SQLite
has it, so that what an import matches against the store cannot change before it writes."""


@dataclass(frozen=True)
class Guard:
    table: str
    event: str
    """``BEFORE UPDATE``, ``BEFORE DELETE`` …, as in ``CREATE TRIGGER``."""
    condition: str
    """When the change is refused (SQL over ``NEW``, ``OLD`` and the tables)."""
    message: str


GUARDS = {
    "change_log_no_update": Guard("change_log", "BEFORE UPDATE", "TRUE", "the change history cannot be changed"),
    "change_log_no_delete": Guard(
        "change_log",
        "BEFORE DELETE",
        "NOT EXISTS (SELECT 1 FROM installation WHERE is_demo)",
        "the change history cannot be deleted",
    ),
    "installation_is_demo_fixed": Guard(
        "installation",
        "BEFORE UPDATE OF is_demo",
        "NEW.is_demo IS DISTINCT FROM OLD.is_demo",
        "whether a data folder is a demo cannot be changed",
    ),
    "installation_single_insert": Guard(
        "installation",
        "BEFORE INSERT",
        "EXISTS (SELECT 1 FROM installation)",
        "a data folder has one installation; it cannot be replaced",
    ),
    "installation_no_delete": Guard(
        "installation", "BEFORE DELETE", "TRUE", "the installation of a data folder cannot be deleted"
    ),
}


def take_write_lock(connection: Connection) -> None:
    """Wait for the store's write lock and hold it until the transaction ends."""
    connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITE_LOCK})")


def is_postgresql() -> bool:
    """Whether the migration running is on PostgreSQL."""
    from alembic import op  # the migrations' operations; the write lock above is used by the running app

    return bool(op.get_bind().dialect.name == "postgresql")


def create_guards(names: list[str]) -> None:
    from alembic import op

    for name in names:
        guard = GUARDS[name]
        kept = "OLD" if "DELETE" in guard.event else "NEW"
        op.execute(
            f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
            f"IF {guard.condition} THEN RAISE EXCEPTION '{guard.message}'; END IF; RETURN {kept}; END $$"
        )
        op.execute(f"CREATE TRIGGER {name} {guard.event} ON {guard.table} FOR EACH ROW EXECUTE FUNCTION {name}()")


def drop_guards(names: list[str]) -> None:
    from alembic import op

    for name in names:
        op.execute(f"DROP TRIGGER {name} ON {GUARDS[name].table}")
        op.execute(f"DROP FUNCTION {name}()")
