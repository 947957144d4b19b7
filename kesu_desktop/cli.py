"""The command line: every job the GUI does, scriptable, each command taking ``--data-dir DIR``.

An error prints one line in the user's language and exits 1; a usage error exits 2 (argparse's rule).
"""

from __future__ import annotations

import argparse
import json
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TextIO

from kesu_desktop import __version__
from kesu_desktop.cli_access import add_password_parser, open_data_folder, run_password
from kesu_desktop.cli_backup import add_backup_parsers, run_backup, run_restore
from kesu_desktop.cli_figures import add_figures_parser, run_figures
from kesu_desktop.cli_records import add_records_parser, run_records
from kesu_desktop.cli_returns import add_return_parser, run_return
from kesu_desktop.demo import fill_demo
from kesu_desktop.errors import KesuError
from kesu_desktop.installation import Setup, read_installation, save_installation
from kesu_desktop.integrity import check_store
from kesu_desktop.logs import configure_logging
from kesu_desktop.paths import DataDir, default_data_dir
from kesu_desktop.translation import DEFAULT_LANGUAGE, Translator, normalise_language

log = logging.getLogger(__name__)

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def _language(value: str) -> str:
    try:
        return normalise_language(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"{value!r}: zh | en") from exc


def _common_options(tr: Translator, *, top_level: bool) -> argparse.ArgumentParser:
    """--data-dir and --lang, accepted before and after the command name."""
    parser = argparse.ArgumentParser(add_help=False)
    default = None if top_level else argparse.SUPPRESS
    parser.add_argument(
        "--data-dir",
        type=Path,
        default=default,
        metavar="DIR",
        help=tr.translate("CLI", "data folder (default: the per-user data folder)"),
    )
    parser.add_argument(
        "--lang", type=_language, default=default, metavar="zh|en", help=tr.translate("CLI", "language (zh or en)")
    )
    return parser


def build_parser(tr: Translator) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="main.py",
        description=tr.translate(
            "CLI", "KeSu Desktop: record science-popularization work and report it to the county."
        ),
        epilog=tr.translate("CLI", "Without a command the desktop app starts."),
        parents=[_common_options(tr, top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"KeSu Desktop {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = [_common_options(tr, top_level=False)]

    init = commands.add_parser("init", parents=common, help=tr.translate("CLI", "set up this data folder"))
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

    demo = commands.add_parser(
        "demo", parents=common, help=tr.translate("CLI", "fill a demo data folder with sample records")
    )
    demo.add_argument(
        "--months", type=int, default=24, metavar="N", help=tr.translate("CLI", "months up to this one (default 24)")
    )
    demo.add_argument("--seed", type=int, default=1, metavar="S", help=tr.translate("CLI", "random seed (default 1)"))

    check = commands.add_parser("check", parents=common, help=tr.translate("CLI", "check the integrity of the store"))
    check.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    add_records_parser(commands, common, tr)
    add_return_parser(commands, common, tr)
    add_backup_parsers(commands, common, tr)
    add_figures_parser(commands, common, tr)
    add_password_parser(commands, common, tr)
    return parser


def _cmd_init(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        unit = reference.find_unit(args.unit)
        setup = Setup(
            role=args.role,
            unit_code=unit.code if unit else args.unit,
            clerk_name=args.clerk,
            clerk_phone=args.phone,
            reviewer_name=args.reviewer,
            responsible_name=args.responsible,
            language=args.lang or DEFAULT_LANGUAGE,
        )
        with store.transaction() as session:
            existing = read_installation(session)
            installation = save_installation(session, setup, reference, is_demo=existing.is_demo if existing else False)
        name = reference.unit(installation.setup.unit_code).name
        print(tr.translate("CLI", "Set up {folder} for {unit}.").format(folder=args.data_dir, unit=name), file=out)
    finally:
        store.close()
    return EXIT_OK


def _cmd_demo(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        with store.transaction() as session:
            summary = fill_demo(session, reference, months=args.months, seed=args.seed)
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
    return EXIT_OK


def _cmd_check(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
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
        }
        print(json.dumps(payload, ensure_ascii=False), file=out)
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
    return EXIT_OK if report.ok else EXIT_ERROR


COMMANDS: dict[str, Callable[[argparse.Namespace, Translator, TextIO], int]] = {
    "init": _cmd_init,
    "demo": _cmd_demo,
    "check": _cmd_check,
    "records": run_records,
    "return": run_return,
    "figures": run_figures,
    "backup": run_backup,
    "restore": run_restore,
    "password": run_password,
}


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, Translator]:
    """Parse ``argv``; the language for help and messages comes from ``--lang`` when given."""
    early = argparse.ArgumentParser(add_help=False)
    early.add_argument("--lang", type=_language, default=None)
    known, _rest = early.parse_known_args(argv)
    translator = Translator(known.lang or DEFAULT_LANGUAGE)
    args = build_parser(translator).parse_args(argv)
    if args.data_dir is None:
        args.data_dir = default_data_dir()
    return args, translator


def run_command(
    args: argparse.Namespace, translator: Translator, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the parsed command; a :class:`KesuError` becomes one line on ``err`` and exit code 1.

    ``out`` and ``err`` default to the streams current at the call (not at import), so redirection works.
    """
    out = out or sys.stdout
    err = err or sys.stderr
    data_dir = DataDir(args.data_dir)
    try:
        configure_logging(data_dir.log_file)
        return COMMANDS[args.command](args, translator, out)
    except KesuError as error:
        print(translator.translate("CLI", "Error: {message}").format(message=translator.render(error)), file=err)
        return EXIT_ERROR
    except OSError as error:
        log.exception("command %s failed", args.command)
        print(
            translator.translate("CLI", "Error: {message}").format(
                message=f"{error.strerror or error} ({error.filename or ''})"
            ),
            file=err,
        )
        return EXIT_ERROR
    except Exception:
        log.exception("command %s failed unexpectedly", args.command)
        print(
            translator.translate("CLI", "Error: something unexpected went wrong; the details are in {log}.").format(
                log=data_dir.log_file
            ),
            file=err,
        )
        return EXIT_ERROR
