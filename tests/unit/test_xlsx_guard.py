"""The checks on workbooks from outside (``kesu_desktop.base.xlsx_guard``): what passes, and each hostile or
broken file refused early, in one line, fast and with little memory."""

from __future__ import annotations

import io
import os
import struct
import subprocess
import sys
import time
import tracemalloc
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook

from kesu_desktop.base.translation import Translator
from kesu_desktop.base.xlsx_guard import check_xlsx
from kesu_desktop.base.xlsx_limits import MIB, CheckedXlsx, XlsxLimits, XlsxRefusedError

ROOT = Path(__file__).resolve().parents[2]
ANY = [r".*"]
MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
RELS = "http://schemas.openxmlformats.org/package/2006/relationships"
OFFICE = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
SHEET = "xl/worksheets/sheet1.xml"
HEAD = f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN}"><dimension ref="A1:A1"/><sheetData>'
TAIL = "</sheetData></worksheet>"

SheetBody = bytes | Callable[[io.BufferedIOBase], None]


def structure(sheet_name: str = "活动") -> dict[str, bytes]:
    """The parts that say where a one-sheet workbook keeps its sheet."""
    return {
        "[Content_Types].xml": b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
        "_rels/.rels": (
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Target="xl/workbook.xml" '
            f'Type="{OFFICE}/officeDocument"/></Relationships>'
        ).encode(),
        "xl/workbook.xml": (
            f'<workbook xmlns="{MAIN}" xmlns:r="{OFFICE}"><sheets>'
            f'<sheet name="{sheet_name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ).encode(),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{RELS}"><Relationship Id="rId1" Target="worksheets/sheet1.xml" '
            f'Type="{OFFICE}/worksheet"/><Relationship Id="rId2" Target="/xl/styles.xml" '
            f'Type="{OFFICE}/styles"/></Relationships>'
        ).encode(),
    }


def rows(count: int, first: int = 1) -> bytes:
    return "".join(f'<row r="{n}"><c r="A{n}"><v>{n}</v></c></row>' for n in range(first, first + count)).encode()


def write(path: Path, parts: dict[str, SheetBody], method: int = zipfile.ZIP_DEFLATED) -> Path:
    with zipfile.ZipFile(path, "w", method) as archive:
        for name, content in parts.items():
            if callable(content):
                with archive.open(name, "w", force_zip64=True) as stream:
                    content(stream)
            else:
                archive.writestr(name, content)
    return path


def workbook(path: Path, sheet: SheetBody, **extra: SheetBody) -> Path:
    return write(path, {**structure(), SHEET: sheet, **extra})


DEFAULT = XlsxLimits()


def check(path: Path, limits: XlsxLimits = DEFAULT, allowed: list[str] = ANY) -> CheckedXlsx:
    with path.open("rb") as file:
        return check_xlsx(file, path, allowed, limits)


def refused(path: Path, limits: XlsxLimits = DEFAULT, allowed: list[str] = ANY) -> str:
    """The refusal of ``path``, in English; it must be one line."""
    with pytest.raises(XlsxRefusedError) as caught:
        check(path, limits, allowed)
    message = Translator("en").render(caught.value)
    assert "\n" not in message
    return message


def refused_fast(path: Path) -> str:
    """Refused in well under a second (timed without tracing) and with well under 100 MB of memory."""
    started = time.perf_counter()
    refused(path)
    assert time.perf_counter() - started < 1.0
    tracemalloc.start()
    try:
        message = refused(path)
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100 * MIB
    return message


def patch_sizes(path: Path, name: str, compressed: int | None = None, unpacked: int | None = None) -> None:
    """Make the zip directory (and the local header) lie about a part's sizes."""
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(name)
    at = data.find(b"PK\x01\x02")
    while at >= 0:
        name_length = struct.unpack_from("<H", data, at + 28)[0]
        if data[at + 46 : at + 46 + name_length].decode() == name:
            break
        at = data.find(b"PK\x01\x02", at + 4)
    assert at >= 0
    for offset, value in ((20, compressed), (24, unpacked)):
        if value is not None:
            struct.pack_into("<L", data, at + offset, value)
            struct.pack_into("<L", data, info.header_offset + offset - 2, value)
    path.write_bytes(bytes(data))


# --- what passes -----------------------------------------------------------------------------------------------


