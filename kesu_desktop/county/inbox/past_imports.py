"""The county's past imports: each listed with what its files came to, found by the start of its id, and undone
(everything it stored taken back, so the county holds exactly what it held before)."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.rollups import refresh_rollups
from kesu_desktop.county.inbox import keys
from kesu_desktop.county.inbox.imports import InboxError
from kesu_desktop.county.inbox.reasons import decode_reason
from kesu_desktop.county.inbox.types import FileResult, ImportRecord
from kesu_desktop.store.write_lock import begin_writing

NO_SUCH_IMPORT = QT_TRANSLATE_NOOP("Errors", "There is no import {import_id}; see the list of imports.")
ALREADY_UNDONE = QT_TRANSLATE_NOOP("Errors", "Import {import_id} was undone already, on {when}.")


def _result_of(row: models.ImportFile) -> FileResult:
    return FileResult(
        file=row.file,
        status=row.status,
        reason=decode_reason(row.reason),
        unit_code=row.unit_code,
        unit_name=row.unit_name,
        period=row.period,
        version=row.version,
        fingerprint=row.fingerprint,
        key_fingerprint=row.key_fingerprint,
        sha256=row.sha256,
        activities=row.activities,
        trainings=row.trainings,
        early=row.early,
    )


def _import_record(session: Session, row: models.CountyImport) -> ImportRecord:
    files = session.scalars(
        select(models.ImportFile).where(models.ImportFile.import_id == row.id).order_by(models.ImportFile.position)
    ).all()
    return ImportRecord(
        row.id, row.started_at, row.actor, tuple(_result_of(f) for f in files), row.undone_at, row.undone_by
    )


def list_imports(session: Session) -> list[ImportRecord]:
    """Every recorded import, the newest first."""
    rows = session.scalars(select(models.CountyImport).order_by(models.CountyImport.started_at.desc())).all()
    return [_import_record(session, row) for row in rows]


def find_import(session: Session, text: str) -> ImportRecord:
    """The import whose id is ``text`` or starts with it (as the list shows the first eight characters)."""
    wanted = text.strip().lower()
    matches = [row for row in session.scalars(select(models.CountyImport)).all() if str(row.id).startswith(wanted)]
    if len(matches) != 1 or not wanted:
        raise InboxError(NO_SUCH_IMPORT, import_id=text)
    return _import_record(session, matches[0])


def undo_import(session: Session, import_id: uuid.UUID, actor: str) -> ImportRecord:
    """Take back everything the import stored (its returns and their records, the keys it pinned): the county
    holds again exactly what it held before, so a version it replaced counts again."""
    begin_writing(session)  # an import beside it would rebuild the same rollups from a moving picture
    row = session.get(models.CountyImport, import_id)
    if row is None:
        raise InboxError(NO_SUCH_IMPORT, import_id=str(import_id))
    if row.undone_at is not None:
        raise InboxError(ALREADY_UNDONE, import_id=str(import_id), when=row.undone_at.isoformat(" ", "minutes"))
    returns = select(models.ReceivedReturn.id).where(models.ReceivedReturn.import_id == import_id)
    touched = session.execute(
        select(models.ReceivedReturn.unit_code, models.ReceivedReturn.period).where(
            models.ReceivedReturn.import_id == import_id
        )
    ).all()
    session.execute(delete(models.ReceivedRecord).where(models.ReceivedRecord.return_id.in_(returns)))
    session.execute(delete(models.ReturnFigure).where(models.ReturnFigure.return_id.in_(returns)))
    session.execute(delete(models.ReceivedReturn).where(models.ReceivedReturn.import_id == import_id))
    refresh_rollups(session, ((str(unit), str(period)) for unit, period in touched))
    keys.undo_keys_of_import(session, import_id)
    row.undone_at, row.undone_by = datetime.now(), actor
    session.flush()
    return _import_record(session, row)
