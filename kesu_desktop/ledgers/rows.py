"""The rows of a ledger sheet, read under its layout: each row below the header is a record (ready, approximate,
needing a fix, or a duplicate of an earlier row) or a row that is no record (a section heading, a 小计/合计 total,
a 注： note); blank rows are passed over. Nothing that cannot be read exactly is guessed: the field is left empty
and the row says why. Totals are not imported but checked against the rows they cover.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.ledgers.layout import KIND_FIELDS, Layout
from kesu_desktop.ledgers.sheets import LedgerSheet
from kesu_desktop.ledgers.values import read_count, read_dates, read_hours

READY, APPROXIMATE, NEEDS_FIXING, DUPLICATE = "ready", "approximate", "needs_fixing", "duplicate"
SKIPPED_SECTION, SKIPPED_TOTAL, SKIPPED_NOTES = "skipped_section", "skipped_total", "skipped_notes"
RECORD_STATUSES = (READY, APPROXIMATE, NEEDS_FIXING, DUPLICATE)
SKIPPED_STATUSES = (SKIPPED_TOTAL, SKIPPED_SECTION, SKIPPED_NOTES)
STATUS_NAMES = {
    READY: QT_TRANSLATE_NOOP("Ledger", "ready"),
    APPROXIMATE: QT_TRANSLATE_NOOP("Ledger", "approximate"),
    NEEDS_FIXING: QT_TRANSLATE_NOOP("Ledger", "needs fixing"),
    DUPLICATE: QT_TRANSLATE_NOOP("Ledger", "duplicate"),
    SKIPPED_TOTAL: QT_TRANSLATE_NOOP("Ledger", "total row"),
    SKIPPED_SECTION: QT_TRANSLATE_NOOP("Ledger", "section row"),
    SKIPPED_NOTES: QT_TRANSLATE_NOOP("Ledger", "notes row"),
}
"""Each status as the clerk reads it (context ``Ledger``)."""

TEXT_FIELDS = ("title", "content", "venue", "form", "organiser", "notes")
COUNT_FIELDS = ("participants", "trainees", "women", "low_income", "certified")
TITLE_FIELDS = ("title", "content")
TOTAL_FIELD = {"activity": "participants", "training": "trainees"}
NOTHING = frozenset({"", "—", "-", "－", "／", "/", "——"})  # what a clerk writes for "nothing recorded"

_SPACES = re.compile(r"\s+")
_SECTION = re.compile(r"^([一二三四五六七八九十]+[、.．]|第[一二三四五六七八九十]+[季部])|月份$|季度$")
_NOTE = re.compile(r"^(注|备注|说明)\s*[：:]")
_TOTALS = {"小计": "subtotal", "合计": "total", "总计": "total"}


@dataclass(frozen=True)
class Issue:
    """Why a field of a row is not ready: ``problem`` is a code (:mod:`kesu_desktop.ledgers.values`, or a rule
    broken between fields), ``raw`` the cell as written."""

    field: str
    raw: object
    problem: str


@dataclass(frozen=True)
class LedgerRow:
    row: int  # 1-based, as Excel and WPS show it
    status: str
    fields: dict[str, object]
    issues: tuple[Issue, ...] = ()
    duplicate_of: int | None = None


@dataclass(frozen=True)
class TotalCheck:
    """A 小计 or 合计 row against the rows it covers, one stated figure at a time."""

    row: int
    label: str
    kind: str  # "subtotal" or "total"
    covers_rows: tuple[int, ...]
    checks: dict[str, FigureCheck]


@dataclass(frozen=True)
class FigureCheck:
    stated: int
    sum: int
    result: str  # "agrees", "disagrees" or "unverifiable" (some covered row's figure is no number)
    unreadable_rows: tuple[int, ...] = ()


@dataclass
class SheetReading:
    """Every row of one sheet as read, and the check of each of its totals."""

    sheet: str
    kind: str
    rows: list[LedgerRow] = field(default_factory=list)
    totals: list[TotalCheck] = field(default_factory=list)


def _text(raw: object) -> str | None:
    if raw is None:
        return None
    text = str(raw).strip()
    return None if text in NOTHING else text


def _bare(raw: object) -> str:
    return _SPACES.sub("", str(raw)) if raw is not None else ""


def _filled(cells: tuple[object, ...]) -> list[object]:
    return [cell for cell in cells if cell is not None and str(cell).strip() != ""]


def _total_label(cells: tuple[object, ...]) -> str | None:
    return next((str(cell) for cell in _filled(cells) if _bare(cell) in _TOTALS), None)


def _is_section(cells: tuple[object, ...]) -> bool:
    values = {str(cell).strip() for cell in _filled(cells)}
    return len(values) == 1 and _SECTION.search(next(iter(values))) is not None


def _is_note(cells: tuple[object, ...]) -> bool:
    filled = _filled(cells)
    return bool(filled) and _NOTE.match(str(filled[0]).strip()) is not None


def read_sheet(sheet: LedgerSheet, layout: Layout) -> SheetReading:
    """The rows of ``sheet`` below the header of ``layout``, with its totals checked."""
    reading = SheetReading(sheet.name, layout.kind)
    columns = {_index(letter): name for letter, name in layout.columns.items() if name is not None}
    seen: dict[tuple[object, ...], int] = {}
    section_start = 0  # index into reading.rows of the first row of the current section
    for index in range(max(layout.header_rows), len(sheet.cells)):
        cells = sheet.cells[index]
        number = index + 1
        if not _filled(cells):
            continue
        label = _total_label(cells)
        if label is not None:
            reading.rows.append(_total_row(number, label, cells, columns))
            reading.totals.append(_check(reading, number, label, section_start))
            if _TOTALS[_bare(label)] == "subtotal":
                section_start = len(reading.rows)
            continue
        if _is_note(cells):
            reading.rows.append(LedgerRow(number, SKIPPED_NOTES, {"text": str(_filled(cells)[0]).strip()}))
            continue
        if _is_section(cells):
            reading.rows.append(LedgerRow(number, SKIPPED_SECTION, {"label": str(_filled(cells)[0]).strip()}))
            section_start = len(reading.rows)
            continue
        key = tuple(cells[column] if column < len(cells) else None for column in sorted(columns))
        record = _record(number, cells, columns, layout, duplicate_of=seen.get(key))
        seen.setdefault(key, number)
        reading.rows.append(record)
    return reading


def _index(letter: str) -> int:
    number = 0
    for char in letter:
        number = number * 26 + ord(char.upper()) - ord("A") + 1
    return number - 1


def _cell(cells: tuple[object, ...], column: int) -> object:
    return cells[column] if column < len(cells) else None


def _record(
    number: int, cells: tuple[object, ...], columns: dict[int, str], layout: Layout, *, duplicate_of: int | None
) -> LedgerRow:
    fields: dict[str, object] = {}
    issues: list[Issue] = []
    raws: dict[str, object] = {}
    for column, name in columns.items():
        raw = _cell(cells, column)
        raws[name] = raw
        if name == "date":
            dates = read_dates(raw, layout.year)
            fields["start"], fields["end"] = _iso(dates.start), _iso(dates.end)
            if dates.problem is not None:
                issues.append(Issue("start", raw, dates.problem))
        elif name in COUNT_FIELDS:
            count = read_count(raw)
            fields[name] = count.value
            if count.problem is not None:
                issues.append(Issue(name, raw, count.problem))
            elif count.approximate:
                issues.append(Issue(name, raw, "count_approximate"))
        elif name == "hours":
            hours = read_hours(raw)
            fields[name] = hours.value
            if hours.problem is not None:
                issues.append(Issue(name, raw, hours.problem))
        else:
            fields[name] = _text(raw)
    for name in KIND_FIELDS[layout.kind]:  # a field the ledger has no column for is empty
        if name == "date":
            fields.setdefault("start", None)
            fields.setdefault("end", None)
        else:
            fields.setdefault(name, None)
    title = next((name for name in TITLE_FIELDS if name in fields), None)
    if title is not None and fields[title] is None:
        issues.append(Issue(title, raws.get(title), "title_missing"))
    issues.extend(_rules(fields, raws, layout.kind))
    return LedgerRow(number, _status(issues, duplicate_of), fields, tuple(issues), duplicate_of)


def _rules(fields: dict[str, object], raws: dict[str, object], kind: str) -> list[Issue]:
    """The rules between a row's figures: no part (women, certificates) above the whole."""
    total = fields.get(TOTAL_FIELD[kind])
    if not isinstance(total, int):
        return []
    broken = []
    for part, problem in (("women", "women_exceed_total"), ("certified", "certified_exceed_trainees")):
        value = fields.get(part)
        if isinstance(value, int) and value > total:
            broken.append(Issue(part, raws.get(part), problem))
    return broken


