"""The canonical records workbook in the GUI: save an empty template, export records, and import a workbook
after a preview of what would be added, updated or left unchanged and of every bad row.

The dialogs take their file path as an argument; only the small ``…_interactive`` functions ask for one with
a file dialog, so tests drive the dialogs without one. Reading and writing run through the Qt-free
:mod:`kesu_desktop.spreadsheet`; a progress dialog shows (and can cancel) a long import.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QStandardPaths, Qt
from PySide6.QtGui import QAction, QBrush, QColor
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.errors import KesuError
from kesu_desktop.spreadsheet import (
    ADDED,
    ALL_OR_NOTHING,
    ERROR,
    UNCHANGED,
    UPDATED,
    VALID_ONLY,
    ExportSummary,
    ImportReport,
    export_records,
    import_records,
    write_template,
)
from kesu_desktop.spreadsheet.layout import ID_FIELD, ID_LABEL
from kesu_desktop.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.validation import LABELS
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.read_only_table import read_only_table

Index = QModelIndex | QPersistentModelIndex
EXCEL_FILTER = QT_TRANSLATE_NOOP("SpreadsheetDialog", "Excel workbooks (*.xlsx)")
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


def _documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def _with_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")


# --- progress ------------------------------------------------------------------------------------------------


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


# --- preview -------------------------------------------------------------------------------------------------


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
        except KesuError as error:  # cancelled, or the file changed into something unreadable: nothing stored
            QMessageBox.warning(self, translate("SpreadsheetDialog", "Nothing imported"), self.translator.render(error))
            return
        if not report.stored:
            # The file changed since the preview and now has errors: show them; nothing was stored.
            self.load()
            return
        self.result_report = report
        self.accept()


# --- export --------------------------------------------------------------------------------------------------


class ExportDialog(QDialog):
    """Which records to export (all, a year or a month), then where to save them."""

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        path: Path | None = None,
        parent: QWidget | None = None,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.path = path
        self.summary: ExportSummary | None = None
        self.written: Path | None = None
        today = today or date.today()
        self.setWindowTitle(translate("SpreadsheetDialog", "Export records to Excel"))
        self.kind = QComboBox()
        self.kind.addItem(translate("SpreadsheetDialog", "All records"), "all")
        self.kind.addItem(translate("SpreadsheetDialog", "One year"), "year")
        self.kind.addItem(translate("SpreadsheetDialog", "One month"), "month")
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(today.year)
        self.month = QSpinBox()
        self.month.setRange(1, 12)
        self.month.setValue(today.month)
        self.kind.currentIndexChanged.connect(self._enable)
        form = QFormLayout()
        for text, widget in (
            (translate("SpreadsheetDialog", "&Records:"), self.kind),
            (translate("SpreadsheetDialog", "&Year:"), self.year),
            (translate("SpreadsheetDialog", "&Month:"), self.month),
        ):
            label = QLabel(text)
            label.setBuddy(widget)
            form.addRow(label, widget)
        hint = QLabel(
            translate(
                "SpreadsheetDialog",
                "The workbook has a sheet for activities and one for trainings, in the shape of the template. "
                "Edit it in Excel or WPS and import it again: rows keep their record numbers, so the records "
                "are updated, not added twice.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.error = QLabel()
        self.error.setStyleSheet("color: #a40000;")
        self.error.setWordWrap(True)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.export_button = QPushButton(translate("SpreadsheetDialog", "&Export…"))
        self.export_button.setDefault(True)
        self.buttons.addButton(self.export_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.export_button.clicked.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._enable()
        self.resize(460, 0)

    def _enable(self) -> None:
        kind = self.kind.currentData()
        self.year.setEnabled(kind in ("year", "month"))
        self.month.setEnabled(kind == "month")

    def period(self) -> str | None:
        kind = self.kind.currentData()
        if kind == "year":
            return f"{self.year.value():04d}"
        if kind == "month":
            return f"{self.year.value():04d}-{self.month.value():02d}"
        return None

    def suggested_name(self) -> str:
        period = self.period() or translate("SpreadsheetDialog", "all")
        return translate("SpreadsheetDialog", "{unit} activities and trainings {period}.xlsx").format(
            unit=self.state.unit.name, period=period
        )

    def _choose_path(self) -> Path | None:
        if self.path is not None:
            return self.path
        chosen, _filter = QFileDialog.getSaveFileName(
            self,
            translate("SpreadsheetDialog", "Export records to"),
            str(_documents_folder() / self.suggested_name()),
            translate("SpreadsheetDialog", EXCEL_FILTER),
        )
        return _with_suffix(Path(chosen)) if chosen else None

    def export(self) -> None:
        path = self._choose_path()
        if path is None:
            return
        try:
            with self.state.store.reading() as session:
                self.summary = export_records(
                    path, session, self.state.reference, self.state.installation.setup.unit_code, self.period()
                )
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            self.error.show()
            return
        self.written = path
        self.accept()


# --- the File menu's actions ---------------------------------------------------------------------------------


def save_template_interactive(
    parent: QWidget, state: AppState, translator: Translator, path: Path | None = None
) -> Path | None:
    """Ask where to save an empty workbook (unless ``path`` is given), write it and say so."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("SpreadsheetDialog", "Save an empty Excel workbook"),
            str(_documents_folder() / translate("SpreadsheetDialog", "activities and trainings template.xlsx")),
            translate("SpreadsheetDialog", EXCEL_FILTER),
        )
        if not chosen:
            return None
        path = _with_suffix(Path(chosen))
    try:
        write_template(path, state.reference)
    except KesuError as error:
        QMessageBox.warning(parent, translate("SpreadsheetDialog", "Template not saved"), translator.render(error))
        return None
    QMessageBox.information(
        parent,
        translate("SpreadsheetDialog", "Template saved"),
        translate(
            "SpreadsheetDialog",
            "An empty workbook was saved to {file}. Fill in one row per activity or training, then use "
            "File → Import records from Excel.",
        ).format(file=path),
    )
    return path


