"""The clerk's choices for one ledger sheet, pre-filled with what the app proposes and each changeable: the kind
of ledger, its header row(s), each column's field, the year of dates written without one; for activities the
form each form word is and the target groups, for trainings the kind and its target group.

Every change emits :attr:`SheetChoicesPanel.changed` with the new choices; a new header row or kind proposes the
columns again (:func:`~kesu_desktop.ledgers.choices.relaid`).
"""

from __future__ import annotations

from dataclasses import replace
from typing import TypeVar

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.ledgers.choices import SheetChoices, relaid
from kesu_desktop.ledgers.layout import HEADER_SEARCH_ROWS, KIND_FIELDS, HeaderWords
from kesu_desktop.ledgers.sheets import LedgerSheet
from kesu_desktop.reference.data import ReferenceData
from ui.i18n import translate
from ui.ledgers.names import KIND_NAMES, field_name
from ui.widgets.check_list import CheckList
from ui.widgets.code_combo import CodeCombo

ComboBox = TypeVar("ComboBox", bound=QComboBox)
NO_YEAR = 1989  # the year box's lowest value, shown as "none"
_NOT_RECOGNISED = QT_TRANSLATE_NOOP("LedgerDialog", "not recognised — check")


def _narrow(combo: ComboBox) -> ComboBox:
    """A combo as narrow as the panel needs, however long its names."""
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    combo.setMinimumContentsLength(12)
    return combo


def _clear(layout: QGridLayout | QFormLayout) -> None:
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()


