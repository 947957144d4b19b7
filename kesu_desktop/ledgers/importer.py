"""Bringing a ledger into the store, all or nothing: the file read (as untrusted, before the store is touched),
every row planned (:mod:`.plan`) under the clerk's choices, and only when no row needs fixing (or the clerk
leaves those out) and every approximate figure is confirmed, the ready and approximate rows stored as the
unit's records, each remembering in its history the ledger's file, sheet and row it came from. A dry run
stores nothing and says what would happen.

The store's write lock is taken before the rows are matched with the stored records and the reported months,
and held until the records are written, so that a second import of the same ledger waits for the first and
then finds every row already stored (duplicates).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy.orm import Session

from kesu_desktop.ledgers.choices import LedgerMapping, SheetChoices, load_form_words
from kesu_desktop.ledgers.layout import load_header_words
from kesu_desktop.ledgers.plan import (
    Fixes,
    HeldRecords,
    LedgerPlan,
    PlannedRow,
    RecordInput,
    UnitRecords,
    plan_ledger,
)
from kesu_desktop.ledgers.rows import APPROXIMATE, NEEDS_FIXING
from kesu_desktop.ledgers.saved import save_choices, saved_mapping
from kesu_desktop.ledgers.sheets import LedgerSheet, read_ledger
from kesu_desktop.records.origins import ledger_origin
from kesu_desktop.records.service import add_records
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.write_lock import begin_writing

REFUSED_NEEDS_FIXING, REFUSED_APPROXIMATE = "needs_fixing", "approximate"


@dataclass(frozen=True)
class LedgerImport:
    plan: LedgerPlan
    dry_run: bool
    refused: str | None
    """Why nothing was stored: :data:`REFUSED_NEEDS_FIXING` (rows need fixing and are not left out) or
    :data:`REFUSED_APPROXIMATE` (approximate figures not confirmed); None when the import went (or, dry, would
    go) ahead."""
    stored: tuple[PlannedRow, ...] = ()
    """The rows stored (or, dry, that would be)."""


@dataclass(frozen=True)
class LedgerOptions:
    """How the clerk wants the ledger brought in."""

    mapping: LedgerMapping | None = None
    """Choices by sheet name or shape (a mapping file); without it, the choices saved for the same shape."""
    chosen: Mapping[str, SheetChoices] | None = None
    """Choices made on screen, by sheet name; they come before any mapping."""
    fixes: Fixes | None = None
    dry_run: bool = False
    skip_flagged: bool = False
    """Leave out the rows that need fixing instead of refusing the import."""
    accept_approximate: bool = False
    """The approximate figures are confirmed, to be stored as written."""


def plan_sheets(
    path: Path,
    sheets: list[LedgerSheet],
    session: Session,
    reference: ReferenceData,
    unit_code: str,
    options: LedgerOptions,
    today: date | None = None,
    held: HeldRecords | None = None,
) -> LedgerPlan:
    """The plan of the ledger ``sheets`` read from ``path`` under ``options``, checked against what is
    ``held`` (by default the unit's own records in ``session``), reading (never writing) ``session``."""
    return plan_ledger(
        path,
        sheets,
        held or UnitRecords(session, unit_code),
        reference,
        words=load_header_words(),
        form_words=load_form_words(),
        mapping=options.mapping or saved_mapping(session, reference),
        chosen=options.chosen,
        fixes=options.fixes,
        today=today,
    )


Keeper = Callable[[Session, ReferenceData, str, str, Path, tuple[PlannedRow, ...]], None]
"""Stores the rows of a ledger: (session, reference, unit code, actor, the ledger's path, the rows)."""


def import_ledger(
    path: Path,
    session: Session,
    reference: ReferenceData,
    unit_code: str,
    actor: str,
    options: LedgerOptions,
    today: date | None = None,
    sheets: list[LedgerSheet] | None = None,
    *,
    held: HeldRecords | None = None,
    keep: Keeper | None = None,
) -> LedgerImport:
    """Plan the ledger at ``path`` (its ``sheets`` when already read) against what is ``held`` (by default the
    unit's own records) and, unless it is a dry run or refused, ``keep`` its rows (by default as the unit's
    records: :func:`store_rows`) through ``session`` (the caller commits) and the choices for the next ledger
    of the same shape; a ledger that adds nothing leaves no trace. A file refused as a whole raises
    :class:`~kesu_desktop.base.xlsx_limits.XlsxRefusedError` before the store is touched; a store another job
    keeps busy, :class:`~kesu_desktop.store.write_lock.ImportBusyError`."""
    path = Path(path)
    if sheets is None:
        sheets = read_ledger(path)
    if not options.dry_run:
        begin_writing(session)
    plan = plan_sheets(path, sheets, session, reference, unit_code, options, today, held)
    refused = refusal(plan, options)
    if refused is not None:
        return LedgerImport(plan, options.dry_run, refused)
    rows = plan.stored_rows
    if rows and not options.dry_run:
        (keep or store_rows)(session, reference, unit_code, actor, path, rows)
        save_choices(session, [sheet.choices for sheet in plan.sheets if sheet.choices is not None], actor)
    return LedgerImport(plan, options.dry_run, None, rows)


def refusal(plan: LedgerPlan, options: LedgerOptions) -> str | None:
    """Why ``plan`` may not be stored under ``options``, or None."""
    if plan.count(NEEDS_FIXING) and not options.skip_flagged:
        return REFUSED_NEEDS_FIXING
    if plan.count(APPROXIMATE) and not options.accept_approximate:
        return REFUSED_APPROXIMATE
    return None


def store_rows(
    session: Session, reference: ReferenceData, unit_code: str, actor: str, path: Path, rows: tuple[PlannedRow, ...]
) -> None:
    """Store ``rows`` as new records of ``unit_code``, each remembering the ledger's file, sheet and row."""
    records: list[tuple[uuid.UUID, RecordInput]] = []
    origins: dict[uuid.UUID, str] = {}
    for row in rows:
        assert row.record is not None
        record_id = uuid.uuid4()
        records.append((record_id, row.record))
        origins[record_id] = ledger_origin(path.name, row.sheet, row.row)
    add_records(session, unit_code, records, reference, actor=actor, origins=origins)
