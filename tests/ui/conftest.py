"""Fixtures for the screen tests: real stores in tmp_path, the main window on them, an installed language,
and the global state a GUI touches (translators, ``sys.excepthook``, logging handlers) put back afterwards."""

from __future__ import annotations

import gc
import logging
import sys
from collections.abc import Callable, Iterator
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from tests.ui.helpers import MessageBoxCloser
from ui.i18n import QtCatalogues, install_translator
from ui.main_window import MainWindow
from ui.state import AppState

TODAY = date(2025, 6, 18)  # the demo data and the pages are pinned to this day
COUNTY_OFFICE = "141023000"


@pytest.fixture
def demo_store(store_and_reference: tuple[Store, ReferenceData]) -> Store:
    """A demo folder (新城镇) with 24 months of generated records up to :data:`TODAY`."""
    store, reference = store_and_reference
    with store.transaction() as session:
        fill_demo(session, reference, months=24, seed=1, today=TODAY)
    return store


@pytest.fixture
def county_store(store_and_reference: tuple[Store, ReferenceData]) -> Store:
    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(session, Setup(role="county", unit_code=COUNTY_OFFICE, clerk_name="刘芳"), reference)
    return store


@pytest.fixture
def language(qapp: QApplication) -> Iterator[Callable[[str], Translator]]:
    """Install a language's catalogues on the application; every one installed is removed after the test."""
    installed: list[QtCatalogues] = []

    def install(code: str) -> Translator:
        translator = Translator(code)
        installed.append(install_translator(qapp, translator))
        return translator

    yield install
    for catalogues in installed:
        catalogues.remove(qapp)


@pytest.fixture
def make_state(reference: ReferenceData) -> Callable[..., AppState]:
    """The window's state for a store that is set up."""

    def make(store: Store, language: str = "en") -> AppState:
        with store.reading() as session:
            installation = read_installation(session)
        assert installation is not None
        return AppState(store, reference, installation, language)

    return make


@pytest.fixture
def make_window(qtbot, make_state: Callable[..., AppState]) -> Callable[..., MainWindow]:
    """Build the main window on a store, as ``open_main_window`` does once the store is set up."""

    def make(store: Store, translator: Translator | None = None) -> MainWindow:
        translator = translator or Translator("en")
        window = MainWindow(make_state(store, translator.language), translator)
        qtbot.addWidget(window)
        return window

    return make


@pytest.fixture
def message_boxes(qapp: QApplication) -> Iterator[MessageBoxCloser]:
    """Closes (and records) every message box shown during the test."""
    closer = MessageBoxCloser()
    closer.start()
    yield closer
    closer.stop()


@pytest.fixture
def restore_globals(qapp: QApplication) -> Iterator[None]:
    """Put back what starting the GUI changes process-wide: the exception hook, logging, the app's font and
    names, and the windows (with their installed catalogues) that ``run_gui`` leaves behind when it returns."""
    hook = sys.excepthook
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    font, name, display_name = qapp.font(), qapp.applicationName(), qapp.applicationDisplayName()
    windows = set(QApplication.topLevelWidgets())
    yield
    sys.excepthook = hook
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    qapp.setFont(font)
    qapp.setApplicationName(name)
    qapp.setApplicationDisplayName(display_name)
    for window in set(QApplication.topLevelWidgets()) - windows:
        if window.parent() is None:
            window.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    # Once nothing refers to run_gui's Translator, its QTranslators are deleted, which takes them off the app.
    gc.collect()
