"""``records import-ledger`` end to end (issue 15): the JSON list of every row read, the exit codes (0 stored or a
dry run, 3 refused while rows need fixing or approximate figures are unconfirmed, 1 for a file or mapping
refused as a whole, in one line), and the records stored with their history."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from tests.e2e.test_cli import init, one_line, run

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ledgers"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
GUCHENG = SAMPLES / "gucheng-2022.xlsx"
STATUSES = {"ready", "approximate", "needs_fixing", "skipped_total", "skipped_section", "skipped_notes", "duplicate"}


@pytest.fixture
def folder(capsys, tmp_path) -> Path:
    folder = tmp_path / "data"
    assert init(capsys, folder)[0] == 0
    return folder


def ledger(capsys, folder: Path, *argv: object) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", folder, "--lang", "en", "records", "import-ledger", *argv)


def test_the_json_lists_every_row_read_in_the_shape_the_issue_gives(capsys, folder):
    code, out, _err = ledger(capsys, folder, GUCHENG, "--dry-run", "--json")

    assert code == 0
    rows = json.loads(out)
    expected = EXPECTED["files"]["gucheng-2022.xlsx"]["sheets"]
    assert len(rows) == sum(len(sheet["rows"]) for sheet in expected.values())
    for entry in rows:
        assert set(entry) == {"sheet", "row", "kind", "status", "fields", "reasons"}
        assert entry["status"] in STATUSES
        assert entry["status"] == expected[entry["sheet"]]["rows"][str(entry["row"])]["status"]
        assert entry["kind"] == ("activity" if entry["sheet"] == "活动登记" else "training")
    training = next(entry for entry in rows if entry["sheet"] == "农民培训" and entry["row"] == 6)
    assert training["fields"]["title"] == "农村电商直播技能培训"
    assert "content" not in training["fields"]
    assert (training["fields"]["start"], training["fields"]["end"], training["fields"]["trainees"]) == (
        "2022-03-24",
        "2022-03-24",
        35,
    )
    invalid = next(entry for entry in rows if entry["sheet"] == "活动登记" and entry["row"] == 7)
    assert invalid["fields"]["start"] is None
    assert invalid["reasons"] == ["日　期: “2022年2月30日” is not a day that exists; type the day it was held."]


def test_rows_needing_fixes_store_nothing_and_exit_3(capsys, folder):
    code, out, _err = ledger(capsys, folder, GUCHENG, "--accept-approximate")

    assert code == 3
    assert out.splitlines()[-1].startswith("Nothing stored: 9 rows need fixing.")
    assert "row 29: the ledger's 小计 says 1319 for 参与人次（人）, but its rows add up to 1391." in out
    code, out, _err = ledger(capsys, folder, GUCHENG, "--dry-run", "--json")
    assert code == 0
    assert not any(entry["status"] == "duplicate" and entry["row"] == 5 for entry in json.loads(out))


def test_unconfirmed_approximate_figures_store_nothing_and_exit_3(capsys, folder):
    code, out, _err = ledger(capsys, folder, GUCHENG, "--skip-flagged")

    assert code == 3
    assert out.splitlines()[-1].startswith("Nothing stored: 3 rows have approximate figures.")


def test_with_both_flags_the_ledger_is_stored_and_a_second_import_finds_it_stored(capsys, folder):
    code, out, _err = ledger(capsys, folder, GUCHENG, "--skip-flagged", "--accept-approximate")

    assert code == 0
    assert out.splitlines()[-1] == "Stored 27 records from the ledger."
    code, out, _err = ledger(capsys, folder, SAMPLES / "gucheng-2022.xls", "--skip-flagged", "--accept-approximate")
    assert code == 0
    assert "0 ready, 0 approximate, 9 to fix, 28 duplicates" in out
    code, out, _err = run(capsys, "--data-dir", folder, "records", "export", "--out", folder / "out.xlsx")
    assert code == 0


def test_a_mapping_file_is_used_and_a_bad_one_refused_in_one_line(capsys, folder, tmp_path):
    mapping = tmp_path / "mapping.json"
    mapping.write_text(
        json.dumps({"format": "kesu-ledger-mapping", "version": 1, "sheets": [{"sheet": "x", "kind": "lesson"}]}),
        encoding="utf-8",
    )

    code, _out, err = ledger(capsys, folder, GUCHENG, "--mapping", mapping)

    assert code == 1
    assert "kind" in one_line(err)


def test_a_file_that_is_no_workbook_is_refused_in_one_line_within_a_second(capsys, folder, tmp_path):
    fake = tmp_path / "ledger.xlsx"
    fake.write_bytes(b"PK\x03\x04" + b"\0" * 5000)

    started = time.perf_counter()
    code, out, err = ledger(capsys, folder, fake)

    assert time.perf_counter() - started < 1
    assert (code, out) == (1, "")
    assert fake.name in one_line(err)


def test_the_county_office_is_told_to_use_the_county_command(capsys, tmp_path):
    folder = tmp_path / "county"
    assert init(capsys, folder, "--role", "county", "--unit", "141023000")[0] == 0

    code, _out, err = ledger(capsys, folder, GUCHENG)

    assert code == 1
    assert "county import-ledger --unit CODE FILE" in one_line(err)


def county(capsys, folder: Path, *argv: object) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", folder, "--lang", "en", "county", "import-ledger", *argv)


def test_the_county_brings_in_a_units_ledger_with_the_same_flags_and_report(capsys, tmp_path):
    folder = tmp_path / "county"
    assert init(capsys, folder, "--role", "county", "--unit", "141023000")[0] == 0

    code, out, _err = county(capsys, folder, "--unit", "古城镇", GUCHENG, "--dry-run", "--json")
    assert code == 0
    assert [entry["status"] for entry in json.loads(out)] == [
        about["status"]
        for sheet in EXPECTED["files"]["gucheng-2022.xlsx"]["sheets"].values()
        for about in sheet["rows"].values()
    ]
    assert county(capsys, folder, "--unit", "古城镇", GUCHENG)[0] == 3
    code, out, _err = county(capsys, folder, "--unit", "141023105", GUCHENG, "--skip-flagged", "--accept-approximate")
    assert (code, out.splitlines()[-1]) == (0, "Stored 27 records from the ledger.")
    code, _out, err = county(capsys, folder, "--unit", "火星镇", GUCHENG)
    assert code == 1
    assert "火星镇" in one_line(err)


def test_a_unit_is_told_the_county_command_is_the_countys(capsys, folder):
    code, _out, err = county(capsys, folder, "--unit", "古城镇", GUCHENG)

    assert code == 1
    assert one_line(err)
