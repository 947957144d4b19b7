"""A county report as an Excel workbook laid out like the official statistical forms (统计报表), signed, and
verified cell by cell.

Every sheet carries the centred title, the 表号/制定机关 block at the top right and the line 填报单位（盖章）…
所属期 … 计量单位; then its sections: numbered tables (栏目 and 代码 headed 甲 and 乙, figure columns numbered
1, 2, 3 … under two-level headings, the 合计 row bold, 其中 rows indented), each chart as the table of its
numbers, and the county's own text (blank ruled rows to write on when there is none). The last sheet ends
with the sign-off line, the 说明 notes and the fingerprints. A very hidden sheet holds the signed payload
(:mod:`.signed`); where each figure stands follows from the payload alone (:func:`sheet_layout`), so
:func:`verify_report_workbook` finds every figure where the writer put it and names any cell changed by hand.
"""

from __future__ import annotations

import io
import json
import warnings
import zipfile
import zlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import InvalidFileException
from openpyxl.worksheet._read_only import ReadOnlyWorksheet

from kesu_desktop.base.errors import KesuError, ReturnFormatError
from kesu_desktop.base.safe_write import WriteError, bytes_writer, write_atomically
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Nested, Phrase
from kesu_desktop.county.reports.document import Report
from kesu_desktop.county.reports.signed import FORMAT, FORMAT_VERSION, report_payload
from kesu_desktop.county.reports.workbook_sheet import (
    MANIFEST_SHEET,
    MARKER,
    MARKER_VERSION,
    SheetLayout,
    expected_text,
    sheet_layout,
    write_sheet,
)
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.manifest import add_manifest_sheet
from kesu_desktop.returns.workbook.reader import UNREADABLE
from kesu_desktop.returns.workbook.style import compose, mark_every_page

DEMO_MARK = "演示数据（不是正式报表）"

NOT_A_REPORT = QT_TRANSLATE_NOOP("Errors", "{path} is not a county report made by KeSu (it has no signed report data).")
DAMAGED = QT_TRANSLATE_NOOP(
    "Errors", "The signed report data in {path} is damaged ({detail}), so the report cannot be checked."
)
TOO_NEW = QT_TRANSLATE_NOOP(
    "Errors", "{path} was made by a newer version of KeSu (report format {version}). Install that version or newer."
)
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} was not written: reading it back did not give the same report ({problem}). "
    "The previous file, if any, is unchanged.",
)
SIGNATURE_BROKEN = QT_TRANSLATE_NOOP(
    "Errors", "The signature does not match the report data: the file was changed after KeSu signed it."
)
SHEET_MISSING = QT_TRANSLATE_NOOP("Errors", "The sheet {sheet} of the report is missing.")
EMPTY = Phrase(QT_TRANSLATE_NOOP("Errors", "(empty)"))
WRONG_CELL = QT_TRANSLATE_NOOP(
    "Errors", "Sheet {sheet}, {section}: cell {cell} shows {shown}, but the signed report says {signed}."
)

_LOAD_ERRORS = (
    OSError,
    EOFError,
    zipfile.BadZipFile,
    zlib.error,
    InvalidFileException,
    KeyError,
    ValueError,
    TypeError,
    SyntaxError,
)


@dataclass(frozen=True)
class ReportVerification:
    """What checking a report workbook found: ``ok`` when the signature holds and every figure and label shown
    is the signed one; otherwise each problem, naming the sheet and the cell."""

    ok: bool
    fingerprint: str
    key_fingerprint: str
    kind: str
    scope: str
    problems: tuple[Nested, ...]
    """Each a message to render in the user's language (:meth:`Translator.format`)."""


# --- writing ---------------------------------------------------------------------------------------------------


