"""The reporting status grid as a table model: a row a reporting unit and a last row of each month's reporting
rate; a column a month and a last column of each unit's rate. Each cell is labelled and coloured by its state
(on time ✓, late 迟N天, missing 未报, zero 零报, a corrected return's version, not due grey, before the unit's
first month —), its tooltip telling when which version was received. It only shows a
:class:`~kesu_desktop.county.status.grid.YearStatus`."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.status.grid import (
    BEFORE_START,
    LATE,
    MISSING,
    NOT_DUE,
    ON_TIME,
    STATE_LABELS,
    ZERO,
    MonthStatus,
    Rate,
    YearStatus,
)
from kesu_desktop.reference.periods import parse_period
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
COLOURS = {
    ON_TIME: "#c8e6c9",
    LATE: "#ffe0b2",
    MISSING: "#ffcdd2",
    ZERO: "#d6e9f8",
    NOT_DUE: "#eeeeee",
}
"""The background of each state's cell (a month before the unit's first is left white)."""
TEXT_COLOURS = {ON_TIME: "#1b5e20", LATE: "#8a4b00", MISSING: "#b71c1c", ZERO: "#0d47a1", BEFORE_START: "#9e9e9e"}
LABELS = {
    ON_TIME: "✓",
    LATE: QT_TRANSLATE_NOOP("StatusGrid", "{days} d late"),
    MISSING: QT_TRANSLATE_NOOP("StatusGrid", "Missing"),
    ZERO: QT_TRANSLATE_NOOP("StatusGrid", "Zero"),
    NOT_DUE: "",
    BEFORE_START: "—",
}
"""What a cell shows of its state (the full words are in its tooltip and the legend)."""
NO_RATE = "—"
SENT_BACK_MARK = "↩"
"""Before the label of a return the county sent back (until a newer version comes)."""


def percent(rate: Rate) -> str:
    return NO_RATE if rate.value is None else f"{round(rate.value * 100)}%"


def cell_label(cell: MonthStatus) -> str:
    template = LABELS[cell.state]
    label = translate("StatusGrid", template).format(days=cell.days_late) if template.strip("—") else template
    if cell.corrected:
        label = f"{label} v{cell.version}"
    return label


def cell_tooltip(cell: MonthStatus, language: str) -> str:
    lines = [
        f"{cell.unit_name}　{parse_period(cell.period).label(language)}",
        translate("Status", STATE_LABELS[cell.state]),
    ]
    if cell.state == LATE:
        lines[-1] = translate("StatusGrid", "Late by {days} days").format(days=cell.days_late)
    if cell.version is not None and cell.received is not None:
        lines.append(
            translate("StatusGrid", "Version {version} received {time}").format(
                version=cell.version, time=f"{cell.received:%Y-%m-%d %H:%M}"
            )
        )
    lines.append(translate("StatusGrid", "Due by {date}").format(date=cell.deadline.isoformat()))
    return "\n".join(lines)


def rate_tooltip(rate: Rate) -> str:
    if rate.value is None:
        return translate("StatusGrid", "No return was due")
    return translate("StatusGrid", "{reported} of {due} returns due were reported").format(
        reported=rate.reported, due=rate.due
    )


class StatusModel(QAbstractTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.status: YearStatus | None = None
        self.sent_back: dict[tuple[str, str], tuple[int, str]] = {}
        """(unit, month) -> (version, reason) of the returns the county sent back."""

    def mark_sent_back(self, unit_code: str, period: str, version: int, reason: str) -> None:
        self.sent_back[unit_code, period] = (version, reason)
        status = self.status
        codes = [unit.code for unit in status.units] if status is not None else []
        if status is not None and unit_code in codes and period in status.periods:
            index = self.index(codes.index(unit_code), status.periods.index(period))
            self.dataChanged.emit(index, index)

    def _sent_back(self, cell: MonthStatus) -> str | None:
        """The reason the cell's return was sent back with, if it was (and no newer version came since)."""
        version, reason = self.sent_back.get((cell.unit_code, cell.period), (None, ""))
        return reason if version is not None and version == cell.version else None

    def show_status(self, status: YearStatus, sent_back: dict[tuple[str, str], tuple[int, str]]) -> None:
        self.beginResetModel()
        self.status = status
        self.sent_back = dict(sent_back)
        self.endResetModel()

    def cell(self, row: int, column: int) -> MonthStatus | None:
        """The unit's month at (row, column); None for the rate row and column."""
        status = self.status
        if status is None or not (0 <= row < len(status.units) and 0 <= column < 12):
            return None
        return status.cell(status.units[row].code, status.periods[column])

    def rate(self, row: int, column: int) -> Rate | None:
        status = self.status
        if status is None:
            return None
        if row == len(status.units) and 0 <= column < 12:
            return status.month_rate(status.periods[column])
        if column == 12 and 0 <= row < len(status.units):
            return status.unit_rate(status.units[row].code)
        if row == len(status.units) and column == 12:
            return status.overall_rate()
        return None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() or self.status is None else len(self.status.units) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() or self.status is None else 13

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self.status is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        cell = self.cell(row, column)
        if cell is not None:
            return self._cell_data(cell, role)
        rate = self.rate(row, column)
        if rate is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return percent(rate)
        if role == Qt.ItemDataRole.ToolTipRole:
            return rate_tooltip(rate)
        if role == Qt.ItemDataRole.FontRole:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _cell_data(self, cell: MonthStatus, role: int) -> Any:
        sent_back = self._sent_back(cell)
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_label(cell) if sent_back is None else f"{SENT_BACK_MARK} {cell_label(cell)}"
        if role == Qt.ItemDataRole.ToolTipRole:
            tooltip = cell_tooltip(cell, self.language)
            if sent_back is not None:
                tooltip += "\n" + translate("StatusGrid", "Sent back: {reason}").format(reason=sent_back)
            return tooltip
        if role == Qt.ItemDataRole.BackgroundRole and cell.state in COLOURS:
            return QBrush(QColor(COLOURS[cell.state]))
        if role == Qt.ItemDataRole.ForegroundRole and cell.state in TEXT_COLOURS:
            return QBrush(QColor(TEXT_COLOURS[cell.state]))
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        status = self.status
        if role != Qt.ItemDataRole.DisplayRole or status is None:
            return None
        if orientation == Qt.Orientation.Horizontal:
            if 0 <= section < 12:
                return translate("StatusGrid", "{month}").format(month=section + 1)
            return translate("StatusGrid", "Rate") if section == 12 else None
        if 0 <= section < len(status.units):
            return status.units[section].name
        return translate("StatusGrid", "Rate") if section == len(status.units) else None