def test_a_workbook_passes_with_its_sheets_named_and_rows_counted(tmp_path):
    body = (HEAD + '<row r="1"/><row>' + "</row>").encode() + rows(3, first=3) + b"<rowBreaks/>" + TAIL.encode()
    checked = check(workbook(tmp_path / "ok.xlsx", body))
    assert checked.layout.sheets == (("活动", SHEET),)
    assert checked.layout.workbook == "xl/workbook.xml"
    assert checked.layout.styles == "xl/styles.xml"
    assert checked.rows[SHEET] == 5  # the dimension claims one cell; <rowBreaks> is no row
    assert checked.sheet_rows("活动") == 5
    assert checked.sheet_rows("培训") == 0


def test_rows_with_a_namespace_prefix_are_counted(tmp_path):
    body = f'<x:worksheet xmlns:x="{MAIN}"><x:sheetData><x:row r="1"/><x:row r="2"></x:row></x:sheetData>'
    assert check(workbook(tmp_path / "prefixed.xlsx", (body + "</x:worksheet>").encode())).rows[SHEET] == 2


def test_a_workbook_written_by_openpyxl_passes(tmp_path):
    book = Workbook()
    book.active.title = "活动"
    for number in range(100):
        book.active.append([f"讲座{number}", number])
    book.save(tmp_path / "openpyxl.xlsx")
    checked = check(tmp_path / "openpyxl.xlsx")
    assert checked.sheet_rows("活动") == 100
    assert checked.unpacked_bytes > 0


def test_binary_parts_are_not_read_as_xml(tmp_path):
    printer_settings = "HP LaserJet".encode("utf-16-le") + bytes(200)  # a device name, as Windows writes it
    image = b"\x89PNG\r\n\x1a\n" + os.urandom(4000)
    path = workbook(
        tmp_path / "binary.xlsx",
        (HEAD + TAIL).encode(),
        **{"xl/printerSettings/printerSettings1.bin": printer_settings, "xl/media/image1.png": image},
    )
    assert "xl/media/image1.png" not in check(path).rows


# --- the archive -----------------------------------------------------------------------------------------------


@pytest.mark.parametrize("content", [b"not a workbook", b"PK\x03\x04broken", b"\xd0\xcf\x11\xe0" + bytes(600)])
def test_a_file_that_is_no_zip_archive_is_refused(tmp_path, content):
    path = tmp_path / "x.xlsx"
    path.write_bytes(content)
    assert "is not an Excel workbook (.xlsx), or it is damaged or protected by a password" in refused(path)


def test_data_before_the_archive_is_refused(tmp_path):
    path = workbook(tmp_path / "ok.xlsx", (HEAD + TAIL).encode())
    path.write_bytes(b"MZ" + bytes(100) + path.read_bytes())
    assert "is not an Excel workbook" in refused(path)


def test_a_file_larger_than_the_limit_is_refused_before_it_is_read(tmp_path):
    path = workbook(tmp_path / "big.xlsx", (HEAD + TAIL).encode() + b"<!--" + os.urandom(5000).hex().encode() + b"-->")
    assert "more than the 0.0 MB KeSu reads" in refused(path, XlsxLimits(max_file_bytes=1000))


def test_more_parts_than_allowed_are_refused(tmp_path):
    path = workbook(
        tmp_path / "parts.xlsx", (HEAD + TAIL).encode(), **{f"xl/media/image{n}.png": b"x" for n in range(5)}
    )
    assert "holds 10 parts, more than the 6" in refused(path, XlsxLimits(max_parts=6))


def test_a_part_not_allowed_is_refused_by_name(tmp_path):
    path = workbook(tmp_path / "macro.xlsx", (HEAD + TAIL).encode(), **{"xl/vbaProject.bin": b"\x00" * 10})
    allowed = [r"\[Content_Types\]\.xml", r"_rels/\.rels", r"xl/workbook\.xml", r"xl/_rels/.*", r"xl/worksheets/.*"]
    assert check(workbook(tmp_path / "plain.xlsx", (HEAD + TAIL).encode()), allowed=allowed)
    assert "(xl/vbaProject.bin; macros" in refused(path, allowed=allowed)


