"""Restoring a backup over a data folder's database, without losing the current state, any other program's
saves, or the folder's password.

Before anything changes, :func:`check_restore` says what the restore means: the backup must pass
:func:`~kesu_desktop.store.backups.check_backup` and hold a setup, and it is compared with the folder's own setup
(which unit, which password). :func:`restore_backup` then refuses a backup of another unit unless the clerk has
confirmed it, and needs the folder's password when the folder has one; an open :class:`Store` counts as unlocked,
because its front end asked for the password when it opened it. The folder's password is carried into the
restored database, so an older backup, or another unit's, does not open without it (nor with another one).

The replacement itself runs while the folder is held for it (:func:`kesu_desktop.store.openers.replacing`): no
other KeSu window or command may have it open, a store given is closed first, and the current state is saved to
``backups/before-restore`` (a file too damaged to copy is moved there instead) before the new file takes the
database's name.

When the database is damaged, its setup is read from the damaged file if SQLite still can, otherwise from the
newest good backup of the folder (the password the folder last had there); when neither tells, the folder's unit
and password are unknown and the restored database keeps the backup's own.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import update
from sqlalchemy.exc import SQLAlchemyError

from db import models, sqlite
from kesu_desktop.base.errors import BackupError, ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.access import WrongPasswordError, password_matches
from kesu_desktop.store.backups import (
    STAMP,
    SUFFIX,
    backup_engine,
    check_backup,
    connect_read_only,
    copy_with_backup_api,
    integrity,
    newest_good_backup,
)
from kesu_desktop.store.database import Store, create_sqlite_engine
from kesu_desktop.store.openers import replacing
from kesu_desktop.store.opening import migrate
from kesu_desktop.store.server import remembered_server


@dataclass(frozen=True)
class UnitSetup:
    """Whose data a database holds, and the password it opens with (its stored form, or None)."""

    unit_code: str
    unit_name: str
    password_hash: str | None


@dataclass(frozen=True)
class RestoreCheck:
    """What restoring ``backup`` into a data folder means."""

    backup: Path
    backup_setup: UnitSetup
    folder_setup: UnitSetup | None  # None: not set up yet, or damaged beyond reading and without a good backup

    @property
    def other_unit(self) -> bool:
        """The backup holds another unit's data: restoring it replaces this folder's data with that unit's."""
        return self.folder_setup is not None and self.folder_setup.unit_code != self.backup_setup.unit_code

    @property
    def needs_password(self) -> bool:
        return self.folder_setup is not None and self.folder_setup.password_hash is not None


ON_SERVER = QT_TRANSLATE_NOOP(
    "Errors",
    "This data folder keeps its store on the server {server}, which the other clerks work on too, so a backup is "
    "not restored over it; nothing was changed. To go back to a backup, restore it into a new data folder and "
    "move that folder's store onto an empty database of the server.",
)


class OtherUnitBackupError(BackupError):
    """The backup belongs to another unit than the data folder, and the restore was not confirmed.

    ``cli_template`` is the same statement for the command line, naming the flag that confirms it."""

    cli_template = QT_TRANSLATE_NOOP(
        "Errors",
        "The backup {file} belongs to {backup_unit}, not to this folder's unit {folder_unit}; nothing was changed. To "
        "replace this folder's data with {backup_unit}'s, run the command again with --other-unit.",
    )

    def __init__(self, check: RestoreCheck) -> None:
        assert check.folder_setup is not None
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {file} belongs to {backup_unit}, not to this folder's unit {folder_unit}: restoring it "
                "would replace this folder's data with that unit's, so nothing was changed.",
            ),
            file=str(check.backup),
            backup_unit=check.backup_setup.unit_name,
            folder_unit=check.folder_setup.unit_name,
        )


def _password_needed() -> ValidationError:
    return ValidationError(
        "password",
        QT_TRANSLATE_NOOP(
            "Errors", "This data folder has a password: give it to restore a backup. Nothing was changed."
        ),
    )


def _setup_in_file(path: Path) -> UnitSetup | None:
    """The setup stored in the database file ``path``, read without changing it (None when not set up)."""
    connection = connect_read_only(path)
    try:
        columns = sqlite.column_names(connection, "installation")
        if not columns:
            return None
        password = "i.password_hash" if "password_hash" in columns else "NULL"  # before revision 0004
        row = connection.execute(
            f"SELECT i.unit_code, coalesce(u.name, i.unit_code), {password} "
            "FROM installation i LEFT JOIN unit u ON u.code = i.unit_code"
        ).fetchone()
    finally:
        connection.close()
    return None if row is None else UnitSetup(str(row[0]), str(row[1]), row[2])


def _setup_in_store(store: Store) -> UnitSetup | None:
    with store.reading() as session:
        row = session.get(models.Installation, 1)
        if row is None:
            return None
        unit = session.get(models.Unit, row.unit_code)
        return UnitSetup(row.unit_code, unit.name if unit else row.unit_code, row.password_hash)


def folder_setup(target: Store | DataDir) -> UnitSetup | None:
    """The unit and password of the data folder: from its open store, else from its database file, else (the file
    being damaged) from its newest good backup; None when it is not set up or none of these can tell."""
    if isinstance(target, Store):
        return _setup_in_store(target)
    if not target.database.exists():
        return None
    try:
        return _setup_in_file(target.database)
    except sqlite3.Error:
        pass
    newest = newest_good_backup(target)
    if newest is None:
        return None
    try:
        return _setup_in_file(newest.path)
    except sqlite3.Error:
        return None


