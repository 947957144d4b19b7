"""Backups: made with SQLite's backup API (complete while a WAL file holds committed data), rotated 14 daily +
12 monthly, and restored only from a whole backup this version can read, after saving the current state; a
restore needs the folder's password, keeps it in the restored database, and takes another unit's backup only
once confirmed."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from db import models
from kesu_desktop.base.errors import BackupError, DamagedBackupError, NewerBackupError, ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store import backups
from kesu_desktop.store.access import WrongPasswordError, has_password, set_password, verify_password
from kesu_desktop.store.backups import (
    automatic_backup,
    backup_name,
    backups_to_keep,
    check_backup,
    last_backup,
    make_backup,
)
from kesu_desktop.store.database import Store, current_revision, head_revision
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.restore import OtherUnitBackupError, check_restore, restore_backup
from kesu_desktop.store.startup import prepare_store
from tests.unit.test_store import build_database_at, fill_at_0003

NOW = datetime(2025, 6, 18, 9, 30, 0)


def dump(database: Path) -> list[str]:
    connection = sqlite3.connect(f"{database.resolve().as_uri()}?mode=ro", uri=True)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def wal(database: Path) -> Path:
    return database.with_name(database.name + "-wal")


def clerk(store: Store) -> str:
    with store.reading() as session:
        installation = read_installation(session)
    assert installation is not None
    return installation.setup.clerk_name


def set_clerk(store: Store, reference: ReferenceData, name: str) -> None:
    with store.transaction() as session:
        installation = read_installation(session)
        assert installation is not None
        setup = Setup(role="unit", unit_code=installation.setup.unit_code, clerk_name=name)
        save_installation(session, setup, reference, is_demo=installation.is_demo)


@pytest.fixture
def filled(store_and_reference: tuple[Store, ReferenceData]) -> Store:
    """A demo folder with three months of records."""
    store, reference = store_and_reference
    with store.transaction() as session:
        fill_demo(session, reference, months=3, seed=1, today=NOW.date())
    return store


def test_a_backup_holds_what_is_still_in_the_wal_file(filled, reference, tmp_path):
    set_clerk(filled, reference, "赵丽")
    database = filled.data_dir.database
    assert wal(database).stat().st_size > 0  # committed, not yet checkpointed into the main file

    path = make_backup(filled, tmp_path / "stick", NOW)

    assert path == tmp_path / "stick" / "kesu-backup-20250618-093000.sqlite3"
    assert dump(path) == dump(database)
    assert "赵丽" in "".join(dump(path))
    assert check_backup(path) == head_revision()
    assert not wal(path).exists()
    assert [p.name for p in path.parent.iterdir()] == [path.name]  # no temporary file left


def test_a_backup_made_while_a_reader_holds_the_wal_is_complete(filled, reference, tmp_path):
    database = filled.data_dir.database
    reader = sqlite3.connect(database)  # an open read transaction keeps the WAL from being checkpointed
    try:
        reader.execute("BEGIN")
        reader.execute("SELECT count(*) FROM activity").fetchone()
        set_clerk(filled, reference, "赵丽")
        assert wal(database).exists()
        path = make_backup(filled, tmp_path / "stick", NOW)
    finally:
        reader.close()
    restored = DataDir(tmp_path / "elsewhere")
    restore_backup(restored, path)
    store, _reference = prepare_store(restored)
    try:
        assert clerk(store) == "赵丽"
    finally:
        store.close()
    assert dump(path) == dump(database)


def test_a_backup_is_recorded_as_the_last_one(unit_store, tmp_path):
    assert last_backup(unit_store.data_dir) is None
    path = make_backup(unit_store, tmp_path / "stick", NOW)
    found = last_backup(unit_store.data_dir)
    assert found is not None
    assert (found.path, found.time) == (path.resolve(), NOW)


def test_last_backup_falls_back_to_the_automatic_backups(unit_store):
    automatic_backup(unit_store, NOW)
    backups._record_file(unit_store.data_dir).unlink()
    found = last_backup(unit_store.data_dir)
    assert found is not None and found.time == NOW and found.path.parent == unit_store.data_dir.auto_backups


def _rename_clerk(store: Store, name: str) -> None:
    with store.transaction() as session:
        session.get(models.Installation, 1).clerk_name = name


def test_the_daily_backup_is_made_once_a_day_and_on_every_close_after_a_change(unit_store):
    first = automatic_backup(unit_store, NOW)
    assert first is not None and first.parent == unit_store.data_dir.auto_backups
    assert automatic_backup(unit_store, NOW + timedelta(hours=3)) is None
    _rename_clerk(unit_store, "赵丽")
    closing = automatic_backup(unit_store, NOW + timedelta(hours=4), on_close=True)
    assert closing is not None
    next_day = automatic_backup(unit_store, NOW + timedelta(days=1))
    assert next_day is not None
    # The rotation keeps only the newest of each day.
    assert sorted(p.name for p in unit_store.data_dir.auto_backups.glob("kesu-backup-*")) == [
        closing.name,
        next_day.name,
    ]


def test_closing_without_a_change_since_the_last_backup_makes_none(unit_store):
    automatic_backup(unit_store, NOW)
    with unit_store.reading() as session:  # reading writes nothing
        assert session.get(models.Installation, 1) is not None
    assert automatic_backup(unit_store, NOW + timedelta(hours=1), on_close=True) is None
    assert len(list(unit_store.data_dir.auto_backups.glob("kesu-backup-*"))) == 1


def test_a_change_by_another_process_is_backed_up_on_close(unit_store):
    automatic_backup(unit_store, NOW)
    other = sqlite3.connect(unit_store.data_dir.database)
    with other:
        other.execute("UPDATE installation SET clerk_name = '赵丽'")
    other.close()
    closing = automatic_backup(unit_store, NOW + timedelta(hours=1), on_close=True)
    assert closing is not None
    connection = sqlite3.connect(closing)
    assert connection.execute("SELECT clerk_name FROM installation").fetchone() == ("赵丽",)
    connection.close()


def test_closing_backs_up_when_the_automatic_backups_were_removed(unit_store):
    first = automatic_backup(unit_store, NOW)
    assert first is not None
    first.unlink()
    assert automatic_backup(unit_store, NOW + timedelta(hours=1), on_close=True) is not None


def test_rotation_keeps_the_newest_of_14_days_and_of_12_months():
    start = datetime(2024, 1, 1, 8, 0)
    times = [start + timedelta(days=d, hours=h) for d in range(535) for h in (0, 9)]  # to 2025-06-18
    assert times[-1].date() == date(2025, 6, 18)
    keep = backups_to_keep(times)

    daily = {datetime(2025, 6, day, 17, 0) for day in range(5, 19)}
    monthly = {max(t for t in times if (t.year, t.month) == month) for month in _months(2024, 7, 12)}
    assert len(daily) == 14 and len(monthly) == 12
    assert keep == daily | monthly
    assert len(keep) == 14 + 12 - 1  # June 18th's evening backup is both the newest day and the newest month


def _months(year: int, month: int, count: int) -> list[tuple[int, int]]:
    months = []
    for _ in range(count):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def test_rotation_deletes_the_files_it_does_not_keep(unit_store):
    folder = unit_store.data_dir.auto_backups
    folder.mkdir(parents=True)
    start = datetime(2024, 1, 1, 8, 0)
    for day in range(400):
        (folder / backup_name(start + timedelta(days=day))).write_bytes(b"")
    (folder / "notes.txt").write_text("not a backup")

    made = automatic_backup(unit_store, start + timedelta(days=400))

    assert made is not None
    left = sorted(p.name for p in folder.glob("kesu-backup-*"))
    # 2025-01-22 … 2025-02-04 daily, and the last of each month from 2024-03 to 2025-02; January 31st and
    # February 4th are both a day's and a month's newest.
    assert len(left) == 14 + 12 - 2
    assert left[0] == "kesu-backup-20240331-080000.sqlite3"
    assert made.name in left
    assert (folder / "notes.txt").exists()


def corrupt(path: Path) -> None:
    """Overwrite the middle pages of a database with junk, leaving its header whole."""
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    for offset in range(2 * 4096, len(data) - 4096, 4096):
        data[offset : offset + 200] = bytes((offset + i) % 251 for i in range(200))
    path.write_bytes(bytes(data))


def test_a_damaged_backup_is_refused_and_the_live_database_is_untouched(filled, tmp_path):
    path = make_backup(filled, tmp_path / "stick", NOW)
    corrupt(path)
    before = dump(filled.data_dir.database)

    with pytest.raises(DamagedBackupError):
        check_backup(path)
    with pytest.raises(DamagedBackupError):
        restore_backup(filled, path)

    assert dump(filled.data_dir.database) == before
    assert not filled.data_dir.restore_backups.exists()


def test_a_file_that_is_no_database_is_refused(unit_store, tmp_path):
    junk = tmp_path / "kesu-backup-20250618-093000.sqlite3"
    junk.write_bytes(b"PK\x03\x04 this is a zip file, not a database" * 100)
    with pytest.raises(DamagedBackupError):
        restore_backup(unit_store, junk)
    with pytest.raises(BackupError):
        restore_backup(unit_store, tmp_path / "missing.sqlite3")
    assert clerk(unit_store) == "王晓燕"


def test_a_backup_from_a_newer_schema_is_refused(unit_store, tmp_path):
    path = make_backup(unit_store, tmp_path / "stick", NOW)
    connection = sqlite3.connect(path)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    connection.close()

    with pytest.raises(NewerBackupError) as refused:
        restore_backup(unit_store, path)
    assert refused.value.values["revision"] == "ffff_from_the_future"
    assert not unit_store.data_dir.restore_backups.exists()


def test_restore_saves_the_current_state_first_and_the_store_opens(filled, reference, tmp_path):
    original = clerk(filled)
    backup = make_backup(filled, tmp_path / "stick", NOW)
    set_clerk(filled, reference, "赵丽")
    current = dump(filled.data_dir.database)

    saved = restore_backup(filled, backup, NOW + timedelta(minutes=5))

    assert saved is not None and saved.parent == filled.data_dir.restore_backups
    assert dump(saved) == current
    assert clerk(filled) == original  # the store given reconnects to the restored file
    filled.close()
    store, _reference = prepare_store(filled.data_dir)
    try:
        assert clerk(store) == original
    finally:
        store.close()


def test_restore_into_a_data_folder_with_a_damaged_database_moves_it_aside(unit_store, tmp_path):
    backup = make_backup(unit_store, tmp_path / "stick", NOW)
    unit_store.close()
    database = unit_store.data_dir.database
    database.write_bytes(b"garbage" * 1000)

    saved = restore_backup(unit_store.data_dir, backup)

    assert saved is not None and saved.read_bytes() == b"garbage" * 1000
    store, _reference = prepare_store(unit_store.data_dir)
    try:
        assert clerk(store) == "王晓燕"
    finally:
        store.close()


# --- the folder's unit and password (issue 10, point 2) ------------------------------------------------------

PASSWORD = "xinchengzhen-2024"
OTHER_UNIT = "141023105"  # 古城镇


def set_password_of(store: Store, password: str) -> None:
    with store.transaction() as session:
        set_password(session, password, current=None)


def opens_with(data_dir: DataDir, password: str | None) -> bool:
    """Whether the folder opens without a password (None) or with ``password``."""
    store, _reference = prepare_store(data_dir)
    try:
        with store.reading() as session:
            return not has_password(session) if password is None else verify_password(session, password)
    finally:
        store.close()


@pytest.fixture
def other_unit_backup(tmp_path) -> Path:
    """A backup of 古城镇's data folder, which has a password of its own."""
    store, reference = prepare_store(DataDir(tmp_path / "other"))
    try:
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code=OTHER_UNIT, clerk_name="李明"), reference)
            set_password(session, "another unit's password", current=None)
        return make_backup(store, tmp_path / "other-stick", NOW)
    finally:
        store.close()


