"""Reading a return workbook back and verifying it: the signed manifest and the figures the summary sheet shows;
whether the signature holds and whether every figure shown is the signed one, so a figure changed in Excel, or
in the hidden data, is found.
"""

from __future__ import annotations

import contextlib
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, BinaryIO

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from kesu_desktop.base.errors import KesuError, ReturnFormatError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Nested, Translator
from kesu_desktop.records.figures import NOT_APPLICABLE, NotApplicable
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.form import NOT_FILLED_IN, cell_text
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.layout import (
    MANIFEST_SHEET,
    SUMMARY_SHEET,
    SummaryLayout,
    payload_shape,
    summary_layout,
)
from kesu_desktop.returns.workbook.manifest import damaged, not_a_return, read_manifest_rows
from kesu_desktop.returns.workbook.summary import unit_text
from kesu_desktop.spreadsheet.cells import clean_text

SIGNATURE_BROKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The signature does not match the return data: the file was changed after KeSu signed it, "
    "or it was not made by KeSu.",
)
SUMMARY_MISSING = QT_TRANSLATE_NOOP("Errors", "The sheet {sheet} with the return's tables is missing.")
WRONG_CODE = QT_TRANSLATE_NOOP(
    "Errors",
    "{table}: cell {cell} should hold the row code {code} but shows {shown}; "
    "rows were inserted, deleted or moved on the sheet.",
)
WRONG_FIGURE = QT_TRANSLATE_NOOP(
    "Errors", "{table}, row {code}, column {column}: cell {cell} shows {shown}, but the signed return says {signed}."
)
WRONG_HEADER = QT_TRANSLATE_NOOP("Errors", "{label}: cell {cell} shows {shown}, but the signed return says {signed}.")
EMPTY_CELL = QT_TRANSLATE_NOOP("Errors", "(empty)")
UNREADABLE = QT_TRANSLATE_NOOP("Errors", "{path} cannot be read as an Excel workbook (.xlsx): {reason}")

HEADER_FIELD_LABELS = {
    "unit_name": QT_TRANSLATE_NOOP("Fields", "Reporting unit"),
    "period": QT_TRANSLATE_NOOP("Fields", "Period"),
    "filled_on": QT_TRANSLATE_NOOP("Fields", "Date filled in"),
    "clerk": QT_TRANSLATE_NOOP("Fields", "Clerk"),
    "phone": QT_TRANSLATE_NOOP("Fields", "Phone"),
    "reviewer": QT_TRANSLATE_NOOP("Fields", "Reviewer"),
    "responsible": QT_TRANSLATE_NOOP("Fields", "Head of unit"),
    "version": QT_TRANSLATE_NOOP("Fields", "Version"),
}

# --- what the summary sheet shows ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Unreadable:
    """A summary cell that holds neither a whole number, — nor 未填: what it holds instead ('' when empty)."""

    shown: str

    def __str__(self) -> str:
        return self.shown


Shown = int | NotApplicable | None | Unreadable


@dataclass(frozen=True)
class VisibleCell:
    coordinate: str
    value: Shown


@dataclass(frozen=True)
class VisibleRow:
    code: str  # what the 代码 column shows where this row's code should stand
    code_coordinate: str
    cells: tuple[VisibleCell, ...]


@dataclass(frozen=True)
class VisibleTable:
    number: str  # the table's number as the signed payload gives it
    rows: tuple[VisibleRow, ...]


@dataclass(frozen=True)
class ReturnFile:
    """A return workbook as read: its signed manifest and what its summary sheet shows where the figures and
    header values stand (``tables`` empty and ``has_summary`` False when the sheet is missing)."""

    path: Path
    manifest: SignedManifest
    has_summary: bool
    tables: tuple[VisibleTable, ...]
    header: dict[str, tuple[str, object]]  # payload header field → (cell, raw value shown)

    def figures(self) -> dict[tuple[str, str], tuple[Shown, ...]]:
        """(table number, the row code shown in the 代码 column) → the figures shown in that row."""
        return {
            (table.number, row.code): tuple(cell.value for cell in row.cells)
            for table in self.tables
            for row in table.rows
        }


# --- verification ----------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a return file: an English template (context ``Errors``) and its values."""

    template: str
    values: dict[str, Any] = field(default_factory=dict)

    def render(self, translator: Translator) -> str:
        """The problem in the translator's language; figures as a form writes them (—, 未填)."""
        return translator.format("Errors", self.template, self.as_nested().values)

    def as_nested(self) -> Nested:
        """The problem as a message to fill into another, its values as plain text or messages."""
        return Nested("Errors", self.template, {key: _shown(value) for key, value in self.values.items()})


