"""What the editors of an activity (科普活动) and a training (培训) share: one dialog per record, built for fast typing.

- Tab moves through the fields in reading order; Enter in a one-line field moves on too (an IME commits its
  text with Enter before the field ever sees it).
- Ctrl+S saves and closes; "Save and new" (Ctrl+Shift+S) saves and starts the next record keeping the date
  and the venue; "Copy as new" turns what is on screen into a new record, leaving the original as stored.
- Figures are typed, not spun: full-width digits (１２０) and units (120人) are accepted, an empty box means
  "not filled in", which is kept apart from 0.
- A refused input shows the translated message in the line above the form, marks the field's label, puts the
  cursor in the field and stores nothing; plausibility warnings ask before saving. The line keeps its height
  whether it shows a message or not, so the fields never move under the clerk's mouse.
- A record of a month whose return was exported opens read-only, saying why, with a button that reopens the
  month for correction (through the ``reopener`` the window hands in, as the Returns page does).
- New records start with the choices of the last record saved (form, groups, campaign, kind, venue, …).

Every write goes through :mod:`kesu_desktop.records.service` in one short transaction, as the clerk named in setup.
"""

from __future__ import annotations

import itertools
import uuid
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.locks import locked_version
from kesu_desktop.records.plausibility import PlausibilityWarning, check_plausibility
from kesu_desktop.records.types import Activity, ActivityInput, Training, TrainingInput
from kesu_desktop.reference.periods import Period, month_of
from ui.i18n import translate
from ui.records.entry_fields import DateField, field_label
from ui.records.lock_banner import LockBanner, locked_text
from ui.records.questions import ask_to_discard, ask_to_save_anyway
from ui.remembered import LastChoices, restore_geometry, save_geometry
from ui.state import AppState
from ui.widgets.enter_key import enter_moves_on
from ui.widgets.error_label import ERROR_COLOUR

ERROR_STYLE = f"color: {ERROR_COLOUR};"
SAVE_AND_NEW = QKeySequence("Ctrl+Shift+S")
MESSAGE_LINES = 2  # the height kept for the message line, so the form never moves when one appears

Reopener = Callable[[QWidget, Period], bool]
"""Reopens a reported month for correction, asking the reason (the Returns page's dialog); True once done."""


