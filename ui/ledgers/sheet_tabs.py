"""A tab per ledger sheet: the clerk's choices for it on the left, the preview of its rows on the right, and
under the preview the full reasons of the row the cursor is on. A sheet with no ledger has no tab."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.ledgers.layout import HeaderWords
from kesu_desktop.ledgers.plan import Fixes, LedgerPlan, SheetPlan
from kesu_desktop.ledgers.sheets import LedgerSheet
from kesu_desktop.reference.data import ReferenceData
from ui.i18n import translate
from ui.ledgers.choices_panel import SheetChoicesPanel
from ui.ledgers.preview_model import FIRST_CELL_COLUMN, STATUS_COLUMN, LedgerPreviewModel

PANEL_WIDTH = 400
MAX_CELL_WIDTH = 150
_HINT = QT_TRANSLATE_NOOP(
    "LedgerDialog", "Type over a cell of a record row to correct it (the ledger file is not changed); Enter keeps it."
)


class SheetTab(QSplitter):
    """One sheet's choices beside its preview."""

    def __init__(
        self, sheet: LedgerSheet, reference: ReferenceData, language: str, words: HeaderWords, translator: Translator
    ) -> None:
        super().__init__(Qt.Orientation.Horizontal)
        self.panel = SheetChoicesPanel(sheet, reference, language, words)
        scroll = QScrollArea()
        scroll.setWidget(self.panel)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(PANEL_WIDTH)
        self.model = LedgerPreviewModel(sheet, translator)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.details.setMinimumHeight(self.details.fontMetrics().lineSpacing() * 2)
        hint = QLabel(translate("LedgerDialog", _HINT))
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        right = QWidget()
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(hint)
        column.addWidget(self.table, stretch=1)
        column.addWidget(self.details)
        self.addWidget(scroll)
        self.addWidget(right)
        self.setStretchFactor(1, 1)
        self.setSizes([PANEL_WIDTH, 900])
        self.setChildrenCollapsible(False)
        self.table.selectionModel().currentChanged.connect(self._show_details)
        self.model.modelReset.connect(self._laid_out)
        self.model.dataChanged.connect(lambda *_: self._show_details(self.table.currentIndex()))
        self._sized = False

    def show_plan(self, plan: SheetPlan) -> None:
        self.model.show_plan(plan)
        if plan.choices is not None:
            self.panel.show_choices(plan.choices)
        if not self._sized:
            self._laid_out()
        if not self.table.currentIndex().isValid():
            first = next((line for line in range(self.model.rowCount()) if self.model.reasons(line)), None)
            if first is not None:  # its reasons shown in full under the preview from the start
                self.table.setCurrentIndex(self.model.index(first, STATUS_COLUMN))

    def _laid_out(self) -> None:
        """After the rows changed: merged ranges as one cell, the columns as wide as their cells (within bounds)."""
        self.table.clearSpans()
        for line, first, columns in self.model.spans():
            self.table.setSpan(line, first, 1, columns)
        if self.model.rowCount():
            self._sized = True
            self.table.resizeColumnsToContents()
            for column in range(FIRST_CELL_COLUMN, self.model.columnCount() - 1):
                self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_CELL_WIDTH))
            self.table.resizeColumnToContents(STATUS_COLUMN)

    def _show_details(self, current: QModelIndex | QItemSelection) -> None:
        line = current.row() if isinstance(current, QModelIndex) and current.isValid() else -1
        reasons = self.model.reasons(line)
        self.details.setText("\n".join(reasons))
        self.details.setStyleSheet("color: #a40000;" if reasons else "")


class SheetTabs(QTabWidget):
    """A tab for each sheet the plan finds a ledger in, in workbook order."""

    choices_changed = Signal(str, object)  # sheet name, SheetChoices
    fixed = Signal()

    def __init__(
        self,
        sheets: list[LedgerSheet],
        reference: ReferenceData,
        language: str,
        words: HeaderWords,
        translator: Translator,
    ) -> None:
        super().__init__()
        self.sheets = {sheet.name: sheet for sheet in sheets}
        self.reference, self.language, self.words, self.translator = reference, language, words, translator
        self.pages: dict[str, SheetTab] = {}

    def _page(self, name: str) -> SheetTab:
        page = SheetTab(self.sheets[name], self.reference, self.language, self.words, self.translator)
        page.panel.changed.connect(lambda choices: self.choices_changed.emit(name, choices))
        page.model.fixed.connect(self.fixed)
        self.addTab(page, name)
        self.pages[name] = page
        return page

    def show_plan(self, plan: LedgerPlan) -> None:
        for sheet in plan.sheets:
            if sheet.choices is not None and sheet.name in self.sheets:
                (self.pages.get(sheet.name) or self._page(sheet.name)).show_plan(sheet)

    def fixes(self) -> Fixes:
        return {
            (name, row): dict(cells) for name, page in self.pages.items() for row, cells in page.model.fixes.items()
        }