def _shown(value: object) -> object:
    if isinstance(value, Unreadable):
        return value.shown if value.shown else Nested("Errors", EMPTY_CELL, {})
    if value is None:
        return Nested("ReturnForm", NOT_FILLED_IN, {})
    if isinstance(value, NotApplicable):
        return "—"
    return value


@dataclass(frozen=True)
class Verification:
    manifest: SignedManifest
    authentic: bool  # the signature holds for the payload and the public key the file carries
    summary_matches: bool  # every figure and header value on the summary sheet is the signed one
    problems: tuple[Problem, ...]

    @property
    def ok(self) -> bool:
        return self.authentic and self.summary_matches

    @property
    def fingerprint(self) -> str:
        return self.manifest.fingerprint


# --- writing ---------------------------------------------------------------------------------------------------


_LOAD_ERRORS = (
    OSError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    SyntaxError,  # xml.etree.ElementTree.ParseError
)


def _unreadable(path: Path, error: BaseException) -> ReturnFormatError:
    reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error) or type(error).__name__
    return ReturnFormatError(UNREADABLE, path=str(path), reason=reason)


def _not_filled_texts() -> set[str]:
    return {NOT_FILLED_IN, cell_text(None, Translator("zh_CN"))}


def _as_shown(value: object, not_filled: set[str]) -> Shown:
    if isinstance(value, bool) or value is None:
        return Unreadable("" if value is None else str(value).upper())
    if isinstance(value, int):
        return value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, str):
        text = value.strip()
        if text == "—":
            return NOT_APPLICABLE
        if text in not_filled:
            return None
        return Unreadable(text)
    return Unreadable(str(value))


def _signed(value: object) -> Shown:
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    if value == "not_applicable":
        return NOT_APPLICABLE
    if value is None:
        return None
    return Unreadable(repr(value))


def _coordinate(row: int, column: int) -> str:
    return f"{get_column_letter(column)}{row}"


def _visible_tables(
    tables: Sequence[dict[str, Any]], layout: SummaryLayout, cells: dict[tuple[int, int], object]
) -> tuple[VisibleTable, ...]:
    not_filled = _not_filled_texts()
    result = []
    for table, place in zip(tables, layout.tables, strict=True):
        rows = []
        for index, _row in enumerate(table["rows"]):
            row = place.row(index)
            shown_code = cells.get((row, place.code))
            rows.append(
                VisibleRow(
                    code="" if shown_code is None else str(shown_code).strip(),
                    code_coordinate=_coordinate(row, place.code),
                    cells=tuple(
                        VisibleCell(_coordinate(row, first), _as_shown(cells.get((row, first)), not_filled))
                        for first, _last in place.spans
                    ),
                )
            )
        result.append(VisibleTable(str(table.get("number", "")), tuple(rows)))
    return tuple(result)


def _ticking(rows: Iterable[tuple[object, ...]], tick: Callable[[], None] | None) -> Iterator[tuple[object, ...]]:
    for row in rows:
        if tick is not None:
            tick()
        yield row


def _read(path: Path, workbook: Any, tick: Callable[[], None] | None) -> ReturnFile:
    if MANIFEST_SHEET not in workbook.sheetnames:
        raise not_a_return(path)
    if not isinstance(workbook[MANIFEST_SHEET], ReadOnlyWorksheet):
        raise not_a_return(path)
    hidden: Any = workbook[MANIFEST_SHEET]
    hidden.reset_dimensions()  # read every row, whatever size the file declares
    manifest = read_manifest_rows(path, _ticking(hidden.iter_rows(max_col=2, values_only=True), tick))
    tables = manifest.payload["tables"]
    try:
        layout = summary_layout(payload_shape(tables))
    except (ValueError, KeyError, TypeError) as error:
        raise damaged(path, "tables") from error
    if SUMMARY_SHEET not in workbook.sheetnames or not isinstance(workbook[SUMMARY_SHEET], ReadOnlyWorksheet):
        return ReturnFile(path, manifest, False, (), {})
    sheet: Any = workbook[SUMMARY_SHEET]
    cells: dict[tuple[int, int], object] = {}
    rows = sheet.iter_rows(min_row=1, max_row=layout.after_tables, max_col=layout.columns, values_only=True)
    for row_number, values in enumerate(_ticking(rows, tick), start=1):
        for column, value in enumerate(values, start=1):
            if value is not None:
                cells[(row_number, column)] = value
    header = {}
    for name in layout.header:
        row, column = layout.header_value(name)
        header[name] = (_coordinate(row, column), cells.get((row, column)))
    return ReturnFile(path, manifest, True, _visible_tables(tables, layout, cells), header)


