"""The receipt list of a county import: every file of the import a row of the workbook and of the PDF, with its
unit, period, version, fingerprint, status, reason and path; the counts by status; the mark of an undone import;
only the embedded font in the PDF; and writing that leaves no file under the final name when it fails.

The headings are checked through the translator in both languages, so the checks hold before and after the
Chinese of the ``Receipts`` context is in the catalogue; values (units, codes, periods, fingerprints) directly.
The PDF is read back with pypdfium2 (tests/pdf_text.py), so poppler is not needed.
"""

from __future__ import annotations

import re
import uuid
from datetime import datetime
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from openpyxl import load_workbook
from reportlab.pdfbase.ttfonts import TTFontFile

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.safe_write import WriteError, leftover_temporaries
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.receipt import content as receipt_content
from kesu_desktop.county.inbox.receipt import pdf as receipt_pdf
from kesu_desktop.county.inbox.receipt import workbook as receipt_workbook
from kesu_desktop.county.inbox.receipt.files import HEADINGS, write_receipt_pdf, write_receipt_workbook
from kesu_desktop.county.inbox.types import (
    INVALID,
    KEY_TO_CONFIRM,
    NEW,
    REPLACES,
    SKIPPED,
    STATUS_LABELS,
    FileResult,
    ImportRecord,
)
from kesu_desktop.returns.pdf.fonts import FontChain, bundled_font, load_font
from kesu_desktop.returns.workbook.reader import UNREADABLE
from kesu_desktop.returns.workbook.style import display_width
from tests.pdf_text import document_text, fonts_used, opened, page_count, page_text

ZH = Translator("zh_CN")
EN = Translator("en")
OFFICE = "襄汾县全民科学素质工作领导组办公室"
LONG_FOLDER = "E:\\科素月报\\2025年5月份各乡镇报送材料汇总（第二批，含补报与更正）\\"
BROKEN = KesuError(UNREADABLE, path=LONG_FOLDER + "陶寺乡.xlsx", reason=" ".join(["File is not a zip file"] * 6))
RESULTS = (
    FileResult(
        LONG_FOLDER + "新城镇_2025年5月_科普工作月报.xlsx",
        NEW,
        unit_code="141023101",
        unit_name="新城镇",
        period="2025-05",
        version=1,
        fingerprint="3F9A-12C7-88B0-5E41",
        key_fingerprint="7C21-9B04",
        activities=12,
        trainings=3,
    ),
    FileResult(
        "E:\\赵康镇_2025-05_v2.xlsx",
        REPLACES,
        unit_code="141023102",
        unit_name="赵康镇",
        period="2025-05",
        version=2,
        fingerprint="0A1B-2C3D-4E5F-6071",
    ),
    FileResult(LONG_FOLDER + "陶寺乡.xlsx", INVALID, reason=BROKEN, unit_code="141023201", period="2025-04"),
    FileResult("E:\\说明.xlsx", SKIPPED),
    FileResult(
        "E:\\汾城镇_2025-05.xlsx",
        KEY_TO_CONFIRM,
        unit_code="141023103",
        unit_name="汾城镇",
        period="2025-05",
        version=1,
        fingerprint="9999-AAAA-BBBB-CCCC",
        key_fingerprint="1234-ABCD",
    ),
)
RECORD = ImportRecord(uuid.UUID("6f1c2d3e-4a5b-4c6d-8e7f-901234567890"), datetime(2025, 6, 18, 9, 5), "李县科", RESULTS)
UNDONE = ImportRecord(
    RECORD.import_id, RECORD.started_at, RECORD.actor, RESULTS, datetime(2025, 6, 19, 14, 30), "王主任"
)


def expected_rows(translator: Translator) -> list[list[object]]:
    """Number, unit, period, version and fingerprint of each row."""

    def unit(name: str, code: str) -> str:
        return translator.format("Receipts", receipt_content.UNIT, {"name": name, "code": code})

    def version(number: int) -> str:
        return translator.format("Receipts", receipt_content.VERSION, {"version": number})

    may, april = ("May 2025", "April 2025") if translator.language == "en" else ("2025年5月", "2025年4月")
    return [
        [1, unit("新城镇", "141023101"), may, version(1), "3F9A-12C7-88B0-5E41"],
        [2, unit("赵康镇", "141023102"), may, version(2), "0A1B-2C3D-4E5F-6071"],
        [3, "141023201", april, "—", "—"],
        [4, "—", "—", "—", "—"],
        [5, unit("汾城镇", "141023103"), may, version(1), "9999-AAAA-BBBB-CCCC"],
    ]


def bundled_only() -> FontChain:
    font = load_font(bundled_font())
    assert font is not None
    return FontChain([font])


def char_boxes(path: Path) -> list[tuple[float, float, float, float]]:
    """Every printed character's box on every page, as left, bottom, right, top in points."""
    with opened(path) as document:
        boxes = []
        for page in document:
            textpage = page.get_textpage()
            boxes += [textpage.get_charbox(index) for index in range(textpage.count_chars())]
        return boxes


