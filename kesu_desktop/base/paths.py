"""Where things live: the per-user data folder, files inside a data folder, and bundled resources.

One resolver for resources serves both a source checkout and a PyInstaller bundle
(:mod:`~kesu_desktop.base.installed`). A file
named ``KeSu.portable`` beside the program (the executable of a build, ``main.py`` of a checkout) makes it
portable: its data folder is then ``KeSu-data`` beside it, so the program and its data travel together on a
stick or a shared drive.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import NamedTuple

from kesu_desktop.base.installed import RESOURCES, installed_file

APP_DIR_NAME = "KeSu"
PORTABLE_MARKER = "KeSu.portable"
PORTABLE_DATA_DIR = "KeSu-data"


def program_folder() -> Path:
    """The folder of the program: the executable's in a build, the checkout's root when run from source."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(__file__).resolve().parents[2]


def default_data_dir(program: Path | None = None) -> Path:
    """The folder that holds the live store when no ``--data-dir`` is given: ``KeSu-data`` beside a portable
    program (``program``, by default :func:`program_folder`), else the per-user data folder."""
    folder = program or program_folder()
    if (folder / PORTABLE_MARKER).is_file():
        return folder / PORTABLE_DATA_DIR
    import platformdirs  # here: only a command without --data-dir needs it

    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def installed_path(*parts: str) -> Path:
    """A file that ships with the app (``resources/``, ``db/migrations/``), from a source tree or a frozen bundle."""
    return Path(installed_file(*parts))


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return installed_path(RESOURCES, *parts)


class DataDir(NamedTuple):
    """The files kept in one data folder (a named tuple, not a dataclass: ``--help`` loads this module, and
    dataclasses cost it a tenth of its time)."""

    root: Path

    @property
    def database(self) -> Path:
        return self.root / "kesu.sqlite3"

    @property
    def log_file(self) -> Path:
        return self.root / "logs" / "kesu.log"

    @property
    def backups(self) -> Path:
        return self.root / "backups"

    @property
    def upgrade_backups(self) -> Path:
        return self.backups / "before-upgrade"

    @property
    def auto_backups(self) -> Path:
        return self.backups / "auto"

    @property
    def restore_backups(self) -> Path:
        return self.backups / "before-restore"

    def ensure(self) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
