"""A county data folder whose store is on a real PostgreSQL server (issue 17): the folder remembers the server,
opens, checks, backs up and migrates there; its store moves onto a server and back, verified; a report's
reading session sees one snapshot. Skipped without ``KESU_TEST_POSTGRES_URL`` (see ``tests/postgres.py``)."""

from __future__ import annotations

import json
import threading
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from db import models
from kesu_desktop.base.errors import BackupError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.county.held.overall import held_totals
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store import moving
from kesu_desktop.store.backups import automatic_backup, check_backup, make_backup
from kesu_desktop.store.copying import TargetNotEmptyError, tallies, upgrade_to
from kesu_desktop.store.database import Store, create_sqlite_engine, current_revision, head_revision
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.integrity import check_store
from kesu_desktop.store.moving import MoveError, attach_to_server, move_to_file, move_to_server
from kesu_desktop.store.restore import restore_backup
from kesu_desktop.store.server import SERVER_FILE, ServerError, remember_server, remembered_server
from kesu_desktop.store.startup import prepare_store
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training
from tests.postgres import server_address

UNITS = ("141023101", "141023102")


def _fill(store: Store, reference: ReferenceData) -> None:
    returns = []
    for number, unit in enumerate(UNITS):
        for month in range(1, 7):
            day = date(2025, month, 2 + number)
            content = payload(
                reference,
                unit,
                f"2025-{month:02d}",
                activities=[activity(day, participants=30 + month)],
                trainings=[training(day, trainees=10 + number)],
            )
            returns.append((content, datetime(2025, month + 1, 3)))
    with store.transaction() as session:
        hold(session, reference, returns)


def _county_on_server(folder: Path, engine: Engine) -> tuple[Store, ReferenceData]:
    data_dir = DataDir(folder)
    attach_to_server(data_dir, server_address(engine))
    store, reference = prepare_store(data_dir)
    with store.transaction() as session:
        save_installation(session, Setup(role="county", unit_code="141023000", clerk_name="李明"), reference)
    return store, reference


def test_a_folder_remembers_its_server_without_a_password_and_opens_there(postgres_engine: Engine, tmp_path):
    store, reference = _county_on_server(tmp_path / "county", postgres_engine)
    try:
        assert store.server == server_address(postgres_engine)
        assert store.engine.dialect.name == "postgresql"
        _fill(store, reference)
    finally:
        store.close()
    saved = json.loads((tmp_path / "county" / SERVER_FILE).read_text(encoding="utf-8"))
    assert saved == {"format": "kesu-store-server", "version": 1, **server_address(postgres_engine).__dict__}
    assert not (tmp_path / "county" / "kesu.sqlite3").exists()
    again, _reference = prepare_store(DataDir(tmp_path / "county"))
    try:
        with again.reading() as session:
            assert read_installation(session) is not None
            assert held_totals(session).returns == 12
    finally:
        again.close()


def test_the_check_on_a_server_finds_a_guard_switched_off_and_a_trigger_added(postgres_engine: Engine, tmp_path):
    store, _reference = _county_on_server(tmp_path / "county", postgres_engine)
    try:
        report = check_store(store)
        assert report.ok, report.problems
        assert report.server == server_address(postgres_engine).describe()
        with postgres_engine.begin() as connection:
            connection.execute(text("ALTER TABLE change_log DISABLE TRIGGER change_log_no_update"))
            connection.execute(
                text("CREATE TRIGGER sneaky BEFORE UPDATE ON unit FOR EACH ROW EXECUTE FUNCTION change_log_no_delete()")
            )
        found = {problem.values.get("name"): problem.template for problem in check_store(store).problems}
        assert "was altered outside KeSu" in found["change_log_no_update"]
        assert "KeSu did not make" in found["sneaky"]
    finally:
        store.close()


