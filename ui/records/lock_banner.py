"""The line an editor shows over a record of a reported month: why it cannot be changed, and a button that
reopens the month for correction."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from kesu_desktop.reference.periods import Period
from ui.i18n import translate


def locked_text(period: Period, version: int, language: str) -> str:
    """Why a record of a reported month cannot be changed, and what to do about it."""
    return translate(
        "RecordEditor",
        "This record is in {period}, whose return was exported (version {version}), so it cannot be changed. "
        "To correct it, reopen the month for correction.",
    ).format(period=period.label(language), version=version)


class LockBanner(QWidget):
    def __init__(self, *, can_reopen: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("editorLock")
        self.setStyleSheet("QWidget#editorLock { background: #fff4ce; border: 1px solid #e0c060; }")
        self.text = QLabel()
        self.text.setWordWrap(True)
        self.reopen_button = QPushButton(translate("RecordEditor", "&Reopen this month for correction…"))
        self.reopen_button.setAutoDefault(False)
        self.reopen_button.setVisible(can_reopen)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 2, 6, 2)
        layout.addWidget(self.text, stretch=1)
        layout.addWidget(self.reopen_button)
