"""Bringing in a hand-kept ledger (台账): the file read once (as untrusted), then a dialog with the counts of what
it would become, a tab per sheet with the clerk's choices beside the preview of its rows, and the import, all or
nothing, once the clerk confirms. Every change of a choice, every fix typed into the preview and each of the two
check boxes plans the ledger again (:func:`~kesu_desktop.ledgers.importer.plan_sheets`, which stores nothing).

The dialog takes the file's path; only :func:`ledger_import_interactive` asks for one with a file dialog, so
tests drive the dialog without one.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.inbox.ledgers import import_unit_ledger, plan_unit_ledger
from kesu_desktop.ledgers.choices import SheetChoices
from kesu_desktop.ledgers.importer import LedgerImport, LedgerOptions, import_ledger, plan_sheets
from kesu_desktop.ledgers.layout import load_header_words
from kesu_desktop.ledgers.plan import Fixes, LedgerPlan
from kesu_desktop.ledgers.sheets import LedgerSheet, read_ledger
from ui.i18n import translate
from ui.ledgers.sheet_tabs import SheetTabs
from ui.ledgers.summary import plan_summary, why_not
from ui.state import AppState

LEDGER_FILTER = QT_TRANSLATE_NOOP("LedgerDialog", "Excel workbooks (*.xlsx *.xls)")


class LedgerImportDialog(QDialog):
    """What bringing in the ledger ``sheets`` read from ``path`` would store, the choices and fixes that change
    it, and the import. Nothing is stored until the clerk presses Import."""

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        path: Path,
        sheets: list[LedgerSheet],
        parent: QWidget | None = None,
        unit_code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.path, self.sheets = state, translator, Path(path), sheets
        self.at_county = state.installation.role == "county"
        self.unit_code = unit_code or state.installation.setup.unit_code
        self.plan: LedgerPlan | None = None
        self.chosen: dict[str, SheetChoices] = {}
        self.result_import: LedgerImport | None = None
        self.setWindowTitle(translate("LedgerDialog", "Bring in a ledger (台账)"))
        if self.at_county:
            unit = state.reference.unit(self.unit_code).name
            heading = QLabel(
                translate(
                    "LedgerDialog",
                    "Ledger of {unit}: {file}. Its rows are kept as the unit's history from a ledger, apart from "
                    "its signed returns, for the months before it used KeSu.",
                ).format(unit=unit, file=self.path)
            )
        else:
            heading = QLabel(translate("LedgerDialog", "Ledger: {file}").format(file=self.path))
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts = QLabel()
        self.counts.setStyleSheet("font-weight: bold;")
        self.totals = QLabel()
        self.totals.setStyleSheet("color: #9a5b00;")
        self.left_alone = QLabel()
        self.left_alone.setStyleSheet("color: #555;")
        for label in (heading, self.counts, self.totals, self.left_alone):
            label.setWordWrap(True)
        self.tabs = SheetTabs(sheets, state.reference, state.language, load_header_words(), translator)
        self.tabs.choices_changed.connect(self._choices_changed)
        self.tabs.fixed.connect(self.replan, Qt.ConnectionType.QueuedConnection)
        self.skip_flagged = QCheckBox(translate("LedgerDialog", "&Leave out the rows that still need fixing"))
        self.accept_approximate = QCheckBox(
            translate("LedgerDialog", "I have &checked the approximate figures; store them as written")
        )
        for box in (self.skip_flagged, self.accept_approximate):
            box.toggled.connect(self._show_verdict)
        self.why = QLabel()
        self.why.setWordWrap(True)
        self.import_button = QPushButton(translate("LedgerDialog", "&Import"))
        self.import_button.clicked.connect(self.import_ledger)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.counts)
        layout.addWidget(self.totals)
        layout.addWidget(self.left_alone)
        layout.addWidget(self.tabs, stretch=1)
        layout.addWidget(self.skip_flagged)
        layout.addWidget(self.accept_approximate)
        layout.addWidget(self.why)
        layout.addWidget(self.buttons)
        self.resize(1300, 680)
        self.replan()

    def options(self, *, dry_run: bool = True) -> LedgerOptions:
        return LedgerOptions(
            chosen=dict(self.chosen) or None,
            fixes=self.fixes(),
            dry_run=dry_run,
            skip_flagged=self.skip_flagged.isChecked(),
            accept_approximate=self.accept_approximate.isChecked(),
        )

    def fixes(self) -> Fixes:
        return self.tabs.fixes()

    def _choices_changed(self, sheet: str, choices: SheetChoices) -> None:
        self.chosen[sheet] = choices
        self.replan()

    def replan(self) -> None:
        """Plan the ledger under the current choices and fixes, and show it (nothing is stored)."""
        planner = plan_unit_ledger if self.at_county else plan_sheets
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            with self.state.store.reading() as session:
                plan = planner(self.path, self.sheets, session, self.state.reference, self.unit_code, self.options())
        except KesuError as error:
            self.plan = None
            self.counts.setText(self.translator.render(error))
            self._show_verdict()
            return
        finally:
            QApplication.restoreOverrideCursor()
        self._show_plan(plan)

    def _show_plan(self, plan: LedgerPlan) -> None:
        self.plan = plan
        self.chosen = {sheet.name: sheet.choices for sheet in plan.sheets if sheet.choices is not None}
        self.tabs.show_plan(plan)
        counts, totals, left_alone = plan_summary(plan)
        self.counts.setText(counts)
        self.totals.setText("\n".join(totals))
        self.totals.setVisible(bool(totals))
        self.left_alone.setText("\n".join(left_alone))
        self.left_alone.setVisible(bool(left_alone))
        self._show_verdict()

    def _show_verdict(self) -> None:
        """Enable Import only when the ledger may be stored as the clerk chose and some row would be; say why not."""
        text, ready = why_not(self.plan, self.options())
        self.why.setText(text)
        self.why.setStyleSheet("" if ready else "color: #a40000;")
        self.import_button.setEnabled(ready)
        self.import_button.setDefault(ready)

    def import_ledger(self) -> None:
        """Store the ledger as planned, all or nothing; a busy store or a refusal is shown and the dialog stays."""
        setup = self.state.installation.setup
        importer = import_unit_ledger if self.at_county else import_ledger
        try:
            with self.state.store.transaction() as session:
                result = importer(
                    self.path,
                    session,
                    self.state.reference,
                    self.unit_code,
                    setup.clerk_name,
                    self.options(dry_run=False),
                    sheets=self.sheets,
                )
        except KesuError as error:  # the store busy or unusable: nothing stored, nothing lost
            QMessageBox.warning(self, translate("LedgerDialog", "Nothing stored"), self.translator.render(error))
            return
        if result.refused is not None or not result.stored:
            self._show_plan(result.plan)  # the store changed since the preview: show what it now finds
            return
        self.result_import = result
        QMessageBox.information(
            self,
            translate("LedgerDialog", "Ledger brought in"),
            translate("LedgerDialog", "{count} records stored from the ledger.").format(count=len(result.stored)),
        )
        self.accept()


def read_ledger_or_say_why(parent: QWidget | None, path: Path, translator: Translator) -> list[LedgerSheet] | None:
    """The sheets of the ledger at ``path``; None, once a message has said why, for a file that is refused."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        return read_ledger(path)
    except KesuError as error:
        refused = translator.render(error)
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.warning(parent, translate("LedgerDialog", "Ledger not read"), refused)
    return None


