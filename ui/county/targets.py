"""The county's Targets page, its cockpit: a plan and an "as of" month; every target of the plan with its
progress (:mod:`.target_table`), a chart of each target's percent reached against where it should be by now,
and the selected target in detail (:mod:`.target_detail`). A date no plan covers is said plainly in a banner
with a way to create or import a plan (:mod:`.plan_editor`). The progress is computed by the core in one call
(:func:`kesu_desktop.county.targets.progress.progress_at`); the page only shows it."""

from __future__ import annotations

import calendar
from collections.abc import Callable
from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QItemSelection, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.translation import Translator
from kesu_desktop.county.targets.progress import NOT_COVERED, NoPlan, PlanProgress, choose_plan, progress_at
from kesu_desktop.reference.data import PlanInfo, TargetInfo
from ui.county.plan_editor import PlansDialog, plan_title
from ui.county.target_detail import TargetDetail
from ui.county.target_entries import EntriesDialog, SharesDialog
from ui.county.target_table import TargetTableModel
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.charts import ChartPanel, bar_chart
from ui.widgets.read_only_table import read_only_table

CHART_CAP = 150.0  # a target far past its figure would flatten every other bar
BANNER_STYLE = "background: #fff4d6; border: 1px solid #e0b84c; padding: 8px;"


def month_end(day: date) -> date:
    return date(day.year, day.month, calendar.monthrange(day.year, day.month)[1])


def share_of_figure(value: Decimal | None, figure: Decimal) -> float:
    """``value`` as a percent of the target's figure, for the chart (0 when there is none)."""
    return float(value * 100 / figure) if value is not None and figure else 0.0


