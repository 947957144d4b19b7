"""The store's engine and its short sessions: the SQLite engine, the schema's revisions, and the open
:class:`Store` (opening one is :mod:`kesu_desktop.store.opening`).

Every SQLite connection gets WAL journaling, ``synchronous=FULL``, enforced foreign keys and a busy timeout. The
schema is created and upgraded only by the Alembic migrations in ``db/migrations``. A write the disk refuses (full,
read-only, failing) becomes a :class:`StoreWriteError` in the user's language (:mod:`kesu_desktop.store.failures`);
SQLite has then rolled the change back and kept every earlier commit.

Every connection refuses to change the schema (an authorizer denies every CREATE, DROP and ALTER, and editing
``sqlite_master``), except while Alembic migrates, so no SQL through the app can drop the triggers that keep the
change history append-only. An open :class:`Store` holds a lock file in the data folder (see
:mod:`kesu_desktop.store.openers`) and remembers which file it opened: once that file has been replaced or
removed under it, every transaction is refused instead of writing into a file no longer in place.
"""

from __future__ import annotations

import os
import re
import sqlite3
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from db import sqlite
from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.paths import DataDir, installed_path
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.failures import explained
from kesu_desktop.store.openers import Registration, register
from kesu_desktop.store.server import ServerAddress

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS = installed_path("db", "migrations")

_SCHEMA_CHANGES = frozenset(
    {
        sqlite3.SQLITE_ALTER_TABLE,
        sqlite3.SQLITE_CREATE_INDEX,
        sqlite3.SQLITE_CREATE_TABLE,
        sqlite3.SQLITE_CREATE_TEMP_INDEX,
        sqlite3.SQLITE_CREATE_TEMP_TABLE,
        sqlite3.SQLITE_CREATE_TEMP_TRIGGER,
        sqlite3.SQLITE_CREATE_TEMP_VIEW,
        sqlite3.SQLITE_CREATE_TRIGGER,
        sqlite3.SQLITE_CREATE_VIEW,
        sqlite3.SQLITE_CREATE_VTABLE,
        sqlite3.SQLITE_DROP_INDEX,
        sqlite3.SQLITE_DROP_TABLE,
        sqlite3.SQLITE_DROP_TEMP_INDEX,
        sqlite3.SQLITE_DROP_TEMP_TABLE,
        sqlite3.SQLITE_DROP_TEMP_TRIGGER,
        sqlite3.SQLITE_DROP_TEMP_VIEW,
        sqlite3.SQLITE_DROP_TRIGGER,
        sqlite3.SQLITE_DROP_VIEW,
        sqlite3.SQLITE_DROP_VTABLE,
    }
)
# writable_schema lets UPDATE rewrite sqlite_master (a trigger's text among it); schema_version goes with it.
_SCHEMA_PRAGMAS = frozenset({"writable_schema", "schema_version"})


def _refuse_schema_changes(action: int, arg1: str | None, _arg2: str | None, _db: str | None, _by: str | None) -> int:
    """SQLite's authorizer on every connection: the schema changes only through a migration."""
    if action in _SCHEMA_CHANGES:
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA and (arg1 or "").lower() in _SCHEMA_PRAGMAS:
        return sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@contextmanager
def schema_changes_allowed(connection: Connection) -> Iterator[None]:
    """Lift the authorizer on ``connection`` for a migration (and only for one: :func:`migrate`, and tests that
    build a database at an older revision)."""
    raw = connection.connection.driver_connection
    if not isinstance(raw, sqlite3.Connection):
        yield  # a server keeps its schema by its users' rights, not by an authorizer
        return
    raw.set_authorizer(None)
    try:
        yield
    finally:
        raw.set_authorizer(_refuse_schema_changes)


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        sqlite.configure(cursor, BUSY_TIMEOUT_MS)
    finally:
        cursor.close()
    dbapi_connection.set_authorizer(_refuse_schema_changes)


def create_sqlite_engine(database: Path) -> Engine:
    """An engine whose every connection is durable (WAL, ``synchronous=FULL``), checks foreign keys, waits when
    busy, and refuses schema changes outside :func:`schema_changes_allowed`."""
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def alembic_config() -> Config:
    from alembic.config import Config  # Alembic is loaded only to migrate or to read the migrations' code

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def _scripts() -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config())


def migration_triggers(revision: str, kind: str = "TRIGGERS") -> dict[str, str]:
    """The triggers the migrations up to ``revision`` create, name to ``CREATE TRIGGER`` statement: each
    migration's ``TRIGGERS`` (the guards of the history and the setup) or, with ``kind="SEARCH_TRIGGERS"``, those
    that keep the search tables up to date; oldest first, a later definition of a name replacing an earlier one.
    The migrations are the one source of these definitions; the ``check`` job compares the database with them."""
    triggers: dict[str, str] = {}
    for migration in reversed(list(_scripts().iterate_revisions(revision, "base"))):
        triggers.update(getattr(migration.module, kind, {}))
    return triggers


