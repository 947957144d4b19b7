"""The county's reference data in its bulletin (issue 16): shown before it is applied, laid over the shipped data
at every start once applied, never deleting anything (a form the county retires stays on the records that have
it and can no longer be chosen), and taken back by undoing the bulletin."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import update

from db import models
from kesu_desktop.base.errors import ValidationError
from kesu_desktop.bulletins.document import write_bulletin
from kesu_desktop.bulletins.township import APPLIED, import_bulletin, undo_bulletin
from kesu_desktop.county.bulletins import bulletin_payload
from kesu_desktop.county.reports.survey_mapping import set_survey_row
from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.records.validation import validate_activity
from kesu_desktop.reference.county_updates import ADDED, CHANGED, RETIRED, current_reference
from kesu_desktop.reference.data import read_reference
from kesu_desktop.store.installation import signing_key
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.county_files import county_store

DAY = date(2024, 3, 5)


@pytest.fixture
def county(tmp_path):
    """A county running a newer KeSu than the township: a campaign renamed and a unit added in its data."""
    store, _shipped = county_store(tmp_path / "county")
    with store.transaction() as session:
        campaigns = update(models.Campaign).where(models.Campaign.code == "science_day")
        session.execute(campaigns.values(name_zh="全国科普日（县）"))
        session.add(models.Unit(code="141023999", name="新设园区", kind="zone", sort_order=99))
        session.flush()
        reference = read_reference(session)
    yield store, reference
    store.close()


def _bulletin(county, tmp_path, retire: str | None = None):
    store, reference = county
    with store.transaction() as session:
        payload = bulletin_payload(session, reference, UNIT_CODE, now=datetime(2024, 5, 10, 9))
        key = signing_key(session)
    if retire is not None:
        for form in payload["reference"]["activity_forms"]:
            if form["code"] == retire:
                form["active"] = False
    return write_bulletin(tmp_path / "b.kesubulletin", payload, key)


def _import(store, path, **flags):
    with store.transaction() as session:
        return import_bulletin(path, session, UNIT_CODE, "王晓燕", accept_county_key=True, **flags)


def test_what_changes_is_shown_before_anything_is_applied(unit_store, county, tmp_path):
    path = _bulletin(county, tmp_path, retire="online")

    result = _import(unit_store, path, dry_run=True)

    found = {(c.table, c.code, c.change) for c in result.reference_changes}
    assert ("campaigns", "science_day", CHANGED) in found
    assert ("units", "141023999", ADDED) in found
    assert ("activity_forms", "online", RETIRED) in found
    with unit_store.reading() as session:
        assert session.get(models.Unit, "141023999") is None


def test_the_countys_data_holds_after_a_restart_and_undo_takes_it_back(unit_store, county, tmp_path):
    data_dir = unit_store.data_dir
    assert _import(unit_store, _bulletin(county, tmp_path)).status == APPLIED
    unit_store.close()

    store, reference = prepare_store(data_dir)
    try:
        assert reference.find_unit("新设园区") is not None
        assert next(c for c in reference.campaigns if c.code == "science_day").name_zh == "全国科普日（县）"
        with store.transaction() as session:
            undo_bulletin(session, "王晓燕")
    finally:
        store.close()
    store, reference = prepare_store(data_dir)
    try:
        assert next(c for c in reference.campaigns if c.code == "science_day").name_zh != "全国科普日（县）"
        assert reference.find_unit("新设园区") is not None  # never deleted: a record may refer to it
    finally:
        store.close()


def test_a_form_the_county_retires_stays_on_old_records_and_cannot_be_chosen(unit_store, county, tmp_path, reference):
    lecture = ActivityInput("线上科普讲座", DAY, DAY, "online", ("public",), participants=80)
    with unit_store.transaction() as session:
        kept = add_activity(session, UNIT_CODE, lecture, reference, actor="王晓燕")
    data_dir = unit_store.data_dir
    _import(unit_store, _bulletin(county, tmp_path, retire="online"))
    unit_store.close()

    store, now = prepare_store(data_dir)
    try:
        assert not next(f for f in now.activity_forms if f.code == "online").active
        with pytest.raises(ValidationError):
            validate_activity(lecture, now)
        assert validate_activity(lecture, now, kept_form="online") is not None
        with store.reading() as session:
            assert session.get(models.Activity, kept.meta.id).form_code == "online"
    finally:
        store.close()


def test_a_form_counts_in_the_survey_row_the_county_chose_for_it(unit_store, county, tmp_path):
    store, reference = county
    with store.transaction() as session:
        set_survey_row(session, reference, "activity_form", "science_show", "exhibition", by="李明")
    path = _bulletin(county, tmp_path)

    result = _import(unit_store, path)

    changed = {(c.table, c.code): c.fields for c in result.reference_changes}
    assert changed[("activity_forms", "science_show")] == ("national_row",)
    with unit_store.reading() as session:
        now = current_reference(session)
    assert next(f for f in now.activity_forms if f.code == "science_show").national_row == "exhibition"
