"""The Overview's group of the targets the county split among the units (分解任务): this unit's share of each, with
what the county counts of it so far, as the newest bulletin says; hidden when the bulletin gives no shares.

Two targets share a line, so that the group takes little of the page's height beside the month and the year."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHeaderView,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ui.bulletins.texts import issued_text
from ui.i18n import translate

ROW_HEIGHT = 24
PER_LINE = 2
COLUMNS = 3  # target, share, done so far (with the percent)


def _amount(value: object, unit: str) -> str:
    return "—" if value is None else f"{value} {unit}"


def _done(share: dict[str, Any]) -> str:
    done = _amount(share.get("actual"), share["measure_unit"])
    percent = share.get("percent")
    return done if percent is None else f"{done} ({percent}%)"


class SharesBox(QGroupBox):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(translate("Bulletins", "Targets the county set for us (分解任务)"), parent)
        self.table = QTableWidget(0, COLUMNS * PER_LINE)
        headers = [
            translate("Bulletins", "Target"),
            translate("Bulletins", "Our share"),
            translate("Bulletins", "Done so far (county's count)"),
        ]
        self.table.setHorizontalHeaderLabels(headers * PER_LINE)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(ROW_HEIGHT)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for line in range(PER_LINE):
            header.setSectionResizeMode(line * COLUMNS, QHeaderView.ResizeMode.Stretch)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 4, 6, 6)
        layout.addWidget(self.table)

    def show_payload(self, payload: dict[str, Any] | None) -> None:
        """The shares of the newest bulletin (``payload``), or the box hidden when there are none."""
        shares = list(payload["shares"]) if payload is not None else []
        self.setVisible(bool(shares))
        self.table.clearContents()
        lines = (len(shares) + PER_LINE - 1) // PER_LINE
        self.table.setRowCount(lines)
        if payload is None or not shares:
            return
        plans = "、".join(dict.fromkeys(str(share.get("plan_name") or share["plan_code"]) for share in shares))
        self.setToolTip(
            translate("Bulletins", "{plan}; as the county counted in its bulletin of {issued}.").format(
                plan=plans, issued=issued_text(str(payload["issued_at"]))
            )
        )
        for index, share in enumerate(shares):
            row, first = divmod(index, PER_LINE)
            values = [share["target_name"], _amount(share.get("share"), share["measure_unit"]), _done(share)]
            for offset, value in enumerate(values):
                item = QTableWidgetItem(value)
                if offset:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, first * COLUMNS + offset, item)
        self.table.setFixedHeight(self.table.horizontalHeader().sizeHint().height() + ROW_HEIGHT * lines + 4)
