"""The county report's writers: the signed payload, the workbook (every figure read back is the report's, the
signature verifies, a cell changed by hand or a changed payload is found and named, a township return is
refused) and the PDF (its text extracts with the title and the totals, every font embedded)."""

from __future__ import annotations

import json
import re
import zipfile
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook

from kesu_desktop.base.errors import ReturnFormatError
from kesu_desktop.base.signing import new_private_key
from kesu_desktop.base.translation import Nested, Translator
from kesu_desktop.county.reports.document import (
    ChartSeries,
    Report,
    ReportChart,
    ReportRow,
    ReportSheet,
    ReportTable,
    ReportText,
)
from kesu_desktop.county.reports.pdf import render_report_pdf, write_report_pdf
from kesu_desktop.county.reports.signed import report_payload, sign_report
from kesu_desktop.county.reports.workbook import verify_report_workbook, write_report_workbook
from kesu_desktop.county.reports.workbook_sheet import FIRST_ROW, MANIFEST_SHEET
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.pdf.fonts import FontChain, bundled_font, load_font
from kesu_desktop.returns.workbook.layout import MANIFEST_SHEET as RETURN_MANIFEST_SHEET
from kesu_desktop.returns.workbook.reader import read_return_workbook
from tests.pdf_text import embedded_fonts
from tests.unit.test_return_workbook import MAY, make_return

KEY = new_private_key()
ACTIVITIES = ReportTable(
    number="表1",
    title="科普活动情况",
    label_heading="乡镇",
    columns=("次数", "参加人次", "完成率（%）", "情况"),
    groups=(("科普活动", 2),),
    measure="次、人次、%",
    rows=(
        ReportRow("01", "合计", (57, 13580, Decimal("87.5"), None), is_total=True),
        ReportRow("02", "新城镇", (31, 9020, Decimal("90.0"), "已完成")),
        ReportRow("03", "其中：青少年", (12, 3100, Decimal("75.25"), "—"), is_part=True),
        ReportRow("04", "东关镇", (26, 4560, Decimal("85"), "未完成")),
    ),
)
TRAININGS = ReportTable(
    number="表2",
    title="培训情况",
    label_heading="项目",
    columns=("期数", "人次"),
    measure="期、人次",
    rows=(ReportRow("01", "合计", (9, 412), is_total=True), ReportRow("02", "农民培训", (9, 412))),
)
CHART = ReportChart(
    number="图1",
    title="各乡镇科普活动次数",
    kind="bar",
    categories=("新城镇", "东关镇", "西河乡"),
    series=(ChartSeries("2024年", (28.0, 20.0, None)), ChartSeries("2025年", (31.0, 26.0, 7.5))),
    measure="次",
)
LINE = replace(CHART, number="图2", title="历年参加人次", kind="line")


def sample_report(*, demo: bool = False) -> Report:
    return Report(
        kind="consolidated",
        scope="2025-03",
        title="科普工作汇总表",
        form_number="襄科素汇1表",
        authority="襄汾县科学技术协会",
        office="襄汾县科协",
        period_label="2025年3月",
        made_on=date(2025, 4, 8),
        sheets=(
            ReportSheet("汇总表", (ACTIVITIES, TRAININGS)),
            ReportSheet(
                "分析",
                (
                    CHART,
                    LINE,
                    ReportText("summary", "一、总体情况", "本月各乡镇按时报送，活动次数比上年同期增加。"),
                    ReportText("problems", "二、存在问题", ""),
                ),
            ),
        ),
        notes=("参加人次按各乡镇报表汇总。", "西河乡未报送2024年数据。"),
        file_stem="科普工作汇总表_2025-03",
        is_demo=demo,
    )


def bundled_only() -> FontChain:
    font = load_font(bundled_font())
    assert font is not None
    return FontChain([font])


def written(tmp_path: Path, report: Report) -> tuple[Path, SignedManifest]:
    manifest = sign_report(report, KEY)
    return write_report_workbook(tmp_path / f"{report.file_stem}.xlsx", report, manifest), manifest