def test_a_backup_from_before_the_password_keeps_the_folders_password(unit_store, reference, tmp_path):
    backup = make_backup(unit_store, tmp_path / "stick", NOW)
    set_password_of(unit_store, PASSWORD)
    unit_store.close()

    with pytest.raises(ValidationError):
        restore_backup(unit_store.data_dir, backup)
    with pytest.raises(WrongPasswordError):
        restore_backup(unit_store.data_dir, backup, password="not it")
    assert not unit_store.data_dir.restore_backups.exists()

    restore_backup(unit_store.data_dir, backup, password=PASSWORD)

    assert not opens_with(unit_store.data_dir, None)
    assert opens_with(unit_store.data_dir, PASSWORD)


def test_an_open_store_counts_as_unlocked_and_the_restored_database_keeps_its_password(unit_store, tmp_path):
    backup = make_backup(unit_store, tmp_path / "stick", NOW)
    set_password_of(unit_store, PASSWORD)
    restore_backup(unit_store, backup)
    unit_store.close()
    assert opens_with(unit_store.data_dir, PASSWORD)


def test_a_folder_without_a_password_stays_without_one(unit_store, other_unit_backup):
    restore_backup(unit_store, other_unit_backup, other_unit=True)
    unit_store.close()
    assert opens_with(unit_store.data_dir, None)


