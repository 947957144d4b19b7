"""The Settings page: a changed setup is saved with Ctrl+S and shown at once; a wrong one is named and not saved.
A folder that holds records changes its unit only once the clerk confirms what happens to them, and never its
role; the month from which the unit reports is shown and can be changed; the page fits a small screen."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from kesu_desktop.records.query import RecordFilter, page
from kesu_desktop.records.service import add_activity, history
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.reference.periods import month_of
from kesu_desktop.returns.ledger import month_statuses
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, read_installation
from tests.conftest import UNIT_CODE
from tests.ui.helpers import focused, press, type_text, when_shown
from ui.main_window import SMALL_SCREEN, MainWindow
from ui.pages.settings import SettingsPage
from ui.records.history_dialog import HistoryModel

Key, Ctrl = Qt.Key, Qt.KeyboardModifier.ControlModifier
TAOSI = "141023201"  # 陶寺乡
LECTURE = ActivityInput(
    title="东街村科普讲座",
    start_date=date(2025, 3, 5),
    end_date=date(2025, 3, 5),
    form_code="lecture",
    target_group_codes=("farmers",),
    participants=60,
)


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
    this_month = month_of(date.today()).code  # a folder without records reports from the month it was set up
    assert settings.entered() == replace(setup, reports_from=this_month)
    assert settings.reports_from.month() == this_month
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


# ---- unit, role and the first month reported -------------------------------------------------------------


@pytest.fixture
def with_records(unit_store, reference) -> Store:
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, LECTURE, reference, actor="王晓燕")
    return unit_store


def answer_unit_change(failures: list[BaseException], seen: list[str], *, confirm: bool) -> None:
    """When the question about the unit's records opens, note what it says and confirm or cancel it."""

    def find() -> QMessageBox | None:
        box = QApplication.activeModalWidget()
        return box if isinstance(box, QMessageBox) and box.isVisible() else None

    def answer(box) -> None:
        seen.append(f"{box.text()}\n{box.informativeText()}")
        if confirm:
            next(b for b in box.buttons() if b.text() == "&Change the unit and move the records").click()
        else:
            box.button(QMessageBox.StandardButton.Cancel).click()

    when_shown(find, answer, failures)


def records_of(store: Store, unit: str) -> list:
    with store.reading() as session:
        return list(page(session, RecordFilter("activity", unit), limit=100))


def test_a_new_unit_for_a_folder_with_records_is_asked_and_cancelling_changes_nothing(with_records, window, settings):
    before = stored(with_records)
    failures: list[BaseException] = []
    seen: list[str] = []
    answer_unit_change(failures, seen, confirm=False)
    settings.unit.select(TAOSI)
    press(Key.Key_S, Ctrl)

    assert failures == []
    assert seen == [
        "Unit: this folder holds 1 activities and 0 trainings of 新城镇, with its period-end figures; changing the "
        "unit moves them all to 陶寺乡.\nChange the unit to 陶寺乡 and move the records?"
    ]
    assert stored(with_records) == before
    assert settings.unit.unit_code() == UNIT_CODE
    assert settings.message.text() == "Nothing was saved; the unit stays 新城镇."
    assert len(records_of(with_records, UNIT_CODE)) == 1


def test_a_confirmed_new_unit_takes_the_records_along(with_records, window, settings):
    failures: list[BaseException] = []
    answer_unit_change(failures, [], confirm=True)
    settings.unit.select(TAOSI)
    press(Key.Key_S, Ctrl)

    assert failures == []
    assert stored(with_records).setup.unit_code == TAOSI
    assert window.windowTitle() == "KeSu Desktop — 陶寺乡"
    assert records_of(with_records, UNIT_CODE) == []
    [moved] = records_of(with_records, TAOSI)
    with with_records.reading() as session:
        last = history(session, moved.meta.id)[-1]
    assert (last.field, last.old_value, last.new_value) == ("unit_code", UNIT_CODE, TAOSI)
    with with_records.reading() as session:
        shown = HistoryModel(history(session, moved.meta.id), window.state.reference, "en")
    row = shown.rowCount() - 1
    assert [shown.text(row, column) for column in range(2, 6)] == ["Changed", "Unit", "新城镇", "陶寺乡"]
    window.navigation.setCurrentRow(1)  # the Activities page shows them under the new unit
    activities = window.pages.currentWidget()
    activities.filters.period.setCurrentIndex(activities.filters.period.findData("all"))
    assert [r.data.title for r in activities.model.rows] == [LECTURE.title]


def test_the_role_of_a_folder_with_records_cannot_change(with_records, window, settings):
    before = stored(with_records)
    settings.role.set_role("county")
    press(Key.Key_S, Ctrl)
    assert settings.message.text() == (
        "Role: this folder holds the records of 新城镇, so it stays a reporting unit's folder; the county office "
        "uses KeSu Desktop on a computer of its own."
    )
    assert stored(with_records) == before
    assert window.navigation.item(0).text() == "Overview"  # the pages stay the unit's


def test_a_new_role_in_an_empty_folder_rebuilds_the_pages(window, settings, unit_store):
    settings.role.set_role("county")
    press(Key.Key_S, Ctrl)
    assert stored(unit_store).setup.role == "county"
    names = [window.navigation.item(row).text() for row in range(window.navigation.count())]
    assert names == ["Import", "Units & keys", "Completeness", "Consolidation", "Targets", "Reports", "Settings"]
    assert window.pages.currentWidget() is window.settings_page
    assert [a.text() for a in window.menuBar().actions()] == ["&File", "&Go", "&Help"]
    assert not window.settings_page.reports_from.isVisibleTo(window.settings_page)


def test_the_first_month_reported_is_saved_and_the_returns_follow_it(with_records, window, settings):
    assert settings.reports_from.month() == "2025-03"  # a folder set up before it was asked: its first record
    settings.reports_from.set_month("2025-05")
    press(Key.Key_S, Ctrl)
    assert stored(with_records).setup.reports_from == "2025-05"
    with with_records.reading() as session:
        states = {s.period.code: s.state for s in month_statuses(session, UNIT_CODE, 2025, date(2025, 7, 20))}
    assert (states["2025-04"], states["2025-05"], states["2025-06"]) == ("not_due", "overdue", "overdue")


def test_the_page_fits_a_small_screen_and_keeps_its_save_button_in_view(window, settings):
    window.resize(*SMALL_SCREEN)
    assert window.minimumSizeHint().height() <= SMALL_SCREEN[1] - 40
    assert settings.minimumSizeHint().height() < SMALL_SCREEN[1] / 2
    settings.groups_area.verticalScrollBar().setValue(0)
    assert settings.save_button.isVisible()
    assert settings.save_button.mapTo(window, settings.save_button.rect().bottomLeft()).y() < window.height()
