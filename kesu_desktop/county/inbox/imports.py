"""The county's inbox: preview a pile of files and import the returns among them (past imports and their undo:
:mod:`.past_imports`).

Every file is judged on its own first (:mod:`.incoming`), then against what the county holds: new, identical
(nothing changes), replaces (a newer version), older (ignored), conflict (same version, other content:
refused), or waiting for its unit's key to be confirmed (:mod:`.keys`). An import stores each accepted return
entirely (payload, records, the file's SHA-256, where it came from, when the county received it) in one
transaction, so nothing is ever half-stored; an import that would change nothing writes nothing at all. Of a
unit's period, only the newest version held counts (:func:`current_returns`).
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.figures import store_figures
from kesu_desktop.county.held.rollups import refresh_rollups
from kesu_desktop.county.inbox import keys
from kesu_desktop.county.inbox.incoming import IncomingRefusedError, IncomingReturn, read_incoming
from kesu_desktop.county.inbox.reasons import KeyRefusedError, encode_reason
from kesu_desktop.county.inbox.sources import Candidate
from kesu_desktop.county.inbox.types import (
    CONFLICT,
    IDENTICAL,
    INVALID,
    KEY_TO_CONFIRM,
    NEW,
    OLDER,
    REPLACES,
    SKIPPED,
    STORED_STATUSES,
    FileResult,
)
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.write_lock import begin_writing

Progress = Callable[[int, int], bool]
"""Called with (files done, files in all); returning False cancels: nothing is stored."""

KEY_FIRST = QT_TRANSLATE_NOOP(
    "Errors",
    "The key of {unit} (fingerprint {fingerprint}) is not confirmed yet: compare it with the fingerprint on the "
    "unit's stamped paper return, then confirm it under Units & keys and import the file again.",
)
KEY_FIRST_CLI = QT_TRANSLATE_NOOP(
    "Errors",
    "The key of {unit} (fingerprint {fingerprint}) is not confirmed yet: compare it with the fingerprint on the "
    "unit's stamped paper return, then run county keys accept {code} and import the file again "
    "(or import with --accept-new-keys).",
)
KEY_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "{unit} signed this return with a new key (fingerprint {fingerprint}), not the one the county confirmed. If "
    "the unit reinstalled its computer, check the fingerprint on its stamped paper return and accept the change "
    "with the reason under Units & keys; otherwise do not trust the file.",
)
KEY_CHANGED_CLI = QT_TRANSLATE_NOOP(
    "Errors",
    "{unit} signed this return with a new key (fingerprint {fingerprint}), not the one the county confirmed. If "
    "the unit reinstalled its computer, check the fingerprint on its stamped paper return and run county keys "
    "accept {code} --reason TEXT; otherwise do not trust the file.",
)
KEY_REVOKED = QT_TRANSLATE_NOOP(
    "Errors",
    "{unit} signed this return with a key the county revoked (fingerprint {fingerprint}); it is refused. Ask the "
    "unit to export the return from its current installation.",
)
KEY_RETIRED = QT_TRANSLATE_NOOP(
    "Errors",
    "{unit} signed this return with a key the county has replaced (fingerprint {fingerprint}); ask the unit to "
    "export the return from its current installation.",
)
CONFLICTING = QT_TRANSLATE_NOOP(
    "Errors",
    "The county holds another version {version} of {unit}'s return for {period}, with different content "
    "(fingerprint {held}); a version number is never reused. Ask the unit which file is right and to export a "
    "correction.",
)
OLDER_THAN_HELD = QT_TRANSLATE_NOOP(
    "Errors", "The county holds version {held} of this return already; this older version is ignored."
)


class InboxError(KesuError):
    """An inbox action that cannot be done as asked."""


class InboxCancelledError(KesuError):
    """The clerk cancelled the import while files were being checked; nothing was stored."""

    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was stored."))


@dataclass(frozen=True)
class InboxRun:
    """What a preview or an import came to: each file's result in the order given, and the import (None for a
    preview, and for an import that changed nothing, which is not recorded)."""

    results: tuple[FileResult, ...]
    import_id: uuid.UUID | None = None


@dataclass(frozen=True)
class HeldReturn:
    """A return the county holds, as the newest version of its unit's period."""

    return_key: uuid.UUID
    unit_code: str
    period: str
    version: int
    fingerprint: str
    received_at: datetime
    early: bool
    format_version: int
    payload: dict[str, Any]


