"""A ledger cell as a clerk wrote it becomes an exact date range, count or hours, or a precise reason why not.

The sample ledgers' expected.json is the oracle: every raw cell it lists (its issues) and every value it gives
is read back as expected. Property tests then write random dates and counts in every supported form.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kesu_desktop.ledgers.values import CountReading, DateReading, HoursReading, read_count, read_dates, read_hours

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ledgers"  # the samples of issue 15, copied
EXPECTED: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
README = (SAMPLES / "README.md").read_text(encoding="utf-8")

COUNT_FIELDS = ("participants", "trainees", "women", "low_income", "certified")
FIRST_DAY, LAST_DAY = date(1990, 1, 1), date(2100, 12, 31)
EPOCH = date(1899, 12, 30)
PROPERTY = settings(max_examples=200)


# --------------------------------------------------------------------------- expected.json


def _data_rows() -> Iterator[tuple[str, int | None, dict[str, Any]]]:
    """(file/sheet/row, the sheet's year for dates without one, row record) for every record row."""
    for file_name, book in EXPECTED["files"].items():
        for sheet_name, sheet in book["sheets"].items():
            for number, row in sheet["rows"].items():
                if not row["status"].startswith("skipped_"):
                    yield f"{file_name}/{sheet_name}/{number}", sheet["year_for_dates_without_year"], row


def _issues() -> list[Any]:
    return [
        pytest.param(issue, year, row["fields"], id=f"{where}/{issue['field']}")
        for where, year, row in _data_rows()
        for issue in row.get("issues", [])
        if issue["field"] in ("start", "hours", *COUNT_FIELDS)
    ]


def _iso(day: date | None) -> str | None:
    return None if day is None else day.isoformat()


def _hours(value: float | None) -> Decimal | None:
    return None if value is None else Decimal(str(value))


def test_the_oracle_has_value_issues_of_every_kind() -> None:
    problems = {param.values[0]["problem"] for param in _issues()}
    assert problems == {
        "date_invalid",
        "date_without_day",
        "count_approximate",
        "count_not_a_number",
        "women_exceed_total",
        "certified_exceed_trainees",
        "hours_in_days",
    }


@pytest.mark.parametrize(("issue", "year", "fields"), _issues())
def test_every_raw_cell_of_an_issue_reads_as_expected(issue: dict[str, Any], year: int, fields: dict[str, Any]) -> None:
    field, raw, problem = issue["field"], issue["raw"], issue["problem"]
    if field == "start":
        assert read_dates(raw, year) == DateReading(None, None, problem)
        assert fields["start"] is None and fields["end"] is None
    elif field == "hours":
        assert read_hours(raw) == HoursReading(None, problem)
        assert fields["hours"] is None
    elif problem == "count_approximate":
        assert read_count(raw) == CountReading(fields[field], True, None)
    elif problem == "count_not_a_number":
        assert read_count(raw) == CountReading(None, False, problem)
        assert fields[field] is None
    else:  # a rule between two fields is broken; the count itself reads exactly
        assert problem in ("women_exceed_total", "certified_exceed_trainees")
        assert read_count(raw) == CountReading(fields[field], False, None)


# The cells as the README lists their forms, at the rows that use them; the values are expected.json's.
README_FORMS = [
    ("活动登记", 5, "date", "2022年1月26日"),
    ("活动登记", 5, "participants", 150),
    ("活动登记", 6, "date", "2022.2.16"),
    ("活动登记", 6, "participants", "85"),
    ("活动登记", 9, "date", date(2022, 3, 12)),
    ("活动登记", 12, "participants", "150人"),
    ("活动登记", 13, "participants", "１２０"),
    ("活动登记", 16, "date", "2022/6/1"),
    ("活动登记", 17, "date", "6月12日"),
    ("活动登记", 24, "date", 44761),
    ("活动登记", 24, "date", 44761.0),
    ("活动登记", 26, "date", "2022-09-15至2022-09-21"),
    ("活动登记", 26, "participants", "1,050"),
    ("活动登记", 27, "date", "9月20日—22日"),
    ("活动登记", 27, "participants", "三十"),
    ("农民培训", 4, "certified", 0),
    ("农民培训", 4, "hours", "4课时"),
    ("农民培训", 6, "date", datetime(2022, 3, 24)),
    ("农民培训", 7, "date", 44665),
    ("农民培训", 8, "date", "2022年5月9日-11日"),
    ("农民培训", 8, "trainees", "五十"),
]


@pytest.mark.parametrize("file_name", ["gucheng-2022.xlsx", "gucheng-2022.xls"])
@pytest.mark.parametrize(("sheet", "row", "field", "raw"), README_FORMS)
def test_the_forms_the_readme_lists_read_as_expected(
    file_name: str, sheet: str, row: int, field: str, raw: object
) -> None:
    if isinstance(raw, str | int):
        assert str(raw) in README
    ledger = EXPECTED["files"][file_name]
    expected = ledger["sheets"][sheet]["rows"][str(row)]["fields"]
    if field == "date":
        reading = read_dates(raw, ledger["year"])
        assert (_iso(reading.start), _iso(reading.end), reading.problem) == (expected["start"], expected["end"], None)
    elif field == "hours":
        assert read_hours(raw) == HoursReading(_hours(expected["hours"]), None)
    else:
        assert read_count(raw) == CountReading(expected[field], False, None)


def test_a_29_february_that_exists_is_read() -> None:
    expected = EXPECTED["files"]["shiyan-zone-2024.xlsx"]["sheets"]["科普活动台账"]["rows"]["6"]["fields"]
    assert read_dates("2024-02-29", 2024) == DateReading(date(2024, 2, 29), date(2024, 2, 29), None)
    assert expected["start"] == expected["end"] == "2024-02-29"


@pytest.mark.parametrize(("where", "year", "row"), [pytest.param(*entry, id=entry[0]) for entry in _data_rows()])
def test_every_value_expected_json_gives_reads_back_as_itself(where: str, year: int, row: dict[str, Any]) -> None:
    fields = row["fields"]
    if fields["start"] is not None:
        start, end = date.fromisoformat(fields["start"]), date.fromisoformat(fields["end"])
        written = fields["start"] if start == end else f"{fields['start']}至{fields['end']}"
        assert read_dates(written, year) == DateReading(start, end, None)
    for name in COUNT_FIELDS:
        if name in fields:
            assert read_count(fields[name]).value == fields[name]
    if "hours" in fields:
        assert read_hours(fields["hours"]).value == _hours(fields["hours"])


# --------------------------------------------------------------------------- the forms, one by one


def _day(text: str) -> date:
    return date.fromisoformat(text)


@pytest.mark.parametrize(
    ("raw", "year", "start", "end"),
    [
        ("2022年1月26日", None, "2022-01-26", "2022-01-26"),
        ("2022.2.16", None, "2022-02-16", "2022-02-16"),
        ("2022/6/1", None, "2022-06-01", "2022-06-01"),
        ("2022-06-01", None, "2022-06-01", "2022-06-01"),
        ("2022-6-1", None, "2022-06-01", "2022-06-01"),
        ("6月12日", 2022, "2022-06-12", "2022-06-12"),
        ("2021年6月12日", 2022, "2021-06-12", "2021-06-12"),  # a written year wins over the ledger's
        (date(2022, 3, 12), None, "2022-03-12", "2022-03-12"),
        (datetime(2022, 3, 12, 9, 30), None, "2022-03-12", "2022-03-12"),
        (44761, None, "2022-07-19", "2022-07-19"),
        (44761.0, None, "2022-07-19", "2022-07-19"),
        ("2022-09-15至2022-09-21", None, "2022-09-15", "2022-09-21"),
        ("9月20日—22日", 2022, "2022-09-20", "2022-09-22"),
        ("9月20日——22日", 2022, "2022-09-20", "2022-09-22"),
        ("2022年5月9日-11日", None, "2022-05-09", "2022-05-11"),
        ("5月20日~5月26日", 2022, "2022-05-20", "2022-05-26"),
        ("5月20日～5月26日", 2022, "2022-05-20", "2022-05-26"),
        ("2022年12月30日至2023年1月2日", None, "2022-12-30", "2023-01-02"),
        ("２０２２年３月５日", None, "2022-03-05", "2022-03-05"),
        ("2022年 3月 5日", None, "2022-03-05", "2022-03-05"),
        ("  2022年3月5日　", None, "2022-03-05", "2022-03-05"),
        ("2024年2月29日", None, "2024-02-29", "2024-02-29"),
        ("2022-09-15-2022-09-21", None, "2022-09-15", "2022-09-21"),
    ],
)
def test_dates_are_read_in_every_form(raw: object, year: int | None, start: str, end: str) -> None:
    assert read_dates(raw, year) == DateReading(_day(start), _day(end), None)


@pytest.mark.parametrize("raw", [None, "", "   ", "—", "——", "-", "／", "/"])
def test_an_empty_date_cell_is_nothing_recorded(raw: object) -> None:
    assert read_dates(raw, 2022) == DateReading(None, None, None)


@pytest.mark.parametrize(
    ("raw", "year", "problem"),
    [
        ("2022年2月30日", 2022, "date_invalid"),
        ("2022年2月29日", 2022, "date_invalid"),
        ("9月31日", 2022, "date_invalid"),
        ("9月31日", None, "date_invalid"),  # no year has a 31 September
        ("2022年13月5日", 2022, "date_invalid"),
        ("2022-13-05", 2022, "date_invalid"),
        ("2022年13月", 2022, "date_invalid"),
        ("2022年0月5日", 2022, "date_invalid"),
        ("2022年6月中旬", 2022, "date_without_day"),
        ("6月上旬", 2022, "date_without_day"),
        ("5月下旬", 2022, "date_without_day"),
        ("2022年6月", 2022, "date_without_day"),
        ("6月份", 2022, "date_without_day"),
        ("2022-06", 2022, "date_without_day"),
        ("年初", 2022, "date_without_day"),
        ("2022年底", 2022, "date_without_day"),
        ("上半年", 2022, "date_without_day"),
        ("2022年6月上旬至6月中旬", 2022, "date_without_day"),
        ("6月12日", None, "date_without_year"),
        ("2月29日", None, "date_without_year"),
        ("9月20日—22日", None, "date_without_year"),
        ("2022-09-21至2022-09-15", None, "date_range_backwards"),
        ("9月22日—20日", 2022, "date_range_backwards"),
        ("12月30日至1月2日", 2022, "date_range_backwards"),  # a year change is not guessed
        ("2022年6月", None, "date_without_day"),
        ("春节期间", 2022, "date_unreadable"),
        ("见附件", 2022, "date_unreadable"),
        ("22.6.1", 2022, "date_unreadable"),  # the century is not guessed
        ("6/12", 2022, "date_unreadable"),
        ("6.12", 2022, "date_unreadable"),
        ("20220612", 2022, "date_unreadable"),
        ("2022年6月1日、3日", 2022, "date_unreadable"),
        ("2022.6-1", 2022, "date_unreadable"),
        ("44761", 2022, "date_unreadable"),  # a serial number only counts in a number cell
        ("1899年6月1日", 2022, "date_unreadable"),
        (44761.5, 2022, "date_unreadable"),
        (2022, 2022, "date_unreadable"),  # serial 2022 would be 1905
        (80000, 2022, "date_unreadable"),
        (-5, 2022, "date_unreadable"),
        (float("nan"), 2022, "date_unreadable"),
        (float("inf"), 2022, "date_unreadable"),
        (True, 2022, "date_unreadable"),
        (date(1900, 1, 5), 2022, "date_unreadable"),
        (Decimal("44761"), 2022, "date_unreadable"),
    ],
)
def test_dates_that_cannot_be_read_exactly_say_why(raw: object, year: int | None, problem: str) -> None:
    assert read_dates(raw, year) == DateReading(None, None, problem)


@pytest.mark.parametrize(
    ("raw", "value", "approximate"),
    [
        (150, 150, False),
        ("85", 85, False),
        ("150人", 150, False),
        ("150 人", 150, False),
        ("300人次", 300, False),
        ("１２０", 120, False),
        ("1,050", 1050, False),
        ("1，050", 1050, False),
        ("12,345,678", 12345678, False),
        ("三十", 30, False),
        ("二十", 20, False),
        ("五十", 50, False),
        ("十", 10, False),
        ("十五", 15, False),
        ("一百二十", 120, False),
        ("一百零五", 105, False),
        ("一千零五十", 1050, False),
        ("一千〇五十", 1050, False),
        ("两百", 200, False),
        ("两千零五", 2005, False),
        ("一万零五百", 10500, False),
        ("三十人", 30, False),
        ("约300人", 300, True),
        ("约300", 300, True),
        ("大约300人", 300, True),
        ("200余人", 200, True),
        ("300左右", 300, True),
        ("300人左右", 300, True),
        ("300多人", 300, True),
        ("三十多人", 30, True),
        ("约六十人", 60, True),
        (0, 0, False),
        ("0", 0, False),
        ("零", 0, False),
        (85.0, 85, False),
        ("85.0", 85, False),
    ],
)
def test_counts_are_read_in_every_form(raw: object, value: int, approximate: bool) -> None:
    assert read_count(raw) == CountReading(value, approximate, None)


@pytest.mark.parametrize("raw", [None, "", "  ", "—", "——", "-", "－", "／", "/"])
def test_an_empty_count_cell_is_nothing_recorded(raw: object) -> None:
    assert read_count(raw) == CountReading(None, False, None)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        ("若干", "count_not_a_number"),
        ("半数", "count_not_a_number"),
        ("很多", "count_not_a_number"),
        ("全体", "count_not_a_number"),
        ("全体村民", "count_not_a_number"),
        ("无", "count_not_a_number"),
        ("人", "count_not_a_number"),
        (85.5, "count_not_a_number"),
        ("85.5", "count_not_a_number"),
        ("1,05", "count_not_a_number"),
        ("1 050", "count_not_a_number"),  # a blank between digits may part two numbers
        ("1.050", "count_not_a_number"),
        ("一百五", "count_not_a_number"),  # shortened speech form, refused
        ("一百十五", "count_not_a_number"),
        ("一千五十", "count_not_a_number"),
        ("一千零零五", "count_not_a_number"),
        ("两十", "count_not_a_number"),
        ("一五〇", "count_not_a_number"),
        ("①", "count_not_a_number"),
        ("120/150", "count_not_a_number"),
        ("约", "count_not_a_number"),
        (float("nan"), "count_not_a_number"),
        (float("inf"), "count_not_a_number"),
        (True, "count_not_a_number"),
        (date(2022, 3, 5), "count_not_a_number"),
        (-3, "count_negative"),
        ("-3", "count_negative"),
        ("－3人", "count_negative"),
        (-3.0, "count_negative"),
    ],
)
def test_counts_that_cannot_be_read_exactly_say_why(raw: object, problem: str) -> None:
    assert read_count(raw) == CountReading(None, False, problem)


