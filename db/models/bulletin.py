"""What the road back from the county keeps: at the county, the returns it sent back (退回) and why; at a
township, the county's key pinned at its first bulletin and every bulletin applied."""

from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import CheckConstraint, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class SendBack(Base):
    """A unit's return the county sent back (退回), with the reason, for the unit to correct; the county's next
    bulletin to the unit carries it."""

    __tablename__ = "send_back"
    __table_args__ = (UniqueConstraint("unit_code", "period", "version"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    unit_code: Mapped[str] = mapped_column(ForeignKey("unit.code"))
    period: Mapped[str] = mapped_column(String(7))
    version: Mapped[int] = mapped_column(Integer)
    fingerprint: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    sent_at: Mapped[datetime]
    sent_by: Mapped[str] = mapped_column(String(50))


class CountyKey(Base):
    """The county office's public key, pinned at the first bulletin once the clerk compared its fingerprint with
    the one the county states; a bulletin signed by any other key is refused."""

    __tablename__ = "county_key"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    public_key: Mapped[str] = mapped_column(Text)
    fingerprint: Mapped[str] = mapped_column(String(20))
    pinned_at: Mapped[datetime]
    pinned_by: Mapped[str] = mapped_column(String(50))


class CountyBulletin(Base):
    """A county bulletin applied at this township: its signed payload (receipts, send-backs, target shares, the
    notice), when and by whom; the newest applied one not undone is what the township shows."""

    __tablename__ = "county_bulletin"
    id: Mapped[uuid.UUID] = mapped_column(primary_key=True)  # the bulletin's own id
    issued_at: Mapped[datetime]
    fingerprint: Mapped[str] = mapped_column(String(20))
    payload: Mapped[str] = mapped_column(Text)  # canonical JSON, as signed
    applied_at: Mapped[datetime]
    applied_by: Mapped[str] = mapped_column(String(50))
    undone_at: Mapped[datetime | None]
    undone_by: Mapped[str | None] = mapped_column(String(50))
