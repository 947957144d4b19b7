"""The command line's top-level commands: each one's one-line help and where it is defined and run, so that the
parser can list every command while importing only the module of the one asked for (start-up stays quick: a
command's services, openpyxl and reportlab among them, load only when that command runs)."""

from __future__ import annotations

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator


class Command:
    """A command: its name, the module that defines its parser (``adder``) and runs it (``runner``), and its
    one-line help (context ``CLI``), untranslated. A plain class: ``--help`` loads this module, and a named
    tuple would load typing for it."""

    __slots__ = ("adder", "help", "module", "name", "runner")

    def __init__(self, name: str, module: str, adder: str, runner: str, help: str) -> None:
        self.name, self.module, self.adder, self.runner, self.help = name, module, adder, runner, help


_FOLDER, _BACKUP = "kesu_desktop.cli.folder", "kesu_desktop.cli.backup"
COMMANDS = (
    Command("init", _FOLDER, "add_folder_parsers", "run_init", QT_TRANSLATE_NOOP("CLI", "set up this data folder")),
    Command(
        "demo",
        _FOLDER,
        "add_folder_parsers",
        "run_demo",
        QT_TRANSLATE_NOOP("CLI", "fill a demo data folder with sample records"),
    ),
    Command(
        "check",
        _FOLDER,
        "add_folder_parsers",
        "run_check",
        QT_TRANSLATE_NOOP("CLI", "check the integrity of the store"),
    ),
    Command(
        "records",
        "kesu_desktop.cli.records",
        "add_records_parser",
        "run_records",
        QT_TRANSLATE_NOOP("CLI", "activities and trainings as an Excel workbook"),
    ),
    Command(
        "return",
        "kesu_desktop.cli.returns",
        "add_return_parser",
        "run_return",
        QT_TRANSLATE_NOOP("CLI", "the monthly return"),
    ),
    Command(
        "backup",
        _BACKUP,
        "add_backup_parsers",
        "run_backup",
        QT_TRANSLATE_NOOP("CLI", "write a checked backup of the store"),
    ),
    Command(
        "restore",
        _BACKUP,
        "add_backup_parsers",
        "run_restore",
        QT_TRANSLATE_NOOP("CLI", "replace the store with a backup (saved first)"),
    ),
    Command(
        "figures",
        "kesu_desktop.cli.figures",
        "add_figures_parser",
        "run_figures",
        QT_TRANSLATE_NOOP("CLI", "period-end figures of a month"),
    ),
    Command(
        "password",
        "kesu_desktop.cli.password",
        "add_password_parser",
        "run_password",
        QT_TRANSLATE_NOOP("CLI", "the data folder's password and idle lock"),
    ),
    Command(
        "bulletin",
        "kesu_desktop.cli.bulletin",
        "add_bulletin_parser",
        "run_bulletin",
        QT_TRANSLATE_NOOP("CLI", "the county's bulletin (receipts and returns sent back)"),
    ),
    Command(
        "county",
        "kesu_desktop.cli.county",
        "add_county_parser",
        "run_county",
        QT_TRANSLATE_NOOP("CLI", "the county office's inbox"),
    ),
)
BY_NAME = {command.name: command for command in COMMANDS}


def command_help(tr: Translator, name: str) -> str:
    return tr.translate("CLI", BY_NAME[name].help)
