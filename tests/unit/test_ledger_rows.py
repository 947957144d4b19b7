"""The sample ledgers (tests/data/ledgers, from the shared samples of issue 15) read row by row exactly as their
``expected.json`` says: every row's status, fields, problems and the row it duplicates, the rows that are no
records, and every total's check against the rows it covers; the .xls and the .xlsx of the same ledger alike."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest

from kesu_desktop.ledgers.layout import load_header_words, propose_layout
from kesu_desktop.ledgers.rows import SheetReading, read_sheet
from kesu_desktop.ledgers.sheets import read_ledger

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ledgers"
EXPECTED = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))
SHEETS = [(file, sheet) for file, about in EXPECTED["files"].items() for sheet in about["sheets"]]


def _reading(file: str, sheet_name: str) -> SheetReading:
    sheet = next(sheet for sheet in read_ledger(SAMPLES / file) if sheet.name == sheet_name)
    layout = propose_layout(sheet, load_header_words())
    assert layout is not None
    return read_sheet(sheet, layout)


def _plain(value: object) -> object:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    return value


@pytest.mark.parametrize(("file", "sheet"), SHEETS, ids=[f"{file}:{sheet}" for file, sheet in SHEETS])
def test_every_row_reads_as_expected(file, sheet):
    expected = EXPECTED["files"][file]["sheets"][sheet]
    reading = _reading(file, sheet)
    rows = {str(row.row): row for row in reading.rows}
    assert sorted(rows, key=int) == sorted(expected["rows"], key=int)
    for number, want in expected["rows"].items():
        row = rows[number]
        assert row.status == want["status"], number
        assert {name: _plain(value) for name, value in row.fields.items()} == want["fields"], number
        assert row.duplicate_of == want.get("duplicate_of"), number
        assert {(issue.field, issue.problem) for issue in row.issues} == {
            (issue["field"], issue["problem"]) for issue in want.get("issues", [])
        }, number
    counts: dict[str, int] = {}
    for row in reading.rows:
        counts[row.status] = counts.get(row.status, 0) + 1
    assert counts == {status: count for status, count in expected["status_counts"].items() if count}


@pytest.mark.parametrize(("file", "sheet"), SHEETS, ids=[f"{file}:{sheet}" for file, sheet in SHEETS])
def test_every_total_is_checked_against_the_rows_it_covers(file, sheet):
    expected = EXPECTED["files"][file]["sheets"][sheet]
    checked = [
        {
            "row": total.row,
            "label": total.label,
            "kind": total.kind,
            "covers_rows": list(total.covers_rows),
            "checks": {
                name: {
                    "stated": check.stated,
                    "sum": check.sum,
                    "result": check.result,
                    **({"unreadable_rows": list(check.unreadable_rows)} if check.unreadable_rows else {}),
                }
                for name, check in total.checks.items()
            },
        }
        for total in _reading(file, sheet).totals
    ]
    assert checked == expected["totals"]


def test_the_xls_and_the_xlsx_of_one_ledger_read_to_the_same_rows():
    for sheet in EXPECTED["files"]["gucheng-2022.xlsx"]["sheets"]:
        new, old = _reading("gucheng-2022.xlsx", sheet), _reading("gucheng-2022.xls", sheet)
        assert [(row.row, row.status, row.fields) for row in new.rows] == [
            (row.row, row.status, row.fields) for row in old.rows
        ]
