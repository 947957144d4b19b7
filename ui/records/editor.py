"""What the editors of an activity (科普活动) and a training (培训) share: one dialog per record, built for fast typing.

- Tab moves through the fields in reading order; Enter in a one-line field moves on too (an IME commits its
  text with Enter before the field ever sees it).
- Ctrl+S saves and closes; "Save and new" (Ctrl+Shift+S) saves and starts the next record keeping the date
  and the venue; "Copy as new" turns what is on screen into a new record, leaving the original as stored.
- Figures are typed, not spun: full-width digits (１２０) and units (120人) are accepted, an empty box means
  "not filled in", which is kept apart from 0.
- A refused input shows the translated message above the form, marks the field's label, puts the cursor in
  the field and stores nothing; plausibility warnings ask before saving.
- New records start with the choices of the last record saved (form, groups, campaign, kind, venue, …).

Every write goes through :mod:`kesu_desktop.records.service` in one short transaction, as the clerk named in setup.
"""

from __future__ import annotations

import itertools
import uuid
from datetime import date
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
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.plausibility import PlausibilityWarning, check_plausibility
from kesu_desktop.records.types import Activity, ActivityInput, Training, TrainingInput
from ui.i18n import translate
from ui.records.entry_fields import DateField, field_label, from_qdate
from ui.remembered import LastChoices, restore_geometry, save_geometry
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR

ERROR_STYLE = f"color: {ERROR_COLOUR};"
SAVE_AND_NEW = QKeySequence("Ctrl+Shift+S")


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
        from ui.records.history_dialog import HistoryDialog

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
