"""What the migrations write for SQLite alone, in its PostgreSQL form: the guards of the change history and of
the installation row. SQLite's triggers (``SELECT RAISE(ABORT, …)`` with a ``WHEN`` clause) cannot be written in
PostgreSQL, which runs a trigger function; each guard here is one function and one trigger of the same name, the
condition of SQLite's ``WHEN`` inside it. The records' text search (FTS5, migration 0009) has no PostgreSQL form:
it serves a township's lists, and a township's store is always SQLite.

Only a county office's store lives on PostgreSQL (issue 17); these guards keep its setup as a township's, and the
write lock serialises its writers as SQLite's lock does. The rest are the server's catalogue and statistics as
``check``, the backups and a copy of the store read them.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, Integer, Table

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


def reset_sequences(connection: Connection, tables: list[Table]) -> None:
    """Move each table's id sequence past the ids copied into it, so that the next row added gets a new one."""
    for table in tables:
        key = list(table.primary_key.columns)
        if len(key) == 1 and isinstance(key[0].type, Integer):
            column = key[0]
            connection.exec_driver_sql(
                f"SELECT setval(pg_get_serial_sequence('{table.name}', '{column.name}'), "
                f"COALESCE(MAX({column.name}), 0) + 1, false) FROM {table.name}"
            )


def is_postgresql() -> bool:
    """Whether the migration running is on PostgreSQL."""
    from alembic import op  # the migrations' operations; the write lock above is used by the running app

    return bool(op.get_bind().dialect.name == "postgresql")


def guard_body(name: str) -> str:
    """The body of the guard's trigger function, as :func:`create_guards` writes it."""
    guard = GUARDS[name]
    kept = "OLD" if "DELETE" in guard.event else "NEW"
    return f" BEGIN IF {guard.condition} THEN RAISE EXCEPTION '{guard.message}'; END IF; RETURN {kept}; END "


def create_guards(names: list[str]) -> None:
    from alembic import op

    for name in names:
        guard = GUARDS[name]
        op.execute(f"CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $${guard_body(name)}$$")
        op.execute(f"CREATE TRIGGER {name} {guard.event} ON {guard.table} FOR EACH ROW EXECUTE FUNCTION {name}()")


@dataclass(frozen=True)
class FoundTrigger:
    """A trigger in the database, as the server's catalogue describes it."""

    table: str
    enabled: bool
    body: str
    """The source of the function it runs."""


def found_triggers(connection: Connection) -> dict[str, FoundTrigger]:
    """Every trigger made by a user in the database (not the server's own, which keep the foreign keys)."""
    rows = connection.exec_driver_sql(
        "SELECT t.tgname, c.relname, t.tgenabled <> 'D', p.prosrc FROM pg_trigger t "
        "JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal"
    )
    return {str(name): FoundTrigger(str(table), bool(enabled), str(body)) for name, table, enabled, body in rows}


def unchecked_foreign_keys(connection: Connection) -> list[tuple[str, str]]:
    """The foreign keys the server does not hold to (added ``NOT VALID``): table and key name."""
    rows = connection.exec_driver_sql(
        "SELECT conrelid::regclass::text, conname FROM pg_constraint WHERE contype = 'f' AND NOT convalidated"
    )
    return [(str(table), str(name)) for table, name in rows]


def drop_guards(names: list[str]) -> None:
    from alembic import op

    for name in names:
        op.execute(f"DROP TRIGGER {name} ON {GUARDS[name].table}")
        op.execute(f"DROP FUNCTION {name}()")


def server_version(connection: Connection) -> int:
    """The server's release as a number (``server_version_num``: 150004 for 15.4)."""
    return int(connection.exec_driver_sql("SHOW server_version_num").scalar_one())


def database_size(connection: Connection) -> int:
    """The size of the database on the server's disk, in bytes."""
    return int(connection.exec_driver_sql("SELECT pg_database_size(current_database())").scalar_one())


def write_marks(connection: Connection, tables: list[str]) -> list[int]:
    """Each table's row count and the newest transaction that wrote one of its rows (``xmin``): equal marks mean
    nothing was added, changed or removed in between, whoever wrote."""
    marks: list[int] = []
    for table in tables:
        count, newest = connection.exec_driver_sql(
            f"SELECT COUNT(*), COALESCE(MAX(xmin::text::bigint), 0) FROM {table}"
        ).one()
        marks += [int(count), int(newest)]
    return marks