class RecordEditor(QDialog):
    """What both editors share: title, dates, venue, notes, the buttons, saving and the messages."""

    saved = Signal(object)  # the Activity or Training just stored
    record_type = ""

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        *,
        today: date | None = None,
        reopener: Reopener | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.today = today or date.today()
        self.reopener = reopener
        self.locked: Period | None = None  # the reported month of the record shown, which is then read-only
        self.record_id: uuid.UUID | None = None
        self._stored_title = ""
        self._clean: tuple[Any, ...] = ()
        self.last_choices = LastChoices(state.store.data_dir, self.record_type)

        self.title = QLineEdit()
        self.title.setMaxLength(200)
        self.start_date = DateField("start_date")
        self.end_date = DateField("end_date")
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
        self.status = QLabel()
        self.status.setObjectName("hint")
        self.status.setWordWrap(True)
        lock = LockBanner(can_reopen=reopener is not None)
        lock.reopen_button.clicked.connect(self.reopen_month)
        self.lock_text, self.reopen_button = lock.text, lock.reopen_button
        self.messages = QStackedWidget()
        for page in (self.status, self.error, lock):
            self.messages.addWidget(page)
        lines = self.fontMetrics().lineSpacing() * MESSAGE_LINES + 16
        self.messages.setFixedHeight(max(lines, self.reopen_button.sizeHint().height() + 8))

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

        self.form_area = QWidget()
        form_layout = QVBoxLayout(self.form_area)
        form_layout.setContentsMargins(0, 0, 0, 0)
        form_layout.addLayout(top)
        form_layout.addLayout(boxes)
        form_layout.addLayout(notes_form)
        layout = QVBoxLayout(self)
        layout.addWidget(self.messages)
        layout.addWidget(self.form_area)
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

    def _start_changed(self, new_start: date) -> None:
        """The end date follows the start date while they were the same (most activities last a day)."""
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
            self.start_date.text(),
            self.end_date.text(),
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
        self.save_button.setEnabled(self.locked is None)
        self.save_new_button.setEnabled(self.locked is None)
        title = self._heading(not editing)
        if editing and self._stored_title:
            title = f"{title} — {self._stored_title}"
        self.setWindowTitle(title)

    # ---- opening ---------------------------------------------------------------------------------------

    def new_record(self, keep: dict[str, Any] | None = None) -> None:
        """An empty record with the last choices and today's date; ``keep`` overrides (date, venue …)."""
        self.record_id = None
        self._stored_title = ""
        self._unlock()
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

    def _became_new(self) -> None:
        """What is on screen is now a new record (copy as new): a record type drops what a new one may not have."""

    def copy_of(self, data: ActivityInput | TrainingInput) -> None:
        """A new record pre-filled with ``data`` (copy as new from the list)."""
        self.record_id = None
        self._stored_title = ""
        self._unlock()
        self.fill(data)
        self._clear_messages()
        self.status.setText(translate("RecordEditor", "A copy: change what differs, then save it as a new record."))
        self._update_buttons()
        self.mark_clean()
        self.title.setFocus()
        self.title.selectAll()

    def edit_record(self, record_id: uuid.UUID) -> None:
        """Show a stored record: editable, or read-only with the reason when its month was reported."""
        record = self._load(record_id)
        self.record_id = record.meta.id
        self._stored_title = record.data.title
        self._unlock()
        self.fill(record.data)
        self._clear_messages()
        month = month_of(record.data.start_date)
        with self.state.store.reading() as session:
            version = locked_version(session, self.state.installation.setup.unit_code, month.code)
        if version is not None:
            self._lock(month, version)
        self._update_buttons()
        self.mark_clean()
        if self.locked is None:
            self.title.setFocus()

    def _lock(self, month: Period, version: int) -> None:
        self.locked = month
        self.form_area.setEnabled(False)
        self.lock_text.setText(locked_text(month, version, self.state.language))
        self.messages.setCurrentIndex(2)
        (self.reopen_button if self.reopener is not None else self.close_button).setFocus()

    def _unlock(self) -> None:
        self.locked = None
        self.form_area.setEnabled(True)

    def reopen_month(self) -> None:
        """Reopen the record's month (asking why, in the Returns page's dialog), then let it be edited."""
        if self.locked is None or self.reopener is None or self.record_id is None:
            return
        if self.reopener(self, self.locked):
            self.edit_record(self.record_id)
            self.status.setText(
                translate("RecordEditor", "{period} is reopened for correction; the record can be changed.").format(
                    period=month_of(self.start_date.value()).label(self.state.language)
                )
            )

    # ---- saving ----------------------------------------------------------------------------------------

    def _clear_messages(self) -> None:
        self.error.clear()
        self.status.clear()
        self.messages.setCurrentWidget(self.status)
        for label in self.labels.values():
            label.setStyleSheet("")

    def show_error(self, error: KesuError) -> None:
        """The translated message above the form, the field's label marked, the cursor in the field."""
        self.status.clear()
        self.error.setText(self.translator.render(error))
        self.messages.setCurrentWidget(self.error)
        field = getattr(error, "field", None)
        for name, label in self.labels.items():
            label.setStyleSheet(ERROR_STYLE + " font-weight: bold;" if name == field else "")
        widget = self.fields.get(field or "")
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(widget, QLineEdit):
                widget.selectAll()

    def confirm(self, warnings: list[PlausibilityWarning]) -> bool:
        """Ask whether to save despite the warnings; No returns to editing with the first field in question."""
        answer = ask_to_save_anyway(self, warnings, self.translator)
        self.activateWindow()
        if answer:
            return True
        widget = self.fields.get(warnings[0].field)
        if widget is not None:
            widget.setFocus()
        return False

    def _write(self) -> Activity | Training | None:
        """Check, ask about warnings, store; None (and nothing stored) when refused or not confirmed."""
        if self.locked is not None:
            return None
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
        self._unlock()
        self._became_new()
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
        if self.is_modified() and not ask_to_discard(self):
            return
        super().reject()

    def done(self, result: int) -> None:
        save_geometry(self.state.store.data_dir, f"{self.record_type}_editor", self.saveGeometry())
        super().done(result)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        if not enter_moves_on(self, event):
            super().keyPressEvent(event)
