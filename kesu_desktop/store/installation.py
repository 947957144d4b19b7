"""This installation's setup: role, unit, clerk, the people who sign returns and the month from which the unit
reports with the app; asked once, changeable later.

Used by the first-run wizard, the Settings page and the ``init`` command alike, so all three follow one rule:
once the folder holds records, period-end figures or exported returns, its unit and role never change silently.
A change of unit is refused until it is confirmed (``move_records``), because it moves the records and figures
to the new unit (each record's history notes the move) while the returns already exported stay in the old
unit's name; a change of role is refused, because a reporting unit's records cannot become the county office's.

A folder set up before the wizard asked for the first month of reporting (``reports_from`` empty) reports from
the month of its first record or first exported return, whichever is earlier; with neither, from the month it
was set up (:func:`reporting_start`).
"""

from __future__ import annotations

import logging
import re
import uuid
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import Select, func, select, update
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import NotInitialisedError, ValidationError
from kesu_desktop.base.signing import new_private_key
from kesu_desktop.base.translation import LANGUAGES, QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import ReferenceData, UnitInfo
from kesu_desktop.reference.periods import month_of

ROLES = ("unit", "county")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,23}$")
_MONTH = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")
_NAME_MAX = 50
EARLIEST_REPORTING_YEAR = 2000
log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Setup:
    """What the wizard, the Settings page and ``init`` ask for."""

    role: str
    unit_code: str
    clerk_name: str
    clerk_phone: str = ""
    reviewer_name: str = ""
    responsible_name: str = ""
    language: str = "zh_CN"
    reports_from: str | None = None
    """YYYY-MM: returns are due from this month on. None: keep what is stored (see :func:`reporting_start`)."""


@dataclass(frozen=True)
class Installation:
    """The stored setup with its identity."""

    setup: Setup
    installation_id: uuid.UUID
    is_demo: bool
    created_at: datetime
    updated_at: datetime

    @property
    def role(self) -> str:
        return self.setup.role


def validate_setup(setup: Setup, reference: ReferenceData, today: date | None = None) -> Setup:
    """The setup with surrounding blanks removed, or a :class:`ValidationError` naming the field to fix."""
    cleaned = Setup(
        role=setup.role.strip(),
        unit_code=setup.unit_code.strip(),
        clerk_name=setup.clerk_name.strip(),
        clerk_phone=setup.clerk_phone.strip(),
        reviewer_name=setup.reviewer_name.strip(),
        responsible_name=setup.responsible_name.strip(),
        language=setup.language,
        reports_from=setup.reports_from.strip() if setup.reports_from is not None else None,
    )
    if cleaned.role not in ROLES:
        raise ValidationError("role", QT_TRANSLATE_NOOP("Errors", "Role: choose 'unit' or 'county'."))
    if not cleaned.unit_code:
        raise ValidationError(
            "unit_code", QT_TRANSLATE_NOOP("Errors", "Unit: choose the unit whose returns this folder files.")
        )
    unit = reference.find_unit(cleaned.unit_code)
    if unit is None:
        raise ValidationError(
            "unit_code",
            QT_TRANSLATE_NOOP("Errors", "Unit: '{value}' is not a known unit; give its code or its full name."),
            value=cleaned.unit_code,
        )
    if cleaned.role == "county" and unit.kind != "county_office":
        raise ValidationError(
            "unit_code",
            QT_TRANSLATE_NOOP("Errors", "Unit: the county office role belongs to {name}; choose it or the unit role."),
            name=next(u.name for u in reference.units if u.kind == "county_office"),
        )
    if cleaned.role == "unit" and unit.kind == "county_office":
        raise ValidationError(
            "unit_code",
            QT_TRANSLATE_NOOP("Errors", "Unit: {name} is the county office; choose the county role or another unit."),
            name=unit.name,
        )
    if cleaned.reports_from is not None:
        _check_reports_from(cleaned.reports_from, today or date.today())
    if not cleaned.clerk_name:
        raise ValidationError(
            "clerk_name", QT_TRANSLATE_NOOP("Errors", "Clerk: enter the name of the person filling in.")
        )
    for field, value in (
        ("clerk_name", cleaned.clerk_name),
        ("reviewer_name", cleaned.reviewer_name),
        ("responsible_name", cleaned.responsible_name),
    ):
        if len(value) > _NAME_MAX:
            raise ValidationError(
                field, QT_TRANSLATE_NOOP("Errors", "Name: at most {limit} characters."), limit=_NAME_MAX
            )
    if cleaned.clerk_phone and not _PHONE.match(cleaned.clerk_phone):
        raise ValidationError(
            "clerk_phone",
            QT_TRANSLATE_NOOP("Errors", "Phone: use digits only, e.g. 0357-1234567 or 13812345678."),
        )
    if cleaned.language not in LANGUAGES:
        raise ValidationError("language", QT_TRANSLATE_NOOP("Errors", "Language: choose Chinese or English."))
    return Setup(**{**cleaned.__dict__, "unit_code": unit.code})


