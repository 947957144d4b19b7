"""argparse's own words — "usage:", the headings of the help, its refusals of a bad command line — in the user's
language. argparse looks every such text up through its module's ``gettext`` at the moment it prints; the texts
are listed here for the catalogue (context ``argparse``) and :func:`speak` routes the lookups to the translator.
"""

from __future__ import annotations

import argparse

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator

WORDS = (
    QT_TRANSLATE_NOOP("argparse", "usage: "),
    QT_TRANSLATE_NOOP("argparse", "positional arguments"),
    QT_TRANSLATE_NOOP("argparse", "options"),
    QT_TRANSLATE_NOOP("argparse", "show this help message and exit"),
    QT_TRANSLATE_NOOP("argparse", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("argparse", "%(prog)s: error: %(message)s\n"),
    QT_TRANSLATE_NOOP("argparse", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("argparse", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("argparse", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("argparse", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("argparse", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("argparse", "expected one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at most one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected at least one argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s argument"),
    QT_TRANSLATE_NOOP("argparse", "expected %s arguments"),
    QT_TRANSLATE_NOOP("argparse", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("argparse", "one of the arguments %s is required"),
    QT_TRANSLATE_NOOP("argparse", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("argparse", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("argparse", "can't open '%(filename)s': %(error)s"),
)


def speak(tr: Translator) -> None:
    """Make argparse print its own words through ``tr`` from now on (argparse reads its module's ``_`` and
    ``ngettext`` each time it prints, so setting them is how its messages are localised)."""
    setattr(argparse, "_", lambda text: tr.translate("argparse", text))  # noqa: B010 - argparse has no API for it
    setattr(  # noqa: B010
        argparse, "ngettext", lambda one, many, count: tr.translate("argparse", one if count == 1 else many)
    )
