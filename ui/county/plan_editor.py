"""The county's plans, edited in the app (reached from the Targets page): the list of plans with New, Edit,
Copy, Retire/Reinstate, Delete, and a plan as a file to import or export; editing one plan's name, document
number, years and targets (:mod:`.target_dialog`). The rules and the storing are the core's
(:mod:`kesu_desktop.plans.editing`, :mod:`kesu_desktop.plans.files`): a plan dialog stores everything in one
transaction when OK is pressed, or nothing and says why next to the field at fault. After a change the window's
reference data is read again, so every page shows the plan as it now is."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.plans.editing import (
    add_target,
    copy_plan,
    create_plan,
    delete_plan,
    list_plans,
    reinstate_plan,
    remove_target,
    reorder_targets,
    retire_plan,
    update_plan,
    update_target,
)
from kesu_desktop.plans.files import export_plan, import_plan, read_plan_file
from kesu_desktop.plans.measures import KIND_LABELS
from kesu_desktop.plans.rules import YEARS, PlanFields, TargetFields
from kesu_desktop.reference.data import PlanInfo
from ui.county.target_dialog import COMPARISON_SIGNS, TargetDialog, buddy_label, figure_text, mark, refuse
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label

CODE = Qt.ItemDataRole.UserRole
PLAN_FILES = "*.kesu-plan.json *.json"


def plan_title(plan: PlanInfo) -> str:
    """The plan's name, with its years unless the name already says them, and marked when retired."""
    text = plan.name
    if not (str(plan.start_year) in plan.name and str(plan.end_year) in plan.name):
        years = f"{plan.start_year}–{plan.end_year}"
        text = translate("Plans", "{name} ({years})").format(name=plan.name, years=years)
    return translate("Plans", "{plan} — retired").format(plan=text) if plan.retired else text


