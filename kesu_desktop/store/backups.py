"""Backups of the live store: made with SQLite's online backup API (a store on a server: copied table by table
into a SQLite file), checked and rotated (restoring one is :mod:`kesu_desktop.store.restore`).

A backup is never a plain copy of the database file (a WAL file may hold committed data the main file does
not have yet): :func:`kesu_desktop.store.copying.export_to_file` copies the live database page by page into a
temporary file beside the target, ``PRAGMA integrity_check`` must pass on that copy, and only then is it
renamed to ``kesu-backup-YYYYMMDD-HHMMSS.sqlite3``. A store on a server is copied the same way into the same
kind of file, which any KeSu can check, open or restore without the server. Automatic backups go to
``backups/auto`` in the data folder and keep the newest of each of the last 14 days and of the last 12 months.
"""

from __future__ import annotations

import contextlib
import json
import re
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from db import sqlite
from db.postgresql import database_size, write_marks
from kesu_desktop.base.errors import BackupError, DamagedBackupError, NewerBackupError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import ensure_free_space, leftover_temporaries, write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.copying import export_to_file, store_tables
from kesu_desktop.store.database import Store, is_known_revision

PREFIX = "kesu-backup-"
SUFFIX = ".sqlite3"
STAMP = "%Y%m%d-%H%M%S"
KEEP_DAILY = 14
KEEP_MONTHLY = 12
_NAME = re.compile(rf"^{re.escape(PREFIX)}(\d{{8}}-\d{{6}}){re.escape(SUFFIX)}$")


@dataclass(frozen=True)
class LastBackup:
    path: Path
    time: datetime


def backup_name(now: datetime) -> str:
    return f"{PREFIX}{now.strftime(STAMP)}{SUFFIX}"


def backup_time(path: Path) -> datetime | None:
    """When a backup was made, read from its file name; None for a file that is not a backup."""
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        return datetime.strptime(match.group(1), STAMP)
    except ValueError:
        return None


def connect_read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)


def _damaged(path: Path, detail: str) -> DamagedBackupError:
    return DamagedBackupError(
        QT_TRANSLATE_NOOP("Errors", "The backup {file} is damaged ({detail}); nothing was changed."),
        file=str(path),
        detail=detail,
    )


def integrity(path: Path) -> None:
    """Raise :class:`DamagedBackupError` unless SQLite finds ``path`` whole."""
    try:
        connection = connect_read_only(path)
        try:
            rows = sqlite.integrity_check(connection)
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise _damaged(path, str(error)) from error
    if rows != ["ok"]:
        raise _damaged(path, "; ".join(str(row) for row in rows[:3]))


def check_backup(path: Path) -> str:
    """Check that ``path`` is a whole KeSu database this version can open; its schema revision.

    Raises :class:`DamagedBackupError` (unreadable or failing the integrity check), :class:`BackupError`
    (missing, or not a KeSu database) or :class:`NewerBackupError` (made by a newer version).
    """
    if not path.is_file():
        raise BackupError(QT_TRANSLATE_NOOP("Errors", "The backup {file} does not exist."), file=str(path))
    integrity(path)
    try:
        connection = connect_read_only(path)
        try:
            row = connection.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            connection.close()
    except sqlite3.DatabaseError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a KeSu backup; nothing was changed."), file=str(path)
        ) from error
    if row is None:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "{file} is not a KeSu backup; nothing was changed."), file=str(path)
        )
    revision = str(row[0])
    if not is_known_revision(revision):
        raise NewerBackupError(revision)
    return revision


def copy_with_backup_api(copy: Callable[[Path], object], target: Path) -> None:
    """Let ``copy`` write the database into ``target`` and leave it as one self-contained file (no WAL)."""
    try:
        copy(target)
        connection = sqlite3.connect(target)
        try:
            sqlite.one_file(connection)
        finally:
            connection.close()
    except sqlite3.Error as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup {file} could not be written: {reason}"),
            file=str(target),
            reason=str(error),
        ) from error


def _store_size(engine: Engine, data_dir: DataDir) -> int:
    """How large the store is: its file with the write-ahead log, or the database on the server (whose copy in
    a SQLite file is smaller still)."""
    if engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            return database_size(connection)
    return _database_size(data_dir.database)


def _database_size(database: Path) -> int:
    size = 0
    for path in (database, database.with_name(database.name + "-wal")):
        with contextlib.suppress(OSError):
            size += path.stat().st_size
    return size


def make_backup(store: Store, folder: Path, now: datetime | None = None, *, record: bool = True) -> Path:
    """Back up the live store into ``folder`` (a folder or a USB stick); the backup file.

    The copy is made with SQLite's backup API into a temporary file, checked with ``integrity_check`` and
    only then given its final name. Unless ``record`` is false it becomes the "last backup" of the data folder.
    """
    return backup_engine(store.engine, store.data_dir, folder, now or datetime.now(), record=record)


def backup_engine(engine: Engine, data_dir: DataDir, folder: Path, now: datetime, *, record: bool) -> Path:
    """:func:`make_backup` of the database behind ``engine`` (the data folder's, open or not)."""
    target = folder / backup_name(now)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise BackupError(
            QT_TRANSLATE_NOOP("Errors", "The backup folder {folder} cannot be created: {reason}"),
            folder=str(folder),
            reason=error.strerror or str(error),
        ) from error
    ensure_free_space(folder, _store_size(engine, data_dir))

    def produce(temporary: Path) -> None:
        copy_with_backup_api(lambda path: export_to_file(engine, path), temporary)

    write_atomically(target, produce, integrity)
    if record:
        _record(data_dir, target, now)
    return target


