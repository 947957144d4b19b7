"""Importing a records workbook in the GUI: a preview of what would be added, updated or left unchanged and of
every bad row, then the import in the mode the clerk chooses, with a progress dialog that can cancel.

The dialog takes its file path as an argument; only :func:`import_interactive` asks for one with a file dialog,
so tests drive the dialog without one. Reading and writing run through the Qt-free
:mod:`kesu_desktop.spreadsheet`, whose importer (and the workbook reader with it) loads at the first import.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.fields import LABELS
from kesu_desktop.spreadsheet.import_modes import ADDED, ALL_OR_NOTHING, ERROR, UNCHANGED, UPDATED, VALID_ONLY
from kesu_desktop.spreadsheet.layout import ID_FIELD, ID_LABEL
from ui.i18n import translate
from ui.spreadsheet.files import EXCEL_FILTER, documents_folder
from ui.state import AppState

if TYPE_CHECKING:
    from kesu_desktop.spreadsheet.importer import ImportReport
from ui.widgets.read_only_table import read_only_table

Index = QModelIndex | QPersistentModelIndex
OUTCOMES = {
    ERROR: QT_TRANSLATE_NOOP("SpreadsheetDialog", "Error"),
    ADDED: QT_TRANSLATE_NOOP("SpreadsheetDialog", "Add"),
    UPDATED: QT_TRANSLATE_NOOP("SpreadsheetDialog", "Update"),
    UNCHANGED: QT_TRANSLATE_NOOP("SpreadsheetDialog", "Unchanged"),
}
_ERROR_COLOUR = QColor("#a40000")
_UNCHANGED_COLOUR = QColor("#707070")


def _field_label(field: str | None) -> str:
    if not field:
        return ""
    return translate("Fields", ID_LABEL if field == ID_FIELD else LABELS.get(field, field))


class ImportProgress:
    """A progress dialog fed by the import's progress callback; Cancel stops the import (nothing is stored)."""

    def __init__(self, parent: QWidget | None, text: str) -> None:
        self.dialog = QProgressDialog(text, translate("SpreadsheetDialog", "Cancel"), 0, 0, parent)
        self.dialog.setWindowTitle(translate("SpreadsheetDialog", "Import records"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        if self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        self.dialog.setValue(min(done, total) if total else 0)
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


class ImportPreviewModel(QAbstractTableModel):
    """One line per problem of a bad row, then one per row to add, update or leave unchanged."""

    COLUMNS = (
        QT_TRANSLATE_NOOP("SpreadsheetDialog", "Outcome"),
        QT_TRANSLATE_NOOP("SpreadsheetDialog", "Sheet"),
        QT_TRANSLATE_NOOP("SpreadsheetDialog", "Row"),
        QT_TRANSLATE_NOOP("SpreadsheetDialog", "Column"),
        QT_TRANSLATE_NOOP("SpreadsheetDialog", "Title"),
        QT_TRANSLATE_NOOP("SpreadsheetDialog", "Reason or change"),
    )

    def __init__(self, translator: Translator) -> None:
        super().__init__()
        self.translator = translator
        self.lines: list[tuple[str, tuple[str, ...]]] = []

    def show_report(self, report: ImportReport | None) -> None:
        self.beginResetModel()
        self.lines = [] if report is None else self._lines(report)
        self.endResetModel()

    def _lines(self, report: ImportReport) -> list[tuple[str, tuple[str, ...]]]:
        lines: list[tuple[str, tuple[str, ...]]] = []
        outcome = {status: translate("SpreadsheetDialog", text) for status, text in OUTCOMES.items()}
        for row in report.rows:
            for problem in row.problems:
                column = f"{problem.column} ({problem.column_letter})" if problem.column_letter else problem.column
                reason = self.translator.render(problem.error)
                lines.append((ERROR, (outcome[ERROR], row.sheet, str(row.row), column, row.title, reason)))
        for status in (ADDED, UPDATED, UNCHANGED):
            for row in report.rows:
                if row.status != status:
                    continue
                detail = ""
                if status == UPDATED:
                    detail = translate("SpreadsheetDialog", "Changes: {fields}").format(
                        fields=", ".join(_field_label(name) for name in row.changed)
                    )
                lines.append((status, (outcome[status], row.sheet, str(row.row), "", row.title, detail)))
        return lines

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.lines)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.lines):
            return None
        status, texts = self.lines[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return texts[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole:
            if status == ERROR:
                return QBrush(_ERROR_COLOUR)
            if status == UNCHANGED:
                return QBrush(_UNCHANGED_COLOUR)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.COLUMNS):
            return translate("SpreadsheetDialog", self.COLUMNS[section])
        return None


def preview_summary(report: ImportReport) -> str:
    counts = {
        "added": report.count(ADDED),
        "updated": report.count(UPDATED),
        "unchanged": report.count(UNCHANGED),
        "errors": report.count(ERROR),
    }
    if not report.rows:
        return translate("SpreadsheetDialog", "The workbook holds no records.")
    text = translate("SpreadsheetDialog", "{added} to add, {updated} to update, {unchanged} unchanged.").format(
        **counts
    )
    if report.has_errors:
        text += " " + translate(
            "SpreadsheetDialog",
            "{errors} rows have errors (listed first): correct them in the workbook and open it again, "
            "or import only the valid rows.",
        ).format(**counts)
    elif not report.changes:
        text += " " + translate("SpreadsheetDialog", "Nothing to import: every record is already stored as it is.")
    return text


def result_summary(report: ImportReport) -> str:
    counts = {
        "added": report.count(ADDED),
        "updated": report.count(UPDATED),
        "unchanged": report.count(UNCHANGED),
        "errors": report.count(ERROR),
    }
    text = translate("SpreadsheetDialog", "Imported: {added} added, {updated} updated, {unchanged} unchanged.").format(
        **counts
    )
    if report.has_errors:
        text += " " + translate("SpreadsheetDialog", "{errors} rows with errors were left out.").format(**counts)
    return text


class ImportPreviewDialog(QDialog):
    """What importing ``path`` would do, and the choice: import all (only when no row has an error), import
    the valid rows only, or cancel. Opening the dialog stores nothing."""

    def __init__(self, state: AppState, translator: Translator, path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.path = Path(path)
        self.preview: ImportReport | None = None
        self.result_report: ImportReport | None = None
        self.setWindowTitle(translate("SpreadsheetDialog", "Import records from Excel"))
        heading = QLabel(translate("SpreadsheetDialog", "File: {file}").format(file=self.path))
        heading.setWordWrap(True)
        heading.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = ImportPreviewModel(translator)
        self.table = read_only_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.import_all_button = QPushButton(translate("SpreadsheetDialog", "Import &all"))
        self.import_valid_button = QPushButton(translate("SpreadsheetDialog", "Import &valid rows only"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.addButton(self.import_all_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.import_valid_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.import_all_button.clicked.connect(self.import_all)
        self.import_valid_button.clicked.connect(self.import_valid_only)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.buttons)
        self.resize(980, 520)
        self.load()

    def _run(self, mode: str, dry_run: bool) -> ImportReport:
        """One pass over the file, with a progress dialog; raises KesuError when the file cannot be used."""
        from kesu_desktop.spreadsheet.importer import import_records

        setup = self.state.installation.setup
        progress = ImportProgress(self, translate("SpreadsheetDialog", "Reading {file}…").format(file=self.path.name))
        try:
            if dry_run:
                with self.state.store.reading() as session:
                    return import_records(
                        self.path,
                        session,
                        self.state.reference,
                        setup.unit_code,
                        setup.clerk_name,
                        mode,
                        True,
                        progress,
                    )
            with self.state.store.transaction() as session:
                return import_records(
                    self.path, session, self.state.reference, setup.unit_code, setup.clerk_name, mode, False, progress
                )
        finally:
            progress.close()

    def load(self) -> None:
        """Read the file again and show what importing it would do (a dry run: nothing is stored)."""
        try:
            self.preview = self._run(VALID_ONLY, dry_run=True)
        except KesuError as error:
            self.preview = None
            self.model.show_report(None)
            self.summary.setText(self.translator.render(error))
            self.summary.setStyleSheet("color: #a40000;")
            self.import_all_button.setEnabled(False)
            self.import_valid_button.setEnabled(False)
            return
        self.model.show_report(self.preview)
        self.summary.setStyleSheet("")
        self.summary.setText(preview_summary(self.preview))
        self.import_all_button.setEnabled(not self.preview.has_errors and self.preview.changes > 0)
        self.import_valid_button.setEnabled(self.preview.has_errors and self.preview.changes > 0)
        self.import_all_button.setDefault(self.import_all_button.isEnabled())

    def import_all(self) -> None:
        self._import(ALL_OR_NOTHING)

    def import_valid_only(self) -> None:
        self._import(VALID_ONLY)

    def _import(self, mode: str) -> None:
        try:
            report = self._run(mode, dry_run=False)
        except KesuError as error:  # cancelled, the file now unusable, or the store busy: nothing stored
            QMessageBox.warning(self, translate("SpreadsheetDialog", "Nothing imported"), self.translator.render(error))
            return
        if not report.stored:
            # The file changed since the preview and now has errors: show them; nothing was stored.
            self.load()
            return
        self.result_report = report
        self.accept()


def import_interactive(
    parent: QWidget, state: AppState, translator: Translator, path: Path | None = None
) -> ImportReport | None:
    """Ask for a workbook (unless ``path`` is given), preview it, and import it as the clerk chooses."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("SpreadsheetDialog", "Import records from"),
            str(documents_folder()),
            translate("SpreadsheetDialog", EXCEL_FILTER),
        )
        if not chosen:
            return None
        path = Path(chosen)
    dialog = ImportPreviewDialog(state, translator, path, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.result_report is None:
        return None
    QMessageBox.information(
        parent, translate("SpreadsheetDialog", "Records imported"), result_summary(dialog.result_report)
    )
    return dialog.result_report
