"""The tables of the county's totals: the lines of a breakdown with their total (bold, last), and the records
behind a figure. Numbers are right-aligned with thousands separators; the figures come from
:mod:`kesu_desktop.county.totals.lines` and :mod:`kesu_desktop.county.totals.drilldown`, never computed here."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QFont

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.totals.drilldown import HeldRecord
from kesu_desktop.county.totals.lines import Figures, TotalsRow, line_name
from kesu_desktop.reference.data import ReferenceData
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
FIGURE_COLUMNS = (
    ("activities", QT_TRANSLATE_NOOP("Totals", "Activities")),
    ("participants", QT_TRANSLATE_NOOP("Totals", "Participants")),
    ("women", QT_TRANSLATE_NOOP("Totals", "Women")),
    ("trainings", QT_TRANSLATE_NOOP("Totals", "Trainings")),
    ("trainees", QT_TRANSLATE_NOOP("Totals", "Trainees")),
)
LINE_HEADERS = {
    "unit": QT_TRANSLATE_NOOP("Totals", "Unit"),
    "group": QT_TRANSLATE_NOOP("Totals", "Target group"),
    "form": QT_TRANSLATE_NOOP("Totals", "Activity form"),
    "kind": QT_TRANSLATE_NOOP("Totals", "Training kind"),
    "campaign": QT_TRANSLATE_NOOP("Totals", "Campaign"),
    "key_project": QT_TRANSLATE_NOOP("Totals", "Key project"),
}
MONTHS_HELD = QT_TRANSLATE_NOOP("Totals", "Months held")
RECORD_COLUMNS = (
    QT_TRANSLATE_NOOP("Totals", "Month"),
    QT_TRANSLATE_NOOP("Totals", "Version"),
    QT_TRANSLATE_NOOP("Totals", "Record"),
    QT_TRANSLATE_NOOP("Totals", "Date"),
    QT_TRANSLATE_NOOP("Totals", "Title"),
    QT_TRANSLATE_NOOP("Totals", "Form or kind"),
    QT_TRANSLATE_NOOP("Totals", "Target group"),
    QT_TRANSLATE_NOOP("Totals", "Participants or trainees"),
    QT_TRANSLATE_NOOP("Totals", "Women"),
    QT_TRANSLATE_NOOP("Totals", "Campaign"),
    QT_TRANSLATE_NOOP("Totals", "Key project"),
    QT_TRANSLATE_NOOP("Totals", "Venue"),
)
RECORD_NUMBERS = (1, 7, 8)
RECORD_TYPES = {
    "activity": QT_TRANSLATE_NOOP("Totals", "Activity"),
    "training": QT_TRANSLATE_NOOP("Totals", "Training"),
}


def number(value: int | None) -> str:
    return "" if value is None else f"{value:,}"


class TotalsModel(QAbstractTableModel):
    """The lines of one breakdown (code, name, the figures; by unit also the months held), then the total."""

    def __init__(self) -> None:
        super().__init__()
        self.by = "unit"
        self.rows: list[TotalsRow] = []
        self.total: Figures | None = None

    def show_rows(self, by: str, rows: Sequence[TotalsRow], total: Figures | None) -> None:
        self.beginResetModel()
        self.by, self.rows, self.total = by, list(rows), total
        self.endResetModel()

    def line(self, row: int) -> TotalsRow | None:
        """The line shown in ``row``; None for the total row (or outside the table)."""
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def is_total(self, row: int) -> bool:
        return self.total is not None and row == len(self.rows)

    def _columns(self) -> int:
        return 2 + len(FIGURE_COLUMNS) + (1 if self.by == "unit" else 0)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows) + (1 if self.total is not None else 0)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else self._columns()

    def text(self, row: int, column: int) -> str:
        line = self.line(row)
        figures = line.figures if line is not None else self.total
        if column == 0:
            return line.key if line is not None else ""
        if column == 1:
            return line.name if line is not None else translate("Totals", "Total")
        if column - 2 < len(FIGURE_COLUMNS):
            return number(getattr(figures, FIGURE_COLUMNS[column - 2][0]))
        return number(line.returns) if line is not None else ""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() >= 2:
            return RIGHT
        if role == Qt.ItemDataRole.FontRole and self.is_total(index.row()):
            font = QFont()
            font.setBold(True)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self._columns():
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and section >= 2:
            return RIGHT
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if section == 0:
            return translate("Totals", "Code")
        if section == 1:
            return translate("Totals", LINE_HEADERS[self.by])
        if section - 2 < len(FIGURE_COLUMNS):
            return translate("Totals", FIGURE_COLUMNS[section - 2][1])
        return translate("Totals", MONTHS_HELD)


class RecordsModel(QAbstractTableModel):
    """The records behind a figure, every field a county clerk checks, names in the UI language."""

    def __init__(self, reference: ReferenceData, language: str) -> None:
        super().__init__()
        self.reference, self.language = reference, language
        self.records: list[HeldRecord] = []

    def show_records(self, records: Sequence[HeldRecord]) -> None:
        self.beginResetModel()
        self.records = list(records)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(RECORD_COLUMNS)

    def texts(self, row: int) -> tuple[str, ...]:
        record, reference, language = self.records[row], self.reference, self.language
        activity = record.record_type == "activity"
        dates = record.start_date.isoformat()
        if record.end_date != record.start_date:
            dates += f" – {record.end_date.isoformat()}"
        return (
            record.period,
            f"v{record.version}",
            translate("Totals", RECORD_TYPES[record.record_type]),
            dates,
            record.title,
            line_name(reference, "form" if activity else "kind", record.code, language),
            line_name(reference, "group", record.group, language),
            number(record.attendance),
            number(record.women),
            line_name(reference, "campaign", record.campaign_code, language) if record.campaign_code else "",
            line_name(reference, "key_project", record.key_project_code, language) if record.key_project_code else "",
            record.record.venue,
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.records):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in RECORD_NUMBERS:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(RECORD_COLUMNS):
            return translate("Totals", RECORD_COLUMNS[section])
        return None
