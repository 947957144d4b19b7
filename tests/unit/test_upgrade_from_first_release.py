"""A data folder of the first release (schema 0001) with a clerk's records in it: the app opens it, keeps a copy
at 0001 first, migrates it to the newest schema, and every record comes back as it was written (figures,
texts, dates, target groups, deleted ones in the bin)."""

from __future__ import annotations

import sqlite3
import uuid
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import select

from db import models
from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.database import current_revision, head_revision
from kesu_desktop.store.opening import open_store
from tests.unit.test_store import build_database_at

UNIT = "141023101"
WRITTEN = "2022-03-01 09:00:00.000000"


def _fill(database: Path) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """What the first release stored: its reference rows and 40 activities and 15 trainings, as plain SQL."""
    connection = sqlite3.connect(database)
    activities, trainings = [], []
    try:
        connection.execute("INSERT INTO unit VALUES (?, '新城镇', 'township', 1, 1)", (UNIT,))
        connection.execute("INSERT INTO activity_form VALUES ('lecture', '科普讲座', 'Lecture', 'lecture', 1)")
        for order, group in enumerate(("youth", "farmers", "elderly"), start=1):
            connection.execute("INSERT INTO target_group VALUES (?, ?, ?, ?)", (group, group, group, order))
        connection.execute(
            "INSERT INTO training_kind VALUES ('high_quality_farmer', '高素质农民', 'Farmers', 'farmers', 1)"
        )
        for number in range(40):
            day = date(2022, 1, 3) + timedelta(days=number * 5)
            row = {
                "id": uuid.UUID(int=number + 1),
                "title": f"第{number}场科普讲座：防范电信诈骗'\"%_",
                "start_date": day.isoformat(),
                "participants": None if number % 7 == 0 else 30 + number,
                "women": None if number % 7 == 0 else number,
                "notes": "多行\n备注" if number % 3 == 0 else "",
                "deleted": number % 10 == 9,
                "groups": ("youth", "elderly") if number % 2 else ("farmers",),
            }
            connection.execute(
                "INSERT INTO activity (id, unit_code, title, start_date, end_date, form_code, venue, organiser, "
                "partners, participants, women, volunteers, materials, notes, created_at, updated_at, deleted_at) "
                "VALUES (?, ?, ?, ?, ?, 'lecture', '文化广场', '镇科协', '', ?, ?, 2, 100, ?, ?, ?, ?)",
                (row["id"].hex, UNIT, row["title"], row["start_date"], row["start_date"], row["participants"],
                 row["women"], row["notes"], WRITTEN, WRITTEN, WRITTEN if row["deleted"] else None),
            )  # fmt: skip
            for position, group in enumerate(row["groups"]):
                connection.execute(
                    "INSERT INTO activity_target_group VALUES (?, ?, ?)", (row["id"].hex, group, position)
                )
            activities.append(row)
        for number in range(15):
            day = date(2022, 2, 1) + timedelta(days=number * 9)
            row = {"id": uuid.UUID(int=1000 + number), "start_date": day.isoformat(), "trainees": 20 + number}
            connection.execute(
                "INSERT INTO training (id, unit_code, title, start_date, end_date, kind_code, target_group_code, "
                "venue, organisation, sessions, trainees, women, low_income, certified, hours, notes, created_at, "
                "updated_at, deleted_at) VALUES (?, ?, '高素质农民培训班', ?, ?, 'high_quality_farmer', 'farmers', "
                "'农技站', '县农业农村局', 1, ?, 5, 0, 3, 12.5, '', ?, ?, NULL)",
                (row["id"].hex, UNIT, row["start_date"], row["start_date"], row["trainees"], WRITTEN, WRITTEN),
            )
            trainings.append(row)
        connection.commit()
    finally:
        connection.close()
    return activities, trainings


def test_a_first_release_folder_with_records_is_backed_up_migrated_and_keeps_every_record(tmp_path: Path):
    data_dir = DataDir(tmp_path / "folder")
    build_database_at(data_dir.database, "0001")
    activities, trainings = _fill(data_dir.database)
    store = open_store(data_dir)
    try:
        assert current_revision(store.engine) == head_revision()
        with store.reading() as session:
            stored = {row.id: row for row in session.scalars(select(models.Activity))}
            taught = {row.id: row for row in session.scalars(select(models.Training))}
            for expected in activities:
                row = stored.pop(expected["id"])
                assert (row.title, row.start_date.isoformat(), row.participants, row.women, row.notes) == (
                    expected["title"],
                    expected["start_date"],
                    expected["participants"],
                    expected["women"],
                    expected["notes"],
                )
                assert (row.deleted_at is not None) == expected["deleted"]
                groups = session.scalars(
                    select(models.ActivityTargetGroup.target_group_code)
                    .where(models.ActivityTargetGroup.activity_id == row.id)
                    .order_by(models.ActivityTargetGroup.position)
                )
                assert list(groups) == list(expected["groups"])
            for expected in trainings:
                row = taught.pop(expected["id"])
                assert (row.start_date.isoformat(), row.trainees, row.certified, float(row.hours)) == (
                    expected["start_date"],
                    expected["trainees"],
                    3,
                    12.5,
                )
            assert stored == {} and taught == {}
    finally:
        store.close()
    (copy,) = data_dir.upgrade_backups.iterdir()
    kept = sqlite3.connect(copy)
    try:
        assert kept.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert kept.execute("SELECT count(*) FROM activity").fetchone() == (len(activities),)
    finally:
        kept.close()