@pytest.mark.parametrize(
    ("raw", "value"),
    [
        (4, "4"),
        (4.0, "4"),
        (2.5, "2.5"),
        (3.5, "3.5"),
        (0, "0"),
        ("4", "4"),
        ("4课时", "4"),
        ("4学时", "4"),
        ("4小时", "4"),
        ("4个小时", "4"),
        ("2.5", "2.5"),
        ("２．５课时", "2.5"),
        ("40课时", "40"),
        ("四课时", "4"),
    ],
)
def test_hours_are_read_in_every_form(raw: object, value: str) -> None:
    assert read_hours(raw) == HoursReading(Decimal(value), None)


@pytest.mark.parametrize(
    ("raw", "problem"),
    [
        (None, None),
        ("", None),
        ("—", None),
        ("1天", "hours_in_days"),
        ("半天", "hours_in_days"),
        ("2天", "hours_in_days"),
        ("一天", "hours_in_days"),
        ("1.5天", "hours_in_days"),
        ("半日", "hours_in_days"),
        ("半小时", "hours_not_a_number"),
        ("约4课时", "hours_not_a_number"),
        ("3-4", "hours_not_a_number"),
        ("课时", "hours_not_a_number"),
        ("若干", "hours_not_a_number"),
        (float("nan"), "hours_not_a_number"),
        (True, "hours_not_a_number"),
        (-2, "hours_negative"),
        ("-2课时", "hours_negative"),
    ],
)
def test_hours_that_cannot_be_read_exactly_say_why(raw: object, problem: str | None) -> None:
    assert read_hours(raw) == HoursReading(None, problem)


