"""A record's change history (修改记录): when, who, what, and for a change each field's old and new value.

Field names are shown through :data:`kesu_desktop.records.validation.LABELS` in the user's language, and coded values
(form, groups, campaign …) by their names, so the history reads like the editor. A record moved to another unit
when the folder's unit was changed shows that move, unit names and all.
"""

from __future__ import annotations

import uuid
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QHeaderView, QLabel, QVBoxLayout, QWidget

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.origins import ORIGIN_FIELD, read_origin
from kesu_desktop.records.service import Change, history
from kesu_desktop.reference.data import ReferenceData
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.read_only_table import read_only_table

Index = QModelIndex | QPersistentModelIndex

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("History", "Created"),
    "update": QT_TRANSLATE_NOOP("History", "Changed"),
    "delete": QT_TRANSLATE_NOOP("History", "Moved to the bin"),
    "restore": QT_TRANSLATE_NOOP("History", "Restored from the bin"),
}
EMPTY = "—"
UNIT_FIELD = QT_TRANSLATE_NOOP("History", "Unit")  # not a field of the editor: changed only with the folder's unit
ORIGIN = QT_TRANSLATE_NOOP("History", "From a ledger")
LEDGER_PLACE = QT_TRANSLATE_NOOP("History", "{file}, sheet {sheet}, row {row}")


def value_names(reference: ReferenceData, language: str) -> dict[str, dict[str, str]]:
    """For each coded field, code → name, to show a change of code as a change of name."""
    groups = {g.code: g.name(language) for g in reference.target_groups}
    return {
        "form_code": {f.code: f.name(language) for f in reference.activity_forms},
        "campaign_code": {c.code: c.name(language) for c in reference.campaigns},
        "key_project_code": {k.code: k.name(language) for k in reference.key_projects},
        "kind_code": {k.code: k.name(language) for k in reference.training_kinds},
        "target_group_code": groups,
        "target_group_codes": groups,
        "unit_code": {u.code: u.name for u in reference.units},
    }


class HistoryModel(QAbstractTableModel):
    def __init__(self, changes: list[Change], reference: ReferenceData, language: str) -> None:
        super().__init__()
        self.changes = list(changes)
        self.names = value_names(reference, language)
        self.headers = [
            translate("History", "When"),
            translate("History", "Who"),
            translate("History", "What"),
            translate("History", "Field"),
            translate("History", "Old value"),
            translate("History", "New value"),
        ]

    def show_value(self, field: str | None, value: str | None) -> str:
        if field is None:
            return ""
        if field == ORIGIN_FIELD:
            place = read_origin(value or "")
            if place is None:
                return value or EMPTY
            file, sheet, row = place
            return translate("History", LEDGER_PLACE).format(file=file, sheet=sheet, row=row)
        if not value:
            return EMPTY
        names = self.names.get(field)
        if names is None:
            return value
        if field == "target_group_codes":
            return "、".join(names.get(code, code) for code in value.split(","))
        return names.get(value, value)

    def text(self, row: int, column: int) -> str:
        change = self.changes[row]
        if column == 0:
            return f"{change.at:%Y-%m-%d %H:%M:%S}"
        if column == 1:
            return change.actor
        if column == 2:
            return translate("History", ACTIONS.get(change.action, change.action))
        if column == 3:
            if change.field == "unit_code":
                return translate("History", UNIT_FIELD)
            if change.field == ORIGIN_FIELD:
                return translate("History", ORIGIN)
            return translate("Fields", LABELS.get(change.field, change.field)) if change.field else ""
        if column == 4:
            return "" if change.field == ORIGIN_FIELD else self.show_value(change.field, change.old_value)
        return self.show_value(change.field, change.new_value)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.changes)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.changes):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.text(index.row(), index.column())
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None


class HistoryDialog(QDialog):
    def __init__(self, state: AppState, record_id: uuid.UUID, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("History", "History of “{title}”").format(title=title))
        with state.store.reading() as session:
            changes = history(session, record_id)
        self.model = HistoryModel(changes, state.reference, state.language)
        self.table = read_only_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        intro = QLabel(
            translate("History", "Every change to this record, oldest first. Entries cannot be changed or removed.")
        )
        intro.setObjectName("hint")
        intro.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(860, 420)
        self.table.setFocus()
