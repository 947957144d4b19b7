"""Keyboard access: on every screen each Alt+letter mnemonic leads to one place only.

Two widgets with the same mnemonic make Qt cycle the focus between them instead of acting, so Alt+S would
focus a field rather than save.
"""

from __future__ import annotations

import re
from collections import Counter

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QLabel, QWidget

from tests.ui.helpers import press, type_text
from ui.county.report_texts_dialog import ReportTextsDialog
from ui.county.reports_page import ReportsPage
from ui.county.survey_mapping_dialog import SurveyMappingDialog
from ui.county.target_dialog import TargetDialog
from ui.setup.wizard import SetupWizard

LANGUAGES = ["en", "zh_CN"]
_MNEMONIC = re.compile(r"&([^&])")


def mnemonics(window: QWidget) -> list[str]:
    """The mnemonic letters of the visible labels (with a buddy), buttons and menu titles of ``window``."""
    texts = [w.text() for w in window.findChildren(QLabel) if w.isVisible() and w.buddy() is not None]
    texts += [w.text() for w in window.findChildren(QAbstractButton) if w.isVisible()]
    menu_bar = getattr(window, "menuBar", None)
    if menu_bar is not None:
        texts += [action.text() for action in menu_bar().actions()]
    return [match.group(1).upper() for text in texts for match in _MNEMONIC.finditer(text.replace("&&", ""))]


def duplicates(letters: list[str]) -> list[str]:
    return sorted(letter for letter, count in Counter(letters).items() if count > 1)


@pytest.mark.parametrize("code", LANGUAGES)
def test_wizard_pages_have_unique_mnemonics(qtbot, reference, language, code):
    wizard = SetupWizard(reference, language(code))
    qtbot.addWidget(wizard)
    with qtbot.waitActive(wizard):
        wizard.show()
    for page in (wizard.role_page, wizard.unit_page, wizard.people_page):
        assert wizard.currentPage() is page
        letters = mnemonics(wizard)
        assert len(letters) >= 2
        assert duplicates(letters) == [], page.title()
        if page is wizard.unit_page:
            type_text(wizard.unit_page.unit, "陶")  # no unit is preselected: choose one
        if page is not wizard.people_page:
            press(Qt.Key.Key_Return)


@pytest.mark.parametrize("code", LANGUAGES)
@pytest.mark.parametrize("row", [0, 1, 2, 3])
def test_unit_pages_have_unique_mnemonics(qtbot, make_window, unit_store, language, code, row):
    window = make_window(unit_store, language(code))
    with qtbot.waitActive(window):
        window.show()
    window.navigation.setCurrentRow(row)
    assert duplicates(mnemonics(window)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_settings_page_has_unique_mnemonics(qtbot, make_window, unit_store, language, code):
    window = make_window(unit_store, language(code))
    with qtbot.waitActive(window):
        window.show()
    window.navigation.setCurrentRow(4)
    assert duplicates(mnemonics(window)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_target_dialog_has_unique_mnemonics(qtbot, reference, language, code):
    dialog = TargetDialog(reference, language(code))
    qtbot.addWidget(dialog)
    dialog.show()
    assert duplicates(mnemonics(dialog)) == []


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_reports_page_has_unique_mnemonics_for_every_kind(qtbot, make_window, county_store, language, code):
    window = make_window(county_store, language(code))
    with qtbot.waitActive(window):
        window.show()
    row = next(row for row in range(window.pages.count()) if isinstance(window.pages.widget(row), ReportsPage))
    window.navigation.setCurrentRow(row)
    page = window.pages.widget(row)
    for index in range(page.kind.count()):
        page.kind.setCurrentIndex(index)
        for span in range(page.span.count()):
            page.span.setCurrentIndex(span)
            assert duplicates(mnemonics(window)) == [], (page.kind.currentData(), page.span.currentData())


@pytest.mark.parametrize("code", LANGUAGES)
def test_the_report_dialogs_have_unique_mnemonics(qtbot, make_state, county_store, language, code):
    translator = language(code)
    state = make_state(county_store, code)
    for dialog in (
        ReportTextsDialog(state, translator, state.reference.plans[0].code),
        SurveyMappingDialog(state, translator),
    ):
        qtbot.addWidget(dialog)
        dialog.show()
        assert len(mnemonics(dialog)) >= 2
        assert duplicates(mnemonics(dialog)) == []