_REVISION_LINE = re.compile(r"^(down_revision|revision)\b[^=]*=\s*(?:['\"]([^'\"]+)['\"]|None)", re.MULTILINE)


@cache
def migration_revisions() -> dict[str, str | None]:
    """Each migration's revision and the one before it, read from the files' own lines as Alembic writes them
    (``revision: str = '0008'``), without loading Alembic: a start that needs no migration stays quick."""
    found: dict[str, str | None] = {}
    for path in sorted((MIGRATIONS / "versions").glob("*.py")):
        lines = dict((name, value or None) for name, value in _REVISION_LINE.findall(path.read_text(encoding="utf-8")))
        found[lines["revision"]] = lines.get("down_revision")
    return found


def head_revision() -> str:
    """The newest schema revision: the one no other migration follows (the history is one line)."""
    revisions = migration_revisions()
    (head,) = set(revisions) - {down for down in revisions.values() if down is not None}
    return head


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at, None for a database no migration has touched."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        return connection.execute(text("SELECT version_num FROM alembic_version")).scalar_one_or_none()


def backup_database(engine: Engine, target: Path) -> Path:
    """Copy the live database to ``target`` with SQLite's online backup API (safe with a WAL file present)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    raw = engine.raw_connection()
    try:
        destination = sqlite3.connect(target)
        try:
            raw.driver_connection.backup(destination)  # type: ignore[union-attr]
        finally:
            destination.close()
    finally:
        raw.close()
    return target


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` is a schema revision of this release (an older one or the newest)."""
    return revision in migration_revisions()


def file_identity(path: Path) -> tuple[int, int] | None:
    """Which file ``path`` names (device and file number; a replaced file gets new ones), or None if none."""
    try:
        status = os.stat(path)
    except FileNotFoundError:
        return None
    return status.st_dev, status.st_ino


class DatabaseReplacedError(StoreError):
    """The database file an open store works on was replaced or removed under it."""

    def __init__(self, database: Path) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The database {path} was replaced or removed while KeSu had it open (by another program), so "
                "nothing more is saved into it and this change was not saved. Close KeSu and start it again.",
            ),
            path=str(database),
        )


class Store:
    """An open, migrated store: the engine and the factory for short sessions (one unit of work each).

    From its opening until :meth:`close` it holds its lock file in the data folder; a connection made after
    ``close`` takes a new one. Every transaction first checks that the database file is still the one opened.
    """

    def __init__(
        self, data_dir: DataDir, engine: Engine, registration: Registration, server: ServerAddress | None = None
    ) -> None:
        self.data_dir = data_dir
        self._registration: Registration | None = registration
        self._registering = threading.Lock()
        self._attach(engine, server)

    def _attach(self, engine: Engine, server: ServerAddress | None) -> None:
        self.engine = engine
        self.server = server
        """The database server the store is on; None for the data folder's own SQLite file."""
        self.sessions: sessionmaker[Session] = sessionmaker(engine, expire_on_commit=False)
        self._identity = file_identity(self.data_dir.database)
        event.listen(engine, "connect", self._register)
        if server is None:
            event.listen(engine, "begin", self._check_file)

    def work_on(self, store: Store) -> None:
        """Work from now on on what the newly opened ``store`` of the same folder works on (its store was moved
        between its file and a server while this one was closed); ``store`` hands its engine over."""
        self.close()
        event.remove(store.engine, "connect", store._register)
        if store.server is None:
            event.remove(store.engine, "begin", store._check_file)
        self._attach(store.engine, store.server)
        with store._registering:
            registration, store._registration = store._registration, None
        with self._registering:
            self._registration = registration

    def _register(self, _dbapi_connection: Any, _record: Any) -> None:
        with self._registering:
            if self._registration is None:
                self._registration = register(self.data_dir.root)

    def _check_file(self, _connection: Connection) -> None:
        if file_identity(self.data_dir.database) != self._identity:
            raise DatabaseReplacedError(self.data_dir.database)

    def accept_replaced_database(self) -> None:
        """Work on the file now at the database's place: for a restore that replaced it while this store was
        closed, on purpose."""
        self._identity = file_identity(self.data_dir.database)

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with explained(self.data_dir), self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only, nothing committed, that sees the store as it was at its first read: a report
        made while an import is stored sees all of that import or none of it."""
        with explained(self.data_dir), self.sessions() as session:
            if self.server is not None:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ"})
            else:
                driver = session.connection().connection.driver_connection
                if isinstance(driver, sqlite3.Connection) and not driver.in_transaction:
                    driver.execute("BEGIN")
            yield session

    def close(self) -> None:
        """Close every connection and give up the lock file (until the store is used again)."""
        self.engine.dispose()
        with self._registering:
            registration, self._registration = self._registration, None
        if registration is not None:
            registration.release()


def quick_check(engine: Engine) -> list[str]:
    """SQLite's quick check of the whole file (every page and b-tree, not index contents): ``["ok"]`` when
    whole, else the first few problems. Fast enough for every start (see ``bench/startup_check.py``)."""
    with engine.connect() as connection:
        return sqlite.quick_check(connection)
