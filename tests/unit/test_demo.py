"""Demo data: reproducible, plausible for a township, valid, and kept out of folders set up for real work."""

from collections import Counter
from datetime import date

import pytest

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.demo import DEMO_UNIT, fill_demo, month_starts
from kesu_desktop.records.service import add_activity, list_activities, list_trainings
from kesu_desktop.records.validation import validate_activity, validate_training
from kesu_desktop.store.installation import Setup, require_installation, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.unit.test_store import sample_activity

TODAY = date(2025, 11, 15)
SLACK_MONTHS = {1, 2, 3, 11, 12}


def records(store, unit: str = DEMO_UNIT):
    with store.reading() as session:
        everything = (date(2000, 1, 1), date(2100, 1, 1))
        return list_activities(session, unit, *everything), list_trainings(session, unit, *everything)


def fill(store, reference, **options):
    with store.transaction() as session:
        return fill_demo(session, reference, **{"months": 24, "seed": 7, "today": TODAY, **options})


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    """One demo folder filled with 24 months up to TODAY: (summary, activities, trainings, reference)."""
    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("demo")))
    try:
        summary = fill(store, reference)
        activities, trainings = records(store)
        with store.reading() as session:
            installation = require_installation(session)
    finally:
        store.close()
    return summary, activities, trainings, reference, installation


def test_the_demo_folder_is_marked_as_demo(demo):
    summary, _activities, _trainings, _reference, installation = demo
    assert installation.is_demo
    assert installation.setup.unit_code == summary.unit_code == DEMO_UNIT


def test_the_same_seed_gives_the_same_records(demo, tmp_path):
    _summary, activities, trainings, _reference, _installation = demo
    store, reference = prepare_store(DataDir(tmp_path / "again"))
    try:
        fill(store, reference)
        again_activities, again_trainings = records(store)
    finally:
        store.close()
    assert [(a.meta.id, a.data) for a in again_activities] == [(a.meta.id, a.data) for a in activities]
    assert [(t.meta.id, t.data) for t in again_trainings] == [(t.meta.id, t.data) for t in trainings]


def test_another_seed_gives_other_records(demo, tmp_path):
    _summary, activities, _trainings, _reference, _installation = demo
    store, reference = prepare_store(DataDir(tmp_path / "other"))
    try:
        fill(store, reference, seed=8)
        other_activities, _other_trainings = records(store)
    finally:
        store.close()
    assert {a.meta.id for a in other_activities}.isdisjoint({a.meta.id for a in activities})


def test_the_summary_counts_what_was_stored(demo):
    summary, activities, trainings, _reference, _installation = demo
    assert (summary.activities, summary.trainings) == (len(activities), len(trainings))
    assert summary.first_month == date(2023, 12, 1)


def test_every_one_of_the_24_months_has_activities(demo):
    _summary, activities, _trainings, _reference, _installation = demo
    months = {(a.data.start_date.year, a.data.start_date.month) for a in activities}
    assert months == {(m.year, m.month) for m in month_starts(TODAY, 24)}
    assert len(months) == 24


def test_month_starts_crosses_years():
    assert month_starts(date(2025, 2, 20), 3) == [date(2024, 12, 1), date(2025, 1, 1), date(2025, 2, 1)]


def test_every_target_group_appears(demo):
    _summary, activities, trainings, reference, _installation = demo
    served = {code for a in activities for code in a.data.target_group_codes}
    assert served == {group.code for group in reference.target_groups}
    assert {t.data.target_group_code for t in trainings} >= {"farmers", "workers", "cadres"}


def test_campaigns_fall_in_their_months(demo):
    _summary, activities, _trainings, _reference, _installation = demo
    by_campaign = {}
    for activity in activities:
        by_campaign.setdefault(activity.data.campaign_code, set()).add(
            (activity.data.start_date.year, activity.data.start_date.month)
        )
    assert by_campaign["science_week"] == {(2024, 5), (2025, 5)}
    assert by_campaign["science_day"] == {(2024, 9), (2025, 9)}


def test_farmer_trainings_are_mostly_in_the_slack_season(demo):
    _summary, _activities, trainings, _reference, _installation = demo
    farmer_months = [t.data.start_date.month for t in trainings if t.data.target_group_code == "farmers"]
    assert len(farmer_months) >= 10
    in_slack = sum(1 for month in farmer_months if month in SLACK_MONTHS)
    assert in_slack / len(farmer_months) >= 0.7, Counter(farmer_months)


def test_nothing_is_dated_after_today(demo):
    _summary, activities, trainings, _reference, _installation = demo
    for record in [*activities, *trainings]:
        assert record.data.start_date <= record.data.end_date <= TODAY


def test_every_record_passes_validation_unchanged(demo):
    _summary, activities, trainings, reference, _installation = demo
    for activity in activities:
        assert validate_activity(activity.data, reference, today=TODAY) == activity.data
    for training in trainings:
        assert validate_training(training.data, reference, today=TODAY) == training.data


def test_figures_are_plausible(demo):
    _summary, activities, trainings, _reference, _installation = demo
    assert all(a.data.participants and a.data.participants > 0 for a in activities)
    assert all(t.data.trainees and t.data.trainees > 0 and t.data.hours for t in trainings)


def test_running_the_demo_again_replaces_instead_of_adding(store_and_reference):
    store, reference = store_and_reference
    first = fill(store, reference)
    first_records = records(store)
    second = fill(store, reference)
    assert second == first
    activities, trainings = records(store)
    assert len(activities) == first.activities
    assert len(trainings) == first.trainings
    assert [a.meta.id for a in activities] == [a.meta.id for a in first_records[0]]


def test_a_folder_set_up_for_real_work_is_refused_untouched(unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity(), reference, actor="王晓燕")
    before = records(unit_store, UNIT_CODE)
    with unit_store.reading() as session:
        installation = require_installation(session)

    with pytest.raises(KesuError) as refused, unit_store.transaction() as session:
        fill_demo(session, reference, months=3, today=TODAY)

    assert "--data-dir" in str(refused.value)
    assert records(unit_store, UNIT_CODE) == before
    with unit_store.reading() as session:
        assert require_installation(session) == installation


def test_a_county_demo_folder_is_refused(store_and_reference):
    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(
            session, Setup(role="county", unit_code="141023000", clerk_name="刘"), reference, is_demo=True
        )
    with pytest.raises(KesuError), store.transaction() as session:
        fill_demo(session, reference, months=3, today=TODAY)


@pytest.mark.parametrize("months", [0, -1, 121])
def test_the_number_of_months_is_checked(store_and_reference, months):
    store, reference = store_and_reference
    with pytest.raises(KesuError), store.transaction() as session:
        fill_demo(session, reference, months=months, today=TODAY)
