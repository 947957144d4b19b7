"""The ``return`` commands end to end: export (with --json), a locked month refused, reopen and version 2,
status, and show for review periods. The workbook read back agrees with what ``show`` prints."""

from __future__ import annotations

import json
from datetime import date

from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.returns.workbook.reader import read_return_workbook, verify_return_workbook
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.e2e.test_cli import run

THIS_YEAR = date.today().year
MONTH = f"{THIS_YEAR - 1}-03"


def _add_a_lecture(folder, day: date) -> None:
    store, reference = prepare_store(DataDir(folder))
    try:
        with store.transaction() as session:
            lecture = ActivityInput(
                title="补报讲座",
                start_date=day,
                end_date=day,
                form_code="lecture",
                target_group_codes=("youth",),
                participants=40,
            )
            add_activity(session, UNIT_CODE, lecture, reference, actor="王晓燕")
    finally:
        store.close()


def _demo(capsys, folder):
    code, _out, _err = run(capsys, "--data-dir", folder, "demo", "--months", "24")
    assert code == 0


def test_export_prints_files_version_and_fingerprint(capsys, tmp_path):
    data, out = tmp_path / "data", tmp_path / "stick"
    _demo(capsys, data)
    code, stdout, _err = run(capsys, "return", "export", "--period", MONTH, "--out", out, "--json", "--data-dir", data)
    assert code == 0
    result = json.loads(stdout)
    assert result["version"] == 1
    assert [name.rsplit(".", 1)[1] for name in result["files"]] == ["xlsx", "pdf"]
    workbook = next(name for name in result["files"] if name.endswith(".xlsx"))
    assert read_return_workbook(workbook).manifest.fingerprint == result["fingerprint"]
    assert verify_return_workbook(workbook).ok

    code, stdout, _err = run(capsys, "return", "show", "--period", MONTH, "--json", "--data-dir", data)
    shown = json.loads(stdout)
    payload_tables = read_return_workbook(workbook).manifest.payload["tables"]
    assert [t["rows"][0]["cells"][:2] for t in payload_tables[:1]] == [
        [int(cell) for cell in shown["tables"][0]["rows"][0]["cells"][:2]]
    ]


def test_a_locked_month_is_refused_until_reopened(capsys, tmp_path):
    data, out = tmp_path / "data", tmp_path / "stick"
    _demo(capsys, data)
    assert run(capsys, "--data-dir", data, "return", "export", "--period", MONTH, "--out", out)[0] == 0
    code, _out, err = run(
        capsys, "--data-dir", data, "--lang", "en", "return", "export", "--period", MONTH, "--out", out
    )
    assert code == 1 and "locked" in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(capsys, "--data-dir", data, "return", "reopen", "--period", MONTH, "--reason", " ")
    assert code == 1
    assert run(capsys, "--data-dir", data, "return", "reopen", "--period", MONTH, "--reason", "漏报")[0] == 0
    code, _out, err = run(
        capsys, "--data-dir", data, "--lang", "en", "return", "export", "--period", MONTH, "--out", out
    )
    assert code == 1 and "Nothing has changed" in err and len(err.strip().splitlines()) == 1
    _add_a_lecture(data, date(THIS_YEAR - 1, 3, 20))
    code, stdout, _err = run(
        capsys, "--data-dir", data, "return", "export", "--period", MONTH, "--out", out, "--format", "xlsx", "--json"
    )
    assert code == 0
    result = json.loads(stdout)
    assert result["version"] == 2 and result["files"][0].endswith("第2版更正.xlsx")


def test_status_lists_twelve_months(capsys, tmp_path):
    data, out = tmp_path / "data", tmp_path / "stick"
    _demo(capsys, data)
    run(capsys, "--data-dir", data, "return", "export", "--period", MONTH, "--out", out)
    code, stdout, _err = run(capsys, "--data-dir", data, "return", "status", "--year", THIS_YEAR - 1, "--json")
    assert code == 0
    rows = {row["period"]: row for row in json.loads(stdout)}
    assert len(rows) == 12
    assert rows[MONTH]["state"] == "exported" and rows[MONTH]["version"] == 1
    assert rows[f"{THIS_YEAR - 1}-04"]["state"] == "overdue"


def test_show_accepts_review_periods_and_refuses_nonsense(capsys, tmp_path):
    data = tmp_path / "data"
    _demo(capsys, data)
    for period in (f"{THIS_YEAR - 1}-Q2", str(THIS_YEAR - 1), f"PLAN-{THIS_YEAR - 1}"):
        code, stdout, _err = run(capsys, "--data-dir", data, "return", "show", "--period", period)
        assert code == 0 and "01" in stdout
    code, _out, err = run(capsys, "--data-dir", data, "--lang", "en", "return", "show", "--period", "March")
    assert code == 1 and "Period" in err


def test_bad_format_and_usage(capsys, tmp_path):
    data, out = tmp_path / "data", tmp_path / "stick"
    _demo(capsys, data)
    assert (
        run(capsys, "--data-dir", data, "return", "export", "--period", MONTH, "--out", out, "--format", "doc")[0] == 1
    )
    assert run(capsys, "--data-dir", data, "return", "export", "--out", out)[0] == 2


def test_a_month_not_over_and_unfilled_figures_need_to_be_told_how(capsys, tmp_path):
    data, out = tmp_path / "data", tmp_path / "stick"
    _demo(capsys, data)
    today = date.today()
    this_month = f"{today.year}-{today.month:02d}"
    next_year = f"{today.year + 1}-01"
    code, _out, err = run(
        capsys, "--data-dir", data, "--lang", "en", "return", "export", "--period", next_year, "--out", out
    )
    assert code == 1 and "has not begun" in err and len(err.strip().splitlines()) == 1
    code, _out, err = run(
        capsys, "--data-dir", data, "--lang", "en", "return", "export", "--period", this_month, "--out", out
    )
    assert code == 1 and "--early" in err and len(err.strip().splitlines()) == 1
    args = ("--data-dir", data, "--lang", "en", "return", "export", "--period", this_month, "--out", out, "--early")
    code, _out, err = run(capsys, *args)
    assert code == 1 and "--unfilled" in err and len(err.strip().splitlines()) == 1  # demo leaves this month's open
    assert not out.exists() or list(out.iterdir()) == []
    code, stdout, _err = run(capsys, *args, "--unfilled", "na", "--json")
    assert code == 0
    workbook = next(name for name in json.loads(stdout)["files"] if name.endswith(".xlsx"))
    payload = read_return_workbook(workbook).manifest.payload
    assert payload["demo"] is True
    stock = payload["tables"][3]["rows"]
    assert all(cell is not None for row in stock for cell in row["cells"])  # nothing left 未填
    assert "not_applicable" in {cell for row in stock for cell in row["cells"]}
