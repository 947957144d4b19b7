"""The folder that holds the program's own files, as a plain string: a source checkout's root, or a PyInstaller
bundle's (``sys._MEIPASS``).

A string, not a path object: the command line's help reads its catalogue from here before pathlib is loaded
(pathlib, with the URL parsing it imports, is a sixth of the time ``--help`` takes);
:mod:`~kesu_desktop.base.paths` builds its paths on it.
"""

from __future__ import annotations

import os
import sys

RESOURCES = "resources"


def installed_root() -> str:
    """The folder of ``resources/`` and ``db/migrations/``, from a source tree or a frozen bundle."""
    bundle_root: str | None = getattr(sys, "_MEIPASS", None)
    return bundle_root or os.path.dirname(os.path.dirname(os.path.dirname(os.path.realpath(__file__))))


def installed_file(*parts: str) -> str:
    """A file that ships with the app, under :func:`installed_root`."""
    return os.path.join(installed_root(), *parts)
