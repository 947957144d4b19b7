"""Turning what a clerk types into values: full-width digits from a Chinese IME (１２０), units typed after a
number (120人, 35 人次, 2期), thousands separators, and dates written the Chinese way (2024年3月5日).

An empty entry means "not filled in" (None), which is kept apart from 0 everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date
from decimal import Decimal, InvalidOperation

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.fields import LABELS

_UNIT_WORDS = re.compile(r"(人次|人|次|份|期|个|支|所|名|学时|小时|课时|h)$", re.IGNORECASE)
_SEPARATORS = re.compile(r"(?<=\d)[,，'’ ](?=\d{3}\b)")
_CHINESE_DATE = re.compile(r"^(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?$")


def normalise(text: str) -> str:
    """Full-width letters, digits and punctuation folded to their ASCII forms, outer blanks removed."""
    return unicodedata.normalize("NFKC", text).strip()


def _number_text(text: str) -> str:
    value = normalise(text)
    value = _UNIT_WORDS.sub("", value).strip()
    return _SEPARATORS.sub("", value)


def whole_number(text: str) -> int | None:
    """A whole number of 0 or more as typed (１２０, 120人, 1,200), None for an empty entry; ValueError otherwise."""
    if not normalise(text):
        return None
    value = _number_text(text)
    if not value.isdigit():
        raise ValueError(text)
    return int(value)


def parse_count(text: str, field: str) -> int | None:
    """A whole number of 0 or more, or None for an empty entry; a ValidationError naming ``field`` otherwise."""
    try:
        return whole_number(text)
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a whole number; type digits only, e.g. 120."),
            label=LABELS[field],
            value=text.strip(),
        ) from None


def parse_hours(text: str, field: str = "hours") -> Decimal | None:
    """A number of hours with at most one decimal, or None for an empty entry."""
    if not normalise(text):
        return None
    value = _number_text(text)
    try:
        hours = Decimal(value)
    except InvalidOperation:
        hours = Decimal("NaN")
    if not hours.is_finite() or hours < 0:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a number of hours; type e.g. 6 or 2.5."),
            label=LABELS[field],
            value=text.strip(),
        )
    return hours


def parse_date(text: str, field: str) -> date | None:
    """A date as 2024-03-05, 2024/3/5, 2024.3.5 or 2024年3月5日; None for an empty entry."""
    value = normalise(text)
    if not value:
        return None
    match = _CHINESE_DATE.match(value)
    try:
        if match is None:
            raise ValueError(value)
        return date(int(match[1]), int(match[2]), int(match[3]))
    except ValueError:
        raise ValidationError(
            field,
            QT_TRANSLATE_NOOP("Errors", "{label}: '{value}' is not a date; write it as 2024-03-05."),
            label=LABELS[field],
            value=text.strip(),
        ) from None
