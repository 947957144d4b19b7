"""The county's Reporting status page (报送情况): for a chosen year, every reporting unit × month coloured by its
state with each month's and each unit's reporting rate (:mod:`.status_model`), a legend, a chart of the rate by
month, and the chase-up list (催报单) of a month or of the year so far, on screen and written as xlsx and PDF.
"Reporting rules…" sets the deadline day and the units' first months (:mod:`.reporting_settings_dialog`).

The figures are the county's (:mod:`kesu_desktop.county.status.grid`, read in one short session); the page reads them
again whenever it is shown, so an import made on the Import page is there when the clerk comes back."""

from __future__ import annotations

import html
from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.bulletins import sent_backs
from kesu_desktop.county.status.chase.content import ChaseList, Contact, chase_list_of, latest_contacts
from kesu_desktop.county.status.chase.files import write_chase_list
from kesu_desktop.county.status.grid import LATE, MISSING, STATE_LABELS, STATES, YearStatus, year_status
from kesu_desktop.county.status.rules import deadline_of
from kesu_desktop.reference.periods import parse_period
from ui.county.reporting_settings_dialog import ReportingSettingsDialog
from ui.county.send_back_dialog import SendBackControl
from ui.county.status_model import COLOURS, LABELS, SENT_BACK_MARK, TEXT_COLOURS, StatusModel, percent
from ui.i18n import translate
from ui.remembered import remembered_text, ui_settings
from ui.state import AppState
from ui.widgets.charts import ChartPanel, line_chart
from ui.widgets.read_only_table import read_only_table

CHASE_FOLDER_KEY = "county/chase_list_folder"
FIRST_YEAR = 2000