class TargetsPage(QWidget):
    def __init__(
        self,
        state: AppState,
        translator: Translator,
        parent: QWidget | None = None,
        *,
        today: Callable[[], date] = date.today,
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.today = state, translator, today
        self.progress: PlanProgress | NoPlan | None = None
        heading = QLabel(translate("Targets", "Plan targets"))
        heading.setObjectName("pageTitle")
        self.plan_choice = QComboBox()
        self.plan_choice.setMinimumContentsLength(30)
        self.plan_choice.setPlaceholderText(translate("Targets", "No plan covers this month"))
        self.plan_choice.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.as_of = QDateEdit()
        self.as_of.setDisplayFormat("yyyy-MM")
        self.as_of.setCalendarPopup(True)
        self.plans_button = QPushButton(translate("Targets", "P&lans…"))
        self.plans_button.clicked.connect(self.open_plans)
        plan_label = QLabel(translate("Targets", "&Plan:"))
        plan_label.setBuddy(self.plan_choice)
        as_of_label = QLabel(translate("Targets", "&As of:"))
        as_of_label.setBuddy(self.as_of)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addSpacing(16)
        top.addWidget(plan_label)
        top.addWidget(self.plan_choice, 1)
        top.addWidget(as_of_label)
        top.addWidget(self.as_of)
        top.addWidget(self.plans_button)
        self.banner_text = QLabel()
        self.banner_text.setWordWrap(True)
        self.banner_button = QPushButton(translate("Targets", "&Create or import a plan…"))
        self.banner_button.clicked.connect(self.open_plans)
        self.banner = QFrame()
        self.banner.setObjectName("banner")
        self.banner.setStyleSheet(f"#banner {{ {BANNER_STYLE} }}")
        banner_layout = QHBoxLayout(self.banner)
        banner_layout.addWidget(self.banner_text, 1)
        banner_layout.addWidget(self.banner_button)
        self.model = TargetTableModel(translator.language)
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(self.table.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.selectionModel().selectionChanged.connect(self._selected)
        self.overview = ChartPanel(translator)
        self.detail = TargetDetail(translator)
        self.detail.enter_requested.connect(self.enter_figures)
        self.detail.split_requested.connect(self.split_target)
        detail_scroll = QScrollArea()
        detail_scroll.setWidgetResizable(True)
        detail_scroll.setWidget(self.detail)
        detail_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.views = QTabWidget()
        self.views.addTab(self.table, translate("Targets", "&Table"))
        self.views.addTab(self.overview, translate("Targets", "Progress c&hart"))
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(detail_scroll)
        self.splitter.setSizes([800, 540])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.splitter, 1)
        self._fill_plans()
        self._default_month()
        self.plan_choice.currentIndexChanged.connect(self._plan_chosen)
        self.as_of.dateChanged.connect(lambda _date: self.refresh())
        state.reference_changed.connect(self._reference_changed)
        self.refresh()

    def _plans(self) -> list[PlanInfo]:
        """The plans to choose among: those in use first (latest first), then the retired ones."""
        plans = self.state.reference.plans
        return sorted(plans, key=lambda p: (p.retired, -p.start_year, p.code))

    def _fill_plans(self, code: str | None = None) -> None:
        self.plan_choice.blockSignals(True)
        self.plan_choice.clear()
        for plan in self._plans():
            self.plan_choice.addItem(plan_title(plan), plan.code)
        chosen = code or self._default_plan()
        self.plan_choice.setCurrentIndex(self.plan_choice.findData(chosen) if chosen else -1)
        self.plan_choice.blockSignals(False)

    def _default_plan(self) -> str | None:
        plan = choose_plan(self.state.reference, self.today())
        return None if isinstance(plan, NoPlan) else plan.code

    def chosen_plan(self) -> PlanInfo | None:
        code = self.plan_choice.currentData()
        return next((p for p in self.state.reference.plans if p.code == code), None)

    def _default_month(self) -> None:
        """The current month, or the plan's last month once it has ended."""
        today, plan = self.today(), self.chosen_plan()
        day = date(plan.end_year, 12, 1) if plan is not None and today.year > plan.end_year else today
        self.as_of.blockSignals(True)
        self.as_of.setDate(QDate(day.year, day.month, 1))
        self.as_of.blockSignals(False)

    def at(self) -> date:
        """The day the page evaluates: the chosen month's last day, or today within the current month."""
        chosen = self.as_of.date()
        first = date(chosen.year(), chosen.month(), 1)
        return min(month_end(first), max(self.today(), first))

    def _plan_chosen(self) -> None:
        self._default_month()
        self.refresh()

    def _reference_changed(self) -> None:
        self._fill_plans(self.plan_choice.currentData())
        self.refresh()

    def refresh(self) -> None:
        plan = self.chosen_plan()
        at = self.at()
        with self.state.store.reading() as session:
            self.progress = progress_at(session, self.state.reference, at, plan.code if plan else None)
        if plan is None and isinstance(self.progress, PlanProgress):  # a month a plan covers, none chosen yet
            self.plan_choice.blockSignals(True)
            self.plan_choice.setCurrentIndex(self.plan_choice.findData(self.progress.plan.code))
            self.plan_choice.blockSignals(False)
        self._show()

    def _show(self) -> None:
        progress = self.progress
        month = self.as_of.date().toString("yyyy-MM")
        if isinstance(progress, NoPlan) or progress is None:
            self.banner_text.setText(translate("Targets", progress.message if progress else "").format(month=month))
            self.banner.setVisible(True)
            self.model.show_rows(())
            self.overview.set_chart(bar_chart(translate("Targets", "No plan to show"), [], []))
            self.detail.show_target(None, None)
            return
        plan = progress.plan
        self.banner.setVisible(not progress.covers_at)
        if not progress.covers_at:
            self.banner_text.setText(
                translate("Targets", NOT_COVERED).format(
                    month=month, plan=plan.name, start=plan.start_year, end=plan.end_year
                )
            )
        self.model.show_rows(progress.targets)
        for column in range(1, self.model.columnCount()):  # once per plan shown, not on every repaint
            self.table.resizeColumnToContents(column)
        self._chart_overview(progress)
        if progress.targets:
            self.table.selectRow(0)
        else:
            self.detail.show_target(None, None)

    def _chart_overview(self, progress: PlanProgress) -> None:
        language = self.translator.language
        targets = list(reversed(progress.targets))  # horizontal bars run bottom to top: first target on top
        chart = bar_chart(
            translate("Targets", "Progress of every target"),
            [t.target.name(language) for t in targets],
            [
                (translate("Targets", "Reached"), [min(float(t.percent or 0), CHART_CAP) for t in targets]),
                (
                    translate("Targets", "Expected by now"),
                    [share_of_figure(t.expected, t.target.figure) for t in targets],
                ),
            ],
            value_axis_title=translate("Targets", "% of the figure (bars stop at {cap}%)").format(cap=int(CHART_CAP)),
            max_value=CHART_CAP,
            horizontal=True,
        )
        self.overview.set_chart(chart)

    def _selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        progress = self.model.row(rows[0].row()) if rows else None
        self.detail.show_target(progress, self.state.reference)

    def open_plans(self) -> None:
        PlansDialog(self.state, self.translator, self).exec()

    def _selected_target(self) -> tuple[PlanInfo, TargetInfo, int] | None:
        rows = self.table.selectionModel().selectedRows()
        progress = self.model.row(rows[0].row()) if rows else None
        if not isinstance(self.progress, PlanProgress) or progress is None:
            return None
        return self.progress.plan, progress.target, rows[0].row()

    def enter_figures(self) -> None:
        chosen = self._selected_target()
        if chosen is None:
            return
        plan, target, row = chosen
        dialog = EntriesDialog(self.state, self.translator, plan, target, self)
        dialog.exec()
        if dialog.changed:
            self._refresh_keeping(row)

    def split_target(self) -> None:
        chosen = self._selected_target()
        if chosen is None:
            return
        plan, target, row = chosen
        if SharesDialog(self.state, self.translator, plan, target, self).exec():
            self._refresh_keeping(row)

    def _refresh_keeping(self, row: int) -> None:
        self.refresh()
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