# --------------------------------------------------------------------------- properties

FULL_WIDTH = str.maketrans({str(digit): chr(0xFF10 + digit) for digit in range(10)})
CHINESE_NUMERAL_CHARACTERS = set("零〇一二两三四五六七八九十百千万亿")
days = st.dates(FIRST_DAY, LAST_DAY)


def chinese(n: int) -> str:
    """n below 100000 in standard Chinese numerals: 一千零五十, 十五, 一万零一十."""
    assert 0 <= n < 100000
    if n == 0:
        return "零"
    digits, places = "零一二三四五六七八九", ["", "十", "百", "千", "万"]
    written, zero_pending = [], False
    for place, digit in zip(range(len(str(n)) - 1, -1, -1), map(int, str(n)), strict=True):
        if digit == 0:
            zero_pending = True
            continue
        if zero_pending:
            written.append("零")
            zero_pending = False
        written.append(digits[digit] + places[place])
    text = "".join(written)
    return text[1:] if text.startswith("一十") else text


def test_the_test_encoder_writes_chinese_numerals_the_standard_way() -> None:
    assert [chinese(n) for n in (0, 10, 15, 30, 105, 120, 1050, 10010, 99999)] == [
        "零",
        "十",
        "十五",
        "三十",
        "一百零五",
        "一百二十",
        "一千零五十",
        "一万零一十",
        "九万九千九百九十九",
    ]


