"""The SQLite store: connection settings, migrations, refusal of newer databases and backups."""

import sqlite3
import uuid
from datetime import date
from pathlib import Path

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Uuid, text

from db import models
from kesu_desktop.errors import NewerDatabaseError
from kesu_desktop.paths import DataDir
from kesu_desktop.records import ActivityInput, add_activity
from kesu_desktop.store import (
    MIGRATIONS,
    backup_database,
    create_sqlite_engine,
    current_revision,
    head_revision,
    migrate,
    open_store,
)
from tests.conftest import UNIT_CODE


def alembic_config() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    return config


def all_revisions() -> list[str]:
    """Every revision in the script directory, oldest first."""
    return [script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()][::-1]


def build_database_at(database: Path, revision: str) -> None:
    """A database whose schema is exactly ``revision``, as an older release would have left it."""
    database.parent.mkdir(parents=True, exist_ok=True)
    engine = create_sqlite_engine(database)
    try:
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, revision)
    finally:
        engine.dispose()


def schema_of(database: Path) -> list[tuple[str, str, str]]:
    connection = sqlite3.connect(database)
    try:
        return connection.execute("SELECT type, name, sql FROM sqlite_master ORDER BY type, name").fetchall()
    finally:
        connection.close()


def dump(database: Path) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, sorted, read with the plain sqlite3 module."""
    connection = sqlite3.connect(database)
    try:
        tables = [row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {table: sorted(connection.execute(f'SELECT * FROM "{table}"').fetchall(), key=repr) for table in tables}
    finally:
        connection.close()


def sample_activity(title: str = "科普讲座") -> ActivityInput:
    return ActivityInput(
        title=title,
        start_date=date(2024, 3, 5),
        end_date=date(2024, 3, 5),
        form_code="lecture",
        target_group_codes=("farmers",),
        participants=50,
        women=20,
    )


def test_every_connection_is_safe_and_durable(store_and_reference):
    store, _reference = store_and_reference
    store.engine.dispose()  # nothing pooled: the connections below are opened now
    connections = [store.engine.connect() for _ in range(3)]
    try:
        for connection in connections:
            assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
            assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2  # FULL
            assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() > 0
    finally:
        for connection in connections:
            connection.close()


def test_a_new_store_is_at_head_and_matches_the_models(store_and_reference):
    store, _reference = store_and_reference
    assert current_revision(store.engine) == head_revision()
    with store.engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), models.Base.metadata)
    assert differences == []


def test_a_database_from_a_newer_release_is_refused_untouched(data_dir: DataDir):
    open_store(data_dir).close()
    with sqlite3.connect(data_dir.database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before_bytes = data_dir.database.read_bytes()
    before_mtime = data_dir.database.stat().st_mtime_ns
    before_schema = schema_of(data_dir.database)

    with pytest.raises(NewerDatabaseError) as refused:
        open_store(data_dir)

    assert refused.value.values["revision"] == "ffff_future"
    assert data_dir.database.read_bytes() == before_bytes
    assert data_dir.database.stat().st_mtime_ns == before_mtime
    assert schema_of(data_dir.database) == before_schema
    assert not data_dir.upgrade_backups.exists()


def test_a_database_already_at_head_is_not_backed_up(data_dir: DataDir):
    build_database_at(data_dir.database, head_revision())
    open_store(data_dir).close()
    assert not data_dir.upgrade_backups.exists()


def test_a_database_at_revision_0001_opens(data_dir: DataDir):
    build_database_at(data_dir.database, "0001")
    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == head_revision()
    finally:
        store.close()


def test_the_revision_history_is_one_line_ending_at_head():
    revisions = all_revisions()
    assert revisions[0] == "0001"
    assert revisions[-1] == head_revision()
    assert len(set(revisions)) == len(revisions)


def test_every_older_revision_is_backed_up_then_upgraded(tmp_path: Path):
    """A database made by any earlier release reaches head, and a copy at its old revision is kept first.

    With only one revision there is nothing older yet; this starts to bite with the first new migration.
    """
    for revision in all_revisions()[:-1]:
        data_dir = DataDir(tmp_path / revision)
        build_database_at(data_dir.database, revision)
        store = open_store(data_dir)
        try:
            assert current_revision(store.engine) == head_revision()
        finally:
            store.close()
        backups = list(data_dir.upgrade_backups.iterdir())
        assert len(backups) == 1, revision
        backup_engine = create_sqlite_engine(backups[0])
        try:
            assert current_revision(backup_engine) == revision
        finally:
            backup_engine.dispose()


def test_migrating_a_database_at_head_again_changes_nothing(data_dir: DataDir):
    open_store(data_dir).close()
    before_bytes = data_dir.database.read_bytes()
    before_schema = schema_of(data_dir.database)

    engine = create_sqlite_engine(data_dir.database)
    try:
        migrate(engine, data_dir.upgrade_backups)
        migrate(engine, data_dir.upgrade_backups)
        assert current_revision(engine) == head_revision()
    finally:
        engine.dispose()
    open_store(data_dir).close()

    assert schema_of(data_dir.database) == before_schema
    assert data_dir.database.read_bytes() == before_bytes
    assert not data_dir.upgrade_backups.exists()


def test_a_backup_is_a_whole_database_with_the_same_rows(unit_store, reference, tmp_path: Path):
    with unit_store.transaction() as session:
        for number in range(5):
            add_activity(session, UNIT_CODE, sample_activity(f"讲座 {number}"), reference, actor="王晓燕")
    # Leave the newest rows in the WAL file: the backup must still contain them.
    with unit_store.engine.connect() as connection:
        assert connection.exec_driver_sql("SELECT count(*) FROM activity").scalar() == 5
        target = backup_database(unit_store.engine, tmp_path / "copies" / "backup.sqlite3")

    copy = sqlite3.connect(target)
    try:
        assert copy.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        copy.close()
    assert dump(target) == dump(unit_store.data_dir.database)
    assert len(dump(target)["activity"]) == 5


def test_records_are_keyed_by_uuid(unit_store, reference):
    for table in (models.Activity.__table__, models.Training.__table__):
        assert isinstance(table.c.id.type, Uuid)
    with unit_store.transaction() as session:
        stored = add_activity(session, UNIT_CODE, sample_activity(), reference, actor="王晓燕")
    assert isinstance(stored.meta.id, uuid.UUID)
    with unit_store.engine.connect() as connection:
        raw = connection.execute(text("SELECT id FROM activity")).scalar_one()
    assert uuid.UUID(raw) == stored.meta.id
