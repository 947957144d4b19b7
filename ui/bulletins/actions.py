"""The File menu's county-bulletin actions of a reporting unit: importing the county's bulletin (县回执) and
undoing the last one; the pages are refreshed after either changes what the township shows."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from kesu_desktop.base.translation import Translator
from kesu_desktop.bulletins.township import APPLIED
from ui.bulletins.importing import import_interactive, undo_interactive
from ui.i18n import translate
from ui.state import AppState


def bulletin_actions(
    parent: QWidget, state: AppState, translator: Translator, after_change: Callable[[], None]
) -> list[QAction]:
    """Import the county's bulletin, and undo the last one."""
    import_action = QAction(translate("Bulletins", "Import the county's &bulletin…"), parent)

    def run_import() -> None:
        result = import_interactive(parent, state, translator)
        if result is not None and result.status == APPLIED:
            state.reload_reference()  # the county's reference data, laid over the shipped data, holds from now on
            after_change()

    import_action.triggered.connect(run_import)
    undo_action = QAction(translate("Bulletins", "&Undo the last county bulletin…"), parent)

    def run_undo() -> None:
        if undo_interactive(parent, state, translator):
            state.reload_reference()
            after_change()

    undo_action.triggered.connect(run_undo)
    return [import_action, undo_action]