def _record_file(data_dir: DataDir) -> Path:
    return data_dir.backups / "last-backup.json"


def _record(data_dir: DataDir, path: Path, now: datetime) -> None:
    content = json.dumps({"path": str(path.resolve()), "time": now.isoformat(timespec="seconds")})
    record = _record_file(data_dir)
    record.parent.mkdir(parents=True, exist_ok=True)

    def produce(temporary: Path) -> None:
        temporary.write_text(content, encoding="utf-8")

    write_atomically(record, produce)


def last_backup(data_dir: DataDir) -> LastBackup | None:
    """The newest backup made of this data folder (by hand or automatically), or None if there is none."""
    try:
        data = json.loads(_record_file(data_dir).read_text(encoding="utf-8"))
        return LastBackup(Path(data["path"]), datetime.fromisoformat(data["time"]))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    found = _backups_in(data_dir.auto_backups)
    if not found:
        return None
    time, path = max((time, path) for path, time in found.items())
    return LastBackup(path, time)


def _backups_in(folder: Path) -> dict[Path, datetime]:
    try:
        paths = list(folder.iterdir())
    except OSError:
        return {}
    return {path: time for path in paths if (time := backup_time(path)) is not None}


def newest_good_backup(data_dir: DataDir) -> LastBackup | None:
    """The newest backup of this data folder that passes :func:`check_backup`: among the automatic ones, the
    saves made before a restore, and the last backup made by hand (when its file is still there)."""
    candidates = {**_backups_in(data_dir.auto_backups), **_backups_in(data_dir.restore_backups)}
    recorded = last_backup(data_dir)
    if recorded is not None:
        candidates[recorded.path] = recorded.time
    for path, time in sorted(candidates.items(), key=lambda item: item[1], reverse=True):
        try:
            check_backup(path)
        except BackupError:
            continue
        return LastBackup(path, time)
    return None


def backups_to_keep(times: list[datetime]) -> set[datetime]:
    """The newest backup of each of the last 14 days that have one, and of each of the last 12 months."""
    newest_of_day: dict[object, datetime] = {}
    newest_of_month: dict[object, datetime] = {}
    for time in times:
        day, month = time.date(), (time.year, time.month)
        newest_of_day[day] = max(time, newest_of_day.get(day, time))
        newest_of_month[month] = max(time, newest_of_month.get(month, time))
    daily = sorted(newest_of_day.values(), reverse=True)[:KEEP_DAILY]
    monthly = sorted(newest_of_month.values(), reverse=True)[:KEEP_MONTHLY]
    return set(daily) | set(monthly)


def rotate(folder: Path) -> list[Path]:
    """Delete the automatic backups the rotation does not keep; the files deleted."""
    found = _backups_in(folder)
    keep = backups_to_keep(list(found.values()))
    removed = []
    for path, time in sorted(found.items()):
        if time not in keep:
            with contextlib.suppress(OSError):
                path.unlink()
                removed.append(path)
    return removed


def automatic_backup(store: Store, now: datetime | None = None, *, on_close: bool = False) -> Path | None:
    """The daily (or, with ``on_close``, closing) backup into ``backups/auto``, then the rotation.

    Without ``on_close`` nothing is made when there is already a backup from the same day; with it, nothing is
    made when the database is unchanged since the last automatic backup. The new backup, or None.
    """
    now = now or datetime.now()
    folder = store.data_dir.auto_backups
    backups = _backups_in(folder)
    if not on_close and any(time.date() == now.date() for time in backups.values()):
        return None
    state = _settled_state(store)
    if on_close and backups and state is not None and state == _recorded_state(folder):
        return None  # nothing was written since the last automatic backup, which is still there
    for leftover in leftover_temporaries(folder):
        with contextlib.suppress(OSError):
            leftover.unlink()
    path = make_backup(store, folder, now)
    _record_state(folder, state)
    rotate(folder)
    return path


def _state_file(folder: Path) -> Path:
    return folder / "state.json"


def _settled_state(store: Store) -> list[int] | None:
    """The database file's modification time and size once its write-ahead log is folded into it, or None when
    it cannot be (another connection is reading). Any write since, by any process, goes to the log and changes
    the file when it is folded in again, so an equal state means nothing was written in between."""
    if store.server is not None:
        return _server_state(store)
    with store.engine.connect() as connection:
        if not sqlite.fold_log_in(connection):
            return None
    status = store.data_dir.database.stat()
    return [status.st_mtime_ns, status.st_size]


def _server_state(store: Store) -> list[int]:
    """On a server: every table's row count and newest writing transaction (any clerk's write changes them)."""
    with store.engine.connect() as connection:
        return write_marks(connection, [table.name for table in store_tables(connection)])


def _recorded_state(folder: Path) -> list[int] | None:
    with contextlib.suppress(OSError, ValueError):
        state = json.loads(_state_file(folder).read_text(encoding="utf-8"))
        if isinstance(state, list):
            return state
    return None


def _record_state(folder: Path, state: list[int] | None) -> None:
    """Remember the state the newest automatic backup was made from (or forget it, when it was not settled)."""
    if state is None:
        with contextlib.suppress(OSError):
            _state_file(folder).unlink()
        return

    def produce(temporary: Path) -> None:
        temporary.write_text(json.dumps(state), encoding="utf-8")

    write_atomically(_state_file(folder), produce)
