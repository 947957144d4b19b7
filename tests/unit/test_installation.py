"""Setting up an installation: every rule of validate_setup, and a refused save changing nothing; the month
from which the unit reports; a change of unit or role in a folder that holds data."""

from dataclasses import replace
from datetime import date

import pytest

from kesu_desktop.base.errors import NotInitialisedError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import read_figures, save_figures
from kesu_desktop.records.service import add_activity, add_training, delete_record, history
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.returns.ledger import month_statuses
from kesu_desktop.store.installation import (
    HeldData,
    Setup,
    UnconfirmedUnitChangeError,
    held_data,
    read_installation,
    reporting_start,
    require_installation,
    save_installation,
    validate_setup,
)
from tests.conftest import UNIT_CODE

COUNTY_OFFICE = "141023000"
GOOD = Setup(
    role="unit",
    unit_code=UNIT_CODE,
    clerk_name="王晓燕",
    clerk_phone="0357-3521234",
    reviewer_name="李建国",
    responsible_name="张志强",
)

REFUSED = {
    "unknown role": (replace(GOOD, role="admin"), "role"),
    "empty role": (replace(GOOD, role=""), "role"),
    "unknown unit code": (replace(GOOD, unit_code="141023999"), "unit_code"),
    "unknown unit name": (replace(GOOD, unit_code="新城乡"), "unit_code"),
    "empty unit": (replace(GOOD, unit_code=" "), "unit_code"),
    "county role with a township": (replace(GOOD, role="county"), "unit_code"),
    "county role with a department": (replace(GOOD, role="county", unit_code="县科协"), "unit_code"),
    "unit role with the county office": (replace(GOOD, unit_code=COUNTY_OFFICE), "unit_code"),
    "empty clerk": (replace(GOOD, clerk_name=""), "clerk_name"),
    "blank clerk": (replace(GOOD, clerk_name=" \t　"), "clerk_name"),
    "clerk too long": (replace(GOOD, clerk_name="王" * 51), "clerk_name"),
    "reviewer too long": (replace(GOOD, reviewer_name="李" * 51), "reviewer_name"),
    "responsible too long": (replace(GOOD, responsible_name="张" * 51), "responsible_name"),
    "phone with letters": (replace(GOOD, clerk_phone="0357-35a1234"), "clerk_phone"),
    "phone too short": (replace(GOOD, clerk_phone="12345"), "clerk_phone"),
    "phone too long": (replace(GOOD, clerk_phone="1" * 25), "clerk_phone"),
    "phone starting with a dash": (replace(GOOD, clerk_phone="-3521234"), "clerk_phone"),
    "phone with an extension word": (replace(GOOD, clerk_phone="3521234 ext 5"), "clerk_phone"),
    "unknown language": (replace(GOOD, language="fr"), "language"),
}


@pytest.mark.parametrize("case", REFUSED, ids=list(REFUSED))
def test_each_rule_names_the_field_to_fix(shipped_reference, case):
    setup, field = REFUSED[case]
    with pytest.raises(ValidationError) as refused:
        validate_setup(setup, shipped_reference)
    assert refused.value.field == field
    for language in ("zh_CN", "en"):
        assert Translator(language).render(refused.value).strip()


@pytest.mark.parametrize(
    "phone", ["", "0357-3521234", "03573521234", "13812345678", "+86 138 1234 5678", "138-1234-5678", " 0357 3521234 "]
)
def test_usual_phone_forms_are_accepted(shipped_reference, phone):
    assert validate_setup(replace(GOOD, clerk_phone=phone), shipped_reference).clerk_phone == phone.strip()


def test_names_at_the_limit_are_accepted(shipped_reference):
    setup = replace(GOOD, clerk_name="王" * 50, reviewer_name="李" * 50, responsible_name="张" * 50)
    assert validate_setup(setup, shipped_reference).clerk_name == "王" * 50


def test_a_unit_may_be_given_by_name_and_blanks_are_trimmed(shipped_reference):
    cleaned = validate_setup(replace(GOOD, unit_code=" 新城镇 ", clerk_name="  王晓燕 "), shipped_reference)
    assert cleaned.unit_code == UNIT_CODE
    assert cleaned.clerk_name == "王晓燕"


@pytest.mark.parametrize("unit", ["襄汾经济技术开发区", "县农业农村局", "大邓乡"])
def test_zone_departments_and_townships_report_as_units(shipped_reference, unit):
    assert validate_setup(replace(GOOD, unit_code=unit), shipped_reference).role == "unit"


def test_the_county_role_belongs_to_the_county_office(shipped_reference):
    cleaned = validate_setup(replace(GOOD, role="county", unit_code=COUNTY_OFFICE), shipped_reference)
    assert (cleaned.role, cleaned.unit_code) == ("county", COUNTY_OFFICE)


