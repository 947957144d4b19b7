"""The main window: a page list on the left (Ctrl+1 …), the page on the right, the unit and data
location in the status bar. A unit sees Overview, Activities, Trainings, Returns, Settings; the county sees
Import, Units & keys, Completeness, Consolidation, Targets, Reports, Settings. The window owns the idle lock (see
:mod:`ui.store.lock`).

The window fits a 1366×768 screen with a taskbar (1366×728); the one page that is taller (Settings) scrolls its
groups and keeps its save button in view.
A change of role in Settings (allowed only while the folder holds no data) rebuilds the pages and menus for the
new role. The window hands the records pages the Returns page's way of reopening a month for correction."""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QMainWindow, QMessageBox, QStackedWidget, QWidget

from kesu_desktop import __version__
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.periods import Period
from kesu_desktop.store.backups import automatic_backup
from ui.bulletins.actions import bulletin_actions
from ui.i18n import translate
from ui.pages.settings import SettingsPage
from ui.returns.reopen_dialog import ReopenDialog
from ui.spreadsheet.actions import spreadsheet_actions
from ui.state import AppState
from ui.store.lock import MINUTE_MS, IdleLock

log = logging.getLogger(__name__)

STYLE = """
QLabel#pageTitle { font-size: 18px; font-weight: bold; padding: 4px 0 8px 0; }
QLabel#hint { color: #555; }
QListWidget#navigation { font-size: 15px; }
QListWidget#navigation::item { padding: 10px 14px; }
"""
SMALL_SCREEN = (1366, 728)  # a 1366×768 laptop screen less the Windows taskbar: everything must be usable in it


