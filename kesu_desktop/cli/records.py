"""The ``records`` commands of the command line: the canonical spreadsheet.

``records template --out FILE.xlsx`` writes an empty workbook to fill in; ``records export --out FILE.xlsx
[--period 2024|2024-03]`` writes this unit's records in the same shape; ``records import FILE.xlsx [--dry-run]
[--json] [--valid-only]`` reads one back; ``records import-ledger FILE`` brings in a ledger kept by hand
(:mod:`kesu_desktop.cli.ledgers`). An import stores nothing unless every row is valid, or, with
``--valid-only``, stores the valid rows; either way each bad row is listed with its sheet, row, column and
reason. The exit code is 1 when an all-or-nothing import (or its dry run) is refused because of bad rows, and
when the file is refused as a whole (too large, damaged, built to harm the computer) or the data folder stays
busy with another job: then one line on stderr says why (see :mod:`kesu_desktop.spreadsheet.importer`).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import open_data_folder
from kesu_desktop.cli.ledgers import add_ledger_arguments, ledger_options, report_ledger
from kesu_desktop.ledgers.importer import import_ledger
from kesu_desktop.spreadsheet.import_modes import ADDED, ALL_OR_NOTHING, ERROR, UNCHANGED, UPDATED, VALID_ONLY
from kesu_desktop.spreadsheet.importer import ImportReport, import_records
from kesu_desktop.spreadsheet.writer import export_records, write_template
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, require_installation

EXIT_OK, EXIT_ERROR = 0, 1
_COUNTY_LEDGER = QT_TRANSLATE_NOOP(
    "Errors",
    "This data folder belongs to the county office, which brings in a unit's ledger with "
    "'county import-ledger --unit CODE FILE'.",
)


def add_records_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    records = commands.add_parser("records", parents=common, help=command_help(tr, "records"))
    actions = records.add_subparsers(dest="records_command", metavar="ACTION", required=True)
    template = actions.add_parser(
        "template", parents=common, help=tr.translate("CLI", "write an empty workbook to fill in")
    )
    template.add_argument(
        "--out", required=True, type=Path, metavar="FILE.xlsx", help=tr.translate("CLI", "file to write")
    )
    export = actions.add_parser("export", parents=common, help=tr.translate("CLI", "write this unit's records"))
    export.add_argument(
        "--out", required=True, type=Path, metavar="FILE.xlsx", help=tr.translate("CLI", "file to write")
    )
    export.add_argument(
        "--period",
        metavar="YYYY[-MM]",
        help=tr.translate("CLI", "only records starting in this year or month (default: all)"),
    )
    load = actions.add_parser("import", parents=common, help=tr.translate("CLI", "read a filled-in workbook"))
    load.add_argument("file", type=Path, metavar="FILE.xlsx", help=tr.translate("CLI", "workbook to read"))
    load.add_argument(
        "--dry-run", action="store_true", help=tr.translate("CLI", "check and say what would change; store nothing")
    )
    load.add_argument(
        "--valid-only",
        action="store_true",
        help=tr.translate("CLI", "store the valid rows even if others have errors (default: all or nothing)"),
    )
    load.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the report as JSON"))
    ledger = actions.add_parser(
        "import-ledger",
        parents=common,
        help=tr.translate("CLI", "bring in a ledger (台账) kept by hand in Excel or WPS"),
    )
    add_ledger_arguments(ledger, tr)


def _unit_installation(store: Store) -> Installation:
    with store.reading() as session:
        installation = require_installation(session)
    if installation.role != "unit":
        raise KesuError(
            QT_TRANSLATE_NOOP(
                "Errors", "Records are kept by the reporting units; this data folder belongs to the county office."
            )
        )
    return installation


def _template(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    store.close()
    write_template(args.out, reference)
    print(tr.translate("CLI", "Wrote an empty workbook to {file}.").format(file=args.out), file=out)
    return EXIT_OK


def _export(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        installation = _unit_installation(store)
        with store.reading() as session:
            summary = export_records(args.out, session, reference, installation.setup.unit_code, args.period)
    finally:
        store.close()
    print(
        tr.translate("CLI", "Wrote {activities} activities and {trainings} trainings to {file}.").format(
            activities=summary.activities, trainings=summary.trainings, file=args.out
        ),
        file=out,
    )
    return EXIT_OK


def _json_value(value: object) -> object:
    return value if isinstance(value, int | float | str | bool) or value is None else str(value)


def report_payload(report: ImportReport, tr: Translator) -> dict[str, Any]:
    """The import report as plain JSON data, messages in the user's language."""
    return {
        "file": report.path,
        "mode": report.mode,
        "dry_run": report.dry_run,
        "stored": report.stored,
        "added": report.count(ADDED),
        "updated": report.count(UPDATED),
        "unchanged": report.count(UNCHANGED),
        "errors": report.count(ERROR),
        "rows": [
            {
                "sheet": row.sheet,
                "row": row.row,
                "type": row.record_type,
                "status": row.status,
                "title": row.title,
                "id": str(row.record_id) if row.record_id else None,
                "changed": list(row.changed),
                "problems": [
                    {
                        "column": problem.column,
                        "column_letter": problem.column_letter,
                        "field": problem.field,
                        "message": tr.render(problem.error),
                        "template": problem.error.template,
                        "values": {key: _json_value(value) for key, value in problem.error.values.items()},
                    }
                    for problem in row.problems
                ],
            }
            for row in report.rows
        ],
    }


