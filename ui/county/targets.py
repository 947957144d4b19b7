"""The county's Targets page: the plans and their quantitative targets, from the reference data."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QHeaderView, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from ui.i18n import translate
from ui.state import AppState

TARGET_KINDS = {
    "survey": QT_TRANSLATE_NOOP("Targets", "survey result"),
    "cumulative": QT_TRANSLATE_NOOP("Targets", "cumulative over the plan"),
    "yearly": QT_TRANSLATE_NOOP("Targets", "each year"),
    "count": QT_TRANSLATE_NOOP("Targets", "growth over the plan"),
    "stock": QT_TRANSLATE_NOOP("Targets", "at period end"),
    "rate": QT_TRANSLATE_NOOP("Targets", "rate"),
    "per_school": QT_TRANSLATE_NOOP("Targets", "per school"),
}


class TargetsPage(QWidget):
    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        heading = QLabel(translate("Targets", "Plan targets"))
        heading.setObjectName("pageTitle")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        for plan in state.reference.plans:
            title = QLabel(f"{plan.name}（{plan.document_no}）")
            title.setWordWrap(True)
            table = QTableWidget(len(plan.targets), 3)
            table.setHorizontalHeaderLabels(
                [translate("Targets", "Target"), translate("Targets", "Figure"), translate("Targets", "Measured")]
            )
            table.verticalHeader().hide()
            table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            for row, target in enumerate(plan.targets):
                comparison = {">=": "≥", ">": ">"}.get(target.comparison, target.comparison)
                figure = f"{comparison} {target.figure.normalize():f} {target.measure_unit}"
                table.setItem(row, 0, QTableWidgetItem(target.name(state.language)))
                item = QTableWidgetItem(figure)
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                table.setItem(row, 1, item)
                table.setItem(row, 2, QTableWidgetItem(translate("Targets", TARGET_KINDS[target.kind])))
            layout.addWidget(title)
            layout.addWidget(table)
        note = QLabel(
            translate(
                "Targets",
                "Progress toward each target will be shown here once importing returns arrives in a later update.",
            )
        )
        note.setObjectName("hint")
        note.setWordWrap(True)
        layout.addWidget(note)
