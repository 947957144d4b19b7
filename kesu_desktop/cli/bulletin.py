"""The ``bulletin`` commands of a township: the county's bulletin (县回执) brought in from the stick.

``bulletin import FILE [--dry-run] [--json] [--accept-county-key]`` checks and applies it (exit 0 when applied,
identical or older, 3 when refused, the reason in one line on stderr unless ``--json``); ``--accept-county-key``
pins the county's key at the first bulletin, once its fingerprint was compared with the one the county states.
``bulletin show [--json]`` prints what the newest applied bulletin says; ``bulletin undo`` undoes it.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any, TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.bulletins.township import (
    APPLIED,
    IDENTICAL,
    OLDER,
    REFUSED,
    BulletinResult,
    county_months,
    import_bulletin,
    newest_payload,
    undo_bulletin,
)
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import open_data_folder
from kesu_desktop.store.installation import require_installation

EXIT_OK, EXIT_REFUSED = 0, 3
_RESULTS = {
    APPLIED: QT_TRANSLATE_NOOP(
        "CLI", "Applied the county's bulletin of {issued}: {receipts} receipts, {send_backs} returns sent back."
    ),
    IDENTICAL: QT_TRANSLATE_NOOP("CLI", "This bulletin of {issued} is applied already; nothing changed."),
    OLDER: QT_TRANSLATE_NOOP("CLI", "This bulletin of {issued} is older than the one applied; it was left alone."),
}
_COUNTY_FOLDER = QT_TRANSLATE_NOOP(
    "Errors", "This data folder belongs to the county office, which writes bulletins; a unit's folder imports them."
)
_DRY = QT_TRANSLATE_NOOP("CLI", "Dry run, nothing changed.")
_PINNED = QT_TRANSLATE_NOOP("CLI", "The county's key {fingerprint} is now pinned: only bulletins it signs are taken.")
_CHANGE = QT_TRANSLATE_NOOP("CLI", "Reference data from the county: {change} {table} {name}")
_CHANGES = {
    "added": QT_TRANSLATE_NOOP("CLI", "adds"),
    "changed": QT_TRANSLATE_NOOP("CLI", "changes"),
    "retired": QT_TRANSLATE_NOOP("CLI", "retires (kept on the records that have it)"),
}
_NONE = QT_TRANSLATE_NOOP("CLI", "No bulletin from the county has been applied yet.")
_UNDONE = QT_TRANSLATE_NOOP("CLI", "Undid the county's bulletin of {issued}.")
_MONTH = QT_TRANSLATE_NOOP("CLI", "{period} v{version}: {state} {received_at} {fingerprint}")
_STATES = {
    "received": QT_TRANSLATE_NOOP("CLI", "received by the county"),
    "sent_back": QT_TRANSLATE_NOOP("CLI", "sent back: {reason}"),
}


def add_bulletin_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    bulletin = commands.add_parser("bulletin", parents=common, help=command_help(tr, "bulletin"))
    actions = bulletin.add_subparsers(dest="bulletin_command", metavar="ACTION", required=True)
    take = actions.add_parser("import", parents=common, help=tr.translate("CLI", "check and apply a bulletin"))
    take.add_argument("file", type=Path, metavar="FILE", help=tr.translate("CLI", "the bulletin (.kesubulletin)"))
    take.add_argument("--dry-run", action="store_true", help=tr.translate("CLI", "only say what would happen"))
    take.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    take.add_argument(
        "--accept-county-key",
        action="store_true",
        help=tr.translate("CLI", "pin the county's key at the first bulletin (compare its fingerprint first)"),
    )
    show = actions.add_parser("show", parents=common, help=tr.translate("CLI", "what the county's bulletin says"))
    show.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    actions.add_parser("undo", parents=common, help=tr.translate("CLI", "undo the bulletin applied last"))


def _reason(error: KesuError, tr: Translator) -> str:
    return tr.render(KesuError(getattr(error, "cli_template", error.template), **error.values))


def _result_data(result: BulletinResult, path: Path, tr: Translator) -> dict[str, Any]:
    bulletin = result.bulletin
    payload = bulletin.payload if bulletin is not None else {}
    return {
        "file": str(path),
        "status": result.status,
        "reason": _reason(result.reason, tr) if result.reason is not None else None,
        "unit_code": payload.get("unit_code"),
        "issued_at": payload.get("issued_at"),
        "fingerprint": bulletin.fingerprint if bulletin is not None else None,
        "key_fingerprint": bulletin.key_fingerprint if bulletin is not None else None,
        "pins_key": result.pins_key,
        "receipts": len(payload.get("receipts", [])),
        "send_backs": len(payload.get("send_backs", [])),
        "notice": payload.get("notice"),
        "reference_changes": [
            {"table": c.table, "code": c.code, "change": c.change, "name": c.name, "fields": list(c.fields)}
            for c in result.reference_changes
        ],
    }


def _import(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() if args.dry_run else store.transaction() as session:
            installation = require_installation(session)
            if installation.role != "unit":
                raise KesuError(_COUNTY_FOLDER)
            result = import_bulletin(
                args.file,
                session,
                installation.setup.unit_code,
                installation.setup.clerk_name,
                dry_run=args.dry_run,
                accept_county_key=args.accept_county_key,
            )
    finally:
        store.close()
    data = _result_data(result, args.file, tr)
    if args.json:
        print(json.dumps(data, ensure_ascii=False), file=out)
    elif result.status == REFUSED:
        print(data["reason"], file=sys.stderr)
    else:
        issued = str(data["issued_at"]).replace("T", " ")[:19]
        line = tr.translate("CLI", _RESULTS[result.status])
        print(line.format(issued=issued, receipts=data["receipts"], send_backs=data["send_backs"]), file=out)
        for change in result.reference_changes:
            what = tr.translate("CLI", _CHANGES[change.change])
            print(tr.translate("CLI", _CHANGE).format(change=what, table=change.table, name=change.name), file=out)
        if result.pins_key:
            print(tr.translate("CLI", _PINNED).format(fingerprint=data["key_fingerprint"]), file=out)
        if data["notice"]:
            print(data["notice"], file=out)
        if args.dry_run:
            print(tr.translate("CLI", _DRY), file=out)
    return EXIT_REFUSED if result.status == REFUSED else EXIT_OK


def _show(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            payload = newest_payload(session)
            months = county_months(session)
    finally:
        store.close()
    if args.json:
        print(json.dumps(payload, ensure_ascii=False), file=out)
        return EXIT_OK
    if payload is None:
        print(tr.translate("CLI", _NONE), file=out)
        return EXIT_OK
    for period, month in sorted(months.items()):
        state = tr.translate("CLI", _STATES[month.state]).format(reason=month.reason)
        line = tr.translate("CLI", _MONTH).format(
            period=period,
            version=month.version,
            state=state,
            received_at=(month.received_at or "").replace("T", " "),
            fingerprint=month.fingerprint,
        )
        print(line, file=out)
    if payload.get("notice"):
        print(payload["notice"], file=out)
    return EXIT_OK


def _undo(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.transaction() as session:
            undone = undo_bulletin(session, require_installation(session).setup.clerk_name)
    finally:
        store.close()
    print(tr.translate("CLI", _UNDONE).format(issued=undone.issued_at.isoformat(sep=" ", timespec="seconds")), file=out)
    return EXIT_OK


def run_bulletin(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    action = {"import": _import, "show": _show, "undo": _undo}[args.bulletin_command]
    return action(args, tr, out)
