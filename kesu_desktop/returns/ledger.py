"""The record of exported returns: versions, locks, reopening for correction, and each month's status.

Exporting a month's return locks the month: its records and period-end figures can no longer be changed. An
export takes its version (pending) before any file has its final name, and counts only once both files are in
place; one that fails or is killed is abandoned, so a version and a file name are never used twice.
"Reopen for correction" needs a reason and unlocks it; the next export is version 2, a correction (更正),
listing what changed against version 1.
"""

from __future__ import annotations

import json
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.safe_write import discard
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.locks import PeriodLockedError
from kesu_desktop.reference.periods import Period, month_period
from kesu_desktop.returns.manifest import ReturnIdentity, SignedManifest
from kesu_desktop.store.installation import reporting_start

DEFAULT_DEADLINE_DAY = 5
EXPORT_UNDER_WAY = QT_TRANSLATE_NOOP(
    "Errors", "The return of {period} is being exported right now; wait until that export has finished."
)
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class ExportedVersion:
    version: int
    exported_at: datetime
    exported_by: str
    fingerprint: str
    files: tuple[str, ...]
    reopened_at: datetime | None
    reopened_by: str | None
    reopen_reason: str | None
    payload: dict[str, Any]


@dataclass(frozen=True)
class MonthStatus:
    """``state`` is one of not_due, due, overdue, exported, reopened."""

    period: Period
    state: str
    deadline: date
    latest: ExportedVersion | None


def _all_rows(session: Session, unit_code: str, period: str) -> list[models.ReturnVersion]:
    """Every version of the month that was ever taken, abandoned ones included (their numbers are never reused)."""
    return list(
        session.scalars(
            select(models.ReturnVersion)
            .where(models.ReturnVersion.unit_code == unit_code, models.ReturnVersion.period == period)
            .order_by(models.ReturnVersion.version)
        )
    )


def _rows(session: Session, unit_code: str, period: str) -> list[models.ReturnVersion]:
    """The month's exported versions."""
    return [row for row in _all_rows(session, unit_code, period) if row.state == "exported"]


def _exported(row: models.ReturnVersion) -> ExportedVersion:
    return ExportedVersion(
        row.version,
        row.exported_at,
        row.exported_by,
        row.fingerprint,
        tuple(Path(name).name for name in row.files.split("\n") if name),
        row.reopened_at,
        row.reopened_by,
        row.reopen_reason,
        json.loads(row.payload),
    )


def versions(session: Session, unit_code: str, period: str) -> list[ExportedVersion]:
    """The month's exported versions, oldest first."""
    return [_exported(row) for row in _rows(session, unit_code, period)]


def next_identity(session: Session, unit_code: str, period: str, installation_id: uuid.UUID) -> ReturnIdentity:
    """The identity of the next export of a month: the next version number never used for it (an abandoned
    export's included), a correction when an exported version was reopened."""
    rows = _all_rows(session, unit_code, period)
    if any(row.state == "pending" for row in rows):
        raise KesuError(EXPORT_UNDER_WAY, period=period)
    exported = [row for row in rows if row.state == "exported"]
    if exported and exported[-1].reopened_at is None:
        raise PeriodLockedError(period, exported[-1].version)
    version = rows[-1].version + 1 if rows else 1
    return ReturnIdentity(uuid.uuid4(), version, bool(exported), datetime.now().replace(microsecond=0), installation_id)


def reserve_export(session: Session, manifest: SignedManifest, files: list[Path], *, actor: str) -> None:
    """Take the manifest's version before any of its files has its final name: from now on the version and the
    names are the store's, and the month is locked while the files are written."""
    payload = manifest.payload
    session.add(
        models.ReturnVersion(
            id=uuid.UUID(payload["return_id"]),
            unit_code=payload["unit_code"],
            period=payload["period"],
            version=payload["version"],
            exported_at=datetime.fromisoformat(payload["created_at"]),
            exported_by=actor,
            fingerprint=manifest.fingerprint,
            files="\n".join(str(path) for path in files),
            payload=json.dumps(payload, ensure_ascii=False, sort_keys=True),
            state="pending",
        )
    )
    session.flush()


def _pending(session: Session, return_id: str) -> models.ReturnVersion:
    row = session.get(models.ReturnVersion, uuid.UUID(return_id))
    if row is None or row.state != "pending":
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "The export {id} is not under way."), id=return_id)
    return row


def finish_export(session: Session, return_id: str) -> ExportedVersion:
    """Both files are in place: the version counts and locks its month."""
    row = _pending(session, return_id)
    row.state = "exported"
    session.flush()
    return _exported(row)


def abandon_export(session: Session, return_id: str) -> None:
    """The export failed or was interrupted: its version number stays taken and locks nothing."""
    _pending(session, return_id).state = "abandoned"
    session.flush()


@dataclass(frozen=True)
class Reconciled:
    period: str
    version: int
    state: str
    """exported (both files were found complete) or abandoned (what was found of them was removed)."""


