"""The store's write lock, taken by every job that matches what it will write with what is stored (an import, an
undo): one writer at a time, so that nothing changes between that matching and the writing. SQLite's lock is
``BEGIN IMMEDIATE``; PostgreSQL's an advisory lock held to the end of the transaction (:mod:`db.postgresql`)."""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session

from db.postgresql import take_write_lock
from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.failures import SQLITE_BUSY, SQLITE_LOCKED, sqlite_result_code


class ImportBusyError(StoreError):
    """Another job kept the store busy for longer than SQLite waits; nothing of this import was stored."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Nothing was imported: another job is saving to this data folder right now (another import, "
                "or KeSu open a second time). Everything saved before is safe; wait until that job has "
                "finished, then import again.",
            )
        )


def begin_writing(session: Session) -> None:
    """Take the store's write lock now, before what an import writes is matched with what is stored, so that
    nothing changes between that matching and the writing; wait for another job that holds it (as SQLite
    waits), and raise :class:`ImportBusyError` when it holds it for too long. On PostgreSQL the lock is an
    advisory one, held until the transaction ends."""
    connection = session.connection()
    if connection.dialect.name == "postgresql":
        take_write_lock(connection)
        return
    driver = connection.connection.driver_connection
    if not isinstance(driver, sqlite3.Connection) or driver.in_transaction:
        return  # the caller's transaction has written already, so it holds the lock
    try:
        connection.exec_driver_sql("BEGIN IMMEDIATE")
    except OperationalError as error:
        if sqlite_result_code(error) in (SQLITE_BUSY, SQLITE_LOCKED):
            raise ImportBusyError() from error
        raise
