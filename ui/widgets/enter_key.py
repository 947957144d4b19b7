"""Enter as a clerk expects it in a form: it presses the button that has the focus, and in a one-line field, a
drop-down or a list it moves on to the next field (an IME commits its text with Enter before the field sees it)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractButton, QAbstractItemView, QComboBox, QLineEdit, QWidget


def enter_moves_on(form: QWidget, event: QKeyEvent) -> bool:
    """Handle Enter pressed in ``form``; False when the key is not one this handles."""
    if event.key() not in (Qt.Key.Key_Return, Qt.Key.Key_Enter) or event.modifiers():
        return False
    widget = form.focusWidget()
    if isinstance(widget, QAbstractButton):
        widget.click()
        return True
    if isinstance(widget, QLineEdit | QComboBox | QAbstractItemView) or (
        widget is not None and isinstance(widget.parent(), QComboBox)
    ):
        form.focusNextChild()
        return True
    return False
