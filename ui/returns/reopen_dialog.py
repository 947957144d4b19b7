"""Reopening a reported month for correction: the reason is required and kept with the version (offered
filled in with the county's reason when the county sent the return back)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.ledger import reopen
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label


class ReopenDialog(QDialog):
    def __init__(
        self,
        state: AppState,
        translator: Translator,
        period: Period,
        parent: QWidget | None = None,
        *,
        reason: str = "",
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.period = state, translator, period
        self.setWindowTitle(
            translate("ReopenDialog", "Reopen {period} for correction").format(period=period.label(state.language))
        )
        explanation = QLabel(
            translate(
                "ReopenDialog",
                "The month becomes editable again. The next export will be a new version marked as a correction "
                "(更正) that lists what changed. Why must the return be corrected?",
            )
        )
        explanation.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setTabChangesFocus(True)
        self.reason.setPlainText(reason)
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.reason)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def confirm(self) -> None:
        try:
            with self.state.store.transaction() as session:
                reopen(
                    session,
                    self.state.installation.setup.unit_code,
                    self.period.code,
                    self.reason.toPlainText(),
                    actor=self.state.installation.setup.clerk_name,
                )
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            self.reason.setFocus()
            return
        self.accept()