class SheetChoicesPanel(QWidget):
    changed = Signal(object)  # SheetChoices

    def __init__(
        self,
        sheet: LedgerSheet,
        reference: ReferenceData,
        language: str,
        words: HeaderWords,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.sheet, self.reference, self.language, self.words = sheet, reference, language, words
        self.choices: SheetChoices | None = None
        self.kind = QComboBox()
        for code, name in KIND_NAMES.items():
            self.kind.addItem(translate("LedgerDialog", name), code)
        self.header_row = QSpinBox()
        self.header_row.setRange(1, max(1, min(HEADER_SEARCH_ROWS, len(sheet.cells))))
        self.two_rows = QCheckBox(translate("LedgerDialog", "The header takes t&wo rows"))
        self.year = QSpinBox()
        self.year.setRange(NO_YEAR, 2100)
        for box in (self.header_row, self.year):
            box.setKeyboardTracking(False)  # one change once the number is typed, not one a digit
        self.year.setSpecialValueText(translate("LedgerDialog", "none"))
        self.year.setToolTip(translate("LedgerDialog", "The year of the dates the ledger writes without one (6月12日)"))
        form = QFormLayout()
        form.addRow(self._label(QT_TRANSLATE_NOOP("LedgerDialog", "&Kind of ledger:"), self.kind), self.kind)
        form.addRow(self._label(QT_TRANSLATE_NOOP("LedgerDialog", "&Header row:"), self.header_row), self.header_row)
        form.addRow("", self.two_rows)
        form.addRow(self._label(QT_TRANSLATE_NOOP("LedgerDialog", "&Year of dates without one:"), self.year), self.year)
        self.columns_box = QGroupBox(translate("LedgerDialog", "Columns"))
        self.columns_layout = QFormLayout(self.columns_box)
        self.column_combos: dict[str, QComboBox] = {}
        self.forms_box = QGroupBox(translate("LedgerDialog", "Activity forms written in the ledger"))
        self.forms_layout = QGridLayout(self.forms_box)
        self.form_combos: dict[str, CodeCombo] = {}
        self.not_recognised: dict[str, QLabel] = {}
        self.groups_box = QGroupBox(translate("LedgerDialog", "Target groups of its activities"))
        self.groups = CheckList(reference.target_groups, language)
        QVBoxLayout(self.groups_box).addWidget(self.groups)
        self.training_box = QGroupBox(translate("LedgerDialog", "Its trainings"))
        self.training_kind = _narrow(CodeCombo(reference.training_kinds, language))
        self.target_group = _narrow(CodeCombo(reference.target_groups, language))
        training = QFormLayout(self.training_box)
        training.addRow(
            self._label(QT_TRANSLATE_NOOP("LedgerDialog", "Training ki&nd:"), self.training_kind), self.training_kind
        )
        training.addRow(
            self._label(QT_TRANSLATE_NOOP("LedgerDialog", "Target &group:"), self.target_group), self.target_group
        )
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        for group in (self.training_box, self.forms_box, self.groups_box, self.columns_box):
            layout.addWidget(group)
        layout.addStretch(1)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.header_row.valueChanged.connect(self._header_changed)
        self.two_rows.toggled.connect(self._header_changed)
        self.year.valueChanged.connect(self._year_changed)
        self.groups.changed.connect(self._groups_changed)
        self.training_kind.currentIndexChanged.connect(self._training_kind_changed)
        self.target_group.currentIndexChanged.connect(self._target_group_changed)

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(translate("LedgerDialog", text))
        label.setBuddy(buddy)
        return label

    def show_choices(self, choices: SheetChoices) -> None:
        """Show ``choices`` (the ones the ledger was last planned under); emits nothing."""
        rebuild = (
            self.choices is None
            or choices.kind != self.choices.kind
            or list(choices.headers.items()) != list(self.choices.headers.items())
        )
        self.choices = None  # while None, the widgets' own signals change no choice
        self.kind.setCurrentIndex(max(0, self.kind.findData(choices.kind)))
        self.header_row.setValue(choices.header_rows[0])
        self.two_rows.setChecked(len(choices.header_rows) > 1)
        self.year.setValue(choices.year or NO_YEAR)
        self.groups.set_codes(choices.target_groups)
        self.training_kind.set_code(choices.training_kind)
        self.target_group.set_code(choices.target_group)
        if rebuild:
            self._build_columns(choices)
        for letter, combo in self.column_combos.items():
            combo.setCurrentIndex(max(0, combo.findData(choices.columns.get(letter))))
        self._show_forms(choices)
        activity = choices.kind == "activity"
        self.forms_box.setVisible(activity and bool(choices.forms))
        self.groups_box.setVisible(activity)
        self.training_box.setVisible(not activity)
        self.choices = choices

    def _build_columns(self, choices: SheetChoices) -> None:
        _clear(self.columns_layout)
        self.column_combos = {}
        for letter, header in choices.headers.items():
            combo = _narrow(QComboBox())
            combo.addItem(field_name(choices.kind, None), None)
            for name in KIND_FIELDS[choices.kind]:
                combo.addItem(field_name(choices.kind, name), name)
            combo.currentIndexChanged.connect(lambda _index, letter=letter: self._column_changed(letter))
            label = QLabel(f"{letter}  {header}".replace("&", "&&"))
            label.setBuddy(combo)
            self.columns_layout.addRow(label, combo)
            self.column_combos[letter] = combo

    def _show_forms(self, choices: SheetChoices) -> None:
        if list(choices.forms) != list(self.form_combos):
            _clear(self.forms_layout)
            self.form_combos, self.not_recognised = {}, {}
            active = [form for form in self.reference.activity_forms if form.active]
            for line, word in enumerate(choices.forms):
                combo = _narrow(CodeCombo(active, self.language))
                combo.currentIndexChanged.connect(lambda _index, word=word: self._form_changed(word))
                label = QLabel(word.replace("&", "&&"))
                label.setBuddy(combo)
                warning = QLabel(translate("LedgerDialog", _NOT_RECOGNISED))
                warning.setStyleSheet("color: #a40000; font-weight: bold;")
                self.forms_layout.addWidget(label, 2 * line, 0)
                self.forms_layout.addWidget(combo, 2 * line, 1)
                self.forms_layout.addWidget(warning, 2 * line + 1, 1)
                self.form_combos[word], self.not_recognised[word] = combo, warning
        for word, combo in self.form_combos.items():
            combo.set_code(choices.forms[word])
            self.not_recognised[word].setVisible(word not in choices.recognised)

    def _emit(self, choices: SheetChoices) -> None:
        self.choices = choices
        self.changed.emit(choices)

    def _kind_changed(self) -> None:
        if self.choices is not None:
            self._emit(relaid(self.sheet, self.choices, self.words, kind=str(self.kind.currentData())))

    def _header_changed(self) -> None:
        if self.choices is None:
            return
        first = self.header_row.value()
        rows = (first, first + 1) if self.two_rows.isChecked() and first < len(self.sheet.cells) else (first,)
        self._emit(relaid(self.sheet, self.choices, self.words, header_rows=rows))

    def _year_changed(self, year: int) -> None:
        if self.choices is not None:
            self._emit(replace(self.choices, year=None if year == NO_YEAR else year))

    def _column_changed(self, letter: str) -> None:
        """A field is given to one column at a time: the column that had it is no longer imported."""
        if self.choices is None:
            return
        field = self.column_combos[letter].currentData()
        columns = {
            other: None if field is not None and chosen == field else chosen
            for other, chosen in self.choices.columns.items()
        }
        columns[letter] = field
        self._emit(replace(self.choices, columns=columns))

    def _form_changed(self, word: str) -> None:
        """The clerk chose this word's form, so it is checked."""
        code = self.form_combos[word].code()
        if self.choices is not None and code is not None:
            forms = self.choices.forms | {word: code}
            self._emit(replace(self.choices, forms=forms, recognised=self.choices.recognised | {word}))

    def _groups_changed(self) -> None:
        if self.choices is not None:
            self._emit(replace(self.choices, target_groups=self.groups.codes()))

    def _training_kind_changed(self) -> None:
        """A kind that usually serves one group (高素质农民培育 → 农民) chooses it."""
        code = self.training_kind.code()
        if self.choices is None or code is None:
            return
        kind = next((k for k in self.reference.training_kinds if k.code == code), None)
        group = kind.target_group_code if kind is not None and kind.target_group_code else self.choices.target_group
        self._emit(replace(self.choices, training_kind=code, target_group=group))

    def _target_group_changed(self) -> None:
        code = self.target_group.code()
        if self.choices is not None and code is not None:
            self._emit(replace(self.choices, target_group=code))
