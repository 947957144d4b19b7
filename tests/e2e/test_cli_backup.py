"""``backup --out DIR`` and ``restore FILE [--other-unit]`` end to end: a round trip through ``main.main`` brings
back the backed-up state and keeps the replaced one; a damaged file is refused in one line; a restore needs the
folder's password (also over a damaged database) and keeps it, and another unit's backup needs ``--other-unit``."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.e2e.test_cli import init, one_line, run, stored_setup
from tests.unit.test_backups import corrupt


def test_backup_then_restore_round_trip(capsys, tmp_path):
    data, stick = tmp_path / "data", tmp_path / "stick"
    assert init(capsys, data)[0] == 0

    code, stdout, _err = run(capsys, "backup", "--out", stick, "--data-dir", data)
    assert code == 0
    backup = Path(stdout.strip())
    assert backup.parent == stick and backup.name.startswith("kesu-backup-") and backup.is_file()

    assert run(capsys, "--data-dir", data, "init", "--unit", "新城镇", "--clerk", "赵丽")[0] == 0
    assert stored_setup(data).setup.clerk_name == "赵丽"

    code, stdout, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
    assert code == 0, err
    assert str(backup) in stdout and "before-restore" in stdout
    assert stored_setup(data).setup.clerk_name == "王晓燕"
    saved = list((data / "backups" / "before-restore").glob("kesu-backup-*.sqlite3"))
    assert len(saved) == 1


def test_restoring_a_damaged_file_is_refused_in_one_line(capsys, tmp_path):
    data = tmp_path / "data"
    assert init(capsys, data)[0] == 0
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"not a database at all" * 500)

    code, stdout, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", junk)

    assert code == 1 and stdout == ""
    assert "damaged" in err and len(err.strip().splitlines()) == 1
    assert stored_setup(data).setup.clerk_name == "王晓燕"


def test_backup_to_an_unwritable_place_fails_in_one_line(capsys, tmp_path):
    data = tmp_path / "data"
    assert init(capsys, data)[0] == 0
    blocker = tmp_path / "file"
    blocker.write_text("a file, not a folder")
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "backup", "--out", blocker / "sub")
    assert code == 1 and len(err.strip().splitlines()) == 1


def test_a_damaged_store_is_refused_in_one_line_naming_the_backup_that_restores_it(capsys, tmp_path):
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", data, "demo", "--months", "3")[0] == 0
    code, stdout, _err = run(capsys, "--data-dir", data, "backup", "--out", data / "backups" / "auto")
    assert code == 0
    backup = Path(stdout.strip())
    corrupt(data / "kesu.sqlite3")

    code, stdout, err = run(capsys, "--lang", "en", "--data-dir", data, "check")

    assert code == 1 and stdout == ""
    assert len(err.strip().splitlines()) == 1
    assert "is damaged" in err and str(backup) in err and "restore FILE" in err

    code, _stdout, err = run(capsys, "--data-dir", data, "restore", backup)
    assert code == 0, err
    code, stdout, err = run(capsys, "--lang", "en", "--data-dir", data, "check")
    assert code == 0, err
    assert list((data / "backups" / "before-restore").glob("kesu-damaged-*.sqlite3"))


PASSWORD = "xinchengzhen-2024"


@pytest.fixture
def no_password_in_the_environment(monkeypatch):
    monkeypatch.delenv("KESU_PASSWORD", raising=False)
    monkeypatch.delenv("KESU_NEW_PASSWORD", raising=False)


def set_password(capsys, monkeypatch, data: Path) -> None:
    monkeypatch.setenv("KESU_NEW_PASSWORD", PASSWORD)
    assert run(capsys, "--data-dir", data, "password", "set")[0] == 0
    monkeypatch.delenv("KESU_NEW_PASSWORD")


@pytest.mark.usefixtures("no_password_in_the_environment")
def test_restore_asks_for_the_password_and_a_backup_from_before_it_does_not_open_without_it(
    capsys, monkeypatch, tmp_path
):
    data = tmp_path / "data"
    assert init(capsys, data)[0] == 0
    backup = Path(run(capsys, "--data-dir", data, "backup", "--out", tmp_path / "stick")[1].strip())
    set_password(capsys, monkeypatch, data)

    code, out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
    assert (code, out) == (1, "")
    assert "KESU_PASSWORD" in one_line(err)
    monkeypatch.setenv("KESU_PASSWORD", "wrong")
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
    assert code == 1 and one_line(err) == "Error: Password: this is not the password of this data folder."
    assert not (data / "backups" / "before-restore").exists()

    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
    assert code == 0, err

    monkeypatch.delenv("KESU_PASSWORD")
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "check")
    assert code == 1 and "KESU_PASSWORD" in one_line(err)
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    assert run(capsys, "--data-dir", data, "check")[0] == 0


@pytest.mark.usefixtures("no_password_in_the_environment")
def test_a_backup_of_another_unit_is_refused_in_one_line_naming_the_flag_that_confirms_it(capsys, tmp_path):
    data, other = tmp_path / "data", tmp_path / "other"
    assert init(capsys, data)[0] == 0
    assert run(capsys, "--data-dir", other, "init", "--unit", "古城镇", "--clerk", "李明")[0] == 0
    backup = Path(run(capsys, "--data-dir", other, "backup", "--out", tmp_path / "stick")[1].strip())

    code, out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)

    assert (code, out) == (1, "")
    assert one_line(err) == (
        f"Error: The backup {backup} belongs to 古城镇, not to this folder's unit 新城镇; nothing was changed. To "
        "replace this folder's data with 古城镇's, run the command again with --other-unit."
    )
    assert stored_setup(data).setup.unit_code == "141023101"
    assert not (data / "backups" / "before-restore").exists()

    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup, "--other-unit")

    assert code == 0, err
    assert stored_setup(data).setup.clerk_name == "李明"


@pytest.mark.usefixtures("no_password_in_the_environment")
def test_over_a_damaged_database_restore_still_needs_the_password(capsys, monkeypatch, tmp_path):
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", data, "demo", "--months", "3")[0] == 0
    set_password(capsys, monkeypatch, data)
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    code, stdout, _err = run(capsys, "--data-dir", data, "backup", "--out", data / "backups" / "auto")
    assert code == 0
    backup = Path(stdout.strip())
    monkeypatch.delenv("KESU_PASSWORD")
    corrupt(data / "kesu.sqlite3")

    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
    assert code == 1 and "KESU_PASSWORD" in one_line(err)

    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
    assert code == 0, err
    assert list((data / "backups" / "before-restore").glob("kesu-damaged-*.sqlite3"))
    monkeypatch.delenv("KESU_PASSWORD")
    assert run(capsys, "--data-dir", data, "check")[0] == 1
