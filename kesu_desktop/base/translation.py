"""Translation of user-visible text, shared by the GUI and the command line.

Source strings are English; ``resources/translations/kesu_zh_CN.ts`` holds the Chinese, compiled to ``.qm``.
This is the one module of the core that touches Qt, and only ``QtCore``'s translator: it reads the same
catalogue the GUI installs, so a message reads the same in a dialog and on the console.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable

from kesu_desktop.base.paths import resource_path

LANGUAGES = ("zh_CN", "en")


class Phrase(str):
    """A value filled into a message that is itself a catalogue entry (context ``Errors``), such as a reason."""

    __slots__ = ()


@dataclass(frozen=True)
class Nested:
    """A whole message filled into another (a reader's finding inside a refusal): its own context, template and
    values, rendered in the same language as the message around it."""

    context: str
    template: str
    values: dict[str, object] = field(default_factory=dict)


class Message(Protocol):
    """Something to tell the user: an English template marked for translation (context ``Errors``) and the
    values to fill in, as every :class:`~kesu_desktop.base.errors.KesuError` carries."""

    template: str
    values: dict[str, object]


@runtime_checkable
class Named(Protocol):
    """A reference item that has a name in each language."""

    def name(self, language: str) -> str: ...


DEFAULT_LANGUAGE = "zh_CN"


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    """Mark ``text`` for extraction into the catalogue without translating it here."""
    del context
    return text


def normalise_language(value: str | None) -> str:
    """Map what a user may type (zh, zh-CN, cn, en_US …) to one of :data:`LANGUAGES`."""
    if not value:
        return DEFAULT_LANGUAGE
    lowered = value.replace("-", "_").lower()
    if lowered.startswith("en"):
        return "en"
    if lowered.startswith(("zh", "cn")):
        return "zh_CN"
    raise ValueError(value)


class Translator:
    """The catalogues for one language: the app's own and Qt's ``qtbase`` (standard buttons, dialogs)."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        from PySide6.QtCore import QLibraryInfo, QTranslator  # here, so that the messages' templates load without Qt

        self.language = normalise_language(language)
        self.app_catalogue = QTranslator()
        self.qt_catalogue = QTranslator()
        if self.language != "en":
            self.app_catalogue.load(str(resource_path("translations", f"kesu_{self.language}.qm")))
            self.qt_catalogue.load(
                f"qtbase_{self.language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
            )

    def translate(self, context: str, text: str) -> str:
        return self.app_catalogue.translate(context, text) or text

    def render(self, message: Message) -> str:
        """The message (an error's, typically) in this language, values filled in."""
        return self.format("Errors", message.template, message.values)

    def format(self, context: str, template: str, values: dict[str, object]) -> str:
        """``template`` translated and filled in: a ``label`` is a field name (context ``Fields``) and a
        reference item (anything with ``name(language)``) is named in this language."""
        localised: dict[str, object] = {}
        for key, value in values.items():
            if key == "label" and isinstance(value, str) and value:
                value = self.translate("Fields", value)
            elif isinstance(value, Phrase):
                value = self.translate("Errors", value)
            elif isinstance(value, Nested):
                value = self.format(value.context, value.template, value.values)
            elif isinstance(value, Named):
                value = value.name(self.language)
            localised[key] = value
        return self.translate(context, template).format(**localised)
