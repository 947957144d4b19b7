"""Exporting a month's return to a USB stick or a folder: removable drives offered first, progress while it
writes, and a plain outcome — the files and "safe to remove", or why nothing was written.

Before anything is written the dialog says that the export locks the month and how to correct it later, asks
the clerk to confirm a month that is not over yet, and lists every period-end figure not filled in, to be filled
in (the figures dialog) or reported as 0 or not applicable — a stamped return never shows 未填."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import QObject, QSettings, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import missing_figures
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.export import STEPS, ExportResult, export_return
from kesu_desktop.store.drives import removable_drives
from ui.i18n import translate
from ui.records.figures_dialog import StockFiguresDialog
from ui.remembered import remembered_text
from ui.state import AppState

LAST_FOLDER_KEY = "export/last_folder"
log = logging.getLogger(__name__)


class ExportWorker(QObject):
    """Runs the export off the GUI thread and reports progress, the result or the error."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(object)

    def __init__(
        self,
        state: AppState,
        period: Period,
        folder: Path,
        formats: tuple[str, ...],
        *,
        today: date,
        early: bool,
        unfilled: str | None,
    ) -> None:
        super().__init__()
        self.state, self.period, self.folder, self.formats = state, period, folder, formats
        self.today, self.early, self.unfilled = today, early, unfilled

    def run(self) -> None:
        try:
            result = export_return(
                self.state.store,
                self.state.reference,
                self.period,
                self.folder,
                formats=self.formats,
                today=self.today,
                early=self.early,
                unfilled=self.unfilled,
                progress=self.progressed.emit,
            )
        except Exception as error:  # every failure is reported to the clerk, none is swallowed
            if not isinstance(error, KesuError):
                log.exception("export of %s failed", self.period.code)
            self.failed.emit(error)
        else:
            self.succeeded.emit(result)


def _size(free: int) -> str:
    return f"{free / 1024**3:.1f} GB" if free >= 1024**3 else f"{free / 1024**2:.0f} MB"


