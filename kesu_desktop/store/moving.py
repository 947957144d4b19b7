"""Moving a county's store between the data folder's own SQLite file and a PostgreSQL server, both ways.

A move runs while the folder is held as for a restore (no other KeSu window or command may have it open). The
whole store is copied in one transaction of the target's (:mod:`kesu_desktop.store.copying`), and every table's
row count and whole-number sums are compared before the folder is switched over; until then the folder keeps
working on its old store, so a move that fails or is interrupted changes nothing the clerk works on.

- To a server: the database there must be empty (or hold KeSu's schema without a row, as a failed move leaves
  it). Once the copy is verified, the folder remembers the server and
  its old file is kept in ``backups/before-move``.
- Back to the folder's file: the copy is written into a new file beside the old place and put there once verified;
  the folder then forgets the server. The server's database is left as it is: other clerks may still work on it,
  and what they save there from then on is not in this folder.
"""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine, func, inspect, select

from db import models, sqlite
from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.store.copying import CopyProgress, Tally, consistent_view, copy_rows, tallies, upgrade_to
from kesu_desktop.store.database import create_sqlite_engine, current_revision, head_revision
from kesu_desktop.store.openers import replacing
from kesu_desktop.store.server import ServerAddress, check_server, remember_server, remembered_server

BEFORE_MOVE = "before-move"
HAS_OWN_STORE = QT_TRANSLATE_NOOP(
    "Errors",
    "The data folder {folder} is set up already and keeps its store in its own file; nothing was changed. Move "
    "that store onto the server instead (Settings, or county move-store).",
)
ON_ANOTHER_SERVER = QT_TRANSLATE_NOOP(
    "Errors",
    "The data folder keeps its store on the server {server} already; nothing was changed. Move the store back "
    "into the folder's file first to change servers.",
)
_STAMP = "%Y%m%d-%H%M%S"


@dataclass(frozen=True)
class MoveReport:
    """What a move copied, and where the store was and is."""

    source: str
    target: str
    before: dict[str, Tally]
    after: dict[str, Tally]
    kept_file: Path | None
    """Where the folder's old SQLite file was put (a move to a server)."""

    @property
    def rows(self) -> int:
        return sum(tally.rows for tally in self.after.values())


class MoveError(StoreError):
    """The store cannot be moved; nothing the folder works on was changed."""


def _not_verified(source: str, target: str, table: str) -> MoveError:
    return MoveError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The copy of the store on {target} does not match the store on {source} (table {table}), so the data "
            "folder keeps working on {source}; nothing it works on was changed.",
        ),
        source=source,
        target=target,
        table=table,
    )


def _verify(source: str, target: str, before: dict[str, Tally], after: dict[str, Tally]) -> None:
    for table in sorted(set(before) | set(after)):
        if before.get(table) != after.get(table):
            raise _not_verified(source, target, table)


def _copy_verified(
    source: Engine, target: Engine, source_name: str, target_name: str, progress: CopyProgress | None
) -> tuple[dict[str, Tally], dict[str, Tally]]:
    """Copy the store at the newest schema from ``source`` into the empty ``target`` and verify the copy; every
    table's tally before and after."""
    revision = current_revision(source)
    if revision != head_revision():
        raise _not_at_newest(source_name)
    upgrade_to(target, revision)
    with consistent_view(source) as reading:
        before = tallies(reading)
        copy_rows(reading, target, target_name, progress)
    with consistent_view(target) as reading:
        after = tallies(reading)
    _verify(source_name, target_name, before, after)
    return before, after


def _not_at_newest(where: str) -> MoveError:
    return MoveError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The store on {where} is not at this release's schema, so it was not moved; open the data folder with "
            "this release once (it upgrades the store), then move it.",
        ),
        where=where,
    )


def _kept_name(data_dir: DataDir, now: datetime) -> Path:
    return data_dir.backups / BEFORE_MOVE / f"kesu-{now.strftime(_STAMP)}.sqlite3"


