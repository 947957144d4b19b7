"""What a clerk types, from a Chinese IME or not, becomes the right value; empty stays "not filled in"."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.input_parsing import normalise, parse_count, parse_date, parse_hours, whole_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("120", 120),
        ("１２０", 120),
        ("120人", 120),
        ("１２０人次", 120),
        (" 35 人次 ", 35),
        ("2期", 2),
        ("1,234", 1234),
        ("1，234", 1234),
        ("0", 0),
        ("", None),
        ("   ", None),
    ],
)
def test_counts(text, expected):
    assert parse_count(text, "participants") == expected


@pytest.mark.parametrize("text", ["十二", "-5", "1.5", "12a", "人"])
def test_bad_counts_name_the_field(text):
    with pytest.raises(ValidationError) as caught:
        parse_count(text, "participants")
    assert caught.value.field == "participants"
    assert "参与人次" in Translator("zh_CN").render(caught.value)


@given(st.integers(0, 10**9))
def test_any_whole_number_in_full_width_digits_reads_back(number):
    full_width = "".join(chr(ord("０") + int(d)) for d in str(number))
    assert whole_number(full_width) == number
    assert whole_number(f"{number}人") == number


def test_hours():
    assert parse_hours("２.５小时") == Decimal("2.5")
    assert parse_hours("6") == Decimal("6")
    assert parse_hours("") is None
    for bad in ("abc", "-1", "nan", "inf"):
        with pytest.raises(ValidationError):
            parse_hours(bad)


@pytest.mark.parametrize("text", ["2024-03-05", "2024/3/5", "2024.3.5", "2024年3月5日", "２０２４年３月５日"])
def test_dates(text):
    assert parse_date(text, "start_date") == date(2024, 3, 5)


@pytest.mark.parametrize("text", ["2024-02-30", "5/3/2024", "yesterday"])
def test_bad_dates(text):
    with pytest.raises(ValidationError) as caught:
        parse_date(text, "start_date")
    assert caught.value.field == "start_date"


def test_normalise_folds_full_width_punctuation():
    assert normalise("　ＡＢＣ，１２３　") == "ABC,123"
