"""What a database error means for the clerk, when the disk, the file or the server caused it (not the code): a
full or read-only disk, a busy or damaged SQLite file, a database server that went away. Each becomes a
:class:`~kesu_desktop.base.errors.StoreError` in the user's language that says what was kept and what to do."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy.exc import DatabaseError

from kesu_desktop.base.errors import StoreError, StoreWriteError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

# SQLite's primary result codes (sqlite.org/rescode.html) that speak of the file or the disk, not of the code.
SQLITE_BUSY = 5
SQLITE_LOCKED = 6
SQLITE_READONLY = 8
SQLITE_IOERR = 10
SQLITE_CORRUPT = 11
SQLITE_FULL = 13
SQLITE_CANTOPEN = 14
SQLITE_NOTADB = 26
DAMAGE = (SQLITE_CORRUPT, SQLITE_NOTADB)


def sqlite_result_code(error: BaseException) -> int | None:
    """The primary SQLite result code behind ``error`` (a DB-API error or SQLAlchemy's wrapper), or None."""
    code = getattr(getattr(error, "orig", error), "sqlite_errorcode", None)
    return code & 0xFF if isinstance(code, int) else None


def _from_the_server(error: BaseException) -> bool:
    """Whether ``error`` is PostgreSQL's driver losing or failing its connection (psycopg's OperationalError);
    told by name, so that a SQLite store never loads the driver."""
    original = getattr(error, "orig", error)
    return type(original).__name__ == "OperationalError" and type(original).__module__.startswith("psycopg")


def reason_of(error: BaseException) -> str:
    return str(getattr(error, "orig", error))


def store_failure(error: BaseException, data_dir: DataDir) -> StoreError | None:
    """What a database error means for the clerk, when it is the disk's or the file's doing; None otherwise."""
    code = sqlite_result_code(error)
    folder = str(data_dir.root)
    if code is None and _from_the_server(error):
        return StoreWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The connection to the database server was lost ({reason}), so this change was not saved. "
                "Everything saved before is safe on the server. Check that this computer is on the network and "
                "the server is running, then try again.",
            ),
            reason=reason_of(error),
        )
    if code == SQLITE_FULL:
        return StoreWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The disk that holds the data folder {folder} is full, so this change was not saved. Everything "
                "saved before is safe. Free some space (empty the Recycle Bin, delete files you no longer need), "
                "then save again.",
            ),
            folder=folder,
        )
    if code in (SQLITE_BUSY, SQLITE_LOCKED):
        return StoreWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Another job is saving to the data folder {folder} right now (an import of records, or KeSu "
                "open a second time), so this change was not saved yet. Everything saved before is safe. Wait "
                "until that job has finished, then save again.",
            ),
            folder=folder,
        )
    if code == SQLITE_READONLY:
        return StoreWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data folder {folder} cannot be written to (it is read-only), so this change was not saved. "
                "Everything saved before is safe. Ask whoever looks after this computer to allow writing there.",
            ),
            folder=folder,
        )
    if code in (SQLITE_IOERR, SQLITE_CANTOPEN):
        return StoreWriteError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The computer could not read or write the data folder {folder} ({reason}), so this change was "
                "not saved. Everything saved before is safe. Check that the disk is working and has space, "
                "then try again.",
            ),
            folder=folder,
            reason=reason_of(error),
        )
    if code in DAMAGE:
        return StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} turned out to be damaged ({reason}). Close KeSu and start it again: it "
                "checks the database at start and offers to restore the newest good backup.",
            ),
            path=str(data_dir.database),
            reason=reason_of(error),
        )
    return None


@contextmanager
def explained(data_dir: DataDir) -> Iterator[None]:
    """Turn a database error the disk or the file caused into its :class:`StoreError`."""
    try:
        yield
    except (DatabaseError, sqlite3.DatabaseError) as error:
        failure = store_failure(error, data_dir)
        if failure is None:
            raise
        raise failure from error
