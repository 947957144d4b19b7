"""Locked months: once a month's return is exported, its records and figures cannot change until the month is
reopened for correction. Every write service asks :func:`ensure_unlocked` first."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.periods import month_of


class PeriodLockedError(KesuError):
    """A change refused because its month was reported. The message names no way to reopen, because the GUI
    offers a button for it; the command line prints ``cli_template``, which names the command."""

    cli_template = QT_TRANSLATE_NOOP(
        "Errors",
        "{period} was reported (version {version}) and is locked; reopen it for correction first with "
        "'return reopen --period {period} --reason TEXT'.",
    )

    def __init__(self, period: str, version: int) -> None:
        self.period = period
        self.version = version
        super().__init__(
            QT_TRANSLATE_NOOP(
                "Errors", "{period} was reported (version {version}) and is locked; reopen it for correction first."
            ),
            period=period,
            version=version,
        )


def locked_version(session: Session, unit_code: str, period: str) -> int | None:
    """The exported (or being exported) version that locks the month, or None when the month is open for editing;
    an abandoned export locks nothing."""
    latest = session.scalars(
        select(models.ReturnVersion)
        .where(
            models.ReturnVersion.unit_code == unit_code,
            models.ReturnVersion.period == period,
            models.ReturnVersion.state != "abandoned",  # a pending export locks the month while it is written
        )
        .order_by(models.ReturnVersion.version.desc())
        .limit(1)
    ).first()
    if latest is not None and latest.reopened_at is None:
        return latest.version
    return None


def ensure_unlocked(session: Session, unit_code: str, *days: date) -> None:
    """Refuse a change that touches a locked month (a record's old or new date)."""
    for day in days:
        period = month_of(day).code
        version = locked_version(session, unit_code, period)
        if version is not None:
            raise PeriodLockedError(period, version)
