"""The one way the app shows rows to read, pick and open: a read-only table view selecting whole rows."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel
from PySide6.QtWidgets import QTableView, QWidget


def read_only_table(model: QAbstractItemModel, parent: QWidget | None = None) -> QTableView:
    """A table over ``model``: whole rows selected, no editing in place, alternating rows, no row numbers."""
    table = QTableView(parent)
    table.setModel(model)
    table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
    table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    return table
