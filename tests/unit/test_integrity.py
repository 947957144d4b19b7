"""The integrity check: a sound store passes; damage and broken references are reported, never raised; the app's
own connections cannot change the schema, and every guard removed or altered with another tool, and a setup or
demo mark changed with one, is reported as a plain problem."""

import json
import sqlite3
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date

import pytest
from sqlalchemy import text
from sqlalchemy.exc import DatabaseError

from kesu_desktop.base.errors import DamagedStoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.records import demo
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.records.service import add_activity
from kesu_desktop.store.database import Store, head_revision, migration_triggers
from kesu_desktop.store.installation import read_installation
from kesu_desktop.store.integrity import DEMO_ACTOR, check_store
from kesu_desktop.store.opening import open_store
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.unit.test_store import sample_activity


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


# --- the guards, and a setup changed outside KeSu (issue 10, point 6) ----------------------------------------


@pytest.fixture
def with_history(unit_store, reference) -> Store:
    """新城镇's real data folder with one activity, so one history entry."""
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity(), reference, actor="王晓燕")
    return unit_store


@contextmanager
def raw(store: Store) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to the store's file, as another tool would open it (no KeSu guards)."""
    store.close()
    connection = sqlite3.connect(store.data_dir.database)
    try:
        with connection:
            yield connection
    finally:
        connection.close()


def problems(store: Store) -> list[str]:
    translator = Translator("en")
    return [translator.format("Errors", problem.template, problem.values) for problem in check_store(store).problems]


GUARDS = migration_triggers(head_revision())


def test_the_guards_are_the_triggers_the_migrations_define():
    assert set(GUARDS) == {
        "change_log_no_update",
        "change_log_no_delete",
        "installation_is_demo_fixed",
        "installation_single_insert",
        "installation_no_delete",
    }
    assert all(definition.strip().startswith(f"CREATE TRIGGER {name} ") for name, definition in GUARDS.items())


def test_the_demo_actor_is_the_one_the_demo_data_writes():
    assert DEMO_ACTOR == demo.DEMO_ACTOR


@pytest.mark.parametrize(
    "statement",
    [
        "DROP TRIGGER change_log_no_update",
        "DROP TRIGGER IF EXISTS change_log_no_delete",
        "CREATE TRIGGER sneaky AFTER INSERT ON activity BEGIN DELETE FROM change_log; END",
        "CREATE TEMP TRIGGER sneaky BEFORE UPDATE ON change_log BEGIN SELECT 1; END",
        "DROP TABLE change_log",
        "ALTER TABLE change_log RENAME TO old_change_log",
        "PRAGMA writable_schema = ON",
    ],
)
def test_the_apps_own_connections_refuse_to_change_the_schema(with_history, statement):
    history = dump_history(with_history)
    with pytest.raises(DatabaseError, match="not authorized"), with_history.transaction() as session:
        session.execute(text(statement))
    with pytest.raises(DatabaseError, match="not authorized"), with_history.engine.begin() as connection:
        connection.exec_driver_sql(statement)
    assert dump_history(with_history) == history
    assert check_store(with_history).ok


def dump_history(store: Store) -> list[tuple[object, ...]]:
    with store.engine.connect() as connection:
        return [tuple(row) for row in connection.exec_driver_sql("SELECT * FROM change_log ORDER BY id")]


def test_a_dropped_guard_is_reported_once_the_history_was_rewritten(with_history):
    with raw(with_history) as connection:
        connection.execute("DROP TRIGGER change_log_no_update")
        connection.execute("UPDATE change_log SET actor = 'someone else'")
    assert problems(with_history) == [
        "The database has lost its guard change_log_no_update, which keeps the change history and the setup from "
        "being altered: it was removed outside KeSu. Ask the county office to look at this data folder."
    ]


def test_a_guard_made_again_with_another_body_is_reported_as_altered(with_history):
    with raw(with_history) as connection:
        connection.execute("DROP TRIGGER change_log_no_delete")
        connection.execute(GUARDS["change_log_no_delete"].replace("WHEN NOT EXISTS", "WHEN 0 AND NOT EXISTS"))
        connection.execute("DELETE FROM change_log WHERE 0")
    assert problems(with_history) == [
        "The database's guard change_log_no_delete was altered outside KeSu and may no longer keep the change "
        "history and the setup from being changed. Ask the county office to look at this data folder."
    ]