def _fold_log(database: Path) -> None:
    """Fold the write-ahead log into the file, so the file alone holds every commit."""
    connection = sqlite3.connect(database)
    try:
        sqlite.fold_log_in(connection)
        sqlite.one_file(connection)
    finally:
        connection.close()


def _has_setup(database: Path) -> bool:
    engine = create_sqlite_engine(database)
    try:
        with engine.connect() as connection:
            if not inspect(connection).has_table(models.Installation.__tablename__):
                return False
            return bool(connection.execute(select(func.count()).select_from(models.Installation)).scalar_one())
    finally:
        engine.dispose()


def attach_to_server(data_dir: DataDir, address: ServerAddress) -> None:
    """Let the data folder work on the store on ``address`` from now on (a new county store there, or one another
    clerk set up). A folder whose own file is set up already is refused (its store is moved, not left behind);
    a file that holds no setup yet (a first start left off before its end) is removed."""
    current = remembered_server(data_dir)
    if current is not None and current != address:
        raise MoveError(ON_ANOTHER_SERVER, server=current.describe())
    with replacing(data_dir.root):
        if data_dir.database.exists():
            if _has_setup(data_dir.database):
                raise MoveError(HAS_OWN_STORE, folder=str(data_dir.root))
            for suffix in ("", "-wal", "-shm"):
                data_dir.database.with_name(data_dir.database.name + suffix).unlink(missing_ok=True)
        remember_server(data_dir, address)


def move_to_server(
    data_dir: DataDir,
    address: ServerAddress,
    server: Engine,
    *,
    progress: CopyProgress | None = None,
    now: datetime | None = None,
) -> MoveReport:
    """Move the folder's own store onto the empty database ``server`` (logged in to ``address``)."""
    current = remembered_server(data_dir)
    if current is not None:
        raise MoveError(ON_ANOTHER_SERVER, server=current.describe())
    if not data_dir.database.exists():
        raise MoveError(
            QT_TRANSLATE_NOOP("Errors", "The data folder {folder} holds no store to move; nothing was changed."),
            folder=str(data_dir.root),
        )
    check_server(server, address)
    source_name, target_name = str(data_dir.database), address.describe()
    with replacing(data_dir.root):
        source = create_sqlite_engine(data_dir.database)
        try:
            before, after = _copy_verified(source, server, source_name, target_name, progress)
        finally:
            source.dispose()
        _fold_log(data_dir.database)
        kept = _kept_name(data_dir, now or datetime.now())
        kept.parent.mkdir(parents=True, exist_ok=True)
        remember_server(data_dir, address)
        os.replace(data_dir.database, kept)
        for leftover in ("-wal", "-shm"):
            data_dir.database.with_name(data_dir.database.name + leftover).unlink(missing_ok=True)
    return MoveReport(source_name, target_name, before, after, kept)


def move_to_file(data_dir: DataDir, server: Engine, *, progress: CopyProgress | None = None) -> MoveReport:
    """Move the folder's store from the server ``server`` (logged in to the one it remembers) back into the
    folder's own file."""
    address = remembered_server(data_dir)
    if address is None:
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "Errors", "The data folder keeps its store in its own file already ({file}); nothing was changed."
            ),
            file=str(data_dir.database),
        )
    if data_dir.database.exists():
        raise MoveError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "There is a database file {file} in the data folder already, so the store was not moved back into "
                "it; nothing was changed. Move that file elsewhere first.",
            ),
            file=str(data_dir.database),
        )
    source_name, target_name = address.describe(), str(data_dir.database)
    staged = data_dir.database.with_name(data_dir.database.name + ".moving")
    with replacing(data_dir.root):
        staged.unlink(missing_ok=True)
        target = create_sqlite_engine(staged)
        try:
            before, after = _copy_verified(server, target, source_name, target_name, progress)
        except BaseException:
            target.dispose()
            staged.unlink(missing_ok=True)
            raise
        target.dispose()
        _fold_log(staged)
        os.replace(staged, data_dir.database)
        remember_server(data_dir, None)
    return MoveReport(source_name, target_name, before, after, None)