def _figure(value: object) -> object:
    return Decimal(repr(value)) if isinstance(value, float) else value


def rows_of(sheet, label: str) -> list[tuple[object, ...]]:
    """The rows below the row whose first cell is ``label``'s caption, up to the first empty first cell."""
    rows = list(sheet.iter_rows(values_only=True))
    start = next(index for index, row in enumerate(rows) if isinstance(row[0], str) and row[0].startswith(label))
    return rows[start:]


# --- the payload ----------------------------------------------------------------------------------------------


def test_the_payload_holds_every_sheet_with_decimals_as_text_and_is_signed():
    report = sample_report()
    payload = report_payload(report)
    assert payload["format"] == "kesu-county-report" and payload["format_version"] == 1
    assert (payload["kind"], payload["scope"], payload["made_on"]) == ("consolidated", "2025-03", "2025-04-08")
    table = payload["sheets"][0]["sections"][0]
    assert table["rows"][0] == {
        "code": "01",
        "label": "合计",
        "cells": [57, 13580, "87.5", None],
        "is_total": True,
        "is_part": False,
    }
    assert table["rows"][2]["cells"][2] == "75.25" and table["rows"][2]["is_part"]
    chart = payload["sheets"][1]["sections"][0]
    assert chart["series"][0] == {"name": "2024年", "values": [28.0, 20.0, None]}
    assert payload["sheets"][1]["sections"][3] == {
        "type": "text",
        "key": "problems",
        "heading": "二、存在问题",
        "text": "",
    }
    json.dumps(payload, allow_nan=False)
    manifest = sign_report(report, KEY)
    assert manifest.is_authentic() and manifest.payload == payload


# --- the workbook ---------------------------------------------------------------------------------------------


def test_every_figure_of_the_workbook_is_the_reports(tmp_path: Path):
    report = sample_report()
    path, _manifest = written(tmp_path, report)
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["汇总表", "分析", MANIFEST_SHEET]
    assert workbook[MANIFEST_SHEET].sheet_state == "veryHidden"
    sheet = workbook["汇总表"]
    for table in (ACTIVITIES, TRAININGS):
        rows = rows_of(sheet, table.number)
        assert rows[0][0] == f"{table.number}\u3000{table.title}"
        assert rows[3][: 2 + len(table.columns)] == ("甲", "乙", *map(str, table.column_numbers()))
        for row, shown in zip(table.rows, rows[4:], strict=False):
            assert shown[0] == row.label and shown[1] == row.code
            cells = tuple(_figure(value) for value in shown[2 : 2 + len(row.cells)])
            assert cells == row.cells, row.code
    total = next(c for c in sheet["A"] if c.value == "合计")
    assert total.font.b and sheet.cell(total.row, 3).font.b
    part = next(c for c in sheet["A"] if c.value == "其中：青少年")
    assert part.alignment.indent > next(c for c in sheet["A"] if c.value == "新城镇").alignment.indent
    decimal_cell = sheet.cell(total.row, 5)
    assert decimal_cell.number_format == "0.0" and sheet.cell(total.row, 3).number_format == "0"
    assert sheet.cell(part.row, 5).number_format == "0.00"
    chart_rows = rows_of(workbook["分析"], CHART.number)
    assert chart_rows[1][2:4] == ("2024年", "2025年")
    for index, category in enumerate(CHART.categories):
        shown = chart_rows[2 + index]
        assert shown[0] == category
        assert shown[2:4] == tuple(series.values[index] for series in CHART.series)


