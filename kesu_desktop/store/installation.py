"""This installation's setup: role, unit, clerk and the people who sign returns; asked once, changeable later.

Used by the first-run wizard, the Settings page and the ``init`` command alike.
"""

from __future__ import annotations

import re
import uuid
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import NotInitialisedError, ValidationError
from kesu_desktop.base.signing import new_private_key
from kesu_desktop.base.translation import LANGUAGES, QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import ReferenceData

ROLES = ("unit", "county")
_PHONE = re.compile(r"^\+?[0-9][0-9 \-]{5,23}$")
_NAME_MAX = 50


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


def validate_setup(setup: Setup, reference: ReferenceData) -> Setup:
    """The setup with surrounding blanks removed, or a :class:`ValidationError` naming the field to fix."""
    cleaned = Setup(
        role=setup.role.strip(),
        unit_code=setup.unit_code.strip(),
        clerk_name=setup.clerk_name.strip(),
        clerk_phone=setup.clerk_phone.strip(),
        reviewer_name=setup.reviewer_name.strip(),
        responsible_name=setup.responsible_name.strip(),
        language=setup.language,
    )
    if cleaned.role not in ROLES:
        raise ValidationError("role", QT_TRANSLATE_NOOP("Errors", "Role: choose 'unit' or 'county'."))
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
    session: Session, setup: Setup, reference: ReferenceData, *, is_demo: bool | None = None
) -> Installation:
    """Validate and store the setup (first run or a later change in Settings)."""
    cleaned = validate_setup(setup, reference)
    now = datetime.now()
    row = session.get(models.Installation, 1)
    if row is None:
        row = models.Installation(id=1, installation_id=uuid.uuid4(), created_at=now, is_demo=bool(is_demo))
        session.add(row)
    elif is_demo is not None:
        row.is_demo = is_demo
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
