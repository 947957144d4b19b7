"""A unit's own store: its installation, activities and trainings (with their UUIDs, as they travel in returns), the
change history, the period-end figures, the signing key and the return versions it exported."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base

_LIST_ORDER = ("unit_code", "deleted_at", "start_date", "id")  # how the record lists filter and sort first


class Installation(Base):
    """This installation's setup: its role, its unit, and the people who fill in, check and sign returns; the
    optional password (a scrypt hash, never the password) and the idle minutes after which the app locks.

    ``is_demo`` cannot change once stored: a trigger refuses it, because the change history's guard
    (see :class:`ChangeLog`) lets a demo folder replace its history.
    """

    __tablename__ = "installation"
    __table_args__ = (
        CheckConstraint("id = 1", name="single_row"),
        CheckConstraint("role IN ('unit', 'county')", name="role"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    installation_id: Mapped[uuid.UUID] = mapped_column(default=uuid.uuid4)
    role: Mapped[str] = mapped_column(String(10))
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    clerk_name: Mapped[str] = mapped_column(String(50))
    clerk_phone: Mapped[str] = mapped_column(String(30), default="")
    reviewer_name: Mapped[str] = mapped_column(String(50), default="")
    responsible_name: Mapped[str] = mapped_column(String(50), default="")
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    is_demo: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    password_hash: Mapped[str | None] = mapped_column(Text)
    lock_after_minutes: Mapped[int] = mapped_column(Integer, default=10, server_default="10")
    reports_from: Mapped[str | None] = mapped_column(String(7))  # YYYY-MM: returns are due from this month on


class Activity(Base):
    """A science-popularization activity (科普活动) held by a unit. Figures left empty were not filled in."""

    __tablename__ = "activity"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates"),
        CheckConstraint("participants >= 0", name="participants"),
        CheckConstraint("women >= 0 AND women <= participants", name="women"),
        CheckConstraint("volunteers >= 0", name="volunteers"),
        CheckConstraint("materials >= 0", name="materials"),
        # The lists' filter and order, with what their filters and totals read: a year's filter is one range of
        # the index and its totals never touch the table. Sorting by title has its own.
        Index(
            "ix_activity_list",
            *_LIST_ORDER,
            *["form_code", "campaign_code", "participants", "women", "volunteers", "materials"],
        ),
        Index("ix_activity_title", "unit_code", "deleted_at", "title", "id"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    form_code: Mapped[str] = mapped_column(ForeignKey("activity_form.code"))
    campaign_code: Mapped[str | None] = mapped_column(ForeignKey("campaign.code"))
    key_project_code: Mapped[str | None] = mapped_column(ForeignKey("key_project.code"))
    venue: Mapped[str] = mapped_column(String(200), default="")
    organiser: Mapped[str] = mapped_column(String(200), default="")
    partners: Mapped[str] = mapped_column(String(300), default="")
    participants: Mapped[int | None] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    volunteers: Mapped[int | None] = mapped_column(Integer)
    materials: Mapped[int | None] = mapped_column(Integer)
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]
    target_groups: Mapped[list[ActivityTargetGroup]] = relationship(
        cascade="all, delete-orphan", order_by="ActivityTargetGroup.position"
    )


class ActivityTargetGroup(Base):
    """Which target groups an activity served; the one at position 0 is its main group, under which it is
    counted when figures are broken down by group (so the groups add up to the total)."""

    __tablename__ = "activity_target_group"
    activity_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("activity.id", ondelete="CASCADE"), primary_key=True)
    target_group_code: Mapped[str] = mapped_column(ForeignKey("target_group.code"), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, default=0)


class Training(Base):
    """A training (培训) held by a unit: sessions (期) and trainees (人次) with their breakdowns."""

    __tablename__ = "training"
    __table_args__ = (
        CheckConstraint("end_date >= start_date", name="dates"),
        CheckConstraint("sessions >= 0", name="sessions"),
        CheckConstraint("trainees >= 0", name="trainees"),
        CheckConstraint("women >= 0 AND women <= trainees", name="women"),
        CheckConstraint("low_income >= 0 AND low_income <= trainees", name="low_income"),
        CheckConstraint("certified >= 0 AND certified <= trainees", name="certified"),
        CheckConstraint("hours >= 0", name="hours"),
        Index(
            "ix_training_list",
            *_LIST_ORDER,
            *["kind_code", "target_group_code", "sessions", "trainees", "women", "low_income", "certified"],
        ),
        Index("ix_training_title", "unit_code", "deleted_at", "title", "id"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    title: Mapped[str] = mapped_column(String(200))
    start_date: Mapped[date] = mapped_column(Date, index=True)
    end_date: Mapped[date] = mapped_column(Date)
    kind_code: Mapped[str] = mapped_column(ForeignKey("training_kind.code"))
    target_group_code: Mapped[str] = mapped_column(ForeignKey("target_group.code"))
    venue: Mapped[str] = mapped_column(String(200), default="")
    organisation: Mapped[str] = mapped_column(String(200), default="")
    sessions: Mapped[int | None] = mapped_column(Integer)
    trainees: Mapped[int | None] = mapped_column(Integer)
    women: Mapped[int | None] = mapped_column(Integer)
    low_income: Mapped[int | None] = mapped_column(Integer)
    certified: Mapped[int | None] = mapped_column(Integer)
    hours: Mapped[Decimal | None] = mapped_column(Numeric(6, 1))
    notes: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]
    deleted_at: Mapped[datetime | None]


class ChangeLog(Base):
    """One entry of a record's change history: created, a field changed (old → new), deleted or restored.

    Entries are only ever added: triggers refuse any UPDATE, and any DELETE except in a demo folder (whose
    generated history the demo data replaces).
    """

    __tablename__ = "change_log"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    record_id: Mapped[uuid.UUID] = mapped_column(index=True)
    record_type: Mapped[str] = mapped_column(String(20))
    action: Mapped[str] = mapped_column(String(10))
    field: Mapped[str | None] = mapped_column(String(40))
    old_value: Mapped[str | None] = mapped_column(Text)
    new_value: Mapped[str | None] = mapped_column(Text)
    actor: Mapped[str] = mapped_column(String(50))
    at: Mapped[datetime]


class StockFigure(Base):
    """A unit's period-end figure for one month. No row means "not filled in"; ``not_applicable`` is kept
    apart from a true zero, so the three never mix."""

    __tablename__ = "stock_figure"
    __table_args__ = (
        CheckConstraint("value >= 0", name="value"),
        CheckConstraint(
            "(not_applicable AND value IS NULL) OR (NOT not_applicable AND value IS NOT NULL)", name="state"
        ),
    )
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"), primary_key=True)
    period: Mapped[str] = mapped_column(String(7), primary_key=True)
    indicator_code: Mapped[str] = mapped_column(ForeignKey("stock_indicator.code"), primary_key=True)
    value: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)
    updated_at: Mapped[datetime]


class SigningKey(Base):
    """The installation's Ed25519 private key (32 raw bytes), made at setup; returns are signed with it."""

    __tablename__ = "signing_key"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    private_key: Mapped[bytes] = mapped_column(LargeBinary(32))
    created_at: Mapped[datetime]


class ReturnVersion(Base):
    """One exported version of a unit's monthly return. While the newest version of a period is not
    reopened, the period is locked against edits."""

    __tablename__ = "return_version"
    __table_args__ = (
        UniqueConstraint("unit_code", "period", "version"),
        CheckConstraint("state IN ('pending', 'exported', 'abandoned')", name="state"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    period: Mapped[str] = mapped_column(String(7))
    version: Mapped[int] = mapped_column(Integer)
    exported_at: Mapped[datetime]
    exported_by: Mapped[str] = mapped_column(String(50))
    fingerprint: Mapped[str] = mapped_column(String(40))
    files: Mapped[str] = mapped_column(Text, default="")
    payload: Mapped[str] = mapped_column(Text)
    reopened_at: Mapped[datetime | None]
    reopened_by: Mapped[str | None] = mapped_column(String(50))
    reopen_reason: Mapped[str | None] = mapped_column(Text)
    # pending: the version is taken and its files are being written; exported: both files are in place;
    # abandoned: the export failed or was killed, so the version is never used again and locks nothing.
    state: Mapped[str] = mapped_column(String(10), default="exported", server_default="exported")