def year_box(value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(*YEARS)
    box.setValue(value)
    return box


class PlanDialog(QDialog):
    """A new plan (``plan`` None) or a change to ``plan``: its fields and its targets, stored together on OK."""

    def __init__(
        self, state: AppState, translator: Translator, plan: PlanInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.plan = state, translator, plan
        self.targets: list[TargetFields] = [TargetFields.of(t) for t in plan.targets] if plan else []
        self.setWindowTitle(translate("Plans", "New plan") if plan is None else translate("Plans", "Edit plan"))
        self.code = QLineEdit(plan.code if plan else "")
        self.code.setPlaceholderText("XF-2026-2030")
        self.code.setReadOnly(plan is not None)
        self.name = QLineEdit(plan.name if plan else "")
        self.document_no = QLineEdit(plan.document_no if plan else "")
        self.document_no.setPlaceholderText(translate("Plans", "襄政办发〔2026〕…号"))
        self.start_year = year_box(plan.start_year if plan else 2026)
        self.end_year = year_box(plan.end_year if plan else 2030)
        years = QHBoxLayout()
        years.addWidget(self.start_year)
        years.addWidget(QLabel("–"))
        years.addWidget(self.end_year)
        years.addStretch()
        self.form = form = QFormLayout()
        form.addRow(translate("Plans", "&Code:"), self.code)
        form.addRow(translate("Plans", "&Name:"), self.name)
        form.addRow(translate("Plans", "&Document number:"), self.document_no)
        form.addRow(buddy_label(translate("Plans", "&Years:"), self.start_year), years)
        self.target_list = QListWidget()
        self.target_list.setAccessibleName(translate("Plans", "Targets of the plan"))
        self.target_list.itemActivated.connect(lambda _item: self.edit_target())
        self.add_button = QPushButton(translate("Plans", "&Add target…"))
        self.edit_button = QPushButton(translate("Plans", "Ed&it target…"))
        self.remove_button = QPushButton(translate("Plans", "Re&move target"))
        self.up_button = QPushButton(translate("Plans", "Move &up"))
        self.down_button = QPushButton(translate("Plans", "Move do&wn"))
        self.add_button.clicked.connect(self.add_target)
        self.edit_button.clicked.connect(self.edit_target)
        self.remove_button.clicked.connect(self.remove_target)
        self.up_button.clicked.connect(lambda: self.move_target(-1))
        self.down_button.clicked.connect(lambda: self.move_target(1))
        side = QVBoxLayout()
        for button in (self.add_button, self.edit_button, self.remove_button, self.up_button, self.down_button):
            side.addWidget(button)
        side.addStretch()
        targets = QHBoxLayout()
        targets.addWidget(self.target_list, 1)
        targets.addLayout(side)
        self.fields: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "document_no": self.document_no,
            "start_year": self.start_year,
            "end_year": self.end_year,
        }
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(translate("Plans", "Targets:")))
        layout.addLayout(targets, 1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.target_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self._show_targets()
        self.resize(760, 560)

    def _show_targets(self, current: int = 0) -> None:
        self.target_list.clear()
        for target in self.targets:
            name = target.name_en if self.translator.language == "en" else target.name_zh
            figure = f"{COMPARISON_SIGNS[target.comparison]} {figure_text(target.figure)} {target.measure_unit}"
            kind = translate("Targets", KIND_LABELS[target.kind])
            item = QListWidgetItem(f"{name}    {figure}    ({kind})")
            item.setData(CODE, target.code)
            self.target_list.addItem(item)
        if self.targets:
            self.target_list.setCurrentRow(max(0, min(current, len(self.targets) - 1)))
        self._update_buttons()

    def _update_buttons(self) -> None:
        row = self.target_list.currentRow()
        chosen = 0 <= row < len(self.targets)
        self.edit_button.setEnabled(chosen)
        self.remove_button.setEnabled(chosen)
        self.up_button.setEnabled(chosen and row > 0)
        self.down_button.setEnabled(chosen and row < len(self.targets) - 1)

    def add_target(self) -> None:
        dialog = TargetDialog(self.state.reference, self.translator, parent=self)
        if dialog.exec() and dialog.fields is not None:
            if any(t.code == dialog.fields.code for t in self.targets):
                self.error.setText(
                    translate("Plans", "The plan already has a target {code}; give this one its own code.").format(
                        code=dialog.fields.code
                    )
                )
                return
            self.targets.append(dialog.fields)
            self._show_targets(len(self.targets) - 1)

    def edit_target(self) -> None:
        row = self.target_list.currentRow()
        if not 0 <= row < len(self.targets):
            return
        dialog = TargetDialog(self.state.reference, self.translator, self.targets[row], parent=self)
        if dialog.exec() and dialog.fields is not None:
            self.targets[row] = dialog.fields
            self._show_targets(row)

    def remove_target(self) -> None:
        row = self.target_list.currentRow()
        if 0 <= row < len(self.targets):
            del self.targets[row]
            self._show_targets(row)

    def move_target(self, step: int) -> None:
        row = self.target_list.currentRow()
        if 0 <= row < len(self.targets) and 0 <= row + step < len(self.targets):
            self.targets[row], self.targets[row + step] = self.targets[row + step], self.targets[row]
            self._show_targets(row + step)

    def typed(self) -> PlanFields:
        return PlanFields(
            self.code.text(),
            self.name.text(),
            self.document_no.text(),
            self.start_year.value(),
            self.end_year.value(),
        )

    def _store(self) -> None:
        reference, fields = self.state.reference, self.typed()
        with self.state.store.transaction() as session:
            if self.plan is None:
                create_plan(session, reference, fields, self.targets)
                return
            code = self.plan.code
            update_plan(
                session,
                code,
                name=fields.name,
                document_no=fields.document_no,
                start_year=fields.start_year,
                end_year=fields.end_year,
            )
            kept = {t.code for t in self.targets}
            held = {t.code for t in self.plan.targets}
            for removed in held - kept:
                remove_target(session, code, removed)
            for target in self.targets:
                if target.code in held:
                    update_target(session, reference, code, target)
                else:
                    add_target(session, reference, code, target)
            reorder_targets(session, code, [t.code for t in self.targets])

    def accept(self) -> None:
        for widget in self.fields.values():
            mark(widget, False)
        try:
            self._store()
        except KesuError as error:
            wrong = self.fields.get(error.field) if isinstance(error, ValidationError) else None
            refuse(self.error, self.translator.render(error), self.form, wrong)
            return
        self.state.reload_reference()
        super().accept()


class CopyPlanDialog(QDialog):
    """Asks the code, name and years of a copy of ``plan`` (the next plan, say) and makes it."""

    def __init__(self, state: AppState, translator: Translator, plan: PlanInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator, self.plan = state, translator, plan
        self.copied: PlanInfo | None = None
        self.setWindowTitle(translate("Plans", "Copy plan"))
        length = plan.end_year - plan.start_year + 1
        start = plan.end_year + 1
        self.code = QLineEdit(f"XF-{start}-{start + length - 1}")
        self.name = QLineEdit(plan.name)
        self.document_no = QLineEdit()
        self.start_year = year_box(start)
        self.end_year = year_box(start + length - 1)
        years = QHBoxLayout()
        years.addWidget(self.start_year)
        years.addWidget(QLabel("–"))
        years.addWidget(self.end_year)
        years.addStretch()
        intro = QLabel(
            translate(
                "Plans", "A new plan with the targets and shares of {plan}; the figures entered for it stay with it."
            ).format(plan=plan.name)
        )
        intro.setWordWrap(True)
        self.form = form = QFormLayout()
        form.addRow(translate("Plans", "New &code:"), self.code)
        form.addRow(translate("Plans", "&Name:"), self.name)
        form.addRow(translate("Plans", "&Document number:"), self.document_no)
        form.addRow(buddy_label(translate("Plans", "&Years:"), self.start_year), years)
        self.fields: dict[str, QWidget] = {
            "code": self.code,
            "name": self.name,
            "document_no": self.document_no,
            "start_year": self.start_year,
            "end_year": self.end_year,
        }
        self.error = error_label()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def accept(self) -> None:
        for widget in self.fields.values():
            mark(widget, False)
        try:
            with self.state.store.transaction() as session:
                self.copied = copy_plan(
                    session,
                    self.state.reference,
                    self.plan.code,
                    self.code.text(),
                    self.start_year.value(),
                    self.end_year.value(),
                    name=self.name.text(),
                    document_no=self.document_no.text(),
                )
        except KesuError as error:
            wrong = self.fields.get(error.field) if isinstance(error, ValidationError) else None
            refuse(self.error, self.translator.render(error), self.form, wrong)
            return
        self.state.reload_reference()
        super().accept()


class PlansDialog(QDialog):
    """Every plan (retired ones marked) and what the county may do with them."""

    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.plans: list[PlanInfo] = []
        self.setWindowTitle(translate("Plans", "Plans"))
        self.plan_list = QListWidget()
        self.plan_list.setAccessibleName(translate("Plans", "Plans"))
        self.plan_list.itemActivated.connect(lambda _item: self.edit_plan())
        self.plan_list.currentRowChanged.connect(lambda _row: self._update_buttons())
        self.new_button = QPushButton(translate("Plans", "&New plan…"))
        self.edit_button = QPushButton(translate("Plans", "&Edit…"))
        self.copy_button = QPushButton(translate("Plans", "&Copy…"))
        self.retire_button = QPushButton(translate("Plans", "&Retire"))
        self.delete_button = QPushButton(translate("Plans", "&Delete"))
        self.import_button = QPushButton(translate("Plans", "&Import plan file…"))
        self.export_button = QPushButton(translate("Plans", "E&xport plan file…"))
        for button, action in (
            (self.new_button, self.new_plan),
            (self.edit_button, self.edit_plan),
            (self.copy_button, self.copy_plan),
            (self.retire_button, self.retire_or_reinstate),
            (self.delete_button, self.delete_plan),
            (self.import_button, self.import_file),
            (self.export_button, self.export_file),
        ):
            button.clicked.connect(action)
        side = QGridLayout()
        for row, button in enumerate(
            (self.new_button, self.edit_button, self.copy_button, self.retire_button, self.delete_button)
        ):
            side.addWidget(button, row, 0)
        side.setRowStretch(5, 1)
        side.addWidget(self.import_button, 6, 0)
        side.addWidget(self.export_button, 7, 0)
        body = QHBoxLayout()
        body.addWidget(self.plan_list, 1)
        body.addLayout(side)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.error = error_label()
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(body, 1)
        layout.addWidget(self.message)
        layout.addWidget(self.error)
        layout.addWidget(close)
        self.refresh()
        self.resize(820, 420)

    def refresh(self, code: str | None = None) -> None:
        with self.state.store.reading() as session:
            self.plans = list_plans(session)
        self.plan_list.clear()
        for plan in self.plans:
            item = QListWidgetItem(f"{plan_title(plan)}    {plan.document_no}")
            item.setData(CODE, plan.code)
            self.plan_list.addItem(item)
        codes = [p.code for p in self.plans]
        if self.plans:
            self.plan_list.setCurrentRow(codes.index(code) if code in codes else 0)
        self._update_buttons()

    def chosen(self) -> PlanInfo | None:
        row = self.plan_list.currentRow()
        return self.plans[row] if 0 <= row < len(self.plans) else None

    def _update_buttons(self) -> None:
        plan = self.chosen()
        for button in (self.edit_button, self.copy_button, self.retire_button, self.delete_button, self.export_button):
            button.setEnabled(plan is not None)
        self.retire_button.setText(
            translate("Plans", "Rein&state") if plan is not None and plan.retired else translate("Plans", "&Retire")
        )

    def _say(self, message: str = "", error: str = "") -> None:
        self.message.setText(message)
        self.error.setText(error)

    def _changed(self, code: str | None, message: str) -> None:
        self.state.reload_reference()
        self.refresh(code)
        self._say(message)

    def new_plan(self) -> None:
        dialog = PlanDialog(self.state, self.translator, parent=self)
        if dialog.exec():
            code = dialog.typed().code.strip()
            self._changed(code, translate("Plans", "Plan {code} was created.").format(code=code))

    def edit_plan(self) -> None:
        plan = self.chosen()
        if plan is not None and PlanDialog(self.state, self.translator, plan, parent=self).exec():
            self._changed(plan.code, translate("Plans", "Plan {code} was saved.").format(code=plan.code))

    def copy_plan(self) -> None:
        plan = self.chosen()
        if plan is None:
            return
        dialog = CopyPlanDialog(self.state, self.translator, plan, parent=self)
        if dialog.exec() and dialog.copied is not None:
            code = dialog.copied.code
            self._changed(
                code, translate("Plans", "Plan {code} was made from {plan}.").format(code=code, plan=plan.code)
            )

    def retire_or_reinstate(self) -> None:
        plan = self.chosen()
        if plan is None:
            return
        with self.state.store.transaction() as session:
            (reinstate_plan if plan.retired else retire_plan)(session, plan.code)
        message = (
            translate("Plans", "Plan {code} is in use again.")
            if plan.retired
            else translate(
                "Plans", "Plan {code} was retired: it is kept with its figures but no longer chosen by default."
            )
        )
        self._changed(plan.code, message.format(code=plan.code))

    def delete_plan(self) -> None:
        plan = self.chosen()
        if plan is None:
            return
        answer = QMessageBox.question(
            self,
            translate("Plans", "Delete plan"),
            translate("Plans", "Delete plan {plan} with its targets and shares?").format(plan=plan_title(plan)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            with self.state.store.transaction() as session:
                delete_plan(session, plan.code)
        except KesuError as error:
            self._say(error=self.translator.render(error))
            return
        self._changed(None, translate("Plans", "Plan {code} was deleted.").format(code=plan.code))

    def import_file(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Plans", "Import plan file"),
            "",
            translate("Plans", "Plan files ({patterns})").format(patterns=PLAN_FILES),
        )
        if not name:
            return
        path = Path(name)
        try:
            read = read_plan_file(path, self.state.reference)
            replace = any(p.code == read.plan.code for p in self.plans)
            if (
                replace
                and QMessageBox.question(
                    self,
                    translate("Plans", "Import plan file"),
                    translate(
                        "Plans",
                        "There is already a plan {code}. Replace its name, years, targets and shares with the file's? "
                        "The figures entered for it are kept.",
                    ).format(code=read.plan.code),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No,
                )
                != QMessageBox.StandardButton.Yes
            ):
                return
            with self.state.store.transaction() as session:
                imported = import_plan(session, self.state.reference, path, replace=replace)
        except KesuError as error:
            self._say(error=self.translator.render(error))
            return
        self._changed(
            imported.code,
            translate("Plans", "Plan {code} was imported from {file}.").format(code=imported.code, file=path.name),
        )

    def export_file(self) -> None:
        plan = self.chosen()
        if plan is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self,
            translate("Plans", "Export plan file"),
            f"{plan.code}.kesu-plan.json",
            translate("Plans", "Plan files ({patterns})").format(patterns=PLAN_FILES),
        )
        if not name:
            return
        path = Path(name)
        try:
            with self.state.store.reading() as session:
                written = export_plan(session, plan.code, path)
        except KesuError as error:
            self._say(error=self.translator.render(error))
            return
        self._say(translate("Plans", "Plan {code} was written to {file}.").format(code=plan.code, file=str(written)))
