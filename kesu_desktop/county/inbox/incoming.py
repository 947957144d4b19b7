"""One file from a USB stick, judged as a township's return before the county holds anything of it.

The file is untrusted: it may be damaged, hand-edited, forged or built to harm. It is checked as an archive
first (:func:`~kesu_desktop.base.xlsx_guard.check_xlsx`: size, parts, unpacked bytes, compression ratio, rows,
never the sheet's declared dimension), and read only through the same open handle, within a time limit. Then
every check a return must pass, in order, each refusal saying which one failed and what the unit should do:
known format, signature, the visible sheet equal to the signed figures, a unit of the county, demo or not as
the folder is, a month that is not in the future, the signed tables equal to what the county's own aggregation
computes from the records the return carries (under the rules of the return's own format version), and record
numbers that are unique. Whether the key is the unit's pinned key is the inbox's question (:mod:`.keys`).
"""

from __future__ import annotations

import hashlib
import json
import re
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any, BinaryIO

from kesu_desktop.base.errors import KesuError, ReturnFormatError
from kesu_desktop.base.signing import canonical
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.base.xlsx_guard import check_xlsx
from kesu_desktop.base.xlsx_limits import MIB, XlsxLimits, XlsxRefusedError
from kesu_desktop.reference.data import ReferenceData, UnitInfo
from kesu_desktop.reference.periods import Period, month_of, parse_period
from kesu_desktop.returns.formats import READABLE_FORMATS, UNKNOWN_FORMAT
from kesu_desktop.returns.manifest import FORMAT, SignedManifest
from kesu_desktop.returns.recompute import table_differences
from kesu_desktop.returns.workbook.layout import MANIFEST_SHEET
from kesu_desktop.returns.workbook.reader import read_return_workbook, verify_return

TIME_LIMIT_SECONDS = 15.0
"""The longest one file may take to check; a real return takes a fraction of a second."""

LIMITS = XlsxLimits(max_file_bytes=30 * MIB, max_parts=40, max_unpacked_bytes=200 * MIB, max_rows=20_000)
"""A return of a busy month is a few hundred KB; these leave room for years of growth, not for a bomb."""

# Every part any workbook may have, so that a clerk's own spreadsheet is recognised as not a return (and
# skipped) rather than refused for its pictures; what a return itself may hold is RETURN_PARTS.
ANY_WORKBOOK_PARTS = (r".+",)
RETURN_PARTS = (
    r"\[Content_Types\]\.xml",
    r"_rels/\.rels",
    r"docProps/(app|core|custom)\.xml",
    r"xl/(workbook|styles|sharedStrings|calcChain)\.xml",
    r"xl/_rels/workbook\.xml\.rels",
    r"xl/theme/theme\d+\.xml",
    r"xl/worksheets/sheet\d+\.xml",
    r"xl/worksheets/_rels/sheet\d+\.xml\.rels",
    r"xl/printerSettings/printerSettings\d+\.bin",
)

NOT_FOUND = QT_TRANSLATE_NOOP("Errors", "{path} is not there any more; check that the stick is still plugged in.")
UNREADABLE_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The computer could not read {path}; check the stick and copy the file again."
)
FOREIGN_PARTS = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} holds parts a KeSu return never has ({part}): it was changed outside KeSu. "
    "Ask the unit to export the return again.",
)
TOO_SLOW = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} took longer than {seconds} seconds to check and was refused; ask the unit to export the return again.",
)
WRONG_FORMAT_NAME = QT_TRANSLATE_NOOP(
    "Errors", "{path} holds signed data that is not a monthly return; ask the unit to export the return again."
)
BAD_PAYLOAD = QT_TRANSLATE_NOOP(
    "Errors",
    "The return data in {path} is incomplete or damaged ({detail}); ask the unit to export the return again.",
)
SIGNATURE_BROKEN = QT_TRANSLATE_NOOP(
    "Errors",
    "The signature of {path} does not match its data: the file was changed after KeSu signed it, or KeSu did "
    "not make it. Ask the unit to export the return again.",
)
SHEET_CHANGED = QT_TRANSLATE_NOOP(
    "Errors",
    "The sheet of {path} was edited by hand: {problem} Ask the unit to send the file KeSu wrote, unchanged.",
)
UNKNOWN_UNIT = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is a return of unit {code} ({name}), which is not a reporting unit of this county; check that the "
    "unit set up KeSu with its own unit.",
)
DEMO_IN_REAL = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is a return of demo data; a real county folder does not take demo returns. Ask the unit to export "
    "from its real data folder.",
)
REAL_IN_DEMO = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is a real return; this is a demo county folder, which takes demo returns only. Import it into the "
    "county's real data folder.",
)
NOT_A_MONTH = QT_TRANSLATE_NOOP(
    "Errors", "{path} is not a monthly return (its period is {period}); ask the unit to export the return again."
)
FUTURE_PERIOD = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} is a return for {period}, a month that has not begun; check the date of the unit's computer and ask "
    "it to export the return again.",
)
TABLES_DISAGREE = QT_TRANSLATE_NOOP(
    "Errors",
    "The tables of {path} do not add up to the records it carries (table {table}, row {code}, column {column}: "
    "{signed} signed, {computed} from the records). Ask the unit to export the return again.",
)
OUTSIDE_PERIOD = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} carries record {record_id}, dated {day}, which is not in {period}; the return is damaged. Ask the unit "
    "to export the return again.",
)
DUPLICATE_RECORD = QT_TRANSLATE_NOOP(
    "Errors",
    "{path} lists record {record_id} twice; the return is damaged. Ask the unit to export the return again.",
)


