"""``county status``, ``county chase-list``, ``county deadline`` and ``county first-month`` end to end through
``main.main``, on a county folder holding returns of a past year (so that every month's deadline has passed,
whatever the day the tests run)."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.startup import prepare_store
from tests.county_held import activity, hold, payload
from tests.e2e.test_cli import run

XINCHENG, ZHAOKANG = "141023101", "141023102"
KEYS = {"unit", "name", "period", "state", "version", "received", "days_late"}


@pytest.fixture
def county(capsys, tmp_path) -> Path:
    folder = tmp_path / "county"
    code, _out, err = run(
        capsys, "--data-dir", folder, "init", "--role", "county", "--unit", "141023000", "--clerk", "李明"
    )
    assert code == 0, err
    store, reference = prepare_store(DataDir(folder))
    try:
        with store.transaction() as session:
            records = {"activities": [activity(date(2024, 1, 10))]}
            hold(
                session,
                reference,
                [
                    (payload(reference, XINCHENG, "2024-01", **records), datetime(2024, 2, 5, 17)),
                    (payload(reference, XINCHENG, "2024-02", **records), datetime(2024, 3, 4, 9)),
                    (payload(reference, XINCHENG, "2024-02", **records, version=2), datetime(2024, 3, 12, 9, 30)),
                    (payload(reference, XINCHENG, "2024-03", phone="0357-3881234"), datetime(2024, 4, 1, 8)),
                ],
            )
    finally:
        store.close()
    return folder


def status_json(capsys, folder: Path, year: str = "2024") -> list[dict]:
    code, out, err = run(capsys, "--data-dir", folder, "county", "status", "--year", year, "--json")
    assert code == 0, err
    return json.loads(out)


def test_the_json_gives_every_unit_and_month_in_exactly_its_shape(capsys, county):
    rows = status_json(capsys, county)
    assert all(set(row) == KEYS for row in rows)
    assert len(rows) == 12 * len({row["unit"] for row in rows}) and len(rows) >= 12 * 36
    mine = [row for row in rows if row["unit"] == XINCHENG]
    assert [row["period"] for row in mine] == [f"2024-{month:02d}" for month in range(1, 13)]
    assert mine[0] == {
        "unit": XINCHENG,
        "name": "新城镇",
        "period": "2024-01",
        "state": "on_time",
        "version": 1,
        "received": "2024-02-05T17:00:00",
        "days_late": 0,
    }
    assert mine[1] == {**mine[1], "state": "late", "version": 2, "received": "2024-03-12T09:30:00", "days_late": 7}
    assert (mine[2]["state"], mine[2]["days_late"]) == ("zero", 0)
    assert mine[3] == {
        "unit": XINCHENG,
        "name": "新城镇",
        "period": "2024-04",
        "state": "missing",
        "version": None,
        "received": None,
        "days_late": None,
    }
    assert {row["state"] for row in rows if row["unit"] == ZHAOKANG} == {"before_start"}


def test_the_plain_grid_has_a_letter_a_cell_a_legend_and_the_rates(capsys, county):
    code, out, err = run(capsys, "--data-dir", county, "--lang", "en", "county", "status", "--year", "2024")
    assert code == 0, err
    line = next(text for text in out.splitlines() if text.startswith("新城镇"))
    assert line.split() == ["新城镇", "O", "L*", "Z", *["M"] * 9, "25%"]
    assert "O on time" in out and "* corrected" in out
    assert "Reporting rate for the year: 3 of 12 returns due (25%)." in out


def test_the_deadline_day_is_shown_set_and_checked(capsys, county):
    assert run(capsys, "--data-dir", county, "--lang", "en", "county", "deadline")[1].strip() == (
        "Returns are due by day 5 of the following month."
    )
    code, out, _err = run(capsys, "--data-dir", county, "--lang", "en", "county", "deadline", "--day", "15")
    assert (code, out.strip()) == (0, "Returns are now due by day 15 of the following month.")
    rows = status_json(capsys, county)
    assert [row["state"] for row in rows if row["unit"] == XINCHENG][1] == "on_time"
    code, _out, err = run(capsys, "--data-dir", county, "--lang", "en", "county", "deadline", "--day", "31")
    assert code == 1 and "Deadline day" in err and "31" in err


def test_a_units_first_month_is_shown_set_and_cleared(capsys, county):
    def first_month(*argv: str) -> tuple[int, str, str]:
        return run(capsys, "--data-dir", county, "--lang", "en", "county", "first-month", *argv)

    assert (
        first_month("新城镇")[1].strip() == "新城镇 (141023101) reports from 2024-01 (the month of its first return)."
    )
    assert first_month(ZHAOKANG)[1].strip() == "赵康镇 (141023102) has sent no return yet and no first month is set."
    code, out, _err = first_month("赵康镇", "2024-06")
    assert code == 0 and out.startswith("赵康镇 (141023102) reports from 2024-06 (set by 李明 on ")
    states = [row["state"] for row in status_json(capsys, county) if row["unit"] == ZHAOKANG]
    assert states == ["before_start"] * 5 + ["missing"] * 7
    assert first_month(ZHAOKANG, "--clear")[0] == 0
    assert {row["state"] for row in status_json(capsys, county) if row["unit"] == ZHAOKANG} == {"before_start"}
    code, _out, err = first_month("赵康镇", "2024-13")
    assert code == 1 and "First month" in err
    code, _out, err = first_month("北京市")
    assert code == 1 and "北京市" in err
    assert first_month("赵康镇", "2024-06", "--clear")[0] == 2


def test_the_chase_list_writes_both_files_and_prints_where(capsys, county, tmp_path):
    out_dir = tmp_path / "chase"
    code, out, err = run(
        capsys, "--data-dir", county, "--lang", "en", "county", "chase-list", "--period", "2024-04", "--out", out_dir
    )
    assert code == 0, err
    paths = [Path(line) for line in out.splitlines()]
    assert [path.suffix for path in paths] == [".xlsx", ".pdf"]
    assert all(path.parent == out_dir and path.stat().st_size > 0 for path in paths)
    assert paths[0].name == "Chase-up list_2024-04.xlsx"
    code, out, err = run(
        capsys, "--data-dir", county, "county", "chase-list", "--period", "2024-04", "--whole-year", "--out", out_dir
    )
    assert code == 0, err
    assert all(Path(line).name.endswith(("_2024.xlsx", "_2024.pdf")) for line in out.splitlines())
