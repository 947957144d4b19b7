"""Getting a data folder ready to use: open and migrate the store, then load the reference data."""

from __future__ import annotations

from kesu_desktop.paths import DataDir
from kesu_desktop.reference import ReferenceData, load_reference_files, read_reference
from kesu_desktop.store import Store, open_store


def prepare_store(data_dir: DataDir) -> tuple[Store, ReferenceData]:
    """The open, migrated store with reference data loaded, and a snapshot of that reference data."""
    store = open_store(data_dir)
    try:
        with store.transaction() as session:
            load_reference_files(session)
            reference = read_reference(session)
    except Exception:
        store.close()
        raise
    return store, reference
