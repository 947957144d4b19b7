"""Properties of records: parts never exceed their whole, and whatever is accepted is stored exactly."""

from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.service import add_activity, add_training, list_activities, list_trainings
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.records.validation import COUNT_MAX, EARLIEST_DATE, validate_activity, validate_training
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE

TODAY = date.today()  # add_activity validates against the real date
FORMS = ["lecture", "report", "exhibition", "contest", "youth_camp", "outreach", "other"]
GROUPS = ["youth", "farmers", "workers", "elderly", "cadres", "public"]
CAMPAIGNS = [None, "", "science_day", "science_week", "smart_elderly"]
PROJECTS = [None, "resources", "grassroots"]
KINDS = ["high_quality_farmer", "rural_practical", "migrant_worker", "cadre", "teacher", "other"]

# Text as clerks type it, with the odd stray blank, full-width space or line break.
texts = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=60)
counts = st.none() | st.integers(min_value=0, max_value=COUNT_MAX)
whole = st.integers(min_value=0, max_value=COUNT_MAX)


@st.composite
def date_ranges(draw: st.DrawFn) -> tuple[date, date]:
    start = draw(st.dates(min_value=EARLIEST_DATE, max_value=TODAY))
    end = draw(st.dates(min_value=start, max_value=min(start + timedelta(days=60), TODAY)))
    return start, end


@st.composite
def activities(draw: st.DrawFn) -> ActivityInput:
    start, end = draw(date_ranges())
    participants = draw(st.none() | whole)
    return ActivityInput(
        title=draw(texts),
        start_date=start,
        end_date=end,
        form_code=draw(st.sampled_from(FORMS)),
        target_group_codes=tuple(draw(st.lists(st.sampled_from(GROUPS), min_size=1, max_size=4))),
        campaign_code=draw(st.sampled_from(CAMPAIGNS)),
        key_project_code=draw(st.sampled_from(PROJECTS)),
        venue=draw(texts),
        organiser=draw(texts),
        partners=draw(texts),
        participants=participants,
        women=draw(st.none() | st.integers(min_value=0, max_value=participants or 0)),
        volunteers=draw(counts),
        materials=draw(counts),
        notes=draw(texts),
    )


@st.composite
def trainings(draw: st.DrawFn) -> TrainingInput:
    start, end = draw(date_ranges())
    trainees = draw(whole)
    part = st.none() | st.integers(min_value=0, max_value=trainees)
    return TrainingInput(
        title=draw(texts),
        start_date=start,
        end_date=end,
        kind_code=draw(st.sampled_from(KINDS)),
        target_group_code=draw(st.sampled_from(GROUPS)),
        venue=draw(texts),
        organisation=draw(texts),
        sessions=draw(whole),
        trainees=trainees,
        women=draw(part),
        low_income=draw(part),
        certified=draw(part),
        hours=draw(st.none() | st.decimals(min_value=0, max_value=10_000, places=2)),
        notes=draw(texts),
    )


@pytest.fixture(scope="module")
def records_store(tmp_path_factory):
    """One store for every example: hypothesis runs many examples per test."""
    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("records")))
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)
    yield store, reference
    store.close()


@given(record=activities(), participants=whole, excess=st.integers(min_value=1, max_value=10**6))
def test_women_never_exceed_participants(shipped_reference, record, participants, excess):
    too_many = replace(record, title="讲座", participants=participants, women=participants + excess)
    with pytest.raises(ValidationError) as refused:
        validate_activity(too_many, shipped_reference, today=TODAY)
    assert refused.value.field == "women"


@given(record=trainings(), field=st.sampled_from(["women", "low_income", "certified"]), excess=st.integers(1, 10**6))
def test_no_part_of_the_trainees_exceeds_them(shipped_reference, record, field, excess):
    too_many = replace(record, title="培训", **{field: record.trainees + excess})
    with pytest.raises(ValidationError) as refused:
        validate_training(too_many, shipped_reference, today=TODAY)
    assert refused.value.field == field


@settings(max_examples=60)
@given(record=activities())
def test_an_accepted_activity_is_stored_exactly(records_store, record):
    store, reference = records_store
    try:
        clean = validate_activity(record, reference)
    except ValidationError:
        assume(False)
    with store.transaction() as session:
        added = add_activity(session, UNIT_CODE, record, reference, actor="王晓燕")
    assert added.data == clean
    with store.reading() as session:
        stored = {a.meta.id: a for a in list_activities(session, UNIT_CODE, clean.start_date, clean.start_date)}
    assert stored[added.meta.id].data == clean
    assert validate_activity(clean, reference) == clean  # cleaning is idempotent


@settings(max_examples=60)
@given(record=trainings())
def test_an_accepted_training_is_stored_exactly(records_store, record):
    store, reference = records_store
    try:
        clean = validate_training(record, reference)
    except ValidationError:
        assume(False)
    with store.transaction() as session:
        added = add_training(session, UNIT_CODE, record, reference, actor="王晓燕")
    assert added.data == clean
    with store.reading() as session:
        stored = {t.meta.id: t for t in list_trainings(session, UNIT_CODE, clean.start_date, clean.start_date)}
    assert stored[added.meta.id].data == clean
    assert stored[added.meta.id].data.hours is None or isinstance(stored[added.meta.id].data.hours, Decimal)
    assert validate_training(clean, reference) == clean


@settings(max_examples=30)
@given(record=activities(), women=st.integers(min_value=1, max_value=50))
def test_a_refused_record_stores_nothing(records_store, record, women):
    store, reference = records_store
    refused = replace(record, title="讲座", participants=0, women=women)
    with store.reading() as session:
        before = list_activities(session, UNIT_CODE, refused.start_date, refused.end_date)
    with pytest.raises(ValidationError), store.transaction() as session:
        add_activity(session, UNIT_CODE, refused, reference, actor="王晓燕")
    with store.reading() as session:
        assert list_activities(session, UNIT_CODE, refused.start_date, refused.end_date) == before
