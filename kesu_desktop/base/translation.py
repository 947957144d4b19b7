"""Translation of user-visible text, shared by the GUI and the command line.

Source strings are English; ``resources/translations/kesu_zh_CN.ts`` holds the Chinese, compiled to ``.qm``.
The translator reads that compiled file itself (:mod:`~kesu_desktop.base.catalogue`), the same file the GUI
installs into Qt, so a message reads the same in a dialog and on the console, and the core needs no Qt.
"""

from __future__ import annotations

from collections.abc import Mapping

from kesu_desktop.base.catalogue import read_catalogue
from kesu_desktop.base.installed import RESOURCES, installed_file

# The command line's help loads this module: its types are declared without importing typing (a tenth of the
# help's time), so the protocols below exist for the type checker alone.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from typing import Protocol, TypeGuard

    class Message(Protocol):
        """Something to tell the user: an English template marked for translation (context ``Errors``) and the
        values to fill in, as every :class:`~kesu_desktop.base.errors.KesuError` carries."""

        template: str
        values: dict[str, object]

    class Named(Protocol):
        """A reference item that has a name in each language."""

        def name(self, language: str) -> str: ...


LANGUAGES = ("zh_CN", "en")


class Phrase(str):
    """A value filled into a message that is itself a catalogue entry (context ``Errors``), such as a reason."""

    __slots__ = ()


class Nested:
    """A whole message filled into another (a reader's finding inside a refusal): its own context, template and
    values, rendered in the same language as the message around it."""

    __slots__ = ("context", "template", "values")

    def __init__(self, context: str, template: str, values: Mapping[str, object]) -> None:
        self.context = context
        self.template = template
        self.values = values

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, Nested):
            return NotImplemented
        return (self.context, self.template, self.values) == (other.context, other.template, other.values)

    __hash__ = None  # type: ignore[assignment]  # its values are a mapping

    def __repr__(self) -> str:
        return f"Nested({self.context!r}, {self.template!r}, {self.values!r})"


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


def catalogue_file(language: str) -> str | None:
    """The app's compiled catalogue for ``language``; none for English, the source strings' language."""
    language = normalise_language(language)
    return None if language == "en" else installed_file(RESOURCES, "translations", f"kesu_{language}.qm")


class Translator:
    """The app's catalogue for one language."""

    def __init__(self, language: str = DEFAULT_LANGUAGE) -> None:
        self.language = normalise_language(language)
        file = catalogue_file(self.language)
        self.catalogue = None if file is None else read_catalogue(file)

    def translate(self, context: str, text: str) -> str:
        if self.catalogue is None:
            return text
        return self.catalogue.get(context, text) or text

    def render(self, message: Message) -> str:
        """The message (an error's, typically) in this language, values filled in."""
        return self.format("Errors", message.template, message.values)

    def format(self, context: str, template: str, values: Mapping[str, object]) -> str:
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
            elif _is_named(value):
                value = value.name(self.language)
            localised[key] = value
        return self.translate(context, template).format(**localised)


def _is_named(value: object) -> TypeGuard[Named]:
    """Whether ``value`` is a :class:`Named` (a name method, where a path or an enum member has a name text)."""
    return callable(getattr(value, "name", None))
