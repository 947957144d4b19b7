"""The county's Import page: the units' returns taken in from files, folders or USB sticks.

The clerk adds sources, checks them (a preview: nothing is stored) and sees every file with its status, then
imports: the new and newer returns are stored, all in one transaction, and the import joins the list of past
imports below, where it can be undone and its receipt list written. A file signed by a key the county has not
confirmed gets "Confirm key…" (see :mod:`.key_dialogs`); the files are checked again once it is confirmed.
Both runs show a progress dialog whose Cancel stores nothing. Everything the page does is a call into
:mod:`kesu_desktop.county.inbox.imports`.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.imports import InboxCancelledError, InboxRun, run_inbox
from kesu_desktop.county.inbox.sources import gather
from kesu_desktop.county.inbox.types import KEY_TO_CONFIRM, STORED_STATUSES, FileResult
from ui.county.bulletin_dialog import BulletinDialog
from ui.county.import_history import ImportHistory
from ui.county.inbox_results import REASON, ResultsModel, counts_text
from ui.county.inbox_sources import SourcesBox
from ui.county.key_dialogs import ConfirmKeyDialog
from ui.county.progress import InboxProgress
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label
from ui.widgets.read_only_table import read_only_table

COLUMN_WIDTHS = {REASON: 320}


def section(text: str) -> QLabel:
    label = QLabel(text)
    label.setStyleSheet("font-weight: bold; padding-top: 6px;")
    return label


class InboxPage(QWidget):
    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.previewed = False
        """The table shows a check of the sources as they are listed (not an import, not an older list)."""
        heading = QLabel(translate("CountyInbox", "Import returns"))
        heading.setObjectName("pageTitle")
        hint = QLabel(
            translate(
                "CountyInbox",
                "Add the returns the units brought, as files, a folder or a whole USB stick, and check them: "
                "checking stores nothing. Then import the new and corrected returns.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.sources = SourcesBox(state)
        self.sources.changed.connect(self.sources_changed)
        self.check_button = QPushButton(translate("CountyInbox", "&Check"))
        self.check_button.clicked.connect(self.check)
        self.import_button = QPushButton(translate("CountyInbox", "&Import"))
        self.import_button.clicked.connect(self.import_returns)
        self.confirm_button = QPushButton(translate("CountyInbox", "Confirm &key…"))
        self.confirm_button.setToolTip(
            translate("CountyInbox", "Compare the selected file's key with the unit's paper return and confirm it.")
        )
        self.confirm_button.clicked.connect(self.confirm_key)
        self.bulletins_button = QPushButton(translate("CountyInbox", "Write &bulletins for the units…"))
        self.bulletins_button.setToolTip(
            translate("CountyInbox", "Write each unit's signed bulletin (receipts, returns sent back) for the stick.")
        )
        self.bulletins_button.clicked.connect(self.write_bulletins)
        self.ledger_button = QPushButton(translate("CountyInbox", "Bring in a unit's l&edger (台账)…"))
        self.ledger_button.setToolTip(
            translate(
                "CountyInbox",
                "A unit's hand-kept ledger of the months before it used KeSu, for the evaluation (marked as a "
                "ledger's, never as a signed return).",
            )
        )
        self.ledger_button.clicked.connect(self.bring_in_ledger)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.error = error_label()
        self.model = ResultsModel(translator, state.language)
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(REASON, QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        self.table.setMinimumHeight(150)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_selected())
        self.table.doubleClicked.connect(lambda _index: self.confirm_key())
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setObjectName("hint")
        self.detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.detail.setMinimumHeight(3 * self.detail.fontMetrics().lineSpacing())  # no jump from row to row
        self.history = ImportHistory(state, translator)
        rows = self.history.table.verticalHeader().defaultSectionSize()
        self.history.setFixedHeight(self.history.table.horizontalHeader().sizeHint().height() + 3 * rows + 4)
        self.history.undone.connect(self.imports_changed)
        actions = QHBoxLayout()
        for button in (self.check_button, self.import_button, self.confirm_button):
            actions.addWidget(button)
        actions.addWidget(self.summary, stretch=1)
        actions.addWidget(self.ledger_button)
        actions.addWidget(self.bulletins_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addWidget(section(translate("CountyInbox", "Sources")))
        layout.addWidget(self.sources)
        layout.addLayout(actions)
        layout.addWidget(self.outcome)
        layout.addWidget(self.error)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.detail)
        layout.addWidget(section(translate("CountyInbox", "Past imports")))
        layout.addWidget(self.history)
        self._show_error("")
        self._show_results((), "")

    # --- what the table shows ---------------------------------------------------------------------------------

    def _show_results(self, results: Sequence[FileResult], outcome: str, *, previewed: bool = False) -> None:
        self.previewed = previewed
        self.model.show_results(results)
        for column, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(column, width)
        self.summary.setText(counts_text(results) if results or previewed else "")
        self.outcome.setText(outcome)
        self.outcome.setVisible(bool(outcome))
        if results:
            self.table.selectRow(next((r for r, f in enumerate(results) if f.status == KEY_TO_CONFIRM), 0))
        self._show_selected()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    def selected(self) -> FileResult | None:
        return self.model.result(self.table.currentIndex().row())

    def _show_selected(self) -> None:
        result = self.selected()
        reason = self.model.reasons[self.table.currentIndex().row()] if result is not None else ""
        self.detail.setText("" if result is None else "\n".join(filter(None, (result.file, reason))))
        self.confirm_button.setEnabled(
            result is not None and result.status == KEY_TO_CONFIRM and bool(result.unit_code and result.key_fingerprint)
        )
        results = self.model.results
        self.import_button.setEnabled(
            self.previewed and any(r.status in (*STORED_STATUSES, KEY_TO_CONFIRM) for r in results)
        )
        self.check_button.setEnabled(bool(self.sources.paths()))

    # --- checking and importing -------------------------------------------------------------------------------

    def _run(self, *, dry_run: bool) -> InboxRun | None:
        """One pass of the inbox over the sources, with a progress dialog; None (with the reason shown) when it
        was cancelled or failed, and then nothing was stored."""
        state = self.state
        self._show_error("")
        title = translate("CountyInbox", "Check returns") if dry_run else translate("CountyInbox", "Import returns")
        candidates = gather(self.sources.paths())
        progress = InboxProgress(self, title)
        session_of = state.store.reading if dry_run else state.store.transaction
        try:
            with session_of() as session:
                return run_inbox(
                    session,
                    state.reference,
                    candidates,
                    actor=state.installation.setup.clerk_name,
                    dry_run=dry_run,
                    demo_folder=state.installation.is_demo,
                    progress=progress,
                )
        except InboxCancelledError as error:
            cancelled = translate("CountyInbox", "The check was cancelled.")
            self._show_results((), cancelled if dry_run else self.translator.render(error))
        except KesuError as error:
            self._show_results((), "")
            self._show_error(self.translator.render(error))
        finally:
            progress.close()
        return None

    def check(self) -> None:
        """Show what importing the sources would do; nothing is stored."""
        run = self._run(dry_run=True)
        if run is None:
            return
        stored = sum(1 for r in run.results if r.status in STORED_STATUSES)
        if stored:
            outcome = translate(
                "CountyInbox", "Nothing is stored yet; Import will store the new and corrected returns ({count})."
            ).format(count=stored)
        elif any(r.status == KEY_TO_CONFIRM for r in run.results):
            outcome = translate(
                "CountyInbox",
                "Some files wait for their unit's key: select one and choose Confirm key… (Import notes the keys "
                "to confirm under Units & keys).",
            )
        else:
            outcome = translate("CountyInbox", "Nothing to import: no file holds a new or corrected return.")
        self._show_results(run.results, outcome, previewed=True)
        self.table.setFocus()

    def import_returns(self) -> None:
        """Store the new and corrected returns among the sources, then show what each file came to."""
        run = self._run(dry_run=False)
        if run is None:
            return
        stored = sum(1 for r in run.results if r.status in STORED_STATUSES)
        if run.import_id is not None:
            outcome = translate("CountyInbox", "Imported. Returns stored: {count}. The import is listed below.").format(
                count=stored
            )
        else:
            outcome = translate("CountyInbox", "Nothing was stored: no file holds a new or corrected return.")
        waiting = sum(1 for r in run.results if r.status == KEY_TO_CONFIRM)
        if waiting:
            outcome += " " + translate(
                "CountyInbox",
                "Some files ({count}) wait for their unit's key: confirm it (Confirm key…), "
                "then check and import again.",
            ).format(count=waiting)
        self._show_results(run.results, outcome)
        self.history.refresh(newest=True)

    def confirm_key(self) -> None:
        result = self.selected()
        if result is None or result.status != KEY_TO_CONFIRM or not result.unit_code or not result.key_fingerprint:
            return
        unit = self.state.reference.find_unit(result.unit_code)
        if unit is None:
            return
        dialog = ConfirmKeyDialog(
            self.state, self.translator, unit, [result.key_fingerprint], public_key=result.public_key, parent=self
        )
        if dialog.exec():
            self.check()

    def bring_in_ledger(self) -> None:
        # The ledger reader loads with the first ledger, not with the county's pages.
        from ui.ledgers.import_dialog import county_ledger_interactive

        county_ledger_interactive(self, self.state, self.translator)

    def write_bulletins(self) -> None:
        """The bulletins for the units, into the stick or folder last added as a source unless the clerk changes it."""
        folders = [path for path in self.sources.paths() if path.is_dir()]
        BulletinDialog(self.state, self.translator, self, folder=folders[-1] if folders else None).exec()

    # --- changes from elsewhere -------------------------------------------------------------------------------

    def sources_changed(self) -> None:
        self._show_error("")
        self._show_results((), translate("CountyInbox", "Check the files to see what importing them would do."))

    def imports_changed(self) -> None:
        """An import was undone: a check shown before no longer tells what importing would do."""
        if self.model.results:
            self._show_results((), translate("CountyInbox", "The held returns changed: check the files again."))

    def refresh(self) -> None:
        self.history.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
