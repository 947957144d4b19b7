"""Writing a county report off the GUI thread (:class:`ReportWorker`, as the return's export does) and the
list of the reports issued, for the Reports page (:mod:`.reports_page`)."""

from __future__ import annotations

import logging
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QHeaderView, QTableWidget, QTableWidgetItem

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.reports.files import ReportRecord, issue_report
from ui.i18n import translate
from ui.state import AppState

log = logging.getLogger(__name__)
KIND_NAMES = {
    "consolidated": QT_TRANSLATE_NOOP("ReportsPage", "Consolidated report"),
    "targets": QT_TRANSLATE_NOOP("ReportsPage", "Progress towards the targets"),
    "evaluation": QT_TRANSLATE_NOOP("ReportsPage", "Evaluation of a plan"),
    "survey": QT_TRANSLATE_NOOP("ReportsPage", "National survey figures"),
    "scorecard": QT_TRANSLATE_NOOP("ReportsPage", "Annual supervision scorecard"),
}


class ReportWorker(QObject):
    """Issues the report off the GUI thread and reports progress, the result or the error."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self, state: AppState, kind: str, folder: Path, *, period: str | None, plan_code: str | None, today: date
    ) -> None:
        super().__init__()
        self.state, self.kind, self.folder = state, kind, folder
        self.period, self.plan_code, self.today = period, plan_code, today

    def run(self) -> None:
        try:
            result = issue_report(
                self.state.store,
                self.state.reference,
                self.kind,
                self.folder,
                period=self.period,
                plan_code=self.plan_code,
                today=self.today,
                progress=self.progressed.emit,
            )
        except Exception as error:  # every failure is reported to the clerk, none is swallowed
            if not isinstance(error, KesuError):
                log.exception("the %s report for %s failed", self.kind, self.period or self.plan_code)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def issued_table() -> QTableWidget:
    """The table of the reports issued: when, kind, period, by whom, fingerprint and files."""
    table = QTableWidget(0, 6)
    table.setHorizontalHeaderLabels(
        [
            translate("ReportsPage", "When"),
            translate("ReportsPage", "Kind"),
            translate("ReportsPage", "Period"),
            translate("ReportsPage", "By"),
            translate("ReportsPage", "Fingerprint"),
            translate("ReportsPage", "Files"),
        ]
    )
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(5, QHeaderView.ResizeMode.Stretch)
    return table


def show_issued(table: QTableWidget, records: Sequence[ReportRecord], language: str) -> None:
    """Fill ``table`` with ``records``, the newest first as given; a file's folder is its tooltip."""
    table.setRowCount(len(records))
    separator = ", " if language == "en" else "、"
    for row, record in enumerate(records):
        name = KIND_NAMES.get(record.kind)
        texts = (
            record.made_at.strftime("%Y-%m-%d %H:%M"),
            translate("ReportsPage", name) if name else record.kind,
            record.scope,
            record.made_by,
            record.fingerprint,
            separator.join(path.name for path in record.files),
        )
        for column, text in enumerate(texts):
            item = QTableWidgetItem(text)
            item.setToolTip(str(record.files[0].parent) if column == 5 and record.files else text)
            table.setItem(row, column, item)
