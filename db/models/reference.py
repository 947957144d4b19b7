"""Reference data: units, target groups, activity forms, campaigns, key projects, training kinds, the plans and their
targets with the units' shares and the figures the county enters, the period-end indicators (all keyed by the stable
codes of ``resources/reference``)."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, ForeignKeyConstraint, Integer, Numeric, String, Text, false
from sqlalchemy.orm import Mapped, mapped_column, relationship

from db.models.base import Base


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
    retired: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
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


class StockIndicator(Base):
    """A period-end figure a unit reports each month (队伍与阵地): volunteers, bases, schools …"""

    __tablename__ = "stock_indicator"
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    name_zh: Mapped[str]
    name_en: Mapped[str]
    measure_unit: Mapped[str] = mapped_column(String(20))
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
