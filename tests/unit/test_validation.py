"""Record validation: every rule names its field, in Chinese and in English, in a message of the catalogue with its
values filled in; accepted records are cleaned."""

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.fields import LABELS
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.records.validation import COUNT_MAX, NOTES_MAX, validate_activity, validate_training

TODAY = date(2025, 6, 15)
ACTIVITY = ActivityInput(
    title="果树冬季修剪技术讲座",
    start_date=date(2025, 6, 10),
    end_date=date(2025, 6, 11),
    form_code="lecture",
    target_group_codes=("farmers",),
    campaign_code="three_to_country",
    key_project_code="grassroots",
    venue="东街村文化活动广场",
    organiser="镇科协",
    participants=120,
    women=45,
    volunteers=6,
    materials=300,
)
TRAINING = TrainingInput(
    title="高素质农民培育班",
    start_date=date(2025, 3, 3),
    end_date=date(2025, 3, 7),
    kind_code="high_quality_farmer",
    target_group_code="farmers",
    sessions=1,
    trainees=50,
    women=20,
    low_income=8,
    certified=40,
    hours=Decimal("30"),
)

COMMON = {
    "title empty": ({"title": ""}, "title"),
    "title blank": ({"title": " \n\t　"}, "title"),
    "title too long": ({"title": "讲" * 201}, "title"),
    "start date missing": ({"start_date": None}, "start_date"),
    "start date not a date": ({"start_date": "2025-06-10"}, "start_date"),
    "start date too early": ({"start_date": date(1999, 12, 31)}, "start_date"),
    "end date too far ahead": ({"end_date": TODAY + timedelta(days=32)}, "end_date"),
    "start date tomorrow": (
        {"start_date": TODAY + timedelta(days=1), "end_date": TODAY + timedelta(days=1)},
        "start_date",
    ),
    "end date tomorrow": ({"end_date": TODAY + timedelta(days=1)}, "end_date"),
    "end before start": ({"start_date": date(2025, 6, 12), "end_date": date(2025, 6, 11)}, "end_date"),
}
ACTIVITY_CASES = {
    **COMMON,
    "unknown form": ({"form_code": "dance"}, "form_code"),
    "no form": ({"form_code": ""}, "form_code"),
    "no target group": ({"target_group_codes": ()}, "target_group_codes"),
    "unknown target group": ({"target_group_codes": ("farmers", "aliens")}, "target_group_codes"),
    "unknown campaign": ({"campaign_code": "christmas"}, "campaign_code"),
    "unknown key project": ({"key_project_code": "moonshot"}, "key_project_code"),
    "venue too long": ({"venue": "场" * 201}, "venue"),
    "organiser too long": ({"organiser": "协" * 201}, "organiser"),
    "partners too long": ({"partners": "联" * 301}, "partners"),
    "participants missing": ({"participants": None, "women": None}, "participants"),
    "participants negative": ({"participants": -1, "women": None}, "participants"),
    "participants a bool": ({"participants": True, "women": None}, "participants"),
    "participants a float": ({"participants": 12.5, "women": None}, "participants"),
    "participants a string": ({"participants": "120"}, "participants"),
    "participants too large": ({"participants": COUNT_MAX + 1, "women": None}, "participants"),
    "women negative": ({"women": -5}, "women"),
    "women a bool": ({"women": False}, "women"),
    "women more than participants": ({"women": 121}, "women"),
    "volunteers negative": ({"volunteers": -1}, "volunteers"),
    "materials a bool": ({"materials": True}, "materials"),
    "materials too large": ({"materials": 10**19}, "materials"),
}
TRAINING_CASES = {
    **COMMON,
    "unknown kind": ({"kind_code": "juggling"}, "kind_code"),
    "unknown target group": ({"target_group_code": "aliens"}, "target_group_code"),
    "no target group": ({"target_group_code": ""}, "target_group_code"),
    "venue too long": ({"venue": "场" * 201}, "venue"),
    "organisation too long": ({"organisation": "校" * 201}, "organisation"),
    "sessions missing": ({"sessions": None}, "sessions"),
    "sessions negative": ({"sessions": -1}, "sessions"),
    "trainees missing": ({"trainees": None, "women": None, "low_income": None, "certified": None}, "trainees"),
    "trainees a bool": ({"trainees": True}, "trainees"),
    "women more than trainees": ({"women": 51}, "women"),
    "low income more than trainees": ({"low_income": 51}, "low_income"),
    "certified more than trainees": ({"certified": 51}, "certified"),
    "low income negative": ({"low_income": -1}, "low_income"),
    "hours negative": ({"hours": Decimal("-0.5")}, "hours"),
    "hours above the range": ({"hours": Decimal("10000.1")}, "hours"),
    "hours a float": ({"hours": 2.5}, "hours"),
    "hours a string": ({"hours": "30"}, "hours"),
    "hours a bool": ({"hours": True}, "hours"),
    "hours not a number": ({"hours": Decimal("NaN")}, "hours"),
    "hours infinite": ({"hours": Decimal("Infinity")}, "hours"),
}


