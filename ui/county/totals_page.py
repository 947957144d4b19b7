"""The county's Consolidation page (汇总): the totals of a month, quarter, year or plan period broken down by
unit, target group, activity form, training kind, campaign or key project, with the total in bold; the county's
period-end figures at the period's end; and, from any line (double-click or Enter), the units and records
behind it (:mod:`.drilldown_dialog`). The figures are the county's (:mod:`kesu_desktop.county.totals.lines`)."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.totals.lines import BREAKDOWNS, CountyTotals, county_totals, period_of
from kesu_desktop.reference.periods import Period, month_of, month_period
from ui.county.drilldown_dialog import DrilldownDialog
from ui.county.totals_model import LINE_HEADERS, RIGHT, TotalsModel, number
from ui.i18n import translate
from ui.state import AppState
from ui.widgets.error_label import error_label
from ui.widgets.read_only_table import read_only_table

PERIOD_KINDS = (
    ("month", QT_TRANSLATE_NOOP("Totals", "Month")),
    ("quarter", QT_TRANSLATE_NOOP("Totals", "Quarter")),
    ("year", QT_TRANSLATE_NOOP("Totals", "Year")),
    ("plan", QT_TRANSLATE_NOOP("Totals", "Plan period")),
)
SHOWN_MONTHS, SHOWN_QUARTERS, SHOWN_YEARS = 60, 20, 6
STOCK_COLUMNS = (
    QT_TRANSLATE_NOOP("Totals", "Indicator"),
    QT_TRANSLATE_NOOP("Totals", "Figure"),
    QT_TRANSLATE_NOOP("Totals", "Measure"),
)


def last_complete_month(today: date) -> Period:
    first = today.replace(day=1)
    return month_of(date(first.year - 1, 12, 1) if first.month == 1 else first.replace(month=first.month - 1))


def period_choices(kind: str, latest: Period, state: AppState) -> list[tuple[str, str]]:
    """(code, label) of the periods offered for ``kind``, newest first, up to the last complete month."""
    language = state.language
    months = [latest]
    while len(months) < SHOWN_MONTHS:
        day = months[-1].start.replace(day=1)
        months.append(month_period(day.year - 1, 12) if day.month == 1 else month_period(day.year, day.month - 1))
    if kind == "month":
        return [(m.code, m.label(language)) for m in months]
    if kind in ("quarter", "year"):
        seen: dict[str, str] = {}
        for month in months:
            code = month.code[:4] if kind == "year" else f"{month.code[:4]}-Q{(month.start.month - 1) // 3 + 1}"
            if code not in seen:
                seen[code] = period_of(code, state.reference).label(language)
        return list(seen.items())[: SHOWN_YEARS if kind == "year" else SHOWN_QUARTERS]
    return [
        (f"PLAN-{plan.start_year}", f"{plan.name}（{plan.start_year}–{plan.end_year}）")
        for plan in reversed(state.reference.plans)
    ]


class TotalsPage(QWidget):
    def __init__(
        self, state: AppState, translator: Translator, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.today = state, translator, today
        self.totals: CountyTotals | None = None
        heading = QLabel(translate("Totals", "County totals"))
        heading.setObjectName("pageTitle")
        hint = QLabel(
            translate(
                "Totals",
                "The sum of the newest version of each unit's returns. Period-end figures are each unit's latest "
                "within the period, added up over the units. Double-click a line, or press Enter, to see the units "
                "and records behind it.",
            )
        )
        hint.setObjectName("hint")
        hint.setWordWrap(True)
        self.kind = QComboBox()
        for code, label in PERIOD_KINDS:
            self.kind.addItem(translate("Totals", label), code)
        self.value = QComboBox()
        self.text = QLineEdit()
        self.text.setPlaceholderText(translate("Totals", "2024-03, 2024-Q1, 2024 or PLAN-2021"))
        self.text.setClearButtonEnabled(True)
        self.show_button = QPushButton(translate("Totals", "&Show"))
        self.by = QComboBox()
        for code in BREAKDOWNS:
            self.by.addItem(translate("Totals", LINE_HEADERS[code]), code)
        period_label = QLabel(translate("Totals", "&Period:"))
        period_label.setBuddy(self.kind)
        typed_label = QLabel(translate("Totals", "or &type one:"))
        typed_label.setBuddy(self.text)
        by_label = QLabel(translate("Totals", "Break down &by:"))
        by_label.setBuddy(self.by)
        self.error = error_label()
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.model = TotalsModel()
        self.table = read_only_table(self.model)
        self.table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(lambda index: self.drill_down(index.row()))
        self.table.installEventFilter(self)
        self.stock_title = QLabel()
        self.stock_title.setStyleSheet("font-weight: bold; padding-top: 6px;")
        self.stock = QTableWidget(0, len(STOCK_COLUMNS))
        self.stock.setHorizontalHeaderLabels([translate("Totals", c) for c in STOCK_COLUMNS])
        self.stock.verticalHeader().hide()
        self.stock.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.stock.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.stock.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.stock.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.stock_title.setBuddy(self.stock)
        chooser = QHBoxLayout()
        for widget in (period_label, self.kind, self.value, typed_label, self.text, self.show_button):
            chooser.addWidget(widget)
        chooser.addSpacing(24)
        chooser.addWidget(by_label)
        chooser.addWidget(self.by)
        chooser.addStretch()
        figures = QHBoxLayout()
        figures.addWidget(self.table, stretch=3)
        stock_side = QVBoxLayout()
        stock_side.addWidget(self.stock_title)
        stock_side.addWidget(self.stock)
        figures.addLayout(stock_side, stretch=2)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(hint)
        layout.addLayout(chooser)
        layout.addWidget(self.error)
        layout.addWidget(self.summary)
        layout.addLayout(figures, stretch=1)
        self.fill_values()
        self.text.setText(str(self.value.currentData()))
        self.kind.currentIndexChanged.connect(lambda _i: self.kind_changed())
        self.value.activated.connect(lambda _i: self.choose(self.value.currentData()))
        self.text.returnPressed.connect(self.typed)
        self.show_button.clicked.connect(self.typed)
        self.by.currentIndexChanged.connect(lambda _i: self.refresh())

    def latest(self) -> Period:
        return last_complete_month(self.today or date.today())

    def fill_values(self) -> None:
        self.value.clear()
        for code, label in period_choices(str(self.kind.currentData()), self.latest(), self.state):
            self.value.addItem(label, code)

    def kind_changed(self) -> None:
        self.fill_values()
        if self.value.count():
            self.choose(self.value.currentData())

    def choose(self, code: str) -> None:
        """Show the period chosen in the lists."""
        self.text.setText(code)
        self.typed()

    def typed(self) -> None:
        """Show the period written in the text field, or say what is wrong with it."""
        try:
            period = period_of(self.text.text(), self.state.reference)
        except ValidationError as error:
            self.error.setText(self.translator.render(error))
            self.text.setFocus()
            self.text.selectAll()
            return
        self.error.setText("")
        self.text.setText(period.code)
        self.follow(period)
        self.refresh()

    def follow(self, period: Period) -> None:
        """Make the lists show ``period`` where they offer it."""
        kinds = [code for code, _label in PERIOD_KINDS]
        if self.kind.currentData() != period.kind:
            self.kind.blockSignals(True)
            self.kind.setCurrentIndex(kinds.index(period.kind))
            self.kind.blockSignals(False)
            self.fill_values()
        self.value.setCurrentIndex(self.value.findData(period.code))

    def period(self) -> Period | None:
        try:
            return period_of(self.text.text(), self.state.reference)
        except ValidationError:
            return None

    def refresh(self) -> None:
        period = self.period()
        if period is None:
            return
        by = str(self.by.currentData())
        with self.state.store.reading() as session:
            self.totals = county_totals(session, self.state.reference, period, by, self.state.language)
        totals = self.totals
        label = period.label(self.state.language)
        if totals.held:
            self.summary.setText(
                translate("Totals", "{period}: returns of {units} of {all} units are held.").format(
                    period=label, units=totals.units_held, all=len(self.state.reference.reporting_units())
                )
            )
        else:
            self.summary.setText(
                translate("Totals", "Nothing is held for {period}: no unit's return for it has been imported.").format(
                    period=label
                )
            )
        self.model.show_rows(by, totals.rows, totals.total)
        self.show_stock(totals)

    def show_stock(self, totals: CountyTotals) -> None:
        end = totals.period.months()[-1].label(self.state.language)
        self.stock_title.setText(translate("Totals", "Period-&end figures at the end of {month}").format(month=end))
        indicators = self.state.reference.stock_indicators
        self.stock.setRowCount(len(indicators))
        for row, indicator in enumerate(indicators):
            stated = indicator.code in totals.stock
            value = totals.stock.get(indicator.code)
            text = "" if not stated else translate("Totals", "not applicable") if value is None else number(value)
            items = (
                QTableWidgetItem(indicator.name(self.state.language)),
                QTableWidgetItem(text),
                QTableWidgetItem(indicator.measure_unit if stated else ""),
            )
            items[1].setTextAlignment(RIGHT)
            for column, item in enumerate(items):
                self.stock.setItem(row, column, item)

    def drill_down(self, row: int) -> None:
        """The units and records behind the line in ``row`` (the total row: behind the total)."""
        totals = self.totals
        if totals is None or not 0 <= row < self.model.rowCount():
            return
        line = self.model.line(row)
        name = line.name if line is not None else translate("Totals", "Total")
        DrilldownDialog(self.state, totals.period, totals.by, line.key if line else None, name, self).exec()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.drill_down(self.table.currentIndex().row())
                return True
        return super().eventFilter(watched, event)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