_DRY_RUN = QT_TRANSLATE_NOOP(
    "CLI", "Dry run, nothing stored: {added} would be added, {updated} updated, {unchanged} unchanged."
)
_DRY_RUN_VALID_ONLY = QT_TRANSLATE_NOOP(
    "CLI",
    "Dry run, nothing stored: {added} would be added, {updated} updated, {unchanged} unchanged; "
    "{errors} rows with errors would be left out.",
)
_REFUSED = QT_TRANSLATE_NOOP(
    "CLI",
    "Nothing stored: {errors} rows have errors. Correct them, or import with --valid-only to store "
    "the other rows ({added} to add, {updated} to update).",
)
_IMPORTED_VALID_ONLY = QT_TRANSLATE_NOOP(
    "CLI", "Imported: {added} added, {updated} updated, {unchanged} unchanged; {errors} rows with errors were left out."
)
_IMPORTED = QT_TRANSLATE_NOOP("CLI", "Imported: {added} added, {updated} updated, {unchanged} unchanged.")


def summary_line(report: ImportReport, tr: Translator) -> str:
    """One line: what was (or would be) stored, and how many rows have errors."""
    if not report.accepted:
        template = _REFUSED
    elif report.dry_run:
        template = _DRY_RUN_VALID_ONLY if report.has_errors else _DRY_RUN
    else:
        template = _IMPORTED_VALID_ONLY if report.has_errors else _IMPORTED
    return tr.translate("CLI", template).format(
        added=report.count(ADDED),
        updated=report.count(UPDATED),
        unchanged=report.count(UNCHANGED),
        errors=report.count(ERROR),
    )


def _import(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    mode = VALID_ONLY if args.valid_only else ALL_OR_NOTHING
    try:
        installation = _unit_installation(store)
        unit, actor = installation.setup.unit_code, installation.setup.clerk_name
        if args.dry_run:
            with store.reading() as session:
                report = import_records(args.file, session, reference, unit, actor, mode, dry_run=True)
        else:
            with store.transaction() as session:
                report = import_records(args.file, session, reference, unit, actor, mode)
    finally:
        store.close()
    if args.json:
        print(json.dumps(report_payload(report, tr), ensure_ascii=False, indent=1), file=out)
    else:
        for problem in report.problems:
            print(
                tr.translate("CLI", "{sheet}, row {row}, column {column}: {reason}").format(
                    sheet=problem.sheet,
                    row=problem.row,
                    column=problem.column,
                    reason=tr.render(problem.error),
                ),
                file=out,
            )
        print(summary_line(report, tr), file=out)
    return EXIT_OK if report.accepted else EXIT_ERROR


def _import_ledger(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            if require_installation(session).role == "county":
                raise KesuError(_COUNTY_LEDGER)
        installation = _unit_installation(store)
        unit, actor = installation.setup.unit_code, installation.setup.clerk_name
        options = ledger_options(args, reference)
        with store.reading() if args.dry_run else store.transaction() as session:
            result = import_ledger(args.file, session, reference, unit, actor, options)
    finally:
        store.close()
    return report_ledger(result, args, tr, out)


def run_records(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    action = {"template": _template, "export": _export, "import": _import, "import-ledger": _import_ledger}[
        args.records_command
    ]
    return action(args, tr, out)
