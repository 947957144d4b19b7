"""Reading a written PDF back with pypdfium2 (a pinned dependency), for the tests of the printed return, the
county's receipt list and the county's reports: the number of pages, the text of a page or of the whole document
as PDFium extracts it (lines in the order they are drawn, a space where a gap separates words or cells), and the
fonts its text is set in (their names, whether each is embedded, and how many glyphs an embedded one carries).

Nothing here needs poppler or any other program outside the virtual environment.
"""

from __future__ import annotations

import ctypes
import struct
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c


@contextmanager
def opened(path: Path) -> Iterator[pdfium.PdfDocument]:
    document = pdfium.PdfDocument(str(path))
    try:
        yield document
    finally:
        document.close()


def page_count(path: Path) -> int:
    with opened(path) as document:
        return len(document)


def page_texts(path: Path) -> list[str]:
    """The text of every page, in page order."""
    with opened(path) as document:
        return [page.get_textpage().get_text_range() for page in document]


def page_text(path: Path, page: int) -> str:
    """The text of page ``page``, counted from 1 as a printed page number is."""
    assert page >= 1, page
    with opened(path) as document:
        return str(document[page - 1].get_textpage().get_text_range())


def document_text(path: Path) -> str:
    """The text of the whole document, its pages one after the other."""
    return "\n".join(page_texts(path))


def text_lines(path: Path) -> list[str]:
    """Every line of text of the document, each with its runs of whitespace made one space."""
    return [" ".join(line.split()) for text in page_texts(path) for line in text.splitlines()]


@dataclass(frozen=True)
class FontUse:
    """The font of one piece of text: its PostScript name (PDFium drops a subset's ``ABCDEF+`` tag), whether it is
    embedded, and the number of glyphs of its embedded TrueType program (None when there is no such program, as
    for a Type 3 font or one that is not embedded)."""

    name: str
    embedded: bool
    glyphs: int | None


def font_program(font: pdfium.PdfFont) -> bytes:
    size = ctypes.c_size_t()
    if not pdfium_c.FPDFFont_GetFontData(font.raw, None, 0, ctypes.byref(size)) or not size.value:
        return b""
    buffer = (ctypes.c_ubyte * size.value)()
    pdfium_c.FPDFFont_GetFontData(font.raw, buffer, size.value, ctypes.byref(size))
    return bytes(buffer)[: size.value]


def truetype_glyphs(program: bytes) -> int | None:
    """The glyph count in a TrueType program's ``maxp`` table, or None if ``program`` is no TrueType font."""
    if len(program) < 12 or program[:4] not in (b"\x00\x01\x00\x00", b"true"):
        return None
    (tables,) = struct.unpack(">H", program[4:6])
    for number in range(tables):
        tag, _checksum, offset, _length = struct.unpack(">4sIII", program[12 + 16 * number : 28 + 16 * number])
        if tag == b"maxp":
            (glyphs,) = struct.unpack(">H", program[offset + 4 : offset + 6])
            return int(glyphs)
    return None


def fonts_used(path: Path) -> list[FontUse]:
    """The font of every piece of text on every page (text inside form XObjects included)."""
    uses = []
    with opened(path) as document:
        for page in document:
            for text in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_TEXT]):
                font = text.get_font()
                uses.append(FontUse(font.get_base_name(), font.is_embedded, truetype_glyphs(font_program(font))))
    return uses


def font_names(path: Path) -> set[str]:
    return {use.name for use in fonts_used(path)}


def embedded_fonts(path: Path) -> list[bool]:
    """For each piece of text on every page (the charts' included), whether its font is embedded."""
    return [use.embedded for use in fonts_used(path)]


def fonts_of_char(path: Path, char: str) -> set[str]:
    """The names of the fonts in which ``char`` is printed anywhere in the document."""
    names = set()
    with opened(path) as document:
        for page in document:
            textpage = page.get_textpage()
            for index in range(textpage.count_chars()):
                if pdfium_c.FPDFText_GetUnicode(textpage.raw, index) != ord(char):
                    continue
                flags = ctypes.c_int()
                size = pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, None, 0, ctypes.byref(flags))
                buffer = ctypes.create_string_buffer(size)
                pdfium_c.FPDFText_GetFontInfo(textpage.raw, index, buffer, size, ctypes.byref(flags))
                names.add(buffer.value.decode("utf-8", errors="replace"))
    return names
