"""The GUI's language: the app's catalogue names the pages, Qt's own catalogue the standard buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWizard

from kesu_desktop.base.translation import Translator
from ui.i18n import QtCatalogues
from ui.setup.wizard import SetupWizard

PAGES = {
    ("unit", "zh_CN"): ["概览", "科普活动", "培训", "月报", "设置"],
    ("unit", "en"): ["Overview", "Activities", "Trainings", "Returns", "Settings"],
    ("county", "zh_CN"): ["导入", "单位与密钥", "报送情况", "汇总", "目标进度", "报表", "设置"],
    ("county", "en"): ["Import", "Units & keys", "Completeness", "Consolidation", "Targets", "Reports", "Settings"],
}


def page_names(window) -> list[str]:
    return [window.navigation.item(row).text() for row in range(window.navigation.count())]


@pytest.mark.parametrize(("role", "code"), PAGES)
def test_page_names_follow_the_language(make_window, request, language, role, code):
    store = request.getfixturevalue("unit_store" if role == "unit" else "county_store")
    window = make_window(store, language(code))
    assert page_names(window) == PAGES[role, code]


@pytest.mark.parametrize(("code", "ok", "cancel"), [("zh_CN", "确定", "取消"), ("en", "OK", "Cancel")])
def test_standard_buttons_follow_the_language(qtbot, language, code, ok, cancel):
    language(code)
    box = QMessageBox(QMessageBox.Icon.Information, "KeSu", "…")
    box.setStandardButtons(QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QMessageBox.StandardButton.Ok).text() == ok
    assert box.button(QMessageBox.StandardButton.Cancel).text() == cancel


def test_wizard_buttons_and_titles_are_chinese_in_chinese(qtbot, reference, language):
    wizard = SetupWizard(reference, language("zh_CN"))
    qtbot.addWidget(wizard)
    assert wizard.windowTitle() == QCoreApplication.translate("SetupWizard", "KeSu Desktop — first-run setup")
    assert wizard.windowTitle() != "KeSu Desktop — first-run setup"
    assert "取消" in wizard.button(QWizard.WizardButton.CancelButton).text()
    assert wizard.role_page.language.language() == "zh_CN"


def test_translators_do_not_leak_between_tests():
    """Run after the Chinese tests above (file order), this shows the fixture took their catalogues away."""
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
    assert Translator("en").translate("MainWindow", "Overview") == "Overview"


def test_the_chinese_catalogue_is_shipped():
    translator = Translator("zh_CN")
    catalogues = QtCatalogues(translator.language)
    assert not catalogues.app_catalogue.isEmpty()
    assert not catalogues.qt_catalogue.isEmpty()
    assert translator.translate("MainWindow", "Overview") == "概览"
