"""The ``backup`` and ``restore`` commands of the command line.

``backup --out DIR`` writes a checked copy of the store into DIR (a folder or a USB stick) and prints the
file; ``restore FILE [--other-unit]`` checks a backup, saves the current state to ``backups/before-restore`` and
puts the backup in place, then opens (and if needed upgrades) the restored store. A restore needs the folder's
password like every other command, also when its database is damaged (the password is then read from what is
left of it, or from the folder's newest good backup); it is refused while another KeSu window or command has the
folder open, and a backup of another unit only with ``--other-unit`` (the refusal names it:
``OtherUnitBackupError.cli_template``).
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from kesu_desktop.base.errors import DamagedStoreError, NewerDatabaseError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import given_password, open_data_folder
from kesu_desktop.store.backups import make_backup
from kesu_desktop.store.database import Store
from kesu_desktop.store.opening import open_store
from kesu_desktop.store.restore import check_restore, restore_backup


def add_backup_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    backup = commands.add_parser("backup", parents=common, help=command_help(tr, "backup"))
    backup.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write to")
    )
    restore = commands.add_parser("restore", parents=common, help=command_help(tr, "restore"))
    restore.add_argument("file", type=Path, metavar="FILE", help=tr.translate("CLI", "the backup file"))
    restore.add_argument(
        "--other-unit",
        action="store_true",
        help=tr.translate("CLI", "restore a backup of another unit: this folder's data is replaced by that unit's"),
    )


def run_backup(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, _reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        path = make_backup(store, args.out)
    finally:
        store.close()
    print(path, file=out)
    return 0


def run_restore(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    data_dir = DataDir(args.data_dir)
    store: Store | None = None
    if data_dir.database.exists():
        try:
            store, _reference = open_data_folder(data_dir, tr)  # asks for the password, as every command does
        except (DamagedStoreError, NewerDatabaseError):
            store = None  # it cannot be opened: the password comes from what can still be read (see restore)
    try:
        if store is not None:
            saved = restore_backup(store, args.file, other_unit=args.other_unit)
        else:
            check = check_restore(data_dir, args.file)
            password = given_password(tr) if check.needs_password else None
            saved = restore_backup(data_dir, args.file, password=password, other_unit=args.other_unit)
    finally:
        if store is not None:
            store.close()
    open_store(data_dir).close()
    if saved is None:
        message = tr.translate("CLI", "Restored {file} into {folder}; there was no data to save first.")
    else:
        message = tr.translate("CLI", "Restored {file} into {folder}; the previous data was saved to {saved}.")
    print(message.format(file=args.file, folder=data_dir.root, saved=saved), file=out)
    return 0
