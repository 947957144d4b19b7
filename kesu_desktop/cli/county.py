"""The ``county`` commands of the command line: the county office's inbox, headless.

``county import PATH... [--dry-run] [--json] [--accept-new-keys]`` checks and imports returns from files,
folders or a whole stick (exit 0 when every file is new, identical, replaces, older or skipped; 3 when any is a
conflict, invalid or waits for its key); ``county import-ledger --unit CODE FILE`` brings in a unit's ledger kept by
hand for the months before it used KeSu (:mod:`kesu_desktop.cli.ledgers`); ``county imports list|undo ID|receipt
ID --out DIR``;
``county keys list|accept|revoke``;
``county demo [--months N] [--seed S]`` builds a whole demo county in a new folder, to try the county's side out.
The county's picture has modules of its own, added here: reporting status (``county_status``), totals and
their records (``county_totals``), plans and target progress (``county_plans``), reports (``county_reports``) and
the survey's mapping (``county_survey``), the bulletins back to the units (``county_bulletins``), and moving the
store between its file and a server (``county_store``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.county_bulletins import ACTIONS as BULLETIN_ACTIONS
from kesu_desktop.cli.county_bulletins import add_parsers as add_bulletin_parsers
from kesu_desktop.cli.county_plans import ACTIONS as PLAN_ACTIONS
from kesu_desktop.cli.county_plans import add_parsers as add_plan_parsers
from kesu_desktop.cli.county_reports import ACTIONS as REPORT_ACTIONS
from kesu_desktop.cli.county_reports import add_parsers as add_report_parsers
from kesu_desktop.cli.county_status import ACTIONS as STATUS_ACTIONS
from kesu_desktop.cli.county_status import add_parsers as add_status_parsers
from kesu_desktop.cli.county_store import ACTIONS as STORE_ACTIONS
from kesu_desktop.cli.county_store import add_parsers as add_store_parsers
from kesu_desktop.cli.county_survey import ACTIONS as SURVEY_ACTIONS
from kesu_desktop.cli.county_survey import add_parsers as add_survey_parsers
from kesu_desktop.cli.county_totals import ACTIONS as TOTALS_ACTIONS
from kesu_desktop.cli.county_totals import add_parsers as add_totals_parsers
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.cli.ledgers import add_county_ledger_parser, county_import_ledger
from kesu_desktop.county.inbox import keys
from kesu_desktop.county.inbox.imports import run_inbox
from kesu_desktop.county.inbox.past_imports import find_import, list_imports, undo_import
from kesu_desktop.county.inbox.receipt.files import write_receipt_list
from kesu_desktop.county.inbox.sources import gather
from kesu_desktop.county.inbox.types import FAILING_STATUSES, STATUS_LABELS, FileResult
from kesu_desktop.reference.data import ReferenceData

EXIT_NEEDS_ATTENTION = 3


def add_county_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    parser = commands.add_parser("county", parents=common, help=command_help(tr, "county"))
    actions = parser.add_subparsers(dest="county_command", metavar="ACTION", required=True)
    take = actions.add_parser(
        "import", parents=common, help=tr.translate("CLI", "check and import returns from files, folders or a stick")
    )
    take.add_argument("paths", nargs="+", type=Path, metavar="PATH", help=tr.translate("CLI", "file or folder"))
    take.add_argument(
        "--dry-run", action="store_true", help=tr.translate("CLI", "only say what would happen; store nothing")
    )
    take.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    take.add_argument(
        "--accept-new-keys",
        action="store_true",
        help=tr.translate("CLI", "confirm the key of each unit that has none yet (compare the fingerprints first)"),
    )
    add_county_ledger_parser(actions, common, tr)
    add_bulletin_parsers(actions, common, tr)
    add_store_parsers(actions, common, tr)
    imports = actions.add_parser("imports", parents=common, help=tr.translate("CLI", "past imports"))
    imports_actions = imports.add_subparsers(dest="imports_command", metavar="ACTION", required=True)
    listing = imports_actions.add_parser("list", parents=common, help=tr.translate("CLI", "list past imports"))
    listing.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    undo = imports_actions.add_parser("undo", parents=common, help=tr.translate("CLI", "undo an import"))
    undo.add_argument("import_id", metavar="ID", help=tr.translate("CLI", "the import (its first characters do)"))
    receipt = imports_actions.add_parser(
        "receipt", parents=common, help=tr.translate("CLI", "write an import's receipt list (xlsx and PDF)")
    )
    receipt.add_argument("import_id", metavar="ID", help=tr.translate("CLI", "the import (its first characters do)"))
    receipt.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write to")
    )
    unit_keys = actions.add_parser("keys", parents=common, help=tr.translate("CLI", "the units' signing keys"))
    keys_actions = unit_keys.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    keys_list = keys_actions.add_parser("list", parents=common, help=tr.translate("CLI", "list the units' keys"))
    keys_list.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    accept = keys_actions.add_parser("accept", parents=common, help=tr.translate("CLI", "confirm a unit's key"))
    accept.add_argument("unit", metavar="UNIT", help=tr.translate("CLI", "unit code or name"))
    accept.add_argument(
        "--fingerprint", metavar="FP", help=tr.translate("CLI", "the key's fingerprint (when several wait)")
    )
    accept.add_argument("--reason", default="", help=tr.translate("CLI", "why the unit's key changed"))
    revoke = keys_actions.add_parser("revoke", parents=common, help=tr.translate("CLI", "revoke a unit's key"))
    revoke.add_argument("unit", metavar="UNIT", help=tr.translate("CLI", "unit code or name"))
    revoke.add_argument("--reason", required=True, help=tr.translate("CLI", "why the key is revoked"))
    demo = actions.add_parser(
        "demo",
        parents=common,
        help=tr.translate("CLI", "build a demo county in a new folder: every unit's demo returns, imported"),
    )
    demo.add_argument(
        "--months", type=int, default=12, metavar="N", help=tr.translate("CLI", "months reported (default 12)")
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=tr.translate("CLI", "random seed (default 1)"))
    add_totals_parsers(actions, common, tr)
    add_plan_parsers(actions, common, tr)
    add_status_parsers(actions, common, tr)
    add_report_parsers(actions, common, tr)
    add_survey_parsers(actions, common, tr)


def _reason_text(result: FileResult, tr: Translator) -> str | None:
    if result.reason is None:
        return None
    template = getattr(result.reason, "cli_template", result.reason.template)
    return tr.format("Errors", template, result.reason.values)


def _import(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        candidates = gather(list(args.paths))
        session_of = store.reading if args.dry_run else store.transaction
        with session_of() as session:
            run = run_inbox(
                session,
                reference,
                candidates,
                actor=installation.setup.clerk_name,
                dry_run=args.dry_run,
                accept_new_keys=args.accept_new_keys,
                demo_folder=installation.is_demo,
            )
    finally:
        store.close()
    if args.json:
        rows = [
            {
                "file": r.file,
                "unit": r.unit_code,
                "period": r.period,
                "version": r.version,
                "status": r.status,
                "reason": _reason_text(r, tr),
            }
            for r in run.results
        ]
        print(json.dumps(rows, ensure_ascii=False), file=out)
    else:
        for r in run.results:
            what = f"{r.unit_name or ''} {r.period or ''} v{r.version}" if r.version else ""
            line = f"{tr.translate('Inbox', STATUS_LABELS[r.status])}  {r.file}  {what}".rstrip()
            print(line, file=out)
            reason = _reason_text(r, tr)
            if reason:
                print(f"    {reason}", file=out)
        if run.import_id is not None:
            print(tr.translate("CLI", "Import {id} recorded.").format(id=str(run.import_id)[:8]), file=out)
        elif not args.dry_run:
            print(tr.translate("CLI", "Nothing new: nothing was stored."), file=out)
    return EXIT_NEEDS_ATTENTION if any(r.status in FAILING_STATUSES for r in run.results) else 0


def _imports(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        if args.imports_command == "receipt":
            with store.reading() as session:
                record = find_import(session, args.import_id)
            args.out.mkdir(parents=True, exist_ok=True)
            for path in write_receipt_list(args.out, record, reference, tr):
                print(path, file=out)
            return 0
        if args.imports_command == "undo":
            with store.transaction() as session:
                record = undo_import(
                    session, find_import(session, args.import_id).import_id, installation.setup.clerk_name
                )
            print(tr.translate("CLI", "Import {id} was undone.").format(id=str(record.import_id)[:8]), file=out)
            return 0
        with store.reading() as session:
            records = list_imports(session)
    finally:
        store.close()
    if args.json:
        rows = [
            {
                "id": str(r.import_id),
                "at": r.started_at.isoformat(timespec="seconds"),
                "by": r.actor,
                "undone_at": r.undone_at.isoformat(timespec="seconds") if r.undone_at else None,
                "files": len(r.results),
                "stored": sum(1 for f in r.results if f.status in ("new", "replaces")),
            }
            for r in records
        ]
        print(json.dumps(rows, ensure_ascii=False), file=out)
        return 0
    for r in records:
        undone = tr.translate("CLI", " (undone)") if r.undone_at else ""
        stored = sum(1 for f in r.results if f.status in ("new", "replaces"))
        print(
            f"{str(r.import_id)[:8]}  {r.started_at:%Y-%m-%d %H:%M}  {r.actor}  "
            + tr.translate("CLI", "{files} files, {stored} stored").format(files=len(r.results), stored=stored)
            + undone,
            file=out,
        )
    return 0


def _unit_code(reference: ReferenceData, text: str) -> str:
    unit = reference.find_unit(text)
    if unit is None:
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "There is no unit {unit}; give its code or name."), unit=text)
    return unit.code


def _keys(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    actor = installation.setup.clerk_name
    try:
        if args.keys_command == "list":
            with store.reading() as session:
                known = keys.list_keys(session)
        else:
            with store.transaction() as session:
                code = _unit_code(reference, args.unit)
                if args.keys_command == "accept":
                    key = keys.accept_key(session, code, args.fingerprint, actor, args.reason)
                    message = tr.translate("CLI", "The key {fingerprint} of {unit} is confirmed.")
                else:
                    key = keys.revoke_key(session, code, actor, args.reason)
                    message = tr.translate("CLI", "The key {fingerprint} of {unit} is revoked.")
            unit = reference.find_unit(code)
            print(message.format(fingerprint=key.fingerprint, unit=unit.name if unit else code), file=out)
            return 0
    finally:
        store.close()
    names = {u.code: u.name for u in reference.units}
    if args.json:
        rows = [
            {
                "unit": k.unit_code,
                "fingerprint": k.fingerprint,
                "state": k.state,
                "first_seen_at": k.first_seen_at.isoformat(timespec="seconds"),
                "decided_by": k.decided_by,
                "reason": k.reason,
            }
            for k in known
        ]
        print(json.dumps(rows, ensure_ascii=False), file=out)
        return 0
    for k in known:
        state = tr.translate("Keys", keys.KEY_STATE_LABELS[k.state])
        print(
            f"{k.unit_code} {names.get(k.unit_code, '')}  {k.fingerprint}  {state}  {k.reason or ''}".rstrip(), file=out
        )
    return 0


def _demo(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    from kesu_desktop.county.demo import build_demo_county

    summary = build_demo_county(DataDir(args.data_dir), months=args.months, seed=args.seed)
    print(
        tr.translate(
            "CLI",
            "Demo county in {folder}: {units} units, {returns} returns of {first} to {last} imported, "
            "{missing} never sent, {late} received late.",
        ).format(
            folder=args.data_dir,
            units=len(summary.units),
            returns=summary.imported,
            first=summary.periods[0],
            last=summary.periods[-1],
            missing=len(summary.missing),
            late=len(summary.late),
        ),
        file=out,
    )
    return 0


ACTIONS = {
    "import": _import,
    "import-ledger": county_import_ledger,
    "imports": _imports,
    "keys": _keys,
    "demo": _demo,
    **TOTALS_ACTIONS,
    **PLAN_ACTIONS,
    **STATUS_ACTIONS,
    **REPORT_ACTIONS,
    **SURVEY_ACTIONS,
    **BULLETIN_ACTIONS,
    **STORE_ACTIONS,
}


def run_county(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    return ACTIONS[args.county_command](args, tr, out)