@pytest.fixture(scope="module")
def translators() -> dict[str, Translator]:
    return {language: Translator(language) for language in ("zh_CN", "en")}


def assert_names_the_field(error: ValidationError, field: str, translators: dict[str, Translator]) -> None:
    """The refusal names its field in each language, is in the catalogue (a message missing from it would reach
    a Chinese clerk in English) and fills every value it names (a value left out prints as None)."""
    assert error.field == field
    for language, translator in translators.items():
        message = translator.render(error)
        assert message.strip(), language
        assert translator.translate("Fields", LABELS[field]) in message, (language, message)
        assert "None" not in message and "{" not in message, (language, message)
    assert LABELS[field] in translators["en"].render(error)
    assert not re.search("[A-Za-z]{2,}", translators["zh_CN"].render(error)), translators["zh_CN"].render(error)


@pytest.mark.parametrize("case", ACTIVITY_CASES, ids=list(ACTIVITY_CASES))
def test_each_activity_rule_names_its_field(shipped_reference, translators, case):
    changes, field = ACTIVITY_CASES[case]
    with pytest.raises(ValidationError) as refused:
        validate_activity(replace(ACTIVITY, **changes), shipped_reference, today=TODAY)
    assert_names_the_field(refused.value, field, translators)


@pytest.mark.parametrize("case", TRAINING_CASES, ids=list(TRAINING_CASES))
def test_each_training_rule_names_its_field(shipped_reference, translators, case):
    changes, field = TRAINING_CASES[case]
    with pytest.raises(ValidationError) as refused:
        validate_training(replace(TRAINING, **changes), shipped_reference, today=TODAY)
    assert_names_the_field(refused.value, field, translators)


def test_a_good_activity_is_accepted_as_it_is(shipped_reference):
    assert validate_activity(ACTIVITY, shipped_reference, today=TODAY) == ACTIVITY


def test_a_good_training_is_accepted_as_it_is(shipped_reference):
    assert validate_training(TRAINING, shipped_reference, today=TODAY) == replace(TRAINING, hours=Decimal("30.0"))


def test_limits_themselves_are_accepted(shipped_reference):
    activity = replace(
        ACTIVITY,
        title="讲" * 200,
        start_date=date(2000, 1, 1),
        end_date=TODAY,
        participants=COUNT_MAX,
        women=COUNT_MAX,
        volunteers=0,
        materials=None,
    )
    assert validate_activity(activity, shipped_reference, today=TODAY) == activity
    training = replace(TRAINING, trainees=0, women=0, low_income=0, certified=0, hours=Decimal(10_000))
    assert validate_training(training, shipped_reference, today=TODAY).hours == Decimal("10000.0")


@pytest.mark.parametrize("hours", [Decimal(0), Decimal("0.5"), 1, Decimal("9999.9")])
def test_hours_from_nothing_to_the_limit_are_accepted(shipped_reference, hours):
    validated = validate_training(replace(TRAINING, hours=hours), shipped_reference, today=TODAY)
    assert validated.hours == Decimal(hours).quantize(Decimal("0.1"))


def test_a_trainings_texts_are_kept_without_the_spaces_around_them(shipped_reference):
    spaced = replace(TRAINING, title="  电商培训  ", venue=" 镇文化站 ", organisation=" 县农业农村局 ", notes=" 备注 ")
    validated = validate_training(spaced, shipped_reference, today=TODAY)
    assert (validated.title, validated.venue, validated.organisation) == ("电商培训", "镇文化站", "县农业农村局")


