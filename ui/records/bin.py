"""The bin (回收站) of one record type: deleted records, newest date first, each restorable.

Deleting only ever moves a record here (soft delete), so nothing a clerk entered is lost by a slip. The bin shows
what tells records apart (date, title, form or kind) and when each was deleted, so the titles have room. A record
of a month reported since it was deleted stays here, with the reason, until the month is reopened.
"""

from __future__ import annotations

import uuid

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDialog, QHBoxLayout, QHeaderView, QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

from kesu_desktop.records.locks import PeriodLockedError
from kesu_desktop.records.query import RecordFilter
from kesu_desktop.records.service import restore_record
from ui.i18n import translate
from ui.records.columns import Column, deleted_column
from ui.records.history_dialog import HistoryDialog
from ui.records.list_model import RecordListModel
from ui.state import AppState
from ui.widgets.read_only_table import read_only_table

SHOWN_COLUMNS = 3  # of the list's: date, title, and the activity's form or the training's kind


class BinDialog(QDialog):
    restored = Signal(object)  # the id of the record taken back out of the bin

    def __init__(self, state: AppState, record_type: str, columns: list[Column], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.record_type = record_type
        self.setWindowTitle(
            translate("Bin", "Bin: deleted activities")
            if record_type == "activity"
            else translate("Bin", "Bin: deleted trainings")
        )
        unit = state.installation.setup.unit_code
        self.model = RecordListModel(
            state.store, [*columns[:SHOWN_COLUMNS], deleted_column()], RecordFilter(record_type, unit, in_bin=True)
        )
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        for number, column in enumerate(self.model.columns):
            self.table.setColumnWidth(number, column.width)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.activated.connect(lambda _index: self.restore_current())
        intro = QLabel(
            translate("Bin", "Deleted records are kept here. Enter or “Restore” puts the selected one back.")
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.restore_button = QPushButton(translate("Bin", "&Restore"))
        self.history_button = QPushButton(translate("Bin", "&History…"))
        close_button = QPushButton(translate("Bin", "Close"))
        for button in (self.restore_button, self.history_button, close_button):
            button.setAutoDefault(False)
        self.restore_button.clicked.connect(self.restore_current)
        self.history_button.clicked.connect(self.show_history)
        close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.history_button)
        buttons.addStretch()
        buttons.addWidget(close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.resize(980, 480)
        self.refresh()

    def refresh(self) -> None:
        self.model.reload()
        empty = self.model.rowCount() == 0
        self.restore_button.setEnabled(not empty)
        self.history_button.setEnabled(not empty)
        if empty:
            self.message.setText(translate("Bin", "The bin is empty."))
        else:
            self.table.selectRow(0)
            self.table.setCurrentIndex(self.model.index(0, 0))
        self.table.setFocus()

    def current_id(self) -> uuid.UUID | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.record_at(index.row()).meta.id

    def restore_current(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.record_at(index.row())
        try:
            with self.state.store.transaction() as session:
                restore_record(
                    session, self.record_type, record.meta.id, actor=self.state.installation.setup.clerk_name
                )
        except PeriodLockedError as locked:
            self.message.setText(translate("Errors", locked.template).format(**locked.values))
            return
        self.refresh()
        self.message.setText(translate("Bin", "“{title}” is back in the list.").format(title=record.data.title))
        if self.model.rowCount():
            row = min(index.row(), self.model.rowCount() - 1)
            self.table.selectRow(row)
            self.table.setCurrentIndex(self.model.index(row, 0))
        self.restored.emit(record.meta.id)

    def show_history(self) -> None:
        index = self.table.currentIndex()
        if not index.isValid():
            return
        record = self.model.record_at(index.row())
        dialog = HistoryDialog(self.state, record.meta.id, record.data.title, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