def rendered(path: Path, dpi: int) -> list[pdfium.PdfBitmap]:
    with opened(path) as document:
        return [page.render(scale=dpi / 72) for page in document]


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def sheet_values(path: Path) -> list[list[object]]:
    sheet = load_workbook(path).worksheets[0]
    return [list(row) for row in sheet.iter_rows(values_only=True)]


def heading_index(rows: list[list[object]], translator: Translator) -> int:
    headings = [translator.translate("Receipts", heading) for heading in HEADINGS]
    return next(index for index, row in enumerate(rows) if row[: len(headings)] == headings)


def in_both_languages(text: str, english: str) -> bool:
    return text in (english, ZH.translate("Receipts", english))


# --- the workbook ----------------------------------------------------------------------------------------------


def test_every_file_is_a_row_with_its_facts(shipped_reference, tmp_path):
    path = write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, ZH)
    rows = sheet_values(path)
    heading = heading_index(rows, ZH)
    table = rows[heading + 1 : heading + 1 + len(RESULTS)]
    assert [row[:5] for row in table] == expected_rows(ZH)
    assert [row[5] for row in table] == [ZH.translate("Inbox", STATUS_LABELS[r.status]) for r in RESULTS]
    assert [row[6] for row in table] == [None, None, ZH.render(BROKEN), None, None]
    assert "陶寺乡.xlsx" in str(table[2][6]) and "无法作为" in str(table[2][6]), "the reason reads in Chinese"
    assert [row[7] for row in table] == [result.file for result in RESULTS]


def test_the_title_block_names_the_office_the_import_the_time_and_who(shipped_reference, tmp_path):
    rows = sheet_values(write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, ZH))
    assert in_both_languages(str(rows[0][0]), "Receipt list")
    assert rows[1][0] == OFFICE
    facts = str(rows[2][0])
    for fact in (str(RECORD.import_id), "李县科", "09:05"):
        assert fact in facts
    assert "2025年6月18日" in facts or "2025-06-18" in facts
    assert heading_index(rows, ZH) == 3, "no line of an undone import"


def test_the_counts_by_status_follow_the_table(shipped_reference, tmp_path):
    rows = sheet_values(write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, ZH))
    counts = rows[heading_index(rows, ZH) + len(RESULTS) + 2 :]
    assert in_both_languages(str(counts[0][0]), "Files by status")
    in_order = (NEW, REPLACES, INVALID, KEY_TO_CONFIRM, SKIPPED)  # the order of STATUSES; none twice here
    assert [(row[0], row[2]) for row in counts[1:-1]] == [
        (ZH.translate("Inbox", STATUS_LABELS[s]), 1) for s in in_order
    ]
    assert in_both_languages(str(counts[-1][0]), "Total") and counts[-1][2] == len(RESULTS)


def test_an_undone_import_is_marked(shipped_reference, tmp_path):
    path = write_receipt_workbook(tmp_path / "receipts.xlsx", UNDONE, shipped_reference, ZH)
    rows = sheet_values(path)
    mark = str(rows[3][0])
    assert "王主任" in mark and "14:30" in mark
    assert heading_index(rows, ZH) == 4
    assert mark in load_workbook(path).worksheets[0].oddHeader.left.text, "on every printed page too"


def test_the_headings_follow_the_language(shipped_reference, tmp_path):
    rows = sheet_values(write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, EN))
    heading = heading_index(rows, EN)
    assert rows[heading][:8] == list(HEADINGS)
    assert [row[:5] for row in rows[heading + 1 : heading + 1 + len(RESULTS)]] == expected_rows(EN)
    assert rows[heading + 1][1:4] == ["新城镇 (141023101)", "May 2025", "Version 1"]


def test_the_columns_are_wide_enough_and_long_texts_wrap(shipped_reference, tmp_path):
    path = write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, ZH)
    sheet = load_workbook(path).worksheets[0]
    widths = {letter: sheet.column_dimensions[letter].width for letter in "ABCDEFGH"}
    units = [str(row[1]) for row in expected_rows(ZH)]
    assert widths["B"] >= max(display_width(unit) for unit in units) + 1, "a unit and its code on one line"
    assert widths["E"] >= len("3F9A-12C7-88B0-5E41") + 1, "a fingerprint on one line"
    assert widths["G"] <= 40 and widths["H"] <= 40, "long reasons and paths wrap rather than widen the page"
    first = heading_index(sheet_values(path), ZH) + 2
    assert sheet.cell(row=first, column=8).alignment.wrap_text
    assert sheet.row_dimensions[first].height > sheet.row_dimensions[first + 1].height, "a long path takes lines"
    assert sheet.page_setup.orientation == "landscape"


def test_an_import_of_no_files_still_makes_a_list(shipped_reference, tmp_path):
    empty = ImportRecord(uuid.uuid4(), datetime(2025, 6, 18, 9, 5), "李县科", ())
    rows = sheet_values(write_receipt_workbook(tmp_path / "receipts.xlsx", empty, shipped_reference, ZH))
    assert rows[heading_index(rows, ZH) + 3][2] == 0


