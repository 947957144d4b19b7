"""The units' signing keys as the county pins them.

A unit's first return shows its key's short fingerprint; the county clerk compares it with the fingerprint
printed on the unit's signed and stamped paper return and confirms it. Until then the key is pending and the
unit's returns wait (``key_to_confirm``). One key is pinned per unit at a time; a different key later (a
reinstalled PC) waits too, until the county accepts the change with a reason, which is kept. A revoked key's
returns are refused.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.signing import key_fingerprint
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

PENDING, PINNED, RETIRED, REVOKED = "pending", "pinned", "retired", "revoked"
KEY_STATES = (PENDING, PINNED, RETIRED, REVOKED)
KEY_STATE_LABELS = {
    PENDING: QT_TRANSLATE_NOOP("Keys", "To confirm"),
    PINNED: QT_TRANSLATE_NOOP("Keys", "Confirmed"),
    RETIRED: QT_TRANSLATE_NOOP("Keys", "Replaced"),
    REVOKED: QT_TRANSLATE_NOOP("Keys", "Revoked"),
}

FIRST_KEY = "first"  # the unit has no pinned key yet
CHANGED_KEY = "changed"  # the unit has another key pinned


class UnitKeyError(KesuError):
    """A key decision that cannot be made as asked."""


@dataclass(frozen=True)
class UnitKey:
    unit_code: str
    fingerprint: str
    state: str
    first_seen_at: datetime
    decided_at: datetime | None
    decided_by: str | None
    reason: str | None


def _info(row: models.UnitKey) -> UnitKey:
    return UnitKey(
        row.unit_code, row.fingerprint, row.state, row.first_seen_at, row.decided_at, row.decided_by, row.reason
    )


def list_keys(session: Session, unit_code: str | None = None) -> list[UnitKey]:
    """Every key the county knows, by unit, the pinned or pending one first."""
    query = select(models.UnitKey)
    if unit_code is not None:
        query = query.where(models.UnitKey.unit_code == unit_code)
    order = {PINNED: 0, PENDING: 1, RETIRED: 2, REVOKED: 3}
    rows = session.scalars(query).all()
    return [_info(r) for r in sorted(rows, key=lambda r: (r.unit_code, order[r.state], r.first_seen_at))]


def _row(session: Session, unit_code: str, public_key: str) -> models.UnitKey | None:
    return session.scalars(
        select(models.UnitKey).where(models.UnitKey.unit_code == unit_code, models.UnitKey.public_key == public_key)
    ).first()


def _pinned(session: Session, unit_code: str) -> models.UnitKey | None:
    return session.scalars(
        select(models.UnitKey).where(models.UnitKey.unit_code == unit_code, models.UnitKey.state == PINNED)
    ).first()


def key_state(session: Session, unit_code: str, public_key: str) -> str | None:
    """This key's state for the unit, or None when the county has never seen it."""
    row = _row(session, unit_code, public_key)
    return row.state if row is not None else None


def has_pinned_key(session: Session, unit_code: str) -> bool:
    return _pinned(session, unit_code) is not None


def note_pending(session: Session, unit_code: str, public_key: str, *, seen_in: uuid.UUID | None = None) -> None:
    """Remember a key seen on a return, to be confirmed; nothing is written for a key already known."""
    if _row(session, unit_code, public_key) is None:
        session.add(
            models.UnitKey(
                unit_code=unit_code,
                public_key=public_key,
                fingerprint=key_fingerprint(public_key),
                state=PENDING,
                first_seen_at=datetime.now(),
                seen_in=seen_in,
            )
        )
        session.flush()


def _pin(row: models.UnitKey, session: Session, actor: str, reason: str, import_id: uuid.UUID | None) -> None:
    old = _pinned(session, row.unit_code)
    now = datetime.now()
    if old is not None and old is not row:
        old.state, old.decided_at, old.decided_by, old.reason = RETIRED, now, actor, reason
        session.flush()
    row.state, row.decided_at, row.decided_by, row.reason, row.import_id = PINNED, now, actor, reason, import_id
    session.flush()


