"""The command line's parser and dispatch: every job the GUI does, scriptable, each command taking
``--data-dir DIR``; the commands themselves live in one module per group beside this one.

An error prints one line in the user's language and exits 1; a usage error exits 2 (argparse's rule). An error
whose advice differs on the command line (it names a command or a flag) carries it as ``cli_template``. Output
cut short by its reader (``… | head -1``) ends the command quietly, with exit code 1 as Python's own rule has it.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence

from kesu_desktop import VERSION_LINE
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import DEFAULT_LANGUAGE, Translator, normalise_language
from kesu_desktop.cli.argparse_words import speak
from kesu_desktop.cli.commands import BY_NAME, COMMANDS, Command

# ``--help`` and a usage error stop before any command runs: pathlib and typing (a sixth of the help's time)
# load only once one does.
TYPE_CHECKING = False
if TYPE_CHECKING:
    from pathlib import Path
    from typing import TextIO

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


def program_name() -> str:
    """How the help names the program: the executable of a build as it was started (kesu-cli, the link to KeSu on
    Linux, whose ``sys.executable`` is KeSu), ``main.py`` run from source."""
    if getattr(sys, "frozen", False):
        return os.path.splitext(os.path.basename(sys.argv[0]))[0]
    return "main.py"


def _folder(value: str) -> Path:
    from pathlib import Path

    return Path(value)


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
        type=_folder,
        default=default,
        metavar="DIR",
        help=tr.translate("CLI", "data folder (default: the per-user data folder)"),
    )
    parser.add_argument(
        "--lang", type=_language, default=default, metavar="zh|en", help=tr.translate("CLI", "language (zh or en)")
    )
    return parser


def build_parser(tr: Translator, command: str | None = None) -> argparse.ArgumentParser:
    """The parser, with the full arguments of ``command`` (its module imported to define them) and every other
    command by its name and help alone."""
    parser = argparse.ArgumentParser(
        prog=program_name(),
        description=tr.translate(
            "CLI", "KeSu Desktop: record science-popularization work and report it to the county."
        ),
        epilog=tr.translate("CLI", "Without a command the desktop app starts."),
        parents=[_common_options(tr, top_level=True)],
    )
    parser.add_argument(
        "--version",
        action="version",
        version=VERSION_LINE,
        help=tr.translate("argparse", "show program's version number and exit"),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = [_common_options(tr, top_level=False)]
    if command in BY_NAME:
        chosen = BY_NAME[command]
        getattr(importlib.import_module(chosen.module), chosen.adder)(commands, common, tr)
    for listed in COMMANDS:
        if listed.name not in commands.choices:
            commands.add_parser(listed.name, parents=common, help=tr.translate("CLI", listed.help), add_help=False)
    return parser


def parse_arguments(argv: Sequence[str]) -> tuple[argparse.Namespace, Translator]:
    """Parse ``argv``; the language for help and messages comes from ``--lang`` when given."""
    early = argparse.ArgumentParser(prog=program_name(), add_help=False)
    early.add_argument("--lang", type=_language, default=None)
    known, _rest = early.parse_known_args(argv)
    translator = Translator(known.lang or DEFAULT_LANGUAGE)
    speak(translator)
    named, _rest = build_parser(translator).parse_known_args(argv)  # argparse's own reading of the command's name
    args = build_parser(translator, named.command).parse_args(argv)
    if args.data_dir is None:
        from kesu_desktop.base.paths import default_data_dir

        args.data_dir = default_data_dir()
    return args, translator


def _runner(command: Command) -> Callable[[argparse.Namespace, Translator, TextIO], int]:
    runner: Callable[[argparse.Namespace, Translator, TextIO], int] = getattr(
        importlib.import_module(command.module), command.runner
    )
    return runner


def run_command(
    args: argparse.Namespace, translator: Translator, out: TextIO | None = None, err: TextIO | None = None
) -> int:
    """Run the parsed command; a :class:`KesuError` becomes one line on ``err`` and exit code 1.

    ``out`` and ``err`` default to the streams current at the call (not at import), so redirection works.
    """
    import logging  # here, not at the top: ``--help`` and a usage error need no log

    from kesu_desktop.base.logs import configure_logging
    from kesu_desktop.base.paths import DataDir

    log = logging.getLogger(__name__)
    out = out or sys.stdout
    err = err or sys.stderr
    data_dir = DataDir(args.data_dir)
    try:
        configure_logging(data_dir.log_file)
        code = _runner(BY_NAME[args.command])(args, translator, out)
        out.flush()  # inside the try: a reader that went away is noticed here, not at exit
        return code
    except KesuError as error:
        template = getattr(error, "cli_template", error.template)
        message = translator.format("Errors", template, error.values)
        print(translator.translate("CLI", "Error: {message}").format(message=message), file=err)
        return EXIT_ERROR
    except BrokenPipeError:
        _discard_output(out)
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


def _discard_output(out: TextIO) -> None:
    """Point ``out``'s file at the null device, so that what is still buffered for a reader that went away is
    dropped at exit instead of raising again."""
    try:
        descriptor = out.fileno()
    except (AttributeError, OSError, ValueError):
        return  # not a real file (a test's StringIO): nothing is flushed at exit
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, descriptor)
    os.close(null)
