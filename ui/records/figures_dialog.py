"""Entering a month's period-end figures (队伍与阵地): a number, "not applicable", or left empty (not filled in).

A figure not yet filled in for the month shows the one an earlier month had, marked as carried over; it is a
suggestion until the clerk confirms it (by typing over it, or when saving), never stored unasked.
"""

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
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import (
    NOT_APPLICABLE,
    Figure,
    NotApplicable,
    Suggestion,
    carried_over,
    period_of,
    read_figures,
    save_figures,
)
from kesu_desktop.records.input_parsing import whole_number
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label

CARRIED_STYLE = "color: #8a5a00; font-style: italic;"


class FigureRow:
    """The entry for one indicator: a number field and a "not applicable" box that empties and locks it, and
    the note of a figure carried over from an earlier month."""

    def __init__(self, name: str, measure_unit: str) -> None:
        self.label = QLabel(name)
        self.value = QLineEdit()
        self.value.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.value.setPlaceholderText(translate("StockFigures", "not filled in"))
        self.label.setBuddy(self.value)
        self.unit = QLabel(measure_unit)
        self.not_applicable = QCheckBox(translate("StockFigures", "not applicable"))
        self.not_applicable.toggled.connect(self._toggle)
        self.carried_note = QLabel()
        self.carried_note.setStyleSheet(CARRIED_STYLE)
        self.carried: Suggestion | None = None
        self.value.textEdited.connect(lambda _text: self.confirm())
        self.not_applicable.clicked.connect(lambda _checked: self.confirm())

    def _toggle(self, checked: bool) -> None:
        if checked:
            self.value.clear()
        self.value.setEnabled(not checked)
        self.value.setPlaceholderText(
            translate("StockFigures", "not applicable") if checked else translate("StockFigures", "not filled in")
        )

    def show(self, figure: Figure, carried: Suggestion | None = None) -> None:
        """The month's figure, or (when it has none) the one carried over from ``carried.period``."""
        shown = carried.figure if figure is None and carried is not None else figure
        self.not_applicable.setChecked(isinstance(shown, NotApplicable))
        self.value.setText("" if shown is None or isinstance(shown, NotApplicable) else str(shown))
        self.carried = carried if figure is None else None
        self.value.setStyleSheet(CARRIED_STYLE if self.carried else "")
        self.carried_note.setText(
            translate("StockFigures", "carried over from {month}").format(month=self.carried.period)
            if self.carried
            else ""
        )

    def confirm(self) -> None:
        """What the row shows is the clerk's own figure now, no longer a suggestion."""
        self.carried = None
        self.value.setStyleSheet("")
        self.carried_note.clear()

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
            grid.addWidget(row.carried_note, number, 4)
        hint = QLabel(
            translate(
                "StockFigures",
                "Enter the figures as they stand at the end of the month. Leave a field empty if you do not "
                "know it yet; 0 means there are none.",
            )
        )
        hint.setWordWrap(True)
        self.carried_hint = QLabel()
        self.carried_hint.setWordWrap(True)
        self.carried_hint.setStyleSheet(CARRIED_STYLE)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(grid)
        layout.addWidget(self.carried_hint)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.load()

    def period(self) -> str:
        chosen = self.month.date()
        return period_of(date(chosen.year(), chosen.month(), 1))

    def load(self) -> None:
        unit = self.state.installation.setup.unit_code
        with self.state.store.reading() as session:
            figures = read_figures(session, unit, self.period())
            suggestions = carried_over(session, unit, self.period())
        for code, row in self.rows.items():
            row.show(figures.get(code), suggestions.get(code))
        self.carried_hint.setText(
            translate(
                "StockFigures",
                "The figures in italics are carried over from an earlier month. Change what is different; they "
                "are stored for this month only once you confirm them.",
            )
            if self.carried()
            else ""
        )
        self.error.clear()

    def carried(self) -> list[str]:
        """The indicators that show a figure carried over and not yet confirmed."""
        return [code for code, row in self.rows.items() if row.carried is not None]

    def confirm_carried(self) -> bool | None:
        """Ask whether to store the carried-over figures: True to store them, False to store only the figures
        entered, None to go back to the dialog."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(translate("StockFigures", "Carried-over figures"))
        box.setText(
            translate(
                "StockFigures",
                "{count} figures are carried over from earlier months (in italics). Store them as the figures "
                "of {month}?",
            ).format(count=len(self.carried()), month=self.period())
        )
        keep = box.addButton(translate("StockFigures", "&Store them too"), QMessageBox.ButtonRole.YesRole)
        leave = box.addButton(translate("StockFigures", "&Leave them not filled in"), QMessageBox.ButtonRole.NoRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(keep)
        box.exec()
        clicked = box.clickedButton()
        return True if clicked is keep else False if clicked is leave else None

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
        if self.carried():
            answer = self.confirm_carried()
            if answer is None:
                return
            if not answer:
                for code in self.carried():
                    del figures[code]
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
        except KesuError as error:  # a refused figure, or a month that was reported (and is locked)
            self._show_error(getattr(error, "field", ""), self.translator.render(error))
            return
        self.accept()

    def _show_error(self, code: str, message: str) -> None:
        self.error.setText(message)
        row = self.rows.get(code)
        if row is not None:
            row.value.setFocus()
            row.value.selectAll()
