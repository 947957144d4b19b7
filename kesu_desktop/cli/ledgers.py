"""Bringing a hand-kept ledger (台账) in from the command line: ``records import-ledger FILE`` for this unit,
``county import-ledger --unit CODE FILE`` at the county office, with the same flags (``--mapping FILE``,
``--dry-run``, ``--json``, ``--skip-flagged``, ``--accept-approximate``) and the same report.

Exit codes: 0 when the ledger was stored, and for every dry run whatever it finds; 3 when nothing was stored
because rows need fixing (without ``--skip-flagged``) or approximate figures are not confirmed (without
``--accept-approximate``); 1 when the file or the mapping is refused as a whole (one line on stderr).

``--json`` prints a list with one entry per row read: ``sheet``, ``row`` (1-based, as Excel shows it), ``kind``
(activity or training), ``status``, ``fields`` (``title``, a training's content too; ``start`` and ``end`` as ISO
dates or null; the counts …) and ``reasons`` (in the user's language).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Any, TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.county.inbox.ledgers import import_unit_ledger
from kesu_desktop.ledgers.choices import read_mapping_file
from kesu_desktop.ledgers.importer import REFUSED_APPROXIMATE, LedgerImport, LedgerOptions
from kesu_desktop.ledgers.plan import LedgerPlan
from kesu_desktop.ledgers.rows import APPROXIMATE, NEEDS_FIXING, STATUS_NAMES
from kesu_desktop.reference.data import ReferenceData

EXIT_OK, EXIT_REFUSED = 0, 3
NO_UNIT = QT_TRANSLATE_NOOP("Errors", "There is no reporting unit {unit}; give its code or name.")

_COUNTS = QT_TRANSLATE_NOOP(
    "CLI",
    "{file}: {ready} ready, {approximate} approximate, {needs_fixing} to fix, {duplicate} duplicates; "
    "{skipped} total, section and notes rows passed over.",
)
_TOTAL_DISAGREES = QT_TRANSLATE_NOOP(
    "CLI", "{sheet}, row {row}: the ledger's {label} says {stated} for {field}, but its rows add up to {sum}."
)
_ROW = QT_TRANSLATE_NOOP("CLI", "{sheet}, row {row} ({status}): {reason}")
_DRY_RUN = QT_TRANSLATE_NOOP("CLI", "Dry run, nothing stored: {count} records would be stored.")
_STORED = QT_TRANSLATE_NOOP("CLI", "Stored {count} records from the ledger.")
_REFUSED_FIXING = QT_TRANSLATE_NOOP(
    "CLI",
    "Nothing stored: {count} rows need fixing. Correct them in the ledger, or import with --skip-flagged to "
    "leave them out.",
)
_REFUSED_APPROXIMATE = QT_TRANSLATE_NOOP(
    "CLI",
    "Nothing stored: {count} rows have approximate figures. Check them, then import with --accept-approximate "
    "to store them as written.",
)


def add_ledger_arguments(parser: argparse.ArgumentParser, tr: Translator) -> None:
    parser.add_argument("file", type=Path, metavar="FILE", help=tr.translate("CLI", "the ledger (.xlsx or .xls)"))
    parser.add_argument(
        "--mapping",
        type=Path,
        metavar="FILE",
        help=tr.translate("CLI", "the columns, forms and groups to use, as JSON (default: the ones saved last)"),
    )
    parser.add_argument(
        "--dry-run", action="store_true", help=tr.translate("CLI", "check and say what would be stored; store nothing")
    )
    parser.add_argument("--json", action="store_true", help=tr.translate("CLI", "print every row read as JSON"))
    parser.add_argument(
        "--skip-flagged",
        action="store_true",
        help=tr.translate("CLI", "leave out the rows that need fixing (default: store nothing while any does)"),
    )
    parser.add_argument(
        "--accept-approximate",
        action="store_true",
        help=tr.translate("CLI", "store approximate figures (约300人) as written, noted as approximate"),
    )


def add_county_ledger_parser(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    parser = actions.add_parser(
        "import-ledger",
        parents=common,
        help=tr.translate("CLI", "bring in a unit's ledger (台账) for the months before it used KeSu"),
    )
    parser.add_argument(
        "--unit", required=True, metavar="CODE", help=tr.translate("CLI", "the unit whose ledger it is (code or name)")
    )
    add_ledger_arguments(parser, tr)


def county_import_ledger(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        unit = reference.find_unit(args.unit)
        if unit is None or unit not in reference.reporting_units():
            raise KesuError(NO_UNIT, unit=args.unit)
        options = ledger_options(args, reference)
        actor = installation.setup.clerk_name
        with store.reading() if args.dry_run else store.transaction() as session:
            result = import_unit_ledger(args.file, session, reference, unit.code, actor, options)
    finally:
        store.close()
    return report_ledger(result, args, tr, out)


def ledger_options(args: argparse.Namespace, reference: ReferenceData) -> LedgerOptions:
    mapping = read_mapping_file(args.mapping, reference) if args.mapping is not None else None
    return LedgerOptions(
        mapping=mapping,
        dry_run=args.dry_run,
        skip_flagged=args.skip_flagged,
        accept_approximate=args.accept_approximate,
    )


def _reason(error: KesuError, tr: Translator) -> str:
    template = getattr(error, "cli_template", error.template)
    return tr.render(KesuError(template, **error.values))


def rows_payload(plan: LedgerPlan, tr: Translator) -> list[dict[str, Any]]:
    """One entry per row read, as ``--json`` prints it."""
    return [
        {
            "sheet": row.sheet,
            "row": row.row,
            "kind": row.kind,
            "status": row.status,
            "fields": row.fields,
            "reasons": [_reason(reason, tr) for reason in row.reasons],
        }
        for row in plan.rows
    ]


def report_ledger(result: LedgerImport, args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    """Print what the import found and did; the exit code."""
    plan = result.plan
    if args.json:
        print(json.dumps(rows_payload(plan, tr), ensure_ascii=False, indent=1), file=out)
    else:
        _report_text(result, tr, out)
    if result.refused is not None and not result.dry_run:
        return EXIT_REFUSED
    return EXIT_OK


def _report_text(result: LedgerImport, tr: Translator, out: TextIO) -> None:
    plan = result.plan
    for row in plan.rows:
        for reason in row.reasons:
            status = tr.translate("Ledger", STATUS_NAMES[row.status])
            line = tr.translate("CLI", _ROW)
            print(line.format(sheet=row.sheet, row=row.row, status=status, reason=_reason(reason, tr)), file=out)
    for found in plan.disagreements():
        line = tr.translate("CLI", _TOTAL_DISAGREES)
        print(
            line.format(
                sheet=found.sheet,
                row=found.row,
                label=found.label,
                field=found.header,
                stated=found.stated,
                sum=found.sum,
            ),
            file=out,
        )
    print(tr.translate("CLI", _COUNTS).format(file=plan.file, **plan.status_counts()), file=out)
    if result.refused is None:
        template = _DRY_RUN if result.dry_run else _STORED
        print(tr.translate("CLI", template).format(count=len(result.stored)), file=out)
    elif result.refused == REFUSED_APPROXIMATE:
        print(tr.translate("CLI", _REFUSED_APPROXIMATE).format(count=plan.count(APPROXIMATE)), file=out)
    else:
        print(tr.translate("CLI", _REFUSED_FIXING).format(count=plan.count(NEEDS_FIXING)), file=out)
