"""The first-run wizard: role and language; for the county office, where its store is kept (this computer, or a
PostgreSQL server several clerks share); unit (chosen by the clerk, never preselected) and the month from which
it reports with the app; then the people who fill in and sign returns. Each page checks its own fields with the
core's rules before Next, naming the field to fix (the server page by logging in to the server)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.installation import Setup, validate_setup
from ui.i18n import translate
from ui.setup.form import LanguageCombo, MonthCombo, PeopleFields, RoleFields, UnitCombo
from ui.store.joining import ServerChoice
from ui.store.server_fields import ServerFields
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

    def nextId(self) -> int:  # noqa: N802 - Qt override
        wizard = self.wizard()
        assert isinstance(wizard, SetupWizard)
        return wizard.STORE_PAGE if self.role.role() == "county" else wizard.UNIT_PAGE


class StorePage(QWizardPage):
    """The county office's store: in the folder's own file (the default), or on a PostgreSQL server, whose
    fields are checked by logging in before Next."""

    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.setTitle(translate("SetupWizard", "Where the county's store is kept"))
        self.setSubTitle(
            translate(
                "SetupWizard",
                "One clerk works on a store on this computer; several clerks at once work on one store on a "
                "PostgreSQL server. You can move the store later in Settings.",
            )
        )
        self.here = QRadioButton(translate("SetupWizard", "On t&his computer (in the data folder)"))
        self.on_server = QRadioButton(translate("SetupWizard", "On a Postgre&SQL server (several clerks at once)"))
        self.here.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.here)
        group.addButton(self.on_server)
        self.fields = ServerFields(wizard.translator)
        self.fields.setEnabled(False)
        self.on_server.toggled.connect(self.fields.setEnabled)
        layout = QVBoxLayout(self)
        layout.addWidget(self.here)
        layout.addWidget(self.on_server)
        layout.addWidget(self.fields)
        layout.addStretch()

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        (self.on_server if self.on_server.isChecked() else self.here).setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if not self.on_server.isChecked():
            self.owner.server = None
            return True
        connected = self.fields.checked_or_shown()
        if connected is None:
            return False
        connected.engine.dispose()
        self.owner.server = ServerChoice(
            self.fields.address(), self.fields.password.text(), self.fields.keep.isChecked()
        )
        return True


class UnitPage(QWizardPage):
    def __init__(self, wizard: SetupWizard) -> None:
        super().__init__()
        self.owner = wizard
        self.role_fields = wizard.role_page.role
        self.setTitle(translate("SetupWizard", "Your unit"))
        self.setSubTitle(translate("SetupWizard", "Returns are filed in the name of this unit."))
        self.unit = UnitCombo(wizard.reference)
        self.reports_from = MonthCombo(wizard.translator.language)
        self.reports_from_label = QLabel(translate("SetupWizard", "Reports with KeSu fr&om:"))
        self.reports_from_label.setBuddy(self.reports_from)
        self.reports_from_hint = QLabel(
            translate(
                "SetupWizard",
                "The first month whose return you send with KeSu Desktop. Earlier months are not counted as due; "
                "you can still export them to catch up.",
            )
        )
        self.reports_from_hint.setObjectName("hint")
        self.reports_from_hint.setWordWrap(True)
        self.error = _error_label()
        form = QFormLayout(self)
        form.addRow(translate("SetupWizard", "&Unit:"), self.unit)
        form.addRow(self.reports_from_label, self.reports_from)
        form.addRow(self.reports_from_hint)
        form.addRow(self.error)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        role = self.role_fields.role()
        self.unit.show_role(role)
        for widget in (self.reports_from_label, self.reports_from, self.reports_from_hint):
            widget.setVisible(role == "unit")  # the county office files no returns of its own
        self.error.hide()
        self.unit.setFocus()

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        """The unit and the first month, checked by the core's rules before the people page."""
        try:
            validate_setup(self.owner.setup(), self.owner.reference)
        except ValidationError as error:
            widget = {"unit_code": self.unit, "reports_from": self.reports_from}.get(error.field)
            if widget is None:
                return True  # a field of a later page: checked there
            self.error.setText(self.owner.translator.render(error))
            self.error.show()
            widget.setFocus()
            return False
        return True


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

    STORE_PAGE, UNIT_PAGE = 1, 2

    def __init__(self, reference: ReferenceData, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reference = reference
        self.translator = translator
        self.validated: Setup | None = None
        self.server: ServerChoice | None = None
        """Where the county's store goes when it is not kept on this computer (checked by logging in)."""
        self.setWindowTitle(translate("SetupWizard", "KeSu Desktop — first-run setup"))
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage)
        self.role_page = RolePage(translator.language)
        self.store_page = StorePage(self)
        self.unit_page = UnitPage(self)
        self.people_page = PeoplePage(self)
        for number, page in enumerate((self.role_page, self.store_page, self.unit_page, self.people_page)):
            self.setPage(number, page)
        self.resize(640, 460)

    def chosen_server(self) -> ServerChoice | None:
        """The server chosen for the county's store; None for a store on this computer (and for a unit)."""
        return self.server if self.role_page.role.role() == "county" else None

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
            reports_from=self.unit_page.reports_from.month(),
        )
