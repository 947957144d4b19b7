"""At every start: settle the exports a killed process left pending (:func:`.export.settle_pending_exports`).

Opening a folder only asks the store whether any export is pending; the workbook reader and the PDF check that
settling needs are loaded only when one is, so a command or the window does not pay for them at every start.
"""

from __future__ import annotations

from sqlalchemy import func, select

from db import models
from kesu_desktop.store.database import Store


def reconcile_interrupted_exports(store: Store) -> list[str]:
    """The exports left pending, settled: each period and version and what became of it, for the log."""
    with store.reading() as session:
        pending = session.scalar(
            select(func.count()).select_from(models.ReturnVersion).where(models.ReturnVersion.state == "pending")
        )
    if not pending:
        return []
    from kesu_desktop.returns.export import settle_pending_exports  # heavy (openpyxl, reportlab): only when needed

    return settle_pending_exports(store)
