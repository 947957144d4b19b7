"""A record of a reported month for the screen tests: last month's activity with its return exported, and the
Returns page's reopening dialog answered from a test."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from PySide6.QtWidgets import QApplication

from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import Activity, ActivityInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of
from kesu_desktop.returns.export import export_return
from kesu_desktop.store.database import Store
from tests.conftest import UNIT_CODE
from tests.ui.helpers import when_shown
from ui.returns.reopen_dialog import ReopenDialog


def last_month() -> date:
    """The last day of last month: a month that has ended, so its return can be exported."""
    return date.today().replace(day=1) - timedelta(days=1)


def reported_activity(store: Store, reference: ReferenceData, folder: Path) -> Activity:
    """An activity of last month whose return is exported into ``folder``, so that the month is locked."""
    day = last_month()
    with store.transaction() as session:
        record = add_activity(
            session,
            UNIT_CODE,
            ActivityInput("西街村科普讲座", day, day, "lecture", ("farmers",), participants=80),
            reference,
            actor="王晓燕",
        )
    folder.mkdir(exist_ok=True)
    export_return(store, reference, month_of(day), folder, formats=("xlsx",), unfilled="na")
    return record


def reopening_dialog() -> ReopenDialog | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, ReopenDialog) and widget.isVisible() else None


def reopen_with_reason(failures: list[BaseException], reason: str) -> None:
    """When the reopening dialog opens, give ``reason`` and confirm it, as a clerk would."""

    def answer(dialog: ReopenDialog) -> None:
        dialog.reason.setPlainText(reason)
        dialog.confirm()

    when_shown(reopening_dialog, answer, failures)
