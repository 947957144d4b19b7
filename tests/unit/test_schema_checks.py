"""The database's CHECK constraints, on a store made by the migrations: each one refuses a row that breaks it
when written with plain SQL (past every check the app makes first), and the migrated schema holds exactly the
CHECKs the models declare. Alembic's ``compare_metadata`` does not compare CHECKs, so without these tests a
migration could drop one (``women <= participants``, say) unnoticed."""

from __future__ import annotations

import re
import sqlite3
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import CheckConstraint

from db import models
from kesu_desktop.store.database import Store
from tests.conftest import UNIT_CODE

# (table, constraint as SQLite names it, an assignment that breaks that constraint and no other)
VIOLATIONS = [
    ("installation", "ck_installation_single_row", "id = 2"),
    ("installation", "ck_installation_role", "role = 'township'"),
    ("activity", "ck_activity_dates", "end_date = '2024-03-04'"),
    ("activity", "ck_activity_participants", "participants = -1, women = NULL"),
    ("activity", "ck_activity_women", "women = -1"),
    ("activity", "ck_activity_women", "women = participants + 1"),
    ("activity", "ck_activity_volunteers", "volunteers = -1"),
    ("activity", "ck_activity_materials", "materials = -1"),
    ("training", "ck_training_dates", "end_date = '2024-03-04'"),
    ("training", "ck_training_sessions", "sessions = -1"),
    ("training", "ck_training_trainees", "trainees = -1, women = NULL, low_income = NULL, certified = NULL"),
    ("training", "ck_training_women", "women = -1"),
    ("training", "ck_training_women", "women = trainees + 1"),
    ("training", "ck_training_low_income", "low_income = -1"),
    ("training", "ck_training_low_income", "low_income = trainees + 1"),
    ("training", "ck_training_certified", "certified = -1"),
    ("training", "ck_training_certified", "certified = trainees + 1"),
    ("training", "ck_training_hours", "hours = -0.5"),
    ("stock_figure", "ck_stock_figure_value", "value = -1"),
    ("stock_figure", "ck_stock_figure_state", "not_applicable = 1"),
    ("stock_figure", "ck_stock_figure_state", "value = NULL"),
    ("signing_key", "ck_signing_key_single_row", "id = 2"),
    # Migration 0005 named this one "state", not by the naming convention (ck_return_version_state).
    ("return_version", "state", "state = 'lost'"),
    ("unit_key", "ck_unit_key_state", "state = 'trusted'"),
    ("received_record", "ck_received_record_record_type", "record_type = 'lecture'"),
    ("return_figure", "ck_return_figure_dimension", "dimension = 'lecture'"),
    ("ledger_record", "ck_ledger_record_record_type", "record_type = 'lecture'"),
    ("ledger_figure", "ck_ledger_figure_dimension", "dimension = 'stock'"),
    ("county_key", "ck_county_key_single_row", "id = 2"),
    ("figure_rollup", "ck_figure_rollup_scope", "scope = 'unit_month'"),
    ("county_settings", "ck_county_settings_deadline_day", "deadline_day = 29"),
    ("county_settings", "ck_county_settings_deadline_day", "deadline_day = 0"),
    ("target_entry", "ck_target_entry_part", "part = 'total'"),
    ("issued_report", "ck_issued_report_kind", "kind = 'monthly'"),
    ("survey_mapping", "ck_survey_mapping_source", "source = 'campaign'"),
]


