"""Progress toward a plan's targets: every rule on a hand-computed case, from returns held by the county.

The plan T-2024-2025 (24 months) is made with the editing functions; two units report:

- 新城镇 (U1) 2023-12, before the plan: 2 demonstration bases, 100 volunteers, 4 schools.
  2024-03: high-quality-farmer trainings of 40 and 30 trainees (10 women each), a migrant-worker training of 25;
  two youth lectures and an elderly lecture; 3 bases, 120 volunteers, 4 schools, 3 with a science teacher.
  2024-05: a farmer training of 30 (10 women), an elderly outreach activity; 5 bases, 150 volunteers.
  2025-02: a farmer training of 900; 12 bases.
- 赵康镇 (U2) 2024-04: a farmer training of 100 (10 women), a youth lecture; 1 base, 50 volunteers, 2 schools,
  both with a science teacher.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from kesu_desktop.county.targets.progress import NoPlan, choose_plan, plan_progress, plans_covering, progress_at
from kesu_desktop.plans import editing, entries
from kesu_desktop.plans.rules import PlanFields, TargetFields
from kesu_desktop.reference.data import ReferenceData, read_reference
from kesu_desktop.store.database import Store
from tests.county_files import county_store
from tests.county_held import activity, hold, payload, training

U1, U2 = "141023101", "141023102"
PLAN = "T-2024-2025"
D = Decimal


def target(
    code: str, kind: str, figure: str, measure: object, comparison: str = ">=", unit: str = "人次"
) -> TargetFields:
    return TargetFields(
        code, code, code, kind, comparison, D(figure), unit, None, None if measure is None else json.dumps(measure)
    )


FARMERS = {"records": "trainings", "figure": "trainees", "kinds": ["high_quality_farmer"]}
TARGETS = (
    target("farmers", "cumulative", "1000", FARMERS),
    target("migrants", "yearly", "100", {"records": "trainings", "figure": "trainees", "kinds": ["migrant_worker"]}),
    target("elderly", "yearly", "2", {"records": "activities", "figure": "count", "groups": ["elderly"]}, unit="次"),
    target("bases", "count", "10", {"stock": "rural_demo_bases"}, unit="个"),
    target("volunteers", "stock", "400", {"stock": "tech_volunteers"}, unit="人"),
    target(
        "lectures",
        "per_school",
        "1",
        {
            "of": {"records": "activities", "figure": "count", "forms": ["lecture"], "groups": ["youth"]},
            "schools": "schools",
            "per": "semester",
        },
        unit="次",
    ),
    target(
        "teachers",
        "per_school",
        "1",
        {"of": {"stock": "schools_with_science_teacher"}, "schools": "schools", "per": "period_end"},
        unit="人",
    ),
    target(
        "participation",
        "rate",
        "90",
        {"numerator": {"entered": "numerator"}, "denominator": {"entered": "denominator"}},
        unit="%",
    ),
    target(
        "women_share",
        "rate",
        "30",
        {"numerator": {**FARMERS, "figure": "women"}, "denominator": FARMERS},
        unit="%",
    ),
    target("literacy", "survey", "14.5", None, comparison=">", unit="%"),
)


def held_returns(reference: ReferenceData) -> list[tuple[dict, datetime]]:
    at = datetime(2026, 1, 5, 9)
    return [
        (payload(reference, U1, "2023-12", stock={"rural_demo_bases": 2, "tech_volunteers": 100, "schools": 4}), at),
        (
            payload(
                reference,
                U1,
                "2024-03",
                trainings=[
                    training(date(2024, 3, 4), trainees=40),
                    training(date(2024, 3, 11), trainees=30),
                    training(date(2024, 3, 18), kind="migrant_worker", group="workers", trainees=25),
                ],
                activities=[
                    activity(date(2024, 3, 5), form="lecture", groups=("youth",)),
                    activity(date(2024, 3, 6), form="lecture", groups=("youth", "public")),
                    activity(date(2024, 3, 7), form="lecture", groups=("elderly",), participants=50, women=20),
                ],
                stock={"rural_demo_bases": 3, "tech_volunteers": 120, "schools": 4, "schools_with_science_teacher": 3},
            ),
            at,
        ),
        (
            payload(
                reference,
                U1,
                "2024-05",
                trainings=[training(date(2024, 5, 8), trainees=30)],
                activities=[activity(date(2024, 5, 9), form="outreach", groups=("elderly",))],
                stock={"rural_demo_bases": 5, "tech_volunteers": 150},
            ),
            at,
        ),
        (
            payload(
                reference,
                U2,
                "2024-04",
                trainings=[training(date(2024, 4, 2), trainees=100)],
                activities=[activity(date(2024, 4, 3), form="lecture", groups=("youth",))],
                stock={"rural_demo_bases": 1, "tech_volunteers": 50, "schools": 2, "schools_with_science_teacher": 2},
            ),
            at,
        ),
        (
            payload(
                reference,
                U1,
                "2025-02",
                trainings=[training(date(2025, 2, 8), trainees=900, women=0)],
                stock={"rural_demo_bases": 12},
            ),
            at,
        ),
    ]


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    with store.transaction() as session:
        editing.create_plan(session, reference, PlanFields(PLAN, "测试规划", "测试〔2024〕1号", 2024, 2025), TARGETS)
        entries.set_share(session, reference, PLAN, "farmers", U1, "600")
        entries.set_share(session, reference, PLAN, "farmers", U2, "400")
        entered = (
            ("participation", "numerator", "850", date(2024, 5, 1)),
            ("participation", "denominator", "1000", date(2024, 5, 1)),
            ("participation", "numerator", "950", date(2024, 7, 15)),
            ("literacy", "value", "13.2", date(2024, 3, 1)),
            ("literacy", "value", "15.1", date(2025, 12, 31)),
        )
        for code, part, value, as_of in entered:
            entries.add_entry(
                session,
                reference,
                PLAN,
                code,
                value=value,
                as_of=as_of,
                source=f"调查 {as_of:%Y}",
                actor="李明",
                part=part,
            )
        hold(session, reference, held_returns(reference))
    with store.reading() as session:
        reference = read_reference(session)
    yield store, reference
    store.close()


def progress(county: tuple[Store, ReferenceData], at: date) -> dict:
    store, reference = county
    with store.reading() as session:
        result = plan_progress(session, reference, PLAN, at=at)
    return {t.target.code: t for t in result.targets} | {"": result}


def test_a_running_plan_cumulative_target_pro_rata_forecast_shares_and_series(county):
    farmers = progress(county, date(2024, 6, 30))["farmers"]
    assert farmers.actual == 200  # 40 + 30 + 30 (新城镇) + 100 (赵康镇)
    assert farmers.expected == D("250.00")  # 1000 × 6 / 24
    assert farmers.forecast == D("800.00")  # 200 × 24 / 6
    assert farmers.percent == D("20.0")
    assert farmers.status == "behind"  # below 250 and the forecast short, but 200 ≥ 80 % of 250
    units = {u.unit_code: u for u in farmers.units}
    assert (units[U1].actual, units[U1].share, units[U1].percent) == (100, 600, D("16.7"))
    assert (units[U2].actual, units[U2].share, units[U2].percent) == (100, 400, D("25.0"))
    assert [(p.period, p.actual, p.expected) for p in farmers.series] == [
        ("2024-01", 0, D("41.67")),
        ("2024-02", 0, D("83.33")),
        ("2024-03", 70, D("125.00")),
        ("2024-04", 170, D("166.67")),
        ("2024-05", 200, D("208.33")),
        ("2024-06", 200, D("250.00")),
    ]


def test_yearly_targets_count_this_years_share_and_every_year(county):
    result = progress(county, date(2024, 6, 30))
    migrants = result["migrants"]
    assert (migrants.actual, migrants.expected, migrants.forecast) == (25, D("50.00"), D("50.00"))  # 100 × 6/12
    assert migrants.status == "at_risk"  # 25 < 80 % of 50, and 25 a half-year → 50 < 100
    assert [(y.year, y.actual, y.met) for y in migrants.years] == [(2024, 25, None), (2025, None, None)]
    elderly = result["elderly"]
    assert elderly.actual == 2 and elderly.status == "met"  # a lecture in March, an outreach in May
    assert [(y.year, y.met) for y in elderly.years] == [(2024, True), (2025, None)]
    assert [p.actual for p in elderly.series] == [0, 0, 1, 1, 2, 2]


def test_count_is_growth_since_the_plan_began_and_stock_is_summed_over_units_not_months(county):
    result = progress(county, date(2024, 6, 30))
    bases = result["bases"]
    assert bases.actual == 4  # 新城镇 5 − 2 before the plan; 赵康镇 1 − 0 (none stated before)
    assert {u.unit_code: u.actual for u in bases.units} == {U1: 3, U2: 1}
    assert (bases.expected, bases.forecast, bases.status) == (D("2.50"), D("16.00"), "on_track")
    volunteers = result["volunteers"]
    assert volunteers.actual == 200  # 150 (新城镇's latest, not 120 + 150) + 50
    assert volunteers.expected == D("100.00")  # 400 × 6 / 24
    assert volunteers.forecast == D("500.00")  # 100 before the plan + (200 − 100) × 24 / 6
    assert volunteers.percent == D("50.0") and volunteers.status == "on_track"
    assert [(p.period, p.actual) for p in volunteers.series] == [("2023-12", 100), ("2024-06", 200)]


def test_per_school_per_semester_and_at_period_end(county):
    result = progress(county, date(2024, 6, 30))
    lectures = result["lectures"]
    assert lectures.actual == D("0.50")  # 3 youth lectures / 6 schools / 1 semester begun
    assert {u.unit_code: u.actual for u in lectures.units} == {U1: D("0.50"), U2: D("0.50")}
    assert (lectures.expected, lectures.forecast, lectures.status) == (1, None, "at_risk")
    assert progress(county, date(2024, 7, 31))["lectures"].actual == D("0.25")  # a second semester begun
    teachers = result["teachers"]
    assert teachers.actual == D("0.83") and teachers.status == "behind"  # 5 / 6 ≥ 80 % of 1


def test_rates_from_entered_figures_and_from_records(county):
    result = progress(county, date(2024, 6, 30))
    participation = result["participation"]
    assert participation.actual == D("85.00")  # 850 / 1000; the July figure is not yet as of June
    assert participation.status == "behind" and participation.expected == 90
    assert participation.units == ()  # entered for the whole county
    assert progress(county, date(2024, 7, 31))["participation"].actual == D("95.00")
    women = result["women_share"]
    assert women.actual == D("20.00")  # 40 women / 200 trainees
    assert {u.unit_code: u.actual for u in women.units} == {U1: D("30.00"), U2: D("10.00")}
    assert women.status == "at_risk"


def test_a_survey_target_takes_the_latest_entry_with_its_source_and_date(county):
    literacy = progress(county, date(2024, 6, 30))["literacy"]
    assert (literacy.actual, literacy.percent, literacy.status) == (D("13.2"), D("91.0"), "behind")
    assert (literacy.source, literacy.as_of) == ("调查 2024", date(2024, 3, 1))
    assert progress(county, date(2024, 2, 29))["literacy"].status == "no_data"


def test_an_ended_plan_is_met_or_not_met(county):
    result = progress(county, date(2026, 1, 31))
    plan = result[""]
    assert (plan.ended, plan.covers_at, plan.counted_to, plan.months_elapsed) == (True, False, "2025-12", 24)
    statuses = {code: t.status for code, t in result.items() if code}
    assert statuses == {
        "farmers": "met",  # 200 + 900
        "migrants": "not_met",  # 25 in 2024, none in 2025
        "elderly": "not_met",  # 2 in 2024, none in 2025
        "bases": "met",  # 新城镇 12 − 2, 赵康镇 1
        "volunteers": "not_met",  # 200 < 400
        "lectures": "not_met",  # 3 / 6 / 4 semesters
        "teachers": "not_met",
        "participation": "met",  # 950 / 1000
        "women_share": "not_met",  # 40 / 1100
        "literacy": "met",  # 15.1 > 14.5
    }
    assert result["farmers"].actual == 1100 and result["bases"].actual == 11
    assert [(y.year, y.actual, y.met) for y in result["migrants"].years] == [(2024, 25, False), (2025, 0, False)]
    assert result["literacy"].as_of == date(2025, 12, 31)


def test_no_plan_covering_a_date_is_said_plainly(county):
    store, reference = county
    at = date(2026, 12, 2)
    assert plans_covering(reference, at) == ()
    shown = choose_plan(reference, at)
    assert not isinstance(shown, NoPlan) and shown.code == PLAN  # the most recent plan (ends 2025, like the seeded)
    assert isinstance(choose_plan(reference, date(2019, 5, 1)), NoPlan)
    with store.transaction() as session:
        for plan in reference.plans:
            editing.retire_plan(session, plan.code)
        reference = read_reference(session)
        assert progress_at(session, reference, at) == NoPlan(at)
        before = plan_progress(session, reference, PLAN, at=date(2023, 6, 30))
    assert before.counted_to is None and {t.status for t in before.targets} == {"no_data"}


def test_a_plan_added_in_the_app_drives_the_progress_with_no_code_change(county):
    store, reference = county
    with store.transaction() as session:
        editing.copy_plan(session, reference, PLAN, "XF-2026-2030", 2026, 2030, name="2026—2030年实施方案")
        editing.add_target(
            session,
            reference,
            "XF-2026-2030",
            target(
                "smart_elderly",
                "cumulative",
                "50",
                {"records": "activities", "figure": "participants", "campaigns": ["smart_elderly"]},
                unit="人次",
            ),
            position=0,
        )
        march = payload(
            reference,
            U2,
            "2026-03",
            activities=[
                activity(date(2026, 3, 2), campaign="smart_elderly", participants=30),
                activity(date(2026, 3, 3), campaign="smart_elderly", participants=12),
                activity(date(2026, 3, 4), participants=500),
            ],
        )
        hold(session, reference, [(march, datetime(2026, 4, 2))])
        reference = read_reference(session)
        result = progress_at(session, reference, date(2026, 12, 2))
    assert not isinstance(result, NoPlan)
    assert result.plan.code == "XF-2026-2030" and result.covers_at and not result.ended
    first = result.targets[0]
    assert (first.target.code, first.actual, first.units[0].unit_code) == ("smart_elderly", 42, U2)
    assert first.expected == D("10.00")  # 50 × 12 / 60
    literacy = next(t for t in result.targets if t.target.code == "literacy")
    assert literacy.status == "no_data"  # entries stay with their plan
    farmers = next(t for t in result.targets if t.target.code == "farmers")
    assert {u.unit_code: u.share for u in farmers.units} == {U1: 600, U2: 400}  # shares copied
