"""The input boxes of the record editors: a date box that takes a typed date as typed (2025-03-12, 2025/3/12,
2025年3月12日, 20250312) or one picked from a calendar, and a figure box that reads what a clerk types (１２０人 → 120)
with the core's parser; the conversions between dates and Qt's."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import (
    QCalendarWidget,
    QLineEdit,
    QStyle,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.input_parsing import normalise, parse_count, parse_date, parse_hours
from kesu_desktop.records.validation import EARLIEST_DATE
from ui.i18n import translate

_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")


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


class DateField(QLineEdit):
    """A date typed as text, read with the core's date parser when the cursor leaves the box or the record is
    saved, so what was typed is what is stored; a click selects the whole date, so typing replaces it. Up and
    Down move a day; the calendar button (or Alt+Down) picks one. ``dateChanged`` carries the new date."""

    dateChanged = Signal(object)  # noqa: N815 - named like QDateEdit's, which this box replaces

    def __init__(self, field: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.field = field
        self._date = date.today()
        self.setText(self._date.isoformat())
        self.setMaxLength(20)
        self.setPlaceholderText("2025-03-12")
        self.setMaximumWidth(150)
        self.calendar_action = self.addAction(
            self.style().standardIcon(QStyle.StandardPixmap.SP_ArrowDown), QLineEdit.ActionPosition.TrailingPosition
        )
        self.calendar_action.setToolTip(translate("RecordEditor", "Pick from a calendar (Alt+Down)"))
        self.calendar_action.triggered.connect(self.show_calendar)
        self.calendar: QCalendarWidget | None = None
        self.editingFinished.connect(self._take_typed)

    def _parsed(self) -> date:
        """The date in the box (raises ValidationError naming the field when it is empty or not a date)."""
        text = normalise(self.text())
        if compact := _COMPACT_DATE.match(text):
            text = "-".join(compact.groups())
        value = parse_date(text, self.field)
        if value is None:
            raise ValidationError(
                self.field, QT_TRANSLATE_NOOP("Errors", "{label}: required; pick a date."), label=LABELS[self.field]
            )
        return value

    def entered(self) -> date:
        """The date as typed, for saving; raises ValidationError when the box does not hold a date."""
        self._take_typed()
        return self._parsed()

    def value(self) -> date:
        """The last date the box understood (what is shown, once the cursor has left it)."""
        return self._date

    def set_value(self, value: date) -> None:
        self.setText(value.isoformat())
        self._set(value)

    def _set(self, value: date) -> None:
        changed = value != self._date
        self._date = value
        if changed:
            self.dateChanged.emit(value)

    def _take_typed(self) -> None:
        """Understand what was typed and show it the one way (2025/3/5 → 2025-03-05); text that is not a date is
        left as it is for the check on saving."""
        try:
            value = self._parsed()
        except ValidationError:
            return
        if self.text() != value.isoformat():
            self.setText(value.isoformat())
        self._set(value)

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt override
        super().focusInEvent(event)
        QTimer.singleShot(0, self, self.selectAll)  # after the click has placed the cursor

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        key, modifiers = event.key(), event.modifiers()
        if key == Qt.Key.Key_Down and modifiers & Qt.KeyboardModifier.AltModifier:
            self.show_calendar()
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and not modifiers:
            self._take_typed()
            self.set_value(self._date + timedelta(days=1 if key == Qt.Key.Key_Up else -1))
            self.selectAll()
            return
        super().keyPressEvent(event)

    def show_calendar(self) -> None:
        """A calendar under the box; the day clicked (or chosen with Enter) becomes the date."""
        self._take_typed()
        calendar = QCalendarWidget(self)
        calendar.setWindowFlags(Qt.WindowType.Popup)
        calendar.setMinimumDate(to_qdate(EARLIEST_DATE))
        calendar.setSelectedDate(to_qdate(self._date))
        calendar.activated.connect(lambda day: self._picked(calendar, day))
        calendar.clicked.connect(lambda day: self._picked(calendar, day))
        calendar.move(self.mapToGlobal(self.rect().bottomLeft()))
        calendar.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.calendar = calendar
        calendar.destroyed.connect(lambda: setattr(self, "calendar", None))
        calendar.show()
        calendar.setFocus()

    def _picked(self, calendar: QCalendarWidget, day: QDate) -> None:
        self.set_value(from_qdate(day))
        calendar.close()
        self.setFocus()


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
