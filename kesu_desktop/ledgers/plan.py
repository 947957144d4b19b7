"""What a ledger would become, row by row, before anything is stored: each sheet read under the clerk's choices
(:mod:`.choices`) with the clerk's typed fixes, each record row made an activity or a training of the app and
checked as one typed in by hand (:mod:`kesu_desktop.records.validation`), against the records already stored
(the same title and dates: a duplicate) and against the months already reported (locked).

A row's status is the first of: duplicate (of an earlier row of the ledger, or of a stored record),
needs_fixing, approximate, ready; rows that are no record keep the status :mod:`.rows` gives them. Each row
carries its fields as read (for the preview and ``--json``), its reasons (errors to show in the user's
language), and for a ready or approximate row the record to store.

The ledger's own words are kept where the app has no field for them: the record's notes say which figure was
approximate as written (台账“参与人次”记为“约300人”), an activity's 脱贫户 figure, and a form word not in the
app's word list.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.ledgers.choices import LedgerMapping, SheetChoices, form_key, propose_choices, with_forms
from kesu_desktop.ledgers.layout import HeaderWords
from kesu_desktop.ledgers.reasons import DUPLICATE_ROW, DUPLICATE_STORED, problem_reason
from kesu_desktop.ledgers.rows import (
    APPROXIMATE,
    DUPLICATE,
    NEEDS_FIXING,
    READY,
    SKIPPED_STATUSES,
    LedgerRow,
    TotalCheck,
    read_sheet,
)
from kesu_desktop.ledgers.sheets import LedgerSheet
from kesu_desktop.records.locks import PeriodLockedError, locked_version
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.records.validation import validate_activity, validate_training
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of

RecordInput = ActivityInput | TrainingInput
Fixes = Mapping[tuple[str, int], Mapping[str, str]]
"""(sheet, row) -> column letter -> the text the clerk typed in place of the cell."""

SESSIONS_A_ROW = 1  # a ledger row is one training held (one 期), however many days it ran
_STORABLE = (READY, APPROXIMATE)
_ISSUE_COLUMN = {"start": "date", "end": "date"}
_LOOKUP_CHUNK = 500


@dataclass(frozen=True)
class PlannedRow:
    sheet: str
    row: int
    """1-based, as Excel and WPS show it."""
    kind: str
    status: str
    fields: dict[str, object]
    """As read: ``title`` (a training's content too), ``start``, ``end`` (ISO dates or None), the counts …; a
    row that is no record holds its label or text."""
    reasons: tuple[KesuError, ...] = ()
    record: RecordInput | None = None
    """What is stored for a ready or approximate row."""
    approximate: tuple[str, ...] = ()
    """The fields whose figure was written as approximate."""


@dataclass(frozen=True)
class SheetPlan:
    name: str
    choices: SheetChoices | None
    """None for a sheet with no ledger header in its first rows (a cover, a chart's data): it is left alone."""
    rows: tuple[PlannedRow, ...] = ()
    totals: tuple[TotalCheck, ...] = ()


@dataclass(frozen=True)
class LedgerPlan:
    file: str
    """The ledger's file name, as the records' history remembers it."""
    sheets: tuple[SheetPlan, ...]

    @property
    def rows(self) -> tuple[PlannedRow, ...]:
        return tuple(row for sheet in self.sheets for row in sheet.rows)

    def count(self, status: str) -> int:
        return sum(1 for row in self.rows if row.status == status)

    def status_counts(self) -> dict[str, int]:
        """How many rows are ready, approximate, to fix and duplicates, and how many were passed over
        (``skipped``: totals, sections and notes)."""
        counts = {status: self.count(status) for status in (READY, APPROXIMATE, NEEDS_FIXING, DUPLICATE)}
        return counts | {"skipped": sum(self.count(status) for status in SKIPPED_STATUSES)}

    @property
    def stored_rows(self) -> tuple[PlannedRow, ...]:
        """The rows importing this plan stores (once nothing blocks it)."""
        return tuple(row for row in self.rows if row.status in _STORABLE and row.record is not None)

    def disagreements(self) -> tuple[Disagreement, ...]:
        """Each figure of a 小计 or 合计 that disagrees with the sum of the rows it covers."""
        found = []
        for sheet in self.sheets:
            for total in sheet.totals:
                for field, check in total.checks.items():
                    if check.result == "disagrees":
                        header = sheet.choices.header_of(field) if sheet.choices is not None else field
                        found.append(
                            Disagreement(sheet.name, total.row, total.label.strip(), header, check.stated, check.sum)
                        )
        return tuple(found)


@dataclass(frozen=True)
class Disagreement:
    """A ledger's own total that its rows do not add up to: where, which figure (as the ledger heads its
    column), what it states and what the rows sum to."""

    sheet: str
    row: int
    label: str
    header: str
    stated: int
    sum: int


class HeldRecords(Protocol):
    """What a store already holds of a unit, as a ledger is checked against it."""

    def stored(self, kind: str, days: list[date]) -> set[tuple[str, date, date]]:
        """The (title, start, end) of the unit's records of ``kind`` held that start on one of ``days``."""

    def closed(self, period: str) -> KesuError | None:
        """Why the month ``period`` (YYYY-MM) takes no record from a ledger, or None when it does."""


class UnitRecords:
    """A unit's own store: its records (not in the bin), and its reported months, which are locked."""

    def __init__(self, session: Session, unit_code: str) -> None:
        self.session, self.unit_code = session, unit_code

    def stored(self, kind: str, days: list[date]) -> set[tuple[str, date, date]]:
        model = models.Activity if kind == "activity" else models.Training
        found: set[tuple[str, date, date]] = set()
        for start in range(0, len(days), _LOOKUP_CHUNK):
            query = select(model.title, model.start_date, model.end_date).where(
                model.unit_code == self.unit_code,
                model.deleted_at.is_(None),
                model.start_date.in_(days[start : start + _LOOKUP_CHUNK]),
            )
            found.update((title.strip(), first, last) for title, first, last in self.session.execute(query))
        return found

    def closed(self, period: str) -> KesuError | None:
        version = locked_version(self.session, self.unit_code, period)
        return None if version is None else PeriodLockedError(period, version)


def plan_ledger(
    path: Path,
    sheets: Iterable[LedgerSheet],
    held: HeldRecords,
    reference: ReferenceData,
    *,
    words: HeaderWords,
    form_words: dict[str, str],
    mapping: LedgerMapping | None = None,
    chosen: Mapping[str, SheetChoices] | None = None,
    fixes: Fixes | None = None,
    today: date | None = None,
) -> LedgerPlan:
    """Every row of the ledger ``sheets`` (read from ``path``) as it would be stored beside what is ``held``:
    under the choices ``chosen`` for a sheet (by name), else its ``mapping`` entry, else as proposed; with
    ``fixes``."""
    planned = []
    for sheet in sheets:
        choices = (chosen or {}).get(sheet.name)
        if choices is None:
            choices = propose_choices(sheet, words, mapping or LedgerMapping(), reference)
        planned.append(_plan_sheet(_fixed(sheet, fixes or {}), choices, reference, form_words, today))
    plan = LedgerPlan(Path(path).name, tuple(planned))
    return _against_held(plan, held)


def _fixed(sheet: LedgerSheet, fixes: Fixes) -> LedgerSheet:
    """``sheet`` with the clerk's typed text in place of the cells fixed."""
    mine = {row: cells for (name, row), cells in fixes.items() if name == sheet.name and 1 <= row <= len(sheet.cells)}
    if not mine:
        return sheet
    grid = [list(cells) for cells in sheet.cells]
    for row, cells in mine.items():
        for letter, text in cells.items():
            column = _column(letter)
            if column < len(grid[row - 1]):
                grid[row - 1][column] = text
    return replace(sheet, cells=tuple(tuple(cells) for cells in grid))


def _column(letter: str) -> int:
    number = 0
    for char in letter.upper():
        number = number * 26 + ord(char) - ord("A") + 1
    return number - 1


def _plan_sheet(
    sheet: LedgerSheet,
    choices: SheetChoices | None,
    reference: ReferenceData,
    form_words: dict[str, str],
    today: date | None,
) -> SheetPlan:
    if choices is None:
        return SheetPlan(sheet.name, None)
    reading = read_sheet(sheet, choices.layout)
    if choices.kind == "activity":
        written = [
            str(row.fields.get("form") or "") for row in reading.rows if row.status in (*_STORABLE, NEEDS_FIXING)
        ]
        choices = with_forms(choices, written, form_words)
    letters = {name: letter for letter, name in choices.columns.items() if name is not None}
    rows = tuple(_plan_row(sheet.name, row, choices, letters, reference, form_words, today) for row in reading.rows)
    return SheetPlan(sheet.name, choices, rows, tuple(reading.totals))


def _plan_row(
    sheet: str,
    row: LedgerRow,
    choices: SheetChoices,
    letters: dict[str, str],
    reference: ReferenceData,
    form_words: dict[str, str],
    today: date | None,
) -> PlannedRow:
    fields = _shown_fields(row, choices.kind)
    if row.status not in (READY, APPROXIMATE, NEEDS_FIXING, DUPLICATE):
        return PlannedRow(sheet, row.row, choices.kind, row.status, fields)

    def header(name: str) -> str:
        letter = letters.get(_ISSUE_COLUMN.get(name, name))
        return choices.headers.get(letter, name) if letter else name

    total = row.fields.get("participants" if choices.kind == "activity" else "trainees")
    reasons = [
        problem_reason(issue.problem, header(issue.field), issue.raw, value=row.fields.get(issue.field), total=total)
        for issue in row.issues
    ]
    approximate = tuple(issue.field for issue in row.issues if issue.problem == "count_approximate")
    if row.status == DUPLICATE:
        return PlannedRow(
            sheet, row.row, choices.kind, DUPLICATE, fields, (KesuError(DUPLICATE_ROW, row=row.duplicate_of),)
        )
    if row.status == NEEDS_FIXING:
        return PlannedRow(sheet, row.row, choices.kind, NEEDS_FIXING, fields, tuple(reasons), None, approximate)
    notes = _notes(row, choices, header, approximate, form_words)
    try:
        record = _record(row.fields, choices, notes, reference, today)
    except ValidationError as error:
        return PlannedRow(sheet, row.row, choices.kind, NEEDS_FIXING, fields, (*reasons, error), None, approximate)
    return PlannedRow(sheet, row.row, choices.kind, row.status, fields, tuple(reasons), record, approximate)


def _shown_fields(row: LedgerRow, kind: str) -> dict[str, object]:
    """The row's fields for the preview and ``--json``: a training's content as its ``title``, hours a number."""
    fields: dict[str, object] = {}
    for name, value in row.fields.items():
        if isinstance(value, Decimal):
            value = int(value) if value == value.to_integral_value() else float(value)
        fields["title" if name == "content" else name] = value
    return fields


def _notes(
    row: LedgerRow,
    choices: SheetChoices,
    header: Callable[[str], str],
    approximate: tuple[str, ...],
    form_words: dict[str, str],
) -> str:
    """What the ledger says that the record has no field for, in the ledger's own words."""
    raws = {issue.field: issue.raw for issue in row.issues}
    kept = [str(row.fields["notes"])] if row.fields.get("notes") else []
    kept += [f"台账“{header(name)}”记为“{str(raws[name]).strip()}”，按{row.fields[name]}计" for name in approximate]
    if choices.kind == "activity":
        form = row.fields.get("form")
        if form and form_key(str(form)) not in form_words:
            kept.append(f"台账“{header('form')}”：{form}")
        if row.fields.get("low_income") is not None:
            kept.append(f"台账“{header('low_income')}”：{row.fields['low_income']}")
    return "；".join(kept)


def _record(
    fields: dict[str, object], choices: SheetChoices, notes: str, reference: ReferenceData, today: date | None
) -> RecordInput:
    """The record of a row, validated as one typed in by hand; raises :class:`ValidationError`."""
    start = date.fromisoformat(str(fields["start"])) if fields.get("start") else None
    end = date.fromisoformat(str(fields["end"])) if fields.get("end") else start
    text = {name: str(fields.get(name) or "") for name in ("title", "content", "venue", "organiser")}
    if choices.kind == "activity":
        activity = ActivityInput(
            title=text["title"],
            start_date=start,  # type: ignore[arg-type]  # a missing date is refused by the validation
            end_date=end,  # type: ignore[arg-type]
            form_code=choices.forms.get(form_key(str(fields.get("form") or "")), ""),
            target_group_codes=choices.target_groups,
            venue=text["venue"],
            organiser=text["organiser"],
            participants=_count(fields, "participants"),
            women=_count(fields, "women"),
            notes=notes,
        )
        return validate_activity(activity, reference, today)
    hours = fields.get("hours")
    training = TrainingInput(
        title=text["content"],
        start_date=start,  # type: ignore[arg-type]
        end_date=end,  # type: ignore[arg-type]
        kind_code=choices.training_kind,
        target_group_code=choices.target_group,
        venue=text["venue"],
        organisation=text["organiser"],
        sessions=SESSIONS_A_ROW,
        trainees=_count(fields, "trainees"),
        women=_count(fields, "women"),
        low_income=_count(fields, "low_income"),
        certified=_count(fields, "certified"),
        hours=hours if isinstance(hours, Decimal) else None,
        notes=notes,
    )
    return validate_training(training, reference, today)


def _count(fields: dict[str, object], name: str) -> int | None:
    value = fields.get(name)
    return value if isinstance(value, int) else None


def _against_held(plan: LedgerPlan, held: HeldRecords) -> LedgerPlan:
    """``plan`` with each storable row already held marked a duplicate, and each in a closed month needing a
    fix."""
    storable = [row for row in plan.rows if row.status in _STORABLE and row.record is not None]
    stored = {
        kind: held.stored(kind, sorted({row.record.start_date for row in storable if row.kind == kind and row.record}))
        for kind in ("activity", "training")
    }
    closed: dict[str, KesuError | None] = {}
    changed: dict[tuple[str, int], PlannedRow] = {}
    for row in storable:
        assert row.record is not None
        record = row.record
        if (record.title.strip(), record.start_date, record.end_date) in stored[row.kind]:
            reason = KesuError(DUPLICATE_STORED, title=record.title, date=record.start_date.isoformat())
            changed[(row.sheet, row.row)] = replace(row, status=DUPLICATE, reasons=(reason,), record=None)
            continue
        period = month_of(record.start_date).code
        if period not in closed:
            closed[period] = held.closed(period)
        refusal = closed[period]
        if refusal is not None:
            changed[(row.sheet, row.row)] = replace(
                row, status=NEEDS_FIXING, reasons=(*row.reasons, refusal), record=None
            )
    if not changed:
        return plan
    sheets = tuple(
        replace(sheet, rows=tuple(changed.get((row.sheet, row.row), row) for row in sheet.rows))
        for sheet in plan.sheets
    )
    return replace(plan, sheets=sheets)
