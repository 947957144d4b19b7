"""Plans edited in the app: every change checked by the same rules, the seeded plan valid, entries guarded."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.plans import editing, entries, rules
from kesu_desktop.plans.measures import describe_measure, parse_measure
from kesu_desktop.plans.rules import PlanFields, TargetFields
from kesu_desktop.reference.data import ReferenceData, read_reference
from kesu_desktop.store.database import Store
from tests.county_files import county_store

SEEDED = "XF-2021-2025"
FARMERS = TargetFields(
    "farmers",
    "高素质农民培训",
    "",
    "cumulative",
    ">=",
    Decimal("12000"),
    "人次",
    "farmers",
    json.dumps({"records": "trainings", "figure": "trainees", "kinds": ["high_quality_farmer"]}),
)


@pytest.fixture
def county(tmp_path: Path) -> Iterator[tuple[Store, ReferenceData]]:
    store, reference = county_store(tmp_path / "county")
    yield store, reference
    store.close()


def test_every_seeded_target_has_a_valid_measure_described_in_both_languages(county):
    _store, reference = county
    plan = next(p for p in reference.plans if p.code == SEEDED)
    for target in plan.targets:
        measure = parse_measure(target.code, target.kind, target.measure, reference)
        assert describe_measure(measure, reference, Translator("en"))
    farmers = next(t for t in plan.targets if t.code == "high_quality_farmers")
    measure = parse_measure(farmers.code, farmers.kind, farmers.measure, reference)
    assert describe_measure(measure, reference, Translator("en")) == "Trainees: High-quality farmer training"
    assert "高素质农民培育" in describe_measure(measure, reference, Translator("zh_CN"))


@pytest.mark.parametrize(
    ("kind", "measure", "named"),
    [
        ("cumulative", {"records": "trainings", "figure": "trainees", "kinds": ["no_such_kind"]}, "kinds"),
        ("cumulative", {"records": "activities", "figure": "trainees"}, "figure"),
        (
            "cumulative",
            {"records": "activities", "figure": "count", "campaigns": ["science_day"], "forms": ["lecture"]},
            "campaigns",
        ),
        ("cumulative", {"records": "trainings", "figure": "count", "colour": "red"}, "colour"),
        ("cumulative", {"stock": "schools"}, "cumulative"),
        ("stock", {"stock": "no_such_indicator"}, "stock"),
        ("survey", {"stock": "schools"}, "survey"),
        ("rate", {"numerator": {"entered": "denominator"}, "denominator": {"stock": "schools"}}, "numerator"),
        ("per_school", {"of": {"stock": "schools"}, "schools": "schools", "per": "semester"}, "per semester"),
        (
            "per_school",
            {"of": {"records": "activities", "figure": "count"}, "schools": "schools", "per": "period_end"},
            "period_end",
        ),
        ("cumulative", {"records": "activities", "figure": "count", "groups": []}, "groups"),
    ],
)
def test_a_wrong_measure_is_refused_naming_the_target_and_the_key(county, kind, measure, named):
    _store, reference = county
    with pytest.raises(ValidationError) as caught:
        rules.check_target(replace(FARMERS, kind=kind, measure=json.dumps(measure)), reference)
    message = Translator("en").render(caught.value)
    assert caught.value.field == "measure" and "farmers" in message and named in message, message
    assert len(message.splitlines()) == 1


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"figure": Decimal("0")}, "figure"),
        ({"figure": Decimal("1.234")}, "figure"),
        ({"comparison": "<"}, "comparison"),
        ({"kind": "weekly"}, "kind"),
        ({"measure_unit": " "}, "measure_unit"),
        ({"code": "has space"}, "code"),
        ({"target_group_code": "aliens"}, "target_group_code"),
        ({"name_zh": ""}, "name_zh"),
    ],
)
def test_a_wrong_target_field_is_refused(county, change, field):
    _store, reference = county
    with pytest.raises(ValidationError) as caught:
        rules.check_target(replace(FARMERS, **change), reference)
    assert caught.value.field == field


def test_create_edit_copy_retire_and_delete_a_plan(county):
    store, reference = county
    with store.transaction() as session:
        plan = editing.create_plan(session, reference, PlanFields("XF-2026-2030", "新规划", "", 2026, 2030), [FARMERS])
        assert [t.code for t in plan.targets] == ["farmers"] and plan.targets[0].name_en == "高素质农民培训"
        with pytest.raises(ValidationError):
            editing.create_plan(session, reference, PlanFields("XF-2026-2030", "again", "", 2026, 2030))
        with pytest.raises(ValidationError) as caught:
            editing.update_plan(session, "XF-2026-2030", start_year=2031)
        assert caught.value.field == "end_year"
        editing.update_plan(session, "XF-2026-2030", document_no="襄政办发〔2026〕5号", name="2026—2030年方案")
        second = replace(FARMERS, code="elders", kind="survey", measure=None, figure=Decimal("20"), measure_unit="%")
        editing.add_target(session, reference, "XF-2026-2030", second, position=0)
        with pytest.raises(ValidationError):
            editing.add_target(session, reference, "XF-2026-2030", second)
        plan = editing.reorder_targets(session, "XF-2026-2030", ["farmers", "elders"])
        assert [t.code for t in plan.targets] == ["farmers", "elders"]
        editing.update_target(session, reference, "XF-2026-2030", replace(FARMERS, figure=Decimal("15000")))
        entries.set_share(session, reference, "XF-2026-2030", "farmers", "141023101", "5000")
        copied = editing.copy_plan(session, reference, "XF-2026-2030", "XF-2031-2035", 2031, 2035)
        assert copied.name == "2031—2035年方案" and copied.targets[0].figure == Decimal("15000")  # its years
        assert entries.list_shares(session, "XF-2031-2035", "farmers") == [
            entries.ShareInfo("141023101", Decimal("5000"))
        ]
        editing.retire_plan(session, "XF-2031-2035")
        assert {p.code: p.retired for p in editing.list_plans(session)}["XF-2031-2035"]
        editing.reinstate_plan(session, "XF-2031-2035")
        editing.delete_plan(session, "XF-2031-2035")
        assert "XF-2031-2035" not in {p.code for p in read_reference(session).plans}


def test_entries_need_a_value_date_and_source_and_keep_their_target(county):
    store, reference = county
    with store.transaction() as session:
        add = lambda **kw: entries.add_entry(session, reference, SEEDED, "literacy_rate", actor="李明", **kw)  # noqa: E731
        with pytest.raises(ValidationError, match="where the figure comes from"):
            add(value="15.2", as_of=date(2025, 12, 31), source=" ")
        with pytest.raises(ValidationError) as caught:
            add(value="abc", as_of=date(2025, 12, 31), source="抽样调查")
        assert caught.value.field == "value"
        with pytest.raises(ValidationError) as caught:
            add(value="15.2", as_of=date(2025, 12, 31), source="抽样调查", part="numerator")
        assert caught.value.field == "part"
        entry = add(value="15.2", as_of=date(2025, 12, 31), source="2025年公民科学素质抽样调查")
        assert entries.list_entries(session, SEEDED, "literacy_rate")[0].value == Decimal("15.2")
        with pytest.raises(KesuError, match="retire it instead"):
            editing.delete_plan(session, SEEDED)
        with pytest.raises(KesuError, match="remove those entries first"):
            editing.remove_target(session, SEEDED, "literacy_rate")
        plan = next(p for p in reference.plans if p.code == SEEDED)
        literacy = plan.targets[0]
        as_cumulative = TargetFields(
            literacy.code,
            literacy.name_zh,
            literacy.name_en,
            "stock",
            ">",
            literacy.figure,
            "%",
            None,
            '{"stock": "schools"}',
        )
        with pytest.raises(ValidationError, match="leave unused"):
            editing.update_target(session, reference, SEEDED, as_cumulative)
        entries.remove_entry(session, SEEDED, "literacy_rate", entry.id)
        editing.remove_target(session, SEEDED, "literacy_rate")
        assert editing.get_plan(session, SEEDED).targets[0].code == "high_quality_farmers"


def test_shares_are_for_reporting_units_and_cleared_per_unit_or_all(county):
    store, reference = county
    with store.transaction() as session:
        with pytest.raises(ValidationError):
            entries.set_share(session, reference, SEEDED, "volunteers", "141023000", "10")  # the county office
        with pytest.raises(ValidationError):
            entries.set_share(session, reference, SEEDED, "volunteers", "141023101", "-3")
        with pytest.raises(KesuError, match="no target"):
            entries.set_share(session, reference, SEEDED, "nothing", "141023101", "3")
        entries.set_share(session, reference, SEEDED, "volunteers", "141023101", "300")
        entries.set_share(session, reference, SEEDED, "volunteers", "141023102", "200")
        entries.set_share(session, reference, SEEDED, "volunteers", "141023102", "250")
        assert [s.figure for s in entries.list_shares(session, SEEDED, "volunteers")] == [300, 250]
        assert entries.clear_share(session, SEEDED, "volunteers", "141023101") == 1
        assert entries.clear_share(session, SEEDED, "volunteers") == 1
