"""The printed return: fonts embedded, every figure and record on paper as the form has it, page numbers and the
return's id and fingerprint on every page, kinsoku line breaking, rare characters, and atomic writing.

The PDFs are read back with pypdfium2 (tests/pdf_text.py: PDFium's text of each page and the fonts its text is set
in), as a person or the county's tools would read them; poppler is not needed.
"""

from __future__ import annotations

import re
import shutil
import struct
import unicodedata
import uuid
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path

import pytest
import reportlab
from hypothesis import example, given
from hypothesis import strategies as st
from reportlab.pdfbase.ttfonts import TTFontFile
from reportlab.platypus.doctemplate import LayoutError

from kesu_desktop.base.errors import MissingGlyphError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.safe_write import WriteError, leftover_temporaries
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.records.service import add_activity
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.form import ReturnForm, cell_text
from kesu_desktop.returns.manifest import ReturnIdentity, SignedManifest, signed_manifest
from kesu_desktop.returns.pdf.document import render_return_pdf, write_return_pdf
from kesu_desktop.returns.pdf.fonts import (
    FontChain,
    FontSource,
    bundled_font,
    discover_fonts,
    embedding_allowed,
    load_font,
)
from kesu_desktop.returns.pdf.line_breaking import NO_LINE_END, NO_LINE_START, break_lines, is_plain, may_break_before
from kesu_desktop.returns.pdf.text import TextBlock, TextStyle
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import require_installation, signing_key
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.pdf_text import document_text, font_names, fonts_of_char, fonts_used, page_count, page_text, text_lines
from tests.unit.test_store import sample_activity

TODAY = date(2025, 6, 18)
VERA = Path(reportlab.__file__).parent / "fonts" / "Vera.ttf"  # shipped with reportlab: Latin only
ONLY_IN_VERA = "∓"  # U+2213, which the bundled WenQuanYi Micro Hei lacks
IN_NO_FONT = "𠮷"  # U+20BB7, CJK extension B: neither the bundled font nor Vera has it
ZH = Translator("zh_CN")


@dataclass(frozen=True)
class Printed:
    path: Path
    form: ReturnForm
    manifest: SignedManifest


def bundled_only() -> FontChain:
    font = load_font(bundled_font())
    assert font is not None
    return FontChain([font])


def make_form(store: Store, reference: ReferenceData, period: str) -> tuple[ReturnForm, SignedManifest]:
    with store.transaction() as session:
        installation = require_installation(session)
        form = build_return_form(session, reference, installation, parse_period(period), ZH, filled_on=date(2025, 6, 3))
        key = signing_key(session)
    identity = ReturnIdentity(uuid.uuid4(), 1, False, datetime(2025, 6, 3, 9, 30), installation.installation_id)
    return form, signed_manifest(form, identity, key)


def print_return(
    store: Store, reference: ReferenceData, period: str, path: Path, fonts: FontChain | None = None
) -> Printed:
    form, manifest = make_form(store, reference, period)
    write_return_pdf(path, form, manifest, reference=reference, fonts=fonts or bundled_only())
    return Printed(path, form, manifest)


def compact(text: str) -> str:
    return re.sub(r"\s+", "", text)


def full_glyph_count(source: FontSource) -> int:
    """How many glyphs the font file holds: an embedded subset holds fewer."""
    return int(TTFontFile(str(source.path), subfontIndex=source.subfont_index).numGlyphs)


@pytest.fixture(scope="module")
def demo(tmp_path_factory) -> tuple[Store, ReferenceData]:
    """A demo folder (新城镇) with three months of generated records up to TODAY."""
    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("demo")))
    with store.transaction() as session:
        fill_demo(session, reference, months=3, seed=1, today=TODAY)
    yield store, reference
    store.close()


@pytest.fixture(scope="module")
def may(demo, tmp_path_factory) -> Printed:
    store, reference = demo
    return print_return(store, reference, "2025-05", tmp_path_factory.mktemp("may") / "return.pdf")


# --- fonts ---------------------------------------------------------------------------------------------------


def test_the_font_is_embedded_and_no_other_font_is_used(may: Printed):
    fonts = fonts_used(may.path)
    assert fonts, "no font in the PDF"
    assert all(font.embedded for font in fonts), fonts
    assert all(font.glyphs is not None for font in fonts), "every font is an embedded TrueType program, no Type 3"
    assert all("WenQuanYiMicroHei" in font.name for font in fonts), fonts
    whole = full_glyph_count(bundled_font())
    assert all(font.glyphs is not None and font.glyphs < whole for font in fonts), "fonts are embedded as subsets"


