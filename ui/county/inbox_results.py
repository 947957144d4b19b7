"""What a check or an import of returns came to, as the Import page shows it: one row per file (status coloured,
unit, month, version, fingerprints, record counts, the early mark, the reason in the clerk's language, the path)
and the counts by status above the table."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.inbox.types import FAILING_STATUSES, STATUS_LABELS, STATUSES, STORED_STATUSES, FileResult
from kesu_desktop.reference.periods import parse_period
from ui.i18n import translate
from ui.widgets.error_label import ERROR_COLOUR

Index = QModelIndex | QPersistentModelIndex
STORED_COLOUR = "#1b6e20"
UNKNOWN = "—"
COLUMNS = (
    QT_TRANSLATE_NOOP("CountyInbox", "Status"),
    QT_TRANSLATE_NOOP("CountyInbox", "Unit"),
    QT_TRANSLATE_NOOP("CountyInbox", "Month"),
    QT_TRANSLATE_NOOP("CountyInbox", "Version"),
    QT_TRANSLATE_NOOP("CountyInbox", "Fingerprint"),
    QT_TRANSLATE_NOOP("CountyInbox", "Key"),
    QT_TRANSLATE_NOOP("CountyInbox", "Activities"),
    QT_TRANSLATE_NOOP("CountyInbox", "Trainings"),
    QT_TRANSLATE_NOOP("CountyInbox", "Early"),
    QT_TRANSLATE_NOOP("CountyInbox", "Reason"),
    QT_TRANSLATE_NOOP("CountyInbox", "File"),
)
STATUS, UNIT, REASON = 0, 1, 9
NUMBERS = (3, 6, 7)


def status_label(status: str) -> str:
    return translate("Inbox", STATUS_LABELS.get(status, status))


def status_colour(status: str) -> str | None:
    """Green for what an import stores, red for what is refused or waits; None (the usual colour) otherwise."""
    if status in STORED_STATUSES:
        return STORED_COLOUR
    if status in FAILING_STATUSES:
        return ERROR_COLOUR
    return None


def period_label(code: str | None, language: str) -> str:
    if not code:
        return UNKNOWN
    try:
        return parse_period(code).label(language)
    except KesuError:  # a refused file may name a period that is none: shown as the file has it
        return code


def unit_text(result: FileResult) -> str:
    return result.unit_name or result.unit_code or UNKNOWN


class ResultsModel(QAbstractTableModel):
    """The files of one check or import, in the order they were considered."""

    def __init__(self, translator: Translator, language: str) -> None:
        super().__init__()
        self.translator, self.language = translator, language
        self.results: tuple[FileResult, ...] = ()
        self.reasons: tuple[str, ...] = ()

    def show_results(self, results: Sequence[FileResult]) -> None:
        self.beginResetModel()
        self.results = tuple(results)
        self.reasons = tuple(self.translator.render(r.reason) if r.reason else "" for r in self.results)
        self.endResetModel()

    def result(self, row: int) -> FileResult | None:
        return self.results[row] if 0 <= row < len(self.results) else None

    def texts(self, row: int) -> tuple[str, ...]:
        result = self.results[row]
        return (
            status_label(result.status),
            unit_text(result),
            period_label(result.period, self.language),
            UNKNOWN if result.version is None else str(result.version),
            result.fingerprint or UNKNOWN,
            result.key_fingerprint or UNKNOWN,
            str(result.activities) if result.version is not None else "",
            str(result.trainings) if result.version is not None else "",
            translate("CountyInbox", "early") if result.early else "",
            self.reasons[row],
            result.file,
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.results)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.results):
            return None
        result, column = self.results[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self.texts(index.row())[column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if column == UNIT and result.unit_code:
                return f"{unit_text(result)} ({result.unit_code})"
            if column == REASON and self.reasons[index.row()]:
                return self.reasons[index.row()]
            return result.file
        if role == Qt.ItemDataRole.ForegroundRole and column == STATUS:
            colour = status_colour(result.status)
            return QBrush(QColor(colour)) if colour else None
        if role == Qt.ItemDataRole.TextAlignmentRole and column in NUMBERS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return translate("CountyInbox", COLUMNS[section])
        return None


def counts_text(results: Sequence[FileResult]) -> str:
    """“3 files: New 1 · Already held 2”, the statuses in their usual order."""
    if not results:
        return translate("CountyInbox", "No .xlsx file was found in the sources chosen.")
    parts = [
        translate("CountyInbox", "{status} {count}").format(status=status_label(status), count=count)
        for status in STATUSES
        if (count := sum(1 for r in results if r.status == status))
    ]
    return translate("CountyInbox", "Files: {count} — {statuses}").format(
        count=len(results), statuses=" · ".join(parts)
    )
