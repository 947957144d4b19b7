"""Settings: change the setup made at first run, and see where the data is kept."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QFormLayout, QGroupBox, QLabel, QPushButton, QVBoxLayout, QWidget

from kesu_desktop.errors import ValidationError
from kesu_desktop.installation import Setup
from kesu_desktop.translation import Translator
from ui.i18n import translate
from ui.setup_form import LanguageCombo, PeopleFields, RoleFields, UnitCombo
from ui.state import AppState


class SettingsPage(QWidget):
    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        heading = QLabel(translate("Settings", "Settings"))
        heading.setObjectName("pageTitle")
        self.role = RoleFields()
        self.unit = UnitCombo(state.reference)
        self.role.changed.connect(lambda: self.unit.show_role(self.role.role()))
        self.people = PeopleFields()
        self.language = LanguageCombo()
        unit_box = QGroupBox(translate("Settings", "Unit"))
        unit_form = QFormLayout(unit_box)
        unit_form.addRow(translate("Settings", "Role:"), self.role)
        unit_form.addRow(translate("Settings", "&Unit:"), self.unit)
        people_box = QGroupBox(translate("Settings", "People"))
        QVBoxLayout(people_box).addWidget(self.people)
        other_box = QGroupBox(translate("Settings", "Display and storage"))
        other_form = QFormLayout(other_box)
        other_form.addRow(translate("Settings", "&Display language:"), self.language)
        data_folder = QLabel(str(state.store.data_dir.root))
        data_folder.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        other_form.addRow(translate("Settings", "Data folder:"), data_folder)
        log_file = QLabel(str(state.store.data_dir.log_file))
        log_file.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        other_form.addRow(translate("Settings", "Log file:"), log_file)
        self.save_button = QPushButton(translate("Settings", "Save se&ttings"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(unit_box)
        layout.addWidget(people_box)
        layout.addWidget(other_box)
        layout.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.message)
        layout.addStretch()
        self.load()

    def load(self) -> None:
        setup = self.state.installation.setup
        self.role.set_role(setup.role)
        self.unit.show_role(setup.role)
        self.unit.select(setup.unit_code)
        self.people.fill(setup)
        self.language.set_language(setup.language)
        self.message.clear()

    def entered(self) -> Setup:
        return Setup(
            role=self.role.role(),
            unit_code=self.unit.unit_code(),
            clerk_name=self.people.clerk.text(),
            clerk_phone=self.people.phone.text(),
            reviewer_name=self.people.reviewer.text(),
            responsible_name=self.people.responsible.text(),
            language=self.language.language(),
        )

    def save(self) -> None:
        before = self.state.installation.setup
        try:
            saved = self.state.save_setup(self.entered())
        except ValidationError as error:
            self.message.setStyleSheet("color: #b00020;")
            self.message.setText(self.translator.render(error))
            widget = self.people.field_widget(error.field)
            if widget is not None:
                widget.setFocus()
            return
        self.message.setStyleSheet("")
        text = translate("Settings", "Settings saved.")
        if saved.setup.language != before.language:
            text += " " + translate("Settings", "The new language applies from the next start.")
        self.message.setText(text)
