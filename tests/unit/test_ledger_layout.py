"""Reading hand-kept ledgers (台账) into grids, and proposing each sheet's layout: checked against the sample
ledgers and what expected.json says of them, and against files to refuse."""

from __future__ import annotations

import json
import time
import zipfile
from pathlib import Path
from typing import Any

import pytest
from openpyxl import Workbook
from openpyxl.utils.cell import range_boundaries

from kesu_desktop.base.errors import ReferenceDataError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.base.xlsx_limits import MIB, XlsxRefusedError
from kesu_desktop.ledgers.layout import HeaderWords, load_header_words, propose_layout
from kesu_desktop.ledgers.sheets import MAX_COLUMNS, MAX_ROWS, LedgerSheet, read_ledger

SAMPLES = Path(__file__).resolve().parents[1] / "data" / "ledgers"  # the samples of issue 15, copied
EXPECTED: dict[str, Any] = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["files"]
SHEETS = [(file, sheet) for file, content in EXPECTED.items() for sheet in content["sheets"]]
KINDS = {"activities": "activity", "trainings": "training"}


@pytest.fixture(scope="module")
def words() -> HeaderWords:
    return load_header_words()


def sample_sheet(file: str, name: str) -> LedgerSheet:
    return next(sheet for sheet in read_ledger(SAMPLES / file) if sheet.name == name)


def boxes(ranges: list[str]) -> tuple[tuple[int, int, int, int], ...]:
    """Excel ranges ("A2:A3") as 0-based (first_row, first_col, last_row, last_col), sorted."""
    found = []
    for text in ranges:
        min_col, min_row, max_col, max_row = range_boundaries(text)
        assert None not in (min_col, min_row, max_col, max_row)
        found.append((min_row - 1, min_col - 1, max_row - 1, max_col - 1))  # type: ignore[operator]
    return tuple(sorted(found))


def same_value(first: object, second: object) -> bool:
    """Equal cells, a number equal to the same number of the other type (.xls gives 1, .xlsx 1.0)."""
    numbers = (int, float)
    if all(isinstance(value, numbers) and not isinstance(value, bool) for value in (first, second)):
        return first == second
    return type(first) is type(second) and first == second


@pytest.mark.parametrize("file", list(EXPECTED))
def test_a_ledger_is_read_sheet_by_sheet_in_workbook_order(file: str) -> None:
    assert [sheet.name for sheet in read_ledger(SAMPLES / file)] == list(EXPECTED[file]["sheets"])


@pytest.mark.parametrize(("file", "name"), SHEETS)
def test_a_sheet_has_its_merged_ranges_and_cells_from_a1(file: str, name: str) -> None:
    expected = EXPECTED[file]["sheets"][name]
    sheet = sample_sheet(file, name)
    assert sheet.merged == boxes(expected["merged_ranges"])
    assert len(sheet.cells) == expected["last_row"]
    assert len({len(row) for row in sheet.cells}) == 1
    for row, content in expected["preamble"].items():
        assert sheet.cells[int(row) - 1][0] == content["text"]


@pytest.mark.parametrize(("file", "name"), SHEETS)
def test_every_cell_a_merged_range_covers_holds_its_top_left_value(file: str, name: str) -> None:
    sheet = sample_sheet(file, name)
    for top, left, bottom, right in sheet.merged:
        value = sheet.cells[top][left]
        assert value != ""
        for row in range(top, bottom + 1):
            assert sheet.cells[row][left : right + 1] == (value,) * (right - left + 1)


def test_a_value_merged_over_rows_shows_in_each_row_and_strings_stay_verbatim() -> None:
    sheet = sample_sheet("gucheng-2022.xlsx", "活动登记")
    assert sheet.cells[16][3] == sheet.cells[15][3] != ""  # the venue merged over D16:D17
    assert sheet.cells[2][2] == "日\u3000期"
    assert sheet.cells[5][3] == "镇政府二楼会议室 "  # the trailing space a clerk typed stays


@pytest.mark.parametrize(("file", "name"), SHEETS)
def test_the_layout_proposed_is_the_expected_one(file: str, name: str, words: HeaderWords) -> None:
    expected = EXPECTED[file]["sheets"][name]
    layout = propose_layout(sample_sheet(file, name), words)
    assert layout is not None
    assert layout.kind == KINDS[expected["kind"]]
    assert ("title" if layout.kind == "activity" else "content") in layout.columns.values()
    assert layout.header_rows == tuple(expected["header_rows"])
    assert layout.columns == {letter: column["field"] for letter, column in expected["columns"].items()}
    assert layout.headers == {letter: column["header"] for letter, column in expected["columns"].items()}
    assert layout.year == expected["year_for_dates_without_year"]