def build_report_workbook(report: Report, manifest: SignedManifest) -> Workbook:
    """The workbook in memory: one sheet per :class:`ReportSheet`, and the signed payload very hidden."""
    if manifest.payload != report_payload(report):
        raise ValueError("the manifest was not made from this report")
    workbook = Workbook()
    default = workbook.active
    assert default is not None
    workbook.remove(default)
    last = len(report.sheets) - 1
    for index, (sheet, placed) in enumerate(zip(report.sheets, manifest.payload["sheets"], strict=True)):
        out = workbook.create_sheet(sheet.name[:31])
        notes = len(report.notes) if index == last else None
        write_sheet(out, report, sheet, sheet_layout(placed, notes=notes), manifest)
        if report.is_demo:
            mark_every_page(out, DEMO_MARK)
    add_manifest_sheet(workbook, manifest, sheet_name=MANIFEST_SHEET, marker=MARKER, payload_format=FORMAT)
    workbook.active = 0
    properties = workbook.properties
    properties.creator = properties.lastModifiedBy = "科素填报"
    properties.title = compose("{title}（{period}）", title=report.title, period=report.period_label)
    properties.keywords = compose("{fingerprint}", fingerprint=manifest.fingerprint)
    return workbook


def render_report_workbook(report: Report, manifest: SignedManifest) -> bytes:
    """The workbook as the bytes of an .xlsx file."""
    buffer = io.BytesIO()
    build_report_workbook(report, manifest).save(buffer)
    return buffer.getvalue()


def report_workbook_check(target: Path) -> Callable[[Path], None]:
    """A check for a workbook written on its way to ``target``: it must verify, every figure the signed one;
    a :class:`~kesu_desktop.base.safe_write.WriteError` says what is wrong."""

    def check(written: Path) -> None:
        try:
            verification = verify_report_workbook(written)
        except KesuError as error:
            raise WriteError(NOT_WRITTEN, file=target.name, problem=str(error)) from error
        if not verification.ok:
            raise WriteError(NOT_WRITTEN, file=target.name, problem=verification.problems[0])

    return check


def write_report_workbook(path: Path, report: Report, manifest: SignedManifest) -> Path:
    """Write the report workbook to ``path``: written beside it, read back and verified, then moved into place.
    A :class:`~kesu_desktop.base.safe_write.WriteError` says why when it could not be."""
    target = Path(path)
    return write_atomically(
        target, bytes_writer(render_report_workbook(report, manifest)), report_workbook_check(target)
    )


# --- reading and verifying -------------------------------------------------------------------------------------


