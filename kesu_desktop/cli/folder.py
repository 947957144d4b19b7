"""Setting up and looking after a data folder from the command line: ``init`` (unit, role, clerk, the first
month reported; a change of unit in a folder with records only with ``--move-records``; a new folder set up as a
demo folder with ``--demo``), ``demo`` (sample records in a demo folder, of any unit with ``--unit``) and
``check`` (the store's integrity, optionally as JSON)."""

from __future__ import annotations

import argparse
import json
from dataclasses import replace
from datetime import date
from typing import TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import DEFAULT_LANGUAGE, QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import open_data_folder, server_password_asker
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import month_of
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import Installation, Setup, read_installation, save_installation
from kesu_desktop.store.integrity import check_store
from kesu_desktop.store.moving import attach_to_server
from kesu_desktop.store.server import (
    check_server,
    connect,
    keep_password,
    parse_address,
    remembered_server,
)

SERVER_FOR_COUNTY_ONLY = QT_TRANSLATE_NOOP(
    "Errors",
    "--database is for the county office's folder (--role county): a township's store is always the folder's own file.",
)
DEMO_ONLY_NEW = QT_TRANSLATE_NOOP(
    "Errors",
    "--demo is for a new data folder only: this folder is set up already, and whether it holds demo data never "
    "changes. Use a new folder for the demo (--data-dir).",
)


def add_folder_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    init = commands.add_parser("init", parents=common, help=command_help(tr, "init"))
    init.add_argument("--unit", required=True, metavar="CODE_OR_NAME", help=tr.translate("CLI", "unit code or name"))
    init.add_argument("--clerk", required=True, metavar="NAME", help=tr.translate("CLI", "name of the clerk"))
    init.add_argument("--phone", default="", metavar="P", help=tr.translate("CLI", "clerk's phone"))
    init.add_argument(
        "--role",
        choices=("unit", "county"),
        default="unit",
        help=tr.translate("CLI", "reporting unit or county office"),
    )
    init.add_argument("--reviewer", default="", metavar="NAME", help=tr.translate("CLI", "reviewer (审核人)"))
    init.add_argument(
        "--responsible", default="", metavar="NAME", help=tr.translate("CLI", "responsible person (单位负责人)")
    )
    init.add_argument(
        "--reports-from",
        default=None,
        metavar="YYYY-MM",
        help=tr.translate(
            "CLI", "first month whose return is due (default: this month for a new folder; unchanged otherwise)"
        ),
    )
    init.add_argument(
        "--move-records",
        action="store_true",
        help=tr.translate("CLI", "confirm a change of unit: move the folder's records and figures to the new unit"),
    )
    init.add_argument(
        "--database",
        default=None,
        metavar="postgresql://USER@HOST:PORT/DB",
        help=tr.translate(
            "CLI",
            "county office only: keep the store on this PostgreSQL server (password from KESU_DB_PASSWORD, the "
            "credential store, or asked)",
        ),
    )
    init.add_argument(
        "--remember-password",
        action="store_true",
        help=tr.translate("CLI", "keep the server's password in this computer's credential store"),
    )
    init.add_argument(
        "--demo",
        action="store_true",
        help=tr.translate("CLI", "set up a new folder as a demo folder (it takes demo data and demo returns only)"),
    )

    demo = commands.add_parser("demo", parents=common, help=command_help(tr, "demo"))
    demo.add_argument(
        "--months", type=int, default=24, metavar="N", help=tr.translate("CLI", "months up to this one (default 24)")
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=tr.translate("CLI", "random seed (default 1)"))
    demo.add_argument(
        "--unit",
        default=None,
        metavar="CODE_OR_NAME",
        help=tr.translate("CLI", "unit code or name of a new demo folder (default 新城镇)"),
    )

    check = commands.add_parser("check", parents=common, help=command_help(tr, "check"))
    check.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))