def test_with_the_fonts_of_this_computer_every_font_is_embedded(demo, tmp_path):
    store, reference = demo
    printed = print_return(store, reference, "2025-05", tmp_path / "return.pdf", fonts=discover_fonts())
    fonts = fonts_used(printed.path)
    assert fonts and all(font.embedded and font.glyphs is not None for font in fonts), fonts  # no Type 3 either


def test_the_bundled_font_may_be_embedded():
    assert embedding_allowed(bundled_font())


def restricted_copy(source: Path, target: Path, fs_type: int) -> Path:
    """A copy of a TrueType font whose OS/2 table says ``fs_type``."""
    data = bytearray(source.read_bytes())
    (tables,) = struct.unpack(">H", data[4:6])
    for number in range(tables):
        tag, _checksum, offset, _length = struct.unpack(">4sIII", data[12 + 16 * number : 28 + 16 * number])
        if tag == b"OS/2":
            data[offset + 8 : offset + 10] = struct.pack(">H", fs_type)
    target.write_bytes(bytes(data))
    return target


@pytest.mark.parametrize(
    ("fs_type", "allowed"),
    [
        (0x0000, True),
        (0x0004, True),
        (0x0008, True),
        (0x0002, False),
        (0x0100, False),
        (0x0200, False),
        (0x000A, False),
    ],
)
def test_a_font_whose_licence_forbids_embedding_is_not_used(tmp_path, fs_type: int, allowed: bool):
    font = restricted_copy(VERA, tmp_path / "font.ttf", fs_type)
    assert embedding_allowed(FontSource(font)) is allowed
    assert (load_font(FontSource(font)) is not None) is allowed


def test_a_file_that_is_no_font_is_not_used(tmp_path):
    (tmp_path / "simfang.ttf").write_bytes(b"not a font at all")
    assert not embedding_allowed(FontSource(tmp_path / "simfang.ttf"))
    assert load_font(FontSource(tmp_path / "simfang.ttf")) is None


def test_the_pcs_own_fangsong_is_preferred_when_it_may_be_embedded(tmp_path):
    shutil.copy(VERA, tmp_path / "SIMFANG.TTF")  # stands in for Windows' 仿宋: file names are matched in any case
    fonts = discover_fonts([tmp_path])
    assert fonts.body.source.path == tmp_path / "SIMFANG.TTF"
    assert fonts.fonts[1].source == bundled_font()
    assert fonts.font_for("汾") is fonts.fonts[1], "what the PC's font lacks comes from the bundled font"


def test_a_fangsong_that_may_not_be_embedded_is_passed_over(tmp_path):
    restricted_copy(VERA, tmp_path / "simfang.ttf", 0x0002)
    shutil.copy(VERA, tmp_path / "simsun.ttc")  # not a collection, but a font: the next choice
    fonts = discover_fonts([tmp_path])
    assert fonts.body.source.path == tmp_path / "simsun.ttc"
    (tmp_path / "restricted").mkdir()
    restricted_copy(VERA, tmp_path / "restricted" / "simsun.ttc", 0x0002)
    fonts = discover_fonts([tmp_path / "nothing-here", tmp_path / "restricted"])
    assert fonts.body.source == bundled_font()


def test_a_pdf_set_in_the_pcs_font_takes_chinese_from_the_bundled_one(demo, tmp_path):
    shutil.copy(VERA, tmp_path / "simfang.ttf")
    store, reference = demo
    printed = print_return(store, reference, "2025-05", tmp_path / "return.pdf", fonts=discover_fonts([tmp_path]))
    names = font_names(printed.path)
    assert names == {"BitstreamVeraSans-Roman", "WenQuanYiMicroHei-0"}
    assert printed.form.header.unit_name in page_text(printed.path, 1)


# --- what is printed -----------------------------------------------------------------------------------------


def test_the_header_is_printed(may: Printed):
    first = compact(page_text(may.path, 1))
    header = may.form.header
    for text in (may.form.title, header.unit_name, header.period_label, header.clerk, header.phone, "2025年6月3日"):
        assert compact(text) in first
    for label in (
        "表号",
        "制定机关",
        "有效期至",
        "填报单位（盖章）",
        "所属期",
        "计量单位",
        "填报人",
        "联系电话",
        "审核人",
        "单位负责人",
        "填报日期",
    ):
        assert label in first, label
    assert may.form.form_number in first