def _status(issues: list[Issue], duplicate_of: int | None) -> str:
    if duplicate_of is not None:
        return DUPLICATE
    if any(issue.problem != "count_approximate" for issue in issues):
        return NEEDS_FIXING
    return APPROXIMATE if issues else READY


def _iso(day: object) -> str | None:
    return None if day is None else str(day)


def _total_row(number: int, label: str, cells: tuple[object, ...], columns: dict[int, str]) -> LedgerRow:
    fields: dict[str, object] = {"label": label.strip()}
    for column, name in columns.items():
        if name in COUNT_FIELDS:
            value = read_count(_cell(cells, column)).value
            if value is not None:
                fields[name] = value
    return LedgerRow(number, SKIPPED_TOTAL, fields)


def _check(reading: SheetReading, number: int, label: str, section_start: int) -> TotalCheck:
    kind = _TOTALS[_bare(label)]
    stated_row = reading.rows[-1]
    covered_rows = reading.rows[section_start:-1] if kind == "subtotal" else reading.rows[:-1]
    covered = [row for row in covered_rows if row.status in RECORD_STATUSES]
    checks = {}
    for name, stated in stated_row.fields.items():
        if name == "label" or not isinstance(stated, int):
            continue
        unreadable = tuple(
            row.row for row in covered if any(i.field == name and i.problem == "count_not_a_number" for i in row.issues)
        )
        total = sum(value for row in covered if isinstance(value := row.fields.get(name), int))
        result = "unverifiable" if unreadable else "agrees" if total == stated else "disagrees"
        checks[name] = FigureCheck(stated, total, result, unreadable)
    return TotalCheck(number, label, kind, tuple(row.row for row in covered), checks)
