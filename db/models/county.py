"""The county office's store: imports and their files, the returns and records received, the figures held beside each
return and their rollups, the county's settings, when each unit reports from, the units' keys, the reports issued,
the county's own words, the survey mapping, and the units' ledgers the county brought in."""

from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    false,
    text,
)
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


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
    current: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())  # the newest version


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


class FigureCells:
    """The cells of the one aggregation of a month's records (or a return's), as a dimension, key and group with
    its figures: held beside each return (:class:`ReturnFigure`) and each ledger (:class:`LedgerFigure`)."""

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


class ReturnFigure(FigureCells, Base):
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
        Index(
            "ix_unit_key_one_pinned",
            "unit_code",
            unique=True,
            sqlite_where=text("state = 'pinned'"),
            postgresql_where=text("state = 'pinned'"),
        ),
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


class LedgerImport(Base):
    """A unit's hand-kept ledger (台账) brought in by the county for the months before the unit used KeSu: which
    file (and its SHA-256), when, by whom, how many records. Its records are a ledger's, never a signed return's."""

    __tablename__ = "ledger_import"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=uuid.uuid4)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"), index=True)
    file: Mapped[str] = mapped_column(Text)
    sha256: Mapped[str] = mapped_column(String(64))
    imported_at: Mapped[datetime]
    actor: Mapped[str] = mapped_column(String(50))
    records: Mapped[int] = mapped_column(Integer)


class LedgerRecord(Base):
    """One activity or training of a ledger the county brought in, as a return's payload would carry it, with
    the sheet and row it was read from."""

    __tablename__ = "ledger_record"
    __table_args__ = (
        CheckConstraint("record_type IN ('activity', 'training')", name="record_type"),
        Index("ix_ledger_record_unit_start", "unit_code", "start_date"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_import.id", ondelete="CASCADE"), index=True)
    unit_code: Mapped[str] = mapped_column(String(20))
    record_type: Mapped[str] = mapped_column(String(10))
    title: Mapped[str] = mapped_column(Text)
    start_date: Mapped[date]
    end_date: Mapped[date]
    sheet: Mapped[str] = mapped_column(Text)
    row: Mapped[int] = mapped_column(Integer)
    data: Mapped[str] = mapped_column(Text)  # JSON, as in a return's payload


class LedgerFigure(FigureCells, Base):
    """One cell of the one aggregation of a ledger's records of one month, as :class:`ReturnFigure` holds a
    return's: the evaluation adds them for the months no return covers, marked as a ledger's."""

    __tablename__ = "ledger_figure"
    __table_args__ = (
        CheckConstraint(
            "dimension IN ('return', 'activity', 'campaign', 'key_project', 'major', 'training')", name="dimension"
        ),
        Index("ix_ledger_figure_period", "period", "unit_code"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    import_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("ledger_import.id", ondelete="CASCADE"), index=True)
    unit_code: Mapped[str] = mapped_column(String(20))
    period: Mapped[str] = mapped_column(String(7))