def test_a_guard_rewritten_in_sqlite_master_is_reported_as_altered(with_history):
    with raw(with_history) as connection:
        connection.execute("PRAGMA writable_schema = ON")
        connection.execute(
            "UPDATE sqlite_master SET sql = replace(sql, 'BEGIN', 'WHEN 0 BEGIN') WHERE name = 'change_log_no_update'"
        )
    assert [line.split(" was altered")[0] for line in problems(with_history)] == [
        "The database's guard change_log_no_update"
    ]


def test_a_trigger_added_outside_kesu_is_reported(with_history):
    with raw(with_history) as connection:
        connection.execute("CREATE TRIGGER tidy AFTER INSERT ON activity BEGIN SELECT 1; END")
    assert problems(with_history) == [
        "The database holds a trigger tidy that KeSu did not make: it was added outside KeSu. Ask the county office "
        "to look at this data folder."
    ]


def test_a_real_folder_turned_into_a_demo_behind_a_guard_put_back_is_reported(with_history):
    with raw(with_history) as connection:
        connection.execute("DROP TRIGGER installation_is_demo_fixed")
        connection.execute("UPDATE installation SET is_demo = 1")
        connection.execute(GUARDS["installation_is_demo_fixed"])
    assert problems(with_history) == [
        "This data folder is marked as a demo, but its change history or its returns are those of real work: the "
        "mark was set outside KeSu, which lets the history be deleted. Ask the county office to look at this data "
        "folder."
    ]


def test_a_demo_folder_turned_into_a_real_one_is_reported(store_and_reference):
    store, reference = store_and_reference
    with store.transaction() as session:
        fill_demo(session, reference, months=2, today=date(2025, 6, 30))
    assert check_store(store).ok
    with raw(store) as connection:
        connection.execute("DROP TRIGGER installation_is_demo_fixed")
        connection.execute("UPDATE installation SET is_demo = 0")
        connection.execute(GUARDS["installation_is_demo_fixed"])
    assert problems(store) == [
        "This data folder is marked for real work, but its change history or its returns come from demo data: the "
        "mark was changed outside KeSu, so demo records would pass for real ones. Ask the county office to look at "
        "this data folder."
    ]


def test_a_deleted_setup_is_reported_as_deleted_not_as_never_made(with_history):
    with raw(with_history) as connection:
        connection.execute("DROP TRIGGER installation_no_delete")
        connection.execute("DELETE FROM installation")
        connection.execute(GUARDS["installation_no_delete"])
    assert problems(with_history) == [
        "The setup of this data folder is missing although it holds records: it was deleted outside KeSu. Ask the "
        "county office to look at this data folder."
    ]


def test_a_setup_replaced_by_a_demo_one_is_reported(with_history):
    with raw(with_history) as connection:
        row = connection.execute("SELECT * FROM installation").fetchone()
        connection.execute("DROP TRIGGER installation_no_delete")
        connection.execute("DELETE FROM installation")
        connection.execute(GUARDS["installation_no_delete"])
        replaced = (*row[:9], 1, "2030-01-01 00:00:00.000000", *row[11:])
        connection.execute(f"INSERT INTO installation VALUES ({', '.join('?' * len(row))})", replaced)
    assert [line.split(":")[0] for line in problems(with_history)] == [
        "The setup of this data folder is dated 2030-01-01 00",
        "This data folder is marked as a demo, but its change history or its returns are those of real work",
    ]


def test_returns_exported_by_another_installation_are_reported(with_history):
    with with_history.reading() as session:
        installation = read_installation(session)
    assert installation is not None
    with raw(with_history) as connection:
        connection.execute(
            "INSERT INTO return_version (id, unit_code, period, version, exported_at, exported_by, fingerprint, "
            "files, payload) VALUES (?, ?, '2024-03', 1, '2024-04-02 09:00:00', '王晓燕', 'ab12', 'a.xlsx', ?)",
            (
                uuid.uuid4().hex,
                UNIT_CODE,
                json.dumps({"installation_id": str(installation.installation_id), "demo": False}),
            ),
        )
    assert check_store(with_history).ok
    other = uuid.uuid4()
    with raw(with_history) as connection:
        connection.execute("UPDATE installation SET installation_id = ?", (other.hex,))
    assert problems(with_history) == [
        f"The returns this data folder exported were made by another installation ({installation.installation_id}): "
        "its setup was replaced outside KeSu. Ask the county office to look at this data folder."
    ]