def test_every_table_is_printed_with_its_figures_as_cell_text_gives_them(may: Printed):
    lines = text_lines(may.path)
    for table in may.form.tables:
        assert any(compact(f"{table.number}{table.title}") in compact(line) for line in lines), table.number
        for row in table.rows:
            figures = " ".join(cell_text(cell, ZH) for cell in row.cells)
            expected = f"{row.label} {row.code} {figures}" if row.is_total else f"{row.code} {figures}"
            assert any(expected in line for line in lines), (table.number, expected)
    totals = [row for table in may.form.tables for row in table.rows if row.is_total]
    assert len(totals) == 3 and any(cell != 0 for row in totals for cell in row.cells), "the demo month has records"


def test_the_numbered_columns_are_headed_jia_yi_and_1_to_n(may: Printed):
    lines = text_lines(may.path)
    activities = may.form.tables[0]
    numbers = " ".join(str(number) for number in activities.column_numbers())
    assert f"甲 乙 {numbers}" in lines
    assert activities.column_numbers()[-1] == 15  # 合计 (次数, 人次, 其中女性) and six groups (次数, 人次)


def test_every_page_has_its_number_the_return_id_and_the_fingerprint(may: Printed):
    total = page_count(may.path)
    assert total >= 2
    return_id = may.manifest.payload["return_id"]
    assert re.fullmatch(r"[0-9A-F]{4}(-[0-9A-F]{4}){3}", may.manifest.fingerprint)
    for page in range(1, total + 1):
        text = page_text(may.path, page)
        assert re.search(rf"第\s*{page}\s*页\s*共\s*{total}\s*页", text), page
        assert return_id in text and may.manifest.fingerprint in text, page


def test_a_demo_return_is_marked_on_every_page_and_a_real_one_on_none(may: Printed, unit_store, reference, tmp_path):
    for page in range(1, page_count(may.path) + 1):
        assert "演示数据" in page_text(may.path, page), page
        assert f"密钥：{may.manifest.key_fingerprint}" in page_text(may.path, page), page
    real = print_return(unit_store, reference, "2024-03", tmp_path / "real.pdf")
    assert "演示数据" not in document_text(real.path)


def test_a_print_preview_is_marked_as_such_on_every_page(demo, tmp_path):
    store, reference = demo
    form, manifest = make_form(store, reference, "2025-05")
    path = tmp_path / "preview.pdf"
    path.write_bytes(render_return_pdf(form, manifest, reference=reference, fonts=bundled_only(), preview=True))
    for page in range(1, page_count(path) + 1):
        assert "预览" in page_text(path, page), page


def test_the_registers_list_every_record(may: Printed):
    assert may.form.activities and may.form.trainings
    text = compact(document_text(may.path))
    for record in (*may.form.activities, *may.form.trainings):
        assert compact(record.data.title) in text, record.data.title
    assert f"共{len(may.form.activities)}项" in text and f"共{len(may.form.trainings)}项" in text


def test_the_sign_off_block_and_the_notes_are_printed(may: Printed):
    text = compact(document_text(may.path))
    for words in ("单位负责人（签字）", "审核人（签字）", "填报人（签字）", "填报单位（盖章）", "报出日期", "说明"):
        assert words in text
    for note in may.form.notes:
        assert compact(note) in text


def test_a_correction_says_so_and_lists_its_changes(demo, tmp_path):
    store, reference = demo
    form, manifest = make_form(store, reference, "2025-05")
    form = replace(
        form, version=2, is_correction=True, corrections=("表1 合计 次数：7 → 8",), correction_reason="漏报一次讲座"
    )
    write_return_pdf(tmp_path / "v2.pdf", form, manifest, reference=reference, fonts=bundled_only())
    text = compact(document_text(tmp_path / "v2.pdf"))
    assert "第2版（更正）" in text and compact("表1 合计 次数：7 → 8") in text
    assert "更正原因：漏报一次讲座" in text


def test_a_month_without_records_prints_zeros_and_empty_registers(unit_store, reference, tmp_path):
    printed = print_return(unit_store, reference, "2024-03", tmp_path / "empty.pdf")
    text = document_text(printed.path)
    assert text.count("本期无记录") == 2
    total = next(row for row in printed.form.tables[0].rows if row.is_total)
    assert set(total.cells) == {0}
    assert f"{total.label} {total.code} " + " ".join(["0"] * 15) in text_lines(printed.path)


