"""Reading one ledger cell as a clerk wrote it: a date or a date range, a count of people, or hours of training.

A cell comes as python-calamine gives it (None, str, int, float, date or datetime). Each reader gives the exact
value, or no value and a problem code saying why none can be read; nothing that cannot be read exactly is
guessed. An empty cell, or a dash or slash written for "nothing recorded", gives no value and no problem.

Problem codes: ``date_invalid``, ``date_without_day``, ``date_without_year``, ``date_range_backwards``,
``date_unreadable``; ``count_not_a_number``, ``count_negative``; ``hours_in_days``, ``hours_not_a_number``,
``hours_negative``.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal

DATE_INVALID = "date_invalid"
DATE_WITHOUT_DAY = "date_without_day"
DATE_WITHOUT_YEAR = "date_without_year"
DATE_RANGE_BACKWARDS = "date_range_backwards"
DATE_UNREADABLE = "date_unreadable"
COUNT_NOT_A_NUMBER = "count_not_a_number"
COUNT_NEGATIVE = "count_negative"
HOURS_IN_DAYS = "hours_in_days"
HOURS_NOT_A_NUMBER = "hours_not_a_number"
HOURS_NEGATIVE = "hours_negative"

EXCEL_EPOCH = date(1899, 12, 30)  # serial 1 is 1900-01-01 in the 1900 date system
EARLIEST = date(1990, 1, 1)  # dates outside this window are typing slips or numbers, never ledger dates
LATEST = date(2100, 12, 31)

NOTHING_RECORDED = frozenset({"", "—", "——", "-", "--", "–", "/"})  # after full-width forms are folded

# Only these characters are folded: a general NFKC fold would also turn ① or ² into digits, which is a guess.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
        "，": ",",
        "．": ".",
        "／": "/",
        "－": "-",
        "−": "-",
        "～": "~",
        "〜": "~",
        "\u3000": " ",
    }
)
_SPACES = re.compile(r"\s+")
_DIGIT_SPACE_DIGIT = re.compile(r"[0-9]\s+[0-9]")


@dataclass(frozen=True)
class DateReading:
    """The first and last day of a cell's date (the same day for a single date), or the problem that stops it."""

    start: date | None
    end: date | None
    problem: str | None


@dataclass(frozen=True)
class CountReading:
    """A count of people; ``approximate`` when written as 约300人, 200余人, 300左右 or 300多人 (value at face value)."""

    value: int | None
    approximate: bool
    problem: str | None


@dataclass(frozen=True)
class HoursReading:
    """Hours of a training (课时, 学时, 小时), exact as a decimal, or the problem that stops reading them."""

    value: Decimal | None
    problem: str | None


def _folded(text: str) -> str:
    """Full-width digits and punctuation folded to ASCII, outer blanks removed."""
    return text.translate(_FOLD).strip()


def _without_spaces(text: str) -> str | None:
    """The text with its inner blanks removed, or None when a blank splits two digits (1 050 might be two numbers)."""
    if _DIGIT_SPACE_DIGIT.search(text):
        return None
    return _SPACES.sub("", text)


# --------------------------------------------------------------------------- dates


@dataclass(frozen=True)
class _WrittenDay:
    """A day as written, before the ledger's year fills in a missing year and before it is checked to exist."""

    year: int | None
    month: int
    day: int


_YEAR_MONTH_DAY_CHINESE = re.compile(r"(?P<y>[0-9]{4})年(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})[日号]?")
_YEAR_MONTH_DAY_SEPARATED = re.compile(r"(?P<y>[0-9]{4})(?P<sep>[./-])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})")
_MONTH_DAY_CHINESE = re.compile(r"(?P<m>[0-9]{1,2})月(?P<d>[0-9]{1,2})[日号]?")
_DAY_ONLY = re.compile(r"(?P<d>[0-9]{1,2})[日号]")
_MONTH_WITHOUT_DAY = (
    re.compile(r"(?:[0-9]{4}年)?(?P<m>[0-9]{1,2})月(?:份|初|中|底|末|上旬|中旬|下旬|上半月|下半月)?"),
    re.compile(r"[0-9]{4}[./-](?P<m>[0-9]{1,2})"),
)
_PART_OF_YEAR = (
    re.compile(r"[0-9]{4}年[初中底末]?"),
    re.compile(r"(?:[0-9]{4}年)?(?:年[初中底末]|上半年|下半年|全年|第?[一二三四1-4]季度)"),
)
_RANGE_SEPARATOR = re.compile(r"至|到|~|—+|–|-")


