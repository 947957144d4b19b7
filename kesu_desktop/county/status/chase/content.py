"""The chase-up list (催报单) of a month, or of the year so far: every return missing or late, with the clerk and
phone number of the unit's latest return, so the county office can ring round; in the translator's language
(context ``ChaseList``). Written as a workbook by :mod:`.workbook` and as a PDF by :mod:`.pdf`;
:mod:`.files` writes both."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.county.status.grid import LATE, MISSING, STATE_LABELS, MonthStatus, YearStatus, year_status
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period

CONTEXT = "ChaseList"
TITLE_TEXT = QT_TRANSLATE_NOOP("ChaseList", "Chase-up list")
HEADINGS = (
    QT_TRANSLATE_NOOP("ChaseList", "No."),
    QT_TRANSLATE_NOOP("ChaseList", "Unit"),
    QT_TRANSLATE_NOOP("ChaseList", "Month"),
    QT_TRANSLATE_NOOP("ChaseList", "State"),
    QT_TRANSLATE_NOOP("ChaseList", "Days late"),
    QT_TRANSLATE_NOOP("ChaseList", "Clerk"),
    QT_TRANSLATE_NOOP("ChaseList", "Phone"),
    QT_TRANSLATE_NOOP("ChaseList", "Chased on / notes"),
)
"""The table's columns (English sources, context ``ChaseList``); the last is left blank to write in."""
FOR_MONTH = QT_TRANSLATE_NOOP("ChaseList", "Returns of {month}")
FOR_YEAR = QT_TRANSLATE_NOOP("ChaseList", "Returns of {year} to date")
DEADLINE = QT_TRANSLATE_NOOP("ChaseList", "Due by day {day} of the following month")
MADE = QT_TRANSLATE_NOOP("ChaseList", "Made on {date}")
COUNTS = QT_TRANSLATE_NOOP("ChaseList", "Missing: {missing}; late: {late}")
NOTHING = QT_TRANSLATE_NOOP("ChaseList", "Every return due has arrived on time: nobody to chase.")
DATE = QT_TRANSLATE_NOOP("ChaseList", "{year}-{month:02}-{day:02}")
PAGE = QT_TRANSLATE_NOOP("ChaseList", "Page {page} of {pages}")
CONTINUED = QT_TRANSLATE_NOOP("ChaseList", "{title} (continued)")
DOCUMENT = QT_TRANSLATE_NOOP("ChaseList", "{title} ({office})")
NOT_WRITTEN = QT_TRANSLATE_NOOP(
    "Errors",
    "{file} was not written: reading it back did not give the same chase-up list. "
    "The previous file, if any, is unchanged.",
)
CHASED = (MISSING, LATE)
SEPARATOR = "\u3000\u3000"


@dataclass(frozen=True)
class Contact:
    """Who filled in a unit's latest return, as its header gives them ("" when it gives none)."""

    clerk: str = ""
    phone: str = ""


@dataclass(frozen=True)
class ChaseEntry:
    """One return to chase: the cell of the status grid and the unit's contact."""

    status: MonthStatus
    contact: Contact


@dataclass(frozen=True)
class ChaseList:
    """The chase-up list's text in the translator's language; both files and the screen are laid out from it."""

    title: str
    office: str
    scope: str
    deadline: str
    made: str
    counts: str
    headings: tuple[str, ...]
    entries: tuple[ChaseEntry, ...]
    rows: tuple[tuple[str, ...], ...]
    nothing: str
    page: str
    continued: str
    document: str
    file_stem: str
    """The files' name without the suffix: 催报单_2025-05, 催报单_2025."""


def latest_contacts(session: Session, unit_codes: list[str] | None = None) -> dict[str, Contact]:
    """Each unit's clerk and phone from the header of its latest held return (the last received; of returns
    received together, the latest month and version): one query."""
    returns = models.ReceivedReturn
    last = select(returns.unit_code, func.max(returns.received_at).label("at")).group_by(returns.unit_code)
    if unit_codes is not None:
        last = last.where(returns.unit_code.in_(unit_codes))
    chosen = last.subquery()
    query = (
        select(returns.unit_code, returns.payload)
        .join(chosen, (returns.unit_code == chosen.c.unit_code) & (returns.received_at == chosen.c.at))
        .order_by(returns.unit_code, returns.period, returns.version)
    )
    contacts = {}
    for unit, payload in session.execute(query):
        header = json.loads(payload).get("header") or {}
        contacts[str(unit)] = Contact(str(header.get("clerk") or ""), str(header.get("phone") or ""))
    return contacts


def _say(translator: Translator, template: str, **values: object) -> str:
    return translator.format(CONTEXT, template, values)


def _office(reference: ReferenceData) -> str:
    return next((unit.name for unit in reference.units if unit.kind == "county_office"), "")


def _row(number: int, entry: ChaseEntry, translator: Translator) -> tuple[str, ...]:
    status = entry.status
    return (
        str(number),
        status.unit_name,
        parse_period(status.period).label(translator.language),
        translator.translate("Status", STATE_LABELS[status.state]),
        str(status.days_late) if status.state == LATE else "",
        entry.contact.clerk,
        entry.contact.phone,
        "",
    )


def chase_list_of(
    status: YearStatus,
    contacts: dict[str, Contact],
    reference: ReferenceData,
    translator: Translator,
    *,
    period: str | None = None,
) -> ChaseList:
    """The list of ``status``: of the month ``period`` (2025-05), or without it of every month of the year."""
    cells = [cell for cell in status.in_order() if cell.state in CHASED and period in (None, cell.period)]
    cells.sort(key=lambda cell: (cell.period, cell.state != MISSING))
    entries = tuple(ChaseEntry(cell, contacts.get(cell.unit_code, Contact())) for cell in cells)
    title = translator.translate(CONTEXT, TITLE_TEXT)
    office = _office(reference)
    made = status.today
    if period is None:
        scope = _say(translator, FOR_YEAR, year=status.year)
    else:
        scope = _say(translator, FOR_MONTH, month=parse_period(period).label(translator.language))
    return ChaseList(
        title=title,
        office=office,
        scope=scope,
        deadline=_say(translator, DEADLINE, day=status.deadline_day),
        made=_say(translator, MADE, date=_say(translator, DATE, year=made.year, month=made.month, day=made.day)),
        counts=_say(
            translator,
            COUNTS,
            missing=sum(e.status.state == MISSING for e in entries),
            late=sum(e.status.state == LATE for e in entries),
        ),
        headings=tuple(translator.translate(CONTEXT, heading) for heading in HEADINGS),
        entries=entries,
        rows=tuple(_row(number, entry, translator) for number, entry in enumerate(entries, start=1)),
        nothing=translator.translate(CONTEXT, NOTHING),
        page=translator.translate(CONTEXT, PAGE),
        continued=_say(translator, CONTINUED, title=title),
        document=_say(translator, DOCUMENT, title=title, office=office),
        file_stem=f"{title}_{period or status.year}",
    )


def chase_list(
    session: Session,
    reference: ReferenceData,
    translator: Translator,
    period: str,
    *,
    whole_year: bool = False,
    today: date | None = None,
) -> ChaseList:
    """The chase-up list of the month ``period`` (2025-05), or with ``whole_year`` of its year up to today."""
    month = parse_period(period)
    status = year_status(session, reference, month.start.year, today=today)
    return chase_list_of(
        status, latest_contacts(session), reference, translator, period=None if whole_year else month.code
    )
