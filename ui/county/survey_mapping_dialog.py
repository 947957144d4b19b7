"""Which row of the national survey each activity form and training kind counts under
(:mod:`kesu_desktop.county.reports.survey_mapping`): one line each with a choice of the survey's main rows, the
county's own choices marked, and a way back to the reference data's default. Saved together, or not at all."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.reports.survey_mapping import reset_survey_row, set_survey_row, survey_mapping
from kesu_desktop.reference.survey_rows import survey_rows
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label


class SurveyMappingDialog(QDialog):
    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.setWindowTitle(translate("SurveyMappingDialog", "Rows of the national survey"))
        language = state.language
        reference = state.reference
        rows = survey_rows()
        with state.store.reading() as session:
            mapping = survey_mapping(session, reference)
        form_text = translate("SurveyMappingDialog", "Activity form")
        kind_text = translate("SurveyMappingDialog", "Training kind")
        self.lines: list[tuple[str, str, str, bool]] = [
            (source, item.code, default, (source, item.code) in mapping.overridden)
            for source, items, default_of in (
                ("activity_form", reference.activity_forms, lambda form: form.national_row),
                ("training_kind", reference.training_kinds, lambda _kind: rows.training_kind_row),
            )
            for item in items
            for default in (default_of(item),)
        ]
        chosen = {"activity_form": mapping.activity_forms, "training_kind": mapping.training_kinds}
        names = {("activity_form", form.code): form.name(language) for form in reference.activity_forms} | {
            ("training_kind", kind.code): kind.name(language) for kind in reference.training_kinds
        }
        hint = QLabel(
            translate(
                "SurveyMappingDialog",
                "Each activity form and training kind is counted in one main row of the national survey. "
                "Those marked * are the county's own choice; the others are the reference data's.",
            )
        )
        hint.setWordWrap(True)
        self.table = QTableWidget(len(self.lines), 3)
        self.table.setHorizontalHeaderLabels(
            [
                translate("SurveyMappingDialog", "Counted from"),
                translate("SurveyMappingDialog", "Name"),
                translate("SurveyMappingDialog", "Row of the survey"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for number, (source, code, _default, overridden) in enumerate(self.lines):
            name = names[(source, code)] + (" *" if overridden else "")
            self.table.setItem(number, 0, QTableWidgetItem(form_text if source == "activity_form" else kind_text))
            self.table.setItem(number, 1, QTableWidgetItem(name))
            combo = QComboBox()
            for row in rows.main_rows():
                combo.addItem(row.name(language), row.code)
            combo.setCurrentIndex(combo.findData(chosen[source][code]))
            self.table.setCellWidget(number, 2, combo)
            self.combos.append(combo)
        self.held = [combo.currentData() for combo in self.combos]
        table_label = QLabel(translate("SurveyMappingDialog", "&Rows:"))
        table_label.setBuddy(self.table)
        self.default_button = QPushButton(translate("SurveyMappingDialog", "Back to the &default for this line"))
        self.default_button.clicked.connect(self.back_to_default)
        self.error = error_label()
        self.save_button = QPushButton(translate("SurveyMappingDialog", "Sa&ve"))
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(translate("SurveyMappingDialog", "Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.default_button)
        buttons.addStretch()
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addWidget(table_label)
        layout.addWidget(self.table, stretch=1)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.resize(820, 600)

    def back_to_default(self) -> None:
        number = self.table.currentRow()
        if number >= 0:
            combo = self.combos[number]
            combo.setCurrentIndex(combo.findData(self.lines[number][2]))

    def save(self) -> None:
        """Save the lines changed: a line set back to its default drops the county's choice."""
        by = self.state.installation.setup.clerk_name
        reference = self.state.reference
        try:
            with self.state.store.transaction() as session:
                for (source, code, default, overridden), combo, held in zip(
                    self.lines, self.combos, self.held, strict=True
                ):
                    row = combo.currentData()
                    if row == default and overridden:
                        reset_survey_row(session, reference, source, code)
                    elif row != held:
                        set_survey_row(session, reference, source, code, row, by=by)
        except KesuError as error:
            self.error.setText(self.translator.render(error))
            return
        self.accept()
