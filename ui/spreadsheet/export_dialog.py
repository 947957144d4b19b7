"""Exporting records to a workbook in the GUI (all, a year or a month), and saving an empty template.

The workbook writer (and openpyxl with it) is imported when a workbook is written, not when the window opens.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from ui.i18n import translate
from ui.spreadsheet.files import EXCEL_FILTER, documents_folder, with_xlsx_suffix
from ui.state import AppState

if TYPE_CHECKING:
    from kesu_desktop.spreadsheet.writer import ExportSummary


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
            str(documents_folder() / self.suggested_name()),
            translate("SpreadsheetDialog", EXCEL_FILTER),
        )
        return with_xlsx_suffix(Path(chosen)) if chosen else None

    def export(self) -> None:
        path = self._choose_path()
        if path is None:
            return
        from kesu_desktop.spreadsheet.writer import export_records

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


def save_template_interactive(
    parent: QWidget, state: AppState, translator: Translator, path: Path | None = None
) -> Path | None:
    """Ask where to save an empty workbook (unless ``path`` is given), write it and say so."""
    if path is None:
        chosen, _filter = QFileDialog.getSaveFileName(
            parent,
            translate("SpreadsheetDialog", "Save an empty Excel workbook"),
            str(documents_folder() / translate("SpreadsheetDialog", "activities and trainings template.xlsx")),
            translate("SpreadsheetDialog", EXCEL_FILTER),
        )
        if not chosen:
            return None
        path = with_xlsx_suffix(Path(chosen))
    from kesu_desktop.spreadsheet.writer import write_template

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
