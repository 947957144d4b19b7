"""The county's road back to the townships, headless: ``county send-back --unit CODE --period YYYY-MM --reason
TEXT`` sends a unit's return back (退回) with the reason; ``county bulletin --out DIR [--unit CODE…] [--notice
TEXT] [--json]`` writes each unit's signed bulletin (every reporting unit by default) for the stick. The bulletin
itself is :mod:`kesu_desktop.county.bulletins`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.signing import key_fingerprint, public_key_text
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.county.bulletins import send_back, write_bulletins
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.store.installation import signing_key

_NO_UNIT = QT_TRANSLATE_NOOP("Errors", "There is no reporting unit {unit}; give its code or name.")
_NO_FOLDER = QT_TRANSLATE_NOOP("Errors", "The folder {folder} does not exist; insert the stick or create the folder.")


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    back = actions.add_parser(
        "send-back", parents=common, help=tr.translate("CLI", "send a unit's return back (退回) with the reason")
    )
    back.add_argument("--unit", required=True, metavar="CODE", help=tr.translate("CLI", "unit code or name"))
    back.add_argument("--period", required=True, metavar="YYYY-MM", help=tr.translate("CLI", "the return's month"))
    back.add_argument(
        "--reason", required=True, metavar="TEXT", help=tr.translate("CLI", "what the unit is to correct")
    )
    bulletin = actions.add_parser(
        "bulletin", parents=common, help=tr.translate("CLI", "write each unit's signed bulletin (县回执) for the stick")
    )
    bulletin.add_argument("--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write"))
    bulletin.add_argument(
        "--unit",
        action="append",
        metavar="CODE",
        help=tr.translate("CLI", "only this unit (code or name; repeat for more; default: every reporting unit)"),
    )
    bulletin.add_argument("--notice", default="", metavar="TEXT", help=tr.translate("CLI", "a notice to every unit"))
    bulletin.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))


def _unit(reference: ReferenceData, text: str) -> str:
    unit = reference.find_unit(text)
    if unit is None or unit not in reference.reporting_units():
        raise KesuError(_NO_UNIT, unit=text)
    return unit.code


def _send_back(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        unit = _unit(reference, args.unit)
        with store.transaction() as session:
            row = send_back(session, reference, unit, args.period, args.reason, installation.setup.clerk_name)
    finally:
        store.close()
    line = tr.translate(
        "CLI", "Sent back version {version} of {unit}'s return for {period}; the next bulletin says so."
    )
    print(line.format(version=row.version, unit=reference.unit(unit).name, period=row.period), file=out)
    return 0


def _bulletin(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        if not args.out.is_dir():
            raise KesuError(_NO_FOLDER, folder=str(args.out))
        units = [_unit(reference, text) for text in args.unit] if args.unit else None
        codes = units or [unit.code for unit in reference.reporting_units()]
        with store.transaction() as session:
            written = write_bulletins(session, reference, args.out, codes, notice=args.notice)
            key = key_fingerprint(public_key_text(signing_key(session)))
    finally:
        store.close()
    if args.json:
        print(json.dumps({"files": [str(path) for path in written], "key_fingerprint": key}), file=out)
        return 0
    for path in written:
        print(path, file=out)
    line = tr.translate("CLI", "Wrote {count} bulletins, signed with the county's key {fingerprint}.")
    print(line.format(count=len(written), fingerprint=key), file=out)
    return 0


ACTIONS = {"send-back": _send_back, "bulletin": _bulletin}
