"""Starting the GUI removes the temporary files an interrupted export left in the last export folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from kesu_desktop.base.safe_write import TEMP_PREFIX, leftover_temporaries
from ui.app import remove_export_leftovers
from ui.returns.export_dialog import LAST_FOLDER_KEY


@pytest.fixture(autouse=True)
def isolated_settings(tmp_path):
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    QSettings().clear()
    yield
    QSettings().clear()


def test_the_last_export_folder_is_tidied(qapp, tmp_path: Path):
    folder = tmp_path / "stick"
    folder.mkdir()
    (folder / f"{TEMP_PREFIX}c0ffee.xlsx").write_bytes(b"half")
    (folder / "襄汾县科普月报_新城镇_2025年03月_第1版.xlsx").write_bytes(b"whole")
    QSettings().setValue(LAST_FOLDER_KEY, str(folder))
    remove_export_leftovers()
    assert leftover_temporaries(folder) == []
    assert (folder / "襄汾县科普月报_新城镇_2025年03月_第1版.xlsx").exists()


def test_no_last_folder_or_a_vanished_one_is_fine(qapp, tmp_path: Path):
    remove_export_leftovers()
    QSettings().setValue(LAST_FOLDER_KEY, str(tmp_path / "pulled-out"))
    remove_export_leftovers()