def _check_reports_from(value: str, today: date) -> None:
    match = _MONTH.match(value)
    if match is None or int(match[1]) < EARLIEST_REPORTING_YEAR:
        raise ValidationError(
            "reports_from",
            QT_TRANSLATE_NOOP("Errors", "Reports from: '{value}' is not a month; write it as 2025-03."),
            value=value,
        )
    this_month = month_of(today).code
    if value > this_month:
        raise ValidationError(
            "reports_from",
            QT_TRANSLATE_NOOP(
                "Errors", "Reports from: {value} is after this month; choose {month} or an earlier month."
            ),
            value=value,
            month=this_month,
        )


def read_installation(session: Session) -> Installation | None:
    row = session.get(models.Installation, 1)
    if row is None:
        return None
    return Installation(
        setup=Setup(
            role=row.role,
            unit_code=row.unit_code,
            clerk_name=row.clerk_name,
            clerk_phone=row.clerk_phone,
            reviewer_name=row.reviewer_name,
            responsible_name=row.responsible_name,
            language=row.language,
            reports_from=row.reports_from,
        ),
        installation_id=row.installation_id,
        is_demo=row.is_demo,
        created_at=row.created_at,
        updated_at=row.updated_at,
    )


def require_installation(session: Session) -> Installation:
    installation = read_installation(session)
    if installation is None:
        raise NotInitialisedError()
    return installation


def save_installation(
    session: Session,
    setup: Setup,
    reference: ReferenceData,
    *,
    is_demo: bool | None = None,
    move_records: bool = False,
) -> Installation:
    """Validate and store the setup (first run or a later change in Settings).

    A change of unit or role in a folder that holds data follows the rule in this module's docstring: a change
    of role raises :class:`ValidationError`, a change of unit :class:`UnconfirmedUnitChangeError` unless
    ``move_records`` confirms it. A setup without ``reports_from`` keeps the stored one (a demo folder, which
    has none, reports from its first record: :func:`reporting_start`); the wizard and ``init`` always give one.
    """
    cleaned = validate_setup(setup, reference)
    now = datetime.now()
    row = session.get(models.Installation, 1)
    if row is None:
        row = models.Installation(id=1, installation_id=uuid.uuid4(), created_at=now, is_demo=bool(is_demo))
        session.add(row)
    else:
        if is_demo is not None:
            row.is_demo = is_demo
        if cleaned.reports_from is None:
            cleaned = Setup(**{**cleaned.__dict__, "reports_from": row.reports_from})
        if (cleaned.unit_code, cleaned.role) != (row.unit_code, row.role):
            _change_unit(session, reference, row, cleaned, move_records=move_records)
    for field, value in cleaned.__dict__.items():
        setattr(row, field, value)
    row.updated_at = now
    session.flush()
    signing_key(session)
    installation = read_installation(session)
    assert installation is not None
    return installation


def signing_key(session: Session) -> bytes:
    """The installation's private signing key, made the first time it is needed (at setup)."""
    row = session.get(models.SigningKey, 1)
    if row is None:
        row = models.SigningKey(id=1, private_key=new_private_key(), created_at=datetime.now())
        session.add(row)
        session.flush()
    return row.private_key


@dataclass(frozen=True)
class HeldData:
    """What a data folder holds for one unit: live and binned records, months of period-end figures, and the
    returns exported (or being exported) in its name."""

    activities: int
    trainings: int
    figure_months: int
    returns: int

    @property
    def empty(self) -> bool:
        return not (self.activities or self.trainings or self.figure_months or self.returns)


def held_data(session: Session, unit_code: str) -> HeldData:
    def count(statement: Select[int]) -> int:
        return session.scalar(statement) or 0

    return HeldData(
        activities=count(select(func.count()).where(models.Activity.unit_code == unit_code)),
        trainings=count(select(func.count()).where(models.Training.unit_code == unit_code)),
        figure_months=count(
            select(func.count(func.distinct(models.StockFigure.period))).where(
                models.StockFigure.unit_code == unit_code
            )
        ),
        returns=count(
            select(func.count()).where(
                models.ReturnVersion.unit_code == unit_code, models.ReturnVersion.state != "abandoned"
            )
        ),
    )