def _no_date(problem: str) -> DateReading:
    return DateReading(None, None, problem)


def _single_day(text: str) -> _WrittenDay | str | None:
    """A date written as one day (year optional), a problem code for a month or part of a year, or None."""
    for pattern in (_YEAR_MONTH_DAY_CHINESE, _YEAR_MONTH_DAY_SEPARATED):
        match = pattern.fullmatch(text)
        if match:
            return _WrittenDay(int(match["y"]), int(match["m"]), int(match["d"]))
    match = _MONTH_DAY_CHINESE.fullmatch(text)
    if match:
        return _WrittenDay(None, int(match["m"]), int(match["d"]))
    for pattern in _MONTH_WITHOUT_DAY:
        match = pattern.fullmatch(text)
        if match:
            return DATE_WITHOUT_DAY if 1 <= int(match["m"]) <= 12 else DATE_INVALID
    if any(pattern.fullmatch(text) for pattern in _PART_OF_YEAR):
        return DATE_WITHOUT_DAY
    return None


def _range_end(text: str, start: _WrittenDay | str) -> _WrittenDay | str | None:
    """The end of a range, which may leave out what it shares with its start (9月20日—22日, 5月20日~5月26日)."""
    end = _single_day(text)
    if not isinstance(start, _WrittenDay):
        return end
    if isinstance(end, _WrittenDay) and end.year is None:
        return _WrittenDay(start.year, end.month, end.day)
    if end is None:
        match = _DAY_ONLY.fullmatch(text)
        if match:
            return _WrittenDay(start.year, start.month, int(match["d"]))
    return end


def _exists_in_some_year(month: int, day: int) -> bool:
    try:
        date(2000, month, day)  # a leap year, so 2月29日 counts
    except ValueError:
        return False
    return True


def _in_window(day: date) -> bool:
    return EARLIEST <= day <= LATEST


def _resolved(written: _WrittenDay | str, year: int | None) -> date | str:
    """The day itself, the ledger's year filling in a missing one, or the problem that stops it."""
    if isinstance(written, str):
        return written
    full_year = written.year if written.year is not None else year
    if full_year is None:
        return DATE_WITHOUT_YEAR if _exists_in_some_year(written.month, written.day) else DATE_INVALID
    try:
        day = date(full_year, written.month, written.day)
    except ValueError:
        return DATE_INVALID
    return day if _in_window(day) else DATE_UNREADABLE


def _reading(start: _WrittenDay | str, end: _WrittenDay | str, year: int | None) -> DateReading:
    first, last = _resolved(start, year), _resolved(end, year)
    if isinstance(first, str):
        return _no_date(first)
    if isinstance(last, str):
        return _no_date(last)
    if last < first:
        return _no_date(DATE_RANGE_BACKWARDS)
    return DateReading(first, last, None)


def _range_split_at(text: str, separator: re.Match[str], year: int | None) -> DateReading | None:
    start = _single_day(text[: separator.start()])
    if start is None:
        return None
    end = _range_end(text[separator.end() :], start)
    if end is None:
        return None
    return _reading(start, end, year)


def _dates_from_text(text: str, year: int | None) -> DateReading:
    single = _single_day(text)
    if single is not None:
        return _reading(single, single, year)
    # A "-" may separate the parts of a date as well as the two ends of a range, so every split is tried, and a
    # text that splits into a range in more than one way is not read at all.
    readings = {
        reading
        for separator in _RANGE_SEPARATOR.finditer(text)
        if (reading := _range_split_at(text, separator, year)) is not None
    }
    if len(readings) == 1:
        return readings.pop()
    return _no_date(DATE_UNREADABLE)


