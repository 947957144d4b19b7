"""Moving the county's store between the data folder's own file and a PostgreSQL server from the Settings page,
as ``county move-store`` does: the window's store is closed (a move holds the folder as a restore does), the store
copied with a progress dialog, the folder opened again and handed to the window's store (every page keeps its
:class:`Store`), and the county's held totals compared before and after. A move that fails changes nothing the
folder works on, and the window goes on with its old store."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QProgressDialog, QVBoxLayout, QWidget

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.store.copying import CopyProgress
from kesu_desktop.store.database import Store
from kesu_desktop.store.moving import MoveReport, move_to_file, move_to_server
from kesu_desktop.store.server import Connected, ServerAddress, connect, keep_password, remembered_server
from kesu_desktop.store.startup import prepare_store
from ui.i18n import translate
from ui.store.server_fields import ServerFields, wait_cursor
from ui.store.server_password_dialog import ServerPasswordAsker

if TYPE_CHECKING:
    from kesu_desktop.county.held.overall import HeldTotals

TOTALS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors",
    "The county's held totals differ after the move ({before} before, {after} after). Keep the folder as it is "
    "and ask for help: the store it worked on before the move is unchanged.",
)


class MovedButNotOpenedError(KesuError):
    """The store was moved, but the folder cannot be opened on its new place in this window."""


class MoveToServerDialog(QDialog):
    """The server to move the store onto; accepted once a login to it works and its database may hold a store."""

    def __init__(self, translator: Translator, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("StoreLocation", "Move the store to a server"))
        explanation = QLabel(
            translate(
                "StoreLocation",
                "Give an empty database on the PostgreSQL server (ask whoever looks after the server to create one "
                "for KeSu). The whole store is copied there and checked before the folder works on it.",
            )
        )
        explanation.setWordWrap(True)
        self.fields = ServerFields(translator)
        self.connected: Connected | None = None
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.confirm)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(explanation)
        layout.addWidget(self.fields)
        layout.addWidget(buttons)
        self.fields.host.setFocus()

    def confirm(self) -> None:
        self.connected = self.fields.checked_or_shown()
        if self.connected is not None:
            self.accept()


class CopyProgressDialog:
    """A window-modal progress dialog fed by the copy's progress (table, tables done, tables in all). The copy is
    one transaction that cannot be stopped halfway, so there is no Cancel."""

    def __init__(self, parent: QWidget | None) -> None:
        self.dialog = QProgressDialog(translate("StoreLocation", "Copying the store…"), "", 0, 0, parent)
        self.dialog.setCancelButton(None)
        self.dialog.setWindowTitle(translate("StoreLocation", "Moving the store"))
        self.dialog.setWindowModality(Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(0)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def __call__(self, table: str, done: int, total: int) -> None:
        if self.dialog.maximum() != total:
            self.dialog.setRange(0, total)
        if table:
            self.dialog.setLabelText(
                translate("StoreLocation", "Copying table {table} ({done} of {total})…").format(
                    table=table, done=done + 1, total=total
                )
            )
        self.dialog.setValue(done)

    def close(self) -> None:
        self.dialog.reset()
        self.dialog.close()
        self.dialog.deleteLater()


@dataclass(frozen=True)
class Moved:
    report: MoveReport
    before: HeldTotals
    after: HeldTotals


def held(store: Store) -> HeldTotals:
    from kesu_desktop.county.held.overall import held_totals  # the county's modules, for the county alone

    with store.reading() as session:
        return held_totals(session)


def _move(
    store: Store, parent: QWidget | None, move: Callable[[CopyProgress], MoveReport], password: str | None
) -> Moved:
    """Run ``move`` with the window's store closed, then let the store work on the folder's new place."""
    before = held(store)
    progress = CopyProgressDialog(parent)
    store.close()
    try:
        with wait_cursor():
            report = move(progress)
    finally:
        progress.close()

    def typed(_address: ServerAddress, refused_before: bool) -> str | None:
        return None if refused_before else password

    try:
        opened, _reference = prepare_store(store.data_dir, ask_password=typed)
    except KesuError as error:
        raise MovedButNotOpenedError(error.template, **error.values) from error
    store.work_on(opened)
    after = held(store)
    if after != before:
        raise KesuError(TOTALS_DIFFER, before=str(before), after=str(after))
    return Moved(report, before, after)


def move_onto_server(store: Store, connected: Connected, address: ServerAddress, keep: bool, parent: QWidget) -> Moved:
    """Move the folder's own store onto the server ``connected`` is logged in to; keep its password if asked."""
    try:
        moved = _move(
            store,
            parent,
            lambda progress: move_to_server(store.data_dir, address, connected.engine, progress=progress),
            connected.password,
        )
    finally:
        connected.engine.dispose()
    if keep and connected.password:
        keep_password(address, connected.password)
    return moved


def move_back(store: Store, parent: QWidget) -> Moved:
    """Move the store from the server the folder remembers back into the folder's own file."""
    address = remembered_server(store.data_dir)
    if address is None or store.server is None:
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors", "The data folder keeps its store in its own file already ({file}); nothing was changed."
            ),
            file=str(store.data_dir.database),
        )
    with wait_cursor():
        connected = connect(address, ServerPasswordAsker(parent), password=store.engine.url.password)
    try:
        return _move(
            store, parent, lambda progress: move_to_file(store.data_dir, connected.engine, progress=progress), None
        )
    finally:
        connected.engine.dispose()


def moved_text(moved: Moved) -> str:
    """What the move did, in words: rows and tables copied, the held totals compared, where the old file is."""
    report, totals = moved.report, moved.after
    lines = [
        translate(
            "StoreLocation",
            "Moved the store from {source} to {target}: {rows} rows in {tables} tables, each table's count and sums "
            "equal.",
        ).format(source=report.source, target=report.target, rows=report.rows, tables=len(report.after)),
        translate(
            "StoreLocation",
            "The county's held totals are the same before and after the move: {returns} returns held, {activities} "
            "activities with {participants} participants, {trainings} trainings with {trainees} trainees.",
        ).format(**totals.__dict__),
    ]
    if report.kept_file is not None:
        lines.append(
            translate("StoreLocation", "The folder's old database file is kept as {file}.").format(
                file=report.kept_file
            )
        )
    else:
        lines.append(
            translate(
                "StoreLocation",
                "The database on the server was left as it is; what other clerks save there from now on is not "
                "in this folder.",
            )
        )
    return "\n\n".join(lines)
