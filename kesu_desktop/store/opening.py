"""Opening a data folder's store: the folder must be on a local disk; the store is the folder's own SQLite file,
checked page by page before anything is written to it, or the database server the folder names, checked as its
own kind (:func:`kesu_desktop.store.server.check_server`); either is then migrated to the newest schema, with a copy
taken first (:mod:`kesu_desktop.store.copying`)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError

from db import sqlite
from db.postgresql import take_write_lock
from kesu_desktop.base.errors import DamagedStoreError, NewerDatabaseError, StoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Phrase
from kesu_desktop.store.copying import export_to_file
from kesu_desktop.store.database import (
    Store,
    alembic_config,
    create_sqlite_engine,
    current_revision,
    head_revision,
    is_known_revision,
    quick_check,
    schema_changes_allowed,
)
from kesu_desktop.store.drives import drive_kind
from kesu_desktop.store.failures import DAMAGE, explained, reason_of, sqlite_result_code
from kesu_desktop.store.openers import register
from kesu_desktop.store.server import AskPassword, check_server, connect, remembered_server


def migrate(engine: Engine, backup_dir: Path | None = None) -> None:
    """Bring the schema to the newest revision, refusing a database from a newer release.

    An existing database is copied into ``backup_dir`` before it is upgraded (a server's into a SQLite file). A
    migration that rebuilds a table (SQLite alters a CHECK only so) leaves the old table's pages free inside the
    file; they are given back (``VACUUM``), so the file holds no room a full disk would hide.
    """
    current = current_revision(engine)
    if current is not None and not is_known_revision(current):
        raise NewerDatabaseError(current)
    if current == head_revision():
        return
    from alembic import command

    if current is not None and backup_dir is not None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        export_to_file(engine, backup_dir / f"kesu-{current}-{stamp}.sqlite3")
    config = alembic_config()
    with engine.begin() as connection, schema_changes_allowed(connection):
        if connection.dialect.name == "postgresql":
            take_write_lock(connection)  # two clerks starting a new release at once: one migrates, one waits
        config.attributes["connection"] = connection
        command.upgrade(config, "head")
    if engine.dialect.name != "sqlite":
        return
    with engine.connect() as connection, schema_changes_allowed(connection):
        sqlite.give_back_free_pages(connection)
    # The search tables find records by rowid, which a rebuilt table or VACUUM may have changed.
    with engine.begin() as connection:
        for table in sqlite.search_tables(connection):
            sqlite.rebuild_search_index(connection, table)


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


def _verify(engine: Engine, database: Path) -> None:
    try:
        problems = quick_check(engine)
    except DatabaseError as error:
        if sqlite_result_code(error) in DAMAGE:
            raise DamagedStoreError(database, reason_of(error)) from error
        raise
    if problems != ["ok"]:
        # SQLite puts several findings in one row under a "*** in database main ***" heading: keep one line.
        lines = [line.strip() for row in problems for line in row.splitlines()]
        findings = [line for line in lines if line and not line.startswith("***")]
        raise DamagedStoreError(database, "; ".join(findings[:3]))


def open_store(data_dir: DataDir, ask_password: AskPassword | None = None) -> Store:
    """Open (creating if needed), check and migrate the store of ``data_dir``, which must be on a local disk:
    its own SQLite file, or the database server the folder names (:mod:`kesu_desktop.store.server`), logged in
    to with ``ask_password`` asking for the password when none is kept.

    A damaged file raises :class:`DamagedStoreError` before anything is written to it.
    """
    ensure_local_drive(data_dir.root)
    try:
        data_dir.ensure()
    except OSError as exc:
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "Cannot create the data folder {path}: {reason}"),
            path=str(data_dir.root),
            reason=exc.strerror or str(exc),
        ) from exc
    server = remembered_server(data_dir)
    registration = register(data_dir.root)
    engine: Engine | None = None
    try:
        if server is None:
            engine = create_sqlite_engine(data_dir.database)
            _verify(engine, data_dir.database)
        else:
            engine = connect(server, ask_password).engine
            check_server(engine, server)
        with explained(data_dir):
            migrate(engine, data_dir.upgrade_backups)
    except DatabaseError as exc:
        if engine is not None:
            engine.dispose()
        registration.release()
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened: {reason}"),
            path=server.describe() if server else str(data_dir.database),
            reason=str(exc.orig),
        ) from exc
    except BaseException:
        if engine is not None:
            engine.dispose()
        registration.release()
        raise
    return Store(data_dir, engine, registration, server)