def _dates_from_serial(number: int | float) -> DateReading:
    """A date typed as an Excel serial number into a General cell (44761 is 2022-07-19); whole days only."""
    if isinstance(number, float) and not number.is_integer():
        return _no_date(DATE_UNREADABLE)
    serial = int(number)
    if not (EARLIEST - EXCEL_EPOCH).days <= serial <= (LATEST - EXCEL_EPOCH).days:
        return _no_date(DATE_UNREADABLE)
    day = EXCEL_EPOCH + timedelta(days=serial)
    return DateReading(day, day, None)


def read_dates(raw: object, year: int | None) -> DateReading:
    """The day or days a date cell names; ``year`` (from the ledger's title, or None) fills in a missing year."""
    if raw is None:
        return DateReading(None, None, None)
    if isinstance(raw, datetime):
        raw = raw.date()
    if isinstance(raw, date):
        return DateReading(raw, raw, None) if _in_window(raw) else _no_date(DATE_UNREADABLE)
    if isinstance(raw, bool):
        return _no_date(DATE_UNREADABLE)
    if isinstance(raw, int | float):
        return _dates_from_serial(raw)
    if not isinstance(raw, str):
        return _no_date(DATE_UNREADABLE)
    text = _folded(raw)
    if text in NOTHING_RECORDED:
        return DateReading(None, None, None)
    return _dates_from_text(_SPACES.sub("", text), year)


# --------------------------------------------------------------------------- Chinese numerals

_CHINESE_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
_ZERO = "[零〇]"
_DIGIT = "[一二三四五六七八九]"
_DIGIT_OR_LIANG = "[一二两三四五六七八九]"  # 两 stands for 2 before 百 and 千 (两百), never before 十
_SECTION = re.compile(
    rf"(?:(?P<thousands>{_DIGIT_OR_LIANG})千)?(?P<zero_after_thousands>{_ZERO})?"
    rf"(?:(?P<hundreds>{_DIGIT_OR_LIANG})百)?(?P<zero_after_hundreds>{_ZERO})?"
    rf"(?:(?P<tens>{_DIGIT})?(?P<ten>十))?"
    rf"(?P<units>{_DIGIT})?"
)


def _section_value(text: str) -> int | None:
    """A number below 10000 in Chinese numerals, written the standard way (一千零五十, 三十, 两百), or None.

    A 零 must stand exactly where places are skipped between two written ones; shortened forms such as 一百五
    (150 in speech) are refused, as one misplaced character would change the figure.
    """
    if text == "两":
        return 2
    match = _SECTION.fullmatch(text) if text else None
    if not match:
        return None
    thousands, hundreds, units = match["thousands"], match["hundreds"], match["units"]
    has_tens = match["ten"] is not None
    if has_tens and match["tens"] is None and (thousands or hundreds):
        return None  # 一百十五 is not standard: 一百一十五
    gap_after_thousands = bool(thousands) and not hundreds and (has_tens or bool(units))
    gap_after_hundreds = bool(hundreds) and not has_tens and bool(units)
    if (match["zero_after_thousands"] is not None) != gap_after_thousands:
        return None
    if (match["zero_after_hundreds"] is not None) != gap_after_hundreds:
        return None
    value = 0
    if thousands:
        value += 1000 * _CHINESE_DIGITS[thousands]
    if hundreds:
        value += 100 * _CHINESE_DIGITS[hundreds]
    if has_tens:
        value += 10 * (_CHINESE_DIGITS[match["tens"]] if match["tens"] else 1)
    if units:
        value += _CHINESE_DIGITS[units]
    return value


def _chinese_number(text: str) -> int | None:
    """A whole number below 100 million in Chinese numerals (五十, 一千零五十, 一万零五百, 零), or None."""
    if re.fullmatch(_ZERO, text):
        return 0
    high, has_wan, low = text.partition("万")
    if not has_wan:
        return _section_value(text)
    high_value = _section_value(high)
    if not high_value or "万" in low:
        return None
    if not low:
        return high_value * 10000
    if re.match(_ZERO, low):
        low_value = _section_value(low[1:])
        return high_value * 10000 + low_value if low_value and low_value < 1000 else None
    low_value = _section_value(low)
    return high_value * 10000 + low_value if low_value and low_value >= 1000 else None


# --------------------------------------------------------------------------- counts

