"""The ``return`` commands of the command line: the monthly return, headless.

``return export --period 2024-03 --out DIR [--format xlsx,pdf] [--early] [--unfilled zero|na] [--json]``
writes the signed workbook and the PDF and locks the month; ``return status [--year 2024] [--json]`` lists the
year's months; ``return reopen --period 2024-03 --reason TEXT`` reopens a month for correction; ``return show
--period 2024-03|2024-Q1|2024|PLAN-2021 [--json]`` prints the form's tables, for review.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import Any, TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.bulletins.township import CountyMonth, county_months
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import open_data_folder
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.export import EarlyExportError, UnfilledFiguresError, export_return
from kesu_desktop.returns.form import ReturnForm, cell_text
from kesu_desktop.returns.ledger import month_statuses, reopen
from kesu_desktop.store.installation import require_installation

STATES = {
    "not_due": QT_TRANSLATE_NOOP("CLI", "not yet due"),
    "due": QT_TRANSLATE_NOOP("CLI", "due"),
    "overdue": QT_TRANSLATE_NOOP("CLI", "overdue"),
    "exported": QT_TRANSLATE_NOOP("CLI", "exported, version {version}"),
    "reopened": QT_TRANSLATE_NOOP("CLI", "reopened for correction"),
}


def add_return_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    parser = commands.add_parser("return", parents=common, help=command_help(tr, "return"))
    actions = parser.add_subparsers(dest="return_command", metavar="ACTION", required=True)
    export = actions.add_parser(
        "export", parents=common, help=tr.translate("CLI", "write the month's Excel and PDF and lock the month")
    )
    export.add_argument("--period", required=True, metavar="YYYY-MM", help=tr.translate("CLI", "the month"))
    export.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write to")
    )
    export.add_argument(
        "--format", default="xlsx,pdf", metavar="xlsx,pdf", help=tr.translate("CLI", "files to write (default both)")
    )
    export.add_argument(
        "--early",
        action="store_true",
        help=tr.translate("CLI", "export the current month before it is over (nothing more will be recorded for it)"),
    )
    export.add_argument(
        "--unfilled",
        choices=("zero", "na"),
        help=tr.translate("CLI", "report period-end figures not filled in as 0 (zero) or not applicable (na)"),
    )
    export.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    status = actions.add_parser(
        "status", parents=common, help=tr.translate("CLI", "the year's months and their status")
    )
    status.add_argument("--year", type=int, metavar="YYYY", help=tr.translate("CLI", "the year (default this year)"))
    status.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    again = actions.add_parser("reopen", parents=common, help=tr.translate("CLI", "reopen a month for correction"))
    again.add_argument("--period", required=True, metavar="YYYY-MM", help=tr.translate("CLI", "the month"))
    again.add_argument("--reason", required=True, help=tr.translate("CLI", "why it must be corrected"))
    show = actions.add_parser("show", parents=common, help=tr.translate("CLI", "print the return's tables"))
    show.add_argument(
        "--period", required=True, metavar="PERIOD", help=tr.translate("CLI", "2024-03, 2024-Q1, 2024 or PLAN-2021")
    )
    show.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))


def _export(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    formats = tuple(name.strip() for name in args.format.split(",") if name.strip())
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        result = export_return(
            store,
            reference,
            parse_period(args.period),
            args.out,
            formats=formats,
            early=args.early,
            unfilled=args.unfilled,
        )
    except UnfilledFiguresError as error:
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{period}: {count} period-end figures are not filled in ({names}). Set them with 'figures set', or "
                "export with --unfilled zero or --unfilled na.",
            ),
            **error.values,
        ) from error
    except EarlyExportError as error:
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "{period} is not over yet (it ends on {end}); the export locks the month. If nothing more will be "
                "recorded for it, export it now with --early.",
            ),
            **error.values,
        ) from error
    finally:
        store.close()
    if args.json:
        payload = {
            "files": [str(path) for path in result.files],
            "version": result.version,
            "fingerprint": result.fingerprint,
        }
        print(json.dumps(payload, ensure_ascii=False), file=out)
    else:
        for path in result.files:
            print(path, file=out)
        print(
            tr.translate("CLI", "Version {version}, fingerprint {fingerprint}; the month is now locked.").format(
                version=result.version, fingerprint=result.fingerprint
            ),
            file=out,
        )
    return 0


def _county_entry(month: CountyMonth | None) -> dict[str, Any] | None:
    """What the county's newest bulletin says of the month's return, as ``return status --json`` gives it."""
    if month is None:
        return None
    return {
        "state": month.state,
        "received_at": month.received_at,
        "fingerprint": month.fingerprint,
        "reason": month.reason,
    }


def _status(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    year = args.year or date.today().year
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            unit = require_installation(session).setup.unit_code
            statuses = month_statuses(session, unit, year, date.today())
            county = county_months(session)
    finally:
        store.close()
    rows = [
        {
            "period": s.period.code,
            "state": s.state,
            "deadline": s.deadline.isoformat(),
            "version": s.latest.version if s.latest else None,
            "fingerprint": s.latest.fingerprint if s.latest else None,
            "county": _county_entry(county.get(s.period.code)),
        }
        for s in statuses
    ]
    if args.json:
        print(json.dumps(rows, ensure_ascii=False), file=out)
        return 0
    for row in rows:
        state = tr.translate("CLI", STATES[str(row["state"])]).format(version=row["version"])
        print(f"{row['period']}  {state}  {row['deadline']}  {row['fingerprint'] or ''}".rstrip(), file=out)
    return 0


def _reopen(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    period = parse_period(args.period)
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.transaction() as session:
            installation = require_installation(session)
            reopen(session, installation.setup.unit_code, period.code, args.reason, actor=installation.setup.clerk_name)
    finally:
        store.close()
    print(tr.translate("CLI", "{period} is open for correction.").format(period=period.code), file=out)
    return 0


def _form_as_data(form: ReturnForm, tr: Translator) -> dict[str, Any]:
    return {
        "unit": form.header.unit_name,
        "period": form.header.period.code,
        "tables": [
            {
                "number": table.number,
                "title": table.title,
                "columns": list(table.columns),
                "rows": [
                    {"code": r.code, "label": r.label, "cells": [cell_text(c, tr) for c in r.cells]} for r in table.rows
                ],
            }
            for table in form.tables
        ],
    }


def _show(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    period = parse_period(args.period)
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            form = build_return_form(session, reference, require_installation(session), period, tr)
    finally:
        store.close()
    data = _form_as_data(form, tr)
    if args.json:
        print(json.dumps(data, ensure_ascii=False), file=out)
        return 0
    print(f"{form.title} — {form.header.unit_name} — {form.header.period_label}", file=out)
    for table in data["tables"]:
        print(f"\n{table['number']} {table['title']}", file=out)
        for row in table["rows"]:
            print(f"  {row['code']} {row['label']}: {' '.join(row['cells'])}", file=out)
    return 0


ACTIONS = {"export": _export, "status": _status, "reopen": _reopen, "show": _show}


def run_return(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    return ACTIONS[args.return_command](args, tr, out)
