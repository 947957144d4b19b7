"""The Activities and Trainings pages: the unit's records, filtered, sorted, loaded page by page, with the
totals of everything the filter matches always under the table.

Keys: Ctrl+N new record, Enter (or double-click) opens the selected one, Del moves it to the bin and Ctrl+Z
(or "Undo") takes it back, Ctrl+F jumps to the search box. One page class serves both record types.

A record of a reported month cannot be deleted: the page says so and offers to reopen the month for correction
(through the window's ``reopener``), then deletes it. The notice under the list belongs to the list it speaks
of: it goes once the list is read again.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.locks import PeriodLockedError
from kesu_desktop.records.query import SUMMED, RecordFilter, totals
from kesu_desktop.records.service import delete_record, restore_record
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.reference.periods import parse_period
from ui.i18n import translate
from ui.records.activity_editor import ActivityEditor
from ui.records.bin import BinDialog
from ui.records.columns import columns_for
from ui.records.editor import RecordEditor, Reopener
from ui.records.filter_bar import FilterBar
from ui.records.history_dialog import HistoryDialog
from ui.records.list_model import RecordListModel
from ui.records.training_editor import TrainingEditor
from ui.state import AppState
from ui.widgets.read_only_table import read_only_table

ROW_HEIGHT = 26


def editor_for(
    record_type: str,
    state: AppState,
    translator: Translator,
    *,
    today: date | None = None,
    reopener: Reopener | None = None,
    parent: QWidget | None = None,
) -> RecordEditor:
    cls = ActivityEditor if record_type == "activity" else TrainingEditor
    return cls(state, translator, today=today, reopener=reopener, parent=parent)


@dataclass(frozen=True)
class Deleted:
    record_id: uuid.UUID
    title: str


class RecordsPage(QWidget):
    def __init__(
        self,
        state: AppState,
        translator: Translator,
        record_type: str,
        today: date | None = None,
        reopener: Reopener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.record_type = record_type
        self.today = today
        self.reopener = reopener
        self.editor: RecordEditor | None = None
        self.bin: BinDialog | None = None
        self.undo_stack: list[Deleted] = []
        activity = record_type == "activity"

        heading = QLabel(translate("Records", "Activities") if activity else translate("Records", "Trainings"))
        heading.setObjectName("pageTitle")
        self.new_button = QPushButton(
            translate("Records", "&New activity") if activity else translate("Records", "&New training")
        )
        self.open_button = QPushButton(translate("Records", "&Open"))
        self.copy_button = QPushButton(translate("Records", "Copy as ne&w"))
        self.delete_button = QPushButton(translate("Records", "&Delete"))
        self.history_button = QPushButton(translate("Records", "Histor&y"))
        self.bin_button = QPushButton(translate("Records", "&Bin…"))
        self.new_button.setToolTip(QKeySequence(QKeySequence.StandardKey.New).toString())
        self.open_button.setToolTip(translate("Records", "Enter or double-click"))
        self.delete_button.setToolTip(translate("Records", "Del; Ctrl+Z takes it back"))
        self.new_button.clicked.connect(self.new_record)
        self.open_button.clicked.connect(self.open_current)
        self.copy_button.clicked.connect(self.copy_current)
        self.delete_button.clicked.connect(self.delete_current)
        self.history_button.clicked.connect(self.show_history)
        self.bin_button.clicked.connect(self.show_bin)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        for button in (
            self.new_button,
            self.open_button,
            self.copy_button,
            self.delete_button,
            self.history_button,
            self.bin_button,
        ):
            top.addWidget(button)

        self.filters = FilterBar(record_type, state.reference, state.language, self._today())
        self.filters.changed.connect(self.refresh)
        self.columns = columns_for(record_type, state.reference, state.language)
        self.model = RecordListModel(state.store, self.columns, self._filter())
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        header = self.table.horizontalHeader()
        for number, column in enumerate(self.columns):
            self.table.setColumnWidth(number, column.width)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionsClickable(True)
        header.setSortIndicatorShown(True)
        header.setSortIndicator(self.model.sort_column(), Qt.SortOrder.DescendingOrder)
        header.sectionClicked.connect(self.sort_by)
        self.table.activated.connect(self.open_row)
        self.table.selectionModel().currentRowChanged.connect(self._update_buttons)
        self.model.modelReset.connect(self._update_buttons)

        self.totals = QLabel()
        self.totals.setObjectName("totals")
        self.totals.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.totals.setStyleSheet("font-weight: bold; padding: 4px 2px;")
        self.notice = QFrame()
        self.notice.setObjectName("notice")
        self.notice.setStyleSheet("QFrame#notice { background: #fff4ce; border: 1px solid #e0c060; }")
        self.notice_text = QLabel()
        self.undo_button = QPushButton(
            translate("Records", "&Undo ({key})").format(key=QKeySequence(QKeySequence.StandardKey.Undo).toString())
        )
        self.undo_button.clicked.connect(self.undo_delete)
        notice_layout = QHBoxLayout(self.notice)
        notice_layout.setContentsMargins(8, 2, 8, 2)
        notice_layout.addWidget(self.notice_text, stretch=1)
        notice_layout.addWidget(self.undo_button)
        self.notice.hide()
        hint = QLabel(
            translate(
                "Records",
                "Ctrl+N new · Enter opens · Del moves to the bin (Ctrl+Z takes it back) · Ctrl+F search · "
                "click a column heading to sort",
            )
        )
        hint.setObjectName("hint")

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.filters)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.totals)
        layout.addWidget(self.notice)
        layout.addWidget(hint)

        window = Qt.ShortcutContext.WindowShortcut  # only while this page is the one shown
        QShortcut(QKeySequence.StandardKey.New, self, self.new_record, context=window)
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_search, context=window)
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete, context=window)
        QShortcut(
            QKeySequence.StandardKey.Delete, self.table, self.delete_current, context=Qt.ShortcutContext.WidgetShortcut
        )
        self._loaded = False
        self._update_buttons()

    # ---- loading ---------------------------------------------------------------------------------------

    def _today(self) -> date:
        return self.today or date.today()

    def _filter(self) -> RecordFilter:
        return self.filters.record_filter(self.state.installation.setup.unit_code)

    def refresh(self, select: uuid.UUID | None = None) -> None:
        """Read the first page and the totals for the filter; keep (or move to) the selected record."""
        if select is None:
            select = self.current_id()
        self.notice.hide()
        self.model.set_filter(self._filter())
        self._loaded = True
        self.show_totals()
        row = self.model.row_of(select) if select is not None else None
        if row is None and self.model.rowCount():
            row = 0
        if row is not None:
            self.select_row(row)

    def show_totals(self) -> None:
        with self.state.store.reading() as session:
            result = totals(session, self.model.record_filter)
        count = (
            translate("Records", "{count} activities")
            if self.record_type == "activity"
            else translate("Records", "{count} trainings")
        ).format(count=f"{result.count:,}")
        parts = [
            translate("Records", "{label}: {value}").format(
                label=translate("Fields", LABELS[name]), value=f"{result.figures[name]:,}"
            )
            for name in SUMMED[self.record_type]
        ]
        lead = translate("Records", "Total of the records shown:")
        self.totals.setText(f"{lead} {count} · " + " · ".join(parts))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        if not event.spontaneous():
            self.refresh()
        super().showEvent(event)

    def sort_by(self, column: int) -> None:
        """A click on a heading sorts by it (again: reverses); dates and figures start with the largest."""
        header = self.table.horizontalHeader()
        if not self.model.sortable(column):
            header.setSortIndicator(self.model.sort_column(), self._order())
            return
        if column == self.model.sort_column():
            order = Qt.SortOrder.AscendingOrder if self.model.descending else Qt.SortOrder.DescendingOrder
        else:
            text_column = not self.columns[column].numeric and self.columns[column].sort_key != "start_date"
            order = Qt.SortOrder.AscendingOrder if text_column else Qt.SortOrder.DescendingOrder
        selected = self.current_id()
        self.model.sort(column, order)
        header.setSortIndicator(column, order)
        row = self.model.row_of(selected) if selected is not None else None
        self.select_row(row if row is not None else 0)

    def _order(self) -> Qt.SortOrder:
        return Qt.SortOrder.DescendingOrder if self.model.descending else Qt.SortOrder.AscendingOrder

    # ---- selection -------------------------------------------------------------------------------------

    def select_row(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            return
        index = self.model.index(row, 0)
        self.table.setCurrentIndex(index)
        self.table.selectRow(row)
        self.table.scrollTo(index)

    def current_record(self) -> Activity | Training | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.record_at(index.row())

    def current_id(self) -> uuid.UUID | None:
        record = self.current_record()
        return None if record is None else record.meta.id

    def _update_buttons(self) -> None:
        has_record = self.current_record() is not None
        for button in (self.open_button, self.copy_button, self.delete_button, self.history_button):
            button.setEnabled(has_record)

    def focus_search(self) -> None:
        self.filters.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.filters.search.selectAll()

    # ---- the editor ------------------------------------------------------------------------------------

    def _editor(self) -> RecordEditor:
        if self.editor is not None:
            self.editor.raise_()
            return self.editor
        editor = editor_for(
            self.record_type, self.state, self.translator, today=self._today(), reopener=self.reopener, parent=self
        )
        editor.saved.connect(self.after_save)
        editor.finished.connect(self._editor_closed)
        self.editor = editor
        return editor

    def _editor_closed(self) -> None:
        if self.editor is not None:
            self.editor.deleteLater()
            self.editor = None
        self._back_to_list()

    def new_record(self) -> None:
        editor = self._editor()
        editor.new_record()
        editor.open()

    def open_row(self, index: QModelIndex) -> None:
        if index.isValid():
            self.select_row(index.row())
            self.open_current()

    def open_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        editor = self._editor()
        editor.edit_record(record.meta.id)
        editor.open()

    def copy_current(self) -> None:
        record = self.current_record()
        if record is None:
            return
        editor = self._editor()
        editor.copy_of(record.data)
        editor.open()

    def after_save(self, record: Activity | Training) -> None:
        self.refresh(select=record.meta.id)
        if self.model.row_of(record.meta.id) is None:
            self.say(
                translate(
                    "Records", "Saved “{title}”. It is not in the list because of the period or the filter."
                ).format(title=record.data.title)
            )

    # ---- delete, undo, bin, history --------------------------------------------------------------------

    def _actor(self) -> str:
        return self.state.installation.setup.clerk_name

    def say(self, text: str, *, undo: bool = False) -> None:
        self.notice_text.setText(text)
        self.undo_button.setVisible(undo)
        self.notice.show()

    def delete_current(self) -> None:
        """Move the selected record to the bin; Ctrl+Z or Undo brings it back."""
        record = self.current_record()
        if record is None:
            return
        row = self.table.currentIndex().row()
        try:
            with self.state.store.transaction() as session:
                delete_record(session, self.record_type, record.meta.id, actor=self._actor())
        except PeriodLockedError as locked:
            if not self.offer_reopening(record, locked):
                return
            with self.state.store.transaction() as session:
                delete_record(session, self.record_type, record.meta.id, actor=self._actor())
        self.undo_stack.append(Deleted(record.meta.id, record.data.title))
        self.refresh(select=None)
        self.select_row(min(row, self.model.rowCount() - 1))
        self.say(translate("Records", "“{title}” moved to the bin.").format(title=record.data.title), undo=True)

    def offer_reopening(self, record: Activity | Training, locked: PeriodLockedError) -> bool:
        """Say why a record of a reported month cannot be deleted and offer to reopen the month; True once it
        is reopened."""
        period = parse_period(locked.period)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(translate("Records", "Not deleted"))
        box.setText(
            translate(
                "Records",
                "“{title}” is in {period}, whose return was exported (version {version}), so it cannot be deleted "
                "unless the month is reopened for correction.",
            ).format(title=record.data.title, period=period.label(self.state.language), version=locked.version)
        )
        reopen = None
        if self.reopener is not None:
            reopen = box.addButton(
                translate("Records", "&Reopen this month for correction…"), QMessageBox.ButtonRole.AcceptRole
            )
        box.addButton(QMessageBox.StandardButton.Close)
        box.setDefaultButton(QMessageBox.StandardButton.Close)
        box.exec()
        if self.reopener is None or reopen is None or box.clickedButton() is not reopen:
            return False
        return self.reopener(self, period)

    def undo_delete(self) -> None:
        if not self.undo_stack:
            return
        deleted = self.undo_stack.pop()
        try:
            with self.state.store.transaction() as session:
                restore_record(session, self.record_type, deleted.record_id, actor=self._actor())
        except PeriodLockedError as locked:  # its month was reported since: the record stays in the bin
            self.say(self.translator.render(locked))
            return
        self.refresh(select=deleted.record_id)
        self.say(
            translate("Records", "“{title}” is back in the list.").format(title=deleted.title),
            undo=bool(self.undo_stack),
        )
        self.table.setFocus()

    def show_bin(self) -> None:
        dialog = BinDialog(self.state, self.record_type, self.columns, parent=self)
        dialog.restored.connect(self._restored_from_bin)
        dialog.finished.connect(self._bin_closed)
        self.bin = dialog
        dialog.open()

    def _restored_from_bin(self, record_id: uuid.UUID) -> None:
        self.undo_stack = [d for d in self.undo_stack if d.record_id != record_id]
        self.refresh(select=record_id)
        if not self.undo_stack:
            self.undo_button.hide()

    def _bin_closed(self) -> None:
        if self.bin is not None:
            self.bin.deleteLater()
            self.bin = None
        self._back_to_list()

    def _back_to_list(self) -> None:
        """After a dialog closes, the keyboard is on the list again."""
        self.window().activateWindow()
        self.table.setFocus()

    def show_history(self) -> None:
        record = self.current_record()
        if record is None:
            return
        dialog = HistoryDialog(self.state, record.meta.id, record.data.title, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()


def activities_page(
    state: AppState, translator: Translator, today: date | None = None, reopener: Reopener | None = None
) -> RecordsPage:
    return RecordsPage(state, translator, "activity", today, reopener)


def trainings_page(
    state: AppState, translator: Translator, today: date | None = None, reopener: Reopener | None = None
) -> RecordsPage:
    return RecordsPage(state, translator, "training", today, reopener)
