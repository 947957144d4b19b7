"""A list of coded values with check boxes that keeps the order in which they were ticked.

The first value ticked is the main one (an activity's main target group, under which it is counted when
figures are broken down by group); Space ticks the current row, as in any Qt list.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QListWidgetItem, QWidget

from kesu_desktop.reference.data import Item

CODE = Qt.ItemDataRole.UserRole


class CheckList(QListWidget):
    changed = Signal()

    def __init__(self, items: Sequence[Item], language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._order: list[str] = []
        for item in items:
            row = QListWidgetItem(item.name(language))
            row.setData(CODE, item.code)
            row.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
            row.setCheckState(Qt.CheckState.Unchecked)
            self.addItem(row)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        rows = max(self.count(), 1)
        self.setFixedHeight(self.sizeHintForRow(0) * rows + 2 * self.frameWidth() + 2)
        self.itemChanged.connect(self._note)

    def _note(self, item: QListWidgetItem) -> None:
        code = str(item.data(CODE))
        if item.checkState() == Qt.CheckState.Checked and code not in self._order:
            self._order.append(code)
        elif item.checkState() != Qt.CheckState.Checked and code in self._order:
            self._order.remove(code)
        self.changed.emit()

    def codes(self) -> tuple[str, ...]:
        """The ticked codes, in the order they were ticked."""
        return tuple(self._order)

    def set_codes(self, codes: Sequence[str]) -> None:
        """Tick exactly ``codes``, in this order (unknown codes are ignored)."""
        self.blockSignals(True)
        self._order = []
        known = {str(self.item(row).data(CODE)): self.item(row) for row in range(self.count())}
        for row in range(self.count()):
            self.item(row).setCheckState(Qt.CheckState.Unchecked)
        for code in codes:
            if code in known and code not in self._order:
                known[code].setCheckState(Qt.CheckState.Checked)
                self._order.append(code)
        self.blockSignals(False)
        self.changed.emit()
