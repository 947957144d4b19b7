"""Starting the GUI: data folder, logging and crash hook, store, then QApplication, font, language, the offer
to restore a backup when the database is damaged, the first-run wizard when needed, and the main window.

A folder whose store is on a database server gets its QApplication before the store is opened, so that the
server's password can be asked in a dialog (and a server out of reach offered to retry); an ordinary folder's
start stays as quick as before."""

from __future__ import annotations

import logging
import sys
from functools import partial
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from kesu_desktop.base.errors import DamagedStoreError, KesuError
from kesu_desktop.base.logs import configure_logging
from kesu_desktop.base.paths import DataDir, resource_path
from kesu_desktop.base.safe_write import remove_leftover_temporaries
from kesu_desktop.base.translation import DEFAULT_LANGUAGE, Translator
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.interrupted import reconcile_interrupted_exports
from kesu_desktop.store.access import has_password
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import read_installation, save_installation
from kesu_desktop.store.openers import this_program_is_a_window
from kesu_desktop.store.server import ServerError, remembered_server
from kesu_desktop.store.startup import prepare_store
from ui.exception_hook import ExceptionHook
from ui.fonts import use_chinese_font
from ui.i18n import install_translator, translate
from ui.leaving import close_on_signals
from ui.main_window import MainWindow
from ui.remembered import remembered_text
from ui.returns.export_dialog import LAST_FOLDER_KEY
from ui.setup.wizard import SetupWizard
from ui.state import AppState
from ui.store.damaged_dialog import recover_damaged_store
from ui.store.joining import set_up_on_server
from ui.store.lock import UnlockDialog, password_is_right
from ui.store.server_password_dialog import ServerPasswordAsker

log = logging.getLogger(__name__)


def create_application() -> QApplication:
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv[:1])
    app.setApplicationName("KeSu")
    app.setApplicationDisplayName("科素填报 KeSu")
    app.setWindowIcon(QIcon(str(resource_path("icons", "kesu.png"))))
    use_chinese_font(app)
    return app


def open_main_window(
    store: Store, reference: ReferenceData, translator: Translator, app: QApplication
) -> MainWindow | None:
    """The main window for an installed store; runs the first-run wizard first when the store is not set up,
    and asks for the password first when it has one.

    Returns None when the user cancels the wizard or quits at the password.
    """
    with store.reading() as session:
        installation = read_installation(session)
        protected = has_password(session)
    if protected:
        unlock = UnlockDialog(partial(password_is_right, store), can_quit=True)
        if unlock.exec() != QDialog.DialogCode.Accepted:
            return None
    if installation is None:
        wizard = SetupWizard(reference, translator)
        if wizard.exec() != QDialog.DialogCode.Accepted or wizard.validated is None:
            return None
        server = wizard.chosen_server()
        if server is not None:
            done = set_up_on_server(store, wizard.validated, server, translator)
            if done is None:
                return None
            installation, reference = done
        else:
            with store.transaction() as session:
                installation = save_installation(session, wizard.validated, reference)
    if installation.setup.role == "county":
        from kesu_desktop.county.held.rollups import fill_missing_figures  # the county's modules, for it alone

        with store.transaction() as session:
            fill_missing_figures(session, reference)
    state = AppState(store, reference, installation, translator.language)
    return MainWindow(state, translator)


def remove_export_leftovers() -> None:
    """Remove the temporary files an interrupted export left in the last export folder, when it is known and
    still there (the data folder itself is tidied by ``prepare_store``)."""
    last = remembered_text(QSettings(), LAST_FOLDER_KEY)
    if last:
        remove_leftover_temporaries(Path(last))


def _open_store(data_dir: DataDir, asker: ServerPasswordAsker | None = None) -> tuple[Store, ReferenceData] | KesuError:
    """The prepared store, or the error that keeps it shut (shown once the language and the app exist); the
    server's password is asked with ``asker`` and kept, once the store is open, when the clerk chose so."""
    try:
        store, reference = prepare_store(data_dir, ask_password=asker)
        if asker is not None:
            asker.keep_if_chosen()
        for settled in reconcile_interrupted_exports(store):
            log.warning("an interrupted export was settled: %s", settled)
        return store, reference
    except KesuError as error:
        # str(): a log record keeps its arguments, and the error its traceback with this start's frames.
        log.error("the store in %s cannot be opened: %s", data_dir.root, str(error))
        return error


def _on_server(data_dir: DataDir) -> bool:
    """Whether the folder keeps its store on a server (an unreadable note of it is reported by the opening)."""
    try:
        return remembered_server(data_dir) is not None
    except KesuError:
        return False


def _stored_language(opened: tuple[Store, ReferenceData] | KesuError) -> str | None:
    if isinstance(opened, KesuError):
        return None
    with opened[0].reading() as session:
        installation = read_installation(session)
    return installation.setup.language if installation else None


def _retry(error: ServerError, translator: Translator) -> bool:
    """Say why the server cannot be used; whether the clerk chose to try again."""
    box = QMessageBox(
        QMessageBox.Icon.Critical, translate("App", "KeSu Desktop cannot start"), translator.render(error)
    )
    retry = box.addButton(QMessageBox.StandardButton.Retry)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def run_gui(data_folder: Path, language: str | None) -> int:
    data_dir = DataDir(data_folder)
    data_dir.ensure()
    this_program_is_a_window()  # a restore elsewhere then says to close this window, not to wait for a command
    configure_logging(data_dir.log_file)
    hook = ExceptionHook(data_dir.log_file)
    hook.install()
    asker, early = None, None
    if _on_server(data_dir):
        app = create_application()
        early = install_translator(app, Translator(language or DEFAULT_LANGUAGE))  # before the stored language
        asker = ServerPasswordAsker()
    opened: tuple[Store, ReferenceData] | KesuError = _open_store(data_dir, asker)
    translator = Translator(language or _stored_language(opened) or DEFAULT_LANGUAGE)
    hook.translator = translator
    app = create_application()
    catalogues = install_translator(app, translator)
    if early is not None:
        early.remove(app)
    try:
        return _run_opened(app, data_dir, opened, translator, asker)
    finally:
        catalogues.remove(app)


def _run_opened(
    app: QApplication,
    data_dir: DataDir,
    opened: tuple[Store, ReferenceData] | KesuError,
    translator: Translator,
    asker: ServerPasswordAsker | None,
) -> int:
    """The window over the store ``opened`` (or the dialogs that deal with why it did not open), until it closes."""
    remove_export_leftovers()
    while isinstance(opened, ServerError):
        if asker is not None and asker.cancelled:
            return 0  # the clerk gave no password and closed the dialog: nothing to say
        if not _retry(opened, translator):
            return 1
        opened = _open_store(data_dir, asker)
    if isinstance(opened, DamagedStoreError):
        recovered = recover_damaged_store(data_dir, opened, translator)
        if recovered is None:
            return 1
        opened = recovered
    if isinstance(opened, KesuError):
        QMessageBox.critical(None, translate("App", "KeSu Desktop cannot start"), translator.render(opened))
        return 1
    store, reference = opened
    window = open_main_window(store, reference, translator, app)
    if window is None:
        store.close()
        return 0
    try:
        with close_on_signals(window):  # before the window shows: a Ctrl+C from then on closes it
            window.show()
            window.automatic_backup()  # once a day; a failure is shown in the status bar
            return app.exec()
    finally:
        store.close()
