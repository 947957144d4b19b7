"""The county's Reports page (报表): the county office chooses a kind of report and what it covers, and where
to write it (USB sticks first, then the last folder used); the report is made and written off the GUI thread
(:func:`kesu_desktop.county.reports.files.issue_report`) with a progress bar, and the page says which files
were written and their fingerprint, or why nothing was. The evaluation's own text and the survey's rows are
edited in their dialogs (:mod:`.report_texts_dialog`, :mod:`.survey_mapping_dialog`); below, the reports issued."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QThread, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.reports.document import KINDS
from kesu_desktop.county.reports.evaluation import ended_plan
from kesu_desktop.county.reports.files import STEPS, YEARLY, IssuedReport, issued_reports
from kesu_desktop.store.drives import removable_drives
from ui.county.plan_editor import plan_title
from ui.county.report_texts_dialog import ReportTextsDialog
from ui.county.report_writing import KIND_NAMES, ReportWorker, issued_table, show_issued
from ui.county.survey_mapping_dialog import SurveyMappingDialog
from ui.county.totals_page import last_complete_month
from ui.i18n import translate
from ui.remembered import remembered_text, ui_settings
from ui.returns.export_dialog import _size
from ui.state import AppState
from ui.widgets.error_label import error_label

LAST_FOLDER_KEY = "county/reports_folder"
KIND_HINTS = {
    "consolidated": QT_TRANSLATE_NOOP(
        "ReportsPage", "The county's activities and trainings of the period, added up by township and by kind."
    ),
    "targets": QT_TRANSLATE_NOOP(
        "ReportsPage", "Where each target of the plan in force stands at the end of the period, against its figure."
    ),
    "evaluation": QT_TRANSLATE_NOOP(
        "ReportsPage", "The closing evaluation of a plan: every target reached or not, with the county's own text."
    ),
    "survey": QT_TRANSLATE_NOOP(
        "ReportsPage", "A year's figures in the rows of the national science-popularization survey."
    ),
    "scorecard": QT_TRANSLATE_NOOP(
        "ReportsPage", "A year's scores of each township for the county's inspection, ranked, with what they rest on."
    ),
}
SPANS = (
    ("month", QT_TRANSLATE_NOOP("ReportsPage", "A month")),
    ("quarter", QT_TRANSLATE_NOOP("ReportsPage", "A quarter")),
    ("year", QT_TRANSLATE_NOOP("ReportsPage", "The whole year")),
)


def _label(text: str, buddy: QWidget) -> QLabel:
    label = QLabel(text)
    label.setBuddy(buddy)
    return label


class ReportsPage(QWidget):
    def __init__(
        self, state: AppState, translator: Translator, today: date | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.today = state, translator, today or date.today()
        self.thread_: QThread | None = None
        self.worker: ReportWorker | None = None
        self.result_: IssuedReport | None = None
        heading = QLabel(translate("ReportsPage", "County reports"))
        heading.setObjectName("pageTitle")
        self.kind = QComboBox()
        for code in KINDS:
            self.kind.addItem(translate("ReportsPage", KIND_NAMES[code]), code)
        self.explanation = QLabel()
        self.explanation.setObjectName("hint")
        self.explanation.setWordWrap(True)
        latest = last_complete_month(self.today)
        self.year = QSpinBox()
        self.year.setRange(2000, self.today.year)
        self.year.setValue(latest.start.year)
        self.span = QComboBox()
        for code, text in SPANS:
            self.span.addItem(translate("ReportsPage", text), code)
        self.part = QComboBox()
        self.part_label = _label("", self.part)
        self.span_label = _label(translate("ReportsPage", "&Period:"), self.span)
        self.plan = QComboBox()
        self.plan_label = _label(translate("ReportsPage", "P&lan:"), self.plan)
        self.fill_plans()
        self.texts_button = QPushButton(translate("ReportsPage", "County's own &text…"))
        self.texts_button.clicked.connect(self.edit_texts)
        self.survey_button = QPushButton(translate("ReportsPage", "&Survey rows…"))
        self.survey_button.clicked.connect(self.edit_survey_rows)
        self.folder = QComboBox()
        self.folder.setMinimumWidth(420)
        self.refresh_drives = QPushButton(translate("ReportsPage", "Look for &USB sticks again"))
        self.refresh_drives.clicked.connect(self.fill_folders)
        self.choose = QPushButton(translate("ReportsPage", "&Choose a folder…"))
        self.choose.clicked.connect(self.choose_folder)
        self.write_button = QPushButton(translate("ReportsPage", "&Write report"))
        self.write_button.setDefault(True)
        self.write_button.clicked.connect(self.start)
        self.open_button = QPushButton(translate("ReportsPage", "&Open the folder"))
        self.open_button.clicked.connect(self.open_folder)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.error = error_label()
        self.error.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.issued = issued_table()
        self._lay_out(heading)
        self.kind.currentIndexChanged.connect(self.kind_changed)
        self.span.currentIndexChanged.connect(lambda _index: self.fill_parts(latest.start.month))
        self.fill_parts(latest.start.month)
        self.kind_changed()
        self.fill_folders()
        self.refresh()

    def _lay_out(self, heading: QLabel) -> None:
        self.year_label = _label(translate("ReportsPage", "&Year:"), self.year)
        form = QGridLayout()
        form.setHorizontalSpacing(10)
        form.addWidget(_label(translate("ReportsPage", "&Report:"), self.kind), 0, 0)
        form.addWidget(self.kind, 0, 1)
        form.addWidget(self.explanation, 0, 2, 1, 6)
        period_row = QHBoxLayout()
        period_row.addWidget(self.year)
        for label, widget in ((self.span_label, self.span), (self.part_label, self.part)):
            period_row.addSpacing(12)
            period_row.addWidget(label)
            period_row.addWidget(widget)
        period_row.addSpacing(16)
        period_row.addWidget(self.survey_button)
        period_row.addStretch()
        form.addWidget(self.year_label, 1, 0)
        form.addLayout(period_row, 1, 1, 1, 7)
        plan_row = QHBoxLayout()
        plan_row.addWidget(self.plan)
        plan_row.addSpacing(16)
        plan_row.addWidget(self.texts_button)
        plan_row.addStretch()
        form.addWidget(self.plan_label, 2, 0)
        form.addLayout(plan_row, 2, 1, 1, 7)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder)
        folder_row.addWidget(self.choose)
        folder_row.addWidget(self.refresh_drives)
        folder_row.addStretch()
        form.addWidget(_label(translate("ReportsPage", "Write to fol&der:"), self.folder), 3, 0)
        form.addLayout(folder_row, 3, 1, 1, 7)
        form.setColumnStretch(7, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.write_button)
        actions.addWidget(self.open_button)
        actions.addWidget(self.progress, stretch=1)
        actions.addStretch()
        issued_label = _label(translate("ReportsPage", "Reports &issued:"), self.issued)
        issued_label.setStyleSheet("font-weight: bold; padding-top: 6px;")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addLayout(form)
        layout.addSpacing(6)
        layout.addLayout(actions)
        layout.addWidget(self.status)
        layout.addWidget(self.error)
        layout.addWidget(issued_label)
        layout.addWidget(self.issued, stretch=1)

    # --- choosing ----------------------------------------------------------------------------------------------

    def fill_plans(self) -> None:
        """The plans, newest first; the one chosen is the evaluation's default, the one that ended most recently."""
        plans = sorted(self.state.reference.plans, key=lambda p: (p.end_year, p.start_year), reverse=True)
        self.plan.clear()
        for plan in plans:
            self.plan.addItem(plan_title(plan), plan.code)
        try:
            default = ended_plan(self.state.reference, self.today, None).code
        except KesuError:  # no plan has ended yet: the newest is offered, and writing says why it cannot be
            default = plans[0].code if plans else ""
        self.plan.setCurrentIndex(max(self.plan.findData(default), 0))

    def fill_parts(self, month: int) -> None:
        span = self.span.currentData()
        self.part.clear()
        if span == "month":
            self.part_label.setText(translate("ReportsPage", "Mo&nth:"))
            for number in range(1, 13):
                self.part.addItem(translate("ReportsPage", "Month {month}").format(month=number), f"{number:02d}")
            self.part.setCurrentIndex(month - 1)
        elif span == "quarter":
            self.part_label.setText(translate("ReportsPage", "&Quarter:"))
            for number in range(1, 5):
                self.part.addItem(translate("ReportsPage", "Q{quarter}").format(quarter=number), f"Q{number}")
            self.part.setCurrentIndex((month - 1) // 3)
        self._show_parts()

    def _show_parts(self) -> None:
        shown = self.kind.currentData() not in (*YEARLY, "evaluation") and self.span.currentData() != "year"
        self.part_label.setVisible(shown)
        self.part.setVisible(shown)

    def kind_changed(self) -> None:
        kind = self.kind.currentData()
        self.explanation.setText(translate("ReportsPage", KIND_HINTS[kind]))
        evaluation, yearly = kind == "evaluation", kind in YEARLY
        self.year_label.setVisible(not evaluation)
        self.year.setVisible(not evaluation)
        self.span_label.setVisible(not (evaluation or yearly))
        self.span.setVisible(not (evaluation or yearly))
        self._show_parts()
        self.plan_label.setVisible(evaluation)
        self.plan.setVisible(evaluation)
        self.texts_button.setVisible(evaluation)
        self.survey_button.setVisible(kind == "survey")

    def period(self) -> str | None:
        """The period code of the report chosen (2025-03, 2025-Q1, 2025); None for the evaluation."""
        kind = self.kind.currentData()
        if kind == "evaluation":
            return None
        year = str(self.year.value())
        if kind in YEARLY or self.span.currentData() == "year":
            return year
        return f"{year}-{self.part.currentData()}"

    def fill_folders(self) -> None:
        self.folder.clear()
        for drive in removable_drives():
            label = translate("ReportsPage", "USB stick {name} — {free} free").format(
                name=drive.label or drive.path, free=_size(drive.free_bytes)
            )
            self.folder.addItem(label, str(drive.path))
        last = remembered_text(ui_settings(self.state.store.data_dir), LAST_FOLDER_KEY)
        if last and Path(last).is_dir():
            self.folder.addItem(translate("ReportsPage", "Last used folder: {path}").format(path=last), last)
        self.open_button.setEnabled(self.folder.count() > 0)

    def choose_folder(self) -> None:
        start = self.target()
        folder = QFileDialog.getExistingDirectory(
            self, translate("ReportsPage", "Where to write the report"), str(start or Path.home())
        )
        if folder:
            self.add_folder(Path(folder))

    def add_folder(self, folder: Path) -> None:
        """Offer ``folder`` and choose it."""
        self.folder.addItem(translate("ReportsPage", "Folder: {path}").format(path=folder), str(folder))
        self.folder.setCurrentIndex(self.folder.count() - 1)
        self.open_button.setEnabled(True)

    def target(self) -> Path | None:
        data = self.folder.currentData()
        return Path(data) if data else None

    # --- writing -----------------------------------------------------------------------------------------------

    def start(self) -> None:
        folder = self.target()
        self.error.clear()
        if folder is None:
            self.error.setText(translate("ReportsPage", "Choose where to write the report: a USB stick or a folder."))
            self.choose.setFocus()
            return
        kind = self.kind.currentData()
        self.result_ = None
        self._busy(True)
        self.thread_ = QThread(self)
        self.worker = ReportWorker(
            self.state,
            kind,
            folder,
            period=self.period(),
            plan_code=self.plan.currentData() if kind == "evaluation" else None,
            today=self.today,
        )
        self.worker.moveToThread(self.thread_)
        self.thread_.started.connect(self.worker.run)
        self.worker.progressed.connect(self._progressed)
        self.worker.succeeded.connect(self._succeeded)
        self.worker.failed.connect(self._failed)
        # quit() is thread-safe: called directly from the worker thread it needs no GUI event loop, so
        # wait_for_worker() (which blocks that loop) cannot deadlock.
        self.worker.succeeded.connect(self.thread_.quit, Qt.ConnectionType.DirectConnection)
        self.worker.failed.connect(self.thread_.quit, Qt.ConnectionType.DirectConnection)
        self.thread_.start()

    def _busy(self, busy: bool) -> None:
        for widget in (self.kind, self.year, self.span, self.part, self.plan, self.folder, self.choose):
            widget.setEnabled(not busy)
        for widget in (self.refresh_drives, self.write_button, self.texts_button, self.survey_button):
            widget.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    def _progressed(self, step: int, text: str) -> None:
        self.progress.setValue(step)
        self.status.setText(translate("Reports", text) + "…")

    def _succeeded(self, result: IssuedReport) -> None:
        self._busy(False)
        self.result_ = result
        settings = ui_settings(self.state.store.data_dir)
        settings.setValue(LAST_FOLDER_KEY, str(result.files[0].parent))
        settings.sync()
        self.status.setText(
            translate("ReportsPage", "Written and checked:\n{files}\nFingerprint {fingerprint}.").format(
                files="\n".join(str(path) for path in result.files), fingerprint=result.fingerprint
            )
        )
        self.refresh()

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, KesuError):
            message = self.translator.render(error)
        else:
            message = translate("ReportsPage", "Unexpected error: {error}").format(error=error)
        self.status.clear()
        self.error.setText(translate("ReportsPage", "Nothing was written: {message}").format(message=message))

    def wait_for_worker(self) -> None:
        """Block until a running report has been written (used by tests)."""
        if self.thread_ is not None:
            self.thread_.wait()

    def open_folder(self) -> None:
        folder = self.result_.files[0].parent if self.result_ is not None else self.target()
        if folder is not None:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    # --- the county's own text and survey rows, and the reports issued -----------------------------------------

    def edit_texts(self) -> None:
        ReportTextsDialog(self.state, self.translator, self.plan.currentData(), self).exec()

    def edit_survey_rows(self) -> None:
        SurveyMappingDialog(self.state, self.translator, self).exec()

    def refresh(self) -> None:
        with self.state.store.reading() as session:
            records = issued_reports(session)
        show_issued(self.issued, records, self.state.language)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)
