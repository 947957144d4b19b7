"""Setting, changing or removing the data folder's password, from the Settings page.

The current password is asked when one is set, the new one twice. A refused entry is named in the dialog,
the cursor goes to its field and nothing is changed.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.access import remove_password, set_password
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label


def _password_field() -> QLineEdit:
    field = QLineEdit()
    field.setEchoMode(QLineEdit.EchoMode.Password)
    return field


class PasswordDialog(QDialog):
    def __init__(
        self, state: AppState, translator: Translator, *, remove: bool = False, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.remove = state, translator, remove
        self.has_password = state.has_password()
        if remove:
            title = translate("PasswordDialog", "Remove the password")
            text = translate("PasswordDialog", "Without a password, anyone using this computer can open KeSu Desktop.")
        else:
            title = (
                translate("PasswordDialog", "Change the password")
                if self.has_password
                else translate("PasswordDialog", "Set a password")
            )
            text = translate(
                "PasswordDialog",
                "KeSu Desktop will ask for the password at start and after the set idle time. "
                "Keep it safe: it cannot be shown again. If it is forgotten, ask whoever looks after this computer, "
                "or the county office, to clear it.",
            )
        self.setWindowTitle(title)
        explanation = QLabel(text)
        explanation.setWordWrap(True)
        self.current, self.new, self.repeat = _password_field(), _password_field(), _password_field()
        form = QFormLayout()
        if self.has_password:
            form.addRow(translate("PasswordDialog", "&Current password:"), self.current)
        if not remove:
            form.addRow(translate("PasswordDialog", "&New password:"), self.new)
            form.addRow(translate("PasswordDialog", "&Repeat new password:"), self.repeat)
        self.fields = {"current_password": self.current, "new_password": self.new, "repeat_password": self.repeat}
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        current = self.current.text() if self.has_password else None
        try:
            with self.state.store.transaction() as session:
                if self.remove:
                    remove_password(session, current or "")
                else:
                    set_password(session, self.new.text(), current=current, repeat=self.repeat.text())
        except ValidationError as error:
            self.error.setText(self.translator.render(error))
            field = self.fields[error.field]
            field.selectAll()
            field.setFocus()
            return
        self.accept()
