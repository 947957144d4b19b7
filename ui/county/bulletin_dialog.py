"""Writing the units' bulletins (县回执) from the Import page: the folder or stick to write to, the units (every
reporting unit ticked), a notice to them all; each unit's signed ``.kesubulletin`` is then written by
:func:`kesu_desktop.county.bulletins.write_bulletins`, one file at a time and each whole or not at all.

The county's key fingerprint is shown in the dialog and again, large, once the files are written: the townships
compare it with what the county tells them on paper or by phone when they import their first bulletin.
"""

from __future__ import annotations

import html
import os
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.signing import key_fingerprint, public_key_text
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.bulletins import NOTICE_MAX, write_bulletins
from kesu_desktop.reference.data import Item
from kesu_desktop.store.installation import signing_key
from ui.county.inbox_sources import LAST_FOLDER_KEY
from ui.county.key_dialogs import fingerprint_font
from ui.i18n import translate
from ui.remembered import remembered_text, ui_settings
from ui.state import AppState
from ui.widgets.check_list import CheckList
from ui.widgets.error_label import error_label

BULLETIN_FOLDER_KEY = "county/bulletin_folder"
PROGRESS_FROM = 5
"""A progress dialog is shown when more units than this are written."""
LIST_ROWS = 8


def county_key_fingerprint(state: AppState) -> str:
    with state.store.transaction() as session:
        return key_fingerprint(public_key_text(signing_key(session)))


def tell_the_townships(fingerprint: str) -> str:
    return translate(
        "Bulletins",
        "The county's key fingerprint is {fingerprint}: tell the townships (on paper or by phone) so they can "
        "check it when they import their first bulletin.",
    ).format(fingerprint=fingerprint)