def reconcile_exports(session: Session, is_complete: Callable[[Path, str], bool]) -> list[Reconciled]:
    """Settle the exports a crash left pending. When every file of one is in place and ``is_complete(path,
    fingerprint)`` says it is the signed one, the export counts; otherwise the files it did put in place are
    removed (none of them may look finished) and the export is abandoned. A folder that cannot be reached (a
    stick taken out) counts as incomplete: its version is abandoned, never reused."""
    settled = []
    for row in session.scalars(select(models.ReturnVersion).where(models.ReturnVersion.state == "pending")):
        files = [Path(name) for name in row.files.split("\n") if name]
        if files and all(is_complete(path, row.fingerprint) for path in files):
            row.state = "exported"
        else:
            for path in files:
                discard(path)
            row.state = "abandoned"
        log.warning("Export of %s version %s left pending by a crash: now %s", row.period, row.version, row.state)
        settled.append(Reconciled(row.period, row.version, row.state))
    session.flush()
    return settled


def reopen(session: Session, unit_code: str, period: str, reason: str, *, actor: str) -> ExportedVersion:
    """Unlock a reported month for correction; the reason is kept with the version it reopens."""
    reason = " ".join(reason.split())
    if not reason:
        raise ValidationError(
            "reopen_reason", QT_TRANSLATE_NOOP("Errors", "Reason: say why the return must be corrected.")
        )
    rows = _rows(session, unit_code, period)
    if not rows or rows[-1].reopened_at is not None:
        raise KesuError(
            QT_TRANSLATE_NOOP("Errors", "{period} is not locked; there is nothing to reopen."), period=period
        )
    row = rows[-1]
    row.reopened_at = datetime.now()
    row.reopened_by = actor
    row.reopen_reason = reason
    session.flush()
    return _exported(row)


def deadline_of(period: Period, deadline_day: int = DEFAULT_DEADLINE_DAY) -> date:
    return period.end + timedelta(days=deadline_day)


def month_statuses(
    session: Session, unit_code: str, year: int, today: date, deadline_day: int = DEFAULT_DEADLINE_DAY
) -> list[MonthStatus]:
    """The year's months with their state: not yet due, due, overdue, exported (vN) or reopened. A month before
    the unit reports with the app (:func:`~kesu_desktop.store.installation.reporting_start`) is not due, though
    it may still be exported to catch up."""
    first_due = reporting_start(session, unit_code)
    latest_rows: dict[str, models.ReturnVersion] = {}
    for row in session.scalars(
        select(models.ReturnVersion)
        .where(
            models.ReturnVersion.unit_code == unit_code,
            models.ReturnVersion.period.like(f"{year:04d}-%"),
            models.ReturnVersion.state == "exported",
        )
        .order_by(models.ReturnVersion.version)
    ):
        latest_rows[row.period] = row
    statuses = []
    for month in range(1, 13):
        period = month_period(year, month)
        deadline = deadline_of(period, deadline_day)
        latest = latest_rows.get(period.code)
        if latest is not None:
            state = "reopened" if latest.reopened_at is not None else "exported"
        elif today <= period.end or (first_due is not None and period.start < first_due):
            state = "not_due"
        elif today <= deadline:
            state = "due"
        else:
            state = "overdue"
        statuses.append(MonthStatus(period, state, deadline, _exported(latest) if latest else None))
    return statuses


def _cells(payload: dict[str, Any]) -> dict[tuple[str, str, int], Any]:
    return {
        (table["number"], row["code"], column): value
        for table in payload["tables"]
        for row in table["rows"]
        for column, value in enumerate(row["cells"], start=1)
    }


def _records(payload: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {record["id"]: record for key in ("activities", "trainings") for record in payload[key]}


def differences(previous: dict[str, Any], current: dict[str, Any], translator: Translator) -> list[str]:
    """What changed between two versions of a return, one line each, as printed on the correction."""
    lines = []
    before, after = _cells(previous), _cells(current)
    for key in sorted(set(before) | set(after)):
        if before.get(key) != after.get(key):
            table, row, column = key
            lines.append(f"{table} 第{row}行 第{column}栏：{before.get(key)} → {after.get(key)}")
    old, new = _records(previous), _records(current)
    for record_id in new.keys() - old.keys():
        lines.append(f"新增记录：{new[record_id]['title']}（{new[record_id]['start_date']}）")
    for record_id in old.keys() - new.keys():
        lines.append(f"删除记录：{old[record_id]['title']}（{old[record_id]['start_date']}）")
    for record_id in old.keys() & new.keys():
        changed = [k for k in new[record_id] if new[record_id][k] != old[record_id].get(k)]
        if changed:
            names = "、".join(translator.translate("Fields", LABELS.get(k, k)) for k in changed)
            lines.append(f"修改记录：{new[record_id]['title']}（{names}）")
    return lines
