"""The national science-popularization survey's activity rows (``resources/reference/survey_rows.json``): the
rows the county's survey report fills, which of them are "of which" parts and what those count, and the
default row of a training kind. An activity form's default row is its ``national_row`` (``activity_forms.json``).

Unlike the other reference files these rows are not kept in the store: they are read from the data file, once.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from kesu_desktop.base.paths import resource_path
from kesu_desktop.reference.data import Item, unreadable_reference

FILE_NAME = "survey_rows.json"
MEASURES = ("次", "期")
_OF_WHICH = ("campaign", "participants_from", "target_group")


@dataclass(frozen=True)
class SurveyRow(Item):
    measure: str
    """次 or 期: what the row's first figure counts."""
    campaign: str | None = None
    """An "of which" row of the activities of this campaign."""
    participants_from: int | None = None
    """An "of which" row of the activities of at least this many participants (重大科普活动)."""
    target_group: str | None = None
    """An "of which" row of the activities whose main target group is this one."""

    @property
    def is_part(self) -> bool:
        return self.campaign is not None or self.participants_from is not None or self.target_group is not None


@dataclass(frozen=True)
class SurveyRows:
    rows: tuple[SurveyRow, ...]
    training_kind_row: str
    """The main row every training kind counts under unless the county maps it elsewhere."""
    unmapped_row: str
    """The main row of a form or kind the reference data does not know."""

    def main_rows(self) -> tuple[SurveyRow, ...]:
        return tuple(row for row in self.rows if not row.is_part)

    def row(self, code: str) -> SurveyRow:
        return next(row for row in self.rows if row.code == code)

    def major_from(self) -> int | None:
        """The size from which an activity is a major event (重大科普活动), if the rows count them."""
        return next((row.participants_from for row in self.rows if row.participants_from is not None), None)


def _row(number: int, raw: object) -> SurveyRow:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("code", "name_zh", "name_en")):
        raise ValueError(f"row {number}: code, name_zh and name_en are texts")
    if raw.get("measure") not in MEASURES:
        raise ValueError(f"row {number}: measure is 次 or 期")
    part = raw.get("of_which") or {}
    if not isinstance(part, dict) or len(part) > 1 or not set(part) <= set(_OF_WHICH):
        raise ValueError(f"row {number}: of_which is one of {', '.join(_OF_WHICH)}")
    threshold = part.get("participants_from")
    if threshold is not None and (not isinstance(threshold, int) or isinstance(threshold, bool) or threshold < 1):
        raise ValueError(f"row {number}: participants_from is a whole number from 1")
    return SurveyRow(
        raw["code"],
        raw["name_zh"],
        raw["name_en"],
        raw["measure"],
        part.get("campaign"),
        threshold,
        part.get("target_group"),
    )


def read_survey_rows(folder: Path) -> SurveyRows:
    """The survey rows of the data file in ``folder``; a malformed file raises :class:`ReferenceDataError`."""
    try:
        content = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        rows = tuple(_row(number, raw) for number, raw in enumerate(content["rows"], start=1))
        result = SurveyRows(rows, str(content["training_kind_row"]), str(content["unmapped_row"]))
        main = {row.code for row in result.main_rows()}
        if len({row.code for row in rows}) != len(rows) or not {result.training_kind_row, result.unmapped_row} <= main:
            raise ValueError("codes are unique; training_kind_row and unmapped_row are main rows")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise unreadable_reference(FILE_NAME, exc) from exc
    return result


@cache
def survey_rows() -> SurveyRows:
    """The shipped survey rows."""
    return read_survey_rows(resource_path("reference"))
