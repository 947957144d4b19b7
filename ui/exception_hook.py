"""The global exception hook: log the traceback to the data folder's log file and show a dialog.

A windowed Windows build has no console, so an unexpected error must reach the user and the log, not vanish.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from ui.i18n import translate

log = logging.getLogger("kesu.crash")


class ExceptionHook:
    """Installed as ``sys.excepthook``; the dialog is not shown while one is already open."""

    def __init__(self, log_file: Path) -> None:
        self.log_file = log_file
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            if sys.__stderr__ is not None:
                sys.__stderr__.write(details)
            return
        self._showing = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical, translate("ExceptionHook", "Unexpected error"), "")
            box.setText(
                translate(
                    "ExceptionHook",
                    "Something went wrong that KeSu did not expect. Your saved records are safe. "
                    "The details were written to the log file:\n{path}",
                ).format(path=self.log_file)
            )
            box.setDetailedText(details)
            box.exec()
        finally:
            self._showing = False

    def install(self) -> None:
        sys.excepthook = self