def test_saving_stores_the_cleaned_setup(store_and_reference):
    store, reference = store_and_reference
    with store.reading() as session:
        assert read_installation(session) is None
        with pytest.raises(NotInitialisedError):
            require_installation(session)
    with store.transaction() as session:
        saved = save_installation(session, replace(GOOD, unit_code="新城镇"), reference)
    with store.reading() as session:
        stored = require_installation(session)
    assert stored == saved
    assert stored.setup == GOOD
    assert stored.is_demo is False


def test_changing_the_setup_keeps_its_identity(unit_store, reference):
    with unit_store.reading() as session:
        first = require_installation(session)
    with unit_store.transaction() as session:
        save_installation(session, replace(GOOD, clerk_name="赵敏"), reference)
    with unit_store.reading() as session:
        changed = require_installation(session)
    assert changed.setup.clerk_name == "赵敏"
    assert (changed.installation_id, changed.created_at, changed.is_demo) == (
        first.installation_id,
        first.created_at,
        first.is_demo,
    )


@pytest.mark.parametrize("case", ["unknown role", "unit role with the county office", "phone with letters"])
def test_a_refused_save_leaves_the_stored_setup_untouched(unit_store, reference, case):
    with unit_store.reading() as session:
        before = require_installation(session)
    setup, _field = REFUSED[case]
    with pytest.raises(ValidationError), unit_store.transaction() as session:
        save_installation(session, setup, reference, is_demo=True)
    with unit_store.reading() as session:
        assert require_installation(session) == before


def test_a_refused_first_save_stores_nothing(store_and_reference):
    store, reference = store_and_reference
    with pytest.raises(ValidationError), store.transaction() as session:
        save_installation(session, replace(GOOD, clerk_name=""), reference)
    with store.reading() as session:
        assert read_installation(session) is None


# ---- the first month reported -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-13", "Reports from: '2025-13' is not a month; write it as 2025-03."),
        ("March", "Reports from: 'March' is not a month; write it as 2025-03."),
        ("1999-12", "Reports from: '1999-12' is not a month; write it as 2025-03."),
        ("2025-07", "Reports from: 2025-07 is after this month; choose 2025-06 or an earlier month."),
    ],
)
def test_the_first_month_reported_is_a_month_not_after_this_one(shipped_reference, value, message):
    with pytest.raises(ValidationError) as refused:
        validate_setup(replace(GOOD, reports_from=value), shipped_reference, today=date(2025, 6, 18))
    assert refused.value.field == "reports_from"
    assert Translator("en").render(refused.value) == message


def test_no_unit_chosen_is_named_without_pointing_to_codes(shipped_reference):
    with pytest.raises(ValidationError) as refused:
        validate_setup(replace(GOOD, unit_code=""), shipped_reference)
    assert refused.value.field == "unit_code"
    assert Translator("en").render(refused.value) == "Unit: choose the unit whose returns this folder files."


def test_a_setup_without_the_first_month_keeps_the_stored_one(unit_store, reference):
    with unit_store.transaction() as session:
        save_installation(session, replace(GOOD, reports_from="2025-02"), reference)
        save_installation(session, replace(GOOD, clerk_name="赵敏"), reference)
        assert require_installation(session).setup.reports_from == "2025-02"


def _add(session, reference, day: date, unit: str = UNIT_CODE, *, training: bool = False):
    if training:
        data = TrainingInput("培训", day, day, "rural_practical", "farmers", sessions=1, trainees=20)
        return add_training(session, unit, data, reference, actor="王晓燕")
    return add_activity(
        session,
        unit,
        ActivityInput("讲座", day, day, "lecture", ("farmers",), participants=9),
        reference,
        actor="王晓燕",
    )


def test_a_folder_set_up_before_it_was_asked_reports_from_its_first_record(unit_store, reference):
    with unit_store.transaction() as session:
        assert require_installation(session).setup.reports_from is None  # as a folder of before migration 0005
        created = require_installation(session).created_at.date()
        assert reporting_start(session, UNIT_CODE) == created.replace(day=1)  # nothing recorded: since set up
        _add(session, reference, date(2025, 5, 20))
        _add(session, reference, date(2025, 3, 9), training=True)
        deleted = _add(session, reference, date(2024, 1, 2))
        delete_record(session, "activity", deleted.meta.id, actor="王晓燕")  # the bin does not count
        assert reporting_start(session, UNIT_CODE) == date(2025, 3, 1)
        save_installation(session, replace(GOOD, reports_from="2025-05"), reference)
        assert reporting_start(session, UNIT_CODE) == date(2025, 5, 1)


