"""The first-run wizard, driven from the keyboard only, and the first-run path into the main window: no unit is
preselected, and the month from which the unit reports is asked."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWizard

from kesu_desktop.base.translation import Translator
from kesu_desktop.reference.periods import month_of
from kesu_desktop.store.installation import Setup, read_installation
from tests.ui.conftest import COUNTY_OFFICE
from tests.ui.helpers import focused, press, type_text, when_shown
from ui.app import open_main_window
from ui.main_window import MainWindow
from ui.setup.wizard import SetupWizard

Key = Qt.Key
TAOSI = "141023201"  # 陶寺乡
THIS_MONTH = month_of(date.today())
LAST_MONTH = month_of(THIS_MONTH.start - timedelta(days=1))
EXPECTED = Setup(
    role="unit",
    unit_code=TAOSI,
    clerk_name="王晓燕",
    clerk_phone="0357-1234567",
    reviewer_name="李建国",
    responsible_name="张志强",
    language="zh_CN",
    reports_from=LAST_MONTH.code,
)


def show_wizard(qtbot, reference, translator: Translator) -> SetupWizard:
    wizard = SetupWizard(reference, translator)
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
    return wizard


def fill_in_by_keyboard(wizard: SetupWizard) -> None:
    """Role page: reporting unit, language Chinese; unit page: 陶寺乡, reporting from last month; people page:
    names and phone; Finish."""
    role = wizard.role_page.role
    assert focused() is role.unit_button
    press(Key.Key_Right)  # arrow keys move through the role choices …
    assert role.role() == "county"
    press(Key.Key_Left)  # … and back to the reporting unit
    assert role.role() == "unit"
    press(Key.Key_Tab)
    assert focused() is wizard.role_page.language
    press(Key.Key_Home)  # 中文（简体） is the first language
    assert wizard.role_page.language.language() == "zh_CN"
    press(Key.Key_Return)

    assert wizard.currentPage() is wizard.unit_page
    combo = wizard.unit_page.unit
    assert focused() is combo
    type_text(combo, "陶")  # type-to-search in the unit list
    assert combo.currentText() == "陶寺乡"
    press(Key.Key_Down)
    assert combo.currentText() == "永固乡"
    press(Key.Key_Up)
    assert combo.unit_code() == TAOSI
    press(Key.Key_Tab)
    months = wizard.unit_page.reports_from
    assert focused() is months
    assert months.month() == THIS_MONTH.code  # this month unless the clerk says otherwise
    press(Key.Key_Down)  # the list runs back in time
    assert months.month() == LAST_MONTH.code
    press(Key.Key_Return)

    people = wizard.people_page.people
    assert wizard.currentPage() is wizard.people_page
    assert focused() is people.clerk
    type_text(focused(), "王晓燕")
    press(Key.Key_Tab)
    assert focused() is people.phone
    type_text(focused(), "0357-1234567")
    press(Key.Key_Tab)
    type_text(focused(), "李建国")
    press(Key.Key_Tab)
    type_text(focused(), "张志强")
    assert wizard.button(QWizard.WizardButton.FinishButton).isDefault()
    press(Key.Key_Return)


def test_keyboard_only_setup_gives_the_entered_setup(qtbot, reference):
    wizard = show_wizard(qtbot, reference, Translator("en"))
    assert wizard.currentPage() is wizard.role_page
    assert wizard.button(QWizard.WizardButton.NextButton).isDefault()

    fill_in_by_keyboard(wizard)

    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not wizard.isVisible()
    assert wizard.validated == EXPECTED


def test_unit_list_offers_units_by_kind_but_not_the_county_office(qtbot, reference):
    wizard = show_wizard(qtbot, reference, Translator("en"))
    press(Key.Key_Return)
    combo = wizard.unit_page.unit
    codes = [combo.itemData(i) for i in range(combo.count())]
    headings = [combo.itemText(i) for i in range(combo.count()) if combo.itemData(i) is None]
    assert headings == ["— Towns —", "— Townships —", "— Development zone —", "— County departments —"]
    assert [c for c in codes if c] == [u.code for u in reference.reporting_units()]
    assert COUNTY_OFFICE not in codes


def test_no_unit_is_chosen_until_the_clerk_chooses_one(qtbot, reference):
    wizard = show_wizard(qtbot, reference, Translator("en"))
    press(Key.Key_Return)
    combo = wizard.unit_page.unit
    assert combo.currentIndex() == -1 and combo.unit_code() == ""
    assert combo.placeholderText() == "Choose your unit…"
    press(Key.Key_Return)  # Next–Next–Finish stops here, naming the field
    assert wizard.currentPage() is wizard.unit_page
    assert wizard.unit_page.error.isVisible()
    assert wizard.unit_page.error.text() == "Unit: choose the unit whose returns this folder files."
    assert focused() is combo
    type_text(combo, "永")
    assert combo.unit_code() == "141023202"  # 永固乡
    press(Key.Key_Return)
    assert wizard.currentPage() is wizard.people_page


def test_county_role_offers_only_the_county_office(qtbot, reference):
    wizard = show_wizard(qtbot, reference, Translator("en"))
    press(Key.Key_Right)
    assert wizard.role_page.role.role() == "county"
    press(Key.Key_Return)
    press(Key.Key_Return)  # the county's store is kept on this computer unless a server is chosen

    combo = wizard.unit_page.unit
    assert [(combo.itemText(i), combo.itemData(i)) for i in range(combo.count())] == [
        ("襄汾县全民科学素质工作领导组办公室", COUNTY_OFFICE)
    ]
    assert combo.unit_code() == COUNTY_OFFICE  # the one unit this role may have
    assert not wizard.unit_page.reports_from.isVisible()  # the county office files no returns of its own
    press(Key.Key_Return)
    type_text(focused(), "刘芳")
    press(Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert wizard.validated == Setup(
        role="county", unit_code=COUNTY_OFFICE, clerk_name="刘芳", language="en", reports_from=THIS_MONTH.code
    )


def go_to_people_page(wizard: SetupWizard) -> None:
    press(Key.Key_Return)
    type_text(wizard.unit_page.unit, "陶")
    press(Key.Key_Return)
    assert wizard.currentPage() is wizard.people_page


def test_bad_phone_is_named_and_not_accepted(qtbot, reference):
    wizard = show_wizard(qtbot, reference, Translator("en"))
    go_to_people_page(wizard)
    type_text(focused(), "王晓燕")
    press(Key.Key_Tab)
    type_text(focused(), "phone?")
    press(Key.Key_Return)

    error = wizard.people_page.error
    assert wizard.isVisible()
    assert wizard.currentPage() is wizard.people_page
    assert wizard.result() == 0
    assert wizard.validated is None
    assert error.isVisible()
    assert error.text().startswith("Phone:")
    people = wizard.people_page.people
    assert focused() is people.phone
    assert people.phone.selectedText() == "phone?"  # typing replaces the wrong number

    type_text(focused(), "13812345678")
    press(Key.Key_Return)
    assert wizard.result() == QWizard.DialogCode.Accepted
    assert not error.isVisible()
    assert wizard.validated is not None
    assert wizard.validated.clerk_phone == "13812345678"


def test_bad_phone_message_is_chinese_in_chinese(qtbot, reference, language):
    wizard = show_wizard(qtbot, reference, language("zh_CN"))
    go_to_people_page(wizard)
    type_text(focused(), "王晓燕")
    press(Key.Key_Tab)
    type_text(focused(), "abc")
    press(Key.Key_Return)

    assert wizard.result() == 0
    assert "电话" in wizard.people_page.error.text()


def test_missing_clerk_is_named_and_focused(qtbot, reference):
    wizard = show_wizard(qtbot, reference, Translator("en"))
    go_to_people_page(wizard)
    press(Key.Key_Return)

    assert wizard.result() == 0
    assert wizard.people_page.error.text().startswith("Clerk:")
    assert focused() is wizard.people_page.people.clerk


def shown_wizard() -> SetupWizard | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, SetupWizard) else None


def test_first_run_goes_through_the_wizard_to_the_main_window(qtbot, store_and_reference):
    store, reference = store_and_reference
    failures: list[BaseException] = []

    def drive(wizard) -> None:
        qtbot.waitUntil(wizard.isActiveWindow)
        fill_in_by_keyboard(wizard)

    when_shown(shown_wizard, drive, failures)  # open_main_window blocks in the wizard's exec()
    window = open_main_window(store, reference, Translator("en"), QApplication.instance())

    assert failures == []
    assert isinstance(window, MainWindow)
    qtbot.addWidget(window)
    with store.reading() as session:
        installation = read_installation(session)
    assert installation is not None
    assert installation.setup == EXPECTED
    assert not installation.is_demo
    assert window.windowTitle() == "KeSu Desktop — 陶寺乡"


def test_cancelling_the_wizard_stores_nothing(qtbot, store_and_reference):
    store, reference = store_and_reference
    failures: list[BaseException] = []
    when_shown(shown_wizard, lambda wizard: qtbot.keyClick(wizard, Key.Key_Escape), failures)

    window = open_main_window(store, reference, Translator("en"), QApplication.instance())

    assert failures == []
    assert window is None
    with store.reading() as session:
        assert read_installation(session) is None