_COUNT_TEXT = re.compile(
    r"(?P<about>约|大约)?(?P<number>[^约余多人名左右]+)(?P<more>余|多)?(?:人次|人|名)?(?P<around>左右)?"
)
_WHOLE_NUMBER = re.compile(r"(?P<sign>-)?(?P<digits>[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.0+)?")


def _count(value: int, approximate: bool = False) -> CountReading:
    return CountReading(value, approximate, None) if value >= 0 else _no_count(COUNT_NEGATIVE)


def _no_count(problem: str) -> CountReading:
    return CountReading(None, False, problem)


def _whole_number_text(text: str) -> int | None:
    """A whole number in digits (150, 1,050, -5) or Chinese numerals (一百二十), or None."""
    match = _WHOLE_NUMBER.fullmatch(text)
    if match:
        value = int(match["digits"].replace(",", ""))
        return -value if match["sign"] else value
    return _chinese_number(text)


def _count_from_text(text: str) -> CountReading:
    match = _COUNT_TEXT.fullmatch(text)
    if not match:
        return _no_count(COUNT_NOT_A_NUMBER)
    value = _whole_number_text(match["number"])
    if value is None:
        return _no_count(COUNT_NOT_A_NUMBER)
    approximate = any(match[part] is not None for part in ("about", "more", "around"))
    return _count(value, approximate)


def read_count(raw: object) -> CountReading:
    """The number of people a count cell gives (150, "85", 150人, １２０, 1,050, 三十; 约300人 is approximate)."""
    if raw is None:
        return CountReading(None, False, None)
    if isinstance(raw, bool):
        return _no_count(COUNT_NOT_A_NUMBER)
    if isinstance(raw, int):
        return _count(raw)
    if isinstance(raw, float):
        return _count(int(raw)) if raw.is_integer() else _no_count(COUNT_NOT_A_NUMBER)
    if not isinstance(raw, str):
        return _no_count(COUNT_NOT_A_NUMBER)
    text = _folded(raw)
    if text in NOTHING_RECORDED:
        return CountReading(None, False, None)
    compact = _without_spaces(text)
    return _no_count(COUNT_NOT_A_NUMBER) if compact is None else _count_from_text(compact)


# --------------------------------------------------------------------------- hours

_HOURS_TEXT = re.compile(r"(?P<number>[^课学小个时h]+)(?:课时|学时|小时|个小时|h)?", re.IGNORECASE)
_DECIMAL_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")


def _hours(value: Decimal) -> HoursReading:
    return HoursReading(value, None) if value >= 0 else HoursReading(None, HOURS_NEGATIVE)


def _hours_from_text(text: str) -> HoursReading:
    if "天" in text or text.endswith("日"):
        return HoursReading(None, HOURS_IN_DAYS)
    match = _HOURS_TEXT.fullmatch(text)
    if not match:
        return HoursReading(None, HOURS_NOT_A_NUMBER)
    number = match["number"]
    if _DECIMAL_NUMBER.fullmatch(number):
        return _hours(Decimal(number))
    whole = _chinese_number(number)
    return HoursReading(None, HOURS_NOT_A_NUMBER) if whole is None else _hours(Decimal(whole))


def read_hours(raw: object) -> HoursReading:
    """The hours a 课时 cell gives (4, 4课时, 4学时, 2.5, 4小时); days (1天, 半天) are not converted."""
    if raw is None:
        return HoursReading(None, None)
    if isinstance(raw, bool):
        return HoursReading(None, HOURS_NOT_A_NUMBER)
    if isinstance(raw, int):
        return _hours(Decimal(raw))
    if isinstance(raw, float):
        if not math.isfinite(raw):
            return HoursReading(None, HOURS_NOT_A_NUMBER)
        return _hours(Decimal(int(raw)) if raw.is_integer() else Decimal(repr(raw)))
    if not isinstance(raw, str):
        return HoursReading(None, HOURS_NOT_A_NUMBER)
    text = _folded(raw)
    if text in NOTHING_RECORDED:
        return HoursReading(None, None)
    compact = _without_spaces(text)
    return HoursReading(None, HOURS_NOT_A_NUMBER) if compact is None else _hours_from_text(compact)