def _written_day(day: date, form: int) -> object:
    """The day in one of the forms a date may be written in, the year always written."""
    forms: list[object] = [
        f"{day.year}年{day.month}月{day.day}日",
        f"{day.year}.{day.month}.{day.day}",
        f"{day.year}/{day.month}/{day.day}",
        f"{day:%Y-%m-%d}",
        f"{day.year}-{day.month}-{day.day}",
        f"{day.year}年{day.month}月{day.day}日".translate(FULL_WIDTH),
        f"{day.year}年 {day.month}月 {day.day}日",
        f"{day:%Y年%m月%d日}",
        day,
        datetime(day.year, day.month, day.day, 14, 5),
        (day - EPOCH).days,
        float((day - EPOCH).days),
    ]
    return forms[form % len(forms)]


@PROPERTY
@given(day=days, form=st.integers(0, 11), ledger_year=st.none() | st.integers(1990, 2100))
def test_any_day_in_any_form_reads_as_that_day(day: date, form: int, ledger_year: int | None) -> None:
    assert read_dates(_written_day(day, form), ledger_year) == DateReading(day, day, None)


@PROPERTY
@given(day=days)
def test_a_day_without_its_year_takes_the_ledgers_year(day: date) -> None:
    assert read_dates(f"{day.month}月{day.day}日", day.year) == DateReading(day, day, None)


