"""The county's own text of a plan's evaluation (总体情况, 主要成效, 存在问题, 下一步打算): four passages kept with
the report (:mod:`kesu_desktop.county.reports.texts`) and printed in it; a passage left empty is printed as ruled
lines to write on. A passage refused is named and its box focused, and nothing is saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.reports.texts import report_texts, set_report_text
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label

KIND = "evaluation"
PASSAGES = (
    ("summary", QT_TRANSLATE_NOOP("ReportTextsDialog", "&Summary:"), QT_TRANSLATE_NOOP("ReportTextsDialog", "Summary")),
    (
        "achievements",
        QT_TRANSLATE_NOOP("ReportTextsDialog", "&Achievements:"),
        QT_TRANSLATE_NOOP("ReportTextsDialog", "Achievements"),
    ),
    (
        "problems",
        QT_TRANSLATE_NOOP("ReportTextsDialog", "&Problems:"),
        QT_TRANSLATE_NOOP("ReportTextsDialog", "Problems"),
    ),
    (
        "next",
        QT_TRANSLATE_NOOP("ReportTextsDialog", "&Next steps:"),
        QT_TRANSLATE_NOOP("ReportTextsDialog", "Next steps"),
    ),
)
NAMES = {key: name for key, _label, name in PASSAGES}


class ReportTextsDialog(QDialog):
    def __init__(self, state: AppState, translator: Translator, scope: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator, self.scope = state, translator, scope
        self.setWindowTitle(translate("ReportTextsDialog", "The county's own text of the evaluation"))
        hint = QLabel(
            translate(
                "ReportTextsDialog",
                "These passages are printed in the evaluation as they are written here. One left empty is printed "
                "as ruled lines, to write on by hand.",
            )
        )
        hint.setWordWrap(True)
        with state.store.reading() as session:
            held = report_texts(session, KIND, scope)
        self.editors: dict[str, QPlainTextEdit] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        for key, text, _name in PASSAGES:
            editor = QPlainTextEdit(held.get(key, ""))
            editor.setTabChangesFocus(True)
            label = QLabel(translate("ReportTextsDialog", text))
            label.setBuddy(editor)
            layout.addWidget(label)
            layout.addWidget(editor, stretch=1)
            self.editors[key] = editor
        self.error = error_label()
        layout.addWidget(self.error)
        self.save_button = QPushButton(translate("ReportTextsDialog", "Sa&ve"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(translate("ReportTextsDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.resize(720, 640)

    def save(self) -> None:
        """Save the four passages together, or none of them."""
        by = self.state.installation.setup.clerk_name
        key = ""
        try:
            with self.state.store.transaction() as session:
                for key, editor in self.editors.items():
                    set_report_text(session, KIND, self.scope, key, editor.toPlainText(), by=by)
        except KesuError as error:
            name = translate("ReportTextsDialog", NAMES[key])
            self.error.setText(
                translate("ReportTextsDialog", "{passage}: {message}").format(
                    passage=name, message=self.translator.render(error)
                )
            )
            field = error.field if isinstance(error, ValidationError) else key
            self.editors.get(field, self.editors[key]).setFocus()
            return
        self.accept()
