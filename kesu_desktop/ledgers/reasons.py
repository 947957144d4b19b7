"""Why a ledger row is not ready, in words a clerk can act on: each problem code of :mod:`.values` and
:mod:`.rows` as a message (an error template, context ``Errors``) naming the column as the ledger heads it, the
cell as written, and what to type instead."""

from __future__ import annotations

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

_MESSAGES = {
    "date_invalid": QT_TRANSLATE_NOOP("Errors", "{header}: {raw} is not a day that exists; type the day it was held."),
    "date_without_day": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} names no single day; type the day it was held, such as 2022-06-15."
    ),
    "date_without_year": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} has no year, and the ledger's title names none; type the date with its year."
    ),
    "date_range_backwards": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} ends before it starts; type the first day, then the last."
    ),
    "date_unreadable": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} is not a date KeSu can read; type it as 2022-06-15 or 2022年6月15日."
    ),
    "count_not_a_number": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} is not a number; type the number of people, or clear the cell if none was counted."
    ),
    "count_negative": QT_TRANSLATE_NOOP("Errors", "{header}: {raw} is below zero; type the number of people."),
    "count_approximate": QT_TRANSLATE_NOOP(
        "Errors",
        "{header}: {raw} is approximate; it is stored as written ({value}), noted as approximate, once you confirm.",
    ),
    "hours_in_days": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} is given in days; type the hours (课时), as KeSu will not guess a day's hours."
    ),
    "hours_not_a_number": QT_TRANSLATE_NOOP("Errors", "{header}: {raw} is not a number; type the hours, such as 4."),
    "hours_negative": QT_TRANSLATE_NOOP("Errors", "{header}: {raw} is below zero; type the hours, such as 4."),
    "title_missing": QT_TRANSLATE_NOOP("Errors", "{header}: empty; type what the activity or training was."),
    "women_exceed_total": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} is more than the row's {total} people in all; correct one of them."
    ),
    "certified_exceed_trainees": QT_TRANSLATE_NOOP(
        "Errors", "{header}: {raw} certificates are more than the row's {total} trainees; correct one of them."
    ),
}
DUPLICATE_ROW = QT_TRANSLATE_NOOP(
    "Errors", "The same as row {row} of this sheet, so it is not stored twice; if it was held twice, change its date."
)
DUPLICATE_STORED = QT_TRANSLATE_NOOP("Errors", "Already stored: {title} of {date}, so it is not stored again.")


def problem_reason(problem: str, header: str, raw: object, **values: object) -> KesuError:
    """The message of ``problem`` for a cell ``raw`` in the column headed ``header``."""
    return KesuError(_MESSAGES[problem], header=header, raw=_shown(raw), **values)


def _shown(raw: object) -> str:
    if isinstance(raw, float) and raw.is_integer():
        raw = int(raw)
    text = "" if raw is None else str(raw).strip()
    return f"“{text}”" if text else "—"
