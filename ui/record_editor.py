"""The editors for an activity (科普活动) and a training (培训): one dialog per record, built for fast typing.

- Tab moves through the fields in reading order; Enter in a one-line field moves on too (an IME commits its
  text with Enter before the field ever sees it).
- Ctrl+S saves and closes; "Save and new" (Ctrl+Shift+S) saves and starts the next record keeping the date
  and the venue; "Copy as new" turns what is on screen into a new record, leaving the original as stored.
- Figures are typed, not spun: full-width digits (１２０) and units (120人) are accepted, an empty box means
  "not filled in", which is kept apart from 0.
- A refused input shows the translated message above the form, marks the field's label, puts the cursor in
  the field and stores nothing; plausibility warnings ask before saving.
- New records start with the choices of the last record saved (form, groups, campaign, kind, venue, …).

Every write goes through :mod:`kesu_desktop.records` in one short transaction, as the clerk named in setup.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.errors import KesuError, ValidationError
from kesu_desktop.input_parsing import parse_count, parse_hours
from kesu_desktop.plausibility import PlausibilityWarning, check_plausibility
from kesu_desktop.records import (
    Activity,
    ActivityInput,
    Training,
    TrainingInput,
    add_activity,
    add_training,
    get_activity,
    get_training,
    update_activity,
    update_training,
)
from kesu_desktop.translation import Translator
from kesu_desktop.validation import EARLIEST_DATE, LABELS, validate_activity, validate_training
from ui.i18n import translate
from ui.state import AppState
from ui.ui_settings import LastChoices, restore_geometry, save_geometry
from ui.widgets.check_list import CheckList
from ui.widgets.code_combo import CodeCombo
from ui.widgets.error_label import ERROR_COLOUR

LATEST_DATE = date(2100, 12, 31)
ERROR_STYLE = f"color: {ERROR_COLOUR};"
SAVE_AND_NEW = QKeySequence("Ctrl+Shift+S")


def to_qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def figure_text(value: int | Decimal | None) -> str:
    """A stored figure as the clerk would type it; empty when it was not filled in."""
    if value is None:
        return ""
    if isinstance(value, Decimal):
        return format(value.normalize(), "f")
    return str(value)


def field_label(field: str) -> str:
    return translate("RecordEditor", "{label}:").format(label=translate("Fields", LABELS[field]))


class DateField(QDateEdit):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("yyyy-MM-dd")
        self.setDateRange(to_qdate(EARLIEST_DATE), to_qdate(LATEST_DATE))

    def value(self) -> date:
        return from_qdate(self.date())

    def focusNextPrevChild(self, next: bool) -> bool:  # noqa: N802 - Qt override
        """Tab leaves the date for the next field (typing moves through year, month and day by itself)."""
        return QWidget.focusNextPrevChild(self, next)

    def set_value(self, value: date) -> None:
        self.setDate(to_qdate(value))


class FigureField(QLineEdit):
    """A figure typed as text and read with the core's parser; empty means not filled in.

    When the cursor leaves the box, what was typed is shown as it was understood (１２０人 → 120), so the clerk
    sees at once how it will be stored; text that is not a number is left for the check on saving.
    """

    def __init__(self, field: str, required: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setPlaceholderText(
            translate("RecordEditor", "required") if required else translate("RecordEditor", "not filled in")
        )
        self.setMaximumWidth(140)
        self.editingFinished.connect(self.show_understood)

    def count(self) -> int | None:
        """The whole number typed (raises ValidationError naming the field when it is not one)."""
        return parse_count(self.text(), self.field)

    def hours(self) -> Decimal | None:
        """The hours typed (raises ValidationError naming the field when they are not a number)."""
        return parse_hours(self.text(), self.field)

    def value(self) -> int | Decimal | None:
        return self.hours() if self.field == "hours" else self.count()

    def show_understood(self) -> None:
        try:
            understood = figure_text(self.value())
        except ValidationError:
            return
        if understood != self.text():
            self.setText(understood)


class RecordEditor(QDialog):
    """What both editors share: title, dates, venue, notes, the buttons, saving and the messages."""

    saved = Signal(object)  # the Activity or Training just stored
    record_type = ""

    def __init__(
        self, state: AppState, translator: Translator, *, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.today = today or date.today()
        self.record_id: uuid.UUID | None = None
        self._stored_title = ""
        self._clean: tuple[Any, ...] = ()
        self.last_choices = LastChoices(state.store.data_dir, self.record_type)

        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.start_date = DateField()
        self.end_date = DateField()
        self._start_before = self.start_date.value()
        self.start_date.dateChanged.connect(self._start_changed)
        self.venue = QLineEdit()
        self.notes = QPlainTextEdit()
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(64)

        self.error = QLabel()
        self.error.setObjectName("editorError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(
            f"QLabel#editorError {{ color: {ERROR_COLOUR}; font-weight: bold; background: #fdecee;"
            " border: 1px solid #e8a0aa; padding: 6px; }"
        )
        self.error.hide()
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)

        self.history_button = QPushButton(translate("RecordEditor", "&History…"))
        self.copy_button = QPushButton(translate("RecordEditor", "Co&py as new"))
        self.save_new_button = QPushButton(
            translate("RecordEditor", "Save and &new ({key})").format(key=self._key_text(SAVE_AND_NEW))
        )
        self.save_button = QPushButton(
            translate("RecordEditor", "&Save ({key})").format(
                key=self._key_text(QKeySequence(QKeySequence.StandardKey.Save))
            )
        )
        self.close_button = QPushButton(translate("RecordEditor", "Close"))
        for button in (
            self.history_button,
            self.copy_button,
            self.save_new_button,
            self.save_button,
            self.close_button,
        ):
            button.setAutoDefault(False)  # Enter moves between fields; it never saves by surprise
        self.history_button.clicked.connect(self.show_history)
        self.copy_button.clicked.connect(self.copy_as_new)
        self.save_new_button.clicked.connect(self.save_and_new)
        self.save_button.clicked.connect(self.save)
        self.close_button.clicked.connect(self.reject)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(SAVE_AND_NEW, self, self.save_and_new)

        self.labels: dict[str, QLabel] = {}
        self.fields: dict[str, QWidget] = {
            "title": self.title,
            "start_date": self.start_date,
            "end_date": self.end_date,
            "venue": self.venue,
            "notes": self.notes,
        }
        top = QFormLayout()
        self._add_row(top, "title", self.title)
        dates = QHBoxLayout()
        dates.addWidget(self.start_date)
        end_label = QLabel(field_label("end_date"))
        end_label.setBuddy(self.end_date)
        self.labels["end_date"] = end_label
        dates.addSpacing(16)
        dates.addWidget(end_label)
        dates.addWidget(self.end_date)
        dates.addStretch()
        start_label = QLabel(field_label("start_date"))
        start_label.setBuddy(self.start_date)
        self.labels["start_date"] = start_label
        top.addRow(start_label, dates)

        left, right = self._build_boxes()
        boxes = QGridLayout()
        boxes.addWidget(left, 0, 0)
        boxes.addWidget(right, 0, 1)
        boxes.setColumnStretch(0, 1)
        boxes.setColumnStretch(1, 1)

        notes_form = QFormLayout()
        self._add_row(notes_form, "notes", self.notes)

        buttons = QHBoxLayout()
        buttons.addWidget(self.history_button)
        buttons.addWidget(self.copy_button)
        buttons.addStretch()
        buttons.addWidget(self.save_new_button)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.close_button)

        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(top)
        layout.addLayout(boxes)
        layout.addLayout(notes_form)
        layout.addWidget(self.status)
        layout.addLayout(buttons)

        order = [self.title, self.start_date, self.end_date, *self._tab_order(), self.notes]
        order += [self.save_button, self.save_new_button, self.copy_button, self.history_button, self.close_button]
        for first, second in itertools.pairwise(order):
            self.setTabOrder(first, second)
        self.setMinimumWidth(760)
        geometry = restore_geometry(state.store.data_dir, f"{self.record_type}_editor")
        if geometry is not None:
            self.restoreGeometry(geometry)

    # ---- building --------------------------------------------------------------------------------------

    @staticmethod
    def _key_text(sequence: QKeySequence) -> str:
        return sequence.toString(QKeySequence.SequenceFormat.NativeText)

    def _add_row(self, form: QFormLayout, field: str, widget: QWidget) -> None:
        label = QLabel(field_label(field))
        label.setBuddy(widget)
        self.labels[field] = label
        self.fields[field] = widget
        form.addRow(label, widget)

    def _build_boxes(self) -> tuple[QWidget, QWidget]:
        raise NotImplementedError

    def _tab_order(self) -> list[QWidget]:
        """The record type's own fields between the dates and the notes, in reading order."""
        raise NotImplementedError

    # ---- per record type -------------------------------------------------------------------------------

    def collect(self) -> ActivityInput | TrainingInput:
        """The record on screen; raises ValidationError for a figure that is not a number."""
        raise NotImplementedError

    def fill(self, data: Any) -> None:
        raise NotImplementedError

    def _raw(self) -> tuple[Any, ...]:
        """Everything on screen, to tell whether anything was changed."""
        raise NotImplementedError

    def _validate(self, data: Any) -> Any:
        raise NotImplementedError

    def _store(self, data: Any) -> Activity | Training:
        raise NotImplementedError

    def _load(self, record_id: uuid.UUID) -> Activity | Training:
        raise NotImplementedError

    def _choices(self, data: Any) -> dict[str, Any]:
        """The values remembered for the next new record."""
        raise NotImplementedError

    def _prefill(self, last: dict[str, str]) -> None:
        raise NotImplementedError

    def _heading(self, new: bool) -> str:
        raise NotImplementedError

    # ---- the shared fields -----------------------------------------------------------------------------

    def _start_changed(self, value: QDate) -> None:
        """The end date follows the start date while they were the same (most activities last a day)."""
        new_start = from_qdate(value)
        end = self.end_date.value()
        if end == self._start_before or end < new_start:
            self.end_date.set_value(new_start)
        self._start_before = new_start

    def set_dates(self, start: date, end: date) -> None:
        self.start_date.set_value(start)
        self.end_date.set_value(end)
        self._start_before = start

    def _common_raw(self) -> tuple[Any, ...]:
        return (
            self.title.text(),
            self.start_date.value(),
            self.end_date.value(),
            self.venue.text(),
            self.notes.toPlainText(),
        )

    def is_modified(self) -> bool:
        return self._raw() != self._clean

    def mark_clean(self) -> None:
        self._clean = self._raw()

    def _update_buttons(self) -> None:
        editing = self.record_id is not None
        self.history_button.setVisible(editing)
        self.copy_button.setVisible(editing)
        title = self._heading(not editing)
        if editing and self._stored_title:
            title = f"{title} — {self._stored_title}"
        self.setWindowTitle(title)

    # ---- opening ---------------------------------------------------------------------------------------

    def new_record(self, keep: dict[str, Any] | None = None) -> None:
        """An empty record with the last choices and today's date; ``keep`` overrides (date, venue …)."""
        self.record_id = None
        self._stored_title = ""
        self.title.clear()
        self.notes.clear()
        self.venue.clear()
        self.fill_blank()
        self._prefill(self.last_choices.read())
        keep = keep or {}
        self.set_dates(keep.get("start_date", self.today), keep.get("end_date", keep.get("start_date", self.today)))
        if "venue" in keep:
            self.venue.setText(keep["venue"])
        self._clear_messages()
        self._update_buttons()
        self.mark_clean()
        self.title.setFocus()

    def fill_blank(self) -> None:
        raise NotImplementedError

    def copy_of(self, data: ActivityInput | TrainingInput) -> None:
        """A new record pre-filled with ``data`` (copy as new from the list)."""
        self.record_id = None
        self._stored_title = ""
        self.fill(data)
        self._clear_messages()
        self.status.setText(translate("RecordEditor", "A copy: change what differs, then save it as a new record."))
        self._update_buttons()
        self.mark_clean()
        self.title.setFocus()
        self.title.selectAll()

    def edit_record(self, record_id: uuid.UUID) -> None:
        record = self._load(record_id)
        self.record_id = record.meta.id
        self._stored_title = record.data.title
        self.fill(record.data)
        self._clear_messages()
        self._update_buttons()
        self.mark_clean()
        self.title.setFocus()

    # ---- saving ----------------------------------------------------------------------------------------

    def _clear_messages(self) -> None:
        self.error.clear()
        self.error.hide()
        self.status.clear()
        for label in self.labels.values():
            label.setStyleSheet("")

    def show_error(self, error: KesuError) -> None:
        """The translated message above the form, the field's label marked, the cursor in the field."""
        self.status.clear()
        self.error.setText(self.translator.render(error))
        self.error.show()
        field = getattr(error, "field", None)
        for name, label in self.labels.items():
            label.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if name == field else "")
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def warning_text(self, warning: PlausibilityWarning) -> str:
        tr = self.translator
        return tr.translate("Warnings", warning.template).format(
            label=tr.translate("Fields", warning.label), **warning.values
        )

    def confirm(self, warnings: list[PlausibilityWarning]) -> bool:
        """Ask whether to save despite the warnings; No returns to editing with the first field in question."""
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(translate("RecordEditor", "Please check"))
        box.setText(translate("RecordEditor", "Please check before saving:"))
        box.setInformativeText("\n".join(f"• {self.warning_text(w)}" for w in warnings))
        box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
        box.button(QMessageBox.StandardButton.Yes).setText(translate("RecordEditor", "Save anyway"))
        box.button(QMessageBox.StandardButton.No).setText(translate("RecordEditor", "Go back and correct"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        answer = box.exec()
        self.activateWindow()
        if answer == QMessageBox.StandardButton.Yes:
            return True
        widget = self.fields.get(warnings[0].field)
        if widget is not None:
            widget.setFocus()
        return False

    def _write(self) -> Activity | Training | None:
        """Check, ask about warnings, store; None (and nothing stored) when refused or not confirmed."""
        self._clear_messages()
        try:
            clean = self._validate(self.collect())
        except ValidationError as error:
            self.show_error(error)
            return None
        unit = self.state.installation.setup.unit_code
        with self.state.store.reading() as session:
            warnings = check_plausibility(session, self.record_type, unit, clean, self.record_id)
        if warnings and not self.confirm(warnings):
            return None
        try:
            record = self._store(clean)
        except KesuError as error:
            self.show_error(error)
            return None
        self.last_choices.remember(self._choices(record.data))
        self.record_id = record.meta.id
        self._stored_title = record.data.title
        self.saved.emit(record)
        return record

    def save(self) -> bool:
        """Ctrl+S: store and close."""
        record = self._write()
        if record is None:
            return False
        self.mark_clean()
        self.accept()
        return True

    def save_and_new(self) -> bool:
        """Store, then start the next record with the same dates and venue."""
        record = self._write()
        if record is None:
            return False
        data = record.data
        self.new_record({"start_date": data.start_date, "end_date": data.end_date, "venue": data.venue})
        self.status.setText(translate("RecordEditor", "Saved “{title}”. Enter the next one.").format(title=data.title))
        return True

    def copy_as_new(self) -> None:
        """What is on screen becomes a new, not yet stored record; the original stays as stored."""
        if self.record_id is None:
            return
        original = self._stored_title
        self.record_id = None
        self._stored_title = ""
        self._update_buttons()
        self._clear_messages()
        self.status.setText(
            translate("RecordEditor", "A new copy of “{title}”; the original stays as stored. Save to add it.").format(
                title=original
            )
        )
        self.mark_clean()
        self.title.setFocus()
        self.title.selectAll()

    def show_history(self) -> None:
        if self.record_id is None:
            return
        from ui.history_dialog import HistoryDialog

        dialog = HistoryDialog(self.state, self.record_id, self._stored_title, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()

    # ---- closing and keys ------------------------------------------------------------------------------

    def reject(self) -> None:
        """Esc or Close: ask before dropping changes that were not saved."""
        if self.is_modified():
            answer = QMessageBox.question(
                self,
                translate("RecordEditor", "Unsaved changes"),
                translate("RecordEditor", "Discard the changes to this record?"),
                QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Cancel,
            )
            if answer != QMessageBox.StandardButton.Discard:
                return
        super().reject()

    def done(self, result: int) -> None:
        save_geometry(self.state.store.data_dir, f"{self.record_type}_editor", self.saveGeometry())
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            widget = self.focusWidget()
            if isinstance(widget, QAbstractButton):
                widget.click()
                return
            if isinstance(widget, QLineEdit | QComboBox | QDateEdit | QAbstractItemView) or (
                widget is not None and isinstance(widget.parent(), QDateEdit | QComboBox)
            ):
                self.focusNextChild()
                return
        super().keyPressEvent(event)


class ActivityEditor(RecordEditor):
    record_type = "activity"

    def _build_boxes(self) -> tuple[QWidget, QWidget]:
        language = self.state.language
        reference = self.state.reference
        self.form = CodeCombo(reference.activity_forms, language, placeholder=translate("RecordEditor", "Choose…"))
        self.groups = CheckList(reference.target_groups, language)
        self.main_group = QLabel()
        self.main_group.setObjectName("hint")
        self.groups.changed.connect(self._show_main_group)
        none = translate("RecordEditor", "— none —")
        self.campaign = CodeCombo(reference.campaigns, language, empty_text=none)
        self.key_project = CodeCombo(reference.key_projects, language, empty_text=none)
        self.organiser = QLineEdit()
        self.partners = QLineEdit()
        self.participants = FigureField("participants", required=True)
        self.women = FigureField("women", required=False)
        self.volunteers = FigureField("volunteers", required=False)
        self.materials = FigureField("materials", required=False)

        what = QGroupBox(translate("RecordEditor", "What and for whom"))
        form = QFormLayout(what)
        self._add_row(form, "form_code", self.form)
        self._add_row(form, "target_group_codes", self.groups)
        form.addRow("", self.main_group)
        self._add_row(form, "campaign_code", self.campaign)
        self._add_row(form, "key_project_code", self.key_project)
        where = QGroupBox(translate("RecordEditor", "Where, who and how many"))
        form = QFormLayout(where)
        self._add_row(form, "venue", self.venue)
        self._add_row(form, "organiser", self.organiser)
        self._add_row(form, "partners", self.partners)
        self._add_row(form, "participants", self.participants)
        self._add_row(form, "women", self.women)
        self._add_row(form, "volunteers", self.volunteers)
        self._add_row(form, "materials", self.materials)
        self._show_main_group()
        return what, where

    def _tab_order(self) -> list[QWidget]:
        return [
            self.form,
            self.groups,
            self.campaign,
            self.key_project,
            self.venue,
            self.organiser,
            self.partners,
            self.participants,
            self.women,
            self.volunteers,
            self.materials,
        ]

    def _show_main_group(self) -> None:
        codes = self.groups.codes()
        names = {g.code: g.name(self.state.language) for g in self.state.reference.target_groups}
        self.main_group.setText(
            translate("RecordEditor", "Main group: {group}").format(group=names[codes[0]])
            if codes
            else translate("RecordEditor", "Tick one or more; the first ticked is the main group.")
        )

    def _heading(self, new: bool) -> str:
        return translate("RecordEditor", "New activity") if new else translate("RecordEditor", "Activity")

    def fill_blank(self) -> None:
        self.form.set_code(None)
        self.groups.set_codes(())
        self.campaign.set_code(None)
        self.key_project.set_code(None)
        for widget in (self.organiser, self.partners, self.participants, self.women, self.volunteers, self.materials):
            widget.clear()

    def collect(self) -> ActivityInput:
        return ActivityInput(
            title=self.title.text(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            form_code=self.form.code() or "",
            target_group_codes=self.groups.codes(),
            campaign_code=self.campaign.code(),
            key_project_code=self.key_project.code(),
            venue=self.venue.text(),
            organiser=self.organiser.text(),
            partners=self.partners.text(),
            participants=self.participants.count(),
            women=self.women.count(),
            volunteers=self.volunteers.count(),
            materials=self.materials.count(),
            notes=self.notes.toPlainText(),
        )

    def fill(self, data: ActivityInput) -> None:
        self.title.setText(data.title)
        self.set_dates(data.start_date, data.end_date)
        self.form.set_code(data.form_code)
        self.groups.set_codes(data.target_group_codes)
        self.campaign.set_code(data.campaign_code)
        self.key_project.set_code(data.key_project_code)
        self.venue.setText(data.venue)
        self.organiser.setText(data.organiser)
        self.partners.setText(data.partners)
        self.participants.setText(figure_text(data.participants))
        self.women.setText(figure_text(data.women))
        self.volunteers.setText(figure_text(data.volunteers))
        self.materials.setText(figure_text(data.materials))
        self.notes.setPlainText(data.notes)

    def _raw(self) -> tuple[Any, ...]:
        return (
            *self._common_raw(),
            self.form.code(),
            self.groups.codes(),
            self.campaign.code(),
            self.key_project.code(),
            self.organiser.text(),
            self.partners.text(),
            self.participants.text(),
            self.women.text(),
            self.volunteers.text(),
            self.materials.text(),
        )

    def _validate(self, data: ActivityInput) -> ActivityInput:
        return validate_activity(data, self.state.reference)

    def _store(self, data: ActivityInput) -> Activity:
        actor = self.state.installation.setup.clerk_name
        with self.state.store.transaction() as session:
            if self.record_id is None:
                unit = self.state.installation.setup.unit_code
                return add_activity(session, unit, data, self.state.reference, actor=actor)
            return update_activity(session, self.record_id, data, self.state.reference, actor=actor)

    def _load(self, record_id: uuid.UUID) -> Activity:
        with self.state.store.reading() as session:
            return get_activity(session, record_id)

    def _choices(self, data: ActivityInput) -> dict[str, Any]:
        return {
            "form_code": data.form_code,
            "target_group_codes": data.target_group_codes,
            "campaign_code": data.campaign_code,
            "key_project_code": data.key_project_code,
            "venue": data.venue,
            "organiser": data.organiser,
        }

    def _prefill(self, last: dict[str, str]) -> None:
        self.form.set_code(last.get("form_code") or None)
        self.groups.set_codes([code for code in last.get("target_group_codes", "").split(",") if code])
        self.campaign.set_code(last.get("campaign_code") or None)
        self.key_project.set_code(last.get("key_project_code") or None)
        self.venue.setText(last.get("venue", ""))
        self.organiser.setText(last.get("organiser", ""))


class TrainingEditor(RecordEditor):
    record_type = "training"

    def _build_boxes(self) -> tuple[QWidget, QWidget]:
        language = self.state.language
        reference = self.state.reference
        choose = translate("RecordEditor", "Choose…")
        self.kind = CodeCombo(reference.training_kinds, language, placeholder=choose)
        self.group = CodeCombo(reference.target_groups, language, placeholder=choose)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.organisation = QLineEdit()
        self.sessions = FigureField("sessions", required=True)
        self.trainees = FigureField("trainees", required=True)
        self.women = FigureField("women", required=False)
        self.low_income = FigureField("low_income", required=False)
        self.certified = FigureField("certified", required=False)
        self.hours = FigureField("hours", required=False)
        what = QGroupBox(translate("RecordEditor", "What and for whom"))
        form = QFormLayout(what)
        self._add_row(form, "kind_code", self.kind)
        self._add_row(form, "target_group_code", self.group)
        self._add_row(form, "venue", self.venue)
        self._add_row(form, "organisation", self.organisation)
        self._add_row(form, "hours", self.hours)
        figures = QGroupBox(translate("RecordEditor", "How many"))
        form = QFormLayout(figures)
        self._add_row(form, "sessions", self.sessions)
        self._add_row(form, "trainees", self.trainees)
        self._add_row(form, "women", self.women)
        self._add_row(form, "low_income", self.low_income)
        self._add_row(form, "certified", self.certified)
        return what, figures

    def _tab_order(self) -> list[QWidget]:
        return [
            self.kind,
            self.group,
            self.venue,
            self.organisation,
            self.hours,
            self.sessions,
            self.trainees,
            self.women,
            self.low_income,
            self.certified,
        ]

    def _kind_changed(self) -> None:
        """A kind that usually serves one group (高素质农民培育 → 农民) chooses it while none is chosen."""
        kind = next((k for k in self.state.reference.training_kinds if k.code == self.kind.code()), None)
        if kind is not None and kind.target_group_code and self.group.code() is None:
            self.group.set_code(kind.target_group_code)

    def _heading(self, new: bool) -> str:
        return translate("RecordEditor", "New training") if new else translate("RecordEditor", "Training")

    def fill_blank(self) -> None:
        self.kind.set_code(None)
        self.group.set_code(None)
        for widget in (
            self.organisation,
            self.sessions,
            self.trainees,
            self.women,
            self.low_income,
            self.certified,
            self.hours,
        ):
            widget.clear()

    def collect(self) -> TrainingInput:
        return TrainingInput(
            title=self.title.text(),
            start_date=self.start_date.value(),
            end_date=self.end_date.value(),
            kind_code=self.kind.code() or "",
            target_group_code=self.group.code() or "",
            venue=self.venue.text(),
            organisation=self.organisation.text(),
            sessions=self.sessions.count(),
            trainees=self.trainees.count(),
            women=self.women.count(),
            low_income=self.low_income.count(),
            certified=self.certified.count(),
            hours=self.hours.hours(),
            notes=self.notes.toPlainText(),
        )

    def fill(self, data: TrainingInput) -> None:
        self.title.setText(data.title)
        self.set_dates(data.start_date, data.end_date)
        self.group.set_code(data.target_group_code)
        self.kind.set_code(data.kind_code)
        self.venue.setText(data.venue)
        self.organisation.setText(data.organisation)
        self.sessions.setText(figure_text(data.sessions))
        self.trainees.setText(figure_text(data.trainees))
        self.women.setText(figure_text(data.women))
        self.low_income.setText(figure_text(data.low_income))
        self.certified.setText(figure_text(data.certified))
        self.hours.setText(figure_text(data.hours))
        self.notes.setPlainText(data.notes)

    def _raw(self) -> tuple[Any, ...]:
        return (
            *self._common_raw(),
            self.kind.code(),
            self.group.code(),
            self.organisation.text(),
            self.sessions.text(),
            self.trainees.text(),
            self.women.text(),
            self.low_income.text(),
            self.certified.text(),
            self.hours.text(),
        )

    def _validate(self, data: TrainingInput) -> TrainingInput:
        return validate_training(data, self.state.reference)

    def _store(self, data: TrainingInput) -> Training:
        actor = self.state.installation.setup.clerk_name
        with self.state.store.transaction() as session:
            if self.record_id is None:
                unit = self.state.installation.setup.unit_code
                return add_training(session, unit, data, self.state.reference, actor=actor)
            return update_training(session, self.record_id, data, self.state.reference, actor=actor)

    def _load(self, record_id: uuid.UUID) -> Training:
        with self.state.store.reading() as session:
            return get_training(session, record_id)

    def _choices(self, data: TrainingInput) -> dict[str, Any]:
        return {
            "kind_code": data.kind_code,
            "target_group_code": data.target_group_code,
            "venue": data.venue,
            "organisation": data.organisation,
        }

    def _prefill(self, last: dict[str, str]) -> None:
        self.group.set_code(last.get("target_group_code") or None)
        self.kind.set_code(last.get("kind_code") or None)
        self.venue.setText(last.get("venue", ""))
        self.organisation.setText(last.get("organisation", ""))


def editor_for(
    record_type: str,
    state: AppState,
    translator: Translator,
    *,
    today: date | None = None,
    parent: QWidget | None = None,
) -> RecordEditor:
    cls = ActivityEditor if record_type == "activity" else TrainingEditor
    return cls(state, translator, today=today, parent=parent)
