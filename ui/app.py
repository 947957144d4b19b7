"""Starting the GUI: data folder, logging and crash hook, store, then QApplication, font, language, the offer
to restore a backup when the database is damaged, the first-run wizard when needed, and the main window."""

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
from ui.store.lock import UnlockDialog, password_is_right

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


def _open_store(data_dir: DataDir) -> tuple[Store, ReferenceData] | KesuError:
    """The prepared store, or the error that keeps it shut (shown once the language and the app exist)."""
    try:
        store, reference = prepare_store(data_dir)
        for settled in reconcile_interrupted_exports(store):
            log.warning("an interrupted export was settled: %s", settled)
        return store, reference
    except KesuError as error:
        # str(): a log record keeps its arguments, and the error its traceback with this start's frames.
        log.error("the store in %s cannot be opened: %s", data_dir.root, str(error))
        return error


def run_gui(data_folder: Path, language: str | None) -> int:
    data_dir = DataDir(data_folder)
    data_dir.ensure()
    this_program_is_a_window()  # a restore elsewhere then says to close this window, not to wait for a command
    configure_logging(data_dir.log_file)
    hook = ExceptionHook(data_dir.log_file)
    hook.install()
    opened: tuple[Store, ReferenceData] | KesuError = _open_store(data_dir)
    if language is None and isinstance(opened, tuple):
        with opened[0].reading() as session:
            installation = read_installation(session)
        language = installation.setup.language if installation else None
    translator = Translator(language or DEFAULT_LANGUAGE)
    hook.translator = translator
    app = create_application()
    install_translator(app, translator)
    remove_export_leftovers()
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
    window.show()
    window.automatic_backup()  # once a day; a failure is shown in the status bar
    try:
        with close_on_signals(window):
            return app.exec()
    finally:
        store.close()
