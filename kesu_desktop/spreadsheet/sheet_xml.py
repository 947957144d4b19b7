"""The cells of a workbook's sheets, read straight from their XML once :mod:`kesu_desktop.base.xlsx_guard` has
passed the file.

openpyxl's own sheet reader takes a sheet's word for its size and pads every row to its widest one, fills
gaps between row numbers with empty rows (a row numbered a million means a million rows), and gives up on the
whole file over one cell it cannot convert (a number such as ``nan`` or of 5,000 digits). Reading here goes
through the XML as a stream and holds one row at a time: a sheet is fed to expat with the protections
defusedxml gives (and any DTD refused), without building a tree; the small parts (shared texts, styles) go
through openpyxl's defusedxml parser. Each cell is kept under its column number, and a cell that is no value
becomes a :class:`~.cells.BadCell`, reported in its row like any other problem. What a cell holds follows
openpyxl's ``data_only`` reading: the value last calculated for a formula, shared and inline texts, numbers,
booleans, and dates for numbers in a date format (including the numbered East Asian date formats that Chinese
Excel and WPS refer to without spelling them out).
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Iterator
from datetime import datetime
from typing import IO, BinaryIO, Never
from xml.etree.ElementTree import Element
from xml.parsers import expat

from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format, is_timedelta_format
from openpyxl.utils.cell import column_index_from_string
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel
from openpyxl.xml.functions import iterparse

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.base.xlsx_limits import EXCEL_COLUMNS, EXCEL_ROWS, CheckedXlsx
from kesu_desktop.spreadsheet.cells import MISSING_TEXT, NOT_A_NUMBER, UNREADABLE, BadCell
from kesu_desktop.spreadsheet.errors import SpreadsheetError

MAX_SHARED_TEXTS = 2_000_000
_MAX_ELEMENTS_IN_ROW = EXCEL_COLUMNS * 8  # every cell of a full row, each with a value and a few runs of text
_MAX_ELEMENTS_IN_STYLES = 1_000_000  # Excel's 64,000 cell formats, each with its alignment and protection
_BOOLEANS = {"1": True, "0": False, "true": True, "false": False}
_NUMBER_CHARS = 40  # Excel writes 17 digits, a sign, a point and an exponent at most
_INTEGER = re.compile(r"\s*[+-]?\d+\s*")
# Styles with these built-in number formats show dates and times: 14-22 and 45-47 in every language, 27-36 and
# 50-58 in the East Asian ones (yyyy"年"m"月"d"日" …), which files refer to by number alone.
_DATE_FORMATS = {*range(14, 23), *range(27, 37), *range(45, 48), *range(50, 59)}
_DATE, _DURATION = "date", "duration"
_READ_BYTES = 64 * 1024

RowCells = dict[int, object]
"""A row's cells: 0-based column number -> value (None, text, number, bool, datetime or BadCell)."""


class _ForbiddenError(ValueError):
    """The XML declares a DTD or entities, which defusedxml forbids too."""


class _OutOfBoundsError(Exception):
    """An element holds more than any row of Excel can, or a row's number is out of order."""


# What reading XML the guard has passed may still meet: XML that is not well-formed (ParseError is a
# SyntaxError), what defusedxml refuses (ValueErrors), a part that will not unpack, or too much in one place.
_UNREADABLE = (SyntaxError, ValueError, zipfile.BadZipFile, OSError, EOFError, _OutOfBoundsError)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _ended(source: IO[bytes], wanted: set[str], most: int = _MAX_ELEMENTS_IN_ROW) -> Iterator[Element]:
    """The elements named as in ``wanted`` (local names), each once it has ended, with its content (at most
    ``most`` elements); every element is dropped from the tree once it has ended and been handed over, so
    memory holds about one at a time."""
    stack: list[Element] = []
    inside = elements = 0
    for event, element in iterparse(source, events=("start", "end")):
        if event == "start":
            stack.append(element)
            if inside:
                inside += 1
                elements += 1
                if elements > most:
                    raise _OutOfBoundsError()
            elif _local(element.tag) in wanted:
                inside, elements = 1, 0
            continue
        stack.pop()
        if inside:
            inside -= 1
            if inside:
                continue
            yield element
        if stack:
            stack[-1].remove(element)


def _text(node: Element, namespace: str) -> str:
    """A rich or plain text (``<t>`` and the ``<t>`` of each run ``<r>``), without its phonetic guide."""
    plain, run = namespace + "t", namespace + "r"
    pieces = []
    for child in node:
        if child.tag == plain:
            pieces.append(child.text or "")
        elif child.tag == run:
            pieces.append(child.findtext(plain) or "")
    return "".join(pieces)


def _namespace(tag: str) -> str:
    return tag[: tag.index("}") + 1] if tag.startswith("{") else ""


_COLUMNS: dict[str, int] = {}


