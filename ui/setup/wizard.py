"""The first-run wizard: role and language, unit, then the people who fill in and sign returns."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget, QWizard, QWizardPage

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.installation import Setup, validate_setup
from ui.i18n import translate
from ui.setup.form import LanguageCombo, PeopleFields, RoleFields, UnitCombo
from ui.widgets.error_label import error_label


def _error_label() -> QLabel:
    label = error_label()
    label.hide()
    return label


class RolePage(QWizardPage):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.setTitle(translate("SetupWizard", "Welcome to KeSu Desktop"))
        self.setSubTitle(
            translate(
                "SetupWizard",
                "Record science-popularization activities and trainings, and report them to the county. "
                "First, say who uses this computer.",
            )
        )
        self.role = RoleFields()
        self.language = LanguageCombo()
        self.language.set_language(language)
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "This computer is used by:"), self.role)
        form.addRow(translate("SetupWizard", "&Language:"), self.language)


class UnitPage(QWizardPage):
    def __init__(self, reference: ReferenceData, role_fields: RoleFields) -> None:
        super().__init__()
        self.role_fields = role_fields
        self.setTitle(translate("SetupWizard", "Your unit"))
        self.setSubTitle(translate("SetupWizard", "Returns are filed in the name of this unit."))
        self.unit = UnitCombo(reference)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "&Unit:"), self.unit)
        form.addRow(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.unit.show_role(self.role_fields.role())
        self.unit.setFocus()


class PeoplePage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("SetupWizard", "Who fills in and signs"))
        self.setSubTitle(
            translate("SetupWizard", "These names are printed on every return. You can change them later in Settings.")
        )
        self.people = PeopleFields()
        self.error = _error_label()
        layout = QVBoxLayout(self)
        layout.addWidget(self.people)
        layout.addWidget(self.error)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.people.clerk.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        try:
            self.owner.validated = validate_setup(self.owner.setup(), self.owner.reference)
        except ValidationError as error:
            self.error.setText(self.owner.translator.render(error))
            self.error.show()
            widget = self.people.field_widget(error.field)
            if widget is not None:
                widget.setFocus()
                widget.selectAll()
            return False
        self.error.hide()
        return True


class SetupWizard(QWizard):
    """Asks for the setup; after ``exec()`` returns Accepted, :attr:`validated` holds a valid :class:`Setup`."""

    def __init__(self, reference: ReferenceData, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.translator = translator
        self.validated: Setup | None = None
        self.setWindowTitle(translate("SetupWizard", "KeSu Desktop — first-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.role_page = RolePage(translator.language)
        self.unit_page = UnitPage(reference, self.role_page.role)
        self.people_page = PeoplePage(self)
        for page in (self.role_page, self.unit_page, self.people_page):
            self.addPage(page)
        self.resize(640, 460)

    def setup(self) -> Setup:
        people = self.people_page.people
        return Setup(
            role=self.role_page.role.role(),
            unit_code=self.unit_page.unit.unit_code(),
            clerk_name=people.clerk.text(),
            clerk_phone=people.phone.text(),
            reviewer_name=people.reviewer.text(),
            responsible_name=people.responsible.text(),
            language=self.role_page.language.language(),
        )
