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
from sqlalchemy import Uuid, delete, text, update
from sqlalchemy.exc import IntegrityError

from db import models
from db.search_tables import include_name
from kesu_desktop.base.errors import NewerDatabaseError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.service import add_activity, history
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.store.database import (
    MIGRATIONS,
    backup_database,
    create_sqlite_engine,
    current_revision,
    head_revision,
    migration_revisions,
    schema_changes_allowed,
)
from kesu_desktop.store.installation import read_installation
from kesu_desktop.store.opening import migrate, open_store
from kesu_desktop.store.startup import prepare_store
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
        with engine.begin() as connection, schema_changes_allowed(connection):
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
        context = MigrationContext.configure(connection, opts={"include_name": include_name})
        differences = compare_metadata(context, models.Base.metadata)
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
    assert revisions[-1] == head_revision() == ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert len(set(revisions)) == len(revisions)


def test_the_revisions_read_from_the_files_are_alembics_and_so_is_a_databases_revision(tmp_path: Path):
    """The store reads the migrations' revisions from their files and a database's from its table, so that a
    start needing no migration does not load Alembic; both must say what Alembic itself says."""
    script = ScriptDirectory.from_config(alembic_config())
    assert migration_revisions() == {rev.revision: rev.down_revision for rev in script.walk_revisions()}
    for revision in ("0001", head_revision()):
        database = tmp_path / f"{revision}.sqlite3"
        build_database_at(database, revision)
        engine = create_sqlite_engine(database)
        try:
            with engine.connect() as connection:
                assert MigrationContext.configure(connection).get_current_revision() == revision
            assert current_revision(engine) == revision
        finally:
            engine.dispose()
    empty = create_sqlite_engine(tmp_path / "empty.sqlite3")
    try:
        assert current_revision(empty) is None
    finally:
        empty.dispose()


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


def fill_at_0003(database: Path) -> uuid.UUID:
    """A set-up unit with one activity and its history, written as a release at revision 0003 wrote them."""
    record_id = uuid.uuid4()
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute("INSERT INTO unit VALUES ('141023101', '新城镇', 'town', 1, 1)")
            connection.execute("INSERT INTO activity_form VALUES ('lecture', '讲座', 'Lecture', '1', 1)")
            connection.execute(
                "INSERT INTO installation VALUES (1, :uuid, 'unit', '141023101', '王晓燕', '', '', '', 'zh_CN', 0, "
                "'2024-03-01 09:00:00', '2024-03-01 09:00:00')",
                {"uuid": uuid.uuid4().hex},
            )
            connection.execute("INSERT INTO signing_key VALUES (1, :key, '2024-03-01 09:00:00')", {"key": bytes(32)})
            connection.execute(
                "INSERT INTO activity VALUES (:id, '141023101', '科普讲座', '2024-03-05', '2024-03-05', 'lecture', "
                "NULL, NULL, '', '', '', 50, 20, NULL, NULL, '', '2024-03-05 10:00:00', '2024-03-06 10:00:00', NULL)",
                {"id": record_id.hex},
            )
            connection.executemany(
                "INSERT INTO change_log (record_id, record_type, action, field, old_value, new_value, actor, at) "
                "VALUES (:id, 'activity', :action, :field, :old, :new, '王晓燕', :at)",
                [
                    {"id": record_id.hex, "action": "create", "field": None, "old": None, "new": None,
                     "at": "2024-03-05 10:00:00"},
                    {"id": record_id.hex, "action": "update", "field": "participants", "old": "40", "new": "50",
                     "at": "2024-03-06 10:00:00"},
                ],
            )  # fmt: skip
    finally:
        connection.close()
    return record_id