def test_a_backup_of_a_server_store_is_a_sqlite_file_with_every_row(postgres_engine: Engine, tmp_path):
    store, reference = _county_on_server(tmp_path / "county", postgres_engine)
    try:
        _fill(store, reference)
        backup = make_backup(store, tmp_path / "stick")
        assert check_backup(backup) == head_revision()
        copy = create_sqlite_engine(backup)
        with copy.connect() as in_file, store.engine.connect() as on_server:
            assert tallies(in_file) == tallies(on_server)
        copy.dispose()
    finally:
        store.close()


def test_the_closing_backup_of_a_server_store_is_skipped_when_nothing_changed(postgres_engine: Engine, tmp_path):
    store, reference = _county_on_server(tmp_path / "county", postgres_engine)
    try:
        first = automatic_backup(store, datetime(2026, 3, 1, 9, 0), on_close=True)
        assert first is not None
        assert automatic_backup(store, datetime(2026, 3, 1, 10, 0), on_close=True) is None
        _fill(store, reference)
        assert automatic_backup(store, datetime(2026, 3, 1, 11, 0), on_close=True) is not None
    finally:
        store.close()


def test_a_server_store_at_an_older_revision_is_copied_into_a_file_before_it_is_upgraded(
    postgres_engine: Engine, tmp_path
):
    upgrade_to(postgres_engine, "0010")
    data_dir = DataDir(tmp_path / "county")
    remember_server(data_dir, server_address(postgres_engine))
    store, _reference = prepare_store(data_dir)
    store.close()
    assert current_revision(postgres_engine) == head_revision()
    (kept,) = data_dir.upgrade_backups.iterdir()
    assert kept.name.startswith("kesu-0010-")
    assert check_backup(kept) == "0010"


def test_a_restore_is_refused_over_a_store_on_a_server(postgres_engine: Engine, tmp_path):
    store, _reference = _county_on_server(tmp_path / "county", postgres_engine)
    try:
        backup = make_backup(store, tmp_path / "stick")
        with pytest.raises(BackupError, match="server"):
            restore_backup(store, backup)
    finally:
        store.close()


def test_a_county_store_moves_onto_a_server_and_back_with_every_row_and_total(postgres_engine: Engine, tmp_path):
    store, reference = county_store(tmp_path / "county")
    _fill(store, reference)
    with store.reading() as session:
        before = held_totals(session)
    store.close()
    data_dir = DataDir(tmp_path / "county")
    address = server_address(postgres_engine)

    report = move_to_server(data_dir, address, postgres_engine, now=datetime(2026, 12, 1, 9, 0))
    assert report.before == report.after
    assert report.rows > 12
    assert remembered_server(data_dir) == address
    assert not data_dir.database.exists()
    assert report.kept_file == data_dir.backups / "before-move" / "kesu-20261201-090000.sqlite3"
    assert check_backup(report.kept_file) == head_revision()
    on_server, _reference = prepare_store(data_dir)
    try:
        assert on_server.server == address
        with on_server.reading() as session:
            assert held_totals(session) == before
        with on_server.transaction() as session:  # the ids go on after the rows copied
            hold(session, reference, [(payload(reference, UNITS[0], "2025-07"), datetime(2025, 8, 2))])
    finally:
        on_server.close()

    back = move_to_file(data_dir, postgres_engine)
    assert back.before == back.after
    assert remembered_server(data_dir) is None
    in_file, _reference = prepare_store(data_dir)
    try:
        assert in_file.server is None
        with in_file.reading() as session:
            assert held_totals(session).returns == before.returns + 1
        assert check_store(in_file).ok
    finally:
        in_file.close()
    with postgres_engine.connect() as connection:  # the server's database is left as it was
        assert connection.execute(select(func.count()).select_from(models.ReceivedReturn)).scalar_one() == 13


