"""``county survey-mapping`` end to end: the mapping in force as JSON and as text, a form and a kind moved to
another row and back, and a part row or an unknown code refused naming the field, changing nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from kesu_desktop.reference.survey_rows import survey_rows
from tests.county_files import county_store
from tests.e2e.test_cli import run


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    store, _reference = county_store(tmp_path / "county")
    store.close()
    return tmp_path / "county"


def mapping(capsys, folder: Path, *change: str) -> dict:
    code, out, err = run(capsys, "--data-dir", folder, "county", "survey-mapping", "--json", *change)
    assert (code, err) == (0, "")
    return json.loads(out)


def rows_of(result: dict, part: str) -> dict[str, tuple[str, bool]]:
    return {line["code"]: (line["row"], line["overridden"]) for line in result[part]}


def test_the_mapping_in_force_as_json(capsys, folder):
    result = mapping(capsys, folder)
    assert list(result) == ["rows", "activity_forms", "training_kinds"]
    assert [(row["code"], row["of_which"]) for row in result["rows"]] == [
        (row.code, row.is_part) for row in survey_rows().rows
    ]
    forms = rows_of(result, "activity_forms")
    assert forms["report"] == ("lecture", False) and forms["mobile_museum"] == ("exhibition", False)
    assert set(rows_of(result, "training_kinds").values()) == {("practical_training", False)}
    lecture = next(line for line in result["activity_forms"] if line["code"] == "lecture")
    assert (lecture["name"], lecture["row_name"]) == ("科普讲座", "科普（技）讲座")


def test_set_and_reset_a_form_and_a_kind(capsys, folder):
    moved = mapping(capsys, folder, "set", "--form", "online", "--row", "exhibition")
    assert rows_of(moved, "activity_forms")["online"] == ("exhibition", True)
    moved = mapping(capsys, folder, "set", "--kind", "teacher", "--row", "lecture")
    assert rows_of(moved, "training_kinds")["teacher"] == ("lecture", True)
    assert rows_of(mapping(capsys, folder), "activity_forms")["online"] == ("exhibition", True)
    code, out, _err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "survey-mapping")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "Activity forms:"
    moved_line = "  online Online and new-media outreach -> exhibition Science exhibitions (special exhibitions)"
    assert f"{moved_line} (the county's choice)" in lines
    assert "  report Science talk or briefing -> lecture Science lectures" in lines
    assert "Training kinds:" in lines
    back = mapping(capsys, folder, "reset", "--form", "online")
    assert rows_of(back, "activity_forms")["online"] == ("other", False)
    assert rows_of(back, "training_kinds")["teacher"] == ("lecture", True)


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("set", "--form", "lecture", "--row", "major"), "Row: major is not a main row of the national survey"),
        (("set", "--form", "juggling", "--row", "lecture"), "Code: there is no activity_form juggling"),
        (("reset", "--kind", "lecture"), "Code: there is no training_kind lecture"),
    ],
)
def test_a_part_row_or_an_unknown_code_is_refused(capsys, folder, change, message):
    before = mapping(capsys, folder)
    code, out, err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "survey-mapping", *change)
    assert (code, out) == (1, "")
    assert message in err
    assert mapping(capsys, folder) == before


def test_set_needs_a_form_or_a_kind(capsys, folder):
    code, _out, _err = run(capsys, "--data-dir", folder, "county", "survey-mapping", "set", "--row", "lecture")
    assert code == 2
