"""The national survey's rows each activity form and training kind counts under, headless.

``county survey-mapping [--json]`` lists the mapping in force (the county's own choices marked);
``county survey-mapping set (--form CODE | --kind CODE) --row ROW`` counts a form or kind under another main
row; ``county survey-mapping reset (--form CODE | --kind CODE)`` gives it back its reference data's default.
The mapping itself is :mod:`kesu_desktop.county.reports.survey_mapping`.
"""

from __future__ import annotations

import argparse
import json
from typing import Any, TextIO

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.county.reports.survey_mapping import SurveyMapping, reset_survey_row, set_survey_row, survey_mapping
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.survey_rows import survey_rows


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    json_help = tr.translate("CLI", "print the result as JSON")
    mapping = actions.add_parser(
        "survey-mapping",
        parents=common,
        help=tr.translate("CLI", "the national survey row each activity form and training kind counts under"),
    )
    mapping.add_argument("--json", action="store_true", help=json_help)
    changes = mapping.add_subparsers(dest="survey_command", metavar="ACTION")
    for name, help_text in (
        ("set", tr.translate("CLI", "count a form or kind under another row")),
        ("reset", tr.translate("CLI", "count a form or kind under its default row again")),
    ):
        change = changes.add_parser(name, parents=common, help=help_text)
        which = change.add_mutually_exclusive_group(required=True)
        which.add_argument("--form", metavar="CODE", help=tr.translate("CLI", "an activity form"))
        which.add_argument("--kind", metavar="CODE", help=tr.translate("CLI", "a training kind"))
        if name == "set":
            change.add_argument("--row", required=True, metavar="ROW", help=tr.translate("CLI", "a main row's code"))


def _lines(mapping: SurveyMapping, reference: ReferenceData, language: str) -> dict[str, list[dict[str, Any]]]:
    rows = survey_rows()

    def line(source: str, code: str, name: str, row: str) -> dict[str, Any]:
        return {
            "code": code,
            "name": name,
            "row": row,
            "row_name": rows.row(row).name(language),
            "overridden": (source, code) in mapping.overridden,
        }

    return {
        "activity_forms": [
            line("activity_form", f.code, f.name(language), mapping.row_of_form(f.code))
            for f in reference.activity_forms
        ],
        "training_kinds": [
            line("training_kind", k.code, k.name(language), mapping.row_of_kind(k.code))
            for k in reference.training_kinds
        ],
    }


def mapping_json(mapping: SurveyMapping, reference: ReferenceData, language: str) -> dict[str, Any]:
    rows = [
        {"code": row.code, "name": row.name(language), "measure": row.measure, "of_which": row.is_part}
        for row in survey_rows().rows
    ]
    return {"rows": rows, **_lines(mapping, reference, language)}


def _print(mapping: SurveyMapping, reference: ReferenceData, tr: Translator, out: TextIO) -> None:
    headings = {
        "activity_forms": tr.translate("CLI", "Activity forms:"),
        "training_kinds": tr.translate("CLI", "Training kinds:"),
    }
    own = tr.translate("CLI", " (the county's choice)")
    for part, lines in _lines(mapping, reference, tr.language).items():
        print(headings[part], file=out)
        for line in lines:
            chosen = own if line["overridden"] else ""
            print(f"  {line['code']} {line['name']} -> {line['row']} {line['row_name']}{chosen}", file=out)


def _survey_mapping(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        if args.survey_command is None:
            with store.reading() as session:
                mapping = survey_mapping(session, reference)
        else:
            source, code = ("activity_form", args.form) if args.form is not None else ("training_kind", args.kind)
            with store.transaction() as session:
                if args.survey_command == "set":
                    by = installation.setup.clerk_name
                    mapping = set_survey_row(session, reference, source, code, args.row, by=by)
                else:
                    mapping = reset_survey_row(session, reference, source, code)
    finally:
        store.close()
    if args.json:
        print(json.dumps(mapping_json(mapping, reference, tr.language), ensure_ascii=False), file=out)
    else:
        _print(mapping, reference, tr, out)
    return 0


ACTIONS = {"survey-mapping": _survey_mapping}
