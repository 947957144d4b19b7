"""Where the data folder is when none is given: beside a portable program (a ``KeSu.portable`` file beside it),
else the per-user folder; the command line and the GUI both start from it."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from kesu_desktop.base.paths import PORTABLE_DATA_DIR, PORTABLE_MARKER, default_data_dir, program_folder
from kesu_desktop.cli.main import parse_arguments


def test_a_program_with_the_marker_beside_it_keeps_its_data_beside_it(tmp_path: Path):
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    assert default_data_dir(tmp_path) == tmp_path / PORTABLE_DATA_DIR


def test_without_the_marker_the_data_is_the_users(tmp_path: Path):
    (tmp_path / PORTABLE_DATA_DIR).mkdir()  # a folder of that name alone does not make the program portable
    assert default_data_dir(tmp_path) == platformdirs.user_data_path("KeSu", appauthor=False, roaming=False)


def test_a_marker_that_is_a_folder_is_no_marker(tmp_path: Path):
    (tmp_path / PORTABLE_MARKER).mkdir()
    assert default_data_dir(tmp_path) != tmp_path / PORTABLE_DATA_DIR


def test_a_checkout_is_its_own_program_folder_and_the_command_line_uses_the_default(monkeypatch, tmp_path: Path):
    assert (program_folder() / "main.py").is_file()
    monkeypatch.setattr("kesu_desktop.base.paths.program_folder", lambda: tmp_path)
    (tmp_path / PORTABLE_MARKER).write_text("", encoding="utf-8")
    args, _translator = parse_arguments(["--lang", "en", "check"])
    assert args.data_dir == tmp_path / PORTABLE_DATA_DIR