def check_restore(target: Store | DataDir, backup: Path) -> RestoreCheck:
    """Check ``backup`` and compare it with the data folder of ``target``; nothing is changed.

    Raises what :func:`~kesu_desktop.store.backups.check_backup` raises, and :class:`BackupError` for a backup of
    a folder that was never set up (it holds nothing to restore).
    """
    check_backup(backup)
    try:
        setup = _setup_in_file(backup)
    except sqlite3.Error as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a KeSu backup; nothing was changed."), file=str(backup)
        ) from error
    if setup is None:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The backup {file} is of a data folder that was never set up, so it holds nothing to restore; "
                "nothing was changed.",
            ),
            file=str(backup),
        )
    return RestoreCheck(backup, setup, folder_setup(target))


def _sidecars(database: Path) -> list[Path]:
    return [database.with_name(database.name + suffix) for suffix in ("-wal", "-shm", "-journal")]


def _save_current_state(data_dir: DataDir, now: datetime, *, readable: bool) -> Path | None:
    """Back up the database before it is replaced; one too damaged to back up is moved aside, unless it was
    ``readable`` a moment ago (then the failure is the disk's, and raised)."""
    database = data_dir.database
    if not database.exists():
        return None
    folder = data_dir.restore_backups
    engine = create_sqlite_engine(database)
    try:
        return backup_engine(engine, data_dir, folder, now, record=False)
    except (BackupError, SQLAlchemyError, sqlite3.DatabaseError):
        if readable:
            raise
    finally:
        engine.dispose()
    # SQLite cannot read it: keep the damaged files themselves, moved (never copied) out of the way.
    folder.mkdir(parents=True, exist_ok=True)
    moved = folder / f"kesu-damaged-{now.strftime(STAMP)}{SUFFIX}"
    for path in (database, *_sidecars(database)):
        if path.exists():
            os.replace(path, moved.with_name(moved.name + path.name.removeprefix(database.name)))
    return moved


def _release(database: Path) -> None:
    """Fold the WAL into the database file and make sure no other program has it open; then no ``-wal`` or
    ``-shm`` file is left beside it (SQLite would otherwise apply the old WAL to the restored file)."""
    if not database.exists():
        return
    connection = sqlite3.connect(database, timeout=2)
    try:
        folded = sqlite.fold_log_in(connection)
    finally:
        connection.close()
    if not folded:
        raise BackupError(
            QT_TRANSLATE_NOOP(
                "Errors", "The database {file} is open in another program; close it and try again. Nothing was changed."
            ),
            file=str(database),
        )
    for stale in _sidecars(database):
        stale.unlink(missing_ok=True)


def _restored_copy(backup: Path, setup: UnitSetup | None) -> Callable[[Path], None]:
    """A ``produce`` for :func:`write_atomically`: the backup copied with the backup API, brought to the newest
    schema, and given the folder's password (``setup``'s) when the folder's setup is known."""

    def copy(destination_path: Path) -> None:
        source = connect_read_only(backup)
        try:
            destination = sqlite3.connect(destination_path)
            try:
                source.backup(destination)
            finally:
                destination.close()
        finally:
            source.close()
        engine = create_sqlite_engine(destination_path)
        try:
            migrate(engine)
            if setup is not None:
                with engine.begin() as connection:
                    connection.execute(update(models.Installation).values(password_hash=setup.password_hash))
        finally:
            engine.dispose()

    def produce(temporary: Path) -> None:
        copy_with_backup_api(copy, temporary)

    return produce


def restore_backup(
    target: Store | DataDir,
    path: Path,
    now: datetime | None = None,
    *,
    password: str | None = None,
    other_unit: bool = False,
) -> Path | None:
    """Replace the database of ``target``'s data folder with the backup ``path``; where the current state was
    saved (None when there was no database yet).

    Refused, with nothing changed: whatever :func:`check_restore` refuses; another unit's backup unless
    ``other_unit`` confirms it; without the folder's ``password`` when it has one and ``target`` is not an open
    store; while another KeSu window or command has the folder open. A given store is closed, and works on the
    restored database when used again.
    """
    now = now or datetime.now()
    server = remembered_server(target.data_dir if isinstance(target, Store) else target)
    if server is not None:
        raise BackupError(ON_SERVER, server=server.describe())
    check = check_restore(target, path)
    if check.other_unit and not other_unit:
        raise OtherUnitBackupError(check)
    if check.needs_password and not isinstance(target, Store):
        assert check.folder_setup is not None and check.folder_setup.password_hash is not None
        if not password:
            raise _password_needed()
        if not password_matches(password, check.folder_setup.password_hash):
            raise WrongPasswordError()
    store = target if isinstance(target, Store) else None
    data_dir = target.data_dir if isinstance(target, Store) else target
    data_dir.ensure()
    if store is not None:
        store.close()
    with replacing(data_dir.root):
        saved = _save_current_state(data_dir, now, readable=store is not None)
        database = data_dir.database
        try:
            _release(database)
        except sqlite3.DatabaseError as error:
            raise BackupError(
                QT_TRANSLATE_NOOP("Errors", "The database {file} cannot be replaced: {reason}"),
                file=str(database),
                reason=str(error),
            ) from error
        write_atomically(database, _restored_copy(path, check.folder_setup), integrity)
        if store is not None:
            store.accept_replaced_database()
    return saved
