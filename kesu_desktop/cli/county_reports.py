"""The county's reports, headless.

``county report --period YYYY[-MM|-Qn] --kind consolidated|targets|survey|scorecard --out DIR [--json]`` and
``county report --kind evaluation [--plan CODE] --out DIR [--json]`` write a report's workbook and PDF
(:mod:`kesu_desktop.county.reports.files`); ``--json`` prints ``{"files": [...], "fingerprint": ...}``.
``county report-text --plan CODE --key KEY (--text T | --file F)`` keeps the county's own words for the
evaluation; ``county verify-report FILE [--json]`` checks a report workbook's signature and every figure in it.
"""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TextIO

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.county.reports.document import KINDS
from kesu_desktop.county.reports.evaluation import ended_plan
from kesu_desktop.county.reports.files import issue_report
from kesu_desktop.county.reports.texts import set_report_text
from kesu_desktop.county.reports.workbook import verify_report_workbook

_TEXT_FILE = QT_TRANSLATE_NOOP("Errors", "{file} could not be read as UTF-8 text.")


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    report = actions.add_parser(
        "report", parents=common, help=tr.translate("CLI", "write a county report (xlsx and PDF)")
    )
    report.add_argument("--kind", required=True, choices=KINDS, help=tr.translate("CLI", "which report"))
    report.add_argument(
        "--period",
        metavar="P",
        help=tr.translate("CLI", "the period: 2025-03, 2025-Q1 or 2025 (a year for the survey and the scorecard)"),
    )
    report.add_argument(
        "--plan", metavar="CODE", help=tr.translate("CLI", "the plan evaluated (default: the one that ended last)")
    )
    report.add_argument(
        "--out", required=True, type=Path, metavar="DIR", help=tr.translate("CLI", "folder to write to")
    )
    report.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    text = actions.add_parser(
        "report-text", parents=common, help=tr.translate("CLI", "the county's own words in the plan's evaluation")
    )
    text.add_argument("--plan", metavar="CODE", help=tr.translate("CLI", "the plan (default: the one that ended last)"))
    text.add_argument(
        "--key",
        required=True,
        choices=("summary", "achievements", "problems", "next"),
        help=tr.translate("CLI", "which passage"),
    )
    given = text.add_mutually_exclusive_group(required=True)
    given.add_argument("--text", metavar="T", help=tr.translate("CLI", "the text (empty to remove it)"))
    given.add_argument("--file", type=Path, metavar="F", help=tr.translate("CLI", "read the text from a UTF-8 file"))
    verify = actions.add_parser(
        "verify-report", parents=common, help=tr.translate("CLI", "check a county report's signature and figures")
    )
    verify.add_argument("path", type=Path, metavar="FILE", help=tr.translate("CLI", "the report's .xlsx file"))
    verify.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))


def _report(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        issued = issue_report(store, reference, args.kind, args.out, period=args.period, plan_code=args.plan)
    finally:
        store.close()
    if args.json:
        files = [str(path) for path in issued.files]
        print(json.dumps({"files": files, "fingerprint": issued.fingerprint}, ensure_ascii=False), file=out)
    else:
        for path in issued.files:
            print(path, file=out)
        print(tr.translate("CLI", "Fingerprint: {fingerprint}").format(fingerprint=issued.fingerprint), file=out)
    return 0


def _report_text(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    if args.file is not None:
        try:
            words = Path(args.file).read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError) as error:
            raise KesuError(_TEXT_FILE, file=str(args.file)) from error
    else:
        words = args.text
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        with store.transaction() as session:
            plan = ended_plan(reference, date.today(), args.plan).code
            set_report_text(session, "evaluation", plan, args.key, words, by=installation.setup.clerk_name)
    finally:
        store.close()
    print(tr.translate("CLI", "Kept with the evaluation of {plan}.").format(plan=plan), file=out)
    return 0


def _verify(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    result = verify_report_workbook(args.path)
    if args.json:
        print(
            json.dumps(
                {
                    "ok": result.ok,
                    "kind": result.kind,
                    "scope": result.scope,
                    "fingerprint": result.fingerprint,
                    "key_fingerprint": result.key_fingerprint,
                    "problems": [tr.format(p.context, p.template, p.values) for p in result.problems],
                },
                ensure_ascii=False,
            ),
            file=out,
        )
    elif result.ok:
        print(
            tr.translate("CLI", "Intact: signed by the key {key}, fingerprint {fingerprint}.").format(
                key=result.key_fingerprint, fingerprint=result.fingerprint
            ),
            file=out,
        )
    else:
        for problem in result.problems:
            print(tr.format(problem.context, problem.template, problem.values), file=out)
    return 0 if result.ok else 1


ACTIONS = {"report": _report, "report-text": _report_text, "verify-report": _verify}
