"""The input boxes of the record editors: a date box that Tab leaves, and a figure box that reads what a clerk
types (１２０人 → 120) with the core's parser; the conversions between dates and Qt's."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QLineEdit,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.input_parsing import parse_count, parse_hours
from kesu_desktop.records.validation import EARLIEST_DATE
from ui.i18n import translate

LATEST_DATE = date(2100, 12, 31)


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