def test_long_registers_repeat_their_headings_on_every_page(unit_store, reference, tmp_path):
    with unit_store.transaction() as session:
        for number in range(90):
            add_activity(
                session,
                UNIT_CODE,
                sample_activity(f"第{number + 1}场：{'农村科普示范基地观摩，' * 3}"),
                reference,
                actor="t",
            )
    printed = print_return(unit_store, reference, "2024-03", tmp_path / "long.pdf")
    total = page_count(printed.path)
    first = next(page for page in range(1, total + 1) if "附表1" in page_text(printed.path, page))
    assert total - first >= 2, "the register runs over several pages"
    for page in range(first, total + 1):
        heading = " ".join(page_text(printed.path, page).split())
        assert "序号 日期 活动名称" in heading, page
    text = compact(document_text(printed.path))
    assert all(f"第{number}场" in text for number in range(1, 91))


# --- characters the fonts lack -------------------------------------------------------------------------------


def test_a_character_no_font_has_stops_the_pdf_and_is_named(unit_store, reference, tmp_path):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity(f"{IN_NO_FONT}家村科普讲座"), reference, actor="t")
    form, manifest = make_form(unit_store, reference, "2024-03")
    target = tmp_path / "return.pdf"
    chain = FontChain([bundled_only().body], lambda: [FontSource(VERA)])
    with pytest.raises(MissingGlyphError) as raised:
        write_return_pdf(target, form, manifest, reference=reference, fonts=chain)
    assert raised.value.char == IN_NO_FONT and raised.value.field == "title"
    message = Translator("en").render(raised.value)
    assert IN_NO_FONT in message and "U+20BB7" in message and "Title" in message and "家村科普讲座" in message
    assert not target.exists() and leftover_temporaries(tmp_path) == []


def test_a_character_only_a_fallback_font_has_is_printed_in_it(unit_store, reference, tmp_path):
    title = f"误差{ONLY_IN_VERA}0.5毫米的测量科普讲座"
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity(title), reference, actor="t")
    chain = FontChain([bundled_only().body], lambda: [FontSource(VERA)])
    printed = print_return(unit_store, reference, "2024-03", tmp_path / "return.pdf", fonts=chain)
    assert ONLY_IN_VERA in document_text(printed.path)
    assert compact(title) in compact(document_text(printed.path))
    assert font_names(printed.path) == {
        "WenQuanYiMicroHei-0",
        "BitstreamVeraSans-Roman",
    }
    assert fonts_of_char(printed.path, ONLY_IN_VERA) == {"BitstreamVeraSans-Roman"}, "printed in the fallback font"


def test_the_font_chain_searches_further_fonts_only_when_needed():
    searched: list[str] = []

    def more():
        searched.append("more")
        yield FontSource(VERA)

    chain = FontChain([bundled_only().body], more)
    assert chain.missing("襄汾县科普") is None and searched == []
    assert chain.font_for(ONLY_IN_VERA).source == FontSource(VERA)
    assert chain.missing(f"甲{IN_NO_FONT}乙") == IN_NO_FONT
    assert [run for _font, run in chain.runs(f"误差{ONLY_IN_VERA}0.5")] == ["误差", ONLY_IN_VERA, "0.5"]


# --- line breaking -------------------------------------------------------------------------------------------


def width_of(text: str) -> float:
    """A stand-in for a font: a Chinese character or full-width sign 1, anything else 0.5."""
    return sum(1.0 if unicodedata.east_asian_width(char) in ("W", "F") else 0.5 for char in text)


CHINESE = st.sampled_from(list("襄汾县科普讲座农民培训智慧助老防诈骗活动陶寺村学校青少年实验"))
PUNCTUATION = st.sampled_from(sorted(NO_LINE_START | NO_LINE_END))
LATIN = st.sampled_from(list("abcXYZ0123456789-/ "))
TEXT = st.lists(st.one_of(CHINESE, CHINESE, CHINESE, PUNCTUATION, LATIN), max_size=80).map("".join)


def in_bundled_font(char: str) -> bool:
    return bundled_only().body.covers(char)


def assert_obeys_the_rules(lines: list[str], text: str, width: float, measure) -> None:
    assert compact("".join(lines)) == compact(text), "only whitespace may be lost at a break"
    for line in lines[1:]:
        assert line and line[0] not in NO_LINE_START and not line[0].isspace(), lines
    for line in lines[:-1]:
        assert line and line[-1] not in NO_LINE_END and not line[-1].isspace(), lines
    for line in lines:
        if measure(line) > width:  # only a unit that cannot be cut anywhere the rules allow may be too wide
            assert not any(
                may_break_before(line, index) and measure(line[:index]) <= width for index in range(1, len(line))
            ), (line, lines)


