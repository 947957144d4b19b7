"""Copying a whole store from one database to another, whatever the two engines: the backup of a store on a
server (into a SQLite file any KeSu opens), the copy taken before a server's store is upgraded, and moving a
county's store between its SQLite file and a server.

The copy is made table by table, parents before children, from one consistent view of the source (a
repeatable-read transaction on PostgreSQL) into a target migrated to the source's own schema revision, in one
transaction, so a copy that fails leaves the target as empty as it was. :func:`tallies` counts every table's
rows and sums its whole-number columns; equal tallies before and after are how a copy is verified.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Connection, Engine, Integer, Table, func, inspect, select

from db import models
from db.postgresql import reset_sequences
from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.database import (
    alembic_config,
    backup_database,
    create_sqlite_engine,
    current_revision,
    schema_changes_allowed,
)

BATCH_ROWS = 2_000
_NOT_COPIED = {"alembic_version"}  # written by the target's own migrations

CopyProgress = Callable[[str, int, int], None]
"""Told the table being copied, how many tables are done and how many there are in all."""


@dataclass(frozen=True)
class Tally:
    """A table's row count and the sum of each of its whole-number columns."""

    rows: int
    sums: tuple[tuple[str, int], ...]


class TargetNotEmptyError(StoreError):
    """The database a store would be copied into holds data already."""

    def __init__(self, where: str, table: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {where} already holds data (table {table}), so the store was not copied into it; "
                "nothing was changed. Give an empty database.",
            ),
            where=where,
            table=table,
        )


@contextmanager
def consistent_view(engine: Engine) -> Iterator[Connection]:
    """A connection that sees the database as it was at its first read, whatever is committed meanwhile."""
    with engine.connect() as connection:
        if connection.dialect.name == "postgresql":
            connection = connection.execution_options(isolation_level="REPEATABLE READ")
            with connection.begin():
                yield connection
            return
        connection.exec_driver_sql("BEGIN")
        try:
            yield connection
        finally:
            connection.rollback()


def store_tables(connection: Connection) -> dict[Table, set[str]]:
    """The KeSu tables the database holds (the models' tables, whose types read and write every engine alike),
    parents before children, each with the names of the columns it has there (fewer at an older revision)."""
    found = inspect(connection)
    present = set(found.get_table_names())
    return {
        table: {column["name"] for column in found.get_columns(table.name)}
        for table in models.Base.metadata.sorted_tables
        if table.name in present and table.name not in _NOT_COPIED
    }


def tallies(connection: Connection) -> dict[str, Tally]:
    """Every KeSu table's :class:`Tally`."""
    found: dict[str, Tally] = {}
    for table, names in store_tables(connection).items():
        numbers = [column for column in table.columns if column.name in names and isinstance(column.type, Integer)]
        row = connection.execute(
            select(func.count(), *(func.coalesce(func.sum(column), 0) for column in numbers)).select_from(table)
        ).one()
        found[table.name] = Tally(int(row[0]), tuple((c.name, int(v)) for c, v in zip(numbers, row[1:], strict=True)))
    return found


def upgrade_to(engine: Engine, revision: str) -> None:
    """Build an empty database's schema up to ``revision`` (the migrations, as on any store)."""
    from alembic import command

    config = alembic_config()
    with engine.begin() as connection, schema_changes_allowed(connection):
        config.attributes["connection"] = connection
        command.upgrade(config, revision)


def _first_filled(connection: Connection) -> str | None:
    for table in store_tables(connection):
        if connection.execute(select(func.count()).select_from(table)).scalar_one():
            return table.name
    return None


def copy_rows(source: Connection, target: Engine, where: str, progress: CopyProgress | None = None) -> None:
    """Copy every row of the store ``source`` sees into ``target`` (empty, at the same schema revision), in
    one transaction of the target's."""
    tables = store_tables(source)
    with target.begin() as writing:
        filled = _first_filled(writing)
        if filled is not None:
            raise TargetNotEmptyError(where, filled)
        present = store_tables(writing)
        for done, (table, names) in enumerate(tables.items()):
            if progress is not None:
                progress(table.name, done, len(tables))
            columns = [column for column in table.columns if column.name in names & present.get(table, set())]
            rows = source.execute(select(*columns)).mappings()
            while batch := rows.fetchmany(BATCH_ROWS):
                writing.execute(table.insert(), [dict(row) for row in batch])
        if writing.dialect.name == "postgresql":
            reset_sequences(writing, list(tables))
    if progress is not None:
        progress("", len(tables), len(tables))


def export_to_file(source: Engine, path: Path) -> None:
    """Write the store behind ``source`` into a new SQLite file at ``path``: page by page with SQLite's backup
    API when the source is SQLite, else table by table into a file at the source's schema revision."""
    if source.dialect.name == "sqlite":
        backup_database(source, path)
        return
    revision = current_revision(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    target = create_sqlite_engine(path)
    try:
        if revision is not None:
            upgrade_to(target, revision)
        with consistent_view(source) as reading:
            copy_rows(reading, target, str(path))
    finally:
        target.dispose()