def ledger_import_interactive(
    parent: QWidget, state: AppState, translator: Translator, path: Path | None = None, unit_code: str | None = None
) -> LedgerImport | None:
    """Ask for a ledger (unless ``path`` is given), read it, and bring it in as the clerk chooses: this unit's,
    or at the county unit ``unit_code``'s."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("LedgerDialog", "Bring in a ledger from"),
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home()),
            translate("LedgerDialog", LEDGER_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
    sheets = read_ledger_or_say_why(parent, path, translator)
    if sheets is None:
        return None
    dialog = LedgerImportDialog(state, translator, path, sheets, parent, unit_code)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.result_import


def county_ledger_interactive(
    parent: QWidget, state: AppState, translator: Translator, unit_code: str | None = None, path: Path | None = None
) -> LedgerImport | None:
    """At the county: ask whose ledger it is (unless ``unit_code`` is given), then bring it in."""
    if unit_code is None:
        units = state.reference.reporting_units()
        name, chosen = QInputDialog.getItem(
            parent,
            translate("LedgerDialog", "Bring in a unit's ledger (台账)"),
            translate("LedgerDialog", "Whose ledger is it? (the months before the unit used KeSu)"),
            [unit.name for unit in units],
            0,
            False,
        )
        if not chosen:
            return None
        unit_code = next(unit.code for unit in units if unit.name == name)
    return ledger_import_interactive(parent, state, translator, path, unit_code)