def test_a_database_at_0003_with_records_and_history_keeps_every_row_at_head(data_dir: DataDir):
    build_database_at(data_dir.database, "0003")
    record_id = fill_at_0003(data_dir.database)
    before = dump(data_dir.database)

    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.reading() as session:
            installation = read_installation(session)
            changes = history(session, record_id)
            row = session.get(models.Installation, 1)
            assert row is not None and (row.password_hash, row.lock_after_minutes) == (None, 10)
    finally:
        store.close()

    after = dump(data_dir.database)
    for table in set(before) - {"alembic_version", "installation"}:
        assert after[table] == before[table], table
    assert after["installation"] == [(*before["installation"][0], None, 10, None)]
    assert installation is not None and installation.setup.clerk_name == "王晓燕"
    assert [(change.action, change.field, change.new_value) for change in changes] == [
        ("create", None, None),
        ("update", "participants", "50"),
    ]


def test_a_database_at_0004_keeps_its_exports_as_exported_and_its_installation_is_guarded(data_dir: DataDir):
    build_database_at(data_dir.database, "0003")
    fill_at_0003(data_dir.database)
    build_database_at(data_dir.database, "0004")
    connection = sqlite3.connect(data_dir.database)
    try:
        with connection:
            connection.execute(
                "INSERT INTO return_version (id, unit_code, period, version, exported_at, exported_by, fingerprint, "
                "files, payload) VALUES (:id, '141023101', '2024-03', 1, '2024-04-02 09:00:00', '王晓燕', 'ab12', "
                "'a.xlsx', '{}')",
                {"id": uuid.uuid4().hex},
            )
    finally:
        connection.close()

    open_store(data_dir).close()

    connection = sqlite3.connect(data_dir.database)
    try:
        assert connection.execute("SELECT state FROM return_version").fetchall() == [("exported",)]
        assert connection.execute("SELECT reports_from FROM installation").fetchall() == [(None,)]
        for tamper in (
            "INSERT OR REPLACE INTO installation (id, installation_id, role, unit_code, clerk_name, is_demo, "
            "created_at, updated_at, lock_after_minutes) VALUES (1, 'x', 'unit', '141023101', 'x', 1, "
            "'2024-03-01', '2024-03-01', 10)",
            "DELETE FROM installation",
            "UPDATE return_version SET state = 'lost'",
        ):
            with pytest.raises(sqlite3.IntegrityError), connection:
                connection.execute(tamper)
        assert connection.execute("SELECT is_demo FROM installation").fetchall() == [(0,)]
    finally:
        connection.close()


def test_downgrading_0004_drops_its_triggers_and_columns(data_dir: DataDir):
    build_database_at(data_dir.database, "0004")
    engine = create_sqlite_engine(data_dir.database)
    try:
        with engine.begin() as connection, schema_changes_allowed(connection):
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0003")
    finally:
        engine.dispose()
    schema = schema_of(data_dir.database)
    assert [name for kind, name, _sql in schema if kind == "trigger"] == []
    [(_kind, _name, installation)] = [entry for entry in schema if entry[1] == "installation"]
    assert "password_hash" not in installation and "lock_after_minutes" not in installation


@pytest.fixture
def history_rows(unit_store, reference) -> list[tuple[object, ...]]:
    """The unit store holding two activities, so two history entries."""
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity(), reference, actor="王晓燕")
        add_activity(session, UNIT_CODE, sample_activity("另一场讲座"), reference, actor="王晓燕")
    return dump(unit_store.data_dir.database)["change_log"]


@pytest.mark.parametrize(
    "tamper",
    [
        lambda session: session.execute(update(models.ChangeLog).values(actor="someone else")),
        lambda session: session.execute(update(models.ChangeLog).where(models.ChangeLog.id == 1).values(at=None)),
        lambda session: session.execute(delete(models.ChangeLog)),
        lambda session: session.execute(delete(models.ChangeLog).where(models.ChangeLog.id == 1)),
        lambda session: session.delete(session.get(models.ChangeLog, 1)),
        lambda session: setattr(session.get(models.ChangeLog, 2), "new_value", "forged"),
    ],
    ids=["update all", "update one", "delete all", "delete one", "delete an object", "change an object"],
)
def test_the_change_history_of_a_real_folder_cannot_be_altered(unit_store, history_rows, tamper):
    assert len(history_rows) == 2
    with pytest.raises(IntegrityError, match="change history cannot be"), unit_store.transaction() as session:
        tamper(session)
        session.flush()
    assert dump(unit_store.data_dir.database)["change_log"] == history_rows


