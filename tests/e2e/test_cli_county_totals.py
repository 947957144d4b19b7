"""``county totals`` and ``county records`` end to end: the JSON exactly as the issue gives it, the plain
listing in the chosen language, and a wrong period refused naming the field."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.county_files import county_store
from tests.county_held import hold
from tests.e2e.test_cli import run
from tests.unit.test_county_totals import RECEIVED, A, B, quarter_returns

FIGURES = ["activities", "participants", "women", "trainings", "trainees"]


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    store, reference = county_store(tmp_path / "county")
    try:
        with store.transaction() as session:
            hold(session, reference, [(content, RECEIVED) for content in quarter_returns(reference)])
    finally:
        store.close()
    return tmp_path / "county"


def totals(capsys, folder: Path, *extra: str) -> dict:
    code, out, err = run(capsys, "--data-dir", folder, "county", "totals", "--period", "2024-Q1", "--json", *extra)
    assert (code, err) == (0, "")
    return json.loads(out)


def test_totals_as_json_by_unit(capsys, folder):
    result = totals(capsys, folder)
    assert list(result) == ["period", "by", "rows", "total"]
    assert (result["period"], result["by"]) == ("2024-Q1", "unit")
    first = result["rows"][0]
    assert list(first)[:7] == ["key", "name", *FIGURES]
    rows = {row["key"]: row for row in result["rows"]}
    assert [rows[A][name] for name in FIGURES] == [4, 270, 100, 1, 40]
    assert [rows[B][name] for name in FIGURES] == [1, 200, 90, 2, 55]
    assert (rows[A]["name"], rows[A]["returns"], rows[A]["stock"]) == (
        "新城镇",
        2,
        {"schools": 10, "tech_volunteers": 100},
    )
    assert [result["total"][name] for name in FIGURES] == [5, 470, 190, 3, 95]
    assert result["total"]["stock"] == {"tech_volunteers": 100, "schools": 14}
    assert all(isinstance(result["total"][name], int) for name in FIGURES)


def test_totals_by_campaign_in_english(capsys, folder):
    result = totals(capsys, folder, "--by", "campaign", "--lang", "en")
    assert result["by"] == "campaign"
    last = result["rows"][-1]
    assert (last["key"], last["name"], last["activities"], last["participants"]) == ("", "No campaign", 2, 140)
    week = next(row for row in result["rows"] if row["key"] == "science_week")
    assert (week["name"], week["activities"], week["trainings"]) == ("Science and Technology Week", 2, 0)
    assert sum(row["activities"] for row in result["rows"]) == result["total"]["activities"]


def test_totals_as_text(capsys, folder):
    code, out, _err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "totals", "--period", "2024-Q1")
    assert code == 0
    lines = out.splitlines()
    assert lines[0] == "County totals, Q1 2024: returns of 2 units held."
    assert lines[1].split() == ["Activities", "Participants", "Women", "Trainings", "Trainees"]
    assert next(line for line in lines if line.startswith(A)).split()[-5:] == ["4", "270", "100", "1", "40"]
    assert next(line for line in lines if line.startswith("Total")).split()[1:] == ["5", "470", "190", "3", "95"]
    assert "  schools  Primary and secondary schools: 14" in lines
    code, out, _err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "totals", "--period", "2022")
    assert out.strip() == "Nothing is held for 2022: no unit's return for it has been imported."


def test_a_wrong_period_names_the_field(capsys, folder):
    code, out, err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "totals", "--period", "2024-Q5")
    assert (code, out) == (1, "")
    assert "Period: '2024-Q5' is not a period" in err


def test_records_behind_a_line(capsys, folder):
    argv = ("--data-dir", folder, "county", "records", "--period", "2024-Q1", "--unit", "新城镇")
    code, out, err = run(capsys, *argv, "--by", "group", "--key", "farmers", "--json")
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert (result["period"], result["unit"], result["by"], result["key"]) == ("2024-Q1", A, "group", "farmers")
    assert [(r["type"], r.get("participants"), r.get("trainees"), r["version"]) for r in result["records"]] == [
        ("activity", 120, None, 1),
        ("training", None, 40, 1),
        ("activity", 10, None, 2),
    ]
    code, out, _err = run(capsys, *argv, "--lang", "en")
    assert code == 0 and len(out.splitlines()) == 5
    assert "2024-02 v2  2024-02-04  科普讲座  Online and new-media outreach  Farmers  10 participants" in out
    code, _out, err = run(capsys, *argv, "--key", "farmers")
    assert code == 1 and err
