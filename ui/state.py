"""What the open window works on: the store, the reference data and this installation's setup.

Pages read it and call services with its store; a change of setup goes through :meth:`AppState.save_setup`
so every page hears about it.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from kesu_desktop.installation import Installation, Setup, save_installation
from kesu_desktop.reference import ReferenceData, UnitInfo
from kesu_desktop.store import Store


class AppState(QObject):
    installation_changed = Signal()

    def __init__(self, store: Store, reference: ReferenceData, installation: Installation, language: str) -> None:
        super().__init__()
        self.store = store
        self.reference = reference
        self.installation = installation
        self.language = language

    @property
    def unit(self) -> UnitInfo:
        return self.reference.unit(self.installation.setup.unit_code)

    def save_setup(self, setup: Setup) -> Installation:
        """Validate and store a changed setup; raises ValidationError and changes nothing if it is invalid."""
        with self.store.transaction() as session:
            self.installation = save_installation(session, setup, self.reference)
        self.installation_changed.emit()
        return self.installation
