"""A county bulletin at the township: checked, applied all or nothing, undone, and read back as what the county
recorded of each month (received, or sent back with the reason) and the unit's target shares.

The county's key is pinned at the first bulletin, once the clerk has compared its fingerprint with the one the
county states on paper or by phone (``accept_county_key``); a bulletin signed by any other key is refused, as is
one for another unit. A bulletin already applied is identical; one issued before the newest applied is older and
ignored. What the township shows is always the newest applied bulletin not undone: undoing one brings back the
one before.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.signing import canonical
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.bulletins.document import BulletinRefusedError, SignedBulletin, read_bulletin
from kesu_desktop.reference.county_updates import ReferenceChange, apply_update, changes, held_update, newest_bulletin
from kesu_desktop.reference.data import load_reference_files

APPLIED, IDENTICAL, OLDER, REFUSED = "applied", "identical", "older", "refused"
RECEIVED, SENT_BACK = "received", "sent_back"

_OTHER_UNIT = QT_TRANSLATE_NOOP(
    "Errors", "This bulletin is for {other}, not for {unit}; give each unit its own. Nothing was changed."
)
_KEY_NOT_PINNED = QT_TRANSLATE_NOOP(
    "Errors",
    "This is the first bulletin from the county: compare its key fingerprint {fingerprint} with the one the county "
    "states (on paper or by phone) and accept it if they agree. Nothing was changed.",
)
_KEY_NOT_PINNED_CLI = QT_TRANSLATE_NOOP(
    "Errors",
    "This is the first bulletin from the county: compare its key fingerprint {fingerprint} with the one the county "
    "states (on paper or by phone), then import it again with --accept-county-key. Nothing was changed.",
)
_OTHER_KEY = QT_TRANSLATE_NOOP(
    "Errors",
    "This bulletin is signed by the key {fingerprint}, not by the county's key {pinned}: it does not come from "
    "the county office. Nothing was changed.",
)
_NOTHING_TO_UNDO = QT_TRANSLATE_NOOP("Errors", "No bulletin from the county is applied, so there is none to undo.")


@dataclass(frozen=True)
class BulletinResult:
    status: str
    """:data:`APPLIED`, :data:`IDENTICAL`, :data:`OLDER` or :data:`REFUSED` (or, on a dry run, what it would be)."""
    bulletin: SignedBulletin | None
    reason: KesuError | None = None
    pins_key: bool = False
    """The county's key is (or, dry, would be) pinned by this bulletin."""
    reference_changes: tuple[ReferenceChange, ...] = ()
    """What the county's reference data in the bulletin changes (or, dry, would change)."""


@dataclass(frozen=True)
class CountyMonth:
    """What the county recorded of one month's return, as its newest bulletin says."""

    state: str
    """:data:`RECEIVED` or :data:`SENT_BACK`."""
    version: int
    received_at: str | None
    fingerprint: str
    reason: str | None = None
    timeliness: str | None = None


def import_bulletin(
    path: Path,
    session: Session,
    unit_code: str,
    actor: str,
    *,
    dry_run: bool = False,
    accept_county_key: bool = False,
) -> BulletinResult:
    """Check the bulletin at ``path`` and, unless it is a dry run or refused, apply it (the caller commits)."""
    try:
        bulletin = read_bulletin(Path(path))
    except BulletinRefusedError as error:
        return BulletinResult(REFUSED, None, error)
    refusal, pins = _refusal(session, bulletin, unit_code, accept_county_key)
    if refusal is not None:
        return BulletinResult(REFUSED, bulletin, refusal)
    held = session.get(models.CountyBulletin, _id(bulletin))  # an undone one may be applied again
    if held is not None and held.undone_at is None:
        return BulletinResult(IDENTICAL, bulletin)
    newest = newest_bulletin(session)
    if newest is not None and newest.issued_at >= bulletin.issued_at:
        return BulletinResult(OLDER, bulletin)
    update = bulletin.payload.get("reference")
    changed = tuple(changes(session, update)) if isinstance(update, dict) else ()
    if not dry_run:
        _apply(session, bulletin, held, actor, pins)
        _lay_reference(session)
    return BulletinResult(APPLIED, bulletin, pins_key=pins, reference_changes=changed)