def test_a_part_given_twice_is_refused(tmp_path):
    path = workbook(tmp_path / "twice.xlsx", (HEAD + TAIL).encode())
    with pytest.warns(UserWarning, match="Duplicate name"), zipfile.ZipFile(path, "a") as archive:
        archive.writestr(SHEET, (HEAD + TAIL).encode())
    assert f"({SHEET};" in refused(path)


def test_a_part_whose_bytes_were_changed_is_refused(tmp_path):
    path = tmp_path / "stored.xlsx"
    write(path, {**structure(), SHEET: (HEAD + "<!-- some text to change -->" + TAIL).encode()}, zipfile.ZIP_STORED)
    data = path.read_bytes()
    path.write_bytes(data.replace(b"some text", b"SOME TEXT", 1))
    assert "is not an Excel workbook" in refused(path)


def test_a_directory_entry_pointing_into_another_part_is_refused(tmp_path):
    path = workbook(tmp_path / "overlap.xlsx", (HEAD + TAIL).encode())
    data = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        first, last = archive.infolist()[0], archive.infolist()[-1]
    entry = data.rfind(b"PK\x01\x02")  # the directory entry of the last part
    struct.pack_into("<L", data, entry + 42, first.header_offset)  # now it points at the first part's bytes
    path.write_bytes(bytes(data))
    assert last.filename == SHEET
    assert "is not an Excel workbook" in refused(path)


# --- zip bombs -------------------------------------------------------------------------------------------------


