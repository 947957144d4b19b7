"""UI state kept between runs (last choices in the record editors, dialog sizes), stored with ``QSettings``
as an INI file in the data folder: it belongs to that folder's unit and clerk, and tests stay isolated.

Never data: anything a return depends on lives in the store.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QByteArray, QSettings

from kesu_desktop.base.paths import DataDir

FILE_NAME = "ui-state.ini"


def ui_settings(data_dir: DataDir) -> QSettings:
    return QSettings(str(data_dir.root / FILE_NAME), QSettings.Format.IniFormat)


def remembered_text(settings: QSettings, key: str) -> str:
    """The text kept under ``key``; empty when there is none (or something else was kept there)."""
    value = settings.value(key, "", str)
    return value if isinstance(value, str) else ""


class LastChoices:
    """The values an editor pre-fills in a new record: the ones used in the last record saved."""

    def __init__(self, data_dir: DataDir, record_type: str) -> None:
        self.data_dir = data_dir
        self.group = f"last_{record_type}"

    def read(self) -> dict[str, str]:
        settings = ui_settings(self.data_dir)
        settings.beginGroup(self.group)
        values = {key: str(settings.value(key, "")) for key in settings.childKeys()}
        settings.endGroup()
        return values

    def remember(self, values: dict[str, str | Iterable[str] | None]) -> None:
        settings = ui_settings(self.data_dir)
        settings.beginGroup(self.group)
        for key, value in values.items():
            # lists are kept as one comma-separated string: an INI list of one item reads back as a string
            text = "" if value is None else value if isinstance(value, str) else ",".join(value)
            settings.setValue(key, text)
        settings.endGroup()
        settings.sync()


def restore_geometry(data_dir: DataDir, key: str) -> QByteArray | None:
    value = ui_settings(data_dir).value(f"geometry/{key}")
    return value if isinstance(value, QByteArray) else None


def save_geometry(data_dir: DataDir, key: str, geometry: QByteArray) -> None:
    settings = ui_settings(data_dir)
    settings.setValue(f"geometry/{key}", geometry)
    settings.sync()
