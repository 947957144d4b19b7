"""Which row of the national survey (全国科普统计调查) each activity form and training kind counts under: the
reference data's defaults (a form's ``national_row``, every training kind under ``training_kind_row`` of
``survey_rows.json``) with the county's own choices over them (``survey_mapping``).

Only a main row may be chosen: the "of which" rows are parts counted by campaign, size or group, so a form
mapped to one would fall out of the total. Each form and kind lands in exactly one main row.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import ReferenceDataError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.survey_rows import SurveyRows, survey_rows

Source = Literal["activity_form", "training_kind"]
SOURCES: tuple[Source, ...] = ("activity_form", "training_kind")

_UNKNOWN_SOURCE = QT_TRANSLATE_NOOP("Errors", "Source: choose one of {allowed}.")
_UNKNOWN_CODE = QT_TRANSLATE_NOOP("Errors", "Code: there is no {source} {code}; choose one of {allowed}.")
_NOT_A_MAIN_ROW = QT_TRANSLATE_NOOP(
    "Errors", "Row: {row} is not a main row of the national survey; choose one of {allowed}."
)
_BAD_DEFAULT = QT_TRANSLATE_NOOP(
    "Errors", "The activity form {code} counts in the national survey row {row}, which is not a main row of {file}."
)


@dataclass(frozen=True)
class SurveyMapping:
    """Code -> main row code, for every activity form and training kind of the reference data, in its order."""

    activity_forms: dict[str, str]
    training_kinds: dict[str, str]
    overridden: frozenset[tuple[str, str]]
    """(source, code) of the county's own choices; the others are the reference data's defaults."""
    unmapped_row: str

    def row_of_form(self, code: str) -> str:
        return self.activity_forms.get(code, self.unmapped_row)

    def row_of_kind(self, code: str) -> str:
        return self.training_kinds.get(code, self.unmapped_row)


def _defaults(reference: ReferenceData, rows: SurveyRows) -> dict[str, dict[str, str]]:
    main = {row.code for row in rows.main_rows()}
    for form in reference.activity_forms:
        if form.national_row not in main:
            raise ReferenceDataError(_BAD_DEFAULT, code=form.code, row=form.national_row, file="survey_rows.json")
    return {
        "activity_form": {form.code: form.national_row for form in reference.activity_forms},
        "training_kind": {kind.code: rows.training_kind_row for kind in reference.training_kinds},
    }


def survey_mapping(session: Session, reference: ReferenceData) -> SurveyMapping:
    """The mapping in force: the county's choices over the reference data's defaults. A stored choice for a
    code the reference data no longer has, or for a row no longer a main row, is ignored."""
    rows = survey_rows()
    mapping = _defaults(reference, rows)
    main = {row.code for row in rows.main_rows()}
    overridden = set()
    for choice in session.scalars(select(models.SurveyMapping)):
        chosen = mapping.get(choice.source)
        if chosen is not None and choice.code in chosen and choice.row_code in main:
            chosen[choice.code] = choice.row_code
            overridden.add((choice.source, choice.code))
    return SurveyMapping(mapping["activity_form"], mapping["training_kind"], frozenset(overridden), rows.unmapped_row)


def _checked(reference: ReferenceData, source: str, code: str) -> None:
    if source not in SOURCES:
        raise ValidationError("source", _UNKNOWN_SOURCE, allowed=", ".join(SOURCES))
    codes = _defaults(reference, survey_rows())[source]
    if code not in codes:
        raise ValidationError("code", _UNKNOWN_CODE, source=source, code=code, allowed=", ".join(codes))


def set_survey_row(
    session: Session, reference: ReferenceData, source: str, code: str, row_code: str, *, by: str
) -> SurveyMapping:
    """Count the activity form or training kind ``code`` under the main row ``row_code`` from now on; refused,
    changing nothing, for an unknown source, code or row or an "of which" row. Returns the mapping in force."""
    _checked(reference, source, code)
    main = [row.code for row in survey_rows().main_rows()]
    if row_code not in main:
        raise ValidationError("row", _NOT_A_MAIN_ROW, row=row_code, allowed=", ".join(main))
    held = session.get(models.SurveyMapping, (source, code))
    if held is None:
        session.add(models.SurveyMapping(source=source, code=code, row_code=row_code, set_at=datetime.now(), set_by=by))
    else:
        held.row_code, held.set_at, held.set_by = row_code, datetime.now(), by
    session.flush()
    return survey_mapping(session, reference)


def reset_survey_row(session: Session, reference: ReferenceData, source: str, code: str) -> SurveyMapping:
    """Count ``code`` under its reference data's default row again. Returns the mapping in force."""
    _checked(reference, source, code)
    held = session.get(models.SurveyMapping, (source, code))
    if held is not None:
        session.delete(held)
        session.flush()
    return survey_mapping(session, reference)
