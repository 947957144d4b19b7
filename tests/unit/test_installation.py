"""Setting up an installation: every rule of validate_setup, and a refused save changing nothing."""

from dataclasses import replace

import pytest

from kesu_desktop.base.errors import NotInitialisedError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.installation import (
    Setup,
    read_installation,
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