def _column(letters: str) -> int | None:
    """The 0-based column of ``letters`` (A, AB …), None when they name no column of Excel."""
    found = _COLUMNS.get(letters)
    if found is None:
        try:
            found = column_index_from_string(letters.upper()) - 1
        except ValueError:
            return None
        if not 0 <= found < EXCEL_COLUMNS:
            return None
        _COLUMNS[letters] = found
    return found


class SheetCells:
    """The sheets of a checked workbook, open in ``file``; :meth:`rows` reads one. Raises
    :class:`SpreadsheetError` where the file turns out to be damaged."""

    def __init__(self, file: BinaryIO, checked: CheckedXlsx, path: str) -> None:
        self.path = path
        self.layout = checked.layout
        try:
            self.archive = zipfile.ZipFile(file)
        except (zipfile.BadZipFile, OSError, ValueError) as error:
            raise self._damaged(path) from error
        self.epoch = self._epoch()
        self.texts = self._shared_texts()
        self.styles = self._style_kinds()

    def _damaged(self, part: str) -> SpreadsheetError:
        return SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is damaged ({part} cannot be read); open it in Excel or WPS and save it again.",
            ),
            path=self.path,
            part=part,
        )

    def _open(self, part: str) -> IO[bytes]:
        try:
            return self.archive.open(part)
        except (KeyError, zipfile.BadZipFile, OSError) as error:
            raise self._damaged(part) from error

    def _elements(self, part: str, wanted: set[str], most: int = _MAX_ELEMENTS_IN_ROW) -> Iterator[Element]:
        try:
            with self._open(part) as source:
                yield from _ended(source, wanted, most)
        except _UNREADABLE as error:
            raise self._damaged(part) from error

    def _epoch(self) -> datetime:
        workbook = self.layout.workbook
        found = [] if workbook is None else list(self._elements(workbook, {"workbookPr"}))
        mac = any(properties.get("date1904") in ("1", "true") for properties in found)
        return CALENDAR_MAC_1904 if mac else CALENDAR_WINDOWS_1900

    def _shared_texts(self) -> list[str]:
        part = self.layout.shared_strings
        texts: list[str] = []
        if part is None:
            return texts
        for item in self._elements(part, {"si"}):
            texts.append(_text(item, _namespace(item.tag)).replace("x005F_", ""))  # as openpyxl reads them
            if len(texts) > MAX_SHARED_TEXTS:
                raise SpreadsheetError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The file {path} holds more than {limit} different texts, more than KeSu reads; split its "
                        "rows into several workbooks and use them one by one.",
                    ),
                    path=self.path,
                    limit=f"{MAX_SHARED_TEXTS:,}",
                )
        return texts

    def _style_kinds(self) -> dict[str, str]:
        """Cell style number (as written in a cell's ``s``) -> date or duration, for the styles that show one."""
        part = self.layout.styles
        if part is None:
            return {}
        formats: dict[int, str] = {}
        kinds: dict[str, str] = {}
        for element in self._elements(part, {"numFmts", "cellXfs"}, _MAX_ELEMENTS_IN_STYLES):
            if _local(element.tag) == "numFmts":
                formats.update((_number_id(child), child.get("formatCode") or "") for child in element)
                continue
            for index, cell_format in enumerate(element):
                number_format = _number_id(cell_format)
                code = formats.get(number_format, BUILTIN_FORMATS.get(number_format))
                if is_timedelta_format(code):
                    kinds[str(index)] = _DURATION
                elif number_format in _DATE_FORMATS or is_date_format(code):
                    kinds[str(index)] = _DATE
        return kinds

    def rows(self, sheet: str) -> Iterator[tuple[int, RowCells]]:
        """The rows of ``sheet`` that the file holds, in order, each with its number and cells."""
        part = self.layout.sheet_part(sheet)
        if part is None:
            raise self._damaged(sheet)
        reader = _RowReader(self)
        try:
            with self._open(part) as source:
                while data := source.read(_READ_BYTES):
                    reader.parser.Parse(data, False)
                    yield from reader.take()
                reader.parser.Parse(b"", True)
                yield from reader.take()
        except (expat.ExpatError, *_UNREADABLE) as error:
            raise SpreadsheetError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sheet {sheet} of the file {path} is damaged after row {row}; open the file in Excel or WPS "
                    "and save it again.",
                ),
                sheet=sheet,
                path=self.path,
                row=reader.number,
            ) from error

    def value(self, kind: str, text: str, style: str | None) -> object:
        """A cell's value from its type ``t``, the text of its ``<v>`` and its style ``s``."""
        if kind == "n":
            return self._number(text, style)
        if kind == "s":
            return self._shared(text)
        if kind == "b":
            return _BOOLEANS.get(text.strip(), BadCell.of(UNREADABLE, text))
        if kind == "d":
            return _iso_date(text)
        return text  # "str" (a formula's text) and "e" (an error such as #N/A), kept as text as openpyxl does

    def _number(self, text: str, style: str | None) -> object:
        if len(text) > _NUMBER_CHARS:
            return BadCell.of(NOT_A_NUMBER, text)
        try:
            number: int | float = int(text) if _INTEGER.fullmatch(text) else float(text)
        except ValueError:
            return BadCell.of(NOT_A_NUMBER, text)
        if isinstance(number, float) and not math.isfinite(number):
            return BadCell.of(NOT_A_NUMBER, text)
        kind = self.styles.get(style) if style else None
        if kind is not None:
            try:
                return from_excel(number, self.epoch, timedelta=kind == _DURATION)
            except (OverflowError, ValueError):
                return number  # out of the calendar: read as the number it is (then "not a date")
        return number

    def _shared(self, text: str) -> object:
        try:
            return self.texts[int(text)]
        except (ValueError, IndexError):
            return BadCell.of(MISSING_TEXT, text)

    def close(self) -> None:
        self.archive.close()