class BulletinDialog(QDialog):
    """Choose where and for whom, then write; ``written`` holds the files once accepted."""

    def __init__(
        self, state: AppState, translator: Translator, parent: QWidget | None = None, *, folder: Path | None = None
    ) -> None:
        super().__init__(parent)
        self.state, self.translator = state, translator
        self.written: list[Path] = []
        self.fingerprint = county_key_fingerprint(state)
        self.setWindowTitle(translate("Bulletins", "Write bulletins for the units"))
        heading = QLabel(translate("Bulletins", "Bulletins for the units (县回执)"))
        heading.setObjectName("pageTitle")
        explanation = QLabel(
            translate(
                "Bulletins",
                "Each unit's bulletin tells it which returns the county received (on time or late), which were "
                "sent back and why, and its share of the targets. Put them on the stick the units take home.",
            )
        )
        explanation.setWordWrap(True)
        self.folder = QLineEdit(str(folder) if folder is not None else self._remembered_folder())
        self.folder.textChanged.connect(lambda _text: self._update())
        folder_label = QLabel(translate("Bulletins", "&Folder or stick:"))
        folder_label.setBuddy(self.folder)
        choose = QPushButton(translate("Bulletins", "C&hoose…"))
        choose.clicked.connect(self.choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, stretch=1)
        folder_row.addWidget(choose)
        units = [Item(unit.code, unit.name, unit.name) for unit in state.reference.reporting_units()]
        self.units = CheckList(units, state.language)
        self.units.set_codes([unit.code for unit in units])
        self.units.setMaximumHeight(LIST_ROWS * self.units.sizeHintForRow(0) + 2 * self.units.frameWidth() + 2)
        self.units.setMinimumHeight(min(3, len(units)) * self.units.sizeHintForRow(0))
        self.units.changed.connect(self._update)
        units_label = QLabel(translate("Bulletins", "&Units (Space ticks or unticks):"))
        units_label.setBuddy(self.units)
        every = QPushButton(translate("Bulletins", "&All"))
        every.clicked.connect(lambda: self.units.set_codes([unit.code for unit in units]))
        none = QPushButton(translate("Bulletins", "&None"))
        none.clicked.connect(lambda: self.units.set_codes([]))
        self.ticked = QLabel()
        pick = QHBoxLayout()
        pick.addWidget(units_label)
        pick.addWidget(self.ticked, stretch=1)
        pick.addWidget(every)
        pick.addWidget(none)
        self.notice = QPlainTextEdit()
        self.notice.setTabChangesFocus(True)
        self.notice.setFixedHeight(3 * self.notice.fontMetrics().lineSpacing() + 14)
        self.notice.setPlaceholderText(
            translate("Bulletins", "Optional: a notice to every unit (at most {limit} characters)").format(
                limit=NOTICE_MAX
            )
        )
        notice_label = QLabel(translate("Bulletins", "N&otice:"))
        notice_label.setBuddy(self.notice)
        key_label = QLabel(translate("Bulletins", "Signed with the county's key:"))
        key = QLabel(self.fingerprint)
        key.setFont(fingerprint_font())
        key.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        key.setAccessibleName(translate("Bulletins", "Fingerprint of the county's key"))
        self.error = error_label()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.write_button = QPushButton(translate("Bulletins", "&Write the bulletins"))
        self.buttons.addButton(self.write_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.write)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explanation)
        layout.addWidget(folder_label)
        layout.addLayout(folder_row)
        layout.addLayout(pick)
        layout.addWidget(self.units)
        layout.addWidget(notice_label)
        layout.addWidget(self.notice)
        layout.addWidget(key_label)
        layout.addWidget(key)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(560)
        self._update()
        self.units.setFocus()

    def _remembered_folder(self) -> str:
        settings = ui_settings(self.state.store.data_dir)
        for key in (BULLETIN_FOLDER_KEY, LAST_FOLDER_KEY):
            last = remembered_text(settings, key)
            if last and Path(last).is_dir():
                return last
        return ""

    def choose_folder(self) -> None:
        start = self.folder.text().strip()
        folder = QFileDialog.getExistingDirectory(
            self,
            translate("Bulletins", "Where to write the bulletins"),
            start if start and Path(start).is_dir() else str(Path.home()),
        )
        if folder:
            self.folder.setText(folder)

    def _update(self) -> None:
        ticked = len(self.units.codes())
        self.ticked.setText(
            translate("Bulletins", "{ticked} of {total} ticked").format(ticked=ticked, total=self.units.count())
        )
        self.write_button.setEnabled(bool(self.folder.text().strip()) and ticked > 0)

    def _chosen_codes(self) -> list[str]:
        """The ticked units, in the reference's order."""
        ticked = set(self.units.codes())
        return [unit.code for unit in self.state.reference.reporting_units() if unit.code in ticked]

    def _folder_problem(self, folder: Path) -> str | None:
        if not folder.is_dir():
            return translate(
                "Bulletins", "The folder {folder} does not exist; insert the stick or choose another folder."
            ).format(folder=folder)
        if not os.access(folder, os.W_OK):
            return translate(
                "Bulletins", "The folder {folder} cannot be written (a locked stick?); choose another folder."
            ).format(folder=folder)
        return None

    def write(self) -> None:
        if not self.write_button.isEnabled():
            return
        folder = Path(self.folder.text().strip())
        problem = self._folder_problem(folder)
        if problem is not None:
            self.error.setText(problem)
            return
        self.error.setText("")
        codes = self._chosen_codes()
        progress = self._progress(len(codes)) if len(codes) > PROGRESS_FROM else None
        now, written = datetime.now(), []
        try:
            with self.state.store.transaction() as session:
                for done, code in enumerate(codes):
                    if progress is not None:
                        progress.setValue(done)
                    notice = self.notice.toPlainText()
                    written += write_bulletins(session, self.state.reference, folder, [code], notice=notice, now=now)
        except KesuError as error:
            self.error.setText(self._failed(error, written))
            return
        finally:
            if progress is not None:
                progress.close()
        settings = ui_settings(self.state.store.data_dir)
        settings.setValue(BULLETIN_FOLDER_KEY, str(folder))
        settings.sync()
        self.written = written
        self.accept()
        show_written(self.parentWidget(), folder, written, self.fingerprint)

    def _failed(self, error: KesuError, written: list[Path]) -> str:
        text = self.translator.render(error)
        if written:
            text += " " + translate(
                "Bulletins", "The {count} bulletins written before are complete; write the others again."
            ).format(count=len(written))
        return text

    def _progress(self, total: int) -> QProgressDialog:
        progress = QProgressDialog(translate("Bulletins", "Writing the bulletins…"), "", 0, total, self)
        progress.setWindowTitle(translate("Bulletins", "Write bulletins for the units"))
        progress.setCancelButton(None)  # no Cancel: each file takes a moment
        progress.setWindowModality(Qt.WindowModality.WindowModal)
        progress.setMinimumDuration(0)
        return progress


def show_written(parent: QWidget | None, folder: Path, written: list[Path], fingerprint: str) -> None:
    """Say how many bulletins were written where, and the county's key fingerprint, large."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(translate("Bulletins", "Bulletins written"))
    box.setTextFormat(Qt.TextFormat.RichText)  # the informative text, the fingerprint, is shown large
    written_text = translate("Bulletins", "{count} bulletins are written in {folder}.").format(
        count=len(written), folder=folder
    )
    paragraphs = (written_text, tell_the_townships(fingerprint))
    box.setText("".join(f"<p>{html.escape(text, quote=False)}</p>" for text in paragraphs))
    font = fingerprint_font()
    box.setInformativeText(
        f'<span style="font-family: {html.escape(font.family())}; font-size: {font.pointSize()}pt; '
        f'font-weight: bold;">{html.escape(fingerprint)}</span>'
    )
    box.setDetailedText("\n".join(path.name for path in written))
    box.exec()