def _zeros(stream: io.BufferedIOBase) -> None:
    """A row of 200 million empty cells, half a megabyte compressed."""
    stream.write(HEAD.encode() + b'<row r="1">')
    for _ in range(200):
        stream.write(b"<c/>" * (MIB // 4))
    stream.write(b"</row>" + TAIL.encode())


def test_a_zip_bomb_is_refused_fast_and_with_little_memory(tmp_path):
    path = workbook(tmp_path / "bomb.xlsx", _zeros)
    assert path.stat().st_size < MIB
    message = refused_fast(path)
    assert "unpacks to far more data than a workbook of its size can hold (in 活动)" in message


def test_a_zip_bomb_whose_directory_lies_about_its_size_is_refused_while_it_unpacks(tmp_path):
    path = workbook(tmp_path / "liar.xlsx", _zeros)
    with zipfile.ZipFile(path) as archive:
        compressed = archive.getinfo(SHEET).compress_size
    patch_sizes(path, SHEET, unpacked=compressed * 2)  # "I unpack to twice my size"
    with zipfile.ZipFile(path) as archive:
        assert archive.getinfo(SHEET).file_size == compressed * 2
    refused_fast(path)


def test_more_unpacked_data_than_allowed_is_refused(tmp_path):
    noise = {f"xl/media/image{n}.png": os.urandom(300_000) for n in range(4)}
    path = workbook(tmp_path / "much.xlsx", (HEAD + TAIL).encode(), **noise)
    assert "more than 1.0 MB of data once unpacked" in refused(path, XlsxLimits(max_unpacked_bytes=1_000_000))


# --- the XML ---------------------------------------------------------------------------------------------------

LAUGHS = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(f'<!ENTITY lol{n} "{("&lol" + str(n - 1) + ";") * 10 if n > 1 else "&lol;" * 10}">' for n in range(1, 10))
    + "]>"
)
XXE = '<!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'


@pytest.mark.parametrize(("declaration", "value"), [(LAUGHS, "&lol9;"), (XXE, "&xxe;"), ("<!ENTITY x 'y'>", "1")])
def test_xml_with_dtd_or_entity_declarations_is_refused(tmp_path, declaration, value):
    body = f'<?xml version="1.0"?>{declaration}<worksheet xmlns="{MAIN}"><sheetData><row><c><v>{value}</v></c>'
    message = refused_fast(workbook(tmp_path / "entities.xlsx", (body + "</row>" + TAIL).encode()))
    assert message.startswith("The file ") and "(DOCTYPE or ENTITY, in 活动)" in message


def test_a_declaration_across_the_edge_of_two_pieces_is_found(tmp_path):
    filler = "<!--" + "x" * (256 * 1024 - len(HEAD) - 10) + "-->"
    body = HEAD + filler + "<!DOCTYPE x []>" + TAIL
    assert body.index("<!DOCTYPE") < 256 * 1024 < body.index("<!DOCTYPE") + 9
    assert "DOCTYPE or ENTITY" in refused(workbook(tmp_path / "edge.xlsx", body.encode()))


def test_a_declaration_in_the_workbook_part_is_refused(tmp_path):
    parts = structure()
    parts["xl/workbook.xml"] = XXE.encode() + parts["xl/workbook.xml"]
    path = write(tmp_path / "wb.xlsx", {**parts, SHEET: (HEAD + TAIL).encode()})
    assert "(DOCTYPE or ENTITY, in xl/workbook.xml)" in refused(path)


@pytest.mark.parametrize(
    "content",
    [
        (HEAD + TAIL).encode("utf-16"),
        (HEAD + TAIL).encode("utf-16-le"),
        (HEAD + TAIL).replace("UTF-8", "ISO-8859-1").encode("latin-1"),
        (HEAD + TAIL).replace('encoding="UTF-8"', 'encoding="cp500"').encode(),
    ],
    ids=["utf-16", "utf-16-without-bom", "latin-1", "ebcdic"],
)
def test_xml_in_another_encoding_than_utf8_is_refused(tmp_path, content):
    assert "text encoding Excel does not use (in 活动)" in refused(workbook(tmp_path / "enc.xlsx", content))


def test_a_sheet_with_more_rows_than_allowed_is_refused_whatever_its_dimension_says(tmp_path):
    path = workbook(tmp_path / "rows.xlsx", HEAD.encode() + rows(1001) + TAIL.encode())
    assert check(path, XlsxLimits(max_rows=1001)).rows[SHEET] == 1001
    assert refused(path, XlsxLimits(max_rows=1000)) == (
        f"Sheet 活动 of the file {path} has more than 1,000 rows, more than KeSu reads from one sheet; "
        "split its rows into several workbooks and use them one by one."
    )


def test_a_million_rows_are_refused_fast_and_with_little_memory(tmp_path):
    def million(stream: io.BufferedIOBase) -> None:
        stream.write(HEAD.encode())
        for first in range(1, 1_000_001, 50_000):
            stream.write(rows(50_000, first))
        stream.write(TAIL.encode())

    assert "has more than 250,000 rows" in refused_fast(workbook(tmp_path / "million.xlsx", million))


def test_a_cell_longer_than_any_excel_cell_is_refused_naming_it(tmp_path):
    def huge(stream: io.BufferedIOBase) -> None:
        stream.write((HEAD + '<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="K2"><v>').encode())
        for _ in range(500):
            stream.write(b"7" * MIB)  # a number of 500 million digits
        stream.write(b"</v></c></row>" + TAIL.encode())

    message = refused_fast(workbook(tmp_path / "digits.xlsx", huge))
    assert message.startswith("Sheet 活动, row 2, column K of the file ")


def test_a_text_just_within_the_limit_passes_and_one_beyond_is_refused(tmp_path):
    def cell(size: int) -> bytes:
        return (
            HEAD + f'<row r="3"><c r="B3" t="inlineStr"><is><t>{"字" * (size // 3)}</t></is></c></row>' + TAIL
        ).encode()

    limits = XlsxLimits(max_text_bytes=3000)
    assert check(workbook(tmp_path / "ok.xlsx", cell(2997)), limits)
    assert "row 3, column B" in refused(workbook(tmp_path / "long.xlsx", cell(3003)), limits)


def test_a_long_text_outside_the_sheets_is_refused_naming_the_part(tmp_path):
    path = workbook(
        tmp_path / "strings.xlsx",
        (HEAD + TAIL).encode(),
        **{"xl/sharedStrings.xml": b"<sst><si><t>" + b"x" * 300_000 + b"</t></si></sst>"},
    )
    assert "(in xl/sharedStrings.xml)" in refused(path)


# --- the second line of defence --------------------------------------------------------------------------------


def test_the_guard_refuses_to_load_when_openpyxl_would_not_use_defusedxml():
    result = subprocess.run(
        [sys.executable, "-c", "import kesu_desktop.base.xlsx_guard"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={**os.environ, "OPENPYXL_DEFUSEDXML": "False"},
        timeout=60,
    )
    assert result.returncode != 0
    assert "defusedxml" in result.stderr.splitlines()[-1]


def test_openpyxl_parses_through_defusedxml_here():
    import openpyxl
    from openpyxl.xml import functions

    assert openpyxl.DEFUSEDXML
    assert functions.iterparse.__module__.startswith("defusedxml")