class MainWindow(QMainWindow):
    def __init__(self, state: AppState, translator: Translator) -> None:
        super().__init__()
        self.state = state
        self.translator = translator
        self.restored = False
        self.settings_page = SettingsPage(state, translator)
        self.settings_page.restored.connect(self.close_after_restore)
        self.navigation = QListWidget()
        self.navigation.setObjectName("navigation")
        self.navigation.setFixedWidth(170)
        self.pages = QStackedWidget()
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.role = ""
        central = QWidget()
        layout = QHBoxLayout(central)
        layout.addWidget(self.navigation)
        layout.addWidget(self.pages, stretch=1)
        self.setCentralWidget(central)
        self.setStyleSheet(STYLE)
        self.unit_label = QLabel()
        self.folder_label = QLabel()
        self.statusBar().addWidget(self.unit_label)
        self.statusBar().addPermanentWidget(self.folder_label)
        self.build_pages()
        state.installation_changed.connect(self.installation_changed)
        self.idle_lock = IdleLock(state.store, state.lock_minutes() * MINUTE_MS, self)
        state.lock_changed.connect(self.idle_lock.set_minutes)
        self.show_installation()
        self.navigation.setCurrentRow(0)
        self.resize(1200, SMALL_SCREEN[1] - 40)  # with its title bar, the window fits the small screen

    def build_pages(self) -> None:
        """The pages and menus of the installation's role (again, after a change of role)."""
        self.role = self.state.installation.role
        while (page := self.pages.widget(0)) is not None:
            self.pages.removeWidget(page)
            if page is not self.settings_page:
                page.deleteLater()
        self.navigation.clear()
        for title, page in self._pages(self.translator):
            self.navigation.addItem(title)
            self.pages.addWidget(page)
        self.menuBar().clear()
        self._menus(self.translator)

    def installation_changed(self) -> None:
        if self.state.installation.role != self.role:
            self.build_pages()
            self.navigation.setCurrentRow(self.pages.indexOf(self.settings_page))
        self.show_installation()

    def reopen_month(self, parent: QWidget, period: Period) -> bool:
        """Reopen a reported month for correction, asking the reason as the Returns page does."""
        return bool(ReopenDialog(self.state, self.translator, period, parent).exec())

    def _pages(self, translator: Translator) -> list[tuple[str, QWidget]]:
        state = self.state
        settings = (translate("MainWindow", "Settings"), self.settings_page)
        if state.installation.role == "county":
            # each role's pages are imported only for that role: a township never loads the county's modules
            from ui.county.inbox_page import InboxPage
            from ui.county.keys_page import UnitKeysPage
            from ui.county.reports_page import ReportsPage
            from ui.county.status_page import StatusPage
            from ui.county.targets import TargetsPage
            from ui.county.totals_page import TotalsPage

            return [
                (translate("MainWindow", "Import"), InboxPage(state, translator)),
                (translate("MainWindow", "Units & keys"), UnitKeysPage(state, translator)),
                (translate("MainWindow", "Completeness"), StatusPage(state, translator)),
                (translate("MainWindow", "Consolidation"), TotalsPage(state, translator)),
                (translate("MainWindow", "Targets"), TargetsPage(state, translator)),
                (translate("MainWindow", "Reports"), ReportsPage(state, translator)),
                settings,
            ]
        from ui.pages.overview import OverviewPage
        from ui.records.page import activities_page, trainings_page
        from ui.returns.page import ReturnsPage

        return [
            (translate("MainWindow", "Overview"), OverviewPage(state, translator)),
            (translate("MainWindow", "Activities"), activities_page(state, translator, reopener=self.reopen_month)),
            (translate("MainWindow", "Trainings"), trainings_page(state, translator, reopener=self.reopen_month)),
            (translate("MainWindow", "Returns"), ReturnsPage(state, translator)),
            settings,
        ]

    def _menus(self, translator: Translator) -> None:
        file_menu = self.menuBar().addMenu(translate("MainWindow", "&File"))
        if self.state.installation.role == "unit":
            file_menu.addActions(spreadsheet_actions(self, self.state, translator, self.refresh_current_page))
            file_menu.addSeparator()
            file_menu.addActions(bulletin_actions(self, self.state, translator, self.refresh_current_page))
            file_menu.addSeparator()
        quit_action = QAction(translate("MainWindow", "E&xit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        go_menu = self.menuBar().addMenu(translate("MainWindow", "&Go"))
        for row in range(self.navigation.count()):
            action = QAction(self.navigation.item(row).text(), self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(self._go_to(row))
            go_menu.addAction(action)
        help_menu = self.menuBar().addMenu(translate("MainWindow", "&Help"))
        about = QAction(translate("MainWindow", "&About KeSu Desktop"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def automatic_backup(self, *, on_close: bool = False) -> Path | None:
        """The daily backup (or, on close, the closing one); a failure is logged and shown, never raised."""
        try:
            path = automatic_backup(self.state.store, datetime.now(), on_close=on_close)
        except Exception as error:
            log.exception("automatic backup failed")
            reason = self.translator.render(error) if isinstance(error, KesuError) else str(error)
            self.statusBar().showMessage(
                translate("MainWindow", "The automatic backup failed: {reason}").format(reason=reason)
            )
            return None
        if path is not None:
            log.info("automatic backup: %s", path)
            self.settings_page.show_last_backup()
            self.statusBar().showMessage(translate("MainWindow", "Backed up to {file}").format(file=path), 10_000)
        return path

    def close_after_restore(self) -> None:
        """The database was replaced under the open window: close without another backup, for a restart."""
        self.restored = True
        self.close()

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 - Qt's name
        if not self.restored:
            self.automatic_backup(on_close=True)
        super().closeEvent(event)

    def refresh_current_page(self) -> None:
        """Show what changed behind the visible page's back (e.g. records imported from a workbook)."""
        refresh = getattr(self.pages.currentWidget(), "refresh", None)
        if callable(refresh):
            refresh()

    def _go_to(self, row: int) -> Callable[[], None]:
        return lambda: self.navigation.setCurrentRow(row)

    def show_installation(self) -> None:
        installation = self.state.installation
        unit = self.state.unit
        parts = [translate("MainWindow", "KeSu Desktop"), unit.name]
        if installation.is_demo:
            parts.append(translate("MainWindow", "DEMO DATA"))
        title = " — ".join(parts)
        self.setWindowTitle(title)
        self.unit_label.setText(
            translate("MainWindow", "Unit: {name} ({code})  Clerk: {clerk}").format(
                name=unit.name, code=unit.code, clerk=installation.setup.clerk_name
            )
        )
        self.folder_label.setText(
            translate("MainWindow", "Data: {folder}").format(folder=self.state.store.data_dir.root)
        )

    def about_text(self) -> str:
        return translate(
            "MainWindow",
            "<h3>KeSu Desktop {version}</h3>"
            "<p>Records the science-popularization work of Xiangfen County's townships, towns and departments "
            "and reports it to the county, offline.</p>"
            "<p>Data folder: {folder}</p>"
            "<p>Chinese font: WenQuanYi Micro Hei, Apache License 2.0.</p>",
        ).format(version=__version__, folder=self.state.store.data_dir.root)

    def show_about(self) -> None:
        QMessageBox.about(self, translate("MainWindow", "About KeSu Desktop"), self.about_text())
