"""Return versions and month locks: export locks a month, reopening needs a reason, statuses by date."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import save_figures
from kesu_desktop.records.locks import PeriodLockedError, locked_version
from kesu_desktop.records.query import RecordFilter, page
from kesu_desktop.records.service import add_activity, delete_record, update_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.reference.periods import month_period
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.ledger import (
    differences,
    finish_export,
    month_statuses,
    next_identity,
    reopen,
    reserve_export,
    versions,
)
from kesu_desktop.returns.manifest import build_payload, signed_manifest
from kesu_desktop.store.installation import read_installation, save_installation, signing_key
from tests.conftest import UNIT_CODE

MARCH = month_period(2025, 3)
DAY = date(2025, 3, 12)
LECTURE = ActivityInput(
    title="科普讲座",
    start_date=DAY,
    end_date=DAY,
    form_code="lecture",
    target_group_codes=("farmers",),
    participants=60,
)


def _export(store, reference, period=MARCH):
    with store.transaction() as session:
        installation = read_installation(session)
        identity = next_identity(session, UNIT_CODE, period.code, installation.installation_id)
        form = build_return_form(session, reference, installation, period, Translator("zh_CN"))
        manifest = signed_manifest(replace(form, version=identity.version), identity, signing_key(session))
        reserve_export(session, manifest, [Path("a.xlsx"), Path("a.pdf")], actor="王晓燕")
        return finish_export(session, str(manifest.payload["return_id"]))


@pytest.fixture
def store(unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, LECTURE, reference, actor="王晓燕")
    return unit_store


def test_export_locks_the_month_against_every_kind_of_change(store, reference):
    exported = _export(store, reference)
    assert exported.version == 1 and exported.files == ("a.xlsx", "a.pdf")
    with store.reading() as session:
        assert locked_version(session, UNIT_CODE, "2025-03") == 1
        record = page(session, RecordFilter("activity", UNIT_CODE))[0]
    attempts = [
        lambda s: add_activity(s, UNIT_CODE, LECTURE, reference, actor="a"),
        lambda s: update_activity(s, record.meta.id, replace(LECTURE, participants=61), reference, actor="a"),
        lambda s: update_activity(
            s,
            record.meta.id,
            replace(LECTURE, start_date=date(2025, 4, 1), end_date=date(2025, 4, 1)),
            reference,
            actor="a",
        ),
        lambda s: delete_record(s, "activity", record.meta.id, actor="a"),
        lambda s: save_figures(s, UNIT_CODE, "2025-03", {"schools": 3}, reference, actor="a"),
    ]
    for attempt in attempts:
        with pytest.raises(PeriodLockedError) as locked, store.transaction() as session:
            attempt(session)
        assert (locked.value.period, locked.value.version) == ("2025-03", 1)  # the GUI offers to reopen this
    message = Translator("zh_CN").render(PeriodLockedError("2025-03", 1))
    assert "2025-03" in message and "第1版" in message
    with store.transaction() as session:
        add_activity(
            session,
            UNIT_CODE,
            replace(LECTURE, start_date=date(2025, 4, 2), end_date=date(2025, 4, 2)),
            reference,
            actor="a",
        )


def test_moving_a_record_into_a_locked_month_is_refused(store, reference):
    with store.transaction() as session:
        april = add_activity(
            session,
            UNIT_CODE,
            replace(LECTURE, start_date=date(2025, 4, 2), end_date=date(2025, 4, 2)),
            reference,
            actor="a",
        )
    _export(store, reference)
    with pytest.raises(PeriodLockedError), store.transaction() as session:
        update_activity(session, april.meta.id, LECTURE, reference, actor="a")


def test_a_units_export_locks_its_own_month_only(store, reference):
    _export(store, reference)
    other = "141023102"
    with store.transaction() as session:
        assert locked_version(session, UNIT_CODE, MARCH.code) == 1
        assert locked_version(session, other, MARCH.code) is None
        assert locked_version(session, UNIT_CODE, "2025-04") is None
        add_activity(session, other, LECTURE, reference, actor="a")  # the same month of another unit stays open


def test_a_second_export_of_a_locked_month_is_refused(store, reference):
    _export(store, reference)
    with pytest.raises(PeriodLockedError):
        _export(store, reference)


def test_reopen_needs_a_reason_then_the_next_export_is_a_correction(store, reference):
    _export(store, reference)
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        reopen(session, UNIT_CODE, "2025-03", "   ", actor="a")
    assert caught.value.field == "reopen_reason"
    with store.transaction() as session:
        reopened = reopen(session, UNIT_CODE, "2025-03", "漏报一次讲座", actor="李建国")
    assert reopened.reopen_reason == "漏报一次讲座" and reopened.reopened_by == "李建国"
    with store.transaction() as session:
        add_activity(session, UNIT_CODE, replace(LECTURE, title="补报讲座", participants=40), reference, actor="a")
        identity = next_identity(session, UNIT_CODE, "2025-03", uuid.uuid4())
    assert identity.version == 2 and identity.is_correction
    second = _export(store, reference)
    assert second.version == 2
    with store.reading() as session:
        assert [v.version for v in versions(session, UNIT_CODE, "2025-03")] == [1, 2]
        assert locked_version(session, UNIT_CODE, "2025-03") == 2


def test_reopening_an_open_month_is_refused(store):
    with pytest.raises(KesuError), store.transaction() as session:
        reopen(session, UNIT_CODE, "2025-03", "why", actor="a")


def test_differences_list_changed_cells_and_records(store, reference):
    zh = Translator("zh_CN")
    with store.transaction() as session:
        installation = read_installation(session)
        identity = next_identity(session, UNIT_CODE, "2025-03", installation.installation_id)
        before = build_payload(build_return_form(session, reference, installation, MARCH, zh), identity)
        add_activity(session, UNIT_CODE, replace(LECTURE, title="补报讲座", participants=40), reference, actor="a")
        after = build_payload(build_return_form(session, reference, installation, MARCH, zh), identity)
    lines = differences(before, after, zh)
    assert any(line.startswith("新增记录：补报讲座") for line in lines)
    assert any("60 → 100" in line for line in lines)
    assert differences(before, before, zh) == []


def test_month_statuses_follow_the_deadline(store, reference):
    with store.transaction() as session:
        setup = read_installation(session).setup
        save_installation(session, replace(setup, reports_from="2025-01"), reference)
    _export(store, reference)
    with store.reading() as session:
        statuses = {s.period.code: s for s in month_statuses(session, UNIT_CODE, 2025, today=date(2025, 5, 3))}
    assert statuses["2025-03"].state == "exported" and statuses["2025-03"].latest.version == 1
    assert statuses["2025-02"].state == "overdue"
    assert statuses["2025-04"].state == "due" and statuses["2025-04"].deadline == date(2025, 5, 5)
    assert statuses["2025-05"].state == "not_due"
    with store.transaction() as session:
        reopen(session, UNIT_CODE, "2025-03", "更正", actor="a")
        assert month_statuses(session, UNIT_CODE, 2025, today=date(2025, 5, 3))[2].state == "reopened"
