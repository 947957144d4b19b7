"""Translation in the GUI: ``translate(context, text)`` with explicit contexts (what ``lupdate`` extracts), and
installing the app's catalogue and Qt's own (``qtbase``, so standard buttons read 确定/取消) into Qt."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QTranslator

from kesu_desktop.base.translation import Translator, catalogue_file


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


class QtCatalogues:
    """The two Qt translators of one language, installed together and removed together."""

    def __init__(self, language: str) -> None:
        self.app_catalogue, self.qt_catalogue = QTranslator(), QTranslator()
        file = catalogue_file(language)
        if file is not None:
            self.app_catalogue.load(str(file))
            self.qt_catalogue.load(f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))

    def install(self, app: QCoreApplication) -> None:
        app.installTranslator(self.qt_catalogue)
        app.installTranslator(self.app_catalogue)

    def remove(self, app: QCoreApplication) -> None:
        app.removeTranslator(self.app_catalogue)
        app.removeTranslator(self.qt_catalogue)


def install_translator(app: QCoreApplication, translator: Translator) -> QtCatalogues:
    """Qt's translators for the translator's language, installed while what is returned is kept (Qt removes
    a translator it destroys) or until it is removed."""
    catalogues = QtCatalogues(translator.language)
    catalogues.install(app)
    return catalogues
