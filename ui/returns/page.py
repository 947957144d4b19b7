"""The Returns page: the year's months with their status and what the county's newest bulletin recorded of each
(received, or sent back with its reason), preview, export, and reopening for correction (with the county's reason
offered for a month it sent back); plus the quarter, year and plan-to-date for the unit's own review."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QBrush, QColor, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.bulletins.township import SENT_BACK, CountyMonth, county_months, newest_payload
from kesu_desktop.reference.periods import Period, parse_period
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.export import preview_pdf
from kesu_desktop.returns.form import ReturnForm
from kesu_desktop.returns.ledger import MonthStatus, month_statuses
from ui.bulletins.texts import bulletin_source, county_month_text, county_month_tooltip
from ui.i18n import translate
from ui.returns.export_dialog import ExportDialog
from ui.returns.preview import PreviewDialog
from ui.returns.print_preview import PrintPreviewDialog
from ui.returns.reopen_dialog import ReopenDialog
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR

STATE_TEXT = {
    "not_due": QT_TRANSLATE_NOOP("Returns", "not yet due"),
    "due": QT_TRANSLATE_NOOP("Returns", "due"),
    "overdue": QT_TRANSLATE_NOOP("Returns", "overdue"),
    "exported": QT_TRANSLATE_NOOP("Returns", "exported, version {version}"),
    "reopened": QT_TRANSLATE_NOOP("Returns", "reopened for correction"),
}
STATE_COLOUR = {"due": "#8a5a00", "overdue": ERROR_COLOUR, "exported": "#1b6e20", "reopened": "#8a5a00"}
REVIEW_PERIODS = (
    (QT_TRANSLATE_NOOP("Returns", "This quarter"), "quarter"),
    (QT_TRANSLATE_NOOP("Returns", "This year"), "year"),
    (QT_TRANSLATE_NOOP("Returns", "Plan to date"), "plan"),
)


def state_text(status: MonthStatus) -> str:
    text = translate("Returns", STATE_TEXT[status.state])
    return text.format(version=status.latest.version if status.latest else "")


class ReturnsPage(QWidget):
    def __init__(
        self, state: AppState, translator: Translator, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.today = state, translator, today
        self.statuses: list[MonthStatus] = []
        self.county: dict[str, CountyMonth] = {}
        heading = QLabel(translate("Returns", "Monthly returns"))
        heading.setObjectName("pageTitle")
        this_year = self._today().year
        self.year = QComboBox()
        for year in range(this_year, this_year - 6, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.refresh)
        year_label = QLabel(translate("Returns", "&Year:"))
        year_label.setBuddy(self.year)
        self.bulletin_line = QLabel()
        self.bulletin_line.setObjectName("hint")
        self.bulletin_line.setWordWrap(True)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels(
            [
                translate("Returns", "Month"),
                translate("Returns", "Status"),
                translate("Returns", "Deadline"),
                translate("Returns", "Exported"),
                translate("Returns", "Fingerprint"),
                translate("Returns", "County"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QTableWidget.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.table.doubleClicked.connect(lambda _: self.preview())
        self.preview_button = QPushButton(translate("Returns", "&Preview"))
        self.preview_button.clicked.connect(self.preview)
        self.print_preview_button = QPushButton(translate("Returns", "Prin&t preview…"))
        self.print_preview_button.clicked.connect(self.print_preview)
        self.export_button = QPushButton(translate("Returns", "&Export to USB stick…"))
        self.export_button.clicked.connect(self.export)
        self.reopen_button = QPushButton(translate("Returns", "&Reopen for correction…"))
        self.reopen_button.clicked.connect(self.reopen)
        self.review = QComboBox()
        for label, kind in REVIEW_PERIODS:
            self.review.addItem(translate("Returns", label), kind)
        self.review_button = QPushButton(translate("Returns", "&View"))
        self.review_button.clicked.connect(self.show_review)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(year_label)
        top.addWidget(self.year)
        actions = QHBoxLayout()
        actions.addWidget(self.preview_button)
        actions.addWidget(self.print_preview_button)
        actions.addWidget(self.export_button)
        actions.addWidget(self.reopen_button)
        actions.addStretch()
        actions.addWidget(QLabel(translate("Returns", "Review:")))
        actions.addWidget(self.review)
        actions.addWidget(self.review_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.bulletin_line)
        layout.addWidget(self.table)
        layout.addLayout(actions)

    def _today(self) -> date:
        return self.today or date.today()

    def refresh(self) -> None:
        year = int(self.year.currentData())
        selected = self.table.currentRow()
        with self.state.store.reading() as session:
            self.statuses = month_statuses(session, self.state.installation.setup.unit_code, year, self._today())
            self.county = county_months(session)
            self.bulletin_line.setText(bulletin_source(newest_payload(session)))
        self.table.setRowCount(len(self.statuses))
        for row, status in enumerate(self.statuses):
            latest = status.latest
            values = [
                status.period.label(self.state.language),
                state_text(status),
                status.deadline.isoformat(),
                latest.exported_at.strftime("%Y-%m-%d %H:%M") if latest else "",
                latest.fingerprint if latest else "",
            ]
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 1 and status.state in STATE_COLOUR:
                    item.setForeground(QBrush(QColor(STATE_COLOUR[status.state])))
                self.table.setItem(row, column, item)
            self.table.setItem(row, len(values), self._county_item(status))
        # the month now due first; else the latest owed (overdue or reopened), not the oldest one in red
        owed = [r for r, s in enumerate(self.statuses) if s.state in ("overdue", "reopened")]
        default = next((r for r, s in enumerate(self.statuses) if s.state == "due"), owed[-1] if owed else 0)
        self.table.selectRow(selected if selected >= 0 else default)
        self._update_buttons()

    def _county_item(self, status: MonthStatus) -> QTableWidgetItem:
        month = self.county.get(status.period.code)
        if month is None:
            return QTableWidgetItem("")
        latest = status.latest.version if status.latest else None
        item = QTableWidgetItem(county_month_text(month, latest))
        exported = (status.latest.version, status.latest.fingerprint) if status.latest else None
        item.setToolTip(county_month_tooltip(month, exported))
        if month.state == SENT_BACK and latest == month.version:
            item.setForeground(QBrush(QColor(ERROR_COLOUR)))
        return item

    def county_reason(self, status: MonthStatus) -> str:
        """The county's reason when it sent back the version of the month's return exported last, else ""."""
        month = self.county.get(status.period.code)
        if month is None or month.state != SENT_BACK or status.latest is None or month.version != status.latest.version:
            return ""
        return month.reason or ""

    def selected(self) -> MonthStatus | None:
        row = self.table.currentRow()
        return self.statuses[row] if 0 <= row < len(self.statuses) else None

    def _update_buttons(self) -> None:
        status = self.selected()
        self.preview_button.setEnabled(status is not None)
        exportable = (
            status is not None
            and status.state in ("due", "overdue", "reopened", "not_due")
            and status.period.start <= self._today()
        )
        self.export_button.setEnabled(exportable)
        self.print_preview_button.setEnabled(exportable)
        self.reopen_button.setEnabled(status is not None and status.state == "exported")

    def form(self, period: Period) -> ReturnForm:
        with self.state.store.reading() as session:
            return build_return_form(
                session, self.state.reference, self.state.installation, period, self.translator, filled_on=self._today()
            )

    def preview(self) -> None:
        status = self.selected()
        if status is not None:
            PreviewDialog(self.form(status.period), self.translator, self).exec()

    def print_preview(self) -> None:
        status = self.selected()
        if status is None:
            return
        try:
            pdf = preview_pdf(self.state.store, self.state.reference, status.period, today=self._today())
        except KesuError as error:
            QMessageBox.warning(self, translate("Returns", "No print preview"), self.translator.render(error))
            return
        title = translate("Returns", "Print preview of the return for {period}").format(
            period=status.period.label(self.state.language)
        )
        PrintPreviewDialog(pdf, title, self).exec()

    def export(self) -> None:
        status = self.selected()
        if status is None:
            return
        dialog = ExportDialog(self.state, self.translator, status.period, self, today=self._today())
        dialog.exported.connect(lambda _: self.refresh())
        dialog.exec()

    def reopen(self) -> None:
        status = self.selected()
        if status is None:
            return
        dialog = ReopenDialog(self.state, self.translator, status.period, self, reason=self.county_reason(status))
        if dialog.exec():
            self.refresh()

    def show_review(self) -> None:
        today = self._today()
        kind = self.review.currentData()
        code = {
            "quarter": f"{today.year}-Q{(today.month - 1) // 3 + 1}",
            "year": str(today.year),
            "plan": f"PLAN-{self._plan_start()}",
        }[kind]
        PreviewDialog(self.form(parse_period(code, today=today)), self.translator, self).exec()

    def _plan_start(self) -> int:
        today = self._today()
        plans = [p for p in self.state.reference.plans if p.start_year <= today.year]
        return max(plans, key=lambda p: p.start_year).start_year if plans else today.year

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
