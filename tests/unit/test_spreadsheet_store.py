"""How an import writes to the store: in bulk, with the same change history as records entered one by one,
holding the write lock only for its short writing phase, and saying plainly when another job holds it (two
real connections to one data folder)."""

from __future__ import annotations

import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from dataclasses import replace
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from db import models
from kesu_desktop.base.errors import RecordNotFoundError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.locks import PeriodLockedError
from kesu_desktop.records.service import (
    add_activity,
    add_records,
    add_training,
    get_records,
    history,
    list_activities,
    update_activity,
    update_records,
    update_training,
)
from kesu_desktop.records.types import Activity, ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.spreadsheet.importer import ADDED, ERROR, UNCHANGED, UPDATED, ImportReport, import_records
from kesu_desktop.spreadsheet.writer import export_records
from kesu_desktop.store import database
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.startup import prepare_store
from kesu_desktop.store.write_lock import ImportBusyError
from tests.conftest import UNIT_CODE, give_retired_form
from tests.spreadsheet_rows import activity_row, filled, training_row

CLERK = "王晓燕"
LECTURE = ActivityInput(
    "冬季果树管理讲座", date(2024, 3, 5), date(2024, 3, 5), "lecture", ("farmers", "elderly"), participants=120
)
COURSE = TrainingInput(
    "高素质农民培训班", date(2024, 3, 10), date(2024, 3, 12), "high_quality_farmer", "farmers", sessions=1, trainees=50
)


def unit_folder(path: Path) -> tuple[Store, ReferenceData]:
    store, reference = prepare_store(DataDir(path))
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name=CLERK), reference)
    return store, reference


@pytest.fixture
def second_store(unit_store: Store) -> Iterator[Store]:
    """Another connection to the same data folder, as a second KeSu (or a command) would open it."""
    store, _reference = prepare_store(unit_store.data_dir)
    yield store
    store.close()


def run_import(store: Store, reference: ReferenceData, path: Path, **options: object) -> ImportReport:
    with store.transaction() as session:
        return import_records(path, session, reference, UNIT_CODE, CLERK, **options)  # type: ignore[arg-type]


def count(store: Store) -> int:
    with store.reading() as session:
        return len(list_activities(session, UNIT_CODE, date(2000, 1, 1), date(2100, 1, 1)))


def changes(store: Store, record_id: uuid.UUID) -> list[tuple[str, str | None, str | None, str | None, str]]:
    with store.reading() as session:
        return [(c.action, c.field, c.old_value, c.new_value, c.actor) for c in history(session, record_id)]


@pytest.fixture
def exported(tmp_path: Path) -> tuple[Path, int]:
    """An export of 300 activities (with their record numbers) from another installation of the unit."""
    store, reference = unit_folder(tmp_path / "other")
    with store.transaction() as session:
        for number in range(300):
            add_activity(session, UNIT_CODE, replace(LECTURE, title=f"讲座{number}"), reference, actor=CLERK)
        export_records(tmp_path / "export.xlsx", session, reference, UNIT_CODE)
    store.close()
    return tmp_path / "export.xlsx", 300


# --- the history ---------------------------------------------------------------------------------------------


def test_imported_records_have_the_history_of_records_entered_by_hand(tmp_path, unit_store, reference):
    by_hand, _reference = unit_folder(tmp_path / "by-hand")
    numbered = uuid.uuid4()
    path = filled(
        tmp_path / "records.xlsx",
        reference,
        activities=[activity_row(), activity_row(活动名称="第二场", 记录编号=str(numbered))],
        trainings=[training_row(学时=2.5)],
    )
    added = run_import(unit_store, reference, path)
    assert [row.status for row in added.rows] == [ADDED, ADDED, ADDED]
    with unit_store.reading() as session:
        imported = get_records(session, [row.record_id for row in added.rows if row.record_id])
    with by_hand.transaction() as session:
        for record_id, record in imported.items():
            add = add_activity if isinstance(record, Activity) else add_training
            add(session, UNIT_CODE, record.data, reference, actor=CLERK, record_id=record_id)  # type: ignore[arg-type]
    workbook = load_workbook(path)
    workbook["活动"]["A2"], workbook["活动"]["E2"], workbook["活动"]["K2"] = "改过的名称", "老年人、农民", 95
    workbook["活动"]["P2"] = str(added.rows[0].record_id)
    workbook["活动"]["H3"] = "镇文化站"
    workbook["培训"]["M2"], workbook["培训"]["O2"] = 3, str(added.rows[2].record_id)
    workbook.save(path)
    updated = run_import(unit_store, reference, path)
    assert [row.status for row in updated.rows] == [UPDATED, UPDATED, UPDATED]
    with unit_store.reading() as session:
        now = get_records(session, list(imported))
    with by_hand.transaction() as session:
        for record_id, record in now.items():
            if isinstance(record, Activity):
                update_activity(session, record_id, record.data, reference, actor=CLERK)
            else:
                update_training(session, record_id, record.data, reference, actor=CLERK)  # type: ignore[arg-type]
    for record_id in imported:
        assert changes(unit_store, record_id) == changes(by_hand, record_id)
    first = added.rows[0].record_id
    assert first is not None
    assert ("update", "target_group_codes", "farmers", "elderly,farmers", CLERK) in changes(unit_store, first)
    assert ("update", "hours", "2.5", "3.0", CLERK) in changes(unit_store, added.rows[2].record_id)  # type: ignore[arg-type]
    with unit_store.reading() as session:
        assert now[first].data.target_group_codes == ("elderly", "farmers")
    by_hand.close()


