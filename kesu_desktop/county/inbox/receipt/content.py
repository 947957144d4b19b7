"""What the receipt list (收件登记) of a county import says, in the translator's language: its title, the
import, and a row per file; written as a workbook by :mod:`.workbook` and as a PDF by
:mod:`.pdf`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.inbox.types import STATUS_LABELS, STATUSES, FileResult, ImportRecord
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period

CONTEXT = "Receipts"
TITLE_TEXT = QT_TRANSLATE_NOOP("Receipts", "Receipt list")
HEADINGS = (
    QT_TRANSLATE_NOOP("Receipts", "No."),
    QT_TRANSLATE_NOOP("Receipts", "Unit"),
    QT_TRANSLATE_NOOP("Receipts", "Period"),
    QT_TRANSLATE_NOOP("Receipts", "Version"),
    QT_TRANSLATE_NOOP("Receipts", "Fingerprint"),
    QT_TRANSLATE_NOOP("Receipts", "Status"),
    QT_TRANSLATE_NOOP("Receipts", "Reason"),
    QT_TRANSLATE_NOOP("Receipts", "File"),
)
"""The table's columns (English sources, context ``Receipts``), one row per file considered."""
RECEIVED = QT_TRANSLATE_NOOP("Receipts", "Received: {time}")
IMPORTED_BY = QT_TRANSLATE_NOOP("Receipts", "Imported by: {actor}")
IMPORT_ID = QT_TRANSLATE_NOOP("Receipts", "Import: {import_id}")
UNDONE = QT_TRANSLATE_NOOP("Receipts", "Undone on {time} by {actor}")
UNIT = QT_TRANSLATE_NOOP("Receipts", "{name} ({code})")
VERSION = QT_TRANSLATE_NOOP("Receipts", "Version {version}")
MOMENT = QT_TRANSLATE_NOOP("Receipts", "{year}-{month:02}-{day:02} {hour:02}:{minute:02}")
BY_STATUS = QT_TRANSLATE_NOOP("Receipts", "Files by status")
TOTAL = QT_TRANSLATE_NOOP("Receipts", "Total")
PAGE = QT_TRANSLATE_NOOP("Receipts", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("Receipts", "{title} (continued)")
DOCUMENT = QT_TRANSLATE_NOOP("Receipts", "{title} ({office})")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} was not written: reading it back did not give the same receipt list. "
    "The previous file, if any, is unchanged.",
)
UNKNOWN = "—"
"""What a cell shows for what could not be read from the file (a file with no unit, say)."""
SEPARATOR = "\u3000\u3000"


# --- what the receipt list says ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Receipt:
    """The receipt list's text in the translator's language; both files are laid out from it."""

    title: str
    office: str
    received: str
    imported_by: str
    import_id: str
    undone: str | None
    headings: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    counts: tuple[tuple[str, int], ...]
    by_status: str
    total: str
    page: str
    continued: str
    document: str
    """The title of the file, in its properties."""


def _say(translator: Translator, template: str, **values: object) -> str:
    return translator.format(CONTEXT, template, values)


def _moment(translator: Translator, at: datetime) -> str:
    return _say(translator, MOMENT, year=at.year, month=at.month, day=at.day, hour=at.hour, minute=at.minute)


def _office(reference: ReferenceData) -> str:
    return next((unit.name for unit in reference.units if unit.kind == "county_office"), "")


def _unit(result: FileResult, translator: Translator) -> str:
    if result.unit_name and result.unit_code:
        return _say(translator, UNIT, name=result.unit_name, code=result.unit_code)
    return result.unit_name or result.unit_code or UNKNOWN


def _period(code: str | None, language: str) -> str:
    if not code:
        return UNKNOWN
    try:
        return parse_period(code).label(language)
    except ValidationError:  # a refused file may name a period that is none: shown as the file has it
        return code


def _row(number: int, result: FileResult, translator: Translator) -> tuple[str, ...]:
    return (
        str(number),
        _unit(result, translator),
        _period(result.period, translator.language),
        UNKNOWN if result.version is None else _say(translator, VERSION, version=result.version),
        result.fingerprint or UNKNOWN,
        translator.translate("Inbox", STATUS_LABELS.get(result.status, result.status)),
        translator.render(result.reason) if result.reason else "",
        result.file,
    )


def _undone(record: ImportRecord, translator: Translator) -> str | None:
    if record.undone_at is None:
        return None
    return _say(translator, UNDONE, time=_moment(translator, record.undone_at), actor=record.undone_by or UNKNOWN)


def receipt_of(record: ImportRecord, reference: ReferenceData, translator: Translator) -> Receipt:
    title = translator.translate(CONTEXT, TITLE_TEXT)
    office = _office(reference)
    return Receipt(
        title=title,
        office=office,
        received=_say(translator, RECEIVED, time=_moment(translator, record.started_at)),
        imported_by=_say(translator, IMPORTED_BY, actor=record.actor),
        import_id=_say(translator, IMPORT_ID, import_id=record.import_id),
        undone=_undone(record, translator),
        headings=tuple(translator.translate(CONTEXT, heading) for heading in HEADINGS),
        rows=tuple(_row(number, result, translator) for number, result in enumerate(record.results, start=1)),
        counts=tuple(
            (translator.translate("Inbox", STATUS_LABELS[status]), record.count(status))
            for status in STATUSES
            if record.count(status)
        ),
        by_status=translator.translate(CONTEXT, BY_STATUS),
        total=translator.translate(CONTEXT, TOTAL),
        page=translator.translate(CONTEXT, PAGE),
        continued=_say(translator, CONTINUED, title=title),
        document=_say(translator, DOCUMENT, title=title, office=office),
    )