def test_months_before_the_first_one_reported_are_not_due(unit_store, reference):
    with unit_store.transaction() as session:
        save_installation(session, replace(GOOD, reports_from="2025-04"), reference)
        states = [s.state for s in month_statuses(session, UNIT_CODE, 2025, date(2025, 6, 3))]
    assert states[:3] == ["not_due"] * 3  # January to March: before the app was used
    assert states[3:6] == ["overdue", "due", "not_due"]  # April overdue, May due until 5 June, June running


# ---- a change of unit or role in a folder that holds data ---------------------------------------------------

TAOSI = "141023201"


def test_a_new_unit_in_an_empty_folder_needs_no_confirmation(unit_store, reference):
    with unit_store.transaction() as session:
        assert save_installation(session, replace(GOOD, unit_code=TAOSI), reference).setup.unit_code == TAOSI


def test_a_new_unit_in_a_folder_with_records_is_refused_until_confirmed(unit_store, reference):
    with unit_store.transaction() as session:
        _add(session, reference, date(2025, 3, 9))
        _add(session, reference, date(2025, 3, 10), training=True)
    with pytest.raises(UnconfirmedUnitChangeError) as refused, unit_store.transaction() as session:
        save_installation(session, replace(GOOD, unit_code=TAOSI), reference)
    assert refused.value.field == "unit_code"
    assert Translator("en").render(refused.value) == (
        "Unit: this folder holds 1 activities and 1 trainings of 新城镇, with its period-end figures; changing the "
        "unit moves them all to 陶寺乡."
    )
    cli = Translator("en").format("Errors", refused.value.cli_template, refused.value.values)
    assert cli.endswith("run init again with --move-records.") and "\n" not in cli
    with unit_store.reading() as session:
        assert require_installation(session).setup.unit_code == UNIT_CODE
        assert held_data(session, UNIT_CODE) == HeldData(activities=1, trainings=1, figure_months=0, returns=0)


def test_a_confirmed_new_unit_moves_records_and_figures_and_notes_it_in_their_history(unit_store, reference):
    with unit_store.transaction() as session:
        activity = _add(session, reference, date(2025, 3, 9))
        save_figures(session, UNIT_CODE, "2025-03", {"schools": 9}, reference, actor="王晓燕")
    with unit_store.transaction() as session:
        save_installation(session, replace(GOOD, unit_code=TAOSI), reference, move_records=True)
    with unit_store.reading() as session:
        assert held_data(session, UNIT_CODE).empty
        assert held_data(session, TAOSI) == HeldData(activities=1, trainings=0, figure_months=1, returns=0)
        assert read_figures(session, TAOSI, "2025-03")["schools"] == 9
        last = history(session, activity.meta.id)[-1]
    assert (last.action, last.field, last.old_value, last.new_value) == ("update", "unit_code", UNIT_CODE, TAOSI)


def test_exported_returns_stay_in_the_old_units_name_and_the_question_says_so(unit_store, reference, tmp_path):
    from kesu_desktop.reference.periods import month_period
    from kesu_desktop.returns.export import export_return

    with unit_store.transaction() as session:
        _add(session, reference, date(2025, 3, 9))
    export_return(unit_store, reference, month_period(2025, 3), tmp_path, formats=("xlsx",), unfilled="na")
    with pytest.raises(UnconfirmedUnitChangeError) as refused, unit_store.transaction() as session:
        save_installation(session, replace(GOOD, unit_code=TAOSI), reference)
    assert "The 1 returns exported for 新城镇 stay in its name" in Translator("en").render(refused.value)
    with unit_store.transaction() as session:
        save_installation(session, replace(GOOD, unit_code=TAOSI), reference, move_records=True)
        assert held_data(session, UNIT_CODE).returns == 1  # the ledger of what was sent is not rewritten
        assert month_statuses(session, TAOSI, 2025, date(2025, 6, 18))[2].state == "overdue"


def test_the_role_of_a_folder_with_records_never_changes(unit_store, reference):
    with unit_store.transaction() as session:
        _add(session, reference, date(2025, 3, 9))
    county = replace(GOOD, role="county", unit_code=COUNTY_OFFICE)
    for confirmed in (False, True):
        with pytest.raises(ValidationError) as refused, unit_store.transaction() as session:
            save_installation(session, county, reference, move_records=confirmed)
        assert refused.value.field == "role"
        assert not isinstance(refused.value, UnconfirmedUnitChangeError)
        assert Translator("en").render(refused.value).startswith("Role: this folder holds the records of 新城镇")


def test_the_role_of_an_empty_folder_may_change(unit_store, reference):
    county = replace(GOOD, role="county", unit_code=COUNTY_OFFICE)
    with unit_store.transaction() as session:
        assert save_installation(session, county, reference).role == "county"
