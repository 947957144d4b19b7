"""The points of the county's annual supervision scorecard (``resources/reference/scorecard.json``): how many
points each part of a unit's score is worth and how much a corrected month costs. How each part is scored is
the scorecard's own (:mod:`kesu_desktop.county.reports.scorecard`); only the points are the county's to set.

Like the survey rows these are read from the data file, once, and not kept in the store.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from pathlib import Path

from kesu_desktop.base.paths import resource_path
from kesu_desktop.reference.data import Item, unreadable_reference

FILE_NAME = "scorecard.json"
PARTS = ("completeness", "timeliness", "volume", "targets", "quality")
"""The parts of a score, in the order the scorecard shows them."""


@dataclass(frozen=True)
class ScorePart(Item):
    points: int


@dataclass(frozen=True)
class ScorecardPoints:
    parts: tuple[ScorePart, ...]
    correction_deduction: Decimal
    """Points taken off the quality part for each month whose return was corrected."""

    def part(self, code: str) -> ScorePart:
        return next(part for part in self.parts if part.code == code)


def _whole(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value >= 0


def _part(number: int, raw: object) -> ScorePart:
    if not isinstance(raw, dict) or not all(isinstance(raw.get(k), str) for k in ("code", "name_zh", "name_en")):
        raise ValueError(f"part {number}: code, name_zh and name_en are texts")
    if not _whole(raw.get("points")):
        raise ValueError(f"part {number}: points is a whole number from 0")
    return ScorePart(raw["code"], raw["name_zh"], raw["name_en"], raw["points"])


def read_scorecard_points(folder: Path) -> ScorecardPoints:
    """The points of the data file in ``folder``; a malformed file raises :class:`ReferenceDataError`."""
    try:
        content = json.loads((folder / FILE_NAME).read_text(encoding="utf-8"))
        parts = tuple(_part(number, raw) for number, raw in enumerate(content["parts"], start=1))
        if tuple(part.code for part in parts) != PARTS:
            raise ValueError(f"the parts are {', '.join(PARTS)}, in that order")
        if sum(part.points for part in parts) != 100:
            raise ValueError("the parts' points add up to 100")
        deduction = content["correction_deduction"]
        if not _whole(deduction):
            raise ValueError("correction_deduction is a whole number from 0")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise unreadable_reference(FILE_NAME, exc) from exc
    return ScorecardPoints(parts, Decimal(deduction))


@cache
def scorecard_points() -> ScorecardPoints:
    """The shipped points."""
    return read_scorecard_points(resource_path("reference"))