def test_the_xls_and_the_xlsx_of_a_ledger_read_to_the_same_cells() -> None:
    xls, xlsx = read_ledger(SAMPLES / "gucheng-2022.xls"), read_ledger(SAMPLES / "gucheng-2022.xlsx")
    assert [sheet.name for sheet in xls] == [sheet.name for sheet in xlsx]
    for old, new in zip(xls, xlsx, strict=True):
        assert old.merged == new.merged
        assert [len(row) for row in old.cells] == [len(row) for row in new.cells]
        for number, (old_row, new_row) in enumerate(zip(old.cells, new.cells, strict=True)):
            differing = [(a, b) for a, b in zip(old_row, new_row, strict=True) if not same_value(a, b)]
            assert differing == [], f"{old.name} row {number + 1}"


def test_only_visible_worksheets_are_read_and_an_empty_one_has_no_cells(tmp_path: Path) -> None:
    workbook = Workbook()
    workbook.worksheets[0].title = "台账"
    workbook.create_sheet("隐藏").sheet_state = "hidden"
    workbook.create_sheet("空白")
    workbook.save(tmp_path / "ledger.xlsx")
    sheets = read_ledger(tmp_path / "ledger.xlsx")
    assert [(sheet.name, sheet.cells, sheet.merged) for sheet in sheets] == [("台账", (), ()), ("空白", (), ())]


def refused_fast(path: Path) -> XlsxRefusedError:
    started = time.perf_counter()
    with pytest.raises(XlsxRefusedError) as refused:
        read_ledger(path)
    assert time.perf_counter() - started < 1.0
    assert str(path) in str(refused.value)
    return refused.value


def test_a_text_file_named_as_a_workbook_is_refused(tmp_path: Path) -> None:
    for name in ("notes.xlsx", "notes.xls"):
        (tmp_path / name).write_text("序号,活动名称\n1,科普讲座\n", encoding="utf-8")
        refused_fast(tmp_path / name)


def test_a_file_not_named_as_a_workbook_is_refused(tmp_path: Path) -> None:
    for name in ("ledger.csv", "ledger.et", "ledger"):
        (tmp_path / name).write_bytes((SAMPLES / "shiyan-zone-2024.xlsx").read_bytes())
        refused_fast(tmp_path / name)


