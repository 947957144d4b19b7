"""The Settings page: a changed setup is saved with Ctrl+S and shown at once; a wrong one is named and not saved."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, read_installation
from tests.ui.helpers import focused, press, type_text
from ui.main_window import MainWindow
from ui.pages.settings import SettingsPage

Key, Ctrl = Qt.Key, Qt.KeyboardModifier.ControlModifier


def stored(store: Store) -> Installation:
    with store.reading() as session:
        installation = read_installation(session)
    assert installation is not None
    return installation


@pytest.fixture
def window(qtbot, make_window, unit_store) -> MainWindow:
    window = make_window(unit_store)
    with qtbot.waitActive(window):
        window.show()
    press(Key.Key_5, Ctrl)
    return window


@pytest.fixture
def settings(window) -> SettingsPage:
    page = window.pages.currentWidget()
    assert isinstance(page, SettingsPage)
    return page


def replace_text(widget, text: str) -> None:
    widget.setFocus()
    press(Key.Key_A, Ctrl)
    type_text(focused(), text)


def test_page_shows_the_stored_setup(settings, unit_store):
    setup = stored(unit_store).setup
    assert settings.entered() == setup
    assert settings.unit.currentText() == "新城镇"
    assert settings.people.clerk.text() == "王晓燕"


def test_ctrl_s_saves_a_new_clerk_and_the_status_bar_follows(window, settings, unit_store):
    before = stored(unit_store)
    replace_text(settings.people.clerk, "赵丽")
    press(Key.Key_S, Ctrl)

    after = stored(unit_store)
    assert after.setup.clerk_name == "赵丽"
    assert after.setup.unit_code == before.setup.unit_code
    assert after.installation_id == before.installation_id
    assert after.updated_at > before.updated_at
    assert settings.message.text() == "Settings saved."
    assert window.unit_label.text() == "Unit: 新城镇 (141023101)  Clerk: 赵丽"
    assert window.state.installation == after


def test_a_new_unit_renames_the_window(window, settings, unit_store):
    settings.unit.setFocus()
    type_text(focused(), "陶")
    press(Key.Key_S, Ctrl)

    assert stored(unit_store).setup.unit_code == "141023201"
    assert window.windowTitle() == "KeSu Desktop — 陶寺乡"
    assert window.unit_label.text().startswith("Unit: 陶寺乡 (141023201)")


def test_a_new_language_is_saved_for_the_next_start(settings, unit_store):
    settings.language.setFocus()
    press(Key.Key_End)  # English, the last language
    press(Key.Key_S, Ctrl)

    assert stored(unit_store).setup.language == "en"
    assert settings.message.text() == "Settings saved. The new language applies from the next start."


def test_invalid_phone_is_named_and_nothing_is_saved(window, settings, unit_store):
    before = stored(unit_store)
    status_before = window.unit_label.text()
    replace_text(settings.people.clerk, "赵丽")
    replace_text(settings.people.phone, "call me")
    press(Key.Key_S, Ctrl)

    assert settings.message.text().startswith("Phone:")
    assert "0357-1234567" in settings.message.text()
    assert focused() is settings.people.phone
    assert stored(unit_store) == before
    assert window.state.installation == before
    assert window.unit_label.text() == status_before

    replace_text(settings.people.phone, "13812345678")
    press(Key.Key_S, Ctrl)
    assert stored(unit_store).setup.clerk_phone == "13812345678"
    assert settings.message.text() == "Settings saved."


def test_invalid_phone_is_named_in_chinese(qtbot, make_window, unit_store, language):
    window = make_window(unit_store, language("zh_CN"))
    with qtbot.waitActive(window):
        window.show()
    press(Key.Key_5, Ctrl)
    page = window.pages.currentWidget()
    replace_text(page.people.phone, "abc")
    press(Key.Key_S, Ctrl)
    assert page.message.text().startswith("联系电话")
    assert stored(unit_store).setup.clerk_phone == ""


def test_save_button_saves_too(qtbot, settings, unit_store):
    replace_text(settings.people.reviewer, "李建国")
    qtbot.mouseClick(settings.save_button, Qt.MouseButton.LeftButton)
    assert stored(unit_store).setup.reviewer_name == "李建国"