@pytest.mark.parametrize("field", ["start_date", "end_date"])
def test_a_date_after_today_is_refused_as_not_yet_done(shipped_reference, translators, field):
    tomorrow = TODAY + timedelta(days=1)
    changes = {"start_date": tomorrow, "end_date": tomorrow} if field == "start_date" else {"end_date": tomorrow}
    with pytest.raises(ValidationError) as refused:
        validate_activity(replace(ACTIVITY, **changes), shipped_reference, today=TODAY)
    assert refused.value.field == field
    message = translators["en"].render(refused.value)
    assert "is after today" in message and "not later than today" in message
    assert "2025-07" not in message  # no latest date a month ahead is offered


def test_a_retired_form_stays_valid_on_the_records_that_have_it(shipped_reference):
    retired = next(f for f in shipped_reference.activity_forms if not f.active)
    kept = replace(ACTIVITY, form_code=retired.code)
    assert validate_activity(kept, shipped_reference, today=TODAY, kept_form=retired.code) == kept


def test_blanks_are_folded_and_empty_choices_become_none(shipped_reference):
    messy = replace(
        ACTIVITY,
        title="  果树 \n 修剪\t讲座 ",
        venue=" 东街村 ",
        campaign_code="",
        key_project_code=None,
        target_group_codes=("farmers", "elderly", "farmers"),
        notes="  备注  ",
    )
    clean = validate_activity(messy, shipped_reference, today=TODAY)
    assert clean.title == "果树 修剪 讲座"
    assert clean.venue == "东街村"
    assert (clean.campaign_code, clean.key_project_code) == (None, None)
    assert clean.target_group_codes == ("farmers", "elderly")
    assert clean.notes == "备注"


def test_optional_figures_may_be_left_empty(shipped_reference):
    activity = replace(ACTIVITY, women=None, volunteers=None, materials=None)
    assert validate_activity(activity, shipped_reference, today=TODAY) == activity
    training = replace(TRAINING, women=None, low_income=None, certified=None, hours=None)
    assert validate_training(training, shipped_reference, today=TODAY) == training


def test_hours_are_kept_to_one_decimal(shipped_reference):
    assert validate_training(replace(TRAINING, hours=Decimal("2.25")), shipped_reference, today=TODAY).hours == Decimal(
        "2.2"
    )
    assert validate_training(replace(TRAINING, hours=3), shipped_reference, today=TODAY).hours == Decimal("3.0")


def test_a_retired_form_cannot_be_given_to_a_new_record_or_switched_to(shipped_reference, translators):
    retired = next(f for f in shipped_reference.activity_forms if not f.active)
    with pytest.raises(ValidationError) as refused:
        validate_activity(replace(ACTIVITY, form_code=retired.code), shipped_reference, today=TODAY)
    assert refused.value.field == "form_code"
    with pytest.raises(ValidationError):
        validate_activity(
            replace(ACTIVITY, form_code=retired.code), shipped_reference, today=TODAY, kept_form="lecture"
        )


def test_every_text_of_a_training_is_kept(shipped_reference):
    training = replace(TRAINING, venue="镇农技站", organisation="县农业农村局", notes="第一期\n第二期")
    assert validate_training(training, shipped_reference, today=TODAY) == replace(training, hours=Decimal("30.0"))


@pytest.mark.parametrize("kind", ["activity", "training"])
def test_notes_up_to_their_limit_are_kept_and_longer_ones_refused(shipped_reference, translators, kind):
    validate = validate_activity if kind == "activity" else validate_training
    record = ACTIVITY if kind == "activity" else TRAINING
    longest = replace(record, notes="备" * NOTES_MAX)
    assert validate(longest, shipped_reference, today=TODAY).notes == "备" * NOTES_MAX
    with pytest.raises(ValidationError) as refused:
        validate(replace(record, notes="备" * (NOTES_MAX + 1)), shipped_reference, today=TODAY)
    assert_names_the_field(refused.value, "notes", translators)
    assert str(NOTES_MAX) in translators["zh_CN"].render(refused.value)
