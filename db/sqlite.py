"""What only SQLite understands, in one place (``db/postgresql.py`` is its PostgreSQL counterpart): the settings
of every connection, the checks of the file (quick and full integrity checks, foreign keys, the triggers and the
full-text tables as ``sqlite_master`` lists them), and the upkeep of the file (folding the write-ahead log in,
giving freed pages back, rebuilding a search index).

Each function takes a SQLAlchemy connection or a plain ``sqlite3`` one: the store's own, or one opened on a
backup file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection

from db.search_tables import pair_table, refill_pair_table

SqliteConnection = Connection | sqlite3.Connection


def _rows(connection: SqliteConnection, sql: str) -> Iterable[Sequence[Any]]:
    if isinstance(connection, sqlite3.Connection):
        return connection.execute(sql).fetchall()
    return connection.exec_driver_sql(sql).fetchall()


def configure(cursor: sqlite3.Cursor, busy_timeout_ms: int) -> None:
    """Every connection of a store: wait when busy, WAL journaling, ``synchronous=FULL``, foreign keys."""
    cursor.execute(f"PRAGMA busy_timeout = {busy_timeout_ms}")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = FULL")
    cursor.execute("PRAGMA foreign_keys = ON")


def quick_check(connection: SqliteConnection, limit: int = 5) -> list[str]:
    """SQLite's quick check of every page and b-tree (not index contents): ``["ok"]``, or the first problems."""
    return [str(row[0]) for row in _rows(connection, f"PRAGMA quick_check({limit})")]


def integrity_check(connection: SqliteConnection) -> list[str]:
    """SQLite's full integrity check, index contents included: ``["ok"]``, or the problems."""
    return [str(row[0]) for row in _rows(connection, "PRAGMA integrity_check")]


def foreign_key_problems(connection: SqliteConnection) -> list[tuple[str, str]]:
    """Each row referring to a missing row: its table and the table it refers to."""
    return [(str(row[0]), str(row[2])) for row in _rows(connection, "PRAGMA foreign_key_check")]


def triggers(connection: SqliteConnection) -> dict[str, str]:
    """Every trigger of the database, name to its ``CREATE TRIGGER`` statement."""
    rows = _rows(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'trigger'")
    return {str(name): str(sql or "") for name, sql in rows}


def search_tables(connection: SqliteConnection) -> list[str]:
    """The full-text search tables (FTS5) of the database."""
    rows = _rows(
        connection,
        "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE % USING fts5(%'",
    )
    return [str(name) for (name,) in rows]


def check_search_index(connection: Connection, table: str) -> None:
    """FTS5's own check of ``table``'s index against the rows it indexes; raises a DatabaseError when they differ."""
    connection.exec_driver_sql(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")


def rebuild_search_index(connection: Connection, table: str) -> None:
    """Build ``table``'s index anew from the rows it indexes (after a table was rebuilt or the file vacuumed): a
    trigram table by FTS5's own rebuild from its records, a pair table (which keeps no text) by refilling it."""
    record_table = pair_table(table)
    if record_table is None:
        connection.exec_driver_sql(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        return
    for statement in refill_pair_table(record_table):
        connection.exec_driver_sql(statement)


def give_back_free_pages(connection: Connection) -> None:
    """Shrink the file to the pages in use (``VACUUM``)."""
    connection.exec_driver_sql("VACUUM")


def fold_log_in(connection: SqliteConnection) -> bool:
    """Fold the write-ahead log into the database file and empty it; False when a reader kept it from finishing."""
    busy, _log, _folded = next(iter(_rows(connection, "PRAGMA wal_checkpoint(TRUNCATE)")))
    return not busy


def one_file(connection: sqlite3.Connection) -> None:
    """Leave the database as one self-contained file (rollback journal instead of a write-ahead log)."""
    connection.execute("PRAGMA journal_mode = DELETE").fetchall()


def column_names(connection: sqlite3.Connection, table: str) -> set[str]:
    """The columns ``table`` has in this database (fewer in a file of an older release)."""
    return {str(row[1]) for row in connection.execute(f"PRAGMA table_info({table})")}