def _forbidden(*_declaration: object) -> Never:
    raise _ForbiddenError()


class _RowReader:
    """Fed a sheet's XML (through expat, with the protections defusedxml gives and any DTD refused), collects
    its rows; it keeps no tree, only the row being read."""

    def __init__(self, sheet_cells: SheetCells) -> None:
        self.sheet_cells = sheet_cells
        parser = expat.ParserCreate()
        parser.buffer_text = True
        parser.StartDoctypeDeclHandler = _forbidden
        parser.EntityDeclHandler = _forbidden
        parser.UnparsedEntityDeclHandler = _forbidden
        parser.ExternalEntityRefHandler = _forbidden
        parser.StartElementHandler = self._start
        parser.EndElementHandler = self._end
        parser.CharacterDataHandler = self._data
        self.parser = parser
        self.done: list[tuple[int, RowCells]] = []
        self.number = 0  # of the last row read
        self.row: RowCells | None = None
        self.given: str | None = None  # the row's number as written
        self.elements = 0
        self.column = -1
        self.cell: dict[str, str] | None = None
        self.inline: list[str] | None = None  # the runs of an inline text
        self.value: str | None = None
        self.text: list[str] | None = None  # the text being collected
        self.phonetic = False

    def take(self) -> list[tuple[int, RowCells]]:
        done, self.done = self.done, []
        return done

    def _start(self, name: str, attributes: dict[str, str]) -> None:
        local = name[name.find(":") + 1 :]
        if self.row is None:
            if local == "row":
                self.row, self.given, self.elements, self.column = {}, attributes.get("r"), 0, -1
            return
        self.elements += 1
        if self.elements > _MAX_ELEMENTS_IN_ROW:
            raise _OutOfBoundsError()
        if local == "c":
            self.cell, self.value, self.inline = attributes, None, None
        elif self.cell is None:
            return
        elif local == "v":
            self.text = []
        elif local == "is":
            self.inline = []
        elif local == "rPh":
            self.phonetic = True
        elif local == "t" and self.inline is not None and not self.phonetic:
            self.text = []

    def _data(self, data: str) -> None:
        if self.text is not None:
            self.text.append(data)

    def _end(self, name: str) -> None:
        if self.row is None:
            return
        local = name[name.find(":") + 1 :]
        if self.text is not None and local in ("v", "t"):
            text = "".join(self.text)
            self.text = None
            if local == "v":
                self.value = text
            elif self.inline is not None:
                self.inline.append(text)
        elif local == "rPh":
            self.phonetic = False
        elif local == "c" and self.cell is not None:
            self._cell(self.row, self.cell)
            self.cell = None
        elif local == "row":
            following = self.number + 1 if self.given is None else _row_number(self.given)
            if not self.number < following <= EXCEL_ROWS:
                raise _OutOfBoundsError()
            self.number = following
            self.done.append((following, self.row))
            self.row = None

    def _cell(self, row: RowCells, attributes: dict[str, str]) -> None:
        reference = attributes.get("r")
        if reference is None:
            column = self.column + 1
        else:
            found = _column(reference.rstrip("0123456789"))
            if found is None:
                return
            column = found
        if column >= EXCEL_COLUMNS:
            return
        self.column = column
        kind = attributes.get("t", "n")
        if kind == "inlineStr":
            row[column] = None if self.inline is None else "".join(self.inline)
        elif not self.value:
            row[column] = None
        else:
            row[column] = self.sheet_cells.value(kind, self.value, attributes.get("s"))


def _number_id(element: Element) -> int:
    try:
        return int(element.get("numFmtId") or 0)
    except ValueError:
        return 0


def _row_number(text: str) -> int:
    """A row's number as written (openpyxl also accepts 5.0); raises ValueError for anything else."""
    if _INTEGER.fullmatch(text):
        return int(text)
    number = float(text)
    if not number.is_integer():
        raise ValueError(text)
    return int(number)


def _iso_date(text: str) -> object:
    try:
        return datetime.fromisoformat(text.strip())
    except (ValueError, TypeError, OverflowError):
        return BadCell.of(UNREADABLE, text)
