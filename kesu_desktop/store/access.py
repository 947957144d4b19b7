"""An optional password for a data folder on a shared PC, and the idle time after which the app locks.

The password is never stored in clear: only a self-describing scrypt hash
(``scrypt$N$r$p$<salt base64>$<hash base64>``), whose parameters are read back from the stored string, so
they can be raised in a later release without locking anyone out. Used by the Settings page, the lock
screen and the command line alike.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import secrets

from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import NotInitialisedError, ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

log = logging.getLogger(__name__)

MIN_LENGTH = 6
DEFAULT_LOCK_MINUTES = 10
LOCK_MINUTES = range(1, 241)
_SCHEME = "scrypt"
_N, _R, _P = 2**14, 8, 1
_SALT_BYTES, _HASH_BYTES = 16, 32


class WrongPasswordError(ValidationError):
    """The password given is not the data folder's password."""

    def __init__(self) -> None:
        super().__init__(
            "current_password",
            QT_TRANSLATE_NOOP("Errors", "Password: this is not the password of this data folder."),
        )


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _scrypt(password: str, salt: bytes, n: int, r: int, p: int, length: int) -> bytes:
    # OpenSSL refuses more than 32 MiB by default; scrypt needs 128·N·r bytes, so allow twice that.
    return hashlib.scrypt(password.encode("utf-8"), salt=salt, n=n, r=r, p=p, dklen=length, maxmem=256 * n * r + 2**20)


def hash_password(password: str) -> str:
    """The stored form of ``password``: scheme, parameters, a fresh random salt and the derived key."""
    salt = secrets.token_bytes(_SALT_BYTES)
    derived = _scrypt(password, salt, _N, _R, _P, _HASH_BYTES)
    return "$".join((_SCHEME, str(_N), str(_R), str(_P), _b64(salt), _b64(derived)))


def password_matches(password: str, stored: str) -> bool:
    """Whether ``password`` gives ``stored`` again, with the parameters written in ``stored``."""
    try:
        scheme, n, r, p, salt, expected = stored.split("$")
        if scheme != _SCHEME:
            return False
        wanted = base64.b64decode(expected, validate=True)
        derived = _scrypt(password, base64.b64decode(salt, validate=True), int(n), int(r), int(p), len(wanted))
    except ValueError:
        return False
    return hmac.compare_digest(derived, wanted)


def _installation(session: Session) -> models.Installation:
    row = session.get(models.Installation, 1)
    if row is None:
        raise NotInitialisedError()
    return row


def has_password(session: Session) -> bool:
    row = session.get(models.Installation, 1)
    return row is not None and row.password_hash is not None


def verify_password(session: Session, password: str) -> bool:
    """Whether ``password`` is the data folder's password (False when it has none)."""
    row = session.get(models.Installation, 1)
    return row is not None and row.password_hash is not None and password_matches(password, row.password_hash)


def _check_current(row: models.Installation, current: str | None) -> None:
    if row.password_hash is None:
        return
    if not current:
        raise ValidationError(
            "current_password",
            QT_TRANSLATE_NOOP("Errors", "Current password: enter it to change or remove the password."),
        )
    if not password_matches(current, row.password_hash):
        raise WrongPasswordError()


def set_password(session: Session, new: str, *, current: str | None, repeat: str | None = None) -> None:
    """Set or change the password. ``current`` must be the password in use, if there is one; ``repeat``, when
    given, the new password typed a second time. Refused input raises a :class:`ValidationError` naming the
    field and changes nothing. Blanks around the password are part of it."""
    row = _installation(session)
    _check_current(row, current)
    replaced = row.password_hash is not None
    if len(new) < MIN_LENGTH:
        raise ValidationError(
            "new_password",
            QT_TRANSLATE_NOOP("Errors", "New password: use at least {minimum} characters."),
            minimum=MIN_LENGTH,
        )
    if not new.strip():
        raise ValidationError(
            "new_password", QT_TRANSLATE_NOOP("Errors", "New password: it cannot be made of blanks only.")
        )
    if repeat is not None and repeat != new:
        raise ValidationError(
            "repeat_password",
            QT_TRANSLATE_NOOP("Errors", "Repeat new password: the two entries differ; type the same password twice."),
        )
    row.password_hash = hash_password(new)
    session.flush()
    log.info("the data folder's password was %s", "changed" if replaced else "set")


def remove_password(session: Session, current: str) -> None:
    """Remove the password, given the password in use (nothing to do when there is none)."""
    row = _installation(session)
    if row.password_hash is None:
        return
    _check_current(row, current)
    row.password_hash = None
    session.flush()
    log.info("the data folder's password was removed")


def reset_password(session: Session) -> bool:
    """Clear a forgotten password without knowing it: the way back in for whoever looks after the PC (the
    command line's ``password reset``, never the app's windows). Logged as a warning; whether there was one."""
    row = _installation(session)
    if row.password_hash is None:
        return False
    row.password_hash = None
    session.flush()
    log.warning("the data folder's password was reset without the password (forgotten password)")
    return True


def lock_after_minutes(session: Session) -> int:
    """Minutes without input after which the app locks, when a password is set."""
    row = session.get(models.Installation, 1)
    return DEFAULT_LOCK_MINUTES if row is None else row.lock_after_minutes


def set_lock_after_minutes(session: Session, minutes: int) -> int:
    if isinstance(minutes, bool) or not isinstance(minutes, int) or minutes not in LOCK_MINUTES:
        raise ValidationError(
            "lock_after_minutes",
            QT_TRANSLATE_NOOP("Errors", "Lock after: give a whole number of minutes from {minimum} to {maximum}."),
            minimum=LOCK_MINUTES.start,
            maximum=LOCK_MINUTES.stop - 1,
        )
    row = _installation(session)
    row.lock_after_minutes = minutes
    session.flush()
    return minutes
