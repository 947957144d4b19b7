"""What both roles keep of the ledgers (台账) brought in: the clerk's choices for each shape of ledger, offered
again for the next ledger of the same shape."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String, Text
from sqlalchemy.orm import Mapped, mapped_column

from db.models.base import Base


class LedgerMapping(Base):
    """The choices saved for one shape of ledger: its kind and headers column by column (``shape``, JSON), and
    the choices as an entry of a mapping file (``entry``, JSON: :mod:`kesu_desktop.ledgers.choices`)."""

    __tablename__ = "ledger_mapping"
    shape: Mapped[str] = mapped_column(Text, primary_key=True)
    entry: Mapped[str] = mapped_column(Text)
    saved_at: Mapped[datetime]
    saved_by: Mapped[str] = mapped_column(String(50))