@st.composite
def ranges(draw: st.DrawFn) -> tuple[date, date]:
    first = draw(days)
    return first, draw(st.dates(first, LAST_DAY))


@st.composite
def ranges_within_a_month(draw: st.DrawFn) -> tuple[date, date]:
    first = draw(days)
    next_month = (first.replace(day=1) + timedelta(days=32)).replace(day=1)
    return first, draw(st.dates(first, next_month - timedelta(days=1)))


@st.composite
def ranges_within_a_year(draw: st.DrawFn) -> tuple[date, date]:
    first = draw(days)
    return first, draw(st.dates(first, date(first.year, 12, 31)))


@PROPERTY
@given(span=ranges(), form=st.integers(0, 11), separator=st.sampled_from(["至", "到", "~", "～", "—", "——", "-"]))
def test_any_range_of_full_dates_reads_as_that_range(span: tuple[date, date], form: int, separator: str) -> None:
    first, last = span
    written = f"{_written_day(first, form % 8)}{separator}{_written_day(last, form % 8)}"
    assert read_dates(written, None) == DateReading(first, last, None)


@PROPERTY
@given(span=ranges_within_a_month(), separator=st.sampled_from(["至", "—", "-", "~"]))
def test_a_range_may_leave_out_its_ends_month_and_year(span: tuple[date, date], separator: str) -> None:
    first, last = span
    expected = DateReading(first, last, None)
    assert read_dates(f"{first.year}年{first.month}月{first.day}日{separator}{last.day}日", None) == expected
    assert read_dates(f"{first.month}月{first.day}日{separator}{last.day}日", first.year) == expected


