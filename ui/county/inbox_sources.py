"""Where the Import page takes returns from: .xlsx files picked one by one, a folder, or a whole USB stick
(the sticks plugged in are offered first, as the township's export dialog offers them). The sources stay listed
until cleared; Delete takes the selected one off the list."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from kesu_desktop.store.drives import Drive, removable_drives
from ui.i18n import translate
from ui.remembered import remembered_text, ui_settings
from ui.state import AppState

LAST_FOLDER_KEY = "inbox/last_folder"
PATH = Qt.ItemDataRole.UserRole


def _size(free: int) -> str:
    return f"{free / 1024**3:.1f} GB" if free >= 1024**3 else f"{free / 1024**2:.0f} MB"


def drive_text(drive: Drive) -> str:
    return translate("CountyInbox", "USB stick {name} ({path}), {free} free").format(
        name=drive.label or drive.path.name, path=drive.path, free=_size(drive.free_bytes)
    )


def file_text(path: Path) -> str:
    return translate("CountyInbox", "File: {path}").format(path=path)


def folder_text(path: Path) -> str:
    return translate("CountyInbox", "Folder: {path}").format(path=path)


class DrivePicker(QDialog):
    """The USB sticks plugged in, to take every return on one of them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("CountyInbox", "Import from a USB stick"))
        self.drives = QListWidget()
        self.drives.itemDoubleClicked.connect(lambda _item: self.accept())
        self.note = QLabel()
        self.note.setWordWrap(True)
        again = QPushButton(translate("CountyInbox", "&Look for USB sticks again"))
        again.clicked.connect(self.fill)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(translate("CountyInbox", "Every .xlsx file on the stick is checked; other files are skipped."))
        )
        layout.addWidget(self.drives)
        layout.addWidget(self.note)
        layout.addWidget(again, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.buttons)
        self.resize(520, 300)
        self.fill()

    def fill(self) -> None:
        self.drives.clear()
        for drive in removable_drives():
            item = QListWidgetItem(drive_text(drive))
            item.setData(PATH, str(drive.path))
            self.drives.addItem(item)
        found = self.drives.count() > 0
        if found:
            self.drives.setCurrentRow(0)
            self.drives.setFocus()
        self.note.setText(
            ""
            if found
            else translate("CountyInbox", "No USB stick found. Plug one in and look again, or add a folder instead.")
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(found)

    def chosen(self) -> tuple[Path, str] | None:
        item = self.drives.currentItem()
        return (Path(item.data(PATH)), item.text()) if item is not None else None


class SourcesBox(QWidget):
    """The list of sources chosen and the buttons that add to it or clear it."""

    changed = Signal()

    def __init__(self, state: AppState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.list = QListWidget()
        self.list.setToolTip(translate("CountyInbox", "Delete takes the selected source off the list."))
        self.list.installEventFilter(self)
        self.add_files_button = QPushButton(translate("CountyInbox", "&Add files…"))
        self.add_files_button.clicked.connect(self.choose_files)
        self.add_folder_button = QPushButton(translate("CountyInbox", "Add a fol&der…"))
        self.add_folder_button.clicked.connect(self.choose_folder)
        self.add_drive_button = QPushButton(translate("CountyInbox", "Add a &USB stick…"))
        self.add_drive_button.clicked.connect(self.choose_drive)
        self.clear_button = QPushButton(translate("CountyInbox", "C&lear the list"))
        self.clear_button.clicked.connect(self.clear)
        buttons = QGridLayout()
        buttons.addWidget(self.add_drive_button, 0, 0)
        buttons.addWidget(self.add_folder_button, 0, 1)
        buttons.addWidget(self.add_files_button, 1, 0)
        buttons.addWidget(self.clear_button, 1, 1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, stretch=1)
        layout.addLayout(buttons)
        self.list.setFixedHeight(buttons.sizeHint().height())
        self._update()

    def paths(self) -> list[Path]:
        return [Path(self.list.item(row).data(PATH)) for row in range(self.list.count())]

    def add(self, path: Path, text: str) -> None:
        """Add ``path`` (a file, a folder or a stick, described by ``text``) to the list, once."""
        if path in self.paths():
            return
        item = QListWidgetItem(text)
        item.setData(PATH, str(path))
        item.setToolTip(str(path))
        self.list.addItem(item)
        self._update()
        self.changed.emit()

    def clear(self) -> None:
        self.list.clear()
        self._update()
        self.changed.emit()

    def _update(self) -> None:
        self.clear_button.setEnabled(self.list.count() > 0)

    def _start_folder(self) -> str:
        last = remembered_text(ui_settings(self.state.store.data_dir), LAST_FOLDER_KEY)
        return last if last and Path(last).is_dir() else str(Path.home())

    def _remember(self, folder: Path) -> None:
        settings = ui_settings(self.state.store.data_dir)
        settings.setValue(LAST_FOLDER_KEY, str(folder))
        settings.sync()

    def choose_files(self) -> None:
        files, _filter = QFileDialog.getOpenFileNames(
            self,
            translate("CountyInbox", "Choose the returns to import"),
            self._start_folder(),
            translate("CountyInbox", "Excel workbooks (*.xlsx)"),
        )
        for file in files:
            self.add(Path(file), file_text(Path(file)))
        if files:
            self._remember(Path(files[0]).parent)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(
            self, translate("CountyInbox", "Choose a folder with returns"), self._start_folder()
        )
        if folder:
            self.add(Path(folder), folder_text(Path(folder)))
            self._remember(Path(folder))

    def choose_drive(self) -> None:
        picker = DrivePicker(self)
        if picker.exec() == QDialog.DialogCode.Accepted and (chosen := picker.chosen()) is not None:
            self.add(*chosen)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        delete = (
            isinstance(event, QKeyEvent) and event.type() == QEvent.Type.KeyPress and event.key() == Qt.Key.Key_Delete
        )
        if watched is self.list and delete and (item := self.list.currentItem()) is not None:
            self.list.takeItem(self.list.row(item))
            self._update()
            self.changed.emit()
            return True
        return super().eventFilter(watched, event)
