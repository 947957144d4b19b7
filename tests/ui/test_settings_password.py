"""The password on the Settings page: set through the dialog (new password twice), changed and removed only with
the current one; a refused entry is named in the dialog and changes nothing; the lock time can be saved only
while a password is set."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from kesu_desktop.store.access import lock_after_minutes, set_password, verify_password
from kesu_desktop.store.database import Store
from tests.ui.helpers import press, type_text
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage
from ui.store.password_dialog import PasswordDialog

PASSWORD = "xinchengzhen"
Key, CTRL = Qt.Key, Qt.KeyboardModifier.ControlModifier


def stored(store: Store, password: str = PASSWORD) -> tuple[bool, int]:
    """Whether ``password`` is the stored password, and the stored lock time."""
    with store.reading() as session:
        return verify_password(session, password), lock_after_minutes(session)


def show_settings(qtbot, make_window, store: Store) -> SettingsPage:
    window: MainWindow = make_window(store)
    with qtbot.waitActive(window):
        window.show()
    press(Key.Key_5, CTRL)
    page = window.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


@pytest.fixture
def page(qtbot, make_window, unit_store) -> SettingsPage:
    return show_settings(qtbot, make_window, unit_store)


@pytest.fixture
def protected_page(qtbot, make_window, unit_store) -> SettingsPage:
    with unit_store.transaction() as session:
        set_password(session, PASSWORD, current=None)
    return show_settings(qtbot, make_window, unit_store)


def open_dialog(qtbot, button) -> PasswordDialog:
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = QApplication.activeModalWidget()
    assert isinstance(dialog, PasswordDialog)
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def fill(dialog: PasswordDialog, **fields: str) -> None:
    """Type into the dialog's fields (current, new, repeat), then press Enter (OK)."""
    for name, text in fields.items():
        field = getattr(dialog, name)
        field.setFocus()
        field.selectAll()
        type_text(field, text)
    press(Key.Key_Return)


def test_no_password_at_first(page, unit_store):
    assert page.password_state.text().startswith("No password is set")
    assert page.password_button.text() == "Set a pass&word…"
    assert not page.remove_password_button.isEnabled()
    assert not page.lock_minutes.isEnabled()


def test_a_password_is_set_through_the_dialog(qtbot, page, unit_store):
    dialog = open_dialog(qtbot, page.password_button)
    assert dialog.windowTitle() == "Set a password"
    assert not dialog.current.isVisible()

    fill(dialog, new=PASSWORD, repeat=PASSWORD)

    assert not dialog.isVisible()
    assert stored(unit_store) == (True, 10)
    assert page.message.text() == "Password saved."
    assert page.password_state.text().startswith("A password is set")
    assert page.password_button.text() == "Change pass&word…"
    assert page.remove_password_button.isEnabled() and page.lock_minutes.isEnabled()


@pytest.mark.parametrize(
    ("new", "repeat", "field", "message"),
    [
        ("short", "short", "new", "New password: use at least 6 characters."),
        (
            PASSWORD,
            PASSWORD + "!",
            "repeat",
            "Repeat new password: the two entries differ; type the same password twice.",
        ),
    ],
)
def test_a_refused_password_is_named_in_the_dialog_and_nothing_is_set(
    qtbot, page, unit_store, new, repeat, field, message
):
    dialog = open_dialog(qtbot, page.password_button)
    fill(dialog, new=new, repeat=repeat)

    assert dialog.isVisible()
    assert dialog.error.text() == message
    assert QApplication.focusWidget() is getattr(dialog, field)
    assert stored(unit_store, new) == (False, 10)
    assert page.password_state.text().startswith("No password is set")
    press(Key.Key_Escape)
    assert not dialog.isVisible()


def test_changing_needs_the_current_password(qtbot, protected_page, unit_store):
    dialog = open_dialog(qtbot, protected_page.password_button)
    assert dialog.windowTitle() == "Change the password"
    fill(dialog, current="not it", new="a new password", repeat="a new password")
    assert dialog.error.text() == "Password: this is not the password of this data folder."
    assert QApplication.focusWidget() is dialog.current
    assert stored(unit_store) == (True, 10)

    fill(dialog, current=PASSWORD)
    assert not dialog.isVisible()
    assert stored(unit_store, "a new password") == (True, 10)


def test_removing_needs_the_current_password(qtbot, protected_page, unit_store):
    dialog = open_dialog(qtbot, protected_page.remove_password_button)
    assert dialog.windowTitle() == "Remove the password"
    assert not dialog.new.isVisible() and not dialog.repeat.isVisible()
    fill(dialog, current="")
    assert dialog.error.text() == "Current password: enter it to change or remove the password."
    assert stored(unit_store) == (True, 10)

    fill(dialog, current=PASSWORD)
    assert not dialog.isVisible()
    assert stored(unit_store) == (False, 10)
    assert protected_page.message.text() == "Password removed."
    assert not protected_page.lock_minutes.isEnabled()


def test_the_lock_time_is_saved_with_the_settings(qtbot, protected_page, unit_store):
    spin = protected_page.lock_minutes
    assert spin.value() == 10
    spin.setFocus()
    press(Key.Key_A, CTRL)
    type_text(spin, "25")
    press(Key.Key_S, CTRL)
    assert protected_page.message.text() == "Settings saved."
    assert stored(unit_store) == (True, 25)
