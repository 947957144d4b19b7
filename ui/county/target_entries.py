"""The figures the county enters for a target (a survey's result, a side of a rate), each with its date and
source, and a target split among units (分解任务): the list of entries with Add and Remove, and each unit's
share with their sum against the target's figure. What may be entered is the core's
(:mod:`kesu_desktop.plans.editing`); a refusal is shown next to the field at fault and nothing is stored."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.plans.entries import (
    EntryInfo,
    add_entry,
    clear_share,
    list_entries,
    list_shares,
    remove_entry,
    set_share,
)
from kesu_desktop.plans.measures import entered_parts, parse_measure
from kesu_desktop.reference.data import PlanInfo, TargetInfo
from ui.county.target_dialog import COMPARISON_SIGNS, figure_editor, figure_text, mark, refuse
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label

PART_LABELS = {
    "value": QT_TRANSLATE_NOOP("Plans", "Figure"),
    "numerator": QT_TRANSLATE_NOOP("Plans", "Numerator"),
    "denominator": QT_TRANSLATE_NOOP("Plans", "Denominator"),
}
ENTRY_COLUMNS = (
    QT_TRANSLATE_NOOP("Plans", "As of"),
    QT_TRANSLATE_NOOP("Plans", "Part"),
    QT_TRANSLATE_NOOP("Plans", "Value"),
    QT_TRANSLATE_NOOP("Plans", "Source"),
    QT_TRANSLATE_NOOP("Plans", "Entered by"),
)


def read_only(table: QTableWidget) -> QTableWidget:
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
    return table


def target_heading(target: TargetInfo, language: str) -> QLabel:
    figure = f"{COMPARISON_SIGNS.get(target.comparison, target.comparison)} {figure_text(target.figure)}"
    label = QLabel(f"{target.name(language)}  {figure} {target.measure_unit}")
    label.setObjectName("pageTitle")
    label.setWordWrap(True)
    return label


class EntriesDialog(QDialog):
    """The figures entered for ``target`` of ``plan``; adding and removing them is stored at once."""

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        plan: PlanInfo,
        target: TargetInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.plan, self.target = state, translator, plan, target
        self.entries: list[EntryInfo] = []
        self.changed = False
        self.setWindowTitle(translate("Plans", "Entered figures"))
        parts = entered_parts(parse_measure(target.code, target.kind, target.measure, state.reference))
        self.table = read_only(QTableWidget(0, len(ENTRY_COLUMNS)))
        self.table.setHorizontalHeaderLabels([translate("Plans", c) for c in ENTRY_COLUMNS])
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.setColumnHidden(1, len(parts) <= 1)
        self.remove_button = QPushButton(translate("Plans", "&Remove entry"))
        self.remove_button.clicked.connect(self.remove)
        self.part = QComboBox()
        for part in parts:
            self.part.addItem(translate("Plans", PART_LABELS[part]), part)
        self.value = figure_editor()
        self.as_of = QDateEdit(QDate.currentDate())
        self.as_of.setCalendarPopup(True)
        self.as_of.setDisplayFormat("yyyy-MM-dd")
        self.source = QLineEdit()
        self.source.setPlaceholderText(translate("Plans", "e.g. 第十二次中国公民科学素质抽样调查"))
        self.add_button = QPushButton(translate("Plans", "&Add figure"))
        self.add_button.clicked.connect(self.add)
        self.add_button.setDefault(True)  # Enter in the form adds the figure
        self.fields: dict[str, QWidget] = {
            "part": self.part,
            "value": self.value,
            "as_of": self.as_of,
            "source": self.source,
        }
        self.form = form = QFormLayout()
        if len(parts) > 1:
            form.addRow(translate("Plans", "&Part:"), self.part)
        form.addRow(translate("Plans", "&Value:"), self.value)
        form.addRow(translate("Plans", "As &of:"), self.as_of)
        form.addRow(translate("Plans", "&Source:"), self.source)
        add_row = QHBoxLayout()
        add_row.addStretch()
        add_row.addWidget(self.add_button)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        table_row = QHBoxLayout()
        table_row.addWidget(self.table, 1)
        remove_column = QVBoxLayout()
        remove_column.addWidget(self.remove_button)
        remove_column.addStretch()
        table_row.addLayout(remove_column)
        layout = QVBoxLayout(self)
        layout.addWidget(target_heading(target, translator.language))
        layout.addLayout(table_row, 1)
        layout.addWidget(QLabel(translate("Plans", "Enter a figure:")))
        layout.addLayout(form)
        layout.addLayout(add_row)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.value.setFocus()
        self.refresh()
        self.resize(760, 480)

    def refresh(self) -> None:
        with self.state.store.reading() as session:
            self.entries = list_entries(session, self.plan.code, self.target.code)
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            texts = (
                entry.as_of.isoformat(),
                translate("Plans", PART_LABELS.get(entry.part, entry.part)),
                f"{entry.value.normalize():f}",
                entry.source,
                entry.entered_by,
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self._update_buttons()

    def _update_buttons(self) -> None:
        self.remove_button.setEnabled(bool(self.table.selectionModel().selectedRows()))

    def add(self) -> None:
        for widget in self.fields.values():
            mark(widget, False)
        text = self.value.text().strip().rstrip(".")
        try:
            with self.state.store.transaction() as session:
                add_entry(
                    session,
                    self.state.reference,
                    self.plan.code,
                    self.target.code,
                    value=Decimal(text) if text else Decimal(0),
                    as_of=date(self.as_of.date().year(), self.as_of.date().month(), self.as_of.date().day()),
                    source=self.source.text(),
                    actor=self.state.installation.setup.clerk_name,
                    part=str(self.part.currentData() or "value"),
                )
        except KesuError as error:
            wrong = self.fields.get(error.field) if isinstance(error, ValidationError) else None
            refuse(self.error, self.translator.render(error), self.form, wrong)
            return
        self.error.clear()
        self.value.clear()
        self.source.clear()
        self.changed = True
        self.refresh()

    def remove(self) -> None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return
        entry = self.entries[rows[0].row()]
        try:
            with self.state.store.transaction() as session:
                remove_entry(session, self.plan.code, self.target.code, entry.id)
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            return
        self.changed = True
        self.refresh()


class SharesDialog(QDialog):
    """Each reporting unit's share of ``target`` (empty: no share); OK stores them all, or none."""

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        plan: PlanInfo,
        target: TargetInfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.plan, self.target = state, translator, plan, target
        self.units = state.reference.reporting_units()
        self.setWindowTitle(translate("Plans", "Split among units"))
        with state.store.reading() as session:
            held = {s.unit_code: s.figure for s in list_shares(session, plan.code, target.code)}
        self.table = QTableWidget(len(self.units), 2)
        self.table.verticalHeader().hide()
        self.table.setHorizontalHeaderLabels([translate("Plans", "Unit"), translate("Plans", "Share")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.editors: list[QLineEdit] = []
        for row, unit in enumerate(self.units):
            name = QTableWidgetItem(unit.name)
            name.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.table.setItem(row, 0, name)
            editor = figure_editor()
            editor.setAccessibleName(translate("Plans", "Share of {unit}").format(unit=unit.name))
            if unit.code in held:
                editor.setText(figure_text(held[unit.code]))
            editor.textChanged.connect(self._show_sum)
            self.table.setCellWidget(row, 1, editor)
            self.editors.append(editor)
        self.sum = QLabel()
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(target_heading(target, translator.language))
        layout.addWidget(self.table, 1)
        layout.addWidget(self.sum)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._show_sum()
        self.resize(560, 620)

    def figures(self) -> list[Decimal | None]:
        values: list[Decimal | None] = []
        for editor in self.editors:
            text = editor.text().strip().rstrip(".")
            values.append(Decimal(text) if text else None)
        return values

    def _show_sum(self) -> None:
        total = sum((v for v in self.figures() if v is not None), Decimal(0))
        self.sum.setText(
            translate("Plans", "Sum of the shares: {sum} of the target's {figure} {unit}.").format(
                sum=figure_text(total), figure=figure_text(self.target.figure), unit=self.target.measure_unit
            )
        )

    def accept(self) -> None:
        for editor in self.editors:
            mark(editor, False)
        at = [0]  # the row being stored, which a refusal names
        try:
            with self.state.store.transaction() as session:
                clear_share(session, self.plan.code, self.target.code)
                for number, (unit, figure) in enumerate(zip(self.units, self.figures(), strict=True)):
                    at[0] = number
                    if figure is not None:
                        set_share(session, self.state.reference, self.plan.code, self.target.code, unit.code, figure)
        except KesuError as error:
            row = at[0]
            self.error.setText(
                translate("Plans", "{unit}: {problem}").format(
                    unit=self.units[row].name, problem=self.translator.render(error)
                )
            )
            mark(self.editors[row], True)
            self.editors[row].setFocus()
            return
        super().accept()
