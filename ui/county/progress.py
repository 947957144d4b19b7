"""The progress of a check or an import of returns: a window-modal progress dialog fed by the inbox's progress
callback. Setting its value lets the GUI handle events (the dialog is modal), so Cancel can be pressed; the
callback then answers False and the inbox stops, storing nothing."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QProgressDialog, QWidget

from ui.i18n import translate


class InboxProgress:
    """Called with (files done, files in all); False once the clerk pressed Cancel."""

    def __init__(self, parent: QWidget | None, title: str) -> None:
        self.dialog = QProgressDialog(
            translate("CountyInbox", "Checking the files…"), translate("CountyInbox", "Cancel"), 0, 0, parent
        )
        self.dialog.setWindowTitle(title)
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(300)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, done: int, total: int) -> bool:
        if self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        self.dialog.setLabelText(
            translate("CountyInbox", "Checking file {done} of {total}…").format(done=min(done + 1, total), total=total)
        )
        self.dialog.setValue(min(done, total))
        return not self.dialog.wasCanceled()

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()
