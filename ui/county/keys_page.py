"""The county's Units & keys page: every reporting unit with the state of its signing key (the confirmed
fingerprint, the keys waiting to be confirmed, the keys replaced or revoked and why), the selected unit's keys
in full, and confirming or revoking a key (:mod:`.key_dialogs`). The keys are the county's
(:mod:`kesu_desktop.county.inbox.keys`); the page only shows them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.inbox.keys import KEY_STATE_LABELS, PENDING, PINNED, RETIRED, REVOKED, UnitKey, list_keys
from kesu_desktop.reference.data import UnitInfo
from ui.county.key_dialogs import ConfirmKeyDialog, RevokeKeyDialog
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR
from ui.widgets.read_only_table import read_only_table

Index = QModelIndex | QPersistentModelIndex
CONFIRMED_COLOUR = "#1b6e20"
NONE = "—"
COLUMNS = (
    QT_TRANSLATE_NOOP("UnitKeys", "Unit"),
    QT_TRANSLATE_NOOP("UnitKeys", "Code"),
    QT_TRANSLATE_NOOP("UnitKeys", "Key"),
    QT_TRANSLATE_NOOP("UnitKeys", "Confirmed key"),
    QT_TRANSLATE_NOOP("UnitKeys", "Waiting to be confirmed"),
    QT_TRANSLATE_NOOP("UnitKeys", "Earlier keys"),
)
DETAIL_COLUMNS = (
    QT_TRANSLATE_NOOP("UnitKeys", "Fingerprint"),
    QT_TRANSLATE_NOOP("UnitKeys", "State"),
    QT_TRANSLATE_NOOP("UnitKeys", "First seen"),
    QT_TRANSLATE_NOOP("UnitKeys", "Decided"),
    QT_TRANSLATE_NOOP("UnitKeys", "By"),
    QT_TRANSLATE_NOOP("UnitKeys", "Reason"),
)
STATE_COLUMN = 2
NO_KEY = QT_TRANSLATE_NOOP("UnitKeys", "No key yet")


def key_state_label(state: str) -> str:
    return translate("Keys", KEY_STATE_LABELS[state])


def moment(at: datetime | None) -> str:
    return at.strftime("%Y-%m-%d %H:%M") if at is not None else ""


@dataclass(frozen=True)
class UnitKeys:
    """One unit and every key the county knows for it."""

    unit: UnitInfo
    keys: tuple[UnitKey, ...]

    def of_state(self, state: str) -> list[UnitKey]:
        return [k for k in self.keys if k.state == state]

    @property
    def confirmed(self) -> UnitKey | None:
        return next(iter(self.of_state(PINNED)), None)

    @property
    def waiting(self) -> list[str]:
        return [k.fingerprint for k in self.of_state(PENDING)]

    @property
    def state(self) -> str | None:
        """The state that matters most: a key waiting, else the confirmed one, else the last revoked; None when
        the county has seen no key of the unit."""
        for state in (PENDING, PINNED, REVOKED, RETIRED):
            if self.of_state(state):
                return state
        return None


def earlier_text(key: UnitKey) -> str:
    text = f"{key_state_label(key.state)} {key.fingerprint}"
    return translate("UnitKeys", "{key} ({reason})").format(key=text, reason=key.reason) if key.reason else text


class UnitKeysModel(QAbstractTableModel):
    def __init__(self) -> None:
        super().__init__()
        self.rows: list[UnitKeys] = []

    def show_rows(self, rows: list[UnitKeys]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def row(self, row: int) -> UnitKeys | None:
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def texts(self, row: int) -> tuple[str, ...]:
        unit = self.rows[row]
        confirmed = unit.confirmed
        earlier = [k for k in unit.keys if k.state in (RETIRED, REVOKED)]
        return (
            unit.unit.name,
            unit.unit.code,
            key_state_label(unit.state) if unit.state else translate("UnitKeys", NO_KEY),
            confirmed.fingerprint if confirmed else NONE,
            "、".join(unit.waiting) if unit.waiting else "",
            "; ".join(earlier_text(k) for k in earlier),
        )

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt signature
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.texts(index.row())[index.column()]
        if role == Qt.ItemDataRole.ForegroundRole and index.column() == STATE_COLUMN:
            state = self.rows[index.row()].state
            colour = {PENDING: ERROR_COLOUR, REVOKED: ERROR_COLOUR, PINNED: CONFIRMED_COLOUR}.get(state or "")
            return QBrush(QColor(colour)) if colour else None
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(COLUMNS):
            return translate("UnitKeys", COLUMNS[section])
        return None


class UnitKeysPage(QWidget):
    def __init__(self, state: AppState, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.all_rows: list[UnitKeys] = []
        heading = QLabel(translate("UnitKeys", "Units & keys"))
        heading.setObjectName("pageTitle")
        hint = QLabel(
            translate(
                "UnitKeys",
                "Each unit signs its returns with its own key. Its first return waits until you confirm the key, "
                "by comparing its fingerprint with the one printed on the unit's signed and stamped paper return.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.summary = QLabel()
        self.only_waiting = QCheckBox(translate("UnitKeys", "Show only units with a key &waiting"))
        self.only_waiting.toggled.connect(self.show_rows)
        self.model = UnitKeysModel()
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self.show_selected())
        self.table.doubleClicked.connect(lambda _index: self.confirm())
        self.confirm_button = QPushButton(translate("UnitKeys", "Confirm &key…"))
        self.confirm_button.clicked.connect(self.confirm)
        self.revoke_button = QPushButton(translate("UnitKeys", "Re&voke key…"))
        self.revoke_button.clicked.connect(self.revoke)
        self.detail_title = QLabel()
        self.detail_title.setStyleSheet("font-weight: bold; padding-top: 6px;")
        self.detail = QTableWidget(0, len(DETAIL_COLUMNS))
        self.detail.setHorizontalHeaderLabels([translate("UnitKeys", c) for c in DETAIL_COLUMNS])
        self.detail.verticalHeader().hide()
        self.detail.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.detail.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.detail.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.detail.horizontalHeader().setStretchLastSection(True)
        rows = self.detail.verticalHeader().defaultSectionSize()
        self.detail.setFixedHeight(self.detail.horizontalHeader().sizeHint().height() + 3 * rows + 4)
        top = QHBoxLayout()
        top.addWidget(self.summary, stretch=1)
        top.addWidget(self.only_waiting)
        buttons = QHBoxLayout()
        buttons.addWidget(self.confirm_button)
        buttons.addWidget(self.revoke_button)
        buttons.addStretch()
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(top)
        layout.addWidget(self.table, stretch=1)
        layout.addLayout(buttons)
        layout.addWidget(self.detail_title)
        layout.addWidget(self.detail)

    def refresh(self) -> None:
        with self.state.store.reading() as session:
            known = list_keys(session)
        by_unit: dict[str, list[UnitKey]] = {}
        for key in known:
            by_unit.setdefault(key.unit_code, []).append(key)
        self.all_rows = [UnitKeys(u, tuple(by_unit.get(u.code, ()))) for u in self.state.reference.reporting_units()]
        confirmed = sum(1 for row in self.all_rows if row.confirmed is not None)
        waiting = sum(len(row.waiting) for row in self.all_rows)
        self.summary.setText(
            translate(
                "UnitKeys",
                "{confirmed} of {units} units have a confirmed key; keys waiting to be confirmed: {waiting}.",
            ).format(confirmed=confirmed, units=len(self.all_rows), waiting=waiting)
        )
        self.show_rows()

    def show_rows(self) -> None:
        chosen = self.selected()
        rows = [r for r in self.all_rows if r.waiting or not self.only_waiting.isChecked()]
        self.model.show_rows(rows)
        codes = [r.unit.code for r in rows]
        if rows:
            self.table.selectRow(codes.index(chosen.unit.code) if chosen and chosen.unit.code in codes else 0)
        self.show_selected()

    def selected(self) -> UnitKeys | None:
        return self.model.row(self.table.currentIndex().row())

    def show_selected(self) -> None:
        row = self.selected()
        self.confirm_button.setEnabled(row is not None and bool(row.waiting))
        self.revoke_button.setEnabled(row is not None and row.confirmed is not None)
        keys = row.keys if row is not None else ()
        self.detail_title.setText(
            translate("UnitKeys", "Keys of {unit}").format(unit=row.unit.name) if row is not None else ""
        )
        self.detail.setRowCount(len(keys))
        for number, key in enumerate(keys):
            texts = (
                key.fingerprint,
                key_state_label(key.state),
                moment(key.first_seen_at),
                moment(key.decided_at),
                key.decided_by or "",
                key.reason or "",
            )
            for column, text in enumerate(texts):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.detail.setItem(number, column, item)

    def confirm(self) -> None:
        row = self.selected()
        if row is None or not row.waiting:
            return
        if ConfirmKeyDialog(self.state, self.translator, row.unit, row.waiting, parent=self).exec():
            self.refresh()

    def revoke(self) -> None:
        row = self.selected()
        if row is None or row.confirmed is None:
            return
        if RevokeKeyDialog(self.state, self.translator, row.unit, row.confirmed.fingerprint, self).exec():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
