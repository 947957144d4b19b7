"""At start, when the database is damaged: say so in plain words and offer to restore the newest good backup
(or one the clerk picks, e.g. from a USB stick), or to quit. Nothing is changed without the clerk's word, and
the damaged file is kept, moved aside, when a backup replaces it.

The damaged file's password may not be readable any more. The dialog asks for the password the folder last had
(:func:`kesu_desktop.store.restore.folder_setup`: read from what is left of the damaged file, else from the
folder's newest good backup), and the restored database keeps that password; a backup of another unit is
restored only once the clerk confirms it. When neither source tells (no setup can be read, no good backup), no
password is asked and the restored database keeps the backup's own: the damaged file is kept aside, and the
chosen backup reveals nothing its file does not already hold.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QStyle,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import DamagedStoreError, KesuError, ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.backups import backup_time
from kesu_desktop.store.database import Store
from kesu_desktop.store.restore import check_restore, folder_setup, restore_backup
from kesu_desktop.store.startup import prepare_store
from ui.i18n import translate
from ui.store.other_unit import confirm_other_unit
from ui.widgets.error_label import error_label

log = logging.getLogger(__name__)


def _when(path: Path) -> str:
    time = backup_time(path)
    return time.strftime("%Y-%m-%d %H:%M") if time else "?"


class DamagedStoreDialog(QDialog):
    """Accepted once a backup has replaced the damaged database (``restored`` is that backup)."""

    def __init__(
        self, data_dir: DataDir, error: DamagedStoreError, translator: Translator, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.data_dir = data_dir
        self.translator = translator
        self.restored: Path | None = None
        self.setWindowTitle(translate("Damaged", "The database is damaged"))
        explanation = QLabel(
            translate(
                "Damaged",
                "KeSu checks its database at every start. This time it found the file damaged ({detail}), so it has "
                "not opened it and has changed nothing in it. This happens when a computer loses power while "
                "writing, or when a disk is failing.",
            ).format(detail=error.detail)
        )
        if error.newest_backup is not None:
            advice = translate(
                "Damaged",
                "The newest good backup was made on {time}:\n{file}\n\nRestoring it brings back everything saved "
                "up to then; enter again what was recorded after that. The damaged file is kept in {kept}.",
            ).format(time=_when(error.newest_backup), file=error.newest_backup, kept=data_dir.restore_backups)
        else:
            advice = translate(
                "Damaged",
                "No good backup was found in the data folder. If you have a backup on a USB stick, choose it; "
                "otherwise ask the county office for help. The damaged file stays where it is:\n{path}",
            ).format(path=error.database)
        self.advice = QLabel(advice)
        self.message = error_label()
        self.message.hide()
        setup = folder_setup(data_dir)
        self.password: QLineEdit | None = None
        password_form = QFormLayout()
        if setup is not None and setup.password_hash is not None:
            password_note = QLabel(
                translate("Damaged", "This data folder has a password: enter it to restore a backup.")
            )
            password_note.setWordWrap(True)
            self.password = QLineEdit()
            self.password.setEchoMode(QLineEdit.EchoMode.Password)
            password_form.addRow(password_note)
            password_form.addRow(translate("Damaged", "&Password:"), self.password)
        for label in (explanation, self.advice, self.message):
            label.setWordWrap(True)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox()
        self.restore_button: QPushButton | None = None
        newest = error.newest_backup
        if newest is not None:
            self.restore_button = QPushButton(translate("Damaged", "&Restore this backup"))
            self.restore_button.clicked.connect(lambda: self.restore(newest))
            buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.choose_button = QPushButton(translate("Damaged", "&Choose a backup file…"))
        self.choose_button.clicked.connect(self.choose)
        buttons.addButton(self.choose_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.quit_button = QPushButton(translate("Damaged", "&Quit"))
        self.quit_button.clicked.connect(self.reject)
        buttons.addButton(self.quit_button, QDialogButtonBox.ButtonRole.RejectRole)
        (self.restore_button or self.choose_button).setDefault(True)
        icon = QLabel()
        icon.setPixmap(self.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning).pixmap(48, 48))
        icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        text = QVBoxLayout()
        text.addWidget(explanation)
        text.addWidget(self.advice)
        text.addLayout(password_form)
        text.addWidget(self.message)
        body = QHBoxLayout()
        body.addWidget(icon)
        body.addLayout(text, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        self.setMinimumWidth(560)

    def choose(self) -> None:
        chosen, _filter = QFileDialog.getOpenFileName(
            self,
            translate("Damaged", "Choose a backup to restore"),
            str(self.data_dir.backups),
            translate("Damaged", "KeSu backups (*.sqlite3);;All files (*)"),
        )
        if chosen:
            self.restore(Path(chosen))

    def restore(self, backup: Path) -> None:
        """Check ``backup`` (and, for another unit's, ask), move the damaged file aside and put the backup in its
        place; stay open on failure."""
        password = self.password.text() if self.password is not None else None
        try:
            check = check_restore(self.data_dir, backup)
            if check.other_unit and not confirm_other_unit(check, self.data_dir, self):
                return
            QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
            try:
                restore_backup(self.data_dir, backup, password=password, other_unit=check.other_unit)
            finally:
                QGuiApplication.restoreOverrideCursor()
        except KesuError as failure:
            log.warning("restore of %s at start failed: %s", backup, failure)
            self.message.setText(self.translator.render(failure))
            self.message.show()
            if isinstance(failure, ValidationError) and self.password is not None:
                self.password.selectAll()
                self.password.setFocus()
            return
        log.info("restored %s over a damaged database", backup)
        self.restored = backup
        self.accept()


def recover_damaged_store(
    data_dir: DataDir, error: DamagedStoreError, translator: Translator
) -> tuple[Store, ReferenceData] | KesuError | None:
    """Offer a backup until the store opens: the opened store, another error that stops the start, or None when
    the clerk quits (the damaged file then stays as it is)."""
    while True:
        dialog = DamagedStoreDialog(data_dir, error, translator)
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.restored is None:
            return None
        try:
            opened = prepare_store(data_dir)
        except DamagedStoreError as again:
            error = again
            continue
        except KesuError as other:
            return other
        QMessageBox.information(
            None,
            translate("Damaged", "Backup restored"),
            translate(
                "Damaged",
                "The backup of {time} was restored and the database is whole again. Enter again what was "
                "recorded after that time.",
            ).format(time=_when(dialog.restored)),
        )
        return opened
