"""The county's store on a PostgreSQL server in the GUI (issue 17): the wizard's page for it checks the address and
logs in before Next; a first run puts a fresh county on an empty database, and a second folder joins it without
saving its own setup; Settings moves a county's store onto a server and back with the held totals equal; a folder
on a server asks for the server's password at start when none is given or kept. The credential store is never
touched: ``keyring`` is replaced by none, or by a record of what would be kept."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.held.overall import held_totals
from kesu_desktop.store import server
from kesu_desktop.store.installation import read_installation
from kesu_desktop.store.server import ServerAddress, remember_server, remembered_server
from kesu_desktop.store.startup import prepare_store
from tests.county_held import activity, hold, payload, training
from tests.postgres import county_on, postgres_engine, server_address  # noqa: F401 - a fixture
from tests.ui.helpers import focused, press, run_within_time, type_text, when_shown
from ui.app import open_main_window, run_gui
from ui.main_window import MainWindow
from ui.setup.wizard import SetupWizard
from ui.store.moving import MoveToServerDialog
from ui.store.server_fields import ServerFields
from ui.store.server_password_dialog import ServerPasswordDialog

Key = Qt.Key
ModalFinder = Callable[[], QWidget | None]


@pytest.fixture(autouse=True)
def no_credential_store(monkeypatch):
    monkeypatch.setattr(server, "_keyring", lambda: None)


def show_wizard(qtbot, reference) -> SetupWizard:
    wizard = SetupWizard(reference, Translator("en"))
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
    press(Key.Key_Right)  # the county office
    press(Key.Key_Return)
    assert wizard.currentPage() is wizard.store_page
    return wizard


def fill(fields: ServerFields, address: ServerAddress) -> None:
    for field, text in ((fields.host, address.host), (fields.database, address.database), (fields.user, address.user)):
        field.selectAll()
        type_text(field, text)
    fields.port.setValue(address.port)


def choose_server(wizard: SetupWizard, address: ServerAddress) -> None:
    page = wizard.store_page
    assert focused() is page.here and page.here.isChecked() and not page.fields.isEnabled()
    press(Key.Key_Down)  # the radio buttons move with the arrow keys
    assert page.on_server.isChecked() and page.fields.isEnabled()
    fill(page.fields, address)


def test_the_store_page_is_only_for_the_county_and_keeps_the_store_here_by_default(qtbot, reference):
    wizard = show_wizard(qtbot, reference)
    press(Key.Key_Return)
    assert wizard.currentPage() is wizard.unit_page
    assert wizard.chosen_server() is None
    press(Key.Key_Escape)

    wizard = SetupWizard(reference, Translator("en"))
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
    press(Key.Key_Return)  # a reporting unit: no store page
    assert wizard.currentPage() is wizard.unit_page


@pytest.mark.parametrize(
    ("address", "named", "field"),
    [
        (ServerAddress("", 5432, "kesu", "kesu"), "Server: give the server's name", "host"),
        (ServerAddress("127.0.0.1", 0, "kesu", "kesu"), "Port: give a number from 1 to 65535", "port"),
        (ServerAddress("127.0.0.1", 5432, "", "kesu"), "Database: give the name", "database"),
        (
            ServerAddress("127.0.0.1", 1, "kesu", "kesu"),
            "KeSu cannot reach the database server kesu@127.0.0.1:1/kesu",
            None,
        ),
    ],
)
def test_the_store_page_checks_the_server_before_next(qtbot, reference, address, named, field):
    wizard = show_wizard(qtbot, reference)
    choose_server(wizard, address)
    press(Key.Key_Return)

    fields = wizard.store_page.fields
    assert wizard.currentPage() is wizard.store_page
    assert fields.error.isVisible()
    assert fields.error.text().startswith(named)
    if field is not None:
        assert focused() is getattr(fields, field)
    assert wizard.chosen_server() is None


def test_test_connection_says_whether_it_works(qtbot, reference, postgres_engine):  # noqa: F811
    wizard = show_wizard(qtbot, reference)
    address = server_address(postgres_engine)
    choose_server(wizard, address)
    fields = wizard.store_page.fields
    qtbot.mouseClick(fields.test_button, Qt.MouseButton.LeftButton)
    assert fields.result.text() == f"The connection works: {address.describe()} can hold the county's store."
    assert not fields.error.isVisible()
    assert not fields.keep.isEnabled() and fields.keep.toolTip().startswith("This computer has no credential store")


def active_modal() -> QWidget | None:
    return QApplication.activeModalWidget()


def of_type(kind: type) -> ModalFinder:
    return lambda: widget if isinstance(widget := QApplication.activeModalWidget(), kind) else None


def set_up_by_wizard(qtbot, data_dir: DataDir, address: ServerAddress, clerk: str, messages: list[str]) -> MainWindow:
    """Run a first start of ``data_dir`` through the wizard, choosing the county and ``address``."""
    store, reference = prepare_store(data_dir)
    failures: list[BaseException] = []

    def note_message(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        messages.append(box.text())
        box.done(0)

    def drive(wizard: QWidget) -> None:
        assert isinstance(wizard, SetupWizard)
        qtbot.waitUntil(wizard.isActiveWindow)
        press(Key.Key_Right)
        press(Key.Key_Return)
        choose_server(wizard, address)
        press(Key.Key_Return)
        assert wizard.currentPage() is wizard.unit_page, wizard.store_page.fields.error.text()
        press(Key.Key_Return)
        type_text(focused(), clerk)
        when_shown(of_type(QMessageBox), note_message, failures)
        press(Key.Key_Return)

    when_shown(of_type(SetupWizard), drive, failures)
    try:
        window = open_main_window(store, reference, Translator("en"), QApplication.instance())
    except BaseException:
        store.close()
        raise
    assert failures == []
    assert isinstance(window, MainWindow)  # closed by the test, before its store
    return window


def test_a_first_run_sets_up_the_county_on_the_server_and_a_second_folder_joins_it(
    qtbot,
    tmp_path,
    postgres_engine,  # noqa: F811
):
    address = server_address(postgres_engine)
    messages: list[str] = []
    first = set_up_by_wizard(qtbot, DataDir(tmp_path / "first"), address, "刘芳", messages)
    try:
        store = first.state.store
        assert store.server == address
        assert remembered_server(store.data_dir) == address
        assert not store.data_dir.database.exists()  # the fresh file the app opened is gone
        with store.reading() as session:
            installation = read_installation(session)
        assert installation is not None and installation.setup.clerk_name == "刘芳"
        assert installation.setup.role == "county"
        assert messages == []
    finally:
        first.close()  # the closing backup uses the store: the store is closed after the window
        first.deleteLater()
        first.state.store.close()

    second = set_up_by_wizard(qtbot, DataDir(tmp_path / "second"), address, "王强", messages)
    try:
        with second.state.store.reading() as session:
            joined = read_installation(session)
        assert second.state.store.server == address
        assert joined is not None and joined.setup.clerk_name == "刘芳"  # the second clerk's setup was not saved
        assert second.state.installation.setup.clerk_name == "刘芳"
        [said] = messages
        assert said.startswith(f"The server {address.describe()} holds the county store of ")
        assert "set up by 刘芳. This computer joins it" in said
    finally:
        second.close()
        second.deleteLater()
        second.state.store.close()


def fill_county(store, reference) -> None:
    returns = [
        (
            payload(
                reference,
                unit,
                f"2024-{month:02d}",
                activities=[activity(date(2024, month, 3), participants=40 + month)],
                trainings=[training(date(2024, month, 5), trainees=20 + month)],
            ),
            datetime(2024, month + 1, 4),
        )
        for unit in ("141023101", "141023102")
        for month in (3, 4, 5)
    ]
    with store.transaction() as session:
        hold(session, reference, returns)


def click_button(text: str, failures: list[BaseException], then: Callable[[], None] | None = None) -> None:
    """Once a message box offering ``text`` is shown, click that button (and register ``then``)."""

    def find() -> QWidget | None:
        box = QApplication.activeModalWidget()
        return box if isinstance(box, QMessageBox) and any(b.text() == text for b in box.buttons()) else None

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        [button] = [b for b in box.buttons() if b.text() == text]
        if then is not None:
            then()
        button.click()

    when_shown(find, click, failures)


def note_information(shown: list[str], failures: list[BaseException]) -> None:
    def find() -> QWidget | None:
        box = QApplication.activeModalWidget()
        return box if isinstance(box, QMessageBox) and box.icon() == QMessageBox.Icon.Information else None

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        box.done(0)

    when_shown(find, close, failures)


def test_settings_move_the_store_to_a_server_and_back_with_the_totals_equal(
    qtbot,
    county_store,
    reference,
    make_window,
    postgres_engine,  # noqa: F811
):
    fill_county(county_store, reference)
    with county_store.reading() as session:
        before = held_totals(session)
    assert before.returns == 6 and before.activities == 6
    window = make_window(county_store)
    box = window.settings_page.store_location
    assert box is not None
    assert box.where.text() == f"This computer: {county_store.data_dir.database}"
    assert not box.to_server_button.isHidden() and box.back_button.isHidden()
    address = server_address(postgres_engine)
    failures: list[BaseException] = []
    shown: list[str] = []

    def give_server(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        fill(dialog.fields, address)
        click_button("&Move to the server", failures, lambda: note_information(shown, failures))
        press(Key.Key_Return)

    when_shown(of_type(MoveToServerDialog), give_server, failures)
    qtbot.mouseClick(box.to_server_button, Qt.MouseButton.LeftButton)

    assert failures == []
    assert county_store.server == address
    assert box.where.text() == f"Server: {address.describe()}"
    assert not box.back_button.isHidden() and box.to_server_button.isHidden()
    assert box.forget_button.isHidden()  # no password kept
    [moved] = shown
    assert moved.startswith(f"Moved the store from {county_store.data_dir.database} to {address.describe()}: ")
    assert "held totals are the same before and after the move: 6 returns held, 6 activities" in moved
    [kept] = list((county_store.data_dir.backups / "before-move").glob("*.sqlite3"))
    assert f"kept as {kept}" in moved
    with county_store.reading() as session:
        assert held_totals(session) == before

    click_button("&Move back", failures, lambda: note_information(shown, failures))
    qtbot.mouseClick(box.back_button, Qt.MouseButton.LeftButton)

    assert failures == []
    assert county_store.server is None and remembered_server(county_store.data_dir) is None
    assert county_store.data_dir.database.exists()
    assert box.where.text() == f"This computer: {county_store.data_dir.database}"
    assert "The database on the server was left as it is" in shown[1]
    with county_store.transaction() as session:
        assert held_totals(session) == before


def test_a_failed_move_leaves_the_window_on_its_store(qtbot, county_store, reference, make_window, postgres_engine):  # noqa: F811
    county_on(postgres_engine)  # the server's database holds a county already: no store is copied into it
    fill_county(county_store, reference)
    window = make_window(county_store)
    box = window.settings_page.store_location
    assert box is not None
    failures: list[BaseException] = []
    warnings: list[str] = []

    def give_server(dialog: QWidget) -> None:
        assert isinstance(dialog, MoveToServerDialog)
        qtbot.waitUntil(dialog.isActiveWindow)
        fill(dialog.fields, server_address(postgres_engine))
        click_button("&Move to the server", failures, lambda: when_shown(of_type(QMessageBox), warned, failures))
        press(Key.Key_Return)

    def warned(message: QWidget) -> None:
        assert isinstance(message, QMessageBox)
        warnings.append(message.text())
        message.done(0)

    when_shown(of_type(MoveToServerDialog), give_server, failures)
    qtbot.mouseClick(box.to_server_button, Qt.MouseButton.LeftButton)

    assert failures == []
    [warning] = warnings
    assert "already holds data" in warning
    assert box.message.text() == warning
    assert county_store.server is None
    with county_store.transaction() as session:
        assert held_totals(session).returns == 6


def test_a_folder_on_a_server_asks_for_the_password_at_start_and_keeps_it(
    qtbot,
    data_dir,
    monkeypatch,
    restore_globals,
    postgres_engine,  # noqa: F811
):
    county_on(postgres_engine)
    address = server_address(postgres_engine)
    remember_server(data_dir, address)
    real_try = server._try

    def only_secret(at: ServerAddress, password: str | None):  # the test server trusts every login
        if password != "secret":
            return None, RuntimeError(f'password authentication failed for user "{at.user}"')
        return real_try(at, password)

    kept: list[tuple[ServerAddress, str | None]] = []
    monkeypatch.setattr(server, "_try", only_secret)
    monkeypatch.delenv(server.PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr("ui.store.server_fields.can_keep_passwords", lambda: True)

    def keep(at: ServerAddress, password: str | None) -> bool:
        kept.append((at, password))
        return True

    monkeypatch.setattr("ui.store.server_password_dialog.keep_password", keep)
    failures: list[BaseException] = []
    seen: list[tuple[str, bool]] = []
    titles: list[str] = []

    def answer(password: str, keep: bool, then: Callable[[], None]) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, ServerPasswordDialog)
            qtbot.waitUntil(dialog.isActiveWindow)
            seen.append((dialog.explanation.text(), dialog.refused.isVisible()))
            assert focused() is dialog.password
            type_text(dialog.password, password)
            dialog.keep.setChecked(keep)
            then()
            press(Key.Key_Return)

        return act

    def close_window(window: QWidget) -> None:
        titles.append(window.windowTitle())
        window.close()

    def second() -> None:
        when_shown(of_type(ServerPasswordDialog), answer("secret", True, main), failures)

    def main() -> None:
        when_shown(
            lambda: next(
                (w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()), None
            ),
            close_window,
            failures,
        )

    when_shown(of_type(ServerPasswordDialog), answer("wrong", False, second), failures)
    assert run_within_time(lambda: run_gui(data_dir.root, "en")) == 0

    assert failures == []
    assert [visible for _text, visible in seen] == [False, True]  # the second time, it says the first was refused
    assert f"{address.host}:{address.port}/{address.database}" in seen[0][0] and f"user {address.user}" in seen[0][0]
    assert titles and titles[0].startswith("KeSu Desktop — ")
    assert kept == [(address, "secret")]
