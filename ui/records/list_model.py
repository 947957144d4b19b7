"""A thin, lazily loading table model over :func:`kesu_desktop.records.query.page`.

The model holds one filter and one sort order. It loads the first page when the filter or the order
changes and one more page whenever the view scrolls to the end (``canFetchMore``/``fetchMore``), so a list
of 100,000 records opens as fast as a list of 200. Sorting is done by the query service, never in Python.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from kesu_desktop.records.query import PAGE_SIZE, RecordFilter, page
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.store.database import Store
from ui.records.columns import Column

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RecordListModel(QAbstractTableModel):
    def __init__(
        self,
        store: Store,
        columns: Sequence[Column],
        record_filter: RecordFilter,
        *,
        sort: str = "start_date",
        descending: bool = True,
        page_size: int = PAGE_SIZE,
    ) -> None:
        super().__init__()
        self.store = store
        self.columns = list(columns)
        self.record_filter = record_filter
        self.sort_key = sort
        self.descending = descending
        self.page_size = page_size
        self.rows: list[Activity | Training] = []
        self._more = False
        self._fetching = False
        self.fetches = 0  # pages read since the model was made, for tests and diagnostics

    # ---- loading -------------------------------------------------------------------------------------

    def _read(self, after: Activity | Training | None) -> list[Activity | Training]:
        """The page after the record ``after`` (a keyset: each page costs the same, however far down)."""
        self.fetches += 1
        with self.store.reading() as session:
            rows = page(
                session,
                self.record_filter,
                sort=self.sort_key,
                descending=self.descending,
                limit=self.page_size,
                after=after,
            )
        return list(rows)

    def reload(self) -> None:
        """Read the first page again (after a change of filter, order or data)."""
        self.beginResetModel()
        self.rows = self._read(None)
        self._more = len(self.rows) == self.page_size
        self.endResetModel()

    def set_filter(self, record_filter: RecordFilter) -> None:
        self.record_filter = record_filter
        self.reload()

    def canFetchMore(self, parent: Index = QModelIndex()) -> bool:  # noqa: B008, N802 - Qt signature
        return not parent.isValid() and self._more

    def fetchMore(self, parent: Index = QModelIndex()) -> None:  # noqa: B008, N802 - Qt signature
        # A listener of rowsAboutToBeInserted (a view, a proxy, the model tester) may ask for more while this
        # page is being announced; reading again then would load the same page twice.
        if parent.isValid() or not self._more or self._fetching:
            return
        self._fetching = True
        try:
            more = self._read(self.rows[-1] if self.rows else None)
            self._more = len(more) == self.page_size
            if not more:
                return
            first = len(self.rows)
            self.beginInsertRows(QModelIndex(), first, first + len(more) - 1)
            self.rows.extend(more)
            self.endInsertRows()
        finally:
            self._fetching = False

    # ---- sorting -------------------------------------------------------------------------------------

    def sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None

    def sort_column(self) -> int:
        return next((i for i, c in enumerate(self.columns) if c.sort_key == self.sort_key), -1)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by ``column`` through the query service; a column without a sort key is left alone."""
        if not self.sortable(column):
            return
        key = self.columns[column].sort_key
        assert key is not None
        self.sort_key = key
        self.descending = order == Qt.SortOrder.DescendingOrder
        self.reload()

    # ---- access --------------------------------------------------------------------------------------

    def record_at(self, row: int) -> Activity | Training:
        return self.rows[row]

    def row_of(self, record_id: uuid.UUID) -> int | None:
        """The row showing this record among the rows loaded so far, or None."""
        return next((row for row, record in enumerate(self.rows) if record.meta.id == record_id), None)

    # ---- QAbstractTableModel -------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        column = self.columns[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            value = column.value(self.rows[index.row()])
            return "" if value is None else str(value)  # a figure not filled in stays empty, apart from 0
        if role == Qt.ItemDataRole.TextAlignmentRole and column.numeric:
            return RIGHT
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.columns):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].header
        if role == Qt.ItemDataRole.TextAlignmentRole and self.columns[section].numeric:
            return RIGHT
        return None
