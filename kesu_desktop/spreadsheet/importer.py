"""Importing the canonical workbook: every row checked, then stored as the clerk chose.

A row with the record number (UUID) of one of this unit's records updates that record; a row without one
adds a record. A row whose record number this store does not know adds a record *with that number*: the row
travelled from another installation of the same unit (a second PC, a reinstalled one), and keeping the number
lets a later import of the same file update that record instead of adding it twice. A number that belongs to
another unit, to the other kind of record, or to a record in the bin is reported as a problem of that row.

Every row is checked before anything is stored. In ``all-or-nothing`` mode nothing is stored unless every row
is valid; in ``valid-only`` mode the valid rows are stored and the bad ones reported. A dry run stores
nothing and says what would change. Problems carry the sheet, the row number, the column header and a
message template with its values, for the front end to show in the user's language.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from db import models
from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.locks import PeriodLockedError, locked_version
from kesu_desktop.records.service import add_activity, add_training, update_activity, update_training
from kesu_desktop.records.types import ActivityInput, TrainingInput, activity_from_row, training_from_row
from kesu_desktop.records.validation import validate_activity, validate_training
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of
from kesu_desktop.spreadsheet import cells
from kesu_desktop.spreadsheet.errors import ImportCancelledError
from kesu_desktop.spreadsheet.layout import (
    CHOICE,
    CHOICE_LIST_BY_KEY,
    CHOICES,
    COUNT,
    DATE,
    HOURS,
    ID_FIELD,
    Column,
)
from kesu_desktop.spreadsheet.reader import Progress, Sheet, read_sheets

ALL_OR_NOTHING = "all-or-nothing"
VALID_ONLY = "valid-only"
MODES = (ALL_OR_NOTHING, VALID_ONLY)

ADDED, UPDATED, UNCHANGED, ERROR = "added", "updated", "unchanged", "error"
STATUSES = (ADDED, UPDATED, UNCHANGED, ERROR)

_LOOKUP_CHUNK = 500


RecordInput = ActivityInput | TrainingInput


@dataclass(frozen=True)
class Problem:
    """Why a row cannot be stored: where (sheet, row, column as headed in the file) and the reason."""

    sheet: str
    row: int
    column: str
    column_letter: str
    error: KesuError

    @property
    def field(self) -> str | None:
        return self.error.field if isinstance(self.error, ValidationError) else None


@dataclass(frozen=True)
class RowResult:
    """What happens (or would happen) to one row: added, updated (with the fields that change), unchanged, or
    an error with its problems."""

    sheet: str
    row: int
    record_type: str
    status: str
    title: str
    record_id: uuid.UUID | None = None
    changed: tuple[str, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass(frozen=True)
class ImportReport:
    path: str
    mode: str
    dry_run: bool
    rows: tuple[RowResult, ...]
    stored: bool
    """True when the changes were written (never for a dry run, nor for a refused all-or-nothing import)."""

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    @property
    def problems(self) -> tuple[Problem, ...]:
        return tuple(problem for row in self.rows for problem in row.problems)

    @property
    def has_errors(self) -> bool:
        return any(row.status == ERROR for row in self.rows)

    @property
    def accepted(self) -> bool:
        """Whether this import stores (or, dry, would store) its valid rows: always in valid-only mode,
        in all-or-nothing mode only when no row has an error."""
        return self.mode == VALID_ONLY or not self.has_errors

    @property
    def changes(self) -> int:
        return self.count(ADDED) + self.count(UPDATED)


# --- reading the workbook ------------------------------------------------------------------------------------


# --- checking rows -------------------------------------------------------------------------------------------


@dataclass
class _Planned:
    sheet: Sheet
    row: int
    title: str
    data: RecordInput | None = None
    record_id: uuid.UUID | None = None
    given_id: bool = False
    status: str = ADDED
    changed: tuple[str, ...] = ()
    stored_start: date | None = None
    problems: list[Problem] = field(default_factory=list)

    def fail(self, column_field: str, error: KesuError) -> None:
        """Note a problem in the column of ``column_field`` (named as in the template if the file lacks it)."""
        sheet = self.sheet
        position = sheet.positions.get(column_field)
        if position is None:
            header, letter = sheet.layout.column(column_field).header, ""
        else:
            header, letter = sheet.headers[column_field], get_column_letter(position + 1)
        self.problems.append(Problem(sheet.name, self.row, header, letter, error))
        self.status = ERROR


def _cell_value(sheet: Sheet, values: tuple[Any, ...], column: Column) -> Any:
    position = sheet.positions.get(column.field)
    if position is None or position >= len(values):
        return None
    return values[position]


def _read_value(column: Column, value: Any, indexes: dict[str, dict[str, str]]) -> Any:
    if column.kind == DATE:
        return cells.read_date(value, column)
    if column.kind == COUNT:
        return cells.read_count(value, column)
    if column.kind == HOURS:
        return cells.read_hours(value, column)
    if column.kind in (CHOICE, CHOICES):
        assert column.choices is not None
        index = indexes[column.choices]
        if column.kind == CHOICE:
            return cells.read_choice(value, column, index)
        return cells.read_choices(value, column, index)
    return cells.read_text(value, column)


def _plan_row(
    sheet: Sheet, number: int, values: tuple[Any, ...], reference: ReferenceData, indexes: dict[str, dict[str, str]]
) -> _Planned:
    layout = sheet.layout
    planned = _Planned(
        sheet, number, cells.read_text(_cell_value(sheet, values, layout.column("title")), layout.column("title"))
    )
    fields: dict[str, Any] = {}
    for column in layout.columns:
        value = _cell_value(sheet, values, column)
        try:
            if column.field == ID_FIELD:
                planned.record_id = cells.read_record_id(value, column)
                planned.given_id = planned.record_id is not None
            else:
                fields[column.field] = _read_value(column, value, indexes)
        except ValidationError as error:
            planned.fail(column.field, error)
    if planned.problems:
        return planned
    try:
        if layout.record_type == "activity":
            planned.data = validate_activity(ActivityInput(**fields), reference)
        else:
            planned.data = validate_training(TrainingInput(**fields), reference)
    except ValidationError as error:
        planned.fail(error.field, error)
    return planned


def _stored_rows(
    session: Session, ids: list[uuid.UUID]
) -> tuple[dict[uuid.UUID, models.Activity], dict[uuid.UUID, models.Training]]:
    activities: dict[uuid.UUID, models.Activity] = {}
    trainings: dict[uuid.UUID, models.Training] = {}
    for start in range(0, len(ids), _LOOKUP_CHUNK):
        chunk = ids[start : start + _LOOKUP_CHUNK]
        for activity in session.scalars(
            select(models.Activity)
            .where(models.Activity.id.in_(chunk))
            .options(selectinload(models.Activity.target_groups))
        ):
            activities[activity.id] = activity
        for training in session.scalars(select(models.Training).where(models.Training.id.in_(chunk))):
            trainings[training.id] = training
    return activities, trainings


def _id_problem(planned: _Planned, template: str, **values: Any) -> None:
    column = planned.sheet.layout.column(ID_FIELD)
    planned.fail(ID_FIELD, ValidationError(ID_FIELD, template, label=column.label, **values))


def _match_stored(
    planned: list[_Planned],
    session: Session,
    unit_code: str,
) -> None:
    """Decide add, update or unchanged for the valid rows, from the record numbers they carry."""
    given = [p.record_id for p in planned if p.record_id is not None and p.given_id]
    activities, trainings = _stored_rows(session, list(dict.fromkeys(given)))
    first_seen: dict[uuid.UUID, _Planned] = {}
    for row in planned:
        if row.record_id is None or not row.given_id:
            continue
        earlier = first_seen.setdefault(row.record_id, row)
        if earlier is not row:
            _id_problem(
                row,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: record {record_id} is also in sheet {sheet}, row {row}; "
                    "keep one of the rows, or empty this cell to add it as a new record.",
                ),
                record_id=str(row.record_id),
                sheet=earlier.sheet.name,
                row=earlier.row,
            )
            continue
        if row.status == ERROR:
            continue
        own, other = (activities, trainings) if row.sheet.layout.record_type == "activity" else (trainings, activities)
        stored = own.get(row.record_id)
        if stored is None:
            if row.record_id in other:
                _id_problem(
                    row,
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "{label}: record {record_id} is a record of the other sheet; "
                        "empty this cell to add the row as a new record.",
                    ),
                    record_id=str(row.record_id),
                )
            continue  # unknown here: added with this number
        if stored.unit_code != unit_code:
            _id_problem(
                row,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: record {record_id} belongs to another unit; "
                    "empty this cell to add the row as a new record.",
                ),
                record_id=str(row.record_id),
            )
        elif stored.deleted_at is not None:
            _id_problem(
                row,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: record {record_id} is in the bin; restore it in KeSu first, "
                    "or empty this cell to add the row as a new record.",
                ),
                record_id=str(row.record_id),
            )
        else:
            if isinstance(stored, models.Activity):
                current: RecordInput = activity_from_row(stored).data
            else:
                current = training_from_row(stored).data
            assert row.data is not None
            row.stored_start = stored.start_date
            row.changed = tuple(
                name for name in row.data.__dataclass_fields__ if getattr(row.data, name) != getattr(current, name)
            )
            row.status = UPDATED if row.changed else UNCHANGED


def _check_locks(planned: list[_Planned], session: Session, unit_code: str) -> None:
    """A row that would add or change a record of a reported (locked) month is a problem of that row."""
    locks: dict[str, int | None] = {}
    for row in planned:
        if row.status not in (ADDED, UPDATED):
            continue
        assert row.data is not None
        for day in (row.data.start_date, row.stored_start):
            if day is None:
                continue
            period = month_of(day).code
            if period not in locks:
                locks[period] = locked_version(session, unit_code, period)
            version = locks[period]
            if version is not None:
                row.fail("start_date", PeriodLockedError(period, version))
                break


def _store(row: _Planned, session: Session, unit_code: str, reference: ReferenceData, actor: str) -> None:
    assert row.data is not None and row.record_id is not None
    if row.status == ADDED:
        if isinstance(row.data, ActivityInput):
            add_activity(session, unit_code, row.data, reference, actor=actor, record_id=row.record_id)
        else:
            add_training(session, unit_code, row.data, reference, actor=actor, record_id=row.record_id)
    elif row.status == UPDATED:
        if isinstance(row.data, ActivityInput):
            update_activity(session, row.record_id, row.data, reference, actor=actor)
        else:
            update_training(session, row.record_id, row.data, reference, actor=actor)


def import_records(
    path: Path,
    session: Session,
    reference: ReferenceData,
    unit_code: str,
    actor: str,
    mode: str = ALL_OR_NOTHING,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportReport:
    """Check every row of the workbook at ``path`` and store them as ``mode`` says (nothing on a dry run).

    Writes go through ``session`` (the caller commits, or rolls back when this raises); a workbook that
    cannot be used at all raises :class:`SpreadsheetError` before anything is stored.
    """
    if mode not in MODES:
        raise ValueError(mode)
    path = Path(path)
    sheets = read_sheets(path, reference, unit_code, progress)
    indexes = {key: cells.choice_index(choice.items(reference)) for key, choice in CHOICE_LIST_BY_KEY.items()}
    total_rows = sum(len(sheet.rows) for sheet in sheets)
    steps = total_rows if dry_run else 2 * total_rows
    planned: list[_Planned] = []
    for sheet in sheets:
        for number, values in sheet.rows:
            planned.append(_plan_row(sheet, number, values, reference, indexes))
            if progress is not None and not progress(len(planned), steps):
                raise ImportCancelledError()
    _match_stored(planned, session, unit_code)
    _check_locks(planned, session, unit_code)
    for row in planned:
        if row.status == ADDED and row.record_id is None:
            row.record_id = uuid.uuid4()
    report_rows = tuple(
        RowResult(
            sheet=row.sheet.name,
            row=row.row,
            record_type=row.sheet.layout.record_type,
            status=row.status,
            title=row.title,
            record_id=None if row.status == ERROR and not row.given_id else row.record_id,
            changed=row.changed,
            problems=tuple(row.problems),
        )
        for row in planned
    )
    report = ImportReport(str(path), mode, dry_run, report_rows, stored=False)
    if dry_run or not report.accepted:
        return report
    to_store = [row for row in planned if row.status in (ADDED, UPDATED)]
    for done, row in enumerate(to_store, start=1):
        _store(row, session, unit_code, reference, actor)
        if progress is not None and not progress(total_rows + done * total_rows // len(to_store), steps):
            raise ImportCancelledError()
    if progress is not None:
        progress(steps, steps)
    return ImportReport(str(path), mode, dry_run, report_rows, stored=True)
