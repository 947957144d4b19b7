"""Confirming and revoking a unit's signing key.

Confirming shows the key's fingerprint large, in a fixed-width font, with what to compare it with: the
fingerprint printed in the footer of the unit's signed and stamped paper return (密钥：XXXX-XXXX). The clerk
ticks that both are the same; when the unit already has a confirmed key, the dialog says that this one replaces
it and asks why. Revoking asks why too. The rules (what may be confirmed, that a reason is needed) are the
services' (:mod:`kesu_desktop.county.inbox.keys`); the dialogs only make them visible before the clerk presses OK.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.keys import PINNED, accept_key, confirm_seen_key, list_keys, revoke_key
from kesu_desktop.reference.data import UnitInfo
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR, error_label


def fingerprint_font() -> QFont:
    font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
    font.setPointSize(28)
    font.setBold(True)
    font.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 115)
    return font


def reason_editor() -> QPlainTextEdit:
    editor = QPlainTextEdit()
    editor.setTabChangesFocus(True)
    editor.setFixedHeight(3 * editor.fontMetrics().lineSpacing() + 14)
    return editor


class ConfirmKeyDialog(QDialog):
    """Confirm one of the keys waiting for ``unit`` (``fingerprints``: a choice is offered when several wait).

    ``public_key`` is the key a file from the Import page's check is signed with: confirmed whether or not it
    was noted as waiting yet (a check stores nothing)."""

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        unit: UnitInfo,
        fingerprints: Sequence[str],
        *,
        public_key: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.unit, self.public_key = state, translator, unit, public_key
        with state.store.reading() as session:
            self.confirmed = next((k.fingerprint for k in list_keys(session, unit.code) if k.state == PINNED), None)
        self.setWindowTitle(translate("UnitKeys", "Confirm the key of {unit}").format(unit=unit.name))
        heading = QLabel(translate("UnitKeys", "{unit} ({code})").format(unit=unit.name, code=unit.code))
        heading.setObjectName("pageTitle")
        self.choice = QComboBox()
        for fingerprint in fingerprints:
            self.choice.addItem(fingerprint, fingerprint)
        choice_row = QFormLayout()
        choice_row.addRow(translate("UnitKeys", "&Key waiting:"), self.choice)
        self.fingerprint = QLabel()
        self.fingerprint.setFont(fingerprint_font())
        self.fingerprint.setAccessibleName(translate("UnitKeys", "Fingerprint of the key"))
        self.instruction = QLabel()
        self.instruction.setWordWrap(True)
        self.same = QCheckBox(translate("UnitKeys", "&The fingerprint on the paper return is exactly the same"))
        self.same.toggled.connect(self._update)
        self.replaces = QLabel(
            translate(
                "UnitKeys",
                "{unit} already has a confirmed key ({old}). Confirming this key replaces it: returns signed "
                "with the old key are refused from then on. Say why the key changed (the unit's computer was "
                "reinstalled or replaced, say):",
            ).format(unit=unit.name, old=self.confirmed)
        )
        self.replaces.setWordWrap(True)
        self.replaces.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.reason = reason_editor()
        self.reason.setAccessibleName(translate("UnitKeys", "Reason for the change"))
        self.reason.textChanged.connect(self._update)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.confirm_button = QPushButton(translate("UnitKeys", "&Confirm the key"))
        self.buttons.addButton(self.confirm_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.confirm)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        if len(fingerprints) > 1:
            layout.addLayout(choice_row)
        layout.addWidget(self.fingerprint)
        layout.addWidget(self.instruction)
        layout.addWidget(self.same)
        if self.confirmed is not None:
            layout.addWidget(self.replaces)
            layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._show_fingerprint()
        self._update()
        self.choice.currentIndexChanged.connect(self._show_fingerprint)
        self.same.setFocus()

    def chosen(self) -> str:
        return str(self.choice.currentData())

    def _show_fingerprint(self) -> None:
        fingerprint = self.chosen()
        self.fingerprint.setText(fingerprint)
        self.instruction.setText(
            translate(
                "UnitKeys",
                "Compare it with the fingerprint printed in the footer of {unit}'s signed and stamped paper "
                "return, at the bottom right of the page: 密钥：{fingerprint}. Confirm the key only when both are "
                "exactly the same; if they differ, do not confirm it, and call the unit.",
            ).format(unit=self.unit.name, fingerprint=fingerprint)
        )
        self.same.setChecked(False)

    def _update(self) -> None:
        needs_reason = self.confirmed is not None
        self.confirm_button.setEnabled(
            self.same.isChecked() and (not needs_reason or bool(self.reason.toPlainText().strip()))
        )

    def confirm(self) -> None:
        state, fingerprint = self.state, self.chosen()
        actor = state.installation.setup.clerk_name
        try:
            with state.store.transaction() as session:
                if self.public_key is not None:
                    confirm_seen_key(session, self.unit.code, self.public_key, actor, self.reason.toPlainText())
                else:
                    accept_key(session, self.unit.code, fingerprint, actor, self.reason.toPlainText())
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            return
        self.accept()


class RevokeKeyDialog(QDialog):
    """Revoke the unit's confirmed key, with the reason."""

    def __init__(
        self, state: AppState, translator: Translator, unit: UnitInfo, fingerprint: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.unit = state, translator, unit
        self.setWindowTitle(translate("UnitKeys", "Revoke the key of {unit}").format(unit=unit.name))
        heading = QLabel(translate("UnitKeys", "{unit} ({code})").format(unit=unit.name, code=unit.code))
        heading.setObjectName("pageTitle")
        shown = QLabel(fingerprint)
        shown.setFont(fingerprint_font())
        explanation = QLabel(
            translate(
                "UnitKeys",
                "Revoke the key when the unit's computer was lost or stolen, or the key is not to be trusted any "
                "more. Returns signed with it are refused from now on; the returns already imported stay. The "
                "unit then exports from its new installation, and you confirm the new key. Why is the key revoked?",
            )
        )
        explanation.setWordWrap(True)
        self.reason = reason_editor()
        self.reason.setAccessibleName(translate("UnitKeys", "Reason for revoking"))
        self.reason.textChanged.connect(self._update)
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.revoke_button = QPushButton(translate("UnitKeys", "&Revoke the key"))
        self.buttons.addButton(self.revoke_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.revoke)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(shown)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update()
        self.reason.setFocus()

    def _update(self) -> None:
        self.revoke_button.setEnabled(bool(self.reason.toPlainText().strip()))

    def revoke(self) -> None:
        try:
            with self.state.store.transaction() as session:
                revoke_key(session, self.unit.code, self.state.installation.setup.clerk_name, self.reason.toPlainText())
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            return
        self.accept()
