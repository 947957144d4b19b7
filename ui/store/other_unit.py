"""Restoring a backup of another unit: the clerk is told whose backup it is and that this folder's data will be
replaced by that unit's, and must choose so with a button that says it; Esc and closing cancel."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.restore import RestoreCheck
from ui.i18n import translate

REPLACE_BUTTON = "replaceWithOtherUnit"  # object name of the button that confirms, for tests


def other_unit_box(check: RestoreCheck, data_dir: DataDir, parent: QWidget | None = None) -> QMessageBox:
    """The question, not yet shown; its button named :data:`REPLACE_BUTTON` confirms."""
    assert check.folder_setup is not None
    backup_unit, folder_unit = check.backup_setup.unit_name, check.folder_setup.unit_name
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(translate("OtherUnit", "A backup of another unit"))
    box.setText(
        translate("OtherUnit", "This backup belongs to {backup_unit}, not to {folder_unit}.").format(
            backup_unit=backup_unit, folder_unit=folder_unit
        )
    )
    box.setInformativeText(
        translate(
            "OtherUnit",
            "Restoring it replaces all the data of this folder ({folder_unit}) with the data of {backup_unit}: "
            "its records, its returns and its setup. This folder's current data is saved first, to {saved}.",
        ).format(backup_unit=backup_unit, folder_unit=folder_unit, saved=data_dir.restore_backups)
    )
    replace = box.addButton(
        translate("OtherUnit", "&Replace with the data of {backup_unit}").format(backup_unit=backup_unit),
        QMessageBox.ButtonRole.DestructiveRole,
    )
    replace.setObjectName(REPLACE_BUTTON)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    return box


def confirm_other_unit(check: RestoreCheck, data_dir: DataDir, parent: QWidget | None = None) -> bool:
    """Ask; whether the clerk chose to replace this folder's data with the other unit's."""
    box = other_unit_box(check, data_dir, parent)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == REPLACE_BUTTON
