"""The ``backup`` and ``restore`` commands of the command line.

``backup --out DIR`` writes a checked copy of the store into DIR (a folder or a USB stick) and prints the
file; ``restore FILE`` checks a backup, saves the current state to ``backups/before-restore`` and puts the
backup in place, then opens (and if needed upgrades) the restored store.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.cli.data_folder import open_data_folder
from kesu_desktop.store.backups import make_backup, restore_backup
from kesu_desktop.store.database import open_store


def add_backup_parsers(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    backup = commands.add_parser(
        "backup", parents=common, help=tr.translate("CLI", "write a checked backup of the store")
    )
    backup.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write to")
    )
    restore = commands.add_parser(
        "restore", parents=common, help=tr.translate("CLI", "replace the store with a backup (saved first)")
    )
    restore.add_argument("file", type=Path, metavar="FILE", help=tr.translate("CLI", "the backup file"))


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
    saved = restore_backup(data_dir, args.file)
    open_store(data_dir).close()
    if saved is None:
        message = tr.translate("CLI", "Restored {file} into {folder}; there was no data to save first.")
    else:
        message = tr.translate("CLI", "Restored {file} into {folder}; the previous data was saved to {saved}.")
    print(message.format(file=args.file, folder=data_dir.root, saved=saved), file=out)
    return 0