@PROPERTY
@given(span=ranges_within_a_year(), separator=st.sampled_from(["至", "—", "-", "~"]))
def test_a_range_may_leave_out_its_ends_year(span: tuple[date, date], separator: str) -> None:
    first, last = span
    expected = DateReading(first, last, None)
    assert (
        read_dates(f"{first.year}年{first.month}月{first.day}日{separator}{last.month}月{last.day}日", None) == expected
    )
    assert read_dates(f"{first.month}月{first.day}日{separator}{last.month}月{last.day}日", first.year) == expected


@PROPERTY
@given(span=ranges().filter(lambda span: span[0] < span[1]))
def test_a_range_written_backwards_is_flagged(span: tuple[date, date]) -> None:
    first, last = span
    assert read_dates(f"{last:%Y-%m-%d}至{first:%Y-%m-%d}", None) == DateReading(None, None, "date_range_backwards")


@PROPERTY
@given(junk=st.text().filter(lambda text: not any(character.isdigit() for character in text)))
def test_junk_text_never_gives_a_date(junk: str) -> None:
    reading = read_dates(junk, 2022)
    assert reading.start is None and reading.end is None


@PROPERTY
@given(raw=st.none() | st.text() | st.integers() | st.floats() | days, ledger_year=st.none() | st.integers(1990, 2100))
def test_a_date_is_given_whole_or_not_at_all(raw: object, ledger_year: int | None) -> None:
    reading = read_dates(raw, ledger_year)
    if reading.start is None:
        assert reading.end is None
    else:
        assert reading.end is not None and reading.problem is None and reading.start <= reading.end


def _written_count(n: int, form: int) -> object:
    forms: list[object] = [
        n,
        float(n),
        str(n),
        f"{n}人",
        f"{n} 人",
        f"{n}人次",
        str(n).translate(FULL_WIDTH),
        f"{n:,}",
        f"{n:,}".replace(",", "，"),
        f"{n:,}人".translate(FULL_WIDTH),
    ]
    return forms[form % len(forms)]


@PROPERTY
@given(n=st.integers(0, 10**9), form=st.integers(0, 9))
def test_any_count_in_digits_reads_exactly(n: int, form: int) -> None:
    assert read_count(_written_count(n, form)) == CountReading(n, False, None)


@PROPERTY
@given(n=st.integers(0, 99999), suffix=st.sampled_from(["", "人", "人次"]))
def test_any_count_in_chinese_numerals_reads_exactly(n: int, suffix: str) -> None:
    assert read_count(chinese(n) + suffix) == CountReading(n, False, None)


@PROPERTY
@given(
    n=st.integers(0, 99999),
    in_chinese=st.booleans(),
    pattern=st.sampled_from(
        ["约{}", "约{}人", "大约{}人", "{}余人", "{}余", "{}左右", "{}人左右", "{}多人", "约{}余人"]
    ),
)
def test_an_approximate_count_gives_its_face_value(n: int, in_chinese: bool, pattern: str) -> None:
    written = pattern.format(chinese(n) if in_chinese else n)
    assert read_count(written) == CountReading(n, True, None)


def _has_no_number(text: str) -> bool:
    return not any(c.isdigit() or c.isnumeric() or c in CHINESE_NUMERAL_CHARACTERS for c in text)


@PROPERTY
@given(text=st.text().filter(_has_no_number))
def test_text_without_a_number_never_becomes_a_count(text: str) -> None:
    assert read_count(text).value is None


@PROPERTY
@given(text=st.text().filter(_has_no_number))
def test_text_without_a_number_never_becomes_hours(text: str) -> None:
    assert read_hours(text).value is None


@PROPERTY
@given(raw=st.none() | st.text() | st.integers() | st.floats())
def test_a_count_is_a_number_or_a_reason(raw: object) -> None:
    reading = read_count(raw)
    if reading.value is None:
        assert not reading.approximate
    else:
        assert reading.problem is None and reading.value >= 0


@PROPERTY
@given(hours=st.decimals(min_value=0, max_value=1000, places=2), suffix=st.sampled_from(["", "课时", "学时", "小时"]))
def test_any_hours_in_digits_read_exactly(hours: Decimal, suffix: str) -> None:
    assert read_hours(f"{hours}{suffix}") == HoursReading(hours, None)