def test_a_move_is_refused_into_a_database_that_holds_data_and_nothing_changes(postgres_engine: Engine, tmp_path):
    other, _reference = _county_on_server(tmp_path / "other", postgres_engine)
    other.close()
    store, reference = county_store(tmp_path / "county")
    _fill(store, reference)
    store.close()
    data_dir = DataDir(tmp_path / "county")
    with pytest.raises(TargetNotEmptyError):
        move_to_server(data_dir, server_address(postgres_engine), postgres_engine)
    assert remembered_server(data_dir) is None
    again, _reference = prepare_store(data_dir)
    with again.reading() as session:
        assert held_totals(session).returns == 12
    again.close()


def test_a_move_is_refused_into_another_programs_database(postgres_engine: Engine, tmp_path):
    with postgres_engine.begin() as connection:
        connection.execute(text("CREATE TABLE invoices (id integer primary key)"))
    store, _reference = county_store(tmp_path / "county")
    store.close()
    with pytest.raises(ServerError, match="invoices"):
        move_to_server(DataDir(tmp_path / "county"), server_address(postgres_engine), postgres_engine)


def test_a_folder_set_up_in_its_own_file_is_not_attached_to_a_server(postgres_engine: Engine, tmp_path):
    store, _reference = county_store(tmp_path / "county")
    store.close()
    with pytest.raises(MoveError, match="set up already"):
        attach_to_server(DataDir(tmp_path / "county"), server_address(postgres_engine))
    fresh, _reference = prepare_store(DataDir(tmp_path / "fresh"))  # a first start left off before its setup
    fresh.close()
    attach_to_server(DataDir(tmp_path / "fresh"), server_address(postgres_engine))
    assert not DataDir(tmp_path / "fresh").database.exists()


def test_a_report_on_a_server_sees_an_import_committed_meanwhile_not_at_all(postgres_engine: Engine, tmp_path):
    store, reference = _county_on_server(tmp_path / "county", postgres_engine)
    try:
        _fill(store, reference)
        with store.reading() as session:
            first = held_totals(session)
            writer = threading.Thread(
                target=lambda: _hold_one(store, reference, "2025-07"),
            )
            writer.start()
            writer.join()
            assert held_totals(session) == first  # the same snapshot, though the import has committed
        with store.reading() as session:
            assert held_totals(session).returns == first.returns + 1
    finally:
        store.close()


def _hold_one(store: Store, reference: ReferenceData, period: str) -> None:
    day = date(int(period[:4]), int(period[5:]), 9)
    content = payload(reference, UNITS[1], period, activities=[activity(day, participants=500)])
    with store.transaction() as session:
        hold(session, reference, [(content, datetime(2025, 8, 1))])


def test_a_database_holding_a_townships_store_is_not_opened(postgres_engine: Engine, tmp_path):
    data_dir = DataDir(tmp_path / "county")
    attach_to_server(data_dir, server_address(postgres_engine))
    store, reference = prepare_store(data_dir)
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code="141023101", clerk_name="王晓燕"), reference)
    store.close()
    with pytest.raises(ServerError, match="reporting unit's store"):
        prepare_store(data_dir)


def test_a_copy_that_does_not_match_leaves_the_folder_on_its_own_file(postgres_engine: Engine, tmp_path, monkeypatch):
    store, reference = county_store(tmp_path / "county")
    _fill(store, reference)
    store.close()
    data_dir = DataDir(tmp_path / "county")
    seen: list[dict[str, object]] = []

    def tallies_off_by_one(connection):  # the second tally (the copy's) misses a row of one table
        found = tallies(connection)
        if seen:
            found["received_return"] = replace(found["received_return"], rows=found["received_return"].rows - 1)
        seen.append(found)
        return found

    monkeypatch.setattr(moving, "tallies", tallies_off_by_one)
    with pytest.raises(MoveError, match="does not match"):
        move_to_server(data_dir, server_address(postgres_engine), postgres_engine)
    assert remembered_server(data_dir) is None
    assert data_dir.database.exists()
    again, _reference = prepare_store(data_dir)
    with again.reading() as session:
        assert held_totals(session).returns == 12
    again.close()