class ExportDialog(QDialog):
    exported = Signal(object)

    def __init__(
        self,
        state: AppState,
        translator: Translator,
        period: Period,
        parent: QWidget | None = None,
        *,
        today: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.state, self.translator, self.period = state, translator, period
        self.today = today or date.today()
        self.thread_: QThread | None = None
        self.worker: ExportWorker | None = None
        self.result_: ExportResult | None = None
        self.setWindowTitle(
            translate("ExportDialog", "Export the return for {period}").format(period=period.label(state.language))
        )
        self.targets = QListWidget()
        self.choose = QPushButton(translate("ExportDialog", "Choose another &folder…"))
        self.choose.clicked.connect(self.choose_folder)
        self.refresh_drives = QPushButton(translate("ExportDialog", "&Look for USB sticks again"))
        self.refresh_drives.clicked.connect(self.fill_targets)
        self.xlsx = QCheckBox(translate("ExportDialog", "Excel workbook for the county"))
        self.pdf = QCheckBox(translate("ExportDialog", "PDF to print, sign and stamp"))
        self.xlsx.setChecked(True)
        self.pdf.setChecked(True)
        self.lock_notice = QLabel(
            translate(
                "ExportDialog",
                "Exporting locks {period}: its activities, trainings and period-end figures can no longer be "
                "changed. To correct it later, choose “Reopen for correction” on the Returns page and say why; "
                "the next export is then version 2, marked 更正.",
            ).format(period=period.label(state.language))
        )
        self.lock_notice.setWordWrap(True)
        self.early = QCheckBox(
            translate(
                "ExportDialog",
                "{period} is not over yet. Nothing more will be recorded for it: export it now.",
            ).format(period=period.label(state.language))
        )
        self.needs_confirming = period.end >= self.today
        self.early.setVisible(self.needs_confirming)
        self.unfilled_needed = False
        self.unfilled_label = QLabel()
        self.unfilled_label.setWordWrap(True)
        self.fill_figures = QPushButton(translate("ExportDialog", "Fill in period-end &figures…"))
        self.fill_figures.clicked.connect(self.open_figures)
        self.unfilled = QComboBox()
        self.unfilled.addItem(translate("ExportDialog", "Choose how to report them…"), None)
        self.unfilled.addItem(translate("ExportDialog", "Report them as 0"), "zero")
        self.unfilled.addItem(translate("ExportDialog", "Report them as not applicable (—)"), "na")
        unfilled_row = QHBoxLayout()
        unfilled_row.addWidget(self.fill_figures)
        unfilled_row.addWidget(self.unfilled)
        unfilled_row.addStretch()
        self.unfilled_box = QWidget()
        unfilled_layout = QVBoxLayout(self.unfilled_box)
        unfilled_layout.setContentsMargins(0, 0, 0, 0)
        unfilled_layout.addWidget(self.unfilled_label)
        unfilled_layout.addLayout(unfilled_row)
        self.progress = QProgressBar()
        self.progress.setRange(0, len(STEPS))
        self.progress.hide()
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(translate("ExportDialog", "&Export"))
        self.export_button.setDefault(True)
        self.export_button.clicked.connect(self.start)
        self.close_button = QPushButton(translate("ExportDialog", "&Close"))
        self.close_button.clicked.connect(self.reject)
        target_buttons = QHBoxLayout()
        target_buttons.addWidget(self.refresh_drives)
        target_buttons.addWidget(self.choose)
        target_buttons.addStretch()
        buttons = QHBoxLayout()
        buttons.addStretch()
        buttons.addWidget(self.export_button)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.lock_notice)
        layout.addWidget(self.unfilled_box)
        layout.addWidget(self.early)
        layout.addWidget(QLabel(translate("ExportDialog", "Write to:")))
        layout.addWidget(self.targets)
        layout.addLayout(target_buttons)
        layout.addWidget(self.xlsx)
        layout.addWidget(self.pdf)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addLayout(buttons)
        self.resize(600, 520)
        self.fill_targets()
        self.show_unfilled()

    def missing(self) -> list[str]:
        """The names of the month's period-end figures not filled in."""
        with self.state.store.reading() as session:
            codes = missing_figures(session, self.state.installation.setup.unit_code, self.period.code)
        names = {i.code: i.name(self.state.language) for i in self.state.reference.stock_indicators}
        return [names.get(code, code) for code in codes]

    def show_unfilled(self) -> None:
        missing = self.missing()
        self.unfilled_needed = bool(missing)
        self.unfilled_box.setVisible(self.unfilled_needed)
        self.unfilled_label.setText(
            translate(
                "ExportDialog",
                "{count} period-end figures are not filled in: {names}. Fill them in, or choose how to report them.",
            ).format(count=len(missing), names=(", " if self.state.language == "en" else "、").join(missing))
        )

    def open_figures(self) -> None:
        StockFiguresDialog(self.state, self.translator, self.period.start, self).exec()
        self.show_unfilled()

    def fill_targets(self) -> None:
        self.targets.clear()
        for drive in removable_drives():
            label = translate("ExportDialog", "USB stick {name} — {free} free").format(
                name=drive.label or drive.path, free=_size(drive.free_bytes)
            )
            self._add_target(label, drive.path)
        last = remembered_text(QSettings(), LAST_FOLDER_KEY)
        if last and Path(last).is_dir():
            self._add_target(translate("ExportDialog", "Last used folder: {path}").format(path=last), Path(last))
        if self.targets.count():
            self.targets.setCurrentRow(0)
        else:
            self.status.setText(translate("ExportDialog", "No USB stick found. Insert one, or choose a folder."))

    def _add_target(self, label: str, path: Path) -> QListWidgetItem:
        item = QListWidgetItem(label)
        item.setData(Qt.ItemDataRole.UserRole, str(path))
        self.targets.addItem(item)
        return item

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, translate("ExportDialog", "Choose a folder"))
        if folder:
            self.targets.setCurrentItem(
                self._add_target(translate("ExportDialog", "Folder: {path}").format(path=folder), Path(folder))
            )

    def target(self) -> Path | None:
        item = self.targets.currentItem()
        return Path(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None

    def formats(self) -> tuple[str, ...]:
        return tuple(name for name, box in (("xlsx", self.xlsx), ("pdf", self.pdf)) if box.isChecked())

    def start(self) -> None:
        folder = self.target()
        if folder is None or not self.formats():
            self.status.setText(translate("ExportDialog", "Choose where to write and at least one kind of file."))
            return
        if self.needs_confirming and not self.early.isChecked():
            self.status.setText(
                translate(
                    "ExportDialog", "Confirm that nothing more will be recorded for this month, or export it later."
                )
            )
            self.early.setFocus()
            return
        unfilled = self.unfilled.currentData() if self.unfilled_needed else None
        if self.unfilled_needed and unfilled is None:
            self.status.setText(
                translate("ExportDialog", "Fill in the period-end figures, or choose how to report those left empty.")
            )
            self.unfilled.setFocus()
            return
        self._busy(True)
        self.thread_ = QThread(self)
        self.worker = ExportWorker(
            self.state,
            self.period,
            folder,
            self.formats(),
            today=self.today,
            early=self.early.isChecked(),
            unfilled=unfilled,
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
        QSettings().setValue(LAST_FOLDER_KEY, str(folder))
        self.thread_.start()

    def _busy(self, busy: bool) -> None:
        for widget in (
            self.targets,
            self.choose,
            self.refresh_drives,
            self.xlsx,
            self.pdf,
            self.early,
            self.fill_figures,
            self.unfilled,
            self.export_button,
        ):
            widget.setEnabled(not busy)
        self.close_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.progress.setValue(0)

    def _progressed(self, step: int, text: str) -> None:
        self.progress.setValue(step)
        self.status.setText(translate("Export", text) + "…")

    def _succeeded(self, result: ExportResult) -> None:
        self._busy(False)
        self.result_ = result
        self.export_button.setEnabled(False)
        names = "\n".join(path.name for path in result.files)
        self.status.setText(
            translate(
                "ExportDialog",
                "Written and checked:\n{names}\nVersion {version}, fingerprint {fingerprint}.\n"
                "The files are complete: the USB stick is safe to remove.",
            ).format(names=names, version=result.version, fingerprint=result.fingerprint)
        )
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if isinstance(error, KesuError):
            message = self.translator.render(error)
        else:
            message = translate("ExportDialog", "Unexpected error: {error}").format(error=error)
        self.status.setText(translate("ExportDialog", "Nothing was exported: {message}").format(message=message))

    def wait_for_worker(self) -> None:
        """Block until a running export has finished (used on close and by tests)."""
        if self.thread_ is not None:
            self.thread_.wait()

    def reject(self) -> None:
        if self.thread_ is not None and self.thread_.isRunning():
            return
        super().reject()