def read_return_workbook(
    path: Path, file: BinaryIO | None = None, tick: Callable[[], None] | None = None
) -> ReturnFile:
    """The return in ``path``: its signed manifest and what its summary sheet shows. A file that is not a KeSu
    return, cannot be read, or whose hidden return data is damaged raises :class:`ReturnFormatError`.

    ``file``, when given, is ``path`` already open (and checked, for a file from outside); ``tick`` is called
    for every row read, so that a caller can stop a read that takes too long by raising from it."""
    source = Path(path)
    try:
        with contextlib.ExitStack() as stack, warnings.catch_warnings():
            handle = file if file is not None else stack.enter_context(open(source, "rb"))
            handle.seek(0)
            # openpyxl warns about Excel and WPS features it does not read (extensions, some styles).
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(handle, read_only=True, data_only=False)
            try:
                return _read(source, workbook, tick)
            finally:
                workbook.close()
    except KesuError:
        raise
    except _LOAD_ERRORS as error:
        raise _unreadable(source, error) from error


def _expected_header(payload: dict[str, Any], name: str, shown: str) -> tuple[bool, str]:
    """Whether ``shown`` is what the header cell ``name`` should show for the signed payload, and what that is."""
    header = payload.get("header")
    header = header if isinstance(header, dict) else {}
    if name == "unit_name":
        expected = unit_text(str(payload.get("unit_name", "")), str(payload.get("unit_code", "")))
    elif name == "period":
        try:
            period = parse_period(str(payload.get("period", "")))
        except KesuError:
            return True, ""  # a payload period this version cannot read: the signature decides
        expected = period.label("zh_CN")
        # A plan-to-date period ends with the month it was made in, which the code does not say.
        if period.kind == "plan" or shown == period.label("en"):
            return True, expected
    elif name == "version":
        expected = f"第{payload.get('version', '')}版"
        return shown.startswith(expected), expected
    elif name == "filled_on":
        expected = str(header.get("filled_on", ""))
    else:
        expected = clean_text(str(header.get(name) or ""), multiline=False)
    return shown == clean_text(expected, multiline=False), expected


def _header_problems(returned: ReturnFile) -> list[Problem]:
    problems = []
    for name, (coordinate, raw) in returned.header.items():
        if isinstance(raw, datetime):
            raw = raw.date()
        shown = raw.isoformat() if isinstance(raw, date) else clean_text(str(raw or ""), multiline=False)
        matches, expected = _expected_header(returned.manifest.payload, name, shown)
        if not matches:
            values = {"label": HEADER_FIELD_LABELS[name], "cell": coordinate, "shown": Unreadable(shown)}
            problems.append(Problem(WRONG_HEADER, {**values, "signed": expected}))
    return problems


def _table_problems(returned: ReturnFile) -> list[Problem]:
    problems = []
    for table, visible in zip(returned.manifest.payload["tables"], returned.tables, strict=True):
        for signed_row, row in zip(table["rows"], visible.rows, strict=True):
            code = str(signed_row.get("code", ""))
            if row.code != code:
                problems.append(
                    Problem(
                        WRONG_CODE,
                        {
                            "table": visible.number,
                            "cell": row.code_coordinate,
                            "code": code,
                            "shown": Unreadable(row.code),
                        },
                    )
                )
                continue
            for column, (signed, cell) in enumerate(zip(signed_row["cells"], row.cells, strict=False), start=1):
                expected = _signed(signed)
                if cell.value != expected or type(cell.value) is not type(expected):
                    problems.append(
                        Problem(
                            WRONG_FIGURE,
                            {
                                "table": visible.number,
                                "code": code,
                                "column": column,
                                "cell": cell.coordinate,
                                "shown": cell.value,
                                "signed": expected,
                            },
                        )
                    )
    return problems


def verify_return_workbook(path: Path) -> Verification:
    """Check the return in ``path``: is the signature authentic, and does the summary sheet show exactly the
    signed figures and header? Problems name the table, row, column and cell. A file that is not a KeSu return
    raises :class:`ReturnFormatError`."""
    return verify_return(read_return_workbook(path))


def verify_return(returned: ReturnFile) -> Verification:
    """:func:`verify_return_workbook` of a return already read."""
    manifest = returned.manifest
    authentic = manifest.is_authentic()
    problems: list[Problem] = [] if authentic else [Problem(SIGNATURE_BROKEN)]
    if returned.has_summary:
        differences = _header_problems(returned) + _table_problems(returned)
    else:
        differences = [Problem(SUMMARY_MISSING, {"sheet": SUMMARY_SHEET})]
    problems += differences
    return Verification(manifest, authentic, not differences, tuple(problems))