def test_many_records_are_refused_together_when_one_is_in_a_locked_month(unit_store, reference):
    with unit_store.transaction() as session:
        session.add(
            models.ReturnVersion(
                unit_code=UNIT_CODE,
                period="2024-04",
                version=1,
                exported_at=datetime(2024, 5, 2),
                exported_by=CLERK,
                fingerprint="0" * 40,
                payload="{}",
            )
        )
    april = replace(LECTURE, start_date=date(2024, 4, 2), end_date=date(2024, 4, 2))
    with pytest.raises(PeriodLockedError), unit_store.transaction() as session:
        add_records(session, UNIT_CODE, [(uuid.uuid4(), LECTURE), (uuid.uuid4(), april)], reference, actor=CLERK)
    assert count(unit_store) == 0
    with unit_store.transaction() as session:
        march = add_activity(session, UNIT_CODE, LECTURE, reference, actor=CLERK)
    with pytest.raises(PeriodLockedError), unit_store.transaction() as session:
        update_records(session, [(march.meta.id, april)], reference, actor=CLERK)
    with pytest.raises(RecordNotFoundError), unit_store.transaction() as session:
        update_records(session, [(uuid.uuid4(), LECTURE)], reference, actor=CLERK)
    with pytest.raises(RecordNotFoundError), unit_store.transaction() as session:
        update_records(session, [(march.meta.id, COURSE)], reference, actor=CLERK)  # not a training
    with unit_store.reading() as session:
        assert get_records(session, [march.meta.id])[march.meta.id].data == LECTURE


def test_updating_many_records_keeps_objects_of_the_session_current(unit_store, reference):
    with unit_store.transaction() as session:
        course = add_training(session, UNIT_CODE, COURSE, reference, actor=CLERK)
        row = session.get(models.Training, course.meta.id)
        assert row is not None and row.trainees == 50
        update_records(session, [(course.meta.id, replace(COURSE, hours=Decimal("4")))], reference, actor=CLERK)
        assert row.hours == Decimal("4.0")


# --- the write lock --------------------------------------------------------------------------------------------


def test_reading_the_file_holds_no_lock_so_others_can_save_meanwhile(tmp_path, unit_store, second_store, reference):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row(活动名称=f"第{n}场") for n in range(3)])
    saved: list[str] = []

    def progress(done: int, total: int) -> bool:
        if not saved:  # the first call comes while the file is being read
            raw = sqlite3.connect(second_store.data_dir.database, timeout=0)
            try:
                raw.execute("BEGIN IMMEDIATE")  # would fail at once if the import held the write lock
                raw.execute("UPDATE installation SET clerk_phone = '0357-1'")
                raw.commit()
                saved.append("saved")
            finally:
                raw.close()
        return True

    report = run_import(unit_store, reference, path, progress=progress)
    assert saved == ["saved"] and report.stored and count(unit_store) == 3


@pytest.fixture
def short_wait(monkeypatch: pytest.MonkeyPatch) -> None:
    """SQLite waits a fifth of a second for a busy store (instead of ten) on connections opened from now on."""
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 200)


