"""The global exception hook: log the traceback to the data folder's log file and show a dialog.

A windowed Windows build has no console, so an unexpected error must reach the user and the log, not vanish.
An error the core raises on purpose (a :class:`KesuError`, e.g. a full disk while deleting a record) is not
unexpected: its own message is shown, in the user's language.
"""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from ui.i18n import translate

log = logging.getLogger("kesu.crash")


class ExceptionHook:
    """Installed as ``sys.excepthook``; the dialog is not shown while one is already open."""

    def __init__(self, log_file: Path, translator: Translator | None = None) -> None:
        self.log_file = log_file
        self.translator = translator  # set once the language is known
        self._showing = False

    def __call__(self, kind: type[BaseException], error: BaseException, trace: TracebackType | None) -> None:
        details = "".join(traceback.format_exception(kind, error, trace))
        message = self.translator.render(error) if isinstance(error, KesuError) and self.translator else None
        if message is not None:
            log.warning("stopped by %s\n%s", kind.__name__, details)
        else:
            log.error("unexpected error\n%s", details)
        if self._showing or QApplication.instance() is None:
            if sys.__stderr__ is not None:
                sys.__stderr__.write(details)
            return
        self._showing = True
        try:
            if message is not None:
                QMessageBox.warning(None, translate("ExceptionHook", "Not done"), message)
                return
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