def test_a_real_folder_cannot_be_turned_into_a_demo_folder(unit_store):
    with pytest.raises(IntegrityError, match="demo cannot be changed"), unit_store.transaction() as session:
        session.execute(update(models.Installation).values(is_demo=True))
    with unit_store.reading() as session:
        installation = read_installation(session)
    assert installation is not None and installation.is_demo is False


def test_a_database_at_0005_gains_the_county_inbox_and_keeps_its_exports(data_dir: DataDir):
    build_database_at(data_dir.database, "0003")
    fill_at_0003(data_dir.database)
    build_database_at(data_dir.database, "0005")
    tables_before = {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"}

    open_store(data_dir).close()

    tables = {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"}
    assert {"county_import", "import_file", "received_return", "received_record", "unit_key"} <= tables - tables_before
    connection = sqlite3.connect(data_dir.database)
    try:
        assert connection.execute("SELECT COUNT(*) FROM installation").fetchone() == (1,)
        connection.execute(
            "INSERT INTO unit_key (unit_code, public_key, fingerprint, state, first_seen_at) "
            "VALUES ('141023101', 'k1', 'f1', 'pinned', '2026-12-01')"
        )
        with pytest.raises(sqlite3.IntegrityError), connection:  # one pinned key a unit
            connection.execute(
                "INSERT INTO unit_key (unit_code, public_key, fingerprint, state, first_seen_at) "
                "VALUES ('141023101', 'k2', 'f2', 'pinned', '2026-12-01')"
            )
    finally:
        connection.close()


COUNTY_PICTURE_TABLES = {
    "return_figure",
    "figure_rollup",
    "county_settings",
    "unit_reporting_start",
    "target_share",
    "target_entry",
}
COUNTY_REPORT_TABLES = {"issued_report", "report_text", "survey_mapping"}
SEARCH_TABLES = {  # FTS5 keeps each search table's index in four tables of its own
    f"{records}_{kind}search{part}"
    for records in ("activity", "training")
    for kind in ("", "pairs_")  # the trigram tables (0009), the pair tables (0012)
    for part in ("", "_data", "_idx", "_docsize", "_config")
}
LEDGER_TABLES = {"ledger_mapping", "ledger_import", "ledger_record", "ledger_figure"}
BULLETIN_TABLES = {"send_back", "county_key", "county_bulletin"}


def test_a_database_at_0006_keeps_the_countys_own_plan_and_gains_the_measures(data_dir: DataDir):
    build_database_at(data_dir.database, "0006")
    connection = sqlite3.connect(data_dir.database)
    with connection:
        connection.execute(
            "INSERT INTO plan (code, name, document_no, start_year, end_year) "
            "VALUES ('XF-2021-2025', '县里改过的名称', '襄政办发〔2022〕23号', 2021, 2025)"
        )
        connection.execute(
            "INSERT INTO plan_target (plan_code, code, name_zh, name_en, kind, comparison, figure, measure_unit, "
            "sort_order) VALUES ('XF-2021-2025', 'volunteers', '科技志愿服务队员', 'Volunteers', 'stock', '>=', "
            "3500, '人', 0)"
        )
        for version in (1, 2):  # a return and its correction, imported by the release before
            connection.execute(
                "INSERT INTO received_return (id, import_id, unit_code, period, version, return_id, format_version, "
                "fingerprint, public_key, signature, sha256, source_path, received_at, early, demo, payload) VALUES "
                f"('{version:032x}', '{0:032x}', '141023101', '2024-03', {version}, 'r', 2, 'f', 'k', 's', 'h', "
                "'E:/', '2024-04-03 10:00:00', 0, 0, '{}')"
            )
    connection.close()
    tables_before = {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"}

    store, _reference = prepare_store(data_dir)
    store.close()

    assert {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"} - tables_before == (
        COUNTY_PICTURE_TABLES | COUNTY_REPORT_TABLES | SEARCH_TABLES | LEDGER_TABLES | BULLETIN_TABLES
    )
    connection = sqlite3.connect(data_dir.database)
    try:
        assert connection.execute("SELECT name, retired FROM plan").fetchall() == [("县里改过的名称", 0)]
        assert connection.execute("SELECT version, current FROM received_return ORDER BY version").fetchall() == [
            (1, 0),
            (2, 1),
        ]
        assert connection.execute("SELECT figure, measure FROM plan_target WHERE code = 'volunteers'").fetchall() == [
            (3500, '{"stock": "tech_volunteers"}')
        ]
    finally:
        connection.close()


def test_downgrading_0007_drops_the_county_picture(data_dir: DataDir):
    build_database_at(data_dir.database, "0007")
    engine = create_sqlite_engine(data_dir.database)
    try:
        with engine.begin() as connection, schema_changes_allowed(connection):
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0006")
    finally:
        engine.dispose()
    tables = {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"}
    assert not tables & COUNTY_PICTURE_TABLES


def test_downgrading_0008_drops_the_county_reports_and_the_major_events(data_dir: DataDir):
    build_database_at(data_dir.database, "0008")
    connection = sqlite3.connect(data_dir.database)
    with connection:
        connection.execute(
            "INSERT INTO received_return (id, import_id, unit_code, period, version, return_id, format_version, "
            "fingerprint, public_key, signature, sha256, source_path, received_at, early, demo, payload) VALUES "
            f"('{1:032x}', '{0:032x}', '141023101', '2024-03', 1, 'r', 2, 'f', 'k', 's', 'h', "
            "'E:/', '2024-04-03 10:00:00', 0, 0, '{}')"
        )
        for dimension in ("return", "major"):
            connection.execute(
                "INSERT INTO return_figure (return_id, dimension, key, group_code, count, participants, women, "
                f"sessions, trainees, low_income, certified, not_applicable) VALUES ('{1:032x}', '{dimension}', '', "
                "'', 1, 1200, 0, 0, 0, 0, 0, 0)"
            )
    connection.close()
    engine = create_sqlite_engine(data_dir.database)
    try:
        with engine.begin() as migrating, schema_changes_allowed(migrating):
            config = alembic_config()
            config.attributes["connection"] = migrating
            command.downgrade(config, "0007")
    finally:
        engine.dispose()
    tables = {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"}
    assert not tables & COUNTY_REPORT_TABLES
    connection = sqlite3.connect(data_dir.database)
    try:
        assert connection.execute("SELECT dimension FROM return_figure").fetchall() == [("return",)]
        with pytest.raises(sqlite3.IntegrityError):
            connection.execute(
                "INSERT INTO return_figure (return_id, dimension, key, group_code, count, participants, women, "
                f"sessions, trainees, low_income, certified, not_applicable) VALUES ('{1:032x}', 'major', '', '', "
                "1, 1200, 0, 0, 0, 0, 0, 0)"
            )
    finally:
        connection.close()


def test_downgrading_0006_drops_the_county_inbox(data_dir: DataDir):
    build_database_at(data_dir.database, "0006")
    engine = create_sqlite_engine(data_dir.database)
    try:
        with engine.begin() as connection, schema_changes_allowed(connection):
            config = alembic_config()
            config.attributes["connection"] = connection
            command.downgrade(config, "0005")
    finally:
        engine.dispose()
    tables = {name for kind, name, _sql in schema_of(data_dir.database) if kind == "table"}
    assert not tables & {"county_import", "import_file", "received_return", "received_record", "unit_key"}
