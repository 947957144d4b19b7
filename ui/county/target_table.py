"""The cockpit's table: every target of the plan with its rule, figure, actual to date, percent reached, where it
should be by now, the forecast to the plan's end and its status as a coloured badge. The figures are the
core's (:mod:`kesu_desktop.county.targets.progress`); the model only formats them."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.targets.progress import STATUS_LABELS, TargetProgress
from kesu_desktop.plans.measures import KIND_LABELS
from ui.i18n import translate

Index = QModelIndex | QPersistentModelIndex
NONE = "—"
STATUS_COLOURS = {
    "met": "#2e7d32",
    "on_track": "#1f6fb2",
    "behind": "#c77700",
    "at_risk": "#b00020",
    "not_met": "#b00020",
    "no_data": "#8a9499",
}
COLUMNS = (
    QT_TRANSLATE_NOOP("Targets", "Target"),
    QT_TRANSLATE_NOOP("Targets", "Rule"),
    QT_TRANSLATE_NOOP("Targets", "Figure"),
    QT_TRANSLATE_NOOP("Targets", "Actual"),
    QT_TRANSLATE_NOOP("Targets", "Reached"),
    QT_TRANSLATE_NOOP("Targets", "Expected by now"),
    QT_TRANSLATE_NOOP("Targets", "Forecast"),
    QT_TRANSLATE_NOOP("Targets", "Status"),
)
STATUS_COLUMN = len(COLUMNS) - 1
NUMBER_COLUMNS = range(2, STATUS_COLUMN)
COMPARISON_SIGNS = {">=": "≥", ">": ">"}


def number(value: Decimal | None) -> str:
    """A figure as people write it: 12,345 or 14.5, no trailing zeros."""
    if value is None:
        return NONE
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP).normalize()
    return f"{rounded:,f}" if rounded == rounded.to_integral_value() else f"{rounded:,}"


def percent(value: Decimal | None) -> str:
    return NONE if value is None else f"{number(value)}%"


def status_label(status: str) -> str:
    return translate("Targets", STATUS_LABELS[status])


def figure_label(progress: TargetProgress) -> str:
    target = progress.target
    sign = COMPARISON_SIGNS.get(target.comparison, target.comparison)
    return f"{sign} {number(target.figure)} {target.measure_unit}"


class TargetTableModel(QAbstractTableModel):
    def __init__(self, language: str) -> None:
        super().__init__()
        self.language = language
        self.rows: tuple[TargetProgress, ...] = ()

    def show_rows(self, rows: tuple[TargetProgress, ...]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, row: int) -> TargetProgress | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def texts(self, row: int) -> tuple[str, ...]:
        progress = self.rows[row]
        target = progress.target
        unit = f" {target.measure_unit}"
        return (
            target.name(self.language),
            translate("Targets", KIND_LABELS[target.kind]),
            figure_label(progress),
            number(progress.actual) + (unit if progress.actual is not None else ""),
            percent(progress.percent),
            number(progress.expected),
            number(progress.forecast),
            status_label(progress.status),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Targets", COLUMNS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(index.row())[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if column in NUMBER_COLUMNS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if column == STATUS_COLUMN:
                return int(Qt.AlignmentFlag.AlignCenter)
        status = self.rows[index.row()].status
        if column == STATUS_COLUMN and role == Qt.ItemDataRole.BackgroundRole:
            return QBrush(QColor(STATUS_COLOURS[status]))
        if column == STATUS_COLUMN and role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor("#ffffff"))
        return None
