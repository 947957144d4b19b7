"""The preview of one ledger sheet: a line per row read, with its row number, its status (coloured), the
ledger's own cells as written and the reasons it is not ready. A record row's cells can be typed over: the text
typed is kept as a fix (:attr:`LedgerPreviewModel.fixes`) and :attr:`LedgerPreviewModel.fixed` tells the dialog
to plan the ledger again, which updates the row's status and reasons."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from openpyxl.utils.cell import get_column_letter
from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.ledgers.plan import PlannedRow, SheetPlan
from kesu_desktop.ledgers.rows import APPROXIMATE, NEEDS_FIXING, READY, RECORD_STATUSES
from kesu_desktop.ledgers.sheets import LedgerSheet
from ui.i18n import translate
from ui.ledgers.names import field_name, status_name

Index = QModelIndex | QPersistentModelIndex
ROW_COLUMN, STATUS_COLUMN, FIRST_CELL_COLUMN = 0, 1, 2
_NEEDS_FIXING_COLOUR = QColor("#a40000")
_APPROXIMATE_COLOUR = QColor("#9a5b00")
_PASSED_OVER_COLOUR = QColor("#707070")
_FIXED_BACKGROUND = QColor("#e3f0ff")
_ROW = QT_TRANSLATE_NOOP("LedgerDialog", "Row")
_STATUS = QT_TRANSLATE_NOOP("LedgerDialog", "Status")
_REASONS = QT_TRANSLATE_NOOP("LedgerDialog", "Reasons")
_TYPED = QT_TRANSLATE_NOOP("LedgerDialog", "Typed here; the ledger says: {text}")


def cell_text(value: object) -> str:
    """A cell as the clerk wrote it: a whole number without ".0", a date cell as 2022-03-12."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(sep=" ")
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


class LedgerPreviewModel(QAbstractTableModel):
    fixed = Signal()
    """A fix was typed (or taken back): plan the ledger again."""

    def __init__(self, sheet: LedgerSheet, translator: Translator) -> None:
        super().__init__()
        self.sheet = sheet
        self.translator = translator
        self.width = len(sheet.cells[0]) if sheet.cells else 0
        self.plan = SheetPlan(sheet.name, None)
        self.fixes: dict[int, dict[str, str]] = {}
        """Row (1-based) -> column letter -> the text typed in place of the cell."""
        self._reasons: list[tuple[str, ...]] = []

    @property
    def rows(self) -> tuple[PlannedRow, ...]:
        return self.plan.rows

    def show_plan(self, plan: SheetPlan) -> None:
        """Show ``plan``; when it has the same rows as before, in place (the current cell and any selection stay)."""
        reasons = [tuple(self.translator.render(reason) for reason in row.reasons) for row in plan.rows]
        if [row.row for row in plan.rows] != [row.row for row in self.plan.rows]:
            self.beginResetModel()
            self.plan, self._reasons = plan, reasons
            self.endResetModel()
            return
        self.plan, self._reasons = plan, reasons
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1))
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, self.columnCount() - 1)

    def reasons(self, row: int) -> tuple[str, ...]:
        """The reasons of the ``row``-th line, in the user's language."""
        return self._reasons[row] if 0 <= row < len(self._reasons) else ()

    def spans(self) -> list[tuple[int, int, int]]:
        """(line, first column, columns) of each range merged across one row that is no record (a section
        heading, a 小计), to be shown as one cell as on screen in Excel."""
        lines = {row.row: line for line, row in enumerate(self.rows) if row.status not in RECORD_STATUSES}
        return [
            (lines[top + 1], FIRST_CELL_COLUMN + left, right - left + 1)
            for top, left, bottom, right in self.sheet.merged
            if top == bottom and top + 1 in lines and right > left and right < self.width
        ]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else FIRST_CELL_COLUMN + self.width + 1

    def _letter(self, column: int) -> str | None:
        cell = column - FIRST_CELL_COLUMN
        return get_column_letter(cell + 1) if 0 <= cell < self.width else None

    def _written(self, row: PlannedRow, column: int) -> str:
        cells = self.sheet.cells[row.row - 1] if row.row <= len(self.sheet.cells) else ()
        cell = column - FIRST_CELL_COLUMN
        return cell_text(cells[cell]) if cell < len(cells) else ""

    def _text(self, row: PlannedRow, line: int, column: int) -> str:
        if column == ROW_COLUMN:
            return str(row.row)
        if column == STATUS_COLUMN:
            return status_name(row.status)
        letter = self._letter(column)
        if letter is None:
            return "  ".join(self.reasons(line))
        typed = self.fixes.get(row.row, {}).get(letter)
        return typed if typed is not None else self._written(row, column)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row, column = self.rows[index.row()], index.column()
        letter = self._letter(column)
        typed = letter is not None and letter in self.fixes.get(row.row, {})
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(row, index.row(), column)
        if role == Qt.ItemDataRole.ToolTipRole:
            if letter is None and column > STATUS_COLUMN:
                return "\n".join(self.reasons(index.row())) or None
            if typed:
                return translate("LedgerDialog", _TYPED).format(text=self._written(row, column) or "—")
            return self._text(row, index.row(), column) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row.status, column)
        if role == Qt.ItemDataRole.BackgroundRole and typed:
            return QBrush(_FIXED_BACKGROUND)
        if role == Qt.ItemDataRole.FontRole and column == STATUS_COLUMN and row.status != READY:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole and column == ROW_COLUMN:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    @staticmethod
    def _colour(status: str, column: int) -> QBrush | None:
        """Grey for a line that stores nothing; the status of a row to fix in red, of an approximate one amber."""
        if status not in (READY, APPROXIMATE, NEEDS_FIXING):
            return QBrush(_PASSED_OVER_COLOUR)
        colour = {NEEDS_FIXING: _NEEDS_FIXING_COLOUR, APPROXIMATE: _APPROXIMATE_COLOUR}.get(status)
        return QBrush(colour) if colour is not None and column == STATUS_COLUMN else None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        row = self.rows[index.row()]
        if self._letter(index.column()) is not None and row.status in RECORD_STATUSES:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        if (
            role != Qt.ItemDataRole.EditRole
            or not index.isValid()
            or not self.flags(index) & Qt.ItemFlag.ItemIsEditable
        ):
            return False
        row, letter = self.rows[index.row()], self._letter(index.column())
        assert letter is not None
        text = "" if value is None else str(value)
        cells = self.fixes.setdefault(row.row, {})
        if text == self._written(row, index.column()):
            cells.pop(letter, None)
        else:
            cells[letter] = text
        if not cells:
            del self.fixes[row.row]
        self.dataChanged.emit(index, index)
        self.fixed.emit()
        return True

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < self.columnCount():
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        if section == ROW_COLUMN:
            return translate("LedgerDialog", _ROW)
        if section == STATUS_COLUMN:
            return translate("LedgerDialog", _STATUS)
        letter = self._letter(section)
        if letter is None:
            return translate("LedgerDialog", _REASONS)
        choices = self.plan.choices
        if choices is None:
            return letter
        header = choices.headers.get(letter, "")
        return f"{letter} {header}\n→ {field_name(choices.kind, choices.columns.get(letter))}"
