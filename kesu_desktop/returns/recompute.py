"""Recomputing a return's tables from the records it carries, by the rules of its own format version.

The signed tables must be what the one aggregation gives for the signed records: the county runs this on every
return it receives (a table altered before signing, or by a forged signer, is caught), and it is how a return
written by an older release is still checked by a newer one. Tables 1–3 come from the records; Table 4 (the
period-end figures) is the unit's own statement and is taken as signed.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from kesu_desktop.base.errors import ReturnFormatError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.aggregation import summarise_records
from kesu_desktop.returns.formats import return_format
from kesu_desktop.returns.manifest import signed_cell
from kesu_desktop.returns.tables import build_tables

RECOMPUTED_TABLES = 3
BAD_RECORDS = QT_TRANSLATE_NOOP(
    "Errors", "The records inside the return cannot be read ({detail}); the file was damaged or altered."
)


@dataclass(frozen=True)
class TableDifference:
    table: str
    code: str
    column: int
    signed: object
    computed: object


def _optional_int(value: Any) -> int | None:
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"not a whole number: {value!r}")
    return value


def activity_from_payload(record: dict[str, Any]) -> ActivityInput:
    """An activity as a return's payload carries it, every field (the county keeps and shows them all)."""
    groups = tuple(str(code) for code in record["target_group_codes"])
    if not groups:
        raise ValueError("an activity without a target group")
    return ActivityInput(
        title=str(record["title"]),
        start_date=date.fromisoformat(record["start_date"]),
        end_date=date.fromisoformat(record["end_date"]),
        form_code=str(record["form_code"]),
        target_group_codes=groups,
        campaign_code=record.get("campaign_code"),
        key_project_code=record.get("key_project_code"),
        venue=str(record.get("venue", "")),
        organiser=str(record.get("organiser", "")),
        partners=str(record.get("partners", "")),
        participants=_optional_int(record.get("participants")),
        women=_optional_int(record.get("women")),
        volunteers=_optional_int(record.get("volunteers")),
        materials=_optional_int(record.get("materials")),
        notes=str(record.get("notes", "")),
    )


def training_from_payload(record: dict[str, Any]) -> TrainingInput:
    """A training as a return's payload carries it, every field."""
    hours = record.get("hours")
    return TrainingInput(
        title=str(record["title"]),
        start_date=date.fromisoformat(record["start_date"]),
        end_date=date.fromisoformat(record["end_date"]),
        kind_code=str(record["kind_code"]),
        target_group_code=str(record["target_group_code"]),
        venue=str(record.get("venue", "")),
        organisation=str(record.get("organisation", "")),
        sessions=_optional_int(record.get("sessions")),
        trainees=_optional_int(record.get("trainees")),
        women=_optional_int(record.get("women")),
        low_income=_optional_int(record.get("low_income")),
        certified=_optional_int(record.get("certified")),
        hours=None if hours is None else Decimal(str(hours)),
        notes=str(record.get("notes", "")),
    )


def recomputed_rows(payload: dict[str, Any], reference: ReferenceData) -> list[list[tuple[str, list[object]]]]:
    """Tables 1–3 as the return's own records give them under its format's rules: per table, (code, cells)."""
    fmt = return_format(int(payload["format_version"]))
    try:
        period = parse_period(str(payload["period"]))
        activities = [activity_from_payload(record) for record in payload["activities"]]
        trainings = [training_from_payload(record) for record in payload["trainings"]]
        mapping = (
            fmt.national_mapping(reference)
            if fmt.frozen_activity_forms is not None
            else {str(form): str(row) for form, row in dict(payload["national_mapping"]).items()}
        )
    except (KeyError, TypeError, ValueError, ArithmeticError) as error:
        raise ReturnFormatError(BAD_RECORDS, detail=type(error).__name__) from error
    summary = summarise_records(str(payload["unit_code"]), period.start, period.end, activities, trainings)
    tables = build_tables(summary, activities, {}, reference, fmt, mapping, Translator("zh_CN"))
    return [
        [(row.code, [signed_cell(cell) for cell in row.cells]) for row in table.rows]
        for table in tables[:RECOMPUTED_TABLES]
    ]


def table_differences(payload: dict[str, Any], reference: ReferenceData) -> list[TableDifference]:
    """Every cell of Tables 1–3 where the signed table and the recomputed one disagree (a row missing from either
    side counts cell by cell); empty when the return is consistent."""
    differences = []
    for signed_table, computed in zip(payload["tables"], recomputed_rows(payload, reference), strict=False):
        number = str(signed_table.get("number", ""))
        signed_rows = {str(row.get("code")): list(row.get("cells", [])) for row in signed_table.get("rows", [])}
        computed_rows = dict(computed)
        for code in sorted(set(signed_rows) | set(computed_rows)):
            signed_cells, computed_cells = signed_rows.get(code, []), computed_rows.get(code, [])
            for column in range(max(len(signed_cells), len(computed_cells))):
                signed = signed_cells[column] if column < len(signed_cells) else None
                value = computed_cells[column] if column < len(computed_cells) else None
                if signed != value:
                    differences.append(TableDifference(number, code, column + 1, signed, value))
    return differences
