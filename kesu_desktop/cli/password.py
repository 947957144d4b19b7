"""The ``password`` command of a shared PC's data folder.

``password set [--lock-minutes N]`` sets or changes the password (the new one from ``KESU_NEW_PASSWORD`` or typed
twice), ``password remove`` removes it, ``password lock --lock-minutes N`` sets the idle minutes after which the app
locks, and ``password reset --unit UNIT`` clears a forgotten one (naming the folder's unit, and logged).
"""

from __future__ import annotations

import argparse
import os
from typing import TextIO

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import typed_secret, unlock
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.access import (
    lock_after_minutes,
    remove_password,
    reset_password,
    set_lock_after_minutes,
    set_password,
)
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import require_installation
from kesu_desktop.store.startup import prepare_store

NEW_PASSWORD_VARIABLE = "KESU_NEW_PASSWORD"
_NEW_NOT_GIVEN = QT_TRANSLATE_NOOP(
    "Errors",
    "Give the new password in the environment variable {variable}, or run the command in a terminal to be asked "
    "for it.",
)


def add_password_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    parser = commands.add_parser("password", parents=common, help=command_help(tr, "password"))
    actions = parser.add_subparsers(dest="password_command", metavar="ACTION", required=True)
    help_minutes = tr.translate("CLI", "lock the app after N minutes without input (1-240)")
    change = actions.add_parser(
        "set", parents=common, help=tr.translate("CLI", "set or change the password (the current one is asked)")
    )
    change.add_argument("--lock-minutes", type=int, metavar="N", help=help_minutes)
    actions.add_parser("remove", parents=common, help=tr.translate("CLI", "remove the password"))
    lock = actions.add_parser("lock", parents=common, help=tr.translate("CLI", "set the idle time of the lock"))
    lock.add_argument("--lock-minutes", type=int, metavar="N", required=True, help=help_minutes)
    reset = actions.add_parser(
        "reset",
        parents=common,
        help=tr.translate("CLI", "clear a forgotten password (for whoever looks after this PC; logged)"),
    )
    reset.add_argument(
        "--unit",
        required=True,
        metavar="UNIT",
        help=tr.translate("CLI", "this folder's unit (code or full name), to confirm which folder"),
    )


def _new_password(tr: Translator) -> tuple[str, str | None]:
    """The new password and, when typed, its repetition."""
    given = os.environ.get(NEW_PASSWORD_VARIABLE)
    if given is not None:
        return given, None
    new = typed_secret(tr.translate("CLI", "New password: "))
    if new is None:
        raise KesuError(_NEW_NOT_GIVEN, variable=NEW_PASSWORD_VARIABLE)
    return new, typed_secret(tr.translate("CLI", "Repeat new password: "))


def _reset(store: Store, reference: ReferenceData, unit: str, tr: Translator) -> str:
    with store.transaction() as session:
        installation = require_installation(session)
        named = reference.find_unit(unit)
        if named is None or named.code != installation.setup.unit_code:
            raise ValidationError(
                "unit",
                QT_TRANSLATE_NOOP("Errors", "Unit: this data folder belongs to {name}; name that unit to reset."),
                name=reference.unit(installation.setup.unit_code).name,
            )
        if not reset_password(session):
            return tr.translate("CLI", "This data folder has no password; nothing was changed.")
    return tr.translate("CLI", "Password reset: KeSu Desktop opens without one. Set a new one in Settings.")


def run_password(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference = prepare_store(DataDir(args.data_dir))
    try:
        if args.password_command == "reset":
            print(_reset(store, reference, args.unit, tr), file=out)
            return 0
        current = unlock(store, tr)
        new, repeat = _new_password(tr) if args.password_command == "set" else ("", None)
        with store.transaction() as session:
            if getattr(args, "lock_minutes", None) is not None:
                set_lock_after_minutes(session, args.lock_minutes)
            minutes = lock_after_minutes(session)
            if args.password_command == "set":
                set_password(session, new, current=current, repeat=repeat)
                message = tr.translate("CLI", "Password set; the app locks after {minutes} idle minutes.")
            elif args.password_command == "lock":
                message = tr.translate("CLI", "The app locks after {minutes} idle minutes (when a password is set).")
            elif current is None:
                message = tr.translate("CLI", "This data folder has no password; nothing was changed.")
            else:
                remove_password(session, current)
                message = tr.translate("CLI", "Password removed.")
    finally:
        store.close()
    print(message.format(minutes=minutes), file=out)
    return 0
