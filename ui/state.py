"""What the open window works on: the store, the reference data and this installation's setup.

Pages read it and call services with its store; a change of setup goes through :meth:`AppState.save_setup`
so every page (and the idle lock, for the lock time) hears about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kesu_desktop.reference.county_updates import current_reference
from kesu_desktop.reference.data import ReferenceData, UnitInfo
from kesu_desktop.store.access import has_password, lock_after_minutes, set_lock_after_minutes
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, Setup, save_installation


class AppState(QObject):
    installation_changed = Signal()
    lock_changed = Signal(int)  # the minutes without input after which the app locks
    reference_changed = Signal()  # the reference data was read again (a plan or its targets were edited)

    def __init__(self, store: Store, reference: ReferenceData, installation: Installation, language: str) -> None:
        super().__init__()
        self.store = store
        self.reference = reference
        self.installation = installation
        self.language = language

    @property
    def unit(self) -> UnitInfo:
        return self.reference.unit(self.installation.setup.unit_code)

    def reload_reference(self) -> ReferenceData:
        """Read the reference data again from the store (after a plan was edited, or a county bulletin applied)
        and tell every page."""
        with self.store.reading() as session:
            self.reference = current_reference(session)
        self.reference_changed.emit()
        return self.reference

    def has_password(self) -> bool:
        with self.store.reading() as session:
            return has_password(session)

    def lock_minutes(self) -> int:
        with self.store.reading() as session:
            return lock_after_minutes(session)

    def save_setup(self, setup: Setup, *, lock_minutes: int | None = None, move_records: bool = False) -> Installation:
        """Validate and store a changed setup (and lock time, when given); raises ValidationError and changes
        nothing if either is invalid. ``move_records`` confirms a change of unit that moves the folder's records."""
        with self.store.transaction() as session:
            installation = save_installation(session, setup, self.reference, move_records=move_records)
            if lock_minutes is not None:
                set_lock_after_minutes(session, lock_minutes)
        self.installation = installation
        self.installation_changed.emit()
        if lock_minutes is not None:
            self.lock_changed.emit(lock_minutes)
        return self.installation
