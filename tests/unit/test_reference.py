"""Reference data: loaded idempotently, complete for Xiangfen County, and refused when malformed; a retired
activity form; the plan-to-date period ending with its plan."""

import json
import shutil
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from db import models
from kesu_desktop.base.errors import ReferenceDataError
from kesu_desktop.base.paths import DataDir, resource_path
from kesu_desktop.reference.data import load_reference_files, read_reference
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.store.startup import prepare_store

TOWNS = ["新城镇", "赵康镇", "汾城镇", "南贾镇", "古城镇", "襄陵镇", "邓庄镇"]
TOWNSHIPS = ["陶寺乡", "永固乡", "景毛乡", "西贾乡", "南辛店乡", "大邓乡"]
ZONE = "襄汾经济技术开发区"
DEPARTMENTS = [
    "县委宣传部", "县委组织部", "县委党校", "县教科局", "县科协", "团县委", "县妇联", "县卫体局", "县工信局",
    "县农业农村局", "县自然资源局", "市生态环境局襄汾分局", "县文旅局", "县应急局", "县林业局", "县气象局",
    "县人社局", "县总工会", "县发改局", "县能源局", "县民政局", "县财政局", "县融媒体中心",
]  # fmt: skip

# code -> (comparison, figure, kind), from the plan's targets as summarised in domain.md
PLAN_TARGETS = {
    "literacy_rate": (">", "14.5", "survey"),
    "high_quality_farmers": (">=", "10000", "cumulative"),
    "demo_bases": (">=", "10", "count"),
    "rural_entrepreneurs": (">=", "100", "cumulative"),
    "migrant_workers": (">=", "2000", "yearly"),
    "elderly_activities": (">=", "5", "yearly"),
    "cadre_training": (">=", "1000", "cumulative"),
    "student_participation": (">=", "90", "rate"),
    "school_lectures": (">=", "1", "per_school"),
    "science_teachers": (">=", "1", "per_school"),
    "volunteers": (">=", "3000", "stock"),
    "info_officers": (">=", "10000", "stock"),
    "city_bases": (">=", "5", "stock"),
    "province_bases": (">=", "2", "stock"),
}
NATIONAL_ROWS = {
    "lecture", "exhibition", "contest", "practical_training", "youth_group", "youth_camp", "major_event", "other",
}  # fmt: skip


