"""When the disk or the file fails the store: a full disk and failing writes are injected for real (SQLite's
``max_page_count``, a file-size limit on the process), damage is made by overwriting pages, at start or while
the store is open. Each time the clerk gets a message in their language, nothing committed is lost, and work
goes on once the cause is gone."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import event, func, select

from db import models
from kesu_desktop.base.errors import DamagedStoreError, StoreError, StoreWriteError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.service import add_activity
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.backups import automatic_backup, make_backup, newest_good_backup
from kesu_desktop.store.database import Store, quick_check
from kesu_desktop.store.integrity import check_store
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.unit.test_backups import corrupt
from tests.unit.test_store import sample_activity

ROOT = Path(__file__).resolve().parents[2]
NOW = datetime(2025, 6, 18, 9, 30)


def activities(store: Store) -> list[str]:
    with store.reading() as session:
        return list(session.scalars(select(models.Activity.title).order_by(models.Activity.title)))


def add(store: Store, reference: ReferenceData, title: str) -> None:
    """An activity with long notes, so that every few saves need a new page."""
    record = dataclasses.replace(sample_activity(title), notes="活动内容" * 200)
    with store.transaction() as session:
        add_activity(session, UNIT_CODE, record, reference, actor="王晓燕")


@contextmanager
def disk_full(store: Store) -> Iterator[None]:
    """Every connection of ``store`` may not grow the database by a single page, as on a full disk. With no
    free pages inside the file, a change that needs a new page is refused."""
    with store.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA freelist_count").scalar() == 0

    def limit(dbapi_connection: object, _record: object) -> None:
        cursor = dbapi_connection.cursor()  # type: ignore[attr-defined]
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count = {pages}")
        cursor.close()

    store.engine.dispose()
    event.listen(store.engine, "connect", limit)
    try:
        yield
    finally:
        event.remove(store.engine, "connect", limit)
        store.engine.dispose()


def fill_until_refused(store: Store, reference: ReferenceData) -> tuple[list[str], StoreWriteError]:
    confirmed: list[str] = []
    for number in range(5000):
        title = f"讲座{number:05d}"
        try:
            add(store, reference, title)
        except StoreWriteError as error:
            return confirmed, error
        confirmed.append(title)
    raise AssertionError("the disk never filled up")


def test_a_full_disk_refuses_the_change_keeps_every_commit_and_saving_works_once_space_is_freed(unit_store, reference):
    add(unit_store, reference, "满盘之前")
    with disk_full(unit_store):
        confirmed, refused = fill_until_refused(unit_store, reference)
        assert activities(unit_store) == sorted(["满盘之前", *confirmed])
        with unit_store.reading() as session:
            assert session.scalar(select(func.count()).select_from(models.ChangeLog)) == len(confirmed) + 1

    message = Translator("zh_CN").render(refused)
    assert "磁盘已满" in message and str(unit_store.data_dir.root) in message
    assert "full" in Translator("en").render(refused)
    assert check_store(unit_store).ok
    add(unit_store, reference, "腾出空间之后")
    assert "腾出空间之后" in activities(unit_store)


def test_a_read_only_data_folder_is_explained(unit_store, reference):
    def read_only(dbapi_connection: object, _record: object) -> None:
        dbapi_connection.execute("PRAGMA query_only = ON")  # type: ignore[attr-defined]

    unit_store.engine.dispose()
    event.listen(unit_store.engine, "connect", read_only)
    try:
        with pytest.raises(StoreWriteError) as refused:
            add(unit_store, reference, "只读")
    finally:
        event.remove(unit_store.engine, "connect", read_only)
        unit_store.engine.dispose()
    assert "只读" in Translator("zh_CN").render(refused.value)
    assert activities(unit_store) == []


IO_FAILURE = textwrap.dedent(
    """
    import dataclasses, json, pathlib, resource, signal, sys
    from kesu_desktop.base.errors import StoreWriteError
    from kesu_desktop.base.paths import DataDir
    from kesu_desktop.store.startup import prepare_store
    from kesu_desktop.base.translation import Translator
    from tests.conftest import UNIT_CODE
    from tests.unit.test_store import sample_activity
    from kesu_desktop.records.service import add_activity

    store, reference = prepare_store(DataDir(pathlib.Path(sys.argv[1])))
    files = [store.data_dir.database, store.data_dir.database.with_name("kesu.sqlite3-wal")]

    def add(title):
        record = dataclasses.replace(sample_activity(title), notes="活动内容" * 200)
        with store.transaction() as session:
            add_activity(session, UNIT_CODE, record, reference, actor="王晓燕")

    add("限制之前")
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG
    limit = max(path.stat().st_size for path in files) + 512 * 1024
    unlimited = resource.getrlimit(resource.RLIMIT_FSIZE)
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, unlimited[1]))
    confirmed, message = [], None
    for number in range(5000):
        title = f"讲座{number:05d}"
        try:
            add(title)
        except StoreWriteError as error:
            message = Translator("zh_CN").render(error)
            break
        confirmed.append(title)
    resource.setrlimit(resource.RLIMIT_FSIZE, unlimited)
    add("限制解除之后")
    store.close()
    print(json.dumps({"confirmed": confirmed, "message": message}))
    """
)


@pytest.mark.skipif(sys.platform == "win32", reason="file-size limits (RLIMIT_FSIZE) are POSIX")
def test_failing_writes_are_explained_and_work_goes_on_afterwards(unit_store, reference):
    unit_store.close()
    run = subprocess.run(
        [sys.executable, "-c", IO_FAILURE, str(unit_store.data_dir.root)],
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    outcome = json.loads(run.stdout)
    assert outcome["message"] is not None, "the write limit was never reached"
    assert "没有保存" in outcome["message"]

    store, _reference = prepare_store(unit_store.data_dir)
    try:
        assert activities(store) == sorted(["限制之前", "限制解除之后", *outcome["confirmed"]])
        assert check_store(store).ok
    finally:
        store.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


@pytest.fixture
def many(unit_store, reference) -> Store:
    for number in range(60):
        add(unit_store, reference, f"讲座{number:03d}")
    return unit_store


def test_a_whole_database_passes_the_quick_check(many):
    assert quick_check(many.engine) == ["ok"]


def test_damaged_pages_are_found_at_start_and_nothing_is_written(many):
    many.close()
    database = many.data_dir.database
    corrupt(database)
    before = digest(database)

    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(many.data_dir)

    assert damaged.value.searched and damaged.value.newest_backup is None
    assert digest(database) == before
    message = Translator("zh_CN").render(damaged.value)
    assert "已损坏" in message and "没有找到完好的备份" in message


def test_a_file_that_is_not_a_database_is_reported_as_damaged(unit_store):
    unit_store.close()
    unit_store.data_dir.database.write_bytes(b"this is not a database " * 500)
    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(unit_store.data_dir)
    assert "not a database" in damaged.value.detail


def test_the_newest_good_backup_is_named_and_a_damaged_newer_one_is_passed_over(many, tmp_path):
    older = automatic_backup(many, NOW)
    newer = automatic_backup(many, NOW.replace(day=19))
    assert older is not None and newer is not None
    corrupt(newer)
    by_hand = make_backup(many, tmp_path / "stick", NOW.replace(hour=8))
    many.close()
    corrupt(many.data_dir.database)

    with pytest.raises(DamagedStoreError) as damaged:
        prepare_store(many.data_dir)

    assert damaged.value.newest_backup == older
    assert str(older) in Translator("en").render(damaged.value)
    by_hand.unlink()
    found = newest_good_backup(many.data_dir)
    assert found is not None and found.path == older


def test_damage_met_while_working_is_reported_with_the_advice_to_restart(many, reference):
    """The start-up check passed; the file is damaged afterwards, while the store is open (a failing disk)."""
    many.engine.dispose()  # SQLite's page cache would otherwise answer from memory
    corrupt(many.data_dir.database)

    with pytest.raises(StoreError) as damaged:
        activities(many)
    with pytest.raises(StoreError) as damaged_while_saving:
        add(many, reference, "损坏之后")

    for failure in (damaged.value, damaged_while_saving.value):
        assert not isinstance(failure, StoreWriteError)
        message = Translator("en").render(failure)
        assert message.startswith(f"The database {many.data_dir.database} turned out to be damaged (")
        assert message.endswith(
            "Close KeSu and start it again: it checks the database at start and offers to "
            "restore the newest good backup."
        )
        assert "\n" not in message
    assert "已损坏" in Translator("zh_CN").render(damaged.value)
