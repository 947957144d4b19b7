"""What is behind one figure of the county's totals: the units whose returns make it up (with their total), and
below, the records inside the chosen unit's returns of the period that the figure counts. Up and down choose
the unit, Enter or Tab moves to its records, Esc closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget

from kesu_desktop.county.totals.drilldown import records_behind, units_behind
from kesu_desktop.county.totals.lines import Figures, TotalsRow
from kesu_desktop.reference.periods import Period
from ui.county.totals_model import RecordsModel, TotalsModel
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.read_only_table import read_only_table

TITLE_COLUMN, LONGEST_TITLE = 4, 280


def _fitted(table: QTableView, stretched: int) -> None:
    """Columns as wide as their contents, but ``stretched``, which takes the width left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(stretched, QHeaderView.ResizeMode.Stretch)


class DrilldownDialog(QDialog):
    """The units and records behind the line ``key`` of breakdown ``by`` (``key`` None: the total)."""

    def __init__(
        self,
        state: AppState,
        period: Period,
        by: str,
        key: str | None,
        name: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.period, self.by, self.key = state, period, by, key
        label = period.label(state.language)
        self.setWindowTitle(translate("Totals", "Behind the figures: {line}, {period}").format(line=name, period=label))
        with state.store.reading() as session:
            self.units = units_behind(session, state.reference, period, by, key)
        intro = QLabel(
            translate("Totals", "Units behind “{line}” in {period}: {count}.").format(
                count=len(self.units), line=name, period=label
            )
            if self.units
            else translate("Totals", "No unit has anything under “{line}” in {period}.").format(line=name, period=label)
        )
        intro.setWordWrap(True)
        self.units_model = TotalsModel()
        self.units_model.show_rows("unit", self.units, sum((u.figures for u in self.units), Figures()))
        self.units_table = read_only_table(self.units_model)
        self.units_table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        _fitted(self.units_table, 1)
        self.units_table.installEventFilter(self)
        self.records_title = QLabel()
        self.records_title.setStyleSheet("font-weight: bold; padding-top: 6px;")
        self.records_model = RecordsModel(state.reference, state.language)
        self.records_table = read_only_table(self.records_model)
        self.records_table.horizontalHeader().setStretchLastSection(True)
        self.records_title.setBuddy(self.records_table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.units_table, stretch=2)
        layout.addWidget(self.records_title)
        layout.addWidget(self.records_table, stretch=3)
        layout.addWidget(buttons)
        self.units_table.selectionModel().currentRowChanged.connect(lambda *_: self.show_records())
        self.resize(1280, 680)
        if self.units:
            self.units_table.selectRow(0)
        self.units_table.setFocus()

    def unit(self) -> TotalsRow | None:
        return self.units_model.line(self.units_table.currentIndex().row())

    def show_records(self) -> None:
        unit = self.unit()
        if unit is None:
            self.records_title.setText("")
            self.records_model.show_records([])
            return
        by = None if self.by == "unit" else self.by
        with self.state.store.reading() as session:
            records = records_behind(session, self.state.reference, self.period, unit.key, by, self.key)
        self.records_title.setText(
            translate("Totals", "&Records of {unit} counted here: {count}").format(unit=unit.name, count=len(records))
        )
        self.records_model.show_records(records)
        self.records_table.resizeColumnsToContents()
        if self.records_table.columnWidth(TITLE_COLUMN) > LONGEST_TITLE:  # the whole title is in its tooltip
            self.records_table.setColumnWidth(TITLE_COLUMN, LONGEST_TITLE)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.units_table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.records_model.rowCount():
                self.records_table.setFocus()
                self.records_table.selectRow(0)
                return True
        return super().eventFilter(watched, event)