@given(TEXT, st.integers(min_value=1, max_value=30))
@example("在陶寺村开展“智慧助老”防诈骗讲座，发放资料200份。", 6)
@example("，，，，，，，，，，，，", 3)
@example("（（（（（（（（（（（（科普", 2)
@example("abc。。。。。。。。。。", 1)
def test_no_line_begins_with_closing_punctuation(text: str, width: int):
    lines = break_lines(text, width, width_of)
    assert_obeys_the_rules(lines, text, width, width_of)


@given(
    st.lists(st.one_of(CHINESE, PUNCTUATION, st.sampled_from(["a", "1", " ", "\t", "\u3000"])), max_size=14).map(
        "".join
    )
)
def test_a_plain_text_that_fits_is_its_own_one_line(text: str):
    """What a text block takes as it is, without breaking it (the quick way for most cells)."""
    if is_plain(text):
        assert break_lines(text, width_of(text), width_of) == [text]


def test_closing_punctuation_takes_the_character_before_it_to_the_next_line():
    assert break_lines("一二三，四", 3, width_of) == ["一二", "三，四"]
    assert break_lines("一二（三四", 3, width_of) == ["一二", "（三四"]
    assert break_lines("Person-times 人次", 3.5, width_of) == ["Person-", "times", "人次"]
    assert break_lines("电话0357-3521234", 5, width_of) == ["电话", "0357-35212", "34"]


@given(st.lists(st.one_of(CHINESE, PUNCTUATION.filter(in_bundled_font)), min_size=1, max_size=60).map("".join))
def test_a_text_block_in_the_real_font_obeys_the_rules(text: str):
    block = TextBlock(text, TextStyle(size=9), bundled_only())
    width = 9 * 4.5
    block.wrap(width, 1000)
    assert_obeys_the_rules(block.lines, text, width, block.measure)


# --- writing -------------------------------------------------------------------------------------------------


def test_a_failure_while_writing_leaves_no_file_and_the_previous_one_untouched(demo, tmp_path):
    store, reference = demo
    form, manifest = make_form(store, reference, "2025-05")
    target = tmp_path / "return.pdf"
    target.write_bytes(b"%PDF- the previous good file")
    too_long = replace(form, notes=("科普" * 20000,))  # a note taller than a page: reportlab cannot lay it out
    with pytest.raises(LayoutError):  # raised while the temporary file is being written
        write_return_pdf(target, too_long, manifest, reference=reference, fonts=bundled_only())
    assert target.read_bytes() == b"%PDF- the previous good file"
    assert leftover_temporaries(tmp_path) == []


def test_a_missing_folder_is_a_clear_write_error(demo, tmp_path):
    store, reference = demo
    form, manifest = make_form(store, reference, "2025-05")
    with pytest.raises(WriteError) as raised:
        write_return_pdf(tmp_path / "gone" / "return.pdf", form, manifest, reference=reference, fonts=bundled_only())
    assert "return.pdf" in str(raised.value)


def test_writing_again_replaces_the_file(demo, tmp_path):
    store, reference = demo
    first = print_return(store, reference, "2025-05", tmp_path / "return.pdf")
    second = print_return(store, reference, "2025-04", tmp_path / "return.pdf")
    assert second.form.header.period_label in page_text(first.path, 1)
    assert [path.name for path in tmp_path.iterdir()] == ["return.pdf"]


def test_the_pdf_and_the_workbook_show_the_same_header_facts(demo, tmp_path):
    from openpyxl import load_workbook

    from kesu_desktop.returns.workbook.writer import write_return_workbook

    store, reference = demo
    form, manifest = make_form(store, reference, "2025-05")
    pdf = write_return_pdf(tmp_path / "r.pdf", form, manifest, reference=reference, fonts=bundled_only())
    xlsx = write_return_workbook(tmp_path / "r.xlsx", form, manifest, reference=reference)
    printed = compact(document_text(pdf))
    sheet = load_workbook(xlsx).worksheets[0]
    shown = compact(" ".join(str(cell.value) for row in sheet.iter_rows() for cell in row if cell.value is not None))
    for fact in ("报出日期：2025年6月3日", "有效期至：2025年12月", f"表号：{form.form_number}", "计量单位：见各表"):
        assert compact(fact) in printed, fact
        assert compact(fact) in shown, fact
