"""Turning cell values into record values and back.

What a cell may hold depends on who typed it: Excel and WPS give numbers and dates, a clerk may type 120人 or
２０２４年３月５日 as text, a code instead of a name. Each reader returns the value or raises a
:class:`ValidationError` naming the field, with a message template and values, never a finished sentence.

Text written to a cell is cleaned the same way it is cleaned when read back and stored, so what an export
shows is exactly what an import stores: characters a workbook cannot hold (control characters) are removed,
line breaks are kept only in notes.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal, InvalidOperation

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.input_parsing import parse_count, parse_date, parse_hours
from kesu_desktop.reference.data import Item
from kesu_desktop.spreadsheet.layout import CHOICES_SHEET, Column

# Characters XML 1.0 (and so a workbook) cannot hold, plus the other C0/C1 controls; tab and line feed stay.
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
_FORMULA_START = ("=", "+", "-", "@")
_LIST_SEPARATORS = re.compile(r"[、,，;；\n]")
_QUOTES = re.compile("[\"'“”‘’「」『』]")

CellValue = object

_SHOWN = 20  # characters of a bad cell's content quoted in its message

NOT_A_NUMBER = QT_TRANSLATE_NOOP(
    "Errors", "{label}: the cell holds {value}, which is not a number Excel can store; type the value again."
)
MISSING_TEXT = QT_TRANSLATE_NOOP(
    "Errors", "{label}: the cell refers to a text that is missing from the file (it is damaged); type the value again."
)
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{label}: the cell's content '{value}' cannot be read; type the value again.")


@dataclass(frozen=True)
class BadCell:
    """A cell whose content is no value at all (a number Excel cannot store, a text the file lacks): the
    problem of that cell, reported in its row like any other (:meth:`error`)."""

    template: str
    content: str = ""

    @classmethod
    def of(cls, template: str, content: str) -> BadCell:
        shown = content if len(content) <= _SHOWN else content[:_SHOWN] + "…"
        return cls(template, shown)

    def error(self, column: Column) -> ValidationError:
        return _fail(column, self.template, value=self.content)


def clean_text(value: str, *, multiline: bool) -> str:
    """Text as it is stored and written: control characters removed, line breaks unified; a single-line text
    has its blanks folded (as validation does), notes are only stripped."""
    text = _UNWRITABLE.sub("", value.replace("\r\n", "\n").replace("\r", "\n"))
    if multiline:
        return text.strip()
    return " ".join(text.split())


def looks_like_formula(text: str) -> bool:
    """Text Excel would take for a formula if typed; such text is written as text, never as a formula."""
    return text.startswith(_FORMULA_START)


def _fail(column: Column, template: str, **values: object) -> ValidationError:
    return ValidationError(column.field, template, label=column.label, **values)


def _as_text(value: CellValue) -> str:
    """Any cell value as the text a clerk sees, for text columns and for messages."""
    if value is None:
        return ""
    if isinstance(value, BadCell):
        return value.content
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def is_blank(value: CellValue) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def read_text(value: CellValue, column: Column) -> str:
    return clean_text(_as_text(value), multiline=column.kind == "notes")


def read_date(value: CellValue, column: Column) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if is_blank(value):
        raise _fail(column, QT_TRANSLATE_NOOP("Errors", "{label}: required; pick a date."))
    if isinstance(value, str):
        parsed = parse_date(value, column.field)
        assert parsed is not None  # blank handled above
        return parsed
    raise _fail(
        column,
        QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a date; write it as 2024-03-05."),
        value=_as_text(value),
    )


def _not_whole(column: Column, value: CellValue) -> ValidationError:
    return _fail(
        column,
        QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a whole number; type digits only, e.g. 120."),
        value=_as_text(value),
    )


def read_count(value: CellValue, column: Column) -> int | None:
    """A whole number of 0 or more; None for an empty cell (not filled in, which is not 0)."""
    if is_blank(value):
        if column.required:
            raise _fail(column, QT_TRANSLATE_NOOP("Errors", "{label}: required; enter a whole number (0 if none)."))
        return None
    if isinstance(value, bool):
        raise _not_whole(column, value)
    if isinstance(value, float):
        if not value.is_integer():
            raise _not_whole(column, value)
        value = int(value)
    if isinstance(value, int):
        if value < 0:
            raise _fail(column, QT_TRANSLATE_NOOP("Errors", "{label}: enter a whole number of 0 or more."))
        return value
    if isinstance(value, str):
        return parse_count(value, column.field)
    raise _not_whole(column, value)


def read_hours(value: CellValue, column: Column) -> Decimal | None:
    if is_blank(value):
        return None
    if isinstance(value, int | float) and not isinstance(value, bool):
        try:
            hours = Decimal(repr(value))
        except InvalidOperation:
            hours = Decimal("NaN")
        if hours.is_finite() and hours >= 0:
            return hours
    elif isinstance(value, str):
        return parse_hours(value, column.field)
    raise _fail(
        column,
        QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a number of hours; type e.g. 6 or 2.5."),
        value=_as_text(value),
    )


def choice_key(text: str) -> str:
    """A name or code as compared: full-width folded, quotes and blanks removed, case ignored."""
    return "".join(_QUOTES.sub("", unicodedata.normalize("NFKC", text)).split()).casefold()


def choice_index(items: tuple[Item, ...]) -> dict[str, str]:
    """Chinese name, English name and code of each item, as compared, to its code."""
    index: dict[str, str] = {}
    for item in items:
        for text in (item.name_en, item.name_zh, item.code):
            index[choice_key(text)] = item.code
    return index


def _unknown_choice(column: Column, text: str) -> ValidationError:
    return _fail(
        column,
        QT_TRANSLATE_NOOP(
            "Errors", "{label}: '{value}' is not in the list; use a name or code from the sheet {sheet}."
        ),
        value=text,
        sheet=CHOICES_SHEET,
    )


def read_choice(value: CellValue, column: Column, index: dict[str, str]) -> str | None:
    text = clean_text(_as_text(value), multiline=False)
    if not text:
        if column.required:
            raise _fail(column, QT_TRANSLATE_NOOP("Errors", "{label}: choose one from the list."))
        return None
    code = index.get(choice_key(text))
    if code is None:
        raise _unknown_choice(column, text)
    return code


def read_choices(value: CellValue, column: Column, index: dict[str, str]) -> tuple[str, ...]:
    """Several names or codes separated by 、 , ; or line breaks, in the order given (the first is the main one)."""
    parts = [part.strip() for part in _LIST_SEPARATORS.split(clean_text(_as_text(value), multiline=True))]
    codes: list[str] = []
    for part in filter(None, parts):
        code = index.get(choice_key(part))
        if code is None:
            raise _unknown_choice(column, part)
        codes.append(code)
    if not codes and column.required:
        raise _fail(column, QT_TRANSLATE_NOOP("Errors", "{label}: choose at least one from the list."))
    return tuple(dict.fromkeys(codes))


def read_record_id(value: CellValue, column: Column) -> uuid.UUID | None:
    text = clean_text(_as_text(value), multiline=False)
    if not text:
        return None
    try:
        return uuid.UUID(text)
    except ValueError:
        raise _fail(
            column,
            QT_TRANSLATE_NOOP(
                "Errors",
                "{label}: '{value}' is not a record number written by KeSu; leave the cell empty for a new record.",
            ),
            value=text,
        ) from None