# --- judging the files ------------------------------------------------------------------------------------------


def _refused(candidate: Candidate, error: IncomingRefusedError) -> FileResult:
    status = SKIPPED if error.not_a_return and candidate.scanned else INVALID
    return FileResult(str(candidate.path), status, error)


def _described(incoming: IncomingReturn, status: str, reason: KesuError | None = None) -> FileResult:
    return FileResult(
        file=incoming.file,
        status=status,
        reason=reason,
        unit_code=incoming.unit.code,
        unit_name=incoming.unit.name,
        period=incoming.period.code,
        version=incoming.version,
        fingerprint=incoming.fingerprint,
        key_fingerprint=incoming.key_fingerprint,
        sha256=incoming.sha256,
        activities=len(incoming.activities),
        trainings=len(incoming.trainings),
        early=incoming.early,
        public_key=incoming.public_key,
    )


def _held(session: Session, incoming: Sequence[IncomingReturn]) -> dict[tuple[str, str], dict[int, str]]:
    units = {i.unit.code for i in incoming}
    held: dict[tuple[str, str], dict[int, str]] = {}
    if not units:
        return held
    rows = session.execute(
        select(
            models.ReceivedReturn.unit_code,
            models.ReceivedReturn.period,
            models.ReceivedReturn.version,
            models.ReceivedReturn.fingerprint,
        ).where(models.ReceivedReturn.unit_code.in_(units))
    )
    for unit_code, period, version, fingerprint in rows:
        held.setdefault((unit_code, period), {})[version] = fingerprint
    return held


def _classify(incoming: IncomingReturn, versions: dict[int, str]) -> FileResult:
    version, fingerprint = incoming.version, incoming.fingerprint
    if version in versions:
        if versions[version] == fingerprint:
            return _described(incoming, IDENTICAL)
        reason = KesuError(
            CONFLICTING,
            version=version,
            unit=incoming.unit.name,
            period=incoming.period.code,
            held=versions[version],
        )
        return _described(incoming, CONFLICT, reason)
    if versions and max(versions) > version:
        return _described(incoming, OLDER, KesuError(OLDER_THAN_HELD, held=max(versions)))
    return _described(incoming, REPLACES if versions else NEW)


@dataclass
class _Plan:
    results: dict[int, FileResult]
    to_store: list[IncomingReturn]
    to_pin: list[IncomingReturn]
    to_note: list[IncomingReturn]


def _key_refusal(session: Session, incoming: IncomingReturn, state: str | None) -> FileResult:
    values = {"unit": incoming.unit.name, "fingerprint": incoming.key_fingerprint, "code": incoming.unit.code}
    if state == keys.REVOKED:
        return _described(incoming, INVALID, KesuError(KEY_REVOKED, **values))
    if state == keys.RETIRED:
        return _described(incoming, INVALID, KesuError(KEY_RETIRED, **values))
    if keys.has_pinned_key(session, incoming.unit.code):
        return _described(incoming, KEY_TO_CONFIRM, KeyRefusedError(KEY_CHANGED, KEY_CHANGED_CLI, **values))
    return _described(incoming, KEY_TO_CONFIRM, KeyRefusedError(KEY_FIRST, KEY_FIRST_CLI, **values))