def dump_reference(session) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table of the schema, sorted (after prepare_store only reference tables hold rows)."""
    result = {}
    for table in models.Base.metadata.sorted_tables:
        rows = session.execute(select(*table.columns)).all()
        result[table.name] = sorted((tuple(row) for row in rows), key=repr)
    return result


def test_loading_again_changes_nothing(store_and_reference):
    store, _reference = store_and_reference
    with store.reading() as session:
        before = dump_reference(session)
    with store.transaction() as session:
        sqlite = session.connection().connection.driver_connection
        changes_before = sqlite.total_changes
        load_reference_files(session)
        assert not session.new
        assert not session.dirty
        assert sqlite.total_changes == changes_before
    with store.reading() as session:
        assert dump_reference(session) == before
        assert sum(len(rows) for rows in before.values()) > 0


def test_two_folders_loaded_alike_hold_the_same_reference_data(tmp_path: Path):
    dumps = []
    for name in ("first", "second"):
        data_dir = DataDir(tmp_path / name)
        for _ in range(2):  # loaded at two starts
            store, _reference = prepare_store(data_dir)
            store.close()
        store, _reference = prepare_store(data_dir)
        with store.reading() as session:
            dumps.append(dump_reference(session))
        store.close()
    assert dumps[0] == dumps[1]


def test_every_reporting_unit_of_the_county_is_there(reference):
    by_name = {unit.name: unit for unit in reference.units}
    assert [by_name[name].kind for name in TOWNS] == ["town"] * 7
    assert [by_name[name].kind for name in TOWNSHIPS] == ["township"] * 6
    assert by_name[ZONE].kind == "zone"
    assert [by_name[name].kind for name in DEPARTMENTS] == ["department"] * 23
    assert len(reference.reporting_units()) == 7 + 6 + 1 + 23
    assert [unit.kind for unit in reference.units].count("county_office") == 1


def test_unit_codes_follow_the_division_pattern(reference):
    codes = {unit.name: unit.code for unit in reference.units}
    assert all(code.startswith("141023") and len(code) == 9 for code in codes.values())
    assert all(codes[name][6] == "1" for name in TOWNS)
    assert all(codes[name][6] == "2" for name in TOWNSHIPS)
    assert len(set(codes.values())) == len(codes)


def test_the_2021_2025_plan_has_its_targets(reference):
    plan = next(plan for plan in reference.plans if plan.code == "XF-2021-2025")
    assert (plan.start_year, plan.end_year) == (2021, 2025)
    assert plan.document_no == "襄政办发〔2022〕23号"
    found = {target.code: (target.comparison, target.figure, target.kind) for target in plan.targets}
    assert found == {code: (cmp, Decimal(figure), kind) for code, (cmp, figure, kind) in PLAN_TARGETS.items()}
    group_codes = {group.code for group in reference.target_groups}
    assert all(target.target_group_code in group_codes | {None} for target in plan.targets)


def test_every_activity_form_counts_in_a_row_of_the_national_survey(reference):
    assert reference.activity_forms
    for form in reference.activity_forms:
        assert form.national_row in NATIONAL_ROWS, form.code


def test_the_target_groups_are_the_five_actions_and_the_public(reference):
    assert [group.code for group in reference.target_groups] == [
        "youth", "farmers", "workers", "elderly", "cadres", "public",
    ]  # fmt: skip


def _rewrite(folder: Path, file_name: str, change) -> None:
    path = folder / file_name
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def _set_first(key: str, value):
    def change(data):
        data["rows"][0][key] = value

    return change


def _drop_first(key: str):
    def change(data):
        del data["rows"][0][key]

    return change


def _break_target(data):
    del data["rows"][0]["targets"][0]["figure"]


def _bad_figure(data):
    data["rows"][0]["targets"][0]["figure"] = "lots"


MALFORMED = {
    "not json": ("units.json", None),
    "no rows": ("campaigns.json", lambda data: data.pop("rows")),
    "rows not a list": ("key_projects.json", lambda data: data.update(rows={"code": "x"})),
    "row not an object": ("target_groups.json", lambda data: data["rows"].append("youth")),
    "row lacks a column": ("activity_forms.json", _drop_first("national_row")),
    "unknown target group": ("training_kinds.json", _set_first("target_group_code", "aliens")),
    "target lacks a column": ("plans.json", _break_target),
    "figure not a number": ("plans.json", _bad_figure),
    "file missing": ("units.json", "delete"),
}


@pytest.mark.parametrize("case", MALFORMED, ids=list(MALFORMED))
def test_a_malformed_reference_file_is_refused_and_nothing_is_loaded(store_and_reference, tmp_path: Path, case: str):
    store, _reference = store_and_reference
    folder = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), folder)
    # A change that would load if the files were whole: it must be rolled back with the rest.
    _rewrite(folder, "units.json", lambda data: data["rows"][1].update(name="改名镇"))
    file_name, change = MALFORMED[case]
    if change is None:
        (folder / file_name).write_text('{"rows": [', encoding="utf-8")
    elif change == "delete":
        (folder / file_name).unlink()
    else:
        _rewrite(folder, file_name, change)

    with pytest.raises(ReferenceDataError) as refused, store.transaction() as session:
        load_reference_files(session, folder=folder)

    # The message points at the file, or for a plan's target at the plan.
    assert file_name in str(refused.value) or "XF-2021-2025" in str(refused.value)
    with store.reading() as session:
        assert read_reference(session).unit("141023101").name == "新城镇"


# ---- retired items and the plan-to-date period ------------------------------------------------------------


def test_practical_training_is_a_retired_activity_form_trainings_have_their_own_page(reference):
    forms = {form.code: form for form in reference.activity_forms}
    assert not forms["practical_training"].active  # still known, so old records keep and show it
    assert all(form.active for code, form in forms.items() if code != "practical_training")
    choosable = [form.code for form in reference.choosable_activity_forms()]
    assert "practical_training" not in choosable
    assert choosable == [code for code in forms if code != "practical_training"]  # file order kept
    kept = [form.code for form in reference.choosable_activity_forms("practical_training")]
    assert kept == list(forms)


def test_active_is_read_from_the_data_file(store_and_reference, tmp_path: Path):
    store, _reference = store_and_reference
    folder = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), folder)
    _rewrite(folder, "activity_forms.json", _set_first("active", False))
    with store.reading() as session:
        lecture = read_reference(session, folder=folder).activity_forms[0]
    assert (lecture.code, lecture.active) == ("lecture", False)


def test_an_active_flag_that_is_not_true_or_false_is_refused(store_and_reference, tmp_path: Path):
    store, _reference = store_and_reference
    folder = tmp_path / "reference"
    shutil.copytree(resource_path("reference"), folder)
    _rewrite(folder, "activity_forms.json", _set_first("active", "no"))
    with pytest.raises(ReferenceDataError) as refused, store.reading() as session:
        read_reference(session, folder=folder)
    assert "activity_forms.json" in str(refused.value) and "active" in str(refused.value)


@pytest.mark.parametrize(
    ("today", "end"),
    [
        (date(2026, 12, 1), date(2025, 12, 31)),
        (date(2024, 3, 18), date(2024, 3, 31)),
        (date(2025, 12, 5), date(2025, 12, 31)),
    ],
)
def test_plan_to_date_ends_at_this_month_but_never_past_the_plans_end(reference, today, end):
    period = parse_period("PLAN-2021", today=today, plans=reference.plans)
    assert (period.start, period.end) == (date(2021, 1, 1), end)
    assert parse_period("PLAN-2021", today=today) == period  # the shipped plans when none are given


def test_plan_to_date_of_a_year_no_plan_covers_runs_to_this_month(reference):
    assert parse_period("PLAN-2030", today=date(2031, 2, 3), plans=reference.plans).end == date(2031, 2, 28)