def _id(bulletin: SignedBulletin) -> uuid.UUID:
    return uuid.UUID(str(bulletin.payload["bulletin_id"]))


def _refusal(
    session: Session, bulletin: SignedBulletin, unit_code: str, accept_county_key: bool
) -> tuple[KesuError | None, bool]:
    if bulletin.unit_code != unit_code:
        other = str(bulletin.payload.get("unit_name") or bulletin.unit_code)
        return KesuError(_OTHER_UNIT, other=other, unit=unit_code), False
    pinned = session.get(models.CountyKey, 1)
    if pinned is None:
        if accept_county_key:
            return None, True
        error = KesuError(_KEY_NOT_PINNED, fingerprint=bulletin.key_fingerprint)
        error.cli_template = _KEY_NOT_PINNED_CLI  # type: ignore[attr-defined]
        return error, False
    if pinned.public_key != bulletin.signature.public_key:
        return KesuError(_OTHER_KEY, fingerprint=bulletin.key_fingerprint, pinned=pinned.fingerprint), False
    return None, False


def _apply(
    session: Session, bulletin: SignedBulletin, held: models.CountyBulletin | None, actor: str, pins: bool
) -> None:
    now = datetime.now()
    if pins:
        session.add(
            models.CountyKey(
                id=1,
                public_key=bulletin.signature.public_key,
                fingerprint=bulletin.key_fingerprint,
                pinned_at=now,
                pinned_by=actor,
            )
        )
    if held is not None:  # applied before and undone: applied again
        held.undone_at, held.undone_by, held.applied_at, held.applied_by = None, None, now, actor
        return
    session.add(
        models.CountyBulletin(
            id=_id(bulletin),
            issued_at=bulletin.issued_at,
            fingerprint=bulletin.fingerprint,
            payload=canonical(bulletin.payload).decode(),
            applied_at=now,
            applied_by=actor,
        )
    )


def undo_bulletin(session: Session, actor: str) -> models.CountyBulletin:
    """Undo the newest applied bulletin: the township shows the one before it again."""
    newest = newest_bulletin(session)
    if newest is None:
        raise KesuError(_NOTHING_TO_UNDO)
    newest.undone_at, newest.undone_by = datetime.now(), actor
    session.flush()
    _lay_reference(session)
    return newest


def _lay_reference(session: Session) -> None:
    """The reference tables as the shipped data with the bulletin now in force laid over them."""
    load_reference_files(session)
    apply_update(session, held_update(session))


def newest_payload(session: Session) -> dict[str, Any] | None:
    """The payload of the newest applied bulletin, or None before the first."""
    newest = newest_bulletin(session)
    return None if newest is None else dict(json.loads(newest.payload))


def county_months(session: Session) -> dict[str, CountyMonth]:
    """Period -> what the county recorded of the newest version of its return it holds, from the newest bulletin."""
    payload = newest_payload(session)
    if payload is None:
        return {}
    months: dict[str, CountyMonth] = {}
    for receipt in payload["receipts"]:
        known = months.get(receipt["period"])
        if known is None or known.version < receipt["version"]:
            months[receipt["period"]] = CountyMonth(
                RECEIVED,
                receipt["version"],
                receipt["received_at"],
                receipt["fingerprint"],
                timeliness=receipt["timeliness"],
            )
    for back in payload["send_backs"]:
        month = months.get(back["period"])
        if month is not None and month.version == back["version"]:
            months[back["period"]] = CountyMonth(
                SENT_BACK, month.version, month.received_at, month.fingerprint, back["reason"], month.timeliness
            )
    return months
