"""``backup --out DIR`` and ``restore FILE`` end to end: a round trip through ``main.main`` brings back the
backed-up state and keeps the replaced one; a damaged file is refused in one line."""

from __future__ import annotations

from pathlib import Path

from tests.e2e.test_cli import init, run, stored_setup
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
