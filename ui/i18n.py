"""Translation in the GUI: ``translate(context, text)`` with explicit contexts (what ``lupdate`` extracts), and
installing the app's and Qt's own catalogues so standard buttons read 确定/取消."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from kesu_desktop.base.translation import Translator


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def install_translator(app: QCoreApplication, translator: Translator) -> None:
    app.installTranslator(translator.qt_catalogue)
    app.installTranslator(translator.app_catalogue)
