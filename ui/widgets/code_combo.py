"""A combo box over coded reference values: shows names in the user's language, hands back codes.

``empty_text`` adds a first entry with no code ("All forms" in a filter, "— none —" for an optional field);
without it the combo starts with nothing chosen and shows ``placeholder`` until the clerk picks one.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QComboBox, QWidget

from kesu_desktop.reference.data import Item


class CodeCombo(QComboBox):
    def __init__(
        self,
        items: Sequence[Item],
        language: str,
        *,
        empty_text: str | None = None,
        placeholder: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._has_empty = empty_text is not None
        if empty_text is not None:
            self.addItem(empty_text, None)
        for item in items:
            self.addItem(item.name(language), item.code)
        self.setPlaceholderText(placeholder)
        self.setMaxVisibleItems(min(self.count(), 15) or 1)
        self.set_code(None)

    def code(self) -> str | None:
        """The chosen code, or None for the empty entry or no choice."""
        if self.currentIndex() < 0:
            return None
        value = self.currentData()
        return None if value is None else str(value)

    def set_code(self, code: str | None) -> None:
        """Choose ``code``; an unknown code or None goes back to the empty entry (or to no choice)."""
        index = self.findData(code) if code is not None else -1
        if index < 0:
            index = 0 if self._has_empty else -1
        self.setCurrentIndex(index)
