"""SQLAlchemy 2 typed models of the local store.

Reference tables are keyed by stable codes from ``resources/reference``; records carry UUIDs because they
travel between machines in returns. The schema changes only through a migration in ``db/migrations``.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any, ClassVar

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING)
    type_annotation_map: ClassVar[dict[Any, Any]] = {
        str: String(200),
        datetime: DateTime(timezone=False),
        uuid.UUID: Uuid(),
    }


class Unit(Base):
    """A reporting unit (填报单位): town, township, the development zone, a county department, the county office."""

    __tablename__ = "unit"
    code: Mapped[str] = mapped_column(String(12), primary_key=True)
    name: Mapped[str]
    kind: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class TargetGroup(Base):
    """One of the plan's target groups (青少年, 农民 …) or the general public."""

    __tablename__ = "target_group"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class ActivityForm(Base):
    """How an activity was held; ``national_row`` ties it to a row of the national 科普统计 survey."""

    __tablename__ = "activity_form"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    national_row: Mapped[str] = mapped_column(String(30))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Campaign(Base):
    """A recurring campaign named in the plan (全国科普日, 科技活动周 …); ``usual_month`` when it has one."""

    __tablename__ = "campaign"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    usual_month: Mapped[int | None] = mapped_column(Integer)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class KeyProject(Base):
    """One of the plan's five key projects (五项重点工程)."""

    __tablename__ = "key_project"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class TrainingKind(Base):
    """A kind of training (高素质农民培育 …) with the target group it usually serves."""

    __tablename__ = "training_kind"
    code: Mapped[str] = mapped_column(String(30), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    target_group_code: Mapped[str | None] = mapped_column(ForeignKey("target_group.code"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class Plan(Base):
    """A science-literacy plan (规划纲要实施方案) whose targets the county tracks."""

    __tablename__ = "plan"
    code: Mapped[str] = mapped_column(String(20), primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    document_no: Mapped[str]
    start_year: Mapped[int] = mapped_column(Integer)
    end_year: Mapped[int] = mapped_column(Integer)
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))
    targets: Mapped[list[PlanTarget]] = relationship(
        back_populates="plan", order_by="PlanTarget.sort_order", cascade="all, delete-orphan"
    )


class PlanTarget(Base):
    """A quantitative target of a plan; ``kind`` says how progress is measured (cumulative, yearly, stock …)."""

    __tablename__ = "plan_target"
    plan_code: Mapped[str] = mapped_column(ForeignKey("plan.code"), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str] = mapped_column(String(300))
    name_en: Mapped[str] = mapped_column(String(300))
    kind: Mapped[str] = mapped_column(String(20))
    comparison: Mapped[str] = mapped_column(String(2))
    figure: Mapped[Decimal] = mapped_column(Numeric(12, 2))
    measure_unit: Mapped[str] = mapped_column(String(20))
    target_group_code: Mapped[str | None] = mapped_column(ForeignKey("target_group.code"))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    measure: Mapped[str | None] = mapped_column(Text)  # JSON: which data the target counts (docs/targets.md)
    plan: Mapped[Plan] = relationship(back_populates="targets")


class TargetShare(Base):
    """A target split among units (分解任务): the figure one unit is to reach."""

    __tablename__ = "target_share"
    __table_args__ = (
        ForeignKeyConstraint(
            ["plan_code", "target_code"], ["plan_target.plan_code", "plan_target.code"], ondelete="CASCADE"
        ),
    )
    plan_code: Mapped[str] = mapped_column(String(20), primary_key=True)
    target_code: Mapped[str] = mapped_column(String(40), primary_key=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"), primary_key=True)
    figure: Mapped[Decimal] = mapped_column(Numeric(12, 2))


class TargetEntry(Base):
    """A figure the county enters for a target (a survey result, or one side of a rate), with its source and
    date: ``part`` is value, numerator or denominator."""

    __tablename__ = "target_entry"
    __table_args__ = (
        ForeignKeyConstraint(
            ["plan_code", "target_code"], ["plan_target.plan_code", "plan_target.code"], ondelete="CASCADE"
        ),
        CheckConstraint("part IN ('value', 'numerator', 'denominator')", name="part"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    plan_code: Mapped[str] = mapped_column(String(20))
    target_code: Mapped[str] = mapped_column(String(40))
    part: Mapped[str] = mapped_column(String(12), default="value")
    as_of: Mapped[date]
    value: Mapped[Decimal] = mapped_column(Numeric(14, 4))
    source: Mapped[str] = mapped_column(Text)
    entered_at: Mapped[datetime]
    entered_by: Mapped[str] = mapped_column(String(50))


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


_LIST_ORDER = ("unit_code", "deleted_at", "start_date", "id")  # how the record lists filter and sort first


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


class StockIndicator(Base):
    """A period-end figure a unit reports each month (队伍与阵地): volunteers, bases, schools …"""

    __tablename__ = "stock_indicator"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    measure_unit: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


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


# --- the county inbox --------------------------------------------------------------------------------------------


class CountyImport(Base):
    """One import of returns into the county's store: when, by whom, and whether it was undone. An import that
    would change nothing is not recorded."""

    __tablename__ = "county_import"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    started_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(50))
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(50))


class ImportFile(Base):
    """What one file of an import came to (for the inbox's list of imports and the receipt list)."""

    __tablename__ = "import_file"
    __table_args__ = (UniqueConstraint("import_id", "position"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("county_import.id"))
    position: Mapped[int] = mapped_column(Integer)
    file: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    reason: Mapped[str | None] = mapped_column(Text)  # JSON: {"template": ..., "values": {...}}
    unit_code: Mapped[str | None] = mapped_column(String(20))  # as the file claims: perhaps no known unit
    unit_name: Mapped[str | None] = mapped_column(String(100))
    period: Mapped[str | None] = mapped_column(String(10))
    version: Mapped[int | None] = mapped_column(Integer)
    fingerprint: Mapped[str | None] = mapped_column(String(64))
    key_fingerprint: Mapped[str | None] = mapped_column(String(64))
    sha256: Mapped[str | None] = mapped_column(String(64))
    activities: Mapped[int] = mapped_column(Integer, default=0)
    trainings: Mapped[int] = mapped_column(Integer, default=0)
    early: Mapped[bool] = mapped_column(Boolean, default=False)


class ReceivedReturn(Base):
    """A unit's monthly return as the county received it: the signed payload, the file's SHA-256, where it came
    from and when the county received it (timeliness is measured on receipt). Of the versions of one unit's
    period, only the newest counts."""

    __tablename__ = "received_return"
    __table_args__ = (
        UniqueConstraint("unit_code", "period", "version"),
        Index("ix_received_return_current_period", "current", "period"),
    )
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("county_import.id"), index=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    period: Mapped[str] = mapped_column(String(7))
    version: Mapped[int] = mapped_column(Integer)
    return_id: Mapped[str] = mapped_column(String(36))
    format_version: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64))
    public_key: Mapped[str] = mapped_column(Text)
    signature: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    source_path: Mapped[str] = mapped_column(Text)
    received_at: Mapped[datetime]
    early: Mapped[bool] = mapped_column(Boolean, default=False)
    demo: Mapped[bool] = mapped_column(Boolean, default=False)
    payload: Mapped[str] = mapped_column(Text)  # the signed payload, as canonical JSON
    current: Mapped[bool] = mapped_column(Boolean, default=False, server_default=text("0"))  # the newest version


class ReceivedRecord(Base):
    """One activity or training inside a received return, as its payload gives it."""

    __tablename__ = "received_record"
    __table_args__ = (
        UniqueConstraint("return_id", "record_id"),
        CheckConstraint("record_type IN ('activity', 'training')", name="record_type"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    return_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("received_return.id", ondelete="CASCADE"))
    record_type: Mapped[str] = mapped_column(String(10))
    record_id: Mapped[str] = mapped_column(String(36))
    start_date: Mapped[date]
    end_date: Mapped[date]
    data: Mapped[str] = mapped_column(Text)  # JSON, as in the payload


class ReturnFigure(Base):
    """One cell of the one aggregation of a received return's records, or one of its period-end figures, stored
    when the return is imported: every county figure is a sum of these, so it equals the sum of the returns.

    ``dimension`` is ``return`` (one row a return: ``count`` its activities, ``sessions`` its trainings),
    ``activity`` (key the form, group_code the main target group), ``campaign`` or ``key_project`` (key the
    code), ``major`` (key "": the major events, activities of at least the survey's threshold of person-times),
    ``training`` (key the kind, group_code the training's target group) or ``stock`` (key the indicator,
    ``value`` the figure, or ``not_applicable``)."""

    __tablename__ = "return_figure"
    __table_args__ = (
        CheckConstraint(
            "dimension IN ('return', 'activity', 'campaign', 'key_project', 'major', 'training', 'stock')",
            name="dimension",
        ),
        Index("ix_return_figure_dimension_return", "dimension", "return_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    return_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("received_return.id", ondelete="CASCADE"), index=True)
    dimension: Mapped[str] = mapped_column(String(12))
    key: Mapped[str] = mapped_column(String(40), default="")
    group_code: Mapped[str] = mapped_column(String(20), default="")
    count: Mapped[int] = mapped_column(Integer, default=0)
    participants: Mapped[int] = mapped_column(Integer, default=0)
    women: Mapped[int] = mapped_column(Integer, default=0)
    sessions: Mapped[int] = mapped_column(Integer, default=0)
    trainees: Mapped[int] = mapped_column(Integer, default=0)
    low_income: Mapped[int] = mapped_column(Integer, default=0)
    certified: Mapped[int] = mapped_column(Integer, default=0)
    value: Mapped[int | None] = mapped_column(Integer)
    not_applicable: Mapped[bool] = mapped_column(Boolean, default=False)


class FigureRollup(Base):
    """Sums of :class:`ReturnFigure` over the newest versions of the returns of one unit's year (``unit_year``:
    period 2024) or of every unit's month (``county_month``: unit_code "", period 2024-03), rebuilt for the years
    and months an import or an undo touches, so a total over five years sums a few thousand rows, not every
    return's cells. For period-end figures a unit's year keeps, per indicator, the latest figure stated in it
    (``dimension`` stock, ``value`` and ``stated_in``), never a sum."""

    __tablename__ = "figure_rollup"
    __table_args__ = (
        CheckConstraint("scope IN ('unit_year', 'county_month')", name="scope"),
        Index("ix_figure_rollup_scope_period", "scope", "period"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    scope: Mapped[str] = mapped_column(String(12))
    unit_code: Mapped[str] = mapped_column(String(12))
    period: Mapped[str] = mapped_column(String(7))
    dimension: Mapped[str] = mapped_column(String(12))
    key: Mapped[str] = mapped_column(String(40))
    group_code: Mapped[str] = mapped_column(String(20))
    count: Mapped[int] = mapped_column(Integer)
    participants: Mapped[int] = mapped_column(Integer)
    women: Mapped[int] = mapped_column(Integer)
    sessions: Mapped[int] = mapped_column(Integer)
    trainees: Mapped[int] = mapped_column(Integer)
    low_income: Mapped[int] = mapped_column(Integer)
    certified: Mapped[int] = mapped_column(Integer)
    value: Mapped[int | None] = mapped_column(Integer)  # stock: the latest figure stated in the unit's year
    stated_in: Mapped[str | None] = mapped_column(String(7))  # stock: the month of the return that stated it


class CountySettings(Base):
    """The county office's reporting rules (one row): returns are due by ``deadline_day`` of the next month."""

    __tablename__ = "county_settings"
    __table_args__ = (CheckConstraint("deadline_day BETWEEN 1 AND 28", name="deadline_day"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, default=1)
    deadline_day: Mapped[int] = mapped_column(Integer, default=5)


class UnitReportingStart(Base):
    """The first month a unit is to report, as the county set it (without a row: the month of the first return
    received from it); no month before it is missing."""

    __tablename__ = "unit_reporting_start"
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"), primary_key=True)
    first_period: Mapped[str] = mapped_column(String(7))
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(50))


class UnitKey(Base):
    """A unit's public signing key as the county knows it: pending (seen, not yet confirmed against the stamped
    paper return), pinned (the unit's key: one at a time), retired (replaced by a newer key, with the reason) or
    revoked. ``import_id`` is the import that pinned it (undone with it), ``seen_in`` the one that first saw it."""

    __tablename__ = "unit_key"
    __table_args__ = (
        UniqueConstraint("unit_code", "public_key"),
        CheckConstraint("state IN ('pending', 'pinned', 'retired', 'revoked')", name="state"),
        Index("ix_unit_key_one_pinned", "unit_code", unique=True, sqlite_where=text("state = 'pinned'")),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    public_key: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(64))
    state: Mapped[str] = mapped_column(String(10))
    first_seen_at: Mapped[datetime]
    decided_at: Mapped[datetime | None]
    decided_by: Mapped[str | None] = mapped_column(String(50))
    reason: Mapped[str | None] = mapped_column(Text)
    import_id: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("county_import.id"))
    seen_in: Mapped[uuid.UUID | None] = mapped_column(ForeignKey("county_import.id"))


class IssuedReport(Base):
    """A county report written to files (:mod:`kesu_desktop.county.reports.files`): which, when, by whom, its
    fingerprint and the files, recorded before the files take their names, so no report exists unrecorded."""

    __tablename__ = "issued_report"
    __table_args__ = (
        CheckConstraint("kind IN ('consolidated', 'targets', 'evaluation', 'survey', 'scorecard')", name="kind"),
    )
    id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True, default=uuid.uuid4)
    kind: Mapped[str] = mapped_column(String(12))
    scope: Mapped[str] = mapped_column(String(12))
    made_at: Mapped[datetime]
    made_by: Mapped[str] = mapped_column(String(50))
    fingerprint: Mapped[str] = mapped_column(String(19))
    key_fingerprint: Mapped[str] = mapped_column(String(9))
    folder: Mapped[str] = mapped_column(Text)
    files: Mapped[str] = mapped_column(Text)  # JSON list of the file names written in ``folder``


class ReportText(Base):
    """The county's own words for a report (the evaluation's summary, problems, next steps …), entered in the app
    and printed with it; one row a passage of a report's kind and scope."""

    __tablename__ = "report_text"
    kind: Mapped[str] = mapped_column(String(12), primary_key=True)
    scope: Mapped[str] = mapped_column(String(12), primary_key=True)
    key: Mapped[str] = mapped_column(String(30), primary_key=True)
    text: Mapped[str] = mapped_column(Text)
    updated_at: Mapped[datetime]
    updated_by: Mapped[str] = mapped_column(String(50))


class SurveyMapping(Base):
    """The county's own choice of the national survey row (全国科普统计调查) an activity form or a training kind
    counts under, overriding the reference data's (``resources/reference/survey_rows.json``)."""

    __tablename__ = "survey_mapping"
    __table_args__ = (CheckConstraint("source IN ('activity_form', 'training_kind')", name="source"),)
    source: Mapped[str] = mapped_column(String(14), primary_key=True)
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    row_code: Mapped[str] = mapped_column(String(30))
    set_at: Mapped[datetime]
    set_by: Mapped[str] = mapped_column(String(50))
