"""The local SQLite store: opening it safely, migrating it, and handing out short sessions.

Every connection gets WAL journaling, ``synchronous=FULL``, enforced foreign keys and a busy timeout. The
schema is created and upgraded only by the Alembic migrations in ``db/migrations``; before an existing
database is upgraded it is copied aside with SQLite's backup API, and a database from a newer release is
refused before anything is written to it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.script.revision import ResolutionError
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from kesu_desktop.drives import drive_kind
from kesu_desktop.errors import NewerDatabaseError, StoreError
from kesu_desktop.paths import DataDir
from kesu_desktop.translation import QT_TRANSLATE_NOOP, Phrase

BUSY_TIMEOUT_MS = 10_000
MIGRATIONS = Path(__file__).resolve().parent.parent / "db" / "migrations"


def _set_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = FULL")
        cursor.execute("PRAGMA foreign_keys = ON")
    finally:
        cursor.close()


def create_sqlite_engine(database: Path) -> Engine:
    engine = create_engine(f"sqlite:///{database}")
    event.listen(engine, "connect", _set_pragmas)
    return engine


def _alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_alembic_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


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


def _is_known(script: ScriptDirectory, revision: str) -> bool:
    try:
        # The revision map's own lookup: ScriptDirectory.get_revision wraps the miss in a CommandError.
        return script.revision_map.get_revision(revision) is not None
    except ResolutionError:
        return False


def is_known_revision(revision: str) -> bool:
    """Whether ``revision`` is a schema revision of this release (an older one or the newest)."""
    return _is_known(ScriptDirectory.from_config(_alembic_config()), revision)


def migrate(engine: Engine, backup_dir: Path | None = None) -> None:
    """Bring the schema to the newest revision, refusing a database from a newer release.

    An existing database is copied into ``backup_dir`` before it is upgraded.
    """
    config = _alembic_config()
    script = ScriptDirectory.from_config(config)
    current = current_revision(engine)
    if current is not None and not _is_known(script, current):
        raise NewerDatabaseError(current)
    if current == script.get_current_head():
        return
    if current is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        backup_database(engine, backup_dir / f"kesu-{current}-{stamp}.sqlite3")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "head")


@dataclass
class Store:
    """An open, migrated store: the engine and the factory for short sessions (one unit of work each)."""

    data_dir: DataDir
    engine: Engine
    sessions: sessionmaker[Session]

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: committed when the block ends, rolled back if it raises."""
        with self.sessions.begin() as session:
            yield session

    @contextmanager
    def reading(self) -> Iterator[Session]:
        """A session for reads only; nothing is committed."""
        with self.sessions() as session:
            yield session

    def close(self) -> None:
        self.engine.dispose()


_DRIVE_KINDS = {
    "removable": QT_TRANSLATE_NOOP("Errors", "a removable drive (USB stick)"),
    "network": QT_TRANSLATE_NOOP("Errors", "a network drive"),
}


def ensure_local_drive(folder: Path) -> None:
    """Refuse a data folder on a removable or network drive: SQLite cannot keep a live database safe there
    (a stick pulled out or a network dropping mid-write corrupts it). Exports and backups may go there."""
    kind = drive_kind(folder)
    if kind in _DRIVE_KINDS:
        raise StoreError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The data folder {path} is on {kind}. KeSu keeps its database only on this computer's own disk, "
                "because a pulled stick or a dropped network can damage it. Choose a folder on the local disk; "
                "use a USB stick only for returns and backups.",
            ),
            path=str(folder),
            kind=Phrase(_DRIVE_KINDS[kind]),
        )


def open_store(data_dir: DataDir) -> Store:
    """Open (creating if needed) and migrate the store in ``data_dir``, which must be on a local disk."""
    ensure_local_drive(data_dir.root)
    try:
        data_dir.ensure()
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create the data folder {path}: {reason}"),
            path=str(data_dir.root),
            reason=exc.strerror or str(exc),
        ) from exc
    engine = create_sqlite_engine(data_dir.database)
    try:
        migrate(engine, data_dir.upgrade_backups)
    except DatabaseError as exc:
        engine.dispose()
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened: {reason}"),
            path=str(data_dir.database),
            reason=str(exc.orig),
        ) from exc
    except NewerDatabaseError:
        engine.dispose()
        raise
    return Store(data_dir, engine, sessionmaker(engine, expire_on_commit=False))
