"""Getting a data folder ready to use: tidy what a crash left behind, open, check and migrate the store, then
load the reference data (the shipped files, with the county's updates laid over them). A damaged database is
reported together with the newest good backup to restore."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from sqlalchemy.exc import DatabaseError

from kesu_desktop.base.errors import DamagedStoreError, StoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import remove_leftover_temporaries
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.county_updates import apply_update, current_reference, held_update
from kesu_desktop.reference.data import ReferenceData, load_reference_files
from kesu_desktop.store.backups import newest_good_backup
from kesu_desktop.store.database import Store
from kesu_desktop.store.opening import open_store
from kesu_desktop.store.server import AskPassword


def remove_leftovers(data_dir: DataDir, folders: Iterable[Path] = ()) -> list[Path]:
    """Remove the temporary files an interrupted write left in the data folder and in ``folders`` (e.g. the
    last export folder); the files removed. SQLite's own ``-wal`` and ``-shm`` files are not touched: SQLite
    needs them to recover the last committed transactions."""
    removed: list[Path] = []
    for folder in (data_dir.root, data_dir.auto_backups, data_dir.restore_backups, *folders):
        removed += remove_leftover_temporaries(folder)
    return removed


def prepare_store(
    data_dir: DataDir, *, tidy_folders: Iterable[Path] = (), ask_password: AskPassword | None = None
) -> tuple[Store, ReferenceData]:
    """The open, migrated store with reference data loaded, and a snapshot of that reference data; a store on
    a server asks for its password with ``ask_password`` when it is neither in the environment nor kept.

    Temporary files left by an interrupted write are removed first, from the data folder and from
    ``tidy_folders``. A damaged database file is reported as a :class:`DamagedStoreError` naming the newest
    backup that passes its check (none is restored without the user's word).
    """
    remove_leftovers(data_dir, tidy_folders)
    try:
        store = open_store(data_dir, ask_password)
    except DamagedStoreError as error:
        newest = newest_good_backup(data_dir)
        raise error.with_backup(newest.path if newest else None) from error
    try:
        with store.transaction() as session:
            load_reference_files(session)
            apply_update(session, held_update(session))
            reference = current_reference(session)
    except DatabaseError as exc:
        store.close()
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened: {reason}"),
            path=store.server.describe() if store.server else str(data_dir.database),
            reason=str(exc.orig),
        ) from exc
    except Exception:
        store.close()
        raise
    return store, reference
