"""One target of a plan, as the county writes it: code, Chinese and English names, rule (kind), comparison,
figure, measure unit, target group and which data it counts (:mod:`.measure_editor`). OK checks the target by
the core's rules (:func:`kesu_desktop.plans.editing.check_target`) and, when it is refused, says why next to
the field at fault; the plan dialog stores the targets when the plan is saved."""

from __future__ import annotations

import json
import re
from decimal import Decimal

from PySide6.QtCore import QRegularExpression
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.plans.measures import COMPARISONS, KIND_LABELS, KINDS, measure_json
from kesu_desktop.plans.rules import TargetFields, check_target
from kesu_desktop.reference.data import ReferenceData
from ui.county.measure_editor import MeasureEditor
from ui.i18n import translate
from ui.widgets.code_combo import CodeCombo
from ui.widgets.error_label import ERROR_COLOUR, error_label

COMPARISON_SIGNS = {">=": "≥", ">": ">"}
NO_GROUP = QT_TRANSLATE_NOOP("Plans", "— none —")


def figure_text(value: Decimal) -> str:
    return f"{value.normalize():f}"


def figure_editor() -> QLineEdit:
    """A line for a figure: digits and one decimal point (the core says whether the number will do)."""
    editor = QLineEdit()
    editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"[0-9]{0,12}(\.[0-9]{0,4})?")))
    return editor


def figure_value(editor: QLineEdit) -> Decimal:
    """The figure typed (0 when there is none, which the core refuses with a message saying what to give)."""
    text = editor.text().strip().rstrip(".")
    return Decimal(text) if text else Decimal(0)


def buddy_label(text: str, buddy: QWidget) -> QLabel:
    """A form label whose mnemonic moves to ``buddy`` (a row holding a layout has no buddy of its own)."""
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


def plain(label: str) -> str:
    """A form label as a name: without its mnemonic and colon ("指标值及单位(&F)：" -> "指标值及单位")."""
    return re.sub(r"\(&.\)|&", "", label).rstrip(":：").strip()


def form_label(form: QFormLayout, widget: QWidget) -> str:
    """The label of the row of ``form`` that holds ``widget`` (directly or in the row's layout), or ""."""
    for row in range(form.rowCount()):
        field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        label = label_item.widget() if label_item is not None else None
        if field is None or not isinstance(label, QLabel):
            continue
        inner = field.layout()
        if field.widget() is widget or (inner is not None and inner.indexOf(widget) >= 0):
            return plain(label.text())
    return ""


def refuse(error_label: QLabel, message: str, form: QFormLayout, widget: QWidget | None) -> None:
    """Show the core's refusal, naming the field at fault (framed and focused) when it is one of the form's."""
    if widget is not None:
        mark(widget, True)
        widget.setFocus()
        name = form_label(form, widget)
        if name:
            message = translate("Plans", "{field}: {problem}").format(field=name, problem=message)
    error_label.setText(message)


def mark(widget: QWidget, wrong: bool) -> None:
    """Frame the field at fault in red (the measure's own form says what is wrong with it)."""
    if isinstance(widget, MeasureEditor):
        return
    widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR};" if wrong else "")


class TargetDialog(QDialog):
    """A new target (``target`` None) or a change to ``target``; ``fields`` is the target once accepted."""

    def __init__(
        self,
        reference: ReferenceData,
        translator: Translator,
        target: TargetFields | None = None,
        *,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reference, self.translator = reference, translator
        self.fields: TargetFields | None = None
        language = translator.language
        self.setWindowTitle(translate("Plans", "Target") if target is None else translate("Plans", "Edit target"))
        self.code = QLineEdit()
        self.code.setPlaceholderText("farmers_trained")
        self.name_zh = QLineEdit()
        self.name_en = QLineEdit()
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(translate("Targets", KIND_LABELS[kind]), kind)
        self.comparison = QComboBox()
        for comparison in COMPARISONS:
            self.comparison.addItem(COMPARISON_SIGNS[comparison], comparison)
        self.comparison.setCurrentIndex(self.comparison.findData(">="))
        self.figure = figure_editor()
        self.measure_unit = QLineEdit()
        self.measure_unit.setPlaceholderText(translate("Plans", "人次, 个, % …"))
        self.target_group = CodeCombo(reference.target_groups, language, empty_text=translate("Plans", NO_GROUP))
        self.measure = MeasureEditor(reference, translator)
        figure_row = QHBoxLayout()
        figure_row.addWidget(self.comparison)
        figure_row.addWidget(self.figure, 1)
        figure_row.addWidget(self.measure_unit)
        self.form = form = QFormLayout()
        form.addRow(translate("Plans", "&Code:"), self.code)
        form.addRow(translate("Plans", "Name (C&hinese):"), self.name_zh)
        form.addRow(translate("Plans", "Name (&English):"), self.name_en)
        form.addRow(translate("Plans", "&Rule:"), self.kind)
        form.addRow(buddy_label(translate("Plans", "&Figure and unit:"), self.figure), figure_row)
        form.addRow(translate("Plans", "Target &group:"), self.target_group)
        self.widgets: dict[str, QWidget] = {
            "code": self.code,
            "name_zh": self.name_zh,
            "name_en": self.name_en,
            "kind": self.kind,
            "comparison": self.comparison,
            "figure": self.figure,
            "measure_unit": self.measure_unit,
            "target_group_code": self.target_group,
            "measure": self.measure,
        }
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        body = QWidget()
        body_layout = QVBoxLayout(body)
        body_layout.addLayout(form)
        body_layout.addWidget(self.measure)
        body_layout.addStretch()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(lambda _index: self.measure.set_kind(str(self.kind.currentData())))
        self.code.textChanged.connect(self._code_changed)
        if target is not None:
            self._show(target)
        else:
            self.measure.set_kind(str(self.kind.currentData()))
        self.resize(720, 640)

    def _show(self, target: TargetFields) -> None:
        self.code.setText(target.code)
        self.code.setReadOnly(True)
        self.name_zh.setText(target.name_zh)
        self.name_en.setText(target.name_en)
        self.kind.setCurrentIndex(self.kind.findData(target.kind))
        self.comparison.setCurrentIndex(self.comparison.findData(target.comparison))
        self.figure.setText(figure_text(target.figure))
        self.measure_unit.setText(target.measure_unit)
        self.target_group.set_code(target.target_group_code)
        self.measure.set_value(target.kind, measure_json(target.measure))

    def _code_changed(self, code: str) -> None:
        self.measure.target = code.strip()

    def typed(self) -> TargetFields:
        """The target as typed, not yet checked."""
        measure = self.measure.value()
        return TargetFields(
            code=self.code.text(),
            name_zh=self.name_zh.text(),
            name_en=self.name_en.text(),
            kind=str(self.kind.currentData()),
            comparison=str(self.comparison.currentData()),
            figure=figure_value(self.figure),
            measure_unit=self.measure_unit.text(),
            target_group_code=self.target_group.code(),
            measure=None if measure is None else json.dumps(measure, ensure_ascii=False),
        )

    def accept(self) -> None:
        for widget in self.widgets.values():
            mark(widget, False)
        try:
            self.fields = check_target(self.typed(), self.reference)
        except ValidationError as error:
            refuse(self.error, self.translator.render(error), self.form, self.widgets.get(error.field))
            return
        super().accept()