def test_the_sheets_are_laid_out_as_official_forms(tmp_path: Path):
    report = sample_report()
    path, manifest = written(tmp_path, report)
    workbook = load_workbook(path)
    for sheet in (workbook["汇总表"], workbook["分析"]):
        texts = [str(c.value) for row in sheet.iter_rows(max_row=FIRST_ROW) for c in row if c.value is not None]
        assert texts[0] == report.title
        assert "表\u3000\u3000号：襄科素汇1表" in texts and "制定机关：襄汾县科学技术协会" in texts
        assert {"填报单位（盖章）：襄汾县科协", "所属期：2025年3月", "计量单位：见各表"} <= set(texts)
        assert sheet.page_setup.orientation == "landscape" and sheet.page_setup.fitToWidth == 1
        assert sheet.HeaderFooter.oddHeader.left.text in (None, "")
    headings = rows_of(workbook["汇总表"], ACTIVITIES.number)
    assert headings[1][:3] == ("乡镇", "代码", "科普活动") and headings[2][2:4] == ("次数", "参加人次")
    assert headings[1][4:6] == ("完成率（%）", "情况")
    last = [str(c.value) for row in workbook["分析"].iter_rows() for c in row if c.value is not None]
    assert any(text.startswith("单位负责人：") and "报出日期：2025年4月8日" in text for text in last)
    assert "1. 参加人次按各乡镇报表汇总。" in last and "2. 西河乡未报送2024年数据。" in last
    assert any(manifest.fingerprint in text and manifest.key_fingerprint in text for text in last)
    assert "本月各乡镇按时报送，活动次数比上年同期增加。" in last
    first = [str(c.value) for row in workbook["汇总表"].iter_rows() for c in row if c.value is not None]
    assert not any(text.startswith("单位负责人") for text in first)


def test_a_demo_report_is_marked_on_every_sheet(tmp_path: Path):
    path, _manifest = written(tmp_path, sample_report(demo=True))
    workbook = load_workbook(path)
    for name in ("汇总表", "分析"):
        assert workbook[name].HeaderFooter.oddHeader.left.text == "演示数据（不是正式报表）"
        assert workbook[name].HeaderFooter.firstHeader.left.text == "演示数据（不是正式报表）"
    assert verify_report_workbook(path).ok


def test_the_workbook_verifies(tmp_path: Path):
    path, manifest = written(tmp_path, sample_report())
    result = verify_report_workbook(path)
    assert result.ok and result.problems == ()
    assert (result.fingerprint, result.key_fingerprint) == (manifest.fingerprint, manifest.key_fingerprint)
    assert (result.kind, result.scope) == ("consolidated", "2025-03")


def _edit(path: Path, sheet: str, find: object, column: int, value: object) -> str:
    workbook = load_workbook(path)
    row = next(c.row for c in workbook[sheet]["A"] if c.value == find)
    cell = workbook[sheet].cell(row, column)
    cell.value = value
    workbook.save(path)
    return cell.coordinate


def said(language: str, problems: tuple[Nested, ...]) -> list[str]:
    tr = Translator(language)
    return [tr.format(problem.context, problem.template, problem.values) for problem in problems]


@pytest.mark.parametrize(
    ("sheet", "find", "column", "value"),
    [
        ("汇总表", "合计", 3, 58),
        ("汇总表", "新城镇", 5, 91.0),
        ("汇总表", "东关镇", 6, "已完成"),
        ("汇总表", "新城镇", 1, "新城"),
        ("汇总表", "农民培训", 4, None),
        ("分析", "东关镇", 3, 21),
    ],
)
def test_a_cell_changed_by_hand_is_found_and_named(tmp_path: Path, sheet: str, find: str, column: int, value):
    path, _manifest = written(tmp_path, sample_report())
    coordinate = _edit(path, sheet, find, column, value)
    result = verify_report_workbook(path)
    assert not result.ok
    assert len(result.problems) == 1
    english, chinese = (said(language, result.problems)[0] for language in ("en", "zh_CN"))
    assert f"Sheet {sheet}" in english and f"cell {coordinate}" in english
    assert f"工作表 {sheet}" in chinese and coordinate in chinese and "Sheet" not in chinese


