"""Settings: change the setup made at first run, protect the data with a password and an idle lock, see where
the data is kept (and, for the county office, move its store to a server and back), and back it up or restore
it."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.periods import month_of
from kesu_desktop.store.access import LOCK_MINUTES
from kesu_desktop.store.backups import last_backup, make_backup
from kesu_desktop.store.installation import Setup, UnconfirmedUnitChangeError, reporting_start
from kesu_desktop.store.restore import check_restore, restore_backup
from ui.i18n import translate
from ui.setup.form import LanguageCombo, MonthCombo, PeopleFields, RoleFields, UnitCombo
from ui.state import AppState
from ui.store.location_box import StoreLocationBox
from ui.store.other_unit import confirm_other_unit
from ui.store.password_dialog import PasswordDialog
from ui.widgets.error_label import ERROR_COLOUR

log = logging.getLogger(__name__)


class SettingsPage(QWidget):
    restored = Signal()  # the live database was replaced: the app must restart

    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        heading = QLabel(translate("Settings", "Settings"))
        heading.setObjectName("pageTitle")
        self.role = RoleFields()
        self.unit = UnitCombo(state.reference)
        self.role.changed.connect(lambda: self.unit.show_role(self.role.role()))
        self.reports_from = MonthCombo(state.language)
        self.people = PeopleFields()
        self.language = LanguageCombo()
        unit_box = QGroupBox(translate("Settings", "Unit"))
        unit_form = QFormLayout(unit_box)
        unit_form.addRow(translate("Settings", "Role:"), self.role)
        unit_form.addRow(translate("Settings", "&Unit:"), self.unit)
        unit_form.addRow(translate("Settings", "Reports with KeSu fr&om:"), self.reports_from)
        reports_from_hint = QLabel(
            translate(
                "Settings",
                "Returns are due from this month on; earlier months are not counted as due, and can still be "
                "exported to catch up.",
            )
        )
        reports_from_hint.setObjectName("hint")
        reports_from_hint.setWordWrap(True)
        unit_form.addRow(reports_from_hint)

        def show_reports_from() -> None:  # the county office files no returns of its own
            for widget in (self.reports_from, reports_from_hint):
                unit_form.setRowVisible(widget, self.role.role() == "unit")

        self.role.changed.connect(show_reports_from)
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
        access_box = QGroupBox(translate("Settings", "Password and lock"))
        access_form = QFormLayout(access_box)
        access_form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        self.password_state = QLabel()
        self.password_state.setWordWrap(True)
        self.password_button = QPushButton()
        self.password_button.clicked.connect(lambda: self.open_password_dialog(remove=False))
        self.remove_password_button = QPushButton(translate("Settings", "Re&move password…"))
        self.remove_password_button.clicked.connect(lambda: self.open_password_dialog(remove=True))
        password_buttons = QHBoxLayout()
        password_buttons.addWidget(self.password_button)
        password_buttons.addWidget(self.remove_password_button)
        password_buttons.addStretch()
        self.lock_minutes = QSpinBox()
        self.lock_minutes.setRange(LOCK_MINUTES.start, LOCK_MINUTES.stop - 1)
        access_form.addRow(self.password_state)
        access_form.addRow(password_buttons)
        access_form.addRow(translate("Settings", "Loc&k after (minutes without input):"), self.lock_minutes)
        self.save_button = QPushButton(translate("Settings", "Save se&ttings"))
        self.save_button.clicked.connect(self.save)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        self.message = QLabel()
        self.message.setWordWrap(True)
        backup_box = QGroupBox(translate("Settings", "Backups"))
        backup_layout = QVBoxLayout(backup_box)
        self.last_backup = QLabel()
        self.last_backup.setWordWrap(True)
        self.last_backup.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.backup_button = QPushButton(translate("Settings", "&Back up now…"))
        self.backup_button.clicked.connect(self.back_up)
        self.restore_button = QPushButton(translate("Settings", "R&estore from a backup…"))
        self.restore_button.clicked.connect(self.restore)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addWidget(self.restore_button)
        buttons.addStretch()
        backup_layout.addWidget(self.last_backup)
        backup_layout.addLayout(buttons)
        # the groups scroll on a small screen; the save button and the message under them stay in view
        content = QWidget()
        groups = QVBoxLayout(content)
        groups.setContentsMargins(0, 0, 0, 0)
        for box in (unit_box, people_box, other_box, access_box, backup_box):
            groups.addWidget(box)
        self.store_location: StoreLocationBox | None = None
        if state.installation.setup.role == "county":
            self.store_location = StoreLocationBox(state, translator)
            self.store_location.restart_needed.connect(self.restored)
            groups.addWidget(self.store_location)
        groups.addStretch()
        self.groups_area = QScrollArea()
        self.groups_area.setWidget(content)
        self.groups_area.setWidgetResizable(True)
        self.groups_area.setFrameShape(QFrame.Shape.NoFrame)
        save_bar = QHBoxLayout()
        save_bar.addWidget(self.save_button, alignment=Qt.AlignmentFlag.AlignTop)
        save_bar.addWidget(self.message, stretch=1)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.groups_area, stretch=1)
        layout.addLayout(save_bar)
        self.load()
        self.show_password_state()
        self.show_last_backup()

    def load(self) -> None:
        setup = self.state.installation.setup
        self.role.set_role(setup.role)
        self.unit.show_role(setup.role)
        self.unit.select(setup.unit_code)
        with self.state.store.reading() as session:
            start = reporting_start(session, setup.unit_code)
        self.reports_from.set_month(setup.reports_from or month_of(start or date.today()).code)
        self.people.fill(setup)
        self.language.set_language(setup.language)
        self.lock_minutes.setValue(self.state.lock_minutes())
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
            reports_from=self.reports_from.month(),
        )

    def save(self) -> None:
        before = self.state.installation.setup
        lock_minutes = self.lock_minutes.value() if self.lock_minutes.isEnabled() else None
        try:
            try:
                saved = self.state.save_setup(self.entered(), lock_minutes=lock_minutes)
            except UnconfirmedUnitChangeError as change:
                if not self.confirm_unit_change(change):
                    self.unit.select(before.unit_code)
                    self.message.setStyleSheet("")
                    self.message.setText(
                        translate("Settings", "Nothing was saved; the unit stays {unit}.").format(unit=change.old.name)
                    )
                    return
                saved = self.state.save_setup(self.entered(), lock_minutes=lock_minutes, move_records=True)
        except ValidationError as error:
            self._show_error(self.translator.render(error))
            widget = self._field_widget(error.field)
            self.groups_area.ensureWidgetVisible(widget)
            widget.setFocus()
            return
        self.message.setStyleSheet("")
        text = translate("Settings", "Settings saved.")
        if saved.setup.language != before.language:
            text += " " + translate("Settings", "The new language applies from the next start.")
        self.message.setText(text)

    def _field_widget(self, field: str) -> QWidget:
        """Where the cursor goes for a refused field."""
        fields: dict[str, QWidget] = {
            "role": self.role,
            "unit_code": self.unit,
            "reports_from": self.reports_from,
            "lock_after_minutes": self.lock_minutes,
        }
        return fields.get(field) or self.people.field_widget(field) or self.save_button

    def confirm_unit_change(self, change: UnconfirmedUnitChangeError) -> bool:
        """Say what a change of unit does to the folder's records and ask; True when the clerk confirms."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("Settings", "Change the unit?"))
        box.setText(self.translator.render(change))
        box.setInformativeText(
            translate("Settings", "Change the unit to {new} and move the records?").format(new=change.new.name)
        )
        move = box.addButton(
            translate("Settings", "&Change the unit and move the records"), QMessageBox.ButtonRole.AcceptRole
        )
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.exec()
        return box.clickedButton() is move

    def show_password_state(self) -> None:
        protected = self.state.has_password()
        if protected:
            self.password_state.setText(
                translate("Settings", "A password is set: KeSu Desktop asks for it at start and after the idle time.")
            )
            self.password_button.setText(translate("Settings", "Change pass&word…"))
        else:
            self.password_state.setText(
                translate("Settings", "No password is set: anyone using this computer can open KeSu Desktop.")
            )
            self.password_button.setText(translate("Settings", "Set a pass&word…"))
        self.remove_password_button.setEnabled(protected)
        self.lock_minutes.setEnabled(protected)

    def open_password_dialog(self, *, remove: bool) -> None:
        """Set, change or remove the password in a dialog; the page shows the outcome once it is accepted."""
        dialog = PasswordDialog(self.state, self.translator, remove=remove, parent=self)
        dialog.accepted.connect(self.password_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()

    def password_changed(self) -> None:
        self.show_password_state()
        self.message.setStyleSheet("")
        if self.state.has_password():
            self.message.setText(translate("Settings", "Password saved."))
        else:
            self.message.setText(translate("Settings", "Password removed."))

    def show_last_backup(self) -> None:
        found = last_backup(self.state.store.data_dir)
        if found is None:
            self.last_backup.setText(translate("Settings", "No backup has been made yet."))
            return
        self.last_backup.setText(
            translate("Settings", "Last backup: {time}, in {folder}").format(
                time=found.time.strftime("%Y-%m-%d %H:%M"), folder=found.path.parent
            )
        )

    def _show_error(self, text: str) -> None:
        self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.message.setText(text)

    def back_up(self) -> None:
        """Back up to a folder the user chooses, such as a USB stick."""
        folder = QFileDialog.getExistingDirectory(
            self, translate("Settings", "Choose a folder or USB stick for the backup")
        )
        if not folder:
            return
        try:
            path = make_backup(self.state.store, Path(folder))
        except KesuError as error:
            log.warning("backup to %s failed: %s", folder, error)
            self._show_error(self.translator.render(error))
            return
        except Exception:
            log.exception("backup to %s failed", folder)
            self._show_error(translate("Settings", "The backup failed; the details are in the log file."))
            return
        self.message.setStyleSheet("")
        self.message.setText(translate("Settings", "Backup saved: {file}").format(file=path))
        self.show_last_backup()

    def _confirm_restore(self, path: Path) -> bool:
        data_dir = self.state.store.data_dir
        answer = QMessageBox.question(
            self,
            translate("Settings", "Restore from a backup"),
            translate(
                "Settings",
                "Replace all data in {folder} with the backup {file}?\n\n"
                "The current data is backed up first, to {saved}.",
            ).format(folder=data_dir.root, file=path, saved=data_dir.restore_backups),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes

    def restore(self) -> None:
        """Replace the data with a backup the user chooses, after confirming; the app must then restart."""
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Settings", "Choose a backup to restore"),
            str(self.state.store.data_dir.backups),
            translate("Settings", "KeSu backups (*.sqlite3);;All files (*)"),
        )
        if not chosen:
            return
        path = Path(chosen)
        data_dir = self.state.store.data_dir
        try:
            check = check_restore(self.state.store, path)
        except KesuError as error:
            self._show_error(self.translator.render(error))
            return
        if check.other_unit:
            if not confirm_other_unit(check, data_dir, self):
                return
        elif not self._confirm_restore(path):
            return
        try:
            # The page's own store is closed first; any other window or command on the folder refuses it.
            saved = restore_backup(self.state.store, path, other_unit=check.other_unit)
        except KesuError as error:
            log.warning("restore from %s failed: %s", path, error)
            self._show_error(self.translator.render(error))
            return
        except Exception:
            log.exception("restore from %s failed", path)
            self._show_error(translate("Settings", "The restore failed; the details are in the log file."))
            return
        log.info("restored %s; the previous data was saved to %s", path, saved)
        QMessageBox.information(
            self,
            translate("Settings", "Restore from a backup"),
            translate(
                "Settings",
                "The backup was restored. The previous data was saved to {saved}.\n\n"
                "KeSu Desktop closes now; start it again to work with the restored data.",
            ).format(saved=saved or "-"),
        )
        self.restored.emit()
