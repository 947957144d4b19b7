"""Where the county's store lives, headless: ``county move-store --to postgresql://USER@HOST:PORT/DB`` moves the
folder's own store onto an empty database of a PostgreSQL server, ``county move-store --to sqlite`` back into the
folder's own file (:mod:`kesu_desktop.store.moving`). Each move is verified twice: every table's rows and sums by
the move itself, and the county's held totals (returns held, activities and participants, trainings and
trainees), summed by the one aggregation before and after and printed side by side."""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder, server_password_asker
from kesu_desktop.county.held.overall import HeldTotals, held_totals
from kesu_desktop.store.moving import MoveReport, move_to_file, move_to_server
from kesu_desktop.store.server import connect, keep_password, parse_address, remembered_server

SQLITE = "sqlite"


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    move = actions.add_parser(
        "move-store",
        parents=common,
        help=tr.translate("CLI", "move the county's store onto a PostgreSQL server, or back into the folder's file"),
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="postgresql://USER@HOST:PORT/DB|sqlite",
        help=tr.translate("CLI", "an empty database on a PostgreSQL server, or sqlite for the folder's own file"),
    )
    move.add_argument(
        "--remember-password",
        action="store_true",
        help=tr.translate("CLI", "keep the server's password in this computer's credential store"),
    )
    move.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))


def _held_totals(data_dir: DataDir, tr: Translator, password: str | None) -> HeldTotals:
    store, _reference, _installation = open_county_folder(data_dir, tr, server_password=password)
    try:
        with store.reading() as session:
            return held_totals(session)
    finally:
        store.close()


def _move_store(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    data_dir = DataDir(args.data_dir)
    ask = server_password_asker(tr)
    if args.to == SQLITE:
        address = remembered_server(data_dir)
        if address is None:
            raise KesuError(_ALREADY_FILE, file=str(data_dir.database))
        password, given = None, None
    else:
        address, given = parse_address(args.to)
    connected = connect(address, ask, password=given)
    password = connected.password
    try:
        before = _held_totals(data_dir, tr, password if args.to == SQLITE else None)
        if args.to == SQLITE:
            report = move_to_file(data_dir, connected.engine)
        else:
            report = move_to_server(data_dir, address, connected.engine)
    finally:
        connected.engine.dispose()
    if args.remember_password and password is not None:
        keep_password(address, password)
    after = _held_totals(data_dir, tr, None if args.to == SQLITE else password)
    if before != after:
        raise KesuError(_TOTALS_DIFFER, before=str(before), after=str(after))
    _print(report, before, after, tr, out, as_json=args.json)
    return 0


def _print(
    report: MoveReport, before: HeldTotals, after: HeldTotals, tr: Translator, out: TextIO, *, as_json: bool
) -> None:
    if as_json:
        payload = {
            "from": report.source,
            "to": report.target,
            "tables": {name: tally.rows for name, tally in sorted(report.after.items())},
            "rows": report.rows,
            "held_before": before.__dict__,
            "held_after": after.__dict__,
            "kept_file": str(report.kept_file) if report.kept_file else None,
        }
        print(json.dumps(payload, ensure_ascii=False), file=out)
        return
    print(
        tr.translate(
            "CLI",
            "Moved the store from {source} to {target}: {rows} rows in {tables} tables, each table's count and "
            "sums equal.",
        ).format(source=report.source, target=report.target, rows=report.rows, tables=len(report.after)),
        file=out,
    )
    labels = (
        ("returns", tr.translate("CLI", "returns held")),
        ("activities", tr.translate("CLI", "activities")),
        ("participants", tr.translate("CLI", "participants")),
        ("trainings", tr.translate("CLI", "trainings")),
        ("trainees", tr.translate("CLI", "trainees")),
    )
    print(f"{'':<16}{tr.translate('CLI', 'before'):>12}{tr.translate('CLI', 'after'):>12}", file=out)
    for field, label in labels:
        print(f"{label:<16}{getattr(before, field):>12}{getattr(after, field):>12}", file=out)
    if report.kept_file is not None:
        print(
            tr.translate("CLI", "The folder's old database file is kept as {file}.").format(file=report.kept_file),
            file=out,
        )
    else:
        print(
            tr.translate(
                "CLI",
                "The database on the server was left as it is; what other clerks save there from now on is not in "
                "this folder.",
            ),
            file=out,
        )


_ALREADY_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The data folder keeps its store in its own file already ({file}); nothing was changed."
)
_TOTALS_DIFFER = QT_TRANSLATE_NOOP(
    "Errors",
    "The county's held totals differ after the move ({before} before, {after} after). Keep the folder as it is "
    "and ask for help: the store it worked on before the move is unchanged.",
)

ACTIONS = {"move-store": _move_store}
