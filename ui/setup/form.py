"""The setup fields (role, unit, the first month reported, clerk, phone, reviewer, responsible person, language),
shared by the first-run wizard and the Settings page so both ask the same way.

No unit is chosen until the clerk chooses one (unless the role allows only one): a preselected unit gets
accepted by Next–Next–Finish and files everything under the wrong township."""

from __future__ import annotations

from datetime import date

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
from kesu_desktop.reference.periods import month_of, month_period, parse_period
from kesu_desktop.store.installation import Setup
from ui.i18n import translate

MONTHS_BACK_YEARS = 5  # the first month reported can be chosen back to January five years ago

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
        self.setPlaceholderText(translate("SetupForm", "Choose your unit…"))

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
        """Choose ``code``; without it nothing is chosen, unless the list holds one unit only."""
        index = self.findData(code) if code else -1
        choices = [i for i in range(self.count()) if self.itemData(i)]
        if index < 0 and len(choices) == 1:
            index = choices[0]
        self.setCurrentIndex(index)

    def unit_code(self) -> str:
        return str(self.currentData() or "")


class MonthCombo(QComboBox):
    """The first month whose return is due: this month or one of the years before, newest first."""

    def __init__(self, language: str, today: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = language
        this_month = month_of(today or date.today())
        year, month = this_month.start.year, this_month.start.month
        while year >= this_month.start.year - MONTHS_BACK_YEARS:
            self._add(month_period(year, month).code)
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        self.setMaxVisibleItems(12)

    def _add(self, code: str) -> None:
        self.addItem(parse_period(code).label(self.language), code)

    def month(self) -> str:
        return str(self.currentData())

    def set_month(self, code: str) -> None:
        """Choose ``code``; a month older than the list (set on the command line) is added to it."""
        if self.findData(code) < 0:
            self._add(code)
        self.setCurrentIndex(self.findData(code))


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