def pin_at_import(session: Session, unit_code: str, public_key: str, actor: str, import_id: uuid.UUID) -> None:
    """Pin a unit's first key as an import confirms it (``--accept-new-keys``); undoing the import unpins it."""
    note_pending(session, unit_code, public_key, seen_in=import_id)
    row = _row(session, unit_code, public_key)
    assert row is not None
    _pin(row, session, actor, "", import_id)


def _pending_row(session: Session, unit_code: str, fingerprint: str | None) -> models.UnitKey:
    rows = [r for r in session.scalars(select(models.UnitKey).where(models.UnitKey.unit_code == unit_code)).all()]
    candidates = [r for r in rows if r.state == PENDING and (fingerprint is None or r.fingerprint == fingerprint)]
    if len(candidates) != 1:
        raise UnitKeyError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unit {unit} has no key waiting with fingerprint {fingerprint}; import one of its returns first.",
            )
            if not candidates
            else QT_TRANSLATE_NOOP("Errors", "Unit {unit} has several keys waiting; say which by its fingerprint."),
            unit=unit_code,
            fingerprint=fingerprint or "",
        )
    return candidates[0]


def accept_key(session: Session, unit_code: str, fingerprint: str | None, actor: str, reason: str = "") -> UnitKey:
    """Confirm the unit's waiting key (the one with ``fingerprint``, which may be left out when only one
    waits). Replacing a pinned key needs a reason, which is kept with both keys."""
    row = _pending_row(session, unit_code, fingerprint)
    if _pinned(session, unit_code) is not None and not reason.strip():
        raise UnitKeyError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unit {unit} already has a confirmed key; to replace it, give the reason (a reinstalled computer, "
                "say), after checking the new fingerprint {fingerprint} on its stamped paper return.",
            ),
            unit=unit_code,
            fingerprint=row.fingerprint,
        )
    _pin(row, session, actor, reason.strip(), None)
    return _info(row)


def confirm_seen_key(session: Session, unit_code: str, public_key: str, actor: str, reason: str = "") -> UnitKey:
    """Confirm the key a file of the unit is signed with, whether or not it was noted as waiting yet (a check of
    the files stores nothing); as :func:`accept_key`, replacing a confirmed key needs a reason."""
    note_pending(session, unit_code, public_key)
    return accept_key(session, unit_code, key_fingerprint(public_key), actor, reason)


def revoke_key(session: Session, unit_code: str, actor: str, reason: str) -> UnitKey:
    """Revoke the unit's pinned key (a stolen or lost computer): its returns are refused from now on."""
    row = _pinned(session, unit_code)
    if row is None:
        raise UnitKeyError(QT_TRANSLATE_NOOP("Errors", "Unit {unit} has no confirmed key to revoke."), unit=unit_code)
    if not reason.strip():
        raise UnitKeyError(QT_TRANSLATE_NOOP("Errors", "Say why the key of unit {unit} is revoked."), unit=unit_code)
    row.state, row.decided_at, row.decided_by, row.reason = REVOKED, datetime.now(), actor, reason.strip()
    session.flush()
    return _info(row)


def undo_keys_of_import(session: Session, import_id: uuid.UUID) -> None:
    """The keys as they were before the import: those first seen in it forgotten, those it pinned waiting
    again. An import pins a unit's first key only, so no key it replaced needs pinning again."""
    for row in session.scalars(select(models.UnitKey).where(models.UnitKey.import_id == import_id)).all():
        if row.seen_in == import_id:
            session.delete(row)
        else:
            row.state, row.decided_at, row.decided_by, row.reason, row.import_id = PENDING, None, None, None, None
    session.flush()
    for row in session.scalars(
        select(models.UnitKey).where(models.UnitKey.seen_in == import_id, models.UnitKey.state == PENDING)
    ).all():
        session.delete(row)
    session.flush()