def _edit_hidden(path: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as source:
        contents = {name: source.read(name) for name in source.namelist()}
    changed = [name for name, data in contents.items() if old.encode() in data]
    assert changed
    for name in changed:
        contents[name] = contents[name].replace(old.encode(), new.encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in contents.items():
            target.writestr(name, data)


def test_a_changed_payload_breaks_the_signature(tmp_path: Path):
    path, _manifest = written(tmp_path, sample_report())
    _edit_hidden(path, '"cells":[57,13580,', '"cells":[58,13580,')
    result = verify_report_workbook(path)
    assert not result.ok
    problems = said("en", result.problems)
    assert any("signature" in problem for problem in problems)
    assert any("cell C" in problem and "58" in problem for problem in problems)


def test_a_township_return_is_refused_and_a_report_is_no_return(unit_store, reference, tmp_path: Path):
    township = make_return(unit_store, reference, MAY, tmp_path)
    with pytest.raises(ReturnFormatError, match="not a county report"):
        verify_report_workbook(township.path)
    path, _manifest = written(tmp_path, sample_report())
    assert RETURN_MANIFEST_SHEET not in load_workbook(path).sheetnames
    with pytest.raises(ReturnFormatError, match="not a monthly return"):
        read_return_workbook(path)


def test_a_manifest_of_another_report_is_refused_and_nothing_is_written(tmp_path: Path):
    other = sign_report(replace(sample_report(), scope="2025-04"), KEY)
    with pytest.raises(ValueError, match="not made from this report"):
        write_report_workbook(tmp_path / "r.xlsx", sample_report(), other)
    assert list(tmp_path.iterdir()) == []


# --- the PDF --------------------------------------------------------------------------------------------------


def pdf_text(path: Path) -> list[str]:
    document = pdfium.PdfDocument(str(path))
    try:
        return [page.get_textpage().get_text_range() for page in document]
    finally:
        document.close()


def test_the_pdf_extracts_its_title_and_totals_and_embeds_every_font(tmp_path: Path):
    report = sample_report()
    manifest = sign_report(report, KEY)
    path = write_report_pdf(tmp_path / "r.pdf", report, manifest, fonts=bundled_only())
    pages = pdf_text(path)
    text = "".join(pages)
    assert report.title in text and "表号：襄科素汇1表" in re.sub(r"\s", "", text)
    assert "13580" in text and "87.5" in text and "412" in text
    assert "一、总体情况" in text and "2025年4月8日" in text
    assert "演示数据" not in text
    chart_page = next(page for page in pages if CHART.title in page)
    assert ACTIVITIES.title not in chart_page  # the second sheet starts a new page
    assert "75.25" in text and "90.0" in text  # decimals with their own places, at least one
    for number, page in enumerate(pages, start=1):
        assert f"第 {number} 页 共 {len(pages)} 页" in page
        assert manifest.fingerprint in page and manifest.key_fingerprint in page
    assert len(pages) >= 2  # each sheet starts a new page
    embedded = embedded_fonts(path)
    assert embedded and all(embedded)
    assert b"/FontFile2" in path.read_bytes()


def test_a_demo_pdf_is_marked_on_every_page(tmp_path: Path):
    report = sample_report(demo=True)
    data = render_report_pdf(report, sign_report(report, KEY), fonts=bundled_only())
    path = tmp_path / "demo.pdf"
    path.write_bytes(data)
    for page in pdf_text(path):
        assert "演示数据" in page


def test_a_line_over_time_with_a_single_point_is_drawn_as_bars():
    """The first year of a plan gives every yearly target one point: reportlab cannot draw a line of one point."""
    first_year = replace(LINE, categories=("2026年",), series=(ChartSeries("科技志愿者", (120.0,)),))
    report = replace(sample_report(), sheets=(ReportSheet("图表", (first_year,)),))
    manifest = sign_report(report, new_private_key())
    pages = pdfium.PdfDocument(render_report_pdf(report, manifest, fonts=bundled_only()))
    assert "科技志愿者" in pages[0].get_textpage().get_text_range()