# What a damaged or hostile file makes the parsers raise past the archive checks (openpyxl's index into the
# shared strings, zipfile's unsupported versions and flags, numbers past a float or an SQLite integer, a
# structure too deep or too large): each is a refusal of that file, never a failure of the import.
_HOSTILE = (
    ValueError,
    TypeError,
    LookupError,
    AttributeError,
    ArithmeticError,
    RecursionError,
    MemoryError,
    NotImplementedError,
    EOFError,
    zlib.error,
    zipfile.BadZipFile,
)
LARGEST_VERSION = 10_000
"""Far above any real count of corrections, and within SQLite's INTEGER."""


class IncomingRefusedError(KesuError):
    """A file the county does not take; ``not_a_return`` when it is plainly not a KeSu return at all (which a
    scan of a stick skips)."""

    def __init__(self, template: str, *, not_a_return: bool = False, **values: Any) -> None:
        super().__init__(template, **values)
        self.not_a_return = not_a_return


@dataclass(frozen=True)
class IncomingReturn:
    """A file that passed every check of its own: what the inbox needs to classify and store it."""

    file: str
    sha256: str
    manifest: SignedManifest
    unit: UnitInfo
    period: Period
    version: int
    early: bool

    @property
    def payload(self) -> dict[str, Any]:
        return self.manifest.payload

    @property
    def fingerprint(self) -> str:
        return self.manifest.fingerprint

    @property
    def public_key(self) -> str:
        return self.manifest.signature.public_key

    @property
    def key_fingerprint(self) -> str:
        return self.manifest.key_fingerprint

    @property
    def activities(self) -> list[dict[str, Any]]:
        return list(self.payload["activities"])

    @property
    def trainings(self) -> list[dict[str, Any]]:
        return list(self.payload["trainings"])

    def canonical_payload(self) -> str:
        return canonical(self.payload).decode("utf-8")


class _Clock:
    """The file's time limit: :meth:`tick` raises once it has passed."""

    def __init__(self, path: str, seconds: float) -> None:
        self.path, self.seconds = path, seconds
        self.deadline = time.monotonic() + seconds

    def tick(self) -> None:
        if time.monotonic() > self.deadline:
            raise IncomingRefusedError(TOO_SLOW, path=self.path, seconds=f"{self.seconds:g}")


def _sha256(file: BinaryIO) -> str:
    file.seek(0)
    digest = hashlib.sha256()
    for block in iter(lambda: file.read(1 << 20), b""):
        digest.update(block)
    return digest.hexdigest()


def _check_archive(file: BinaryIO, path: str) -> None:
    """The archive checks, then: is it a KeSu return at all, and does it hold only what a return holds?"""
    checked = check_xlsx(file, path, ANY_WORKBOOK_PARTS, LIMITS)
    if MANIFEST_SHEET not in {name for name, _part in checked.layout.sheets}:
        raise IncomingRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{path} is not a monthly return made by KeSu (it has no signed return data). "
                "Ask the unit to export the return again and send the .xlsx file KeSu wrote.",
            ),
            not_a_return=True,
            path=path,
        )
    for part in checked.parts:
        if not any(re.fullmatch(pattern, part) for pattern in RETURN_PARTS):
            raise IncomingRefusedError(FOREIGN_PARTS, path=path, part=part)


def _unit(payload: dict[str, Any], reference: ReferenceData, path: str) -> UnitInfo:
    code = str(payload.get("unit_code", ""))
    unit = next((u for u in reference.reporting_units() if u.code == code), None)
    if unit is None:
        raise IncomingRefusedError(UNKNOWN_UNIT, path=path, code=code, name=str(payload.get("unit_name", "")))
    return unit


def _period(payload: dict[str, Any], path: str, today: date) -> tuple[Period, bool]:
    text = str(payload.get("period", ""))
    try:
        period = parse_period(text)
    except KesuError:
        period = None
    if period is None or period.kind != "month" or period.code != text:
        raise IncomingRefusedError(NOT_A_MONTH, path=path, period=text)
    current = month_of(today)
    if period.start > current.start:
        raise IncomingRefusedError(FUTURE_PERIOD, path=path, period=period.label("zh_CN"))
    return period, period == current


