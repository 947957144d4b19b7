"""Getting a data folder ready to use: open and migrate the store, then load the reference data."""

from __future__ import annotations

from sqlalchemy.exc import DatabaseError

from kesu_desktop.errors import StoreError
from kesu_desktop.paths import DataDir
from kesu_desktop.reference import ReferenceData, load_reference_files, read_reference
from kesu_desktop.store import Store, open_store
from kesu_desktop.translation import QT_TRANSLATE_NOOP


def prepare_store(data_dir: DataDir) -> tuple[Store, ReferenceData]:
    """The open, migrated store with reference data loaded, and a snapshot of that reference data.

    A damaged database file (one SQLite cannot read) is reported as a :class:`StoreError`.
    """
    store = open_store(data_dir)
    try:
        with store.transaction() as session:
            load_reference_files(session)
            reference = read_reference(session)
    except DatabaseError as exc:
        store.close()
        raise StoreError(
            QT_TRANSLATE_NOOP("Errors", "The database {path} cannot be opened: {reason}"),
            path=str(data_dir.database),
            reason=str(exc.orig),
        ) from exc
    except Exception:
        store.close()
        raise
    return store, reference
