"""Where things live: the per-user data folder, files inside a data folder, and bundled resources.

One resolver for resources serves both a source checkout and a PyInstaller bundle (``sys._MEIPASS``).
"""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_DIR_NAME = "KeSu"


def default_data_dir() -> Path:
    """The per-user folder that holds the live store when no ``--data-dir`` is given."""
    return platformdirs.user_data_path(APP_DIR_NAME, appauthor=False, roaming=False)


def installed_path(*parts: str) -> Path:
    """A file that ships with the app (``resources/``, ``db/migrations/``), from a source tree or a frozen bundle."""
    bundle_root = getattr(sys, "_MEIPASS", None)
    root = Path(bundle_root) if bundle_root else Path(__file__).resolve().parents[2]
    return root.joinpath(*parts)


def resource_path(*parts: str) -> Path:
    """A file under ``resources/``."""
    return installed_path("resources", *parts)


@dataclass(frozen=True)
class DataDir:
    """The files kept in one data folder."""

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
