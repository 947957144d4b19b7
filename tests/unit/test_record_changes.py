"""Editing, deleting to the bin, restoring, and the change history of records."""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest

from kesu_desktop.base.errors import RecordNotFoundError, ValidationError
from kesu_desktop.records.service import (
    add_activity,
    add_training,
    delete_record,
    get_activity,
    get_training,
    history,
    list_activities,
    restore_record,
    update_activity,
    update_training,
)
from kesu_desktop.records.types import ActivityInput, TrainingInput
from tests.conftest import UNIT_CODE, give_retired_form

DAY = date(2025, 3, 5)
ACTIVITY = ActivityInput(
    title="丁村果树冬季修剪技术讲座",
    start_date=DAY,
    end_date=DAY,
    form_code="lecture",
    target_group_codes=("farmers", "public"),
    venue="丁村",
    participants=80,
    women=30,
)
TRAINING = TrainingInput(
    title="高素质农民培育班",
    start_date=DAY,
    end_date=date(2025, 3, 9),
    kind_code="high_quality_farmer",
    target_group_code="farmers",
    sessions=1,
    trainees=45,
    women=20,
    hours=Decimal("30"),
)


@pytest.fixture
def store(unit_store):
    return unit_store


def _add(store, reference, data=ACTIVITY):
    with store.transaction() as session:
        return add_activity(session, UNIT_CODE, data, reference, actor="王晓燕")


def test_an_edit_changes_only_what_changed_and_records_old_and_new(store, reference):
    stored = _add(store, reference)
    with store.transaction() as session:
        update_activity(
            session, stored.meta.id, replace(ACTIVITY, participants=95, venue="丁村广场"), reference, actor="李建国"
        )
    with store.reading() as session:
        again = get_activity(session, stored.meta.id)
        changes = history(session, stored.meta.id)
    assert again.data == replace(ACTIVITY, participants=95, venue="丁村广场")
    assert [(c.action, c.field, c.old_value, c.new_value, c.actor) for c in changes] == [
        ("create", None, None, None, "王晓燕"),
        ("update", "venue", "丁村", "丁村广场", "李建国"),
        ("update", "participants", "80", "95", "李建国"),
    ]


def test_changing_target_groups_keeps_the_new_main_group_first(store, reference):
    stored = _add(store, reference)
    with store.transaction() as session:
        update_activity(
            session, stored.meta.id, replace(ACTIVITY, target_group_codes=("elderly", "farmers")), reference, actor="a"
        )
    with store.reading() as session:
        assert get_activity(session, stored.meta.id).data.target_group_codes == ("elderly", "farmers")
        change = history(session, stored.meta.id)[-1]
    assert (change.field, change.old_value, change.new_value) == (
        "target_group_codes",
        "farmers,public",
        "elderly,farmers",
    )


def test_saving_without_changes_records_nothing(store, reference):
    stored = _add(store, reference)
    with store.transaction() as session:
        update_activity(session, stored.meta.id, ACTIVITY, reference, actor="a")
        assert len(history(session, stored.meta.id)) == 1


def test_a_refused_edit_leaves_the_record_untouched(store, reference):
    stored = _add(store, reference)
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        update_activity(session, stored.meta.id, replace(ACTIVITY, women=500), reference, actor="a")
    assert caught.value.field == "women"
    with store.reading() as session:
        assert get_activity(session, stored.meta.id).data == ACTIVITY
        assert len(history(session, stored.meta.id)) == 1


def test_delete_moves_to_the_bin_and_restore_brings_back(store, reference):
    stored = _add(store, reference)
    with store.transaction() as session:
        delete_record(session, "activity", stored.meta.id, actor="a")
    with store.reading() as session:
        assert list_activities(session, UNIT_CODE, DAY, DAY) == []
        assert get_activity(session, stored.meta.id).meta.deleted_at is not None
    with store.transaction() as session:
        restore_record(session, "activity", stored.meta.id, actor="b")
    with store.reading() as session:
        assert [a.meta.id for a in list_activities(session, UNIT_CODE, DAY, DAY)] == [stored.meta.id]
        assert [c.action for c in history(session, stored.meta.id)] == ["create", "delete", "restore"]


def test_deleting_twice_or_restoring_a_live_record_records_nothing_more(store, reference):
    stored = _add(store, reference)
    with store.transaction() as session:
        restore_record(session, "activity", stored.meta.id, actor="a")
        delete_record(session, "activity", stored.meta.id, actor="a")
        delete_record(session, "activity", stored.meta.id, actor="a")
        assert [c.action for c in history(session, stored.meta.id)] == ["create", "delete"]


def test_unknown_records_are_reported(store, reference):
    with pytest.raises(RecordNotFoundError), store.transaction() as session:
        update_activity(session, uuid.uuid4(), ACTIVITY, reference, actor="a")
    with pytest.raises(RecordNotFoundError), store.transaction() as session:
        delete_record(session, "training", uuid.uuid4(), actor="a")


def test_training_edit_and_history(store, reference):
    with store.transaction() as session:
        stored = add_training(session, UNIT_CODE, TRAINING, reference, actor="王晓燕")
    with store.transaction() as session:
        update_training(session, stored.meta.id, replace(TRAINING, certified=40), reference, actor="王晓燕")
    with store.reading() as session:
        assert get_training(session, stored.meta.id).data.certified == 40
        assert [(c.field, c.old_value, c.new_value) for c in history(session, stored.meta.id)][-1] == (
            "certified",
            None,
            "40",
        )


def test_a_record_keeps_its_retired_form_but_no_record_can_be_given_one(unit_store, reference):
    with unit_store.transaction() as session:
        old = add_activity(session, UNIT_CODE, ACTIVITY, reference, actor="王")
        give_retired_form(session, old.meta.id)
        kept = update_activity(
            session,
            old.meta.id,
            replace(ACTIVITY, form_code="practical_training", notes="照常修改"),
            reference,
            actor="王",
        )
        assert kept.data.form_code == "practical_training"
        update_activity(session, old.meta.id, replace(kept.data, form_code="lecture"), reference, actor="王")
        with pytest.raises(ValidationError) as back:
            update_activity(session, old.meta.id, kept.data, reference, actor="王")
        assert back.value.field == "form_code"  # once left, a retired form cannot be chosen again
        with pytest.raises(ValidationError):
            add_activity(session, UNIT_CODE, replace(ACTIVITY, form_code="practical_training"), reference, actor="王")