def run_init(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    data_dir = DataDir(args.data_dir)
    joined, password = False, None
    if args.database is not None:
        if args.role != "county":
            raise KesuError(SERVER_FOR_COUNTY_ONLY)
        joined, password = _point_at_server(data_dir, args.database, tr, out, remember=args.remember_password)
    store, reference = open_data_folder(data_dir, tr, server_password=password)
    try:
        if joined:
            with store.reading() as session:
                existing = read_installation(session)
            if existing is not None:
                _say_joined(existing, reference, store, tr, out)
                return 0
        unit = reference.find_unit(args.unit)
        setup = Setup(
            role=args.role,
            unit_code=unit.code if unit else args.unit,
            clerk_name=args.clerk,
            clerk_phone=args.phone,
            reviewer_name=args.reviewer,
            responsible_name=args.responsible,
            language=args.lang or DEFAULT_LANGUAGE,
            reports_from=args.reports_from,
        )
        with store.transaction() as session:
            existing = read_installation(session)
            if existing is not None and args.demo:
                raise KesuError(DEMO_ONLY_NEW)
            if existing is None and setup.reports_from is None:
                setup = replace(setup, reports_from=month_of(date.today()).code)
            installation = save_installation(
                session,
                setup,
                reference,
                is_demo=existing.is_demo if existing else args.demo,
                move_records=args.move_records,
            )
        name = reference.unit(installation.setup.unit_code).name
        print(tr.translate("CLI", "Set up {folder} for {unit}.").format(folder=args.data_dir, unit=name), file=out)
    finally:
        store.close()
    return 0


def _point_at_server(
    data_dir: DataDir, text: str, tr: Translator, out: TextIO, *, remember: bool
) -> tuple[bool, str | None]:
    """Note in the folder the server named by ``text``, once a login to it works; whether the folder was new to
    it (it may then join a county store another clerk set up there), and the password that logged in. A folder
    that keeps its store in its own file, or on another server, is refused: moving a store is ``county
    move-store``."""
    address, password = parse_address(text)
    new = remembered_server(data_dir) is None
    connected = connect(address, server_password_asker(tr), password=password)
    try:
        check_server(connected.engine, address)
    finally:
        connected.engine.dispose()
    if remember and connected.password is not None:
        if keep_password(address, connected.password):
            print(tr.translate("CLI", "The password is kept in this computer's credential store."), file=out)
        else:
            print(tr.translate("CLI", "This computer has no credential store: the password will be asked."), file=out)
    attach_to_server(data_dir, address)
    return new, connected.password


def _say_joined(existing: Installation, reference: ReferenceData, store: Store, tr: Translator, out: TextIO) -> None:
    assert store.server is not None
    print(
        tr.translate(
            "CLI",
            "{folder} now works on the county store of {unit} on {server} (set up there by {clerk}); its setup was "
            "left as it is.",
        ).format(
            folder=store.data_dir.root,
            unit=reference.unit(existing.setup.unit_code).name,
            server=store.server.describe(),
            clerk=existing.setup.clerk_name,
        ),
        file=out,
    )


def run_demo(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        unit = reference.find_unit(args.unit) if args.unit is not None else None
        unit_code = unit.code if unit else args.unit
        with store.transaction() as session:
            summary = fill_demo(session, reference, months=args.months, seed=args.seed, unit_code=unit_code)
        print(
            tr.translate(
                "CLI", "Demo data for {unit}: {activities} activities and {trainings} trainings since {first}."
            ).format(
                unit=reference.unit(summary.unit_code).name,
                activities=summary.activities,
                trainings=summary.trainings,
                first=summary.first_month.strftime("%Y-%m"),
            ),
            file=out,
        )
    finally:
        store.close()
    return 0


def run_check(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        report = check_store(store)
    finally:
        store.close()
    messages = [tr.format("Errors", p.template, p.values) for p in report.problems]
    if args.json:
        payload = {
            "ok": report.ok,
            "schema": report.schema_revision,
            "activities": report.activities,
            "trainings": report.trainings,
            "problems": messages,
            "server": report.server,
        }
        print(json.dumps(payload, ensure_ascii=False), file=out)
    elif report.ok and report.server:
        print(
            tr.translate(
                "CLI",
                "OK: the store on the server {server} is intact (schema {schema}, guards in place, {activities} "
                "activities, {trainings} trainings); the server itself keeps its pages and foreign keys whole.",
            ).format(
                server=report.server,
                schema=report.schema_revision,
                activities=report.activities,
                trainings=report.trainings,
            ),
            file=out,
        )
    elif report.ok:
        print(
            tr.translate(
                "CLI", "OK: the store is intact (schema {schema}, {activities} activities, {trainings} trainings)."
            ).format(schema=report.schema_revision, activities=report.activities, trainings=report.trainings),
            file=out,
        )
    else:
        for message in messages:
            print(message, file=out)
    return 0 if report.ok else 1