def test_a_backup_of_another_unit_is_refused_unless_confirmed(unit_store, other_unit_backup):
    check = check_restore(unit_store, other_unit_backup)
    assert check.other_unit
    assert check.folder_setup is not None and check.backup_setup.unit_name == "古城镇"
    before = dump(unit_store.data_dir.database)

    with pytest.raises(OtherUnitBackupError) as refused:
        restore_backup(unit_store, other_unit_backup)

    assert refused.value.values == {"file": str(other_unit_backup), "backup_unit": "古城镇", "folder_unit": "新城镇"}
    assert dump(unit_store.data_dir.database) == before
    assert not unit_store.data_dir.restore_backups.exists()
    set_password_of(unit_store, PASSWORD)

    restore_backup(unit_store, other_unit_backup, other_unit=True)

    with unit_store.reading() as session:
        installation = read_installation(session)
        assert installation is not None and installation.setup.unit_code == OTHER_UNIT
        assert verify_password(session, PASSWORD) and not verify_password(session, "another unit's password")


def test_a_backup_of_the_same_unit_needs_no_confirmation(unit_store, tmp_path):
    backup = make_backup(unit_store, tmp_path / "stick", NOW)
    assert not check_restore(unit_store, backup).other_unit


def test_a_backup_of_a_folder_never_set_up_is_refused(unit_store, tmp_path):
    empty, _reference = prepare_store(DataDir(tmp_path / "empty"))
    try:
        backup = make_backup(empty, tmp_path / "stick", NOW)
    finally:
        empty.close()
    with pytest.raises(BackupError, match="never set up"):
        restore_backup(unit_store, backup)
    assert clerk(unit_store) == "王晓燕"