def test_a_truncated_workbook_is_refused(tmp_path: Path) -> None:
    for name in ("shiyan-zone-2024.xlsx", "gucheng-2022.xls"):
        data = (SAMPLES / name).read_bytes()
        (tmp_path / name).write_bytes(data[: len(data) // 2])
        refused_fast(tmp_path / name)


def test_a_zip_bomb_is_refused_before_it_unpacks(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    zeros = bytes(MIB)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        with archive.open("xl/worksheets/sheet1.xml", "w") as part:
            for _ in range(200):
                part.write(zeros)
    assert path.stat().st_size < MIB
    assert "unpacks to far more data" in refused_fast(path).template


def test_an_xls_without_the_ole2_signature_is_refused(tmp_path: Path) -> None:
    (tmp_path / "web.xls").write_text("<html><table><tr><td>序号</td></tr></table></html>", encoding="utf-8")
    (tmp_path / "zipped.xls").write_bytes((SAMPLES / "shiyan-zone-2024.xlsx").read_bytes())
    for name in ("web.xls", "zipped.xls"):
        assert "Excel 97-2003" in refused_fast(tmp_path / name).template


def test_a_file_over_20_mb_is_refused_unread(tmp_path: Path) -> None:
    path = tmp_path / "big.xls"
    with path.open("wb") as file:
        file.truncate(20_000_001)
    assert refused_fast(path).values["size"] == "20.0"


@pytest.mark.parametrize(("cell", "what"), [((MAX_ROWS + 1, 1), "rows"), ((1, MAX_COLUMNS + 1), "columns")])
def test_a_sheet_with_too_many_rows_or_columns_is_refused(tmp_path: Path, cell: tuple[int, int], what: str) -> None:
    workbook = Workbook()
    workbook.worksheets[0].cell(*cell, value="x")
    workbook.save(tmp_path / "wide.xlsx")
    refused = refused_fast(tmp_path / "wide.xlsx")
    assert what in refused.template
    assert refused.values["limit"] == (MAX_ROWS if what == "rows" else MAX_COLUMNS)


def test_overlapping_merged_ranges_are_refused(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.worksheets[0]
    sheet["C3"] = "x"
    sheet.merge_cells("A1:B2")
    workbook.save(tmp_path / "merged.xlsx")
    # openpyxl keeps one range of each, so the overlapping ones are written into the sheet's XML by hand
    path = tmp_path / "overlap.xlsx"
    with zipfile.ZipFile(tmp_path / "merged.xlsx") as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            data = source.read(info)
            if info.filename == "xl/worksheets/sheet1.xml":
                merged = b'<mergeCell ref="A1:B2" />'
                assert merged in data
                data = data.replace(merged, merged * 2 + b'<mergeCell ref="A1:B1"/>')
            target.writestr(info, data)
    assert "overlap" in refused_fast(path).template


def grid(*rows: tuple[object, ...]) -> LedgerSheet:
    return LedgerSheet("台账", rows, ())


def test_a_sheet_without_a_header_row_has_no_layout(words: HeaderWords) -> None:
    assert propose_layout(grid(("科普活动",), ("序号", "活动名称", "讲座")), words) is None
    assert propose_layout(grid(), words) is None


def test_a_header_row_is_found_below_the_title_and_matched_whole(words: HeaderWords) -> None:
    sheet = grid(
        ("2022年科普活动", "", "", "", ""),
        (" 日 期 ", "活动名称(项)", "人　数（人）", "活动名称及地点", ""),
        ("2022年1月5日", "讲座", 30, "镇政府", ""),
    )
    layout = propose_layout(sheet, words)
    assert layout is not None
    assert (layout.kind, layout.header_rows, layout.year) == ("activity", (2,), 2022)
    assert layout.columns == {"A": "date", "B": "title", "C": "participants", "D": None}
    assert layout.headers == {"A": "日 期", "B": "活动名称(项)", "C": "人　数（人）", "D": "活动名称及地点"}


def test_a_field_named_twice_goes_to_its_first_column(words: HeaderWords) -> None:
    layout = propose_layout(grid(("培训内容", "时间", "日期", "课时")), words)
    assert layout is not None
    assert layout.kind == "training"
    assert layout.columns == {"A": "content", "B": "date", "C": None, "D": "hours"}


@pytest.mark.parametrize(
    ("preamble", "year"),
    [
        (("古城镇2022年度科普活动登记表", "填报日期：2023年1月5日"), 2022),
        (("２０２４年 科普台账",), 2024),
        (("2022年科普活动", "2023年科普活动"), None),
        (("科普活动登记表",), None),
    ],
)
def test_the_year_is_the_one_the_rows_above_the_header_name(
    preamble: tuple[str, ...], year: int | None, words: HeaderWords
) -> None:
    sheet = grid(*((text, "", "") for text in preamble), ("日期", "活动名称", "地点"), ("2月3日", "讲座", "镇政府"))
    layout = propose_layout(sheet, words)
    assert layout is not None
    assert layout.year == year


def test_a_row_under_a_merged_group_that_holds_no_header_words_is_data(words: HeaderWords) -> None:
    sheet = LedgerSheet(
        "台账",
        (("日期", "活动名称", "参加人数", "参加人数"), ("3月5日", "讲座", 40, 12)),
        ((0, 2, 0, 3),),
    )
    layout = propose_layout(sheet, words)
    assert layout is not None
    assert layout.header_rows == (1,)
    assert layout.columns == {"A": "date", "B": "title", "C": "participants", "D": None}


def test_malformed_header_words_are_refused(tmp_path: Path) -> None:
    good = json.loads(resource_path("ledgers", "header_words.json").read_text(encoding="utf-8"))
    twice = json.loads(json.dumps(good))
    twice["kinds"][1]["fields"]["notes"].append("日　期")
    unknown = json.loads(json.dumps(good))
    unknown["kinds"][0]["fields"]["participants"] = ["人数"]
    no_fallback = json.loads(json.dumps(good))
    no_fallback["kinds"][1]["markers"] = ["活动"]
    for number, data in enumerate((twice, unknown, no_fallback, {"kinds": "training"})):
        path = tmp_path / f"words{number}.json"
        path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        with pytest.raises(ReferenceDataError):
            load_header_words(path)
    with pytest.raises(ReferenceDataError):
        load_header_words(tmp_path / "missing.json")
