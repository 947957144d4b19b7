"""The survey report (襄科素汇4表): for any held returns its main rows add up to every activity and every training
(sessions and trainees) exactly once, each row equal to the records of its forms and kinds counted by hand; the
"of which" rows are the campaign's, the large and the youth's activities; a form mapped elsewhere moves its
figures with it; major events count from 1000 participants; an unknown code or a part row is refused and the
mapping stays as it was; the rows and the major events' threshold come from their data file."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesu_desktop.base.errors import ReferenceDataError, ValidationError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.county.held.sums import held_summaries
from kesu_desktop.county.reports.document import Report
from kesu_desktop.county.reports.survey import survey_report
from kesu_desktop.county.reports.survey_mapping import reset_survey_row, set_survey_row, survey_mapping
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.survey_rows import FILE_NAME, read_survey_rows, survey_rows
from kesu_desktop.returns.aggregation import ActivityFigures, summarise_records
from kesu_desktop.returns.recompute import activity_from_payload
from kesu_desktop.store.database import Store
from tests.conftest import examples
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training, undone

A, B = "141023101", "141023102"
RECEIVED = datetime(2025, 12, 20, 10)
TODAY = date(2026, 1, 10)
ROWS = survey_rows()


@pytest.fixture(scope="module")
def world(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path_factory.mktemp("survey"))
    yield store, reference
    store.close()


def figures(report: Report) -> dict[str, tuple[Any, ...]]:
    """Survey row code (or "total") -> the cells of its row in 表1, checking the labels on the way."""
    table = report.table("表1")
    assert table.rows[0].label == "合计" and table.rows[0].is_total
    result: dict[str, tuple[Any, ...]] = {"total": table.rows[0].cells}
    for row, shown in zip(ROWS.rows, table.rows[1:], strict=True):
        assert shown.label == (f"其中：{row.name_zh}" if row.is_part else row.name_zh)
        assert shown.is_part == row.is_part
        result[row.code] = shown.cells
    return result


@st.composite
def a_return(draw: st.DrawFn, reference: ReferenceData, unit: str, month: str) -> dict[str, Any]:
    days = st.integers(1, 28).map(lambda day: date(2025, int(month[5:]), day))
    groups = [g.code for g in reference.target_groups]
    activities = st.builds(
        lambda day, form, chosen, people, campaign: activity(
            day, form=form, groups=chosen, participants=people, campaign=campaign
        ),
        days,
        st.sampled_from([f.code for f in reference.activity_forms]),
        st.lists(st.sampled_from(groups), min_size=1, max_size=2, unique=True),
        st.none() | st.integers(0, 600) | st.integers(990, 2000),
        st.none() | st.sampled_from(["science_week", "science_day"]),
    )
    trainings = st.builds(
        lambda day, kind, sessions, trainees: training(day, kind=kind, sessions=sessions, trainees=trainees),
        days,
        st.sampled_from([k.code for k in reference.training_kinds]),
        st.none() | st.integers(1, 5),
        st.none() | st.integers(0, 300),
    )
    return payload(
        reference,
        unit,
        month,
        activities=draw(st.lists(activities, max_size=4)),
        trainings=draw(st.lists(trainings, max_size=3)),
    )


@st.composite
def held_returns(draw: st.DrawFn, reference: ReferenceData) -> list[dict[str, Any]]:
    months = ("2024-12", "2025-01", "2025-05", "2025-12", "2026-01")
    cells = draw(st.lists(st.tuples(st.sampled_from((A, B)), st.sampled_from(months)), unique=True, max_size=5))
    return [draw(a_return(reference, unit, month)) for unit, month in cells]


def by_hand(reference: ReferenceData, returns: list[dict[str, Any]]) -> dict[str, tuple[int, int]]:
    """Each row's (次/期, 人次) from the 2025 records themselves, by the reference data's default mapping."""
    national = {f.code: f.national_row for f in reference.activity_forms}
    expected = {row.code: (0, 0) for row in ROWS.rows}

    def add(code: str, count: int, people: int | None) -> None:
        expected[code] = (expected[code][0] + count, expected[code][1] + (people or 0))

    for content in returns:
        if not content["period"].startswith("2025"):
            continue
        for record in content["activities"]:
            add(national[record["form_code"]], 1, record["participants"])
            if record["campaign_code"] == "science_week":
                add("science_week", 1, record["participants"])
            if (record["participants"] or 0) >= 1000:
                add("major", 1, record["participants"])
            if record["target_group_codes"][0] == "youth":
                add("youth", 1, record["participants"])
        for record in content["trainings"]:
            add("practical_training", record["sessions"] or 0, record["trainees"])
    return expected


@settings(max_examples=examples(25), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_the_main_rows_count_every_activity_and_training_once(world, data: st.DataObject):
    store, reference = world
    returns = data.draw(held_returns(reference), label="returns")
    with undone(store) as session:
        hold(session, reference, [(content, RECEIVED) for content in returns])
        report = survey_report(session, reference, "2025", today=TODAY)
        held = held_summaries(session, "2025-01", "2025-12").get(("", ""))
    shown = figures(report)
    expected = by_hand(reference, returns)
    assert {code: cells for code, cells in shown.items() if code != "total"} == expected
    main = [row.code for row in ROWS.main_rows()]
    assert shown["total"] == (sum(expected[c][0] for c in main), sum(expected[c][1] for c in main))
    activities = held.activities_total() if held else ActivityFigures()
    trainings = held.trainings_total() if held else None
    assert shown["total"] == (
        activities.count + (trainings.sessions if trainings else 0),
        activities.participants + (trainings.trainees if trainings else 0),
    )


def test_the_report_is_the_years_survey_form_with_its_mapping(world):
    store, reference = world
    with undone(store) as session:
        report = survey_report(session, reference, "2025", today=TODAY)
    assert (report.kind, report.scope, report.form_number, report.file_stem, report.period_label) == (
        "survey",
        "2025",
        "襄科素汇4表",
        "科普统计_2025",
        "2025年",
    )
    assert report.title == "襄汾县科普活动统计（全国科普统计调查口径）"
    assert all(cells == (0, 0) for cells in figures(report).values())
    forms, kinds = report.table("表2-1"), report.table("表2-2")
    assert [row.label for row in forms.rows] == [f.name_zh for f in reference.activity_forms]
    codes = {row.label: row.code for row in report.table("表1").rows}
    assert [row.cells for row in forms.rows] == [
        (f.code, codes[ROWS.row(f.national_row).name_zh], ROWS.row(f.national_row).name_zh, "默认")
        for f in reference.activity_forms
    ]
    assert {row.cells[1:] for row in kinds.rows} == {(codes["实用技术培训"], "实用技术培训", "默认")}
    assert len({sheet.name for sheet in report.sheets}) == 2 and all(len(s.name) <= 31 for s in report.sheets)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    with store.transaction() as session:
        hold(
            session,
            reference,
            [
                (
                    payload(
                        reference,
                        A,
                        "2025-05",
                        activities=[
                            activity(date(2025, 5, 3), form="lecture", participants=120),
                            activity(date(2025, 5, 4), form="report", participants=80),
                            activity(date(2025, 5, 5), form="contest", participants=999, campaign="science_week"),
                            activity(date(2025, 5, 6), form="outreach", participants=1000, groups=("youth",)),
                            activity(date(2025, 5, 7), form="exhibition", participants=1500),
                        ],
                        trainings=[training(date(2025, 5, 8), kind="teacher", sessions=2, trainees=60)],
                    ),
                    RECEIVED,
                )
            ],
        )
    yield store, reference
    store.close()


def test_a_changed_mapping_moves_a_forms_figures_to_its_new_row(county):
    store, reference = county
    with store.reading() as session:
        before = figures(survey_report(session, reference, "2025", today=TODAY))
    with store.transaction() as session:
        set_survey_row(session, reference, "activity_form", "report", "contest", by="李明")
        mapping = set_survey_row(session, reference, "training_kind", "teacher", "lecture", by="李明")
        after_report = survey_report(session, reference, "2025", today=TODAY)
    after = figures(after_report)
    assert (mapping.row_of_form("report"), mapping.row_of_kind("teacher")) == ("contest", "lecture")
    assert mapping.overridden == {("activity_form", "report"), ("training_kind", "teacher")}
    assert before["lecture"] == (2, 200) and before["contest"] == (1, 999) and before["practical_training"] == (2, 60)
    assert after["lecture"] == (1 + 2, 120 + 60)
    assert after["contest"] == (2, 999 + 80)
    assert after["practical_training"] == (0, 0)
    assert after["total"] == before["total"] == (5 + 2, 120 + 80 + 999 + 1000 + 1500 + 60)
    shown = next(row for row in after_report.table("表2-1").rows if row.cells[0] == "report")
    contest = next(row for row in after_report.table("表1").rows if row.label == "科普（技）竞赛")
    assert shown.cells[1:] == (contest.code, "科普（技）竞赛", "本县调整")
    with store.transaction() as session:
        reset_survey_row(session, reference, "activity_form", "report")
        mapping = reset_survey_row(session, reference, "training_kind", "teacher")
        again = figures(survey_report(session, reference, "2025", today=TODAY))
    assert mapping.overridden == frozenset() and again == before


def test_major_events_are_the_activities_from_1000_participants(county):
    store, reference = county
    assert ROWS.major_from() == 1000
    with store.reading() as session:
        shown = figures(survey_report(session, reference, "2025", today=TODAY))
        held = held_summaries(session, "2025-05", "2025-05", by_unit=True)[(A, "")]
    assert shown["major"] == (2, 1000 + 1500)
    assert held.major_events == ActivityFigures(2, 2500, 80)
    assert shown["science_week"] == (1, 999) and shown["youth"] == (1, 1000)
    records = [activity_from_payload(activity(date(2025, 5, 1), participants=n)) for n in (999, 1000, None, 4000)]
    counted = summarise_records(A, date(2025, 5, 1), date(2025, 5, 31), records, [], major_from=1000)
    assert counted.major_events == ActivityFigures(2, 5000, 80)
    assert summarise_records(A, date(2025, 5, 1), date(2025, 5, 31), records, []).major_events == ActivityFigures()


@pytest.mark.parametrize(
    ("source", "code", "row", "field", "allowed"),
    [
        ("activity_form", "juggling", "lecture", "code", "lecture"),
        ("training_kind", "lecture", "lecture", "code", "high_quality_farmer"),
        ("activity_form", "lecture", "major", "row", "practical_training"),
        ("activity_form", "lecture", "science_week", "row", "other"),
        ("activity_form", "lecture", "nowhere", "row", "youth_camp"),
        ("activity_kind", "lecture", "lecture", "source", "training_kind"),
    ],
)
def test_an_unknown_code_or_row_is_refused_leaving_the_mapping(county, source, code, row, field, allowed):
    store, reference = county
    with store.transaction() as session:
        set_survey_row(session, reference, "activity_form", "online", "exhibition", by="李明")
    with store.transaction() as session:
        before = survey_mapping(session, reference)
        with pytest.raises(ValidationError) as refused:
            set_survey_row(session, reference, source, code, row, by="李明")
        assert survey_mapping(session, reference) == before
    assert refused.value.field == field
    assert allowed in refused.value.values["allowed"].split(", ")
    assert "major" not in refused.value.values["allowed"].split(", ")
    with store.reading() as session:
        assert survey_mapping(session, reference) == before
    assert before.row_of_form("online") == "exhibition"


def test_the_survey_rows_are_read_from_their_file_and_a_malformed_one_is_refused(tmp_path: Path, reference):
    shipped = json.loads(resource_path("reference", FILE_NAME).read_text(encoding="utf-8"))
    assert {f.national_row for f in reference.activity_forms} <= {row.code for row in ROWS.main_rows()}
    assert [row.code for row in ROWS.rows if row.is_part] == ["science_week", "major", "youth"]
    smaller = copy.deepcopy(shipped)
    next(row for row in smaller["rows"] if row["code"] == "major")["of_which"]["participants_from"] = 500
    (tmp_path / FILE_NAME).write_text(json.dumps(smaller, ensure_ascii=False), encoding="utf-8")
    assert read_survey_rows(tmp_path).major_from() == 500
    for broken in ({"training_kind_row": "major"}, {"rows": [{"code": "lecture", "name_zh": "讲座"}]}):
        (tmp_path / FILE_NAME).write_text(json.dumps({**shipped, **broken}, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(ReferenceDataError) as refused:
            read_survey_rows(tmp_path)
        assert refused.value.values["file"] == FILE_NAME
