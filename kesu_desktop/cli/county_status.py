"""The county's reporting status on the command line: ``county status --year YYYY [--json]`` (the unit × month
grid, one letter a cell, with the rates), ``county chase-list --period YYYY-MM --out DIR [--whole-year]`` (the
chase-up list as xlsx and PDF), ``county deadline [--day N]`` and ``county first-month UNIT [YYYY-MM | --clear]``
(the reporting rules). Registered by :mod:`kesu_desktop.cli.county`."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.county.status import rules
from kesu_desktop.county.status.chase.content import chase_list
from kesu_desktop.county.status.chase.files import write_chase_list
from kesu_desktop.county.status.grid import (
    BEFORE_START,
    LATE,
    MISSING,
    NOT_DUE,
    ON_TIME,
    ZERO,
    Rate,
    YearStatus,
    status_rows,
    year_status,
)
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.workbook.style import display_width

LETTERS = {ON_TIME: "O", LATE: "L", MISSING: "M", ZERO: "Z", NOT_DUE: ".", BEFORE_START: "-"}
"""One letter a cell of the plain-text grid; a corrected return (version 2 or later) adds ``*``."""
LEGEND = QT_TRANSLATE_NOOP(
    "CLI",
    "O on time   L late   M missing   Z zero report   . not due yet   - before the unit's first month   "
    "* corrected (version 2 or later)",
)
_CELL = 5
NO_SUCH_UNIT = QT_TRANSLATE_NOOP("Errors", "There is no unit {unit}; give its code or name.")


def _year(text: str) -> int:
    if not (text.isdigit() and len(text) == 4):
        raise argparse.ArgumentTypeError(f"{text!r}: YYYY")
    return int(text)


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    status = actions.add_parser(
        "status", parents=common, help=tr.translate("CLI", "which units have reported each month of a year")
    )
    status.add_argument("--year", required=True, type=_year, metavar="YYYY", help=tr.translate("CLI", "the year"))
    status.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    chase = actions.add_parser(
        "chase-list", parents=common, help=tr.translate("CLI", "write the chase-up list of missing and late returns")
    )
    chase.add_argument("--period", required=True, metavar="YYYY-MM", help=tr.translate("CLI", "the month"))
    chase.add_argument(
        "--whole-year", action="store_true", help=tr.translate("CLI", "every month of the period's year to date")
    )
    chase.add_argument("--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write to"))
    deadline = actions.add_parser(
        "deadline", parents=common, help=tr.translate("CLI", "show or set the day of the month returns are due")
    )
    deadline.add_argument("--day", type=int, metavar="N", help=tr.translate("CLI", "due by day N (1–28)"))
    first = actions.add_parser(
        "first-month", parents=common, help=tr.translate("CLI", "show or set a unit's first month of reporting")
    )
    first.add_argument("unit", metavar="UNIT", help=tr.translate("CLI", "unit code or name"))
    choice = first.add_mutually_exclusive_group()
    choice.add_argument("month", nargs="?", metavar="YYYY-MM", help=tr.translate("CLI", "the first month"))
    choice.add_argument(
        "--clear", action="store_true", help=tr.translate("CLI", "go back to the month of the unit's first return")
    )


def _percent(rate: Rate) -> str:
    return "—" if rate.value is None else f"{round(rate.value * 100)}%"


def _pad(text: str, width: int) -> str:
    return text + " " * max(0, width - display_width(text))


def grid_text(status: YearStatus, tr: Translator) -> list[str]:
    """The grid as lines of text: a row a unit with its rate, the rate of each month, the legend."""
    rate_heading, month_rate = tr.translate("CLI", "Rate"), tr.translate("CLI", "Month's rate")
    unit_heading = tr.translate("CLI", "Unit")
    width = max(display_width(text) for text in [unit_heading, month_rate, *(u.name for u in status.units)]) + 2
    lines = [
        tr.translate("CLI", "Reporting status {year}: due by day {day} of the following month; as of {today}.").format(
            year=status.year, day=status.deadline_day, today=status.today.isoformat()
        ),
        "",
        _pad(unit_heading, width) + "".join(_pad(p[5:], _CELL) for p in status.periods) + rate_heading,
    ]
    for unit in status.units:
        cells = [status.cell(unit.code, period) for period in status.periods]
        marks = "".join(_pad(LETTERS[c.state] + ("*" if c.corrected else ""), _CELL) for c in cells)
        lines.append(_pad(unit.name, width) + marks + _percent(status.unit_rate(unit.code)))
    rates = "".join(_pad(_percent(status.month_rate(period)), _CELL) for period in status.periods)
    lines += [_pad(month_rate, width) + rates, "", tr.translate("CLI", LEGEND)]
    overall = status.overall_rate()
    lines.append(
        tr.translate("CLI", "Reporting rate for the year: {reported} of {due} returns due ({rate}).").format(
            reported=overall.reported, due=overall.due, rate=_percent(overall)
        )
    )
    return lines


def _status(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            status = year_status(session, reference, args.year, today=date.today())
    finally:
        store.close()
    if args.json:
        print(json.dumps(status_rows(status), ensure_ascii=False), file=out)
    else:
        print("\n".join(grid_text(status, tr)), file=out)
    return 0


def _chase_list(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            content = chase_list(session, reference, tr, args.period, whole_year=args.whole_year)
    finally:
        store.close()
    args.out.mkdir(parents=True, exist_ok=True)
    for path in write_chase_list(args.out, content):
        print(path, file=out)
    return 0


def _deadline(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, _reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        if args.day is None:
            with store.reading() as session:
                day = rules.deadline_day(session)
            message = tr.translate("CLI", "Returns are due by day {day} of the following month.")
        else:
            with store.transaction() as session:
                day = rules.set_deadline_day(session, args.day)
            message = tr.translate("CLI", "Returns are now due by day {day} of the following month.")
    finally:
        store.close()
    print(message.format(day=day), file=out)
    return 0


def _unit_code(reference: ReferenceData, text: str) -> str:
    unit = reference.find_unit(text)
    if unit is None:
        raise KesuError(NO_SUCH_UNIT, unit=text)
    return unit.code


def _first_month(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        code = _unit_code(reference, args.unit)
        if args.month is not None or args.clear:
            with store.transaction() as session:
                if args.clear:
                    rules.clear_first_month(session, reference, code)
                else:
                    rules.set_first_month(session, reference, code, args.month, installation.setup.clerk_name)
        with store.reading() as session:
            first = next(f for f in rules.first_months(session, reference) if f.unit_code == code)
    finally:
        store.close()
    unit = f"{first.unit_name} ({first.unit_code})"
    if first.set_month is not None:
        line = tr.translate("CLI", "{unit} reports from {month} (set by {actor} on {date}).").format(
            unit=unit, month=first.set_month, actor=first.set_by, date=f"{first.set_at:%Y-%m-%d}"
        )
    elif first.automatic is not None:
        line = tr.translate("CLI", "{unit} reports from {month} (the month of its first return).").format(
            unit=unit, month=first.automatic
        )
    else:
        line = tr.translate("CLI", "{unit} has sent no return yet and no first month is set.").format(unit=unit)
    print(line, file=out)
    return 0


ACTIONS = {"status": _status, "chase-list": _chase_list, "deadline": _deadline, "first-month": _first_month}
