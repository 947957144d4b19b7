"""The questions a record editor asks: before saving a record with plausibility warnings ("Save anyway", or the
default and Esc, "Go back and correct"), and before dropping changes that were not saved."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.plausibility import PlausibilityWarning
from ui.i18n import translate


def warning_text(warning: PlausibilityWarning, translator: Translator) -> str:
    return translator.translate("Warnings", warning.template).format(
        label=translator.translate("Fields", warning.label), **warning.values
    )


def ask_to_save_anyway(parent: QWidget, warnings: list[PlausibilityWarning], translator: Translator) -> bool:
    """True when the clerk chooses to save despite ``warnings``."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("RecordEditor", "Please check"))
    box.setText(translate("RecordEditor", "Please check before saving:"))
    box.setInformativeText("\n".join(f"• {warning_text(w, translator)}" for w in warnings))
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).setText(translate("RecordEditor", "Save anyway"))
    box.button(QMessageBox.StandardButton.No).setText(translate("RecordEditor", "Go back and correct"))
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setEscapeButton(QMessageBox.StandardButton.No)
    return box.exec() == QMessageBox.StandardButton.Yes


def ask_to_discard(parent: QWidget) -> bool:
    """True when the clerk chooses to drop the changes not saved (Cancel is the default)."""
    answer = QMessageBox.question(
        parent,
        translate("RecordEditor", "Unsaved changes"),
        translate("RecordEditor", "Discard the changes to this record?"),
        QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Discard
