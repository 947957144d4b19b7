"""The county's reporting rules in a dialog: the day of the following month by which returns are due, and each
unit's first month of reporting, left blank for the automatic one (the month of its first return). Saved in one
transaction by :mod:`kesu_desktop.county.status.rules`; a month that is none keeps the dialog open, the
unit's row selected and the reason shown."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.status.rules import (
    LAST_DEADLINE_DAY,
    FirstMonth,
    clear_first_month,
    deadline_day,
    first_months,
    set_deadline_day,
    set_first_month,
)
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR

COLUMNS = (
    QT_TRANSLATE_NOOP("ReportingRules", "Unit"),
    QT_TRANSLATE_NOOP("ReportingRules", "First return"),
    QT_TRANSLATE_NOOP("ReportingRules", "First month (blank: automatic)"),
    QT_TRANSLATE_NOOP("ReportingRules", "Set by"),
)
MONTH_COLUMN = 2
NONE = "—"


class ReportingSettingsDialog(QDialog):
    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.setWindowTitle(translate("ReportingRules", "Reporting rules"))
        with state.store.reading() as session:
            day = deadline_day(session)
            self.months: list[FirstMonth] = first_months(session, state.reference)
        self.deadline = QSpinBox()
        self.deadline.setRange(1, LAST_DEADLINE_DAY)
        self.deadline.setValue(day)
        self.deadline.setSuffix(translate("ReportingRules", " of the following month"))
        deadline_label = QLabel(translate("ReportingRules", "Returns are &due by day"))
        deadline_label.setBuddy(self.deadline)
        form = QHBoxLayout()
        form.addWidget(deadline_label)
        form.addWidget(self.deadline)
        form.addStretch()
        explanation = QLabel(
            translate(
                "ReportingRules",
                "A unit is not counted missing before its first month of reporting. Leave the month blank to use "
                "the month of the first return received from the unit; write it as 2024-03 to set it.",
            )
        )
        explanation.setWordWrap(True)
        explanation.setObjectName("hint")
        self.table = QTableWidget(len(self.months), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([translate("ReportingRules", c) for c in COLUMNS])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(
            QTableWidget.EditTrigger.AnyKeyPressed
            | QTableWidget.EditTrigger.DoubleClicked
            | QTableWidget.EditTrigger.EditKeyPressed
        )
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        for row, first in enumerate(self.months):
            set_by = f"{first.set_by} {first.set_at:%Y-%m-%d}" if first.set_by and first.set_at else ""
            for column, text in enumerate((first.unit_name, first.automatic or NONE, first.set_month or "", set_by)):
                item = QTableWidgetItem(text)
                if column != MONTH_COLUMN:
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
                self.table.setItem(row, column, item)
        table_label = QLabel(translate("ReportingRules", "Each unit's &first month of reporting:"))
        table_label.setBuddy(self.table)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.error.hide()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(table_label)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(explanation)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.table.setCurrentCell(0, MONTH_COLUMN)
        self.resize(720, 600)

    def month_text(self, row: int) -> str:
        item = self.table.item(row, MONTH_COLUMN)
        return item.text().strip() if item is not None else ""

    def save(self) -> None:
        actor = self.state.installation.setup.clerk_name
        row = 0
        try:
            with self.state.store.transaction() as session:
                set_deadline_day(session, self.deadline.value())
                for row, first in enumerate(self.months):
                    text = self.month_text(row)
                    if not text and first.set_month is not None:
                        clear_first_month(session, self.state.reference, first.unit_code)
                    elif text and text != first.set_month:
                        set_first_month(session, self.state.reference, first.unit_code, text, actor)
        except ValidationError as error:
            self.error.setText(f"{self.months[row].unit_name}: {self.translator.render(error)}")
            self.error.show()
            self.table.setCurrentCell(row, MONTH_COLUMN)
            self.table.setFocus()
            return
        self.accept()