def export_interactive(parent: QWidget, state: AppState, translator: Translator) -> Path | None:
    dialog = ExportDialog(state, translator, parent=parent)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.summary is None:
        return None
    QMessageBox.information(
        parent,
        translate("SpreadsheetDialog", "Records exported"),
        translate(
            "SpreadsheetDialog", "{activities} activities and {trainings} trainings were saved to {file}."
        ).format(activities=dialog.summary.activities, trainings=dialog.summary.trainings, file=dialog.written),
    )
    return dialog.written


def import_interactive(
    parent: QWidget, state: AppState, translator: Translator, path: Path | None = None
) -> ImportReport | None:
    """Ask for a workbook (unless ``path`` is given), preview it, and import it as the clerk chooses."""
    if path is None:
        chosen, _filter = QFileDialog.getOpenFileName(
            parent,
            translate("SpreadsheetDialog", "Import records from"),
            str(_documents_folder()),
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


def spreadsheet_actions(
    parent: QWidget, state: AppState, translator: Translator, after_import: Callable[[], None]
) -> list[QAction]:
    """File-menu actions of a reporting unit: import, export, and an empty template."""
    import_action = QAction(translate("SpreadsheetDialog", "&Import records from Excel…"), parent)

    def run_import() -> None:
        if import_interactive(parent, state, translator) is not None:
            after_import()

    import_action.triggered.connect(run_import)
    export_action = QAction(translate("SpreadsheetDialog", "&Export records to Excel…"), parent)
    export_action.triggered.connect(lambda: export_interactive(parent, state, translator))
    template_action = QAction(translate("SpreadsheetDialog", "Save an empty Excel &template…"), parent)
    template_action.triggered.connect(lambda: save_template_interactive(parent, state, translator))
    return [import_action, export_action, template_action]
