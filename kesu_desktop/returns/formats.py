"""The versions of the monthly return's format: what each one's tables hold, read from
``resources/formats/return-format-N.json``.

A return is a contract between installations that may run different releases for years: each format version
is a data file that is never edited once returns of it exist, the township writes :data:`CURRENT_FORMAT`, and
every version in :data:`READABLE_FORMATS` can be read and recomputed from the records it carries.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from kesu_desktop.base.errors import ReturnFormatError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import Item, ReferenceData

CURRENT_FORMAT = 2
READABLE_FORMATS = (1, 2)
UNKNOWN_FORMAT = QT_TRANSLATE_NOOP(
    "Errors",
    "This return was written in format version {version}, which this version of KeSu does not know; install the "
    "newest version of KeSu to read it.",
)


@dataclass(frozen=True)
class ReturnFormat:
    version: int
    activity_women_column: bool
    """Table 1's total carries 其中女性 as a third column."""
    national_total_row: bool
    """Table 2 starts with a 合计 row (and the registers end with one)."""
    national_trainings_row: str | None
    """The Table 2 row every training counts under (its sessions and trainees), or None to leave them out."""
    major_event_min_participants: int | None
    """An activity of at least this many person-times is a major event (an 'of which' row of Table 2)."""
    science_week_campaign: str
    national_rows: tuple[Item, ...]
    frozen_activity_forms: dict[str, str] | None
    """Each activity form's Table 2 row as this format fixed it; None when the reference data says."""

    def national_mapping(self, reference: ReferenceData) -> dict[str, str]:
        """Activity form code → Table 2 row code, for the forms of ``reference`` (a form the mapping does not know
        counts as other)."""
        if self.frozen_activity_forms is not None:
            return {form.code: self.frozen_activity_forms.get(form.code, "other") for form in reference.activity_forms}
        return {form.code: form.national_row for form in reference.activity_forms}


@functools.cache
def return_format(version: int) -> ReturnFormat:
    """The rules of format ``version``; a version this release cannot read raises :class:`ReturnFormatError`."""
    if version not in READABLE_FORMATS:
        raise ReturnFormatError(UNKNOWN_FORMAT, version=version)
    spec = json.loads(resource_path("formats", f"return-format-{version}.json").read_text(encoding="utf-8"))
    return ReturnFormat(
        version=spec["format_version"],
        activity_women_column=spec["activity_women_column"],
        national_total_row=spec["national_total_row"],
        national_trainings_row=spec["national_trainings_row"],
        major_event_min_participants=spec["major_event_min_participants"],
        science_week_campaign=spec["science_week_campaign"],
        national_rows=tuple(Item(row["code"], row["name_zh"], row["name_en"]) for row in spec["national_rows"]),
        frozen_activity_forms=spec["activity_forms"],
    )
