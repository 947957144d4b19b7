"""The county reads each record of a return back from its signed payload: every field as the township wrote it
(a round trip through the payload changes nothing), a field a payload lacks read as not filled in, and a figure
that is not a whole number refused rather than counted. Tables 1–3 recomputed from those records must equal the
signed ones: a row dropped, added or cut short is found, cell by cell."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kesu_desktop.records.types import Activity, ActivityInput, StoredRecord, Training, TrainingInput
from kesu_desktop.returns.manifest import record_payload
from kesu_desktop.returns.recompute import (
    activity_from_payload,
    recomputed_rows,
    table_differences,
    training_from_payload,
)
from tests.county_held import activity, payload, training

META = StoredRecord(uuid.uuid4(), "141023101", datetime(2025, 3, 1, 9), datetime(2025, 3, 1, 9))
TEXTS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
FIGURES = st.none() | st.integers(0, 10_000)
DAYS = st.dates(date(2021, 1, 1), date(2025, 12, 31))

ACTIVITIES = st.builds(
    ActivityInput,
    title=TEXTS,
    start_date=DAYS,
    end_date=DAYS,
    form_code=st.sampled_from(["lecture", "exhibition"]),
    target_group_codes=st.lists(st.sampled_from(["youth", "farmers", "elderly"]), min_size=1, unique=True).map(tuple),
    campaign_code=st.none() | st.just("science_week"),
    key_project_code=st.none() | st.just("infrastructure"),
    venue=TEXTS,
    organiser=TEXTS,
    partners=TEXTS,
    participants=FIGURES,
    women=FIGURES,
    volunteers=FIGURES,
    materials=FIGURES,
    notes=TEXTS,
)
TRAININGS = st.builds(
    TrainingInput,
    title=TEXTS,
    start_date=DAYS,
    end_date=DAYS,
    kind_code=st.sampled_from(["high_quality_farmer", "cadre"]),
    target_group_code=st.sampled_from(["farmers", "cadres"]),
    venue=TEXTS,
    organisation=TEXTS,
    sessions=FIGURES,
    trainees=FIGURES,
    women=FIGURES,
    low_income=FIGURES,
    certified=FIGURES,
    hours=st.none() | st.decimals(0, 999, places=1),
    notes=TEXTS,
)


@given(ACTIVITIES)
def test_an_activity_comes_back_from_the_payload_as_it_was_written(activity: ActivityInput):
    assert activity_from_payload(record_payload(Activity(activity, META))) == activity


@given(TRAININGS)
def test_a_training_comes_back_from_the_payload_as_it_was_written(training: TrainingInput):
    assert training_from_payload(record_payload(Training(training, META))) == training


def test_the_fields_a_payload_lacks_read_as_not_filled_in():
    activity = {
        "title": "讲座",
        "start_date": "2025-03-02",
        "end_date": "2025-03-02",
        "form_code": "lecture",
        "target_group_codes": ["youth"],
    }
    training = {
        "title": "培训",
        "start_date": "2025-03-02",
        "end_date": "2025-03-03",
        "kind_code": "cadre",
        "target_group_code": "cadres",
    }
    assert activity_from_payload(activity) == ActivityInput(
        "讲座", date(2025, 3, 2), date(2025, 3, 2), "lecture", ("youth",)
    )
    read = training_from_payload(training)
    assert read == TrainingInput("培训", date(2025, 3, 2), date(2025, 3, 3), "cadre", "cadres")
    assert (read.venue, read.organisation, read.notes, read.hours) == ("", "", "", None)


@pytest.mark.parametrize("figure", [True, "12", 12.0, 1.5, [3]])
def test_a_figure_that_is_not_a_whole_number_is_refused(figure: object):
    activity = {
        "title": "讲座",
        "start_date": "2025-03-02",
        "end_date": "2025-03-02",
        "form_code": "lecture",
        "target_group_codes": ["youth"],
        "participants": figure,
    }
    with pytest.raises(TypeError, match="not a whole number"):
        activity_from_payload(activity)
    with pytest.raises(TypeError, match="not a whole number"):
        training_from_payload({**activity, "kind_code": "cadre", "target_group_code": "cadres", "trainees": figure})


def test_an_activity_without_a_target_group_is_refused():
    with pytest.raises(ValueError, match="without a target group"):
        activity_from_payload(
            {
                "title": "讲座",
                "start_date": "2025-03-02",
                "end_date": "2025-03-02",
                "form_code": "lecture",
                "target_group_codes": [],
            }
        )


def test_hours_keep_their_decimal_places():
    training = TrainingInput("培训", date(2025, 3, 2), date(2025, 3, 2), "cadre", "cadres", hours=Decimal("2.5"))
    assert training_from_payload(record_payload(Training(training, META))).hours == Decimal("2.5")


# --- the county's check of Tables 1–3 against the records ------------------------------------------------------


def _consistent(reference, **records):
    """A payload whose Tables 1–3 are the ones its records give, as a township writes it."""
    content = payload(reference, "141023101", "2025-03", **records)
    for table, rows in zip(content["tables"], recomputed_rows(content, reference), strict=False):
        table["rows"] = [{"code": code, "cells": cells} for code, cells in rows]
    return content


def test_a_consistent_return_has_no_difference_and_each_kind_of_tampering_is_found(shipped_reference):
    day = date(2025, 3, 3)
    content = _consistent(shipped_reference, activities=[activity(day)], trainings=[training(day)])
    assert table_differences(content, shipped_reference) == []
    first = content["tables"][0]
    dropped = {**content, "tables": [{**first, "rows": first["rows"][1:]}, *content["tables"][1:]]}
    missing = table_differences(dropped, shipped_reference)  # a row the signed table lacks counts cell by cell
    assert {(d.table, d.code) for d in missing} == {("表1", first["rows"][0]["code"])}
    assert len(missing) == len(first["rows"][0]["cells"])
    extra = {**first, "rows": [*first["rows"], {"code": "99", "cells": [5]}]}
    added = table_differences({**content, "tables": [extra, *content["tables"][1:]]}, shipped_reference)
    assert [(d.code, d.column, d.signed, d.computed) for d in added] == [("99", 1, 5, None)]
    short = [{**row, "cells": row["cells"][:1]} if n == 0 else row for n, row in enumerate(first["rows"])]
    cut = table_differences(
        {**content, "tables": [{**first, "rows": short}, *content["tables"][1:]]}, shipped_reference
    )
    assert cut and all(d.column > 1 and d.signed is None for d in cut)


def test_an_empty_signed_table_under_real_records_is_found(shipped_reference):
    content = payload(shipped_reference, "141023101", "2025-03", activities=[activity(date(2025, 3, 3))])
    assert {d.table for d in table_differences(content, shipped_reference)} == {"表1", "表2", "表3"}
