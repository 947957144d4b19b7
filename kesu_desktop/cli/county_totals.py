"""The county's totals and their drill-down, headless.

``county totals --period P [--by unit|group|form|kind|campaign|key_project] [--json]`` prints the county's
figures for a month, quarter, year or plan period (2024-03, 2024-Q1, 2024, PLAN-2021), one line a unit (or
group, form …) and the total, then the period-end figures; ``county records --period P --unit UNIT [--by X
--key K] [--json]`` lists the records inside the unit's held returns of the period, those of one line when
``--by`` and ``--key`` are given. Every figure comes from :mod:`kesu_desktop.county.totals.lines`.
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from typing import Any, TextIO

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.county.totals.drilldown import HeldRecord, records_behind
from kesu_desktop.county.totals.lines import BREAKDOWNS, CountyTotals, Figures, county_totals, line_name, period_of
from kesu_desktop.reference.data import ReferenceData

COLUMNS = (
    ("activities", QT_TRANSLATE_NOOP("CLI", "Activities")),
    ("participants", QT_TRANSLATE_NOOP("CLI", "Participants")),
    ("women", QT_TRANSLATE_NOOP("CLI", "Women")),
    ("trainings", QT_TRANSLATE_NOOP("CLI", "Trainings")),
    ("trainees", QT_TRANSLATE_NOOP("CLI", "Trainees")),
)


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    period_help = tr.translate("CLI", "the period: 2024-03, 2024-Q1, 2024 or PLAN-2021")
    by_help = tr.translate("CLI", "break down by unit (default), group, form, kind, campaign or key_project")
    totals = actions.add_parser("totals", parents=common, help=tr.translate("CLI", "the county's totals of a period"))
    totals.add_argument("--period", required=True, metavar="P", help=period_help)
    totals.add_argument("--by", choices=BREAKDOWNS, default="unit", help=by_help)
    totals.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    records = actions.add_parser(
        "records", parents=common, help=tr.translate("CLI", "the records inside a unit's returns of a period")
    )
    records.add_argument("--period", required=True, metavar="P", help=period_help)
    records.add_argument("--unit", required=True, metavar="UNIT", help=tr.translate("CLI", "unit code or name"))
    records.add_argument("--by", choices=BREAKDOWNS, default=None, help=by_help)
    records.add_argument(
        "--key",
        metavar="K",
        help=tr.translate("CLI", "only the records of this line (a code; empty for no campaign or key project)"),
    )
    records.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _left(text: str, width: int) -> str:
    return text + " " * max(0, width - _width(text))


def _figures_json(figures: Figures) -> dict[str, int]:
    main = {name: getattr(figures, name) for name, _label in COLUMNS}
    return {**main, **figures.as_dict()}


def totals_json(totals: CountyTotals) -> dict[str, Any]:
    rows = []
    for row in totals.rows:
        line: dict[str, Any] = {"key": row.key, "name": row.name, **_figures_json(row.figures)}
        if row.stock is not None:
            line["stock"] = row.stock
        if row.returns is not None:
            line["returns"] = row.returns
        rows.append(line)
    return {
        "period": totals.period.code,
        "by": totals.by,
        "rows": rows,
        "total": {**_figures_json(totals.total), "stock": totals.stock},
    }


def _print_totals(totals: CountyTotals, reference: ReferenceData, tr: Translator, out: TextIO) -> None:
    label = totals.period.label(tr.language)
    if not totals.held:
        print(
            tr.translate("CLI", "Nothing is held for {period}: no unit's return for it has been imported.").format(
                period=label
            ),
            file=out,
        )
        return
    print(
        tr.translate("CLI", "County totals, {period}: returns of {units} units held.").format(
            period=label, units=totals.units_held
        ),
        file=out,
    )
    total_name = tr.translate("CLI", "Total")
    names = [f"{row.key} {row.name}".strip() for row in totals.rows] + [total_name]
    name_width = max(_width(name) for name in names)
    headers = [tr.translate("CLI", label) for _name, label in COLUMNS]
    widths = [max(_width(header), 9) for header in headers]
    print(
        _left("", name_width) + "".join("  " + " " * (w - _width(h)) + h for h, w in zip(headers, widths, strict=True)),
        file=out,
    )
    lines = [*((name, row.figures) for name, row in zip(names, totals.rows, strict=False)), (total_name, totals.total)]
    for name, figures in lines:
        numbers = [f"{getattr(figures, column):,}" for column, _label in COLUMNS]
        print(_left(name, name_width) + "".join(f"  {n:>{w}}" for n, w in zip(numbers, widths, strict=True)), file=out)
    if totals.stock:
        end = totals.period.months()[-1].label(tr.language)
        print(tr.translate("CLI", "Period-end figures at the end of {month}:").format(month=end), file=out)
        for indicator in reference.stock_indicators:
            if indicator.code in totals.stock:
                value = totals.stock[indicator.code]
                text = tr.translate("CLI", "not applicable") if value is None else f"{value:,}"
                print(f"  {indicator.code}  {indicator.name(tr.language)}: {text}", file=out)


def _totals(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        period = period_of(args.period, reference)
        with store.reading() as session:
            totals = county_totals(session, reference, period, args.by, tr.language)
    finally:
        store.close()
    if args.json:
        print(json.dumps(totals_json(totals), ensure_ascii=False), file=out)
    else:
        _print_totals(totals, reference, tr, out)
    return 0


def record_json(record: HeldRecord) -> dict[str, Any]:
    activity = record.record_type == "activity"
    return {
        "type": record.record_type,
        "id": record.record_id,
        "title": record.title,
        "start_date": record.start_date.isoformat(),
        "end_date": record.end_date.isoformat(),
        "form" if activity else "kind": record.code,
        "group": record.group,
        "participants" if activity else "trainees": record.attendance,
        "women": record.women,
        "campaign": record.campaign_code,
        "key_project": record.key_project_code,
        "period": record.period,
        "version": record.version,
    }


def _records(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    if args.key is not None and args.by is None:
        raise ValidationError("key", QT_TRANSLATE_NOOP("Errors", "Key: give --by too, to say what the key is."))
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        period = period_of(args.period, reference)
        unit = reference.find_unit(args.unit)
        if unit is None:
            raise KesuError(
                QT_TRANSLATE_NOOP("Errors", "There is no unit {unit}; give its code or name."), unit=args.unit
            )
        with store.reading() as session:
            records = records_behind(session, reference, period, unit.code, args.by, args.key)
    finally:
        store.close()
    if args.json:
        content = {
            "period": period.code,
            "unit": unit.code,
            "by": args.by,
            "key": args.key,
            "records": [record_json(record) for record in records],
        }
        print(json.dumps(content, ensure_ascii=False), file=out)
        return 0
    label = period.label(tr.language)
    if not records:
        print(
            tr.translate("CLI", "No records of {unit} are held for {period}.").format(unit=unit.name, period=label),
            file=out,
        )
        return 0
    for record in records:
        activity = record.record_type == "activity"
        what = line_name(reference, "form" if activity else "kind", record.code, tr.language)
        group = line_name(reference, "group", record.group, tr.language)
        attendance = "" if record.attendance is None else f"{record.attendance:,}"
        counted = (
            tr.translate("CLI", "{people} participants") if activity else tr.translate("CLI", "{people} trainees")
        ).format(people=attendance or "—")
        print(
            f"{record.period} v{record.version}  {record.start_date.isoformat()}  {record.title}  {what}  {group}  "
            + counted,
            file=out,
        )
    return 0


ACTIONS = {"totals": _totals, "records": _records}