class UnconfirmedUnitChangeError(ValidationError):
    """A change of unit in a folder that holds the old unit's data: the message says what the change does to
    it; :func:`save_installation` makes the change once called with ``move_records=True``.

    ``cli_template`` is the same statement for the command line, naming the flag that confirms it."""

    cli_template = QT_TRANSLATE_NOOP(
        "Errors",
        "Unit: this folder holds {activities} activities and {trainings} trainings of {old}, with its "
        "period-end figures; to move them all to {new}, run init again with --move-records.",
    )

    def __init__(self, old: UnitInfo, new: UnitInfo, held: HeldData) -> None:
        self.old, self.new, self.held = old, new, held
        template = (
            QT_TRANSLATE_NOOP(
                "Errors",
                "Unit: this folder holds {activities} activities and {trainings} trainings of {old}, with its "
                "period-end figures; changing the unit moves them all to {new}. The {returns} returns exported "
                "for {old} stay in its name, and {new}'s returns for those months are still to be exported.",
            )
            if held.returns
            else QT_TRANSLATE_NOOP(
                "Errors",
                "Unit: this folder holds {activities} activities and {trainings} trainings of {old}, with its "
                "period-end figures; changing the unit moves them all to {new}.",
            )
        )
        super().__init__(
            "unit_code",
            template,
            activities=held.activities,
            trainings=held.trainings,
            returns=held.returns,
            old=old.name,
            new=new.name,
        )


def _change_unit(
    session: Session, reference: ReferenceData, row: models.Installation, new: Setup, *, move_records: bool
) -> None:
    """Apply this module's rule to a change of unit or role of a stored installation."""
    held = held_data(session, row.unit_code)
    if held.empty:
        return
    old_unit = reference.unit(row.unit_code)
    if new.role != row.role:
        raise ValidationError(
            "role",
            QT_TRANSLATE_NOOP(
                "Errors",
                "Role: this folder holds the records of {unit}, so it stays a reporting unit's folder; the county "
                "office uses KeSu Desktop on a computer of its own.",
            )
            if row.role == "unit"
            else QT_TRANSLATE_NOOP(
                "Errors",
                "Role: this folder holds the data of {unit}, so it stays the county office's folder; a reporting "
                "unit uses KeSu Desktop on a computer of its own.",
            ),
            unit=old_unit.name,
        )
    new_unit = reference.unit(new.unit_code)
    if not move_records:
        raise UnconfirmedUnitChangeError(old_unit, new_unit, held)
    _move_unit_data(session, old_unit.code, new_unit.code, actor=new.clerk_name)
    log.info("unit changed from %s to %s, moving %s", old_unit.code, new_unit.code, held)


def _move_unit_data(session: Session, old: str, new: str, *, actor: str) -> None:
    """File the old unit's records and period-end figures under the new unit; each record's history notes the
    move. A month of figures the new unit already has keeps the new unit's own."""
    now = datetime.now()
    for record_type, model in (("activity", models.Activity), ("training", models.Training)):
        for record_id in session.scalars(select(model.id).where(model.unit_code == old)):
            session.add(
                models.ChangeLog(
                    record_id=record_id,
                    record_type=record_type,
                    action="update",
                    field="unit_code",
                    old_value=old,
                    new_value=new,
                    actor=actor,
                    at=now,
                )
            )
        session.execute(update(model).where(model.unit_code == old).values(unit_code=new, updated_at=now))
    taken = select(models.StockFigure.period).where(models.StockFigure.unit_code == new)
    session.execute(
        update(models.StockFigure)
        .where(models.StockFigure.unit_code == old, models.StockFigure.period.not_in(taken))
        .values(unit_code=new)
    )
    session.flush()


def reporting_start(session: Session, unit_code: str) -> date | None:
    """The first day of the first month whose return the unit owes: the installation's ``reports_from``; for a
    folder set up before it was asked, the month of the unit's first live record or first exported return,
    whichever is earlier, else the month the folder was set up. None when the folder knows nothing of the unit."""
    row = session.get(models.Installation, 1)
    if row is not None and row.unit_code == unit_code and row.reports_from:
        return date.fromisoformat(f"{row.reports_from}-01")
    firsts = [
        session.scalar(
            select(func.min(model.start_date)).where(model.unit_code == unit_code, model.deleted_at.is_(None))
        )
        for model in (models.Activity, models.Training)
    ]
    first_return = session.scalar(
        select(func.min(models.ReturnVersion.period)).where(
            models.ReturnVersion.unit_code == unit_code, models.ReturnVersion.state == "exported"
        )
    )
    if first_return:
        firsts.append(date.fromisoformat(f"{first_return}-01"))
    known = [day for day in firsts if day is not None]
    if known:
        return min(known).replace(day=1)
    if row is not None and row.unit_code == unit_code:
        return row.created_at.date().replace(day=1)
    return None
