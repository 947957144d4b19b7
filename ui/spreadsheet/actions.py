"""The File menu's spreadsheet actions of a reporting unit: import, bringing in a hand-kept ledger (台账), export,
and an empty template."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QWidget,
)

from kesu_desktop.base.translation import Translator
from ui.i18n import translate
from ui.spreadsheet.export_dialog import export_interactive, save_template_interactive
from ui.spreadsheet.import_dialog import import_interactive
from ui.state import AppState


def spreadsheet_actions(
    parent: QWidget, state: AppState, translator: Translator, after_import: Callable[[], None]
) -> list[QAction]:
    """File-menu actions of a reporting unit: import, bringing in a ledger, export, and an empty template."""
    import_action = QAction(translate("SpreadsheetDialog", "&Import records from Excel…"), parent)

    def run_import() -> None:
        if import_interactive(parent, state, translator) is not None:
            after_import()

    import_action.triggered.connect(run_import)
    ledger_action = QAction(translate("LedgerDialog", "Bring in a &ledger (台账)…"), parent)

    def run_ledger_import() -> None:
        # The ledger reader (python-calamine and the checks of untrusted workbooks) loads at the first ledger,
        # not with the main window.
        from ui.ledgers.import_dialog import ledger_import_interactive

        if ledger_import_interactive(parent, state, translator) is not None:
            after_import()

    ledger_action.triggered.connect(run_ledger_import)
    export_action = QAction(translate("SpreadsheetDialog", "&Export records to Excel…"), parent)
    export_action.triggered.connect(lambda: export_interactive(parent, state, translator))
    template_action = QAction(translate("SpreadsheetDialog", "Save an empty Excel &template…"), parent)
    template_action.triggered.connect(lambda: save_template_interactive(parent, state, translator))
    return [import_action, ledger_action, export_action, template_action]
