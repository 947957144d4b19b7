"""The clerk's choices kept in the store by the shape of the ledger (its headers, column by column), so the next
ledger of the same shape is offered them (:class:`~kesu_desktop.ledgers.choices.LedgerMapping`)."""

from __future__ import annotations

import json
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.ledgers.choices import LedgerMapping, SheetChoices, check_entry
from kesu_desktop.reference.data import ReferenceData


def saved_mapping(session: Session, reference: ReferenceData) -> LedgerMapping:
    """The choices saved for every shape of ledger, newest first; one that no longer fits the reference data
    (a form or a group withdrawn since) is left out, to be chosen again."""
    entries = []
    for (text,) in session.execute(select(models.LedgerMapping.entry).order_by(models.LedgerMapping.saved_at.desc())):
        try:
            entries.append(check_entry(json.loads(text), 1, reference))
        except ValueError:
            continue
    return LedgerMapping(tuple(entries))


def save_choices(session: Session, choices: list[SheetChoices], actor: str) -> None:
    """Keep ``choices``, each under its shape, replacing what was kept for that shape."""
    now = datetime.now()
    for chosen in choices:
        entry = chosen.entry(sheet=None)
        shape = json.dumps({"kind": chosen.kind, "headers": chosen.headers}, ensure_ascii=False, sort_keys=True)
        row = session.get(models.LedgerMapping, shape)
        text = json.dumps(entry, ensure_ascii=False, sort_keys=True)
        if row is None:
            session.add(models.LedgerMapping(shape=shape, entry=text, saved_at=now, saved_by=actor))
        else:
            row.entry, row.saved_at, row.saved_by = text, now, actor
