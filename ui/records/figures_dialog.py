"""Entering a month's period-end figures (队伍与阵地): a number, "not applicable", or left empty (not filled in)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import NOT_APPLICABLE, Figure, NotApplicable, period_of, read_figures, save_figures
from kesu_desktop.records.input_parsing import whole_number
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label


class FigureRow:
    """The entry for one indicator: a number field and a "not applicable" box that empties and locks it."""

    def __init__(self, name: str, measure_unit: str) -> None:
        self.label = QLabel(name)
        self.value = QLineEdit()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.setPlaceholderText(translate("StockFigures", "not filled in"))
        self.label.setBuddy(self.value)
        self.unit = QLabel(measure_unit)
        self.not_applicable = QCheckBox(translate("StockFigures", "not applicable"))
        self.not_applicable.toggled.connect(self._toggle)

    def _toggle(self, checked: bool) -> None:
        if checked:
            self.value.clear()
        self.value.setEnabled(not checked)
        self.value.setPlaceholderText(
            translate("StockFigures", "not applicable") if checked else translate("StockFigures", "not filled in")
        )

    def show(self, figure: Figure) -> None:
        self.not_applicable.setChecked(isinstance(figure, NotApplicable))
        self.value.setText("" if figure is None or isinstance(figure, NotApplicable) else str(figure))

    def entered(self) -> Figure | str:
        """The figure, or the raw text when it is not a whole number (the caller reports it)."""
        if self.not_applicable.isChecked():
            return NOT_APPLICABLE
        try:
            return whole_number(self.value.text())
        except ValueError:
            return self.value.text().strip()


class StockFiguresDialog(QDialog):
    def __init__(self, state: AppState, translator: Translator, month: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.setWindowTitle(translate("StockFigures", "Period-end figures"))
        self.month = QDateEdit(QDate(month.year, month.month, 1))
        self.month.setDisplayFormat("yyyy-MM")
        self.month.setCalendarPopup(True)
        self.month.dateChanged.connect(lambda _: self.load())
        month_label = QLabel(translate("StockFigures", "&Month:"))
        month_label.setBuddy(self.month)
        grid = QGridLayout()
        grid.addWidget(month_label, 0, 0)
        grid.addWidget(self.month, 0, 1)
        self.rows: dict[str, FigureRow] = {}
        for number, indicator in enumerate(state.reference.stock_indicators, start=1):
            row = FigureRow(indicator.name(state.language), indicator.measure_unit)
            self.rows[indicator.code] = row
            grid.addWidget(row.label, number, 0)
            grid.addWidget(row.value, number, 1)
            grid.addWidget(row.unit, number, 2)
            grid.addWidget(row.not_applicable, number, 3)
        hint = QLabel(
            translate(
                "StockFigures",
                "Enter the figures as they stand at the end of the month. Leave a field empty if you do not "
                "know it yet; 0 means there are none.",
            )
        )
        hint.setWordWrap(True)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()

    def period(self) -> str:
        chosen = self.month.date()
        return period_of(date(chosen.year(), chosen.month(), 1))

    def load(self) -> None:
        with self.state.store.reading() as session:
            figures = read_figures(session, self.state.installation.setup.unit_code, self.period())
        for code, row in self.rows.items():
            row.show(figures.get(code))
        self.error.clear()

    def save(self) -> None:
        figures: dict[str, Figure] = {}
        for code, row in self.rows.items():
            entered = row.entered()
            if isinstance(entered, str):
                self._show_error(
                    code,
                    translate("StockFigures", "{name}: '{value}' is not a whole number; type digits only.").format(
                        name=row.label.text(), value=entered
                    ),
                )
                return
            figures[code] = entered
        try:
            with self.state.store.transaction() as session:
                save_figures(
                    session,
                    self.state.installation.setup.unit_code,
                    self.period(),
                    figures,
                    self.state.reference,
                    actor=self.state.installation.setup.clerk_name,
                )
        except ValidationError as error:
            self._show_error(error.field, self.translator.render(error))
            return
        self.accept()

    def _show_error(self, code: str, message: str) -> None:
        self.error.setText(message)
        row = self.rows.get(code)
        if row is not None:
            row.value.setFocus()
            row.value.selectAll()