def _plan(session: Session, judged: list[IncomingReturn | FileResult], accept_new_keys: bool) -> _Plan:
    plan = _Plan({}, [], [], [])
    incoming = {index: item for index, item in enumerate(judged) if isinstance(item, IncomingReturn)}
    held = _held(session, list(incoming.values()))
    keys_in_batch: dict[str, set[str]] = {}
    for item in incoming.values():
        keys_in_batch.setdefault(item.unit.code, set()).add(item.public_key)
    pinned_now: dict[str, str] = {}
    for index, judgement in enumerate(judged):
        if isinstance(judgement, FileResult):
            plan.results[index] = judgement
    for index, item in sorted(
        incoming.items(), key=lambda pair: (pair[1].unit.code, pair[1].period.code, pair[1].version)
    ):
        unit = item.unit.code
        state = (
            keys.PINNED if pinned_now.get(unit) == item.public_key else keys.key_state(session, unit, item.public_key)
        )
        if state != keys.PINNED:
            first = state in (None, keys.PENDING) and not keys.has_pinned_key(session, unit) and unit not in pinned_now
            if accept_new_keys and first and len(keys_in_batch[unit]) == 1:
                pinned_now[unit] = item.public_key
                plan.to_pin.append(item)
            else:
                plan.results[index] = _key_refusal(session, item, state)
                if state is None:
                    plan.to_note.append(item)
                continue
        versions = held.setdefault((unit, item.period.code), {})
        result = _classify(item, versions)
        if result.status in STORED_STATUSES:
            versions[item.version] = item.fingerprint
            plan.to_store.append(item)
        plan.results[index] = result
    return plan


def _judge_all(
    candidates: Sequence[Candidate],
    reference: ReferenceData,
    *,
    demo_folder: bool,
    today: date | None,
    progress: Progress | None,
) -> list[IncomingReturn | FileResult]:
    judged: list[IncomingReturn | FileResult] = []
    for done, candidate in enumerate(candidates):
        if progress is not None and not progress(done, len(candidates)):
            raise InboxCancelledError()
        try:
            judged.append(read_incoming(candidate.path, reference, today=today, demo_folder=demo_folder))
        except IncomingRefusedError as error:
            judged.append(_refused(candidate, error))
    if progress is not None and not progress(len(candidates), len(candidates)):
        raise InboxCancelledError()
    return judged


# --- storing ------------------------------------------------------------------------------------------------------


def store_returns(
    session: Session,
    reference: ReferenceData,
    received: Iterable[tuple[IncomingReturn, datetime]],
    import_id: uuid.UUID,
) -> None:
    """Keep each accepted return whole, received at its time: its payload, its records and its figures; then
    the county's rollups of the years and months they fall in."""
    touched = set()
    for incoming, received_at in received:
        _store_return(session, reference, incoming, import_id, received_at)
        touched.add((incoming.unit.code, incoming.period.code))
    refresh_rollups(session, touched)


def _store_return(
    session: Session, reference: ReferenceData, incoming: IncomingReturn, import_id: uuid.UUID, now: datetime
) -> None:
    key = uuid.uuid4()
    payload = incoming.payload
    session.add(
        models.ReceivedReturn(
            id=key,
            import_id=import_id,
            unit_code=incoming.unit.code,
            period=incoming.period.code,
            version=incoming.version,
            return_id=str(payload.get("return_id", "")),
            format_version=int(payload["format_version"]),
            fingerprint=incoming.fingerprint,
            public_key=incoming.public_key,
            signature=incoming.manifest.signature.value,
            sha256=incoming.sha256,
            source_path=incoming.file,
            received_at=now,
            early=incoming.early,
            demo=bool(payload.get("demo")),
            payload=incoming.canonical_payload(),
        )
    )
    session.flush()
    rows = [
        {
            "return_id": key,
            "record_type": record_type,
            "record_id": str(record["id"]),
            "start_date": date.fromisoformat(str(record["start_date"])),
            "end_date": date.fromisoformat(str(record["end_date"])),
            "data": json.dumps(record, ensure_ascii=False, sort_keys=True),
        }
        for record_type, records in (("activity", incoming.activities), ("training", incoming.trainings))
        for record in records
    ]
    if rows:
        session.execute(insert(models.ReceivedRecord), rows)
    store_figures(session, key, payload, reference)


