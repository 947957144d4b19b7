"""The county's past imports on the Import page: newest first, with who imported, how many files and how many
returns were stored, and whether the import was undone; undoing one (after saying what that does) and writing
its receipt list (收件登记, a workbook and a PDF) into a folder the clerk chooses."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QHeaderView, QMessageBox, QPushButton, QVBoxLayout, QWidget

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.inbox.past_imports import list_imports, undo_import
from kesu_desktop.county.inbox.receipt.files import write_receipt_list
from kesu_desktop.county.inbox.types import STORED_STATUSES, ImportRecord
from ui.i18n import translate
from ui.remembered import remembered_text, ui_settings
from ui.state import AppState
from ui.widgets.read_only_table import read_only_table

Index = QModelIndex | QPersistentModelIndex
RECEIPT_FOLDER_KEY = "inbox/receipt_folder"
UNDONE_COLOUR = "#707070"
COLUMNS = (
    QT_TRANSLATE_NOOP("CountyInbox", "Imported at"),
    QT_TRANSLATE_NOOP("CountyInbox", "By"),
    QT_TRANSLATE_NOOP("CountyInbox", "Files"),
    QT_TRANSLATE_NOOP("CountyInbox", "Returns stored"),
    QT_TRANSLATE_NOOP("CountyInbox", "Undone"),
)


def moment(at: datetime) -> str:
    return at.strftime("%Y-%m-%d %H:%M")


def stored_count(record: ImportRecord) -> int:
    return sum(record.count(status) for status in STORED_STATUSES)


class HistoryModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.records: list[ImportRecord] = []

    def show_records(self, records: list[ImportRecord]) -> None:
        self.beginResetModel()
        self.records = records
        self.endResetModel()

    def record(self, row: int) -> ImportRecord | None:
        return self.records[row] if 0 <= row < len(self.records) else None

    def texts(self, row: int) -> tuple[str, ...]:
        record = self.records[row]
        undone = ""
        if record.undone_at is not None:
            undone = translate("CountyInbox", "undone {time} by {actor}").format(
                time=moment(record.undone_at), actor=record.undone_by or ""
            )
        return (moment(record.started_at), record.actor, str(len(record.results)), str(stored_count(record)), undone)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and self.records[index.row()].undone_at is not None:
            return QBrush(QColor(UNDONE_COLOUR))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (2, 3):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return translate("CountyInbox", COLUMNS[section])
        return None


class ImportHistory(QWidget):
    """The list of past imports with Undo and Receipt list; ``undone`` is emitted after an import was undone."""

    undone = Signal()

    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.model = HistoryModel()
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update())
        self.undo_button = QPushButton(translate("CountyInbox", "U&ndo import…"))
        self.undo_button.clicked.connect(self.undo)
        self.receipt_button = QPushButton(translate("CountyInbox", "&Receipt list…"))
        self.receipt_button.clicked.connect(self.write_receipt)
        buttons = QVBoxLayout()
        buttons.addWidget(self.receipt_button)
        buttons.addWidget(self.undo_button)
        buttons.addStretch()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        self._update()

    def refresh(self, *, newest: bool = False) -> None:
        """List the imports again, keeping the one selected (or selecting the ``newest``, after an import)."""
        chosen = None if newest else self.selected()
        with self.state.store.reading() as session:
            records = list_imports(session)
        self.model.show_records(records)
        ids = [r.import_id for r in records]
        row = ids.index(chosen.import_id) if chosen is not None and chosen.import_id in ids else 0
        if records:
            self.table.selectRow(row)
        self._update()

    def selected(self) -> ImportRecord | None:
        return self.model.record(self.table.currentIndex().row())

    def _update(self) -> None:
        record = self.selected()
        self.receipt_button.setEnabled(record is not None)
        self.undo_button.setEnabled(record is not None and record.undone_at is None)

    def undo(self) -> None:
        record = self.selected()
        if record is None or record.undone_at is not None:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            translate("CountyInbox", "Undo import"),
            translate(
                "CountyInbox",
                "Undo the import of {time} by {actor}?\n\n"
                "The returns this import stored ({stored}) are removed; a version it replaced counts again. "
                "A key it confirmed waits to be confirmed again. The import stays in this list, marked undone.",
            ).format(time=moment(record.started_at), actor=record.actor, stored=stored_count(record)),
            QMessageBox.StandardButton.Cancel,
            self,
        )
        confirm = box.addButton(translate("CountyInbox", "Undo import"), QMessageBox.ButtonRole.DestructiveRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        if box.clickedButton() is not confirm:
            return
        try:
            with self.state.store.transaction() as session:
                undo_import(session, record.import_id, self.state.installation.setup.clerk_name)
        except KesuError as error:
            QMessageBox.warning(self, translate("CountyInbox", "Not undone"), self.translator.render(error))
            return
        self.refresh()
        self.undone.emit()

    def write_receipt(self) -> None:
        record = self.selected()
        if record is None:
            return
        settings = ui_settings(self.state.store.data_dir)
        last = remembered_text(settings, RECEIPT_FOLDER_KEY)
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("CountyInbox", "Where to write the receipt list"),
            last if last and Path(last).is_dir() else str(Path.home()),
        )
        if not folder:
            return
        settings.setValue(RECEIPT_FOLDER_KEY, folder)
        settings.sync()
        try:
            files = write_receipt_list(Path(folder), record, self.state.reference, self.translator)
        except KesuError as error:
            QMessageBox.warning(
                self, translate("CountyInbox", "Receipt list not written"), self.translator.render(error)
            )
            return
        QMessageBox.information(
            self,
            translate("CountyInbox", "Receipt list written"),
            translate("CountyInbox", "The receipt list is written, to print, sign and file:\n{files}").format(
                files="\n".join(str(file) for file in files)
            ),
        )
