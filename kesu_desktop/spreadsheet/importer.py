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

Every record stored gets the same change history as when it is entered by hand: a "create" entry for an
added record, an "update" entry per changed field (old → new) for an updated one
(:func:`~kesu_desktop.records.service.add_records`, :func:`~kesu_desktop.records.service.update_records`).

The file is read and every row converted and validated first, without touching the store. Only then, unless
it is a dry run, does the import take the store's write lock, match the rows with the stored records and the
locked months (so that nothing can change between that matching and the writing: a second import of the same
file waits for the first, then finds its rows stored), and write the rows in bulk: the lock is held for the
matching and the writing only (about 1.5 seconds for 20,000 rows: ``bench/records_import.py``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy.orm import Session

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.locks import PeriodLockedError, locked_version
from kesu_desktop.records.service import add_records, get_records, update_records
from kesu_desktop.records.types import Activity, ActivityInput, TrainingInput
from kesu_desktop.records.validation import validate_activity, validate_training
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of
from kesu_desktop.spreadsheet import cells
from kesu_desktop.spreadsheet.errors import ImportCancelledError
from kesu_desktop.spreadsheet.import_modes import (
    ADDED,
    ALL_OR_NOTHING,
    ERROR,
    MODES,
    UNCHANGED,
    UPDATED,
    VALID_ONLY,
)
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
from kesu_desktop.spreadsheet.reader import RecordsWorkbook, Sheet, open_records
from kesu_desktop.store.write_lock import begin_writing

Progress = Callable[[int, int], bool]
"""Told (done, total) as the import goes on; returning False cancels it."""

_LOOKUP_CHUNK = 500
_STORE_CHUNK = 1_000  # rows written between two calls of the progress callback
_PROGRESS_EVERY = 100  # rows read between two calls of the progress callback


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


# --- checking rows -------------------------------------------------------------------------------------------


@dataclass(slots=True)
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
    """A row checked: its values read from the cells and validated, or its problems."""
    layout = sheet.layout
    fields: dict[str, Any] = {}
    planned = _Planned(sheet, number, "")
    for column, value in zip(layout.columns, values, strict=True):
        if column.field == "title":
            planned.title = cells.read_text(value, column)
        if isinstance(value, cells.BadCell):
            planned.fail(column.field, value.error(column))
            continue
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
            # A row of a record kept in a retired form may keep it; whether the stored record has that form is
            # known only when the rows are matched with the store (_keep_retired_forms).
            kept = fields.get("form_code") if planned.given_id else None
            planned.data = validate_activity(ActivityInput(**fields), reference, kept_form=kept)
        else:
            planned.data = validate_training(TrainingInput(**fields), reference)
    except ValidationError as error:
        planned.fail(error.field, error)
    return planned


def _read(workbook: RecordsWorkbook, reference: ReferenceData, progress: Progress | None, steps: int) -> list[_Planned]:
    """Every non-blank row of the workbook's record sheets, checked."""
    indexes = {key: cells.choice_index(choice.items(reference)) for key, choice in CHOICE_LIST_BY_KEY.items()}
    planned: list[_Planned] = []
    for sheet, number, values in workbook.records():
        planned.append(_plan_row(sheet, number, values, reference, indexes))
        if progress is not None and len(planned) % _PROGRESS_EVERY == 1 and not progress(workbook.rows_read, steps):
            raise ImportCancelledError()
    return planned


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
    stored_records = get_records(session, list(dict.fromkeys(given)))
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
        stored = stored_records.get(row.record_id)
        if stored is None or isinstance(stored, Activity) != (row.sheet.layout.record_type == "activity"):
            if stored is not None:
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
        if stored.meta.unit_code != unit_code:
            _id_problem(
                row,
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{label}: record {record_id} belongs to another unit; "
                    "empty this cell to add the row as a new record.",
                ),
                record_id=str(row.record_id),
            )
        elif stored.meta.deleted_at is not None:
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
            assert row.data is not None
            row.stored_start = stored.data.start_date
            row.changed = tuple(
                name for name in row.data.__dataclass_fields__ if getattr(row.data, name) != getattr(stored.data, name)
            )
            row.status = UPDATED if row.changed else UNCHANGED


def _keep_retired_forms(planned: list[_Planned], session: Session, reference: ReferenceData) -> None:
    """A retired form stays only on a stored record that already has it: never on an added row."""
    retired = {form.code for form in reference.activity_forms if not form.active}
    rows = [
        row
        for row in planned
        if row.status != ERROR and isinstance(row.data, ActivityInput) and row.data.form_code in retired
    ]
    stored = get_records(session, [row.record_id for row in rows if row.status != ADDED and row.record_id])
    for row in rows:
        assert isinstance(row.data, ActivityInput)
        record = stored.get(row.record_id) if row.record_id else None
        kept = record.data.form_code if record is not None and isinstance(record.data, ActivityInput) else None
        try:
            validate_activity(row.data, reference, kept_form=kept)
        except ValidationError as error:
            row.fail(error.field, error)


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


def _records(rows: list[_Planned], status: str) -> list[tuple[uuid.UUID, RecordInput]]:
    found = []
    for row in rows:
        if row.status == status:
            assert row.record_id is not None and row.data is not None
            found.append((row.record_id, row.data))
    return found


def _store(
    rows: list[_Planned],
    session: Session,
    unit_code: str,
    reference: ReferenceData,
    actor: str,
    progress: Progress | None,
    done: int,
    steps: int,
) -> None:
    """Write the rows in bulk, a chunk at a time, telling ``progress`` (from ``done`` to ``steps``) after each."""
    for start in range(0, len(rows), _STORE_CHUNK):
        chunk = rows[start : start + _STORE_CHUNK]
        added, updated = _records(chunk, ADDED), _records(chunk, UPDATED)
        if added:
            add_records(session, unit_code, added, reference, actor=actor)
        if updated:
            update_records(session, updated, reference, actor=actor)
        written = start + len(chunk)
        if progress is not None and not progress(done + (steps - done) * written // len(rows), steps):
            raise ImportCancelledError()


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
    cannot be used at all raises a :class:`KesuError` before anything is stored: :class:`SpreadsheetError`,
    or :class:`~kesu_desktop.base.xlsx_guard.XlsxRefusedError` for a file refused as unsafe or too large.
    A store another job keeps busy raises :class:`ImportBusyError`.
    """
    if mode not in MODES:
        raise ValueError(mode)
    path = Path(path)
    with open_records(path, reference, unit_code) as workbook:
        read_steps = max(workbook.total_rows, 1)
        steps = read_steps if dry_run else 2 * read_steps
        planned = _read(workbook, reference, progress, steps)
    if progress is not None and not progress(read_steps, steps):
        raise ImportCancelledError()
    if not dry_run:
        begin_writing(session)
    _match_stored(planned, session, unit_code)
    _keep_retired_forms(planned, session, reference)
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
    _store(to_store, session, unit_code, reference, actor, progress, read_steps, steps)
    if progress is not None:
        progress(steps, steps)
    return ImportReport(str(path), mode, dry_run, report_rows, stored=True)
