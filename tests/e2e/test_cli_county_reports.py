"""County reports end to end: two townships export real return files, the county imports them from the "stick",
``county report`` writes every kind of report, and what the report workbooks say is what the county's totals say;
``county verify-report`` passes the files as written and catches a figure changed by hand."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

import main
from tests.county_files import county_store, demo_unit, export
from tests.e2e.test_cli import run

UNITS = ("141023101", "141023102")
TODAY = date(2024, 4, 10)


@pytest.fixture(scope="module")
def county(tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("reports")
    stick = root / "stick"
    for seed, unit in enumerate(UNITS, start=1):
        store, reference = demo_unit(root / unit, unit, months=3, today=TODAY, seed=seed)
        try:
            for month in ("2024-01", "2024-02", "2024-03"):
                export(store, reference, month, stick / unit, TODAY)
        finally:
            store.close()
    store, _reference = county_store(root / "county", demo=True)
    store.close()
    return root


def cli(capsys: pytest.CaptureFixture[str], folder: Path, *argv: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", folder / "county", *argv)


@pytest.fixture(scope="module")
def imported(county: Path) -> Path:
    """The county folder with every return on the stick imported (a module fixture: the returns are built once)."""
    code = main.main(
        ["--data-dir", str(county / "county"), "county", "import", str(county / "stick"), "--accept-new-keys"]
    )
    assert code == 0
    return county


def totals_row(path: Path, sheet: str) -> list[int]:
    """The figures of the first 合计 row of ``sheet`` (not the 合计 heading over Table 1's total columns)."""
    workbook = load_workbook(path, read_only=True)
    try:
        for row in workbook[sheet].iter_rows(values_only=True):
            figures = [cell for cell in row if isinstance(cell, int) and not isinstance(cell, bool)]
            if "合计" in row and figures:
                return figures
    finally:
        workbook.close()
    raise AssertionError(f"no 合计 row on {sheet}")


def test_the_consolidated_report_says_what_the_county_totals_say(capsys, imported, tmp_path):
    code, out, err = cli(
        capsys,
        imported,
        "county",
        "report",
        "--kind",
        "consolidated",
        "--period",
        "2024-Q1",
        "--out",
        str(tmp_path),
        "--json",
    )
    assert (code, err) == (0, "")
    result = json.loads(out)
    assert list(result) == ["files", "fingerprint"]
    files = [Path(name) for name in result["files"]]
    assert [path.suffix for path in files] == [".xlsx", ".pdf"] and all(path.exists() for path in files)
    code, out, _err = cli(capsys, imported, "county", "totals", "--period", "2024-Q1", "--json")
    total = json.loads(out)["total"]
    assert total["activities"] > 0
    figures = totals_row(files[0], "汇总表")
    assert figures[:2] == [total["activities"], total["participants"]]
    code, out, _err = cli(capsys, imported, "county", "verify-report", str(files[0]), "--json")
    verdict = json.loads(out)
    assert (code, verdict["ok"], verdict["fingerprint"]) == (0, True, result["fingerprint"])


@pytest.mark.parametrize(
    ("kind", "period"), [("targets", "2024"), ("survey", "2024"), ("scorecard", "2024"), ("consolidated", "2024-03")]
)
def test_every_kind_is_written_and_verifies(capsys, imported, tmp_path, kind, period):
    code, out, err = cli(
        capsys, imported, "county", "report", "--kind", kind, "--period", period, "--out", str(tmp_path), "--json"
    )
    assert (code, err) == (0, "")
    workbook, pdf = (Path(name) for name in json.loads(out)["files"])
    assert pdf.read_bytes().startswith(b"%PDF-")
    assert cli(capsys, imported, "county", "verify-report", str(workbook))[0] == 0


def test_the_scorecard_counts_every_return_imported_and_the_countys_activities(capsys, imported, tmp_path):
    code, out, _err = cli(
        capsys,
        imported,
        "county",
        "report",
        "--kind",
        "scorecard",
        "--period",
        "2024",
        "--out",
        str(tmp_path),
        "--json",
    )
    assert code == 0
    workbook = Path(json.loads(out)["files"][0])
    code, out, _err = cli(capsys, imported, "county", "totals", "--period", "2024", "--json")
    total = json.loads(out)["total"]
    book = load_workbook(workbook, read_only=True)
    rows = list(book["评分及排名"].iter_rows(values_only=True))
    book.close()
    second = next(n for n, row in enumerate(rows) if str(row[0]).startswith("表2"))
    basis = {row[0]: row[2:] for row in rows[second:] if row[0] in ("合计", "新城镇", "赵康镇")}
    # 表2's columns: 应报, 已报, 报送率, 按时, 逾期, 及时率, 本年活动 …; every month of 2024 is due now
    assert basis["合计"][:2] == (len(UNITS) * 12, len(UNITS) * 3)
    assert basis["合计"][6] == total["activities"] > 0
    assert basis["新城镇"][6] + basis["赵康镇"][6] == total["activities"]


def test_the_evaluation_keeps_the_countys_words(capsys, imported, tmp_path):
    code, out, err = cli(
        capsys,
        imported,
        "county",
        "report-text",
        "--plan",
        "XF-2021-2025",
        "--key",
        "summary",
        "--text",
        "五年来全县科普工作稳步推进。",
    )
    assert (code, err) == (0, "")
    code, out, err = cli(
        capsys,
        imported,
        "county",
        "report",
        "--kind",
        "evaluation",
        "--plan",
        "XF-2021-2025",
        "--out",
        str(tmp_path),
        "--json",
    )
    assert (code, err) == (0, "")
    workbook = Path(json.loads(out)["files"][0])
    loaded = load_workbook(workbook, read_only=True)
    try:
        texts = {cell for sheet in loaded.worksheets for row in sheet.iter_rows(values_only=True) for cell in row}
    finally:
        loaded.close()
    assert "五年来全县科普工作稳步推进。" in texts


def test_a_figure_changed_by_hand_fails_verification(capsys, imported, tmp_path):
    code, out, _err = cli(
        capsys,
        imported,
        "county",
        "report",
        "--kind",
        "consolidated",
        "--period",
        "2024-02",
        "--out",
        str(tmp_path),
        "--json",
    )
    workbook = Path(json.loads(out)["files"][0])
    book = load_workbook(workbook)
    sheet = book["汇总表"]
    cell = next(c for row in sheet.iter_rows() for c in row if isinstance(c.value, int) and c.value > 0)
    cell.value += 1
    book.save(workbook)
    code, out, _err = cli(capsys, imported, "county", "verify-report", str(workbook), "--json")
    assert code == 1 and json.loads(out)["ok"] is False


def test_a_second_report_of_the_same_period_is_written_beside_the_first(capsys, imported, tmp_path):
    names = []
    for _ in range(2):
        code, out, _err = cli(
            capsys,
            imported,
            "county",
            "report",
            "--kind",
            "survey",
            "--period",
            "2024",
            "--out",
            str(tmp_path),
            "--json",
        )
        assert code == 0
        names.append([Path(name).name for name in json.loads(out)["files"]])
    assert names[0] != names[1] and all((tmp_path / name).exists() for name in names[0] + names[1])


def test_a_month_is_refused_for_a_yearly_report(capsys, imported, tmp_path):
    code, out, err = cli(
        capsys,
        imported,
        "--lang",
        "en",
        "county",
        "report",
        "--kind",
        "survey",
        "--period",
        "2024-03",
        "--out",
        str(tmp_path),
    )
    assert (code, out) == (1, "")
    assert "whole year" in err and list(tmp_path.iterdir()) == []