def test_an_import_that_meets_the_write_lock_says_so_plainly_and_stores_nothing(
    tmp_path, unit_store, reference, short_wait
):
    path = filled(tmp_path / "good.xlsx", reference, activities=[activity_row()])
    store, _reference = prepare_store(unit_store.data_dir)
    blocker = sqlite3.connect(unit_store.data_dir.database)
    try:
        blocker.execute("BEGIN IMMEDIATE")  # another job is saving
        with pytest.raises(ImportBusyError) as refused:
            run_import(store, reference, path)
        message = Translator("en").render(refused.value)
        assert message.startswith("Nothing was imported: another job is saving to this data folder right now")
        assert "\n" not in message
        assert run_import(store, reference, path, dry_run=True).count(ADDED) == 1  # a preview needs no lock
    finally:
        blocker.rollback()
        blocker.close()
    assert count(store) == 0
    assert run_import(store, reference, path).stored
    assert count(store) == 1
    store.close()


def _import_in_thread(
    store: Store, reference: ReferenceData, path: Path, progress, results: dict[str, object], key: str
) -> threading.Thread:
    def work() -> None:
        try:
            results[key] = run_import(store, reference, path, progress=progress)
        except Exception as error:  # handed to the test, which checks what it was
            results[key] = error

    thread = threading.Thread(target=work)
    thread.start()
    return thread


def test_a_second_import_of_the_same_file_waits_for_the_first_and_finds_its_rows_stored(
    unit_store, second_store, reference, exported
):
    path, rows = exported
    first_writing, second_read = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first(done: int, total: int) -> bool:
        if done > total // 2 and not first_writing.is_set():  # storing: the first import holds the lock
            first_writing.set()
            assert second_read.wait(30)
            time.sleep(0.3)  # the second import is asking for the lock by now
        return True

    def second(done: int, total: int) -> bool:
        if done >= total // 2:  # read and checked; next it asks for the lock the first import holds
            second_read.set()
        return True

    one = _import_in_thread(unit_store, reference, path, first, results, "first")
    assert first_writing.wait(30)
    two = _import_in_thread(second_store, reference, path, second, results, "second")
    one.join(60)
    two.join(60)
    first_report, second_report = results["first"], results["second"]
    assert isinstance(first_report, ImportReport) and first_report.count(ADDED) == rows
    assert isinstance(second_report, ImportReport), second_report
    assert second_report.count(UNCHANGED) == rows and second_report.count(ADDED) == 0
    assert count(unit_store) == rows


def test_a_second_import_that_waits_too_long_says_so_plainly(tmp_path, unit_store, reference, exported, short_wait):
    path, rows = exported
    first_writing, second_done = threading.Event(), threading.Event()
    results: dict[str, object] = {}

    def first(done: int, total: int) -> bool:
        if done > total // 2 and not first_writing.is_set():
            first_writing.set()
            assert second_done.wait(30)  # holds the lock until the second import has given up
        return True

    one = _import_in_thread(unit_store, reference, path, first, results, "first")
    assert first_writing.wait(30)
    impatient, _reference = prepare_store(unit_store.data_dir)
    try:
        with pytest.raises(ImportBusyError):
            run_import(impatient, reference, path)
    finally:
        second_done.set()
        impatient.close()
    one.join(60)
    assert isinstance(results["first"], ImportReport) and results["first"].stored
    with unit_store.reading() as session:
        assert session.scalar(select(models.ChangeLog.id).limit(1)) is not None
    assert count(unit_store) == rows


def test_a_record_with_a_retired_form_round_trips_and_a_new_row_cannot_take_it(tmp_path, unit_store, reference):
    with unit_store.transaction() as session:
        old = add_activity(session, UNIT_CODE, LECTURE, reference, actor=CLERK)
        give_retired_form(session, old.meta.id)
        export_records(tmp_path / "export.xlsx", session, reference, UNIT_CODE)
    workbook = load_workbook(tmp_path / "export.xlsx")
    assert workbook["活动"]["D2"].value == "实用技术培训"  # written by its name, so it reads back
    workbook["活动"]["K2"] = 130
    workbook["活动"].append(["新讲座", date(2024, 3, 6), date(2024, 3, 6), "实用技术培训", "农民", *[None] * 5, 20])
    workbook.save(tmp_path / "export.xlsx")
    report = run_import(unit_store, reference, tmp_path / "export.xlsx")
    assert report.rows[0].status == UPDATED
    assert report.rows[1].status == ERROR
    assert [(p.column, p.field) for p in report.rows[1].problems] == [("活动形式", "form_code")]