def test_a_backup_from_before_passwords_existed_is_upgraded_and_keeps_the_folders_password(unit_store, tmp_path):
    old = tmp_path / "stick" / "kesu-backup-20240301-090000.sqlite3"
    build_database_at(old, "0003")
    fill_at_0003(old)
    set_password_of(unit_store, PASSWORD)

    restore_backup(unit_store, old)

    with unit_store.reading() as session:
        assert verify_password(session, PASSWORD)
    assert current_revision(unit_store.engine) == head_revision()


def test_over_a_damaged_database_the_password_of_the_folders_newest_good_backup_is_asked(unit_store, tmp_path):
    old = make_backup(unit_store, tmp_path / "stick", NOW)  # before the password
    set_password_of(unit_store, PASSWORD)
    automatic_backup(unit_store, NOW + timedelta(days=1))
    unit_store.close()
    unit_store.data_dir.database.write_bytes(b"not a database any more" * 1000)

    check = check_restore(unit_store.data_dir, old)
    assert check.needs_password
    with pytest.raises(ValidationError):
        restore_backup(unit_store.data_dir, old)

    restore_backup(unit_store.data_dir, old, password=PASSWORD)

    assert opens_with(unit_store.data_dir, PASSWORD)


def test_over_a_database_nothing_can_be_read_from_the_backup_keeps_its_own_password(other_unit_backup, tmp_path):
    data_dir = DataDir(tmp_path / "damaged")
    data_dir.ensure()
    data_dir.database.write_bytes(b"not a database any more" * 1000)
    check = check_restore(data_dir, other_unit_backup)
    assert (check.folder_setup, check.other_unit, check.needs_password) == (None, False, False)

    restore_backup(data_dir, other_unit_backup)

    assert opens_with(data_dir, "another unit's password")