def _count(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _manifest(path: Path, rows: Iterable[tuple[object, ...]]) -> SignedManifest:
    """The signed document of the hidden sheet's rows: its facts (``format`` …) and its numbered pieces."""
    facts: dict[object, object] = {}
    parts: dict[int, str] = {}
    for row in rows:
        key, value = (row[0] if row else None), (row[1] if len(row) > 1 else None)
        if isinstance(key, int) and isinstance(value, str):
            parts[key] = value
        elif isinstance(key, str):
            facts[key] = value
    if facts.get("format") != MARKER or facts.get("payload_format") != FORMAT:
        raise ReturnFormatError(NOT_A_REPORT, path=str(path))
    version = _count(facts.get("format_version"))
    if version is None:
        raise ReturnFormatError(DAMAGED, path=str(path), detail="format_version")
    if version > MARKER_VERSION:
        raise ReturnFormatError(TOO_NEW, path=str(path), version=version)
    count = _count(facts.get("pieces"))
    if count is None or count < 1 or sorted(parts) != list(range(1, count + 1)):
        raise ReturnFormatError(DAMAGED, path=str(path), detail="pieces")
    try:
        document = json.loads("".join(parts[index] for index in range(1, count + 1)))
        manifest = SignedManifest.from_document(document)
    except (ValueError, KeyError, TypeError) as error:
        raise ReturnFormatError(DAMAGED, path=str(path), detail="JSON") from error
    payload = manifest.payload
    if not isinstance(payload, dict) or payload.get("format") != FORMAT:
        raise ReturnFormatError(NOT_A_REPORT, path=str(path))
    payload_version = _count(payload.get("format_version"))
    if payload_version is None or payload_version > FORMAT_VERSION:
        raise ReturnFormatError(TOO_NEW, path=str(path), version=payload.get("format_version"))
    if not isinstance(payload.get("sheets"), list) or not all(isinstance(s, dict) for s in payload["sheets"]):
        raise ReturnFormatError(DAMAGED, path=str(path), detail="sheets")
    return manifest


def _matches(shown: object, signed: object) -> bool:
    """Whether a cell shows the signed value: the same whole number, decimal or text ('' and null alike)."""
    if isinstance(signed, bool) or isinstance(shown, bool):
        return False
    if signed is None or signed == "":
        return shown is None or shown == ""
    if isinstance(shown, int | float) and isinstance(signed, int | float):
        return shown == signed
    if isinstance(shown, int | float) and isinstance(signed, str):
        try:
            return Decimal(repr(shown)) == Decimal(signed)
        except InvalidOperation:
            return False
    return isinstance(shown, str) and isinstance(signed, str) and shown == signed


def _shown(value: object) -> str:
    return EMPTY if value is None or value == "" else repr(value) if isinstance(value, str) else str(value)


def _problem(template: str, **values: object) -> Nested:
    return Nested("Errors", template, values)


def _sheet_problems(name: str, layout: SheetLayout, cells: dict[tuple[int, int], object]) -> list[Nested]:
    problems = []
    for expected in layout.expected:
        shown = cells.get((expected.row, expected.column))
        signed = expected_text(expected.value)
        if not _matches(shown, signed):
            coordinate = f"{get_column_letter(expected.column)}{expected.row}"
            problems.append(
                _problem(
                    WRONG_CELL,
                    sheet=name,
                    section=expected.section,
                    cell=coordinate,
                    shown=_shown(shown),
                    signed=_shown(signed),
                )
            )
    return problems


def _read(path: Path, workbook: Any) -> ReportVerification:
    if MANIFEST_SHEET not in workbook.sheetnames or not isinstance(workbook[MANIFEST_SHEET], ReadOnlyWorksheet):
        raise ReturnFormatError(NOT_A_REPORT, path=str(path))
    hidden: Any = workbook[MANIFEST_SHEET]
    hidden.reset_dimensions()
    manifest = _manifest(path, hidden.iter_rows(max_col=2, values_only=True))
    payload = manifest.payload
    authentic = manifest.is_authentic()
    problems = [] if authentic else [_problem(SIGNATURE_BROKEN)]
    sheets = payload["sheets"]
    for index, placed in enumerate(sheets):
        try:
            notes = len(payload["notes"]) if index == len(sheets) - 1 else None
            layout = sheet_layout(placed, notes=notes)
            name = str(placed["name"])[:31]
        except (KeyError, TypeError, ValueError, AttributeError) as error:
            raise ReturnFormatError(DAMAGED, path=str(path), detail="sheets") from error
        if name not in workbook.sheetnames or not isinstance(workbook[name], ReadOnlyWorksheet):
            problems.append(_problem(SHEET_MISSING, sheet=name))
            continue
        sheet: Any = workbook[name]
        cells: dict[tuple[int, int], object] = {}
        for number, values in enumerate(
            sheet.iter_rows(min_row=1, max_row=layout.end, max_col=layout.columns, values_only=True), start=1
        ):
            for column, value in enumerate(values, start=1):
                if value is not None:
                    cells[(number, column)] = value
        problems += _sheet_problems(name, layout, cells)
    return ReportVerification(
        ok=not problems,
        fingerprint=manifest.fingerprint,
        key_fingerprint=manifest.key_fingerprint,
        kind=str(payload.get("kind", "")),
        scope=str(payload.get("scope", "")),
        problems=tuple(problems),
    )


def verify_report_workbook(path: Path) -> ReportVerification:
    """Check the report in ``path``: does the signature hold, and does every sheet show exactly the signed
    figures, codes and labels? A file that is not a KeSu county report (a township return included), cannot be
    read, or whose hidden data is damaged raises :class:`ReturnFormatError`."""
    source = Path(path)
    try:
        with warnings.catch_warnings(), open(source, "rb") as handle:
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(handle, read_only=True, data_only=False)
            try:
                return _read(source, workbook)
            finally:
                workbook.close()
    except KesuError:
        raise
    except _LOAD_ERRORS as error:
        reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error) or type(error).__name__
        raise ReturnFormatError(UNREADABLE, path=str(source), reason=reason) from error