# --- the PDF -------------------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def printed(shipped_reference, tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("pdf") / "receipts.pdf"
    return write_receipt_pdf(path, UNDONE, shipped_reference, ZH, fonts=bundled_only())


def test_the_pdf_embeds_only_the_bundled_font(printed):
    fonts = fonts_used(printed)
    assert fonts, "no font in the PDF"
    assert all(font.embedded for font in fonts), fonts
    assert all("WenQuanYiMicroHei" in font.name for font in fonts), fonts
    whole = TTFontFile(str(bundled_font().path), subfontIndex=bundled_font().subfont_index).numGlyphs
    assert all(font.glyphs is not None and font.glyphs < whole for font in fonts), "fonts are embedded as subsets"


def test_the_pdf_shows_every_file_and_the_undone_mark(printed):
    text = compact(document_text(printed))
    for row in expected_rows(ZH):
        for value in row[1:]:
            assert compact(str(value)) in text
    assert OFFICE in text and str(RECORD.import_id) in text and "王主任" in text
    assert compact(RESULTS[0].file) in text, "the long path is printed whole (wrapped)"
    assert "第1页共1页" in text or "Page1of1" in text


def test_the_pdf_is_a4_landscape_and_renders(printed):
    with opened(printed) as document:
        sizes = [page.get_size() for page in document]
    assert [(round(width, 2), round(height, 2)) for width, height in sizes] == [(841.89, 595.28)], sizes  # A4
    pages = rendered(printed, dpi=60)
    assert [(bitmap.width, bitmap.height) for bitmap in pages] == [(702, 497)], "one page, rendered whole at 60 dpi"
    assert min(bytes(pages[0].buffer)) < 128, "with something drawn on it"


def test_long_texts_wrap_inside_their_cells(printed):
    right_edge = 841.89 - 15 * 72 / 25.4
    lefts_and_rights = [(left, right) for left, _bottom, right, _top in char_boxes(printed)]
    assert lefts_and_rights and all(right <= right_edge + 1 for _left, right in lefts_and_rights), "within the page"
    laid_out = document_text(printed)
    assert RESULTS[0].file not in laid_out, "the long path is wrapped over lines of its cell"
    assert compact(RESULTS[0].file) in compact(laid_out), "and printed whole"


def test_many_files_take_several_numbered_pages(shipped_reference, tmp_path):
    many = ImportRecord(RECORD.import_id, RECORD.started_at, RECORD.actor, RESULTS * 20)
    path = write_receipt_pdf(tmp_path / "many.pdf", many, shipped_reference, ZH, fonts=bundled_only())
    pages = page_count(path)
    assert pages > 1
    last = compact(page_text(path, pages))
    assert f"第{pages}页共{pages}页" in last or f"Page{pages}of{pages}" in last


# --- writing -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(("write", "name"), [(write_receipt_workbook, "r.xlsx"), (write_receipt_pdf, "r.pdf")])
def test_a_missing_folder_is_a_clear_write_error(shipped_reference, tmp_path, write, name):
    with pytest.raises(WriteError) as raised:
        write(tmp_path / "gone" / name, RECORD, shipped_reference, ZH)
    assert name in str(raised.value)
    assert not (tmp_path / "gone").exists()


def test_a_workbook_that_does_not_read_back_leaves_the_previous_file(shipped_reference, tmp_path, monkeypatch):
    target = tmp_path / "receipts.xlsx"
    target.write_bytes(b"the previous good file")
    monkeypatch.setattr(
        receipt_workbook, "bytes_writer", lambda data: lambda temporary: temporary.write_bytes(data[:-200])
    )
    with pytest.raises(WriteError):
        write_receipt_workbook(target, RECORD, shipped_reference, ZH)
    assert target.read_bytes() == b"the previous good file"
    assert leftover_temporaries(tmp_path) == []


def test_a_workbook_whose_rows_read_back_otherwise_is_not_placed(shipped_reference, tmp_path, monkeypatch):
    monkeypatch.setattr(receipt_workbook, "_expected_rows", lambda receipt: [[1, "another unit"]])
    with pytest.raises(WriteError) as raised:
        write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, ZH)
    assert "receipts.xlsx" in str(raised.value)
    assert list(tmp_path.iterdir()) == []


def test_an_incomplete_pdf_leaves_no_file(shipped_reference, tmp_path, monkeypatch):
    target = tmp_path / "receipts.pdf"
    monkeypatch.setattr(receipt_pdf, "bytes_writer", lambda data: lambda temporary: temporary.write_bytes(data[:-64]))
    with pytest.raises(WriteError):
        write_receipt_pdf(target, RECORD, shipped_reference, ZH, fonts=bundled_only())
    assert list(tmp_path.iterdir()) == []


def test_writing_again_replaces_the_file(shipped_reference, tmp_path):
    write_receipt_workbook(tmp_path / "receipts.xlsx", RECORD, shipped_reference, ZH)
    rows = sheet_values(write_receipt_workbook(tmp_path / "receipts.xlsx", UNDONE, shipped_reference, ZH))
    assert heading_index(rows, ZH) == 4
    assert [path.name for path in tmp_path.iterdir()] == ["receipts.xlsx"]
