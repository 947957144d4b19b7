"""The red, word-wrapped line in which a dialog or page says what was refused and how to fix it."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel

ERROR_COLOUR = "#b00020"


def error_label() -> QLabel:
    label = QLabel()
    label.setStyleSheet(f"color: {ERROR_COLOUR};")
    label.setWordWrap(True)
    return label