def fill(database: Path) -> None:
    """One valid row in every table that has a CHECK (the installation and signing key are there already)."""
    connection = sqlite3.connect(database)
    try:
        with connection:
            connection.execute(
                "INSERT INTO activity (id, unit_code, title, start_date, end_date, form_code, venue, organiser, "
                "partners, participants, women, volunteers, materials, notes, created_at, updated_at) "
                "VALUES (?, ?, '科普讲座', '2024-03-05', '2024-03-05', 'lecture', '', '', '', 50, 20, 5, 100, '', "
                "'2024-03-05 10:00:00', '2024-03-05 10:00:00')",
                (uuid.uuid4().hex, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO training (id, unit_code, title, start_date, end_date, kind_code, target_group_code, "
                "venue, organisation, sessions, trainees, women, low_income, certified, hours, notes, created_at, "
                "updated_at) VALUES (?, ?, '果树修剪培训', '2024-03-05', '2024-03-06', 'high_quality_farmer', "
                "'farmers', '', '', 1, 40, 10, 5, 30, 12.0, '', '2024-03-05 10:00:00', '2024-03-05 10:00:00')",
                (uuid.uuid4().hex, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO stock_figure (unit_code, period, indicator_code, value, not_applicable, updated_at) "
                "VALUES (?, '2024-03', 'tech_volunteers', 120, 0, '2024-04-01 09:00:00')",
                (UNIT_CODE,),
            )
            connection.execute(
                "INSERT INTO return_version (id, unit_code, period, version, exported_at, exported_by, fingerprint, "
                "files, payload) VALUES (?, ?, '2024-03', 1, '2024-04-02 09:00:00', '王晓燕', 'ab12', 'a.xlsx', '{}')",
                (uuid.uuid4().hex, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO unit_key (unit_code, public_key, fingerprint, state, first_seen_at) "
                "VALUES (?, 'AAAA', 'ab12', 'pending', '2024-04-03 09:00:00')",
                (UNIT_CODE,),
            )
            received = uuid.uuid4().hex
            connection.execute(
                "INSERT INTO county_import (id, started_at, actor) VALUES (?, '2024-04-03 09:00:00', '李')",
                (received,),
            )
            connection.execute(
                "INSERT INTO received_return (id, import_id, unit_code, period, version, return_id, format_version, "
                "fingerprint, public_key, signature, sha256, source_path, received_at, early, demo, payload) "
                "VALUES (?, ?, ?, '2024-03', 1, 'r', 2, 'ab12', 'AAAA', 'sig', 'ff', 'E:/a.xlsx', "
                "'2024-04-03 09:00:00', 0, 0, '{}')",
                (received, received, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO received_record (return_id, record_type, record_id, start_date, end_date, data) "
                "VALUES (?, 'activity', 'a1', '2024-03-05', '2024-03-05', '{}')",
                (received,),
            )
            connection.execute(
                "INSERT INTO return_figure (return_id, dimension, key, group_code, count, participants, women, "
                "sessions, trainees, low_income, certified, not_applicable) "
                "VALUES (?, 'return', '', '', 1, 0, 0, 0, 0, 0, 0, 0)",
                (received,),
            )
            connection.execute(
                "INSERT INTO county_key (id, public_key, fingerprint, pinned_at, pinned_by) "
                "VALUES (1, 'AAAA', 'AB12-CD34', '2026-01-05 09:00:00', '王')"
            )
            ledger = uuid.uuid4().hex
            connection.execute(
                "INSERT INTO ledger_import (id, unit_code, file, sha256, imported_at, actor, records) "
                "VALUES (?, ?, '台账.xlsx', 'ff', '2026-01-05 09:00:00', '李', 1)",
                (ledger, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO ledger_record (import_id, unit_code, record_type, title, start_date, end_date, sheet, "
                "row, data) VALUES (?, ?, 'activity', '讲座', '2022-03-05', '2022-03-05', '活动', 5, '{}')",
                (ledger, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO ledger_figure (import_id, unit_code, period, dimension, key, group_code, count, "
                "participants, women, sessions, trainees, low_income, certified) "
                "VALUES (?, ?, '2022-03', 'activity', 'lecture', 'public', 1, 50, 20, 0, 0, 0, 0)",
                (ledger, UNIT_CODE),
            )
            connection.execute(
                "INSERT INTO figure_rollup (scope, unit_code, period, dimension, key, group_code, count, "
                "participants, women, sessions, trainees, low_income, certified) "
                "VALUES ('unit_year', ?, '2024', 'activity', 'lecture', 'public', 1, 50, 20, 0, 0, 0, 0)",
                (UNIT_CODE,),
            )
            connection.execute("INSERT INTO county_settings (id, deadline_day) VALUES (1, 5)")
            connection.execute(
                "INSERT INTO target_entry (plan_code, target_code, part, as_of, value, source, entered_at, "
                "entered_by) VALUES ('XF-2021-2025', 'literacy_rate', 'value', '2025-12-31', 15.2, '抽样调查', "
                "'2026-01-10 09:00:00', '李')"
            )
            connection.execute(
                "INSERT INTO issued_report (id, kind, scope, made_at, made_by, fingerprint, key_fingerprint, folder, "
                "files) VALUES (?, 'survey', '2025', '2026-01-10 09:00:00', '李', 'ab12', 'cd34', 'E:/', '[]')",
                (uuid.uuid4().hex,),
            )
            connection.execute(
                "INSERT INTO survey_mapping (source, code, row_code, set_at, set_by) "
                "VALUES ('activity_form', 'report', 'lecture', '2026-01-10 09:00:00', '李')"
            )
    finally:
        connection.close()


@pytest.fixture
def database(unit_store: Store) -> Iterator[Path]:
    unit_store.close()
    fill(unit_store.data_dir.database)
    yield unit_store.data_dir.database


@pytest.mark.parametrize(("table", "constraint", "assignment"), VIOLATIONS, ids=[f"{v[1]}: {v[2]}" for v in VIOLATIONS])
def test_each_check_refuses_a_row_that_breaks_it(database, table, constraint, assignment):
    connection = sqlite3.connect(database)
    try:
        before = connection.execute(f"SELECT * FROM {table}").fetchall()
        with pytest.raises(sqlite3.IntegrityError) as refused, connection:
            connection.execute(f"UPDATE {table} SET {assignment}")
        assert str(refused.value) == f"CHECK constraint failed: {constraint}"
        assert connection.execute(f"SELECT * FROM {table}").fetchall() == before
    finally:
        connection.close()


def normalised(sql: str) -> str:
    return " ".join(sql.split())


def checks_in_schema(database: Path) -> dict[str, list[str]]:
    """Each table's CHECK expressions, as the migrated schema holds them."""
    connection = sqlite3.connect(database)
    try:
        tables = connection.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    finally:
        connection.close()
    found: dict[str, list[str]] = {}
    for name, sql in tables:
        for match in re.finditer(r"\bCHECK\s*\(", sql):
            depth, start = 1, match.end()
            end = start
            while depth:
                depth += {"(": 1, ")": -1}.get(sql[end], 0)
                end += 1
            found.setdefault(name, []).append(normalised(sql[start : end - 1]))
    return {table: sorted(checks) for table, checks in found.items()}


def checks_in_models() -> dict[str, list[str]]:
    declared: dict[str, list[str]] = {}
    for table in models.Base.metadata.sorted_tables:
        for constraint in table.constraints:
            if isinstance(constraint, CheckConstraint):
                declared.setdefault(table.name, []).append(normalised(str(constraint.sqltext)))
    return {table: sorted(checks) for table, checks in declared.items()}


def test_the_migrated_schema_holds_exactly_the_checks_the_models_declare(database):
    assert checks_in_schema(database) == checks_in_models()


def test_every_check_constraint_has_a_violation_above(database):
    connection = sqlite3.connect(database)
    try:
        sql = " ".join(row[0] for row in connection.execute("SELECT sql FROM sqlite_master WHERE type = 'table'"))
    finally:
        connection.close()
    named = set(re.findall(r"CONSTRAINT (\w+) CHECK", sql))
    assert named == {constraint for _table, constraint, _assignment in VIOLATIONS}
    assert sum(len(checks) for checks in checks_in_schema(database).values()) == len(named)
