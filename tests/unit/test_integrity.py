"""The integrity check: a sound store passes; damage and broken references are reported, never raised."""

import sqlite3
import uuid
from datetime import date

import pytest

from kesu_desktop.base.errors import DamagedStoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.store.database import head_revision, open_store
from kesu_desktop.store.integrity import check_store
from kesu_desktop.store.startup import prepare_store


def test_a_set_up_store_passes(unit_store):
    report = check_store(unit_store)
    assert report.ok, report.problems
    assert (report.schema_revision, report.activities, report.trainings) == (head_revision(), 0, 0)


def test_a_store_not_set_up_is_reported(store_and_reference):
    store, _reference = store_and_reference
    report = check_store(store)
    assert not report.ok
    assert any("init" in problem.template for problem in report.problems)


def test_a_row_pointing_nowhere_is_reported(unit_store):
    unit_store.close()
    with sqlite3.connect(unit_store.data_dir.database) as connection:  # foreign keys are off by default here
        connection.execute(
            "INSERT INTO activity_target_group (activity_id, target_group_code, position) VALUES (?, 'youth', 0)",
            (uuid.uuid4().hex,),
        )
    connection.close()
    report = check_store(unit_store)
    assert not report.ok
    assert [problem.values.get("table") for problem in report.problems] == ["activity_target_group"]


def damage_table(database, table: str) -> None:
    """Overwrite the root page of one table with noise, leaving the rest of the file readable."""
    with sqlite3.connect(database) as connection:
        page_size = connection.execute("PRAGMA page_size").fetchone()[0]
        root = connection.execute("SELECT rootpage FROM sqlite_master WHERE name = ?", (table,)).fetchone()[0]
    connection.close()
    with database.open("r+b") as file:
        file.seek((root - 1) * page_size)
        file.write(bytes(range(256)) * (page_size // 256))


def test_a_damaged_file_is_reported_not_raised(tmp_path):
    data_dir = DataDir(tmp_path)
    store, reference = prepare_store(data_dir)
    with store.transaction() as session:
        fill_demo(session, reference, months=12, today=date(2025, 6, 30))
    store.close()
    store = open_store(data_dir)
    store.engine.dispose()  # damaged while the app is running: the start-up check has passed already
    damage_table(data_dir.database, "activity")
    try:
        report = check_store(store)
    finally:
        store.close()
    assert not report.ok
    assert any("damaged" in problem.template for problem in report.problems)


def test_a_file_damaged_while_closed_is_refused_at_the_next_start(tmp_path):
    data_dir = DataDir(tmp_path)
    store, reference = prepare_store(data_dir)
    with store.transaction() as session:
        fill_demo(session, reference, months=12, today=date(2025, 6, 30))
    store.close()
    damage_table(data_dir.database, "activity")

    with pytest.raises(DamagedStoreError) as damaged:
        open_store(data_dir)
    assert "\n" not in damaged.value.detail and "Page" in damaged.value.detail