def _version(payload: dict[str, Any], path: str) -> int:
    version = payload.get("version")
    if isinstance(version, bool) or not isinstance(version, int) or not 1 <= version <= LARGEST_VERSION:
        raise IncomingRefusedError(BAD_PAYLOAD, path=path, detail="version")
    return version


def _check_records(payload: dict[str, Any], path: str, period: Period) -> None:
    """Every record has a number of its own and starts within the return's month, as the unit's export writes."""
    seen: set[str] = set()
    for key in ("activities", "trainings"):
        records = payload.get(key)
        if not isinstance(records, list) or not all(isinstance(r, dict) for r in records):
            raise IncomingRefusedError(BAD_PAYLOAD, path=path, detail=key)
        for record in records:
            record_id = str(record.get("id", ""))
            try:
                uuid.UUID(record_id)
            except ValueError as error:
                raise IncomingRefusedError(BAD_PAYLOAD, path=path, detail="id") from error
            if record_id in seen:
                raise IncomingRefusedError(DUPLICATE_RECORD, path=path, record_id=record_id)
            seen.add(record_id)
            day = date.fromisoformat(str(record.get("start_date", "")))
            if not period.start <= day <= period.end:
                raise IncomingRefusedError(
                    OUTSIDE_PERIOD, path=path, record_id=record_id, day=day.isoformat(), period=period.code
                )


def _check_tables(payload: dict[str, Any], reference: ReferenceData, path: str) -> None:
    try:
        differences = table_differences(payload, reference)
    except ReturnFormatError as error:
        raise IncomingRefusedError(BAD_PAYLOAD, path=path, detail=str(error.values.get("detail", ""))) from error
    if differences:
        first = differences[0]
        raise IncomingRefusedError(
            TABLES_DISAGREE,
            path=path,
            table=first.table,
            code=first.code,
            column=first.column,
            signed=str(first.signed),
            computed=str(first.computed),
        )


def _judge(
    file: BinaryIO, path: str, reference: ReferenceData, today: date, demo_folder: bool, clock: _Clock
) -> IncomingReturn:
    _check_archive(file, path)
    clock.tick()
    returned = read_return_workbook(Path(path), file, clock.tick)
    clock.tick()
    payload = returned.manifest.payload
    if payload.get("format") != FORMAT:
        raise IncomingRefusedError(WRONG_FORMAT_NAME, path=path)
    if payload.get("format_version") not in READABLE_FORMATS:
        raise IncomingRefusedError(UNKNOWN_FORMAT, version=str(payload.get("format_version")))
    verification = verify_return(returned)
    if not verification.authentic:
        raise IncomingRefusedError(SIGNATURE_BROKEN, path=path)
    if verification.problems:
        problem = verification.problems[0]
        raise IncomingRefusedError(SHEET_CHANGED, path=path, problem=problem.as_nested())
    unit = _unit(payload, reference, path)
    if bool(payload.get("demo")) != demo_folder:
        raise IncomingRefusedError(REAL_IN_DEMO if demo_folder else DEMO_IN_REAL, path=path)
    period, early = _period(payload, path, today)
    version = _version(payload, path)
    _check_records(payload, path, period)
    clock.tick()
    _check_tables(payload, reference, path)
    clock.tick()
    return IncomingReturn(path, _sha256(file), returned.manifest, unit, period, version, early)


def read_incoming(
    path: Path,
    reference: ReferenceData,
    *,
    today: date | None = None,
    demo_folder: bool = False,
    time_limit: float = TIME_LIMIT_SECONDS,
    opener: Callable[[Path], BinaryIO] | None = None,
) -> IncomingReturn:
    """The return in ``path`` if it passes every check of its own, else :class:`IncomingRefusedError` with the
    reason (a damaged archive's :class:`XlsxRefusedError` and a reader's :class:`ReturnFormatError` are turned
    into it). Nothing else escapes: any other failure of a hostile file is a refusal too."""
    shown = str(path)
    clock = _Clock(shown, time_limit)
    try:
        file = (opener or (lambda p: p.open("rb")))(path)
    except FileNotFoundError as error:
        raise IncomingRefusedError(NOT_FOUND, path=shown) from error
    except OSError as error:
        raise IncomingRefusedError(UNREADABLE_FILE, path=shown) from error
    with file:
        try:
            return _judge(file, shown, reference, today or date.today(), demo_folder, clock)
        except IncomingRefusedError:
            raise
        except (XlsxRefusedError, ReturnFormatError) as error:
            raise IncomingRefusedError(error.template, **error.values) from error
        except OSError as error:
            raise IncomingRefusedError(UNREADABLE_FILE, path=shown) from error
        except _HOSTILE as error:
            raise IncomingRefusedError(BAD_PAYLOAD, path=shown, detail=type(error).__name__) from error


def payload_json(payload: dict[str, Any]) -> str:
    return json.dumps(payload, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