def _record(
    session: Session,
    reference: ReferenceData,
    plan: _Plan,
    results: tuple[FileResult, ...],
    actor: str,
    now: datetime,
) -> uuid.UUID:
    import_id = uuid.uuid4()
    session.add(models.CountyImport(id=import_id, started_at=now, actor=actor))
    session.flush()
    for item in plan.to_pin:
        keys.pin_at_import(session, item.unit.code, item.public_key, actor, import_id)
    store_returns(session, reference, ((item, now) for item in plan.to_store), import_id)
    for position, result in enumerate(results):
        session.add(
            models.ImportFile(
                import_id=import_id,
                position=position,
                file=result.file,
                status=result.status,
                reason=encode_reason(result.reason),
                unit_code=result.unit_code,
                unit_name=result.unit_name,
                period=result.period,
                version=result.version,
                fingerprint=result.fingerprint,
                key_fingerprint=result.key_fingerprint,
                sha256=result.sha256,
                activities=result.activities,
                trainings=result.trainings,
                early=result.early,
            )
        )
    session.flush()
    return import_id


def run_inbox(
    session: Session,
    reference: ReferenceData,
    candidates: Sequence[Candidate],
    *,
    actor: str,
    dry_run: bool,
    accept_new_keys: bool = False,
    demo_folder: bool = False,
    today: date | None = None,
    received_at: datetime | None = None,
    progress: Progress | None = None,
) -> InboxRun:
    """Judge every candidate and, unless ``dry_run``, store the accepted returns (and, with
    ``accept_new_keys``, pin the first key of each unit that has none). Keys seen for the first time are
    remembered to be confirmed; nothing else is written when nothing is stored. ``received_at`` (now, unless
    a demo county replays its months) is the receipt time that timeliness is measured on."""
    judged = _judge_all(candidates, reference, demo_folder=demo_folder, today=today, progress=progress)
    if not dry_run:
        begin_writing(session)  # two imports at once: the second waits, then finds the first's returns held
    plan = _plan(session, judged, accept_new_keys)
    results = tuple(plan.results[index] for index in range(len(judged)))
    if dry_run:
        return InboxRun(results)
    stored = plan.to_store or plan.to_pin
    import_id = _record(session, reference, plan, results, actor, received_at or datetime.now()) if stored else None
    for item in plan.to_note:
        keys.note_pending(session, item.unit.code, item.public_key, seen_in=import_id)
    return InboxRun(results, import_id)


# --- what the county holds -------------------------------------------------------------------------------------


def current_returns(session: Session, unit_code: str | None = None) -> list[HeldReturn]:
    """The newest version held of each unit's period: the only one that counts anywhere."""
    newest = (
        select(
            models.ReceivedReturn.unit_code,
            models.ReceivedReturn.period,
            func.max(models.ReceivedReturn.version).label("v"),
        )
        .group_by(models.ReceivedReturn.unit_code, models.ReceivedReturn.period)
        .subquery()
    )
    query = select(models.ReceivedReturn).join(
        newest,
        (models.ReceivedReturn.unit_code == newest.c.unit_code)
        & (models.ReceivedReturn.period == newest.c.period)
        & (models.ReceivedReturn.version == newest.c.v),
    )
    if unit_code is not None:
        query = query.where(models.ReceivedReturn.unit_code == unit_code)
    rows = session.scalars(query.order_by(models.ReceivedReturn.unit_code, models.ReceivedReturn.period)).all()
    return [
        HeldReturn(
            r.id,
            r.unit_code,
            r.period,
            r.version,
            r.fingerprint,
            r.received_at,
            r.early,
            r.format_version,
            json.loads(r.payload),
        )
        for r in rows
    ]
