"""The unit's Overview (概览): this month and this year at a glance, from the one aggregation; the returns still
to export, the period-end figures of the month being reported (last month until its return is exported), and
the targets the county split among the units (分解任务) as its newest bulletin gives this unit's share."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import Translator
from kesu_desktop.bulletins.township import newest_payload
from kesu_desktop.records.fields import label
from kesu_desktop.records.figures import missing_figures, month_being_reported
from kesu_desktop.returns.aggregation import PeriodSummary, summarise
from kesu_desktop.returns.ledger import MonthStatus, month_statuses
from ui.bulletins.shares_box import SharesBox
from ui.i18n import translate
from ui.records.figures_dialog import StockFiguresDialog
from ui.returns.page import state_text
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR

_TRAINING_COLUMNS = ("kind_code", "sessions", "trainees", "women", "certified")  # as the glossary names them


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    table.verticalHeader().setDefaultSectionSize(26)
    return table


def _fill(table: QTableWidget, rows: list[list[object]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem(str(value))
            if c:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


class PeriodBox(QGroupBox):
    """Activities by target group and trainings by kind for one period."""

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.activities = _table(
            [
                translate("Overview", "Target group"),
                translate("Overview", "Activities"),
                translate("Overview", "Person-times"),
            ]
        )
        self.trainings = _table(
            [
                *(translate("Fields", label("training", name)) for name in _TRAINING_COLUMNS),
            ]
        )
        layout = QVBoxLayout(self)
        layout.addWidget(self.activities)
        layout.addWidget(self.trainings)

    def show_summary(self, title: str, summary: PeriodSummary) -> None:
        self.setTitle(title)
        language = self.state.language
        by_group = summary.activities_by_group()
        total = summary.activities_total()
        rows: list[list[object]] = [
            [group.name(language), by_group[group.code].count, by_group[group.code].participants]
            for group in self.state.reference.target_groups
            if group.code in by_group
        ]
        rows.append([translate("Overview", "Total"), total.count, total.participants])
        _fill(self.activities, rows)
        by_kind = summary.trainings_by_kind()
        training_total = summary.trainings_total()
        rows = [
            [kind.name(language), f.sessions, f.trainees, f.women, f.certified]
            for kind in self.state.reference.training_kinds
            if (f := by_kind.get(kind.code))
        ]
        rows.append(
            [
                translate("Overview", "Total"),
                training_total.sessions,
                training_total.trainees,
                training_total.women,
                training_total.certified,
            ]
        )
        _fill(self.trainings, rows)


class OverviewPage(QWidget):
    def __init__(
        self, state: AppState, translator: Translator, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state = state
        self.translator = translator
        self.today = today
        self.figures_month = (today or date.today()).replace(day=1)  # the month being reported, once refreshed
        heading = QLabel(translate("Overview", "Overview"))
        heading.setObjectName("pageTitle")
        self.month_box = PeriodBox(state)
        self.year_box = PeriodBox(state)
        self.figures_note = QLabel()
        self.figures_note.setWordWrap(True)
        self.figures_button = QPushButton(translate("Overview", "&Enter period-end figures…"))
        self.figures_button.clicked.connect(self.edit_figures)
        figures_bar = QHBoxLayout()
        figures_bar.addWidget(self.figures_note, stretch=1)
        figures_bar.addWidget(self.figures_button)
        grid = QGridLayout()
        grid.addWidget(self.month_box, 0, 0)
        grid.addWidget(self.year_box, 0, 1)
        self.shares_box = SharesBox()
        self.shares_box.hide()
        grid.addWidget(self.shares_box, 1, 0, 1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        self.returns_note = QLabel()
        self.returns_note.setWordWrap(True)
        layout.addWidget(self.returns_note)
        layout.addLayout(figures_bar)
        layout.addLayout(grid)

    def refresh(self) -> None:
        today = self.today or date.today()
        unit = self.state.installation.setup.unit_code
        month_start = today.replace(day=1)
        with self.state.store.reading() as session:
            month = summarise(session, unit, month_start, today)
            year = summarise(session, unit, today.replace(month=1, day=1), today)
            reported = month_being_reported(session, unit, today)
            missing = missing_figures(session, unit, reported)
            statuses = [
                status
                for year in (today.year - 1, today.year)
                for status in month_statuses(session, unit, year, today)
                if status.state in ("due", "overdue", "reopened")
            ]
            bulletin = newest_payload(session)
        self.shares_box.show_payload(bulletin)
        self.show_returns_due(statuses)
        names = {i.code: i.name(self.state.language) for i in self.state.reference.stock_indicators}
        self.figures_month = date.fromisoformat(f"{reported}-01")
        if missing:
            note = translate("Overview", "{count} period-end figures for {year}-{month:02d} are not filled in yet.")
            self.figures_note.setText(
                note.format(count=len(missing), year=self.figures_month.year, month=self.figures_month.month)
            )
            self.figures_note.setToolTip("、".join(names[code] for code in missing))
            self.figures_note.setStyleSheet("color: #8a5a00; font-weight: bold;")
        else:
            self.figures_note.setText(
                translate("Overview", "Period-end figures for {year}-{month:02d} are filled in.").format(
                    year=self.figures_month.year, month=self.figures_month.month
                )
            )
            self.figures_note.setToolTip("")
            self.figures_note.setStyleSheet("")
        self.month_box.show_summary(
            translate("Overview", "This month ({year}-{month:02d})").format(year=today.year, month=today.month), month
        )
        self.year_box.show_summary(translate("Overview", "This year ({year})").format(year=today.year), year)

    def show_returns_due(self, statuses: list[MonthStatus]) -> None:
        """Remind of monthly returns that are due, overdue, or reopened and not yet exported again."""
        if not statuses:
            self.returns_note.setText(translate("Overview", "Every monthly return due so far has been exported."))
            self.returns_note.setStyleSheet("")
            return
        item = translate("Overview", "{month} ({state})")
        months = "  ".join(
            item.format(month=status.period.label(self.state.language), state=state_text(status))
            for status in statuses[-6:]
        )
        self.returns_note.setText(
            translate("Overview", "Monthly returns to export ({count}): {months}").format(
                count=len(statuses), months=months
            )
        )
        overdue = any(status.state == "overdue" for status in statuses)
        self.returns_note.setStyleSheet(f"color: {ERROR_COLOUR if overdue else '#8a5a00'}; font-weight: bold;")

    def edit_figures(self) -> None:
        dialog = StockFiguresDialog(self.state, self.translator, self.figures_month, self)
        if dialog.exec():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
