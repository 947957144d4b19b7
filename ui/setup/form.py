"""The setup fields (role, unit, clerk, phone, reviewer, responsible person, language) as one widget,
shared by the first-run wizard and the Settings page so both ask the same way."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QRadioButton,
    QWidget,
)

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.installation import Setup
from ui.i18n import translate

UNIT_KIND_LABELS = {
    "town": QT_TRANSLATE_NOOP("SetupForm", "Towns"),
    "township": QT_TRANSLATE_NOOP("SetupForm", "Townships"),
    "zone": QT_TRANSLATE_NOOP("SetupForm", "Development zone"),
    "department": QT_TRANSLATE_NOOP("SetupForm", "County departments"),
}


class RoleFields(QWidget):
    """Role choice: a reporting unit, or the county office."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.unit_button = QRadioButton(translate("SetupForm", "&Reporting unit (township, zone or department)"))
        self.county_button = QRadioButton(translate("SetupForm", "&County office (imports and consolidates returns)"))
        self.unit_button.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.unit_button)
        group.addButton(self.county_button)
        group.buttonToggled.connect(lambda *_: self.changed.emit())
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.unit_button)
        layout.addWidget(self.county_button)
        layout.addStretch()

    def role(self) -> str:
        return "county" if self.county_button.isChecked() else "unit"

    def set_role(self, role: str) -> None:
        (self.county_button if role == "county" else self.unit_button).setChecked(True)


class UnitCombo(QComboBox):
    """The units the chosen role may be set up for, grouped by kind, searchable by typing."""

    def __init__(self, reference: ReferenceData, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.setMinimumContentsLength(16)

    def show_role(self, role: str) -> None:
        current = self.unit_code()
        self.clear()
        if role == "county":
            for unit in self.reference.units:
                if unit.kind == "county_office":
                    self.addItem(unit.name, unit.code)
        else:
            for kind, label in UNIT_KIND_LABELS.items():
                units = [u for u in self.reference.units if u.kind == kind]
                if not units:
                    continue
                self.addItem(f"— {translate('SetupForm', label)} —")
                model_item = self.model().item(self.count() - 1)  # type: ignore[attr-defined]
                model_item.setEnabled(False)
                for unit in units:
                    self.addItem(unit.name, unit.code)
        self.select(current)

    def select(self, code: str | None) -> None:
        index = self.findData(code) if code else -1
        if index < 0:
            index = next((i for i in range(self.count()) if self.itemData(i)), -1)
        self.setCurrentIndex(index)

    def unit_code(self) -> str:
        return str(self.currentData() or "")


class PeopleFields(QWidget):
    """Who fills in the returns and who checks and signs them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.clerk = QLineEdit()
        self.clerk.setMaxLength(50)
        self.phone = QLineEdit()
        self.phone.setMaxLength(30)
        self.phone.setPlaceholderText("0357-1234567")
        self.reviewer = QLineEdit()
        self.reviewer.setMaxLength(50)
        self.responsible = QLineEdit()
        self.responsible.setMaxLength(50)
        form = QFormLayout(self)
        form.addRow(translate("SetupForm", "C&lerk (填报人) *"), self.clerk)
        form.addRow(translate("SetupForm", "&Phone"), self.phone)
        form.addRow(translate("SetupForm", "Re&viewer (审核人)"), self.reviewer)
        form.addRow(translate("SetupForm", "Re&sponsible person (单位负责人)"), self.responsible)
        hint = QLabel(translate("SetupForm", "The reviewer and the responsible person sign the printed returns."))
        hint.setWordWrap(True)
        form.addRow(hint)

    def field_widget(self, field: str) -> QLineEdit | None:
        return {
            "clerk_name": self.clerk,
            "clerk_phone": self.phone,
            "reviewer_name": self.reviewer,
            "responsible_name": self.responsible,
        }.get(field)

    def fill(self, setup: Setup) -> None:
        self.clerk.setText(setup.clerk_name)
        self.phone.setText(setup.clerk_phone)
        self.reviewer.setText(setup.reviewer_name)
        self.responsible.setText(setup.responsible_name)


class LanguageCombo(QComboBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.addItem("中文（简体）", "zh_CN")
        self.addItem("English", "en")

    def language(self) -> str:
        return str(self.currentData())

    def set_language(self, language: str) -> None:
        self.setCurrentIndex(max(0, self.findData(language)))