class StatusPage(QWidget):
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
        self.status: YearStatus | None = None
        self.contacts: dict[str, Contact] = {}
        self.content: ChaseList | None = None
        heading = QLabel(translate("StatusPage", "Reporting status"))
        heading.setObjectName("pageTitle")
        self.year = QSpinBox()
        self.year.setRange(FIRST_YEAR, today().year + 1)
        self.year.setValue(today().year)
        self.year.valueChanged.connect(lambda _year: self.refresh())
        year_label = QLabel(translate("StatusPage", "&Year:"))
        year_label.setBuddy(self.year)
        self.summary = QLabel()
        self.rules_button = QPushButton(translate("StatusPage", "Reporting &rules…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.model = StatusModel(state.language)
        self.grid = self._grid()
        self.send_back = SendBackControl(state, translator, self.grid, self.model)
        self.chart = ChartPanel(translator, minimum_height=200)
        tabs = QTabWidget()
        tabs.addTab(self.chart, translate("StatusPage", "Rate by month"))
        tabs.addTab(self._chase_panel(), translate("StatusPage", "Chase-up list"))
        self.tabs = tabs
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.grid)
        split.addWidget(tabs)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([400, 240])
        top = QHBoxLayout()
        top.addWidget(year_label)
        top.addWidget(self.year)
        top.addSpacing(12)
        top.addWidget(self.summary, stretch=1)
        top.addWidget(self.send_back.button)
        top.addWidget(self.rules_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(top)
        layout.addWidget(self._legend())
        layout.addWidget(split, stretch=1)
        QWidget.setTabOrder(self.year, self.send_back.button)
        QWidget.setTabOrder(self.send_back.button, self.rules_button)
        QWidget.setTabOrder(self.rules_button, self.grid)
        QWidget.setTabOrder(self.grid, tabs)

    def _grid(self) -> QTableView:
        grid = read_only_table(self.model)
        grid.setSelectionBehavior(grid.SelectionBehavior.SelectItems)
        grid.setAlternatingRowColors(False)
        grid.verticalHeader().show()
        grid.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        grid.horizontalHeader().setMinimumSectionSize(44)
        return grid

    def _legend(self) -> QLabel:
        parts = []
        for state in STATES:
            template = LABELS[state]
            shown = html.escape(translate("StatusGrid", template).format(days="N")) if template.strip("—") else template
            shown = shown or "&nbsp;&nbsp;&nbsp;"
            background = COLOURS.get(state, "#ffffff")
            colour = TEXT_COLOURS.get(state, "#000000")
            parts.append(
                f'<span style="background:{background}; color:{colour}; border:1px solid #bbb">'
                f"&nbsp;{shown}&nbsp;</span>"
                f"&nbsp;{html.escape(translate('Status', STATE_LABELS[state]))}"
            )
        parts.append(html.escape(translate("StatusPage", "v2: corrected, the newest version counts")))
        parts.append(html.escape(translate("StatusPage", "{mark}: sent back").format(mark=SENT_BACK_MARK)))
        legend = QLabel("&nbsp;&nbsp;&nbsp;".join(parts))
        legend.setTextFormat(Qt.TextFormat.RichText)
        legend.setWordWrap(True)
        return legend

    def _chase_panel(self) -> QWidget:
        self.month = QComboBox()
        self.month.currentIndexChanged.connect(lambda _index: self.show_chase_list())
        month_label = QLabel(translate("StatusPage", "&Month:"))
        month_label.setBuddy(self.month)
        self.whole_year = QCheckBox(translate("StatusPage", "&Whole year to date"))
        self.whole_year.toggled.connect(lambda _checked: self.show_chase_list())
        self.chase_button = QPushButton(translate("StatusPage", "Chase-up &list…"))
        self.chase_button.setToolTip(translate("StatusPage", "Write the chase-up list as Excel and PDF files"))
        self.chase_button.clicked.connect(self.write_chase_list)
        self.chase_counts = QLabel()
        self.chase_table = QTableWidget(0, 0)
        self.chase_table.verticalHeader().hide()
        self.chase_table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.chase_table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.chase_table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.chase_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        controls = QHBoxLayout()
        controls.addWidget(month_label)
        controls.addWidget(self.month)
        controls.addWidget(self.whole_year)
        controls.addSpacing(12)
        controls.addWidget(self.chase_counts, stretch=1)
        controls.addWidget(self.chase_button)
        panel = QWidget()
        layout = QVBoxLayout(panel)
        layout.addLayout(controls)
        layout.addWidget(self.chase_table)
        return panel

    # --- showing --------------------------------------------------------------------------------------------

    def refresh(self) -> None:
        with self.state.store.reading() as session:
            status = year_status(session, self.state.reference, self.year.value(), today=self.today())
            sent_back = sent_backs(session, self.year.value())
            self.contacts = latest_contacts(session)
        self.status = status
        self.model.show_status(status, sent_back)
        overall = status.overall_rate()
        self.summary.setText(
            translate(
                "StatusPage",
                "Reporting rate {rate} ({reported} of {due} returns due); missing {missing}, late {late}. "
                "Due by day {day} of the following month.",
            ).format(
                rate=percent(overall),
                reported=overall.reported,
                due=overall.due,
                missing=status.count(MISSING),
                late=status.count(LATE),
                day=status.deadline_day,
            )
        )
        self.show_chart(status)
        self.fill_months(status)
        self.show_chase_list()

    def show_chart(self, status: YearStatus) -> None:
        rates = [status.month_rate(period).value for period in status.periods]
        months = [translate("StatusGrid", "{month}").format(month=int(period[5:])) for period in status.periods]
        title = translate("StatusPage", "Reporting rate by month, {year}").format(year=status.year)
        values = [None if rate is None else round(rate * 100, 1) for rate in rates]
        self.chart.set_chart(
            line_chart(
                title,
                months,
                [(translate("StatusPage", "Reporting rate (%)"), values)],
                value_axis_title="%",
                max_value=100,
            )
        )

    def fill_months(self, status: YearStatus) -> None:
        """The months of the year to chase, the latest one whose deadline has passed chosen."""
        chosen = self.month.currentData() if self.month.count() else None
        due = [p for p in status.periods if deadline_of(parse_period(p), status.deadline_day) < status.today]
        self.month.blockSignals(True)
        self.month.clear()
        for period in status.periods:
            self.month.addItem(parse_period(period).label(self.state.language), period)
        index = self.month.findData(chosen) if chosen and chosen[:4] == str(status.year) else -1
        self.month.setCurrentIndex(index if index >= 0 else status.periods.index(due[-1]) if due else 0)
        self.month.blockSignals(False)

    def show_chase_list(self) -> None:
        if self.status is None:
            return
        period = None if self.whole_year.isChecked() else self.month.currentData()
        self.month.setEnabled(not self.whole_year.isChecked())
        content = chase_list_of(self.status, self.contacts, self.state.reference, self.translator, period=period)
        self.content = content
        headings = content.headings[:-1]  # the column to write notes in is for paper
        self.chase_table.setColumnCount(len(headings))
        self.chase_table.setHorizontalHeaderLabels(list(headings))
        self.chase_table.setRowCount(len(content.rows))
        for row, texts in enumerate(content.rows):
            for column, text in enumerate(texts[: len(headings)]):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.chase_table.setItem(row, column, item)
        self.chase_counts.setText(content.counts if content.rows else content.nothing)

    # --- acting ---------------------------------------------------------------------------------------------

    def write_chase_list(self) -> None:
        content = self.content
        if content is None:
            return
        settings = ui_settings(self.state.store.data_dir)
        last = remembered_text(settings, CHASE_FOLDER_KEY)
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("StatusPage", "Where to write the chase-up list"),
            last if last and Path(last).is_dir() else str(Path.home()),
        )
        if not folder:
            return
        settings.setValue(CHASE_FOLDER_KEY, folder)
        settings.sync()
        try:
            files = write_chase_list(Path(folder), content)
        except KesuError as error:
            QMessageBox.warning(
                self, translate("StatusPage", "Chase-up list not written"), self.translator.render(error)
            )
            return
        QMessageBox.information(
            self,
            translate("StatusPage", "Chase-up list written"),
            translate("StatusPage", "The chase-up list is written, to print:\n{files}").format(
                files="\n".join(str(file) for file in files)
            ),
        )

    def edit_rules(self) -> None:
        if ReportingSettingsDialog(self.state, self.translator, self).exec():
            self.refresh()

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
