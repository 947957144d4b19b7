"""The county's plans and targets from the command line.

``county targets [--plan CODE] [--at YYYY-MM] [--json]``: every target of a plan with its progress (by default
the plan covering this month, else the most recent one); ``county plans list|show CODE|export CODE --out FILE|
import FILE [--replace]|copy CODE NEW_CODE --years 2026-2030 [--name NAME] [--document-no NO]|retire CODE|
reinstate CODE|delete CODE``; ``county entries add PLAN TARGET --value V --as-of YYYY-MM-DD --source TEXT
[--part numerator|denominator]``, ``county entries list PLAN TARGET``; ``county shares set PLAN TARGET UNIT
FIGURE``, ``county shares clear PLAN TARGET [UNIT]``.
"""

from __future__ import annotations

import argparse
import json
import re
from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any, TextIO

from kesu_desktop.base.errors import KesuError, ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.data_folder import open_county_folder
from kesu_desktop.reference.data import PlanInfo, ReferenceData
from kesu_desktop.reference.periods import month_period

Action = Callable[[argparse.Namespace, Translator, TextIO], int]


def add_parsers(
    actions: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    """The ``targets``, ``plans``, ``entries`` and ``shares`` actions of ``county``."""
    json_help = tr.translate("CLI", "print the result as JSON")
    targets = actions.add_parser(
        "targets", parents=common, help=tr.translate("CLI", "progress toward a plan's targets")
    )
    targets.add_argument("--plan", metavar="CODE", help=tr.translate("CLI", "the plan (default: the one in force)"))
    targets.add_argument("--at", metavar="YYYY-MM", help=tr.translate("CLI", "up to this month (default: this month)"))
    targets.add_argument("--json", action="store_true", help=json_help)

    plans = actions.add_parser("plans", parents=common, help=tr.translate("CLI", "the plans and their targets"))
    plan_actions = plans.add_subparsers(dest="plans_command", metavar="ACTION", required=True)
    listing = plan_actions.add_parser("list", parents=common, help=tr.translate("CLI", "list the plans"))
    listing.add_argument("--json", action="store_true", help=json_help)
    show = plan_actions.add_parser("show", parents=common, help=tr.translate("CLI", "show a plan and its targets"))
    show.add_argument("code", metavar="CODE")
    export = plan_actions.add_parser("export", parents=common, help=tr.translate("CLI", "write a plan to a file"))
    export.add_argument("code", metavar="CODE")
    export.add_argument("--out", required=True, type=Path, metavar="FILE", help=tr.translate("CLI", "file to write"))
    take = plan_actions.add_parser("import", parents=common, help=tr.translate("CLI", "read a plan from a file"))
    take.add_argument("file", type=Path, metavar="FILE")
    take.add_argument(
        "--replace",
        action="store_true",
        help=tr.translate("CLI", "replace the plan of the same code (its entered figures are kept)"),
    )
    copy = plan_actions.add_parser("copy", parents=common, help=tr.translate("CLI", "a new plan from an old one"))
    copy.add_argument("code", metavar="CODE")
    copy.add_argument("new_code", metavar="NEW_CODE")
    copy.add_argument("--years", required=True, metavar="YYYY-YYYY", help=tr.translate("CLI", "the new plan's years"))
    copy.add_argument("--name", help=tr.translate("CLI", "the new plan's name"))
    copy.add_argument("--document-no", default="", metavar="NO", help=tr.translate("CLI", "its document number"))
    for name, help_text in (
        ("retire", tr.translate("CLI", "retire a plan (kept, no longer chosen)")),
        ("reinstate", tr.translate("CLI", "bring a retired plan back")),
        ("delete", tr.translate("CLI", "delete a plan that has no entered figures")),
    ):
        plan_actions.add_parser(name, parents=common, help=help_text).add_argument("code", metavar="CODE")

    entries = actions.add_parser("entries", parents=common, help=tr.translate("CLI", "figures the county enters"))
    entry_actions = entries.add_subparsers(dest="entries_command", metavar="ACTION", required=True)
    add = entry_actions.add_parser("add", parents=common, help=tr.translate("CLI", "enter a figure for a target"))
    add.add_argument("plan", metavar="PLAN")
    add.add_argument("target", metavar="TARGET")
    add.add_argument("--value", required=True, metavar="V")
    add.add_argument("--as-of", required=True, metavar="YYYY-MM-DD", help=tr.translate("CLI", "the figure's date"))
    add.add_argument("--source", required=True, help=tr.translate("CLI", "the survey or document it comes from"))
    add.add_argument("--part", default="value", choices=("value", "numerator", "denominator"))
    listed = entry_actions.add_parser("list", parents=common, help=tr.translate("CLI", "the figures entered"))
    listed.add_argument("plan", metavar="PLAN")
    listed.add_argument("target", metavar="TARGET")
    listed.add_argument("--json", action="store_true", help=json_help)

    shares = actions.add_parser("shares", parents=common, help=tr.translate("CLI", "a target split among units"))
    share_actions = shares.add_subparsers(dest="shares_command", metavar="ACTION", required=True)
    put = share_actions.add_parser("set", parents=common, help=tr.translate("CLI", "set a unit's share"))
    put.add_argument("plan", metavar="PLAN")
    put.add_argument("target", metavar="TARGET")
    put.add_argument("unit", metavar="UNIT", help=tr.translate("CLI", "unit code or name"))
    put.add_argument("figure", metavar="FIGURE")
    clear = share_actions.add_parser("clear", parents=common, help=tr.translate("CLI", "remove shares"))
    clear.add_argument("plan", metavar="PLAN")
    clear.add_argument("target", metavar="TARGET")
    clear.add_argument("unit", nargs="?", metavar="UNIT", help=tr.translate("CLI", "only this unit's"))


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == value.to_integral_value() else float(value)


def _text(value: Decimal | None) -> str:
    return "—" if value is None else f"{value.normalize():f}"


def _month_end(text: str | None) -> date:
    if text is None:
        return date.today()
    match = re.fullmatch(r"(\d{4})-(0[1-9]|1[0-2])", text.strip())
    if not match:
        raise ValidationError(
            "at", QT_TRANSLATE_NOOP("Errors", "--at: '{value}' is not a month; write it as 2026-12."), value=text
        )
    return month_period(int(match[1]), int(match[2])).end


def _targets(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    from kesu_desktop.county.targets.progress import NOT_COVERED, STATUS_LABELS, NoPlan, progress_at

    at = _month_end(args.at)
    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        with store.reading() as session:
            progress = progress_at(session, reference, at, args.plan)
    finally:
        store.close()
    month = f"{at:%Y-%m}"
    if isinstance(progress, NoPlan):
        said = tr.translate("Targets", progress.message).format(month=month)
        if args.json:
            print(
                json.dumps(
                    {"plan": None, "at": month, "reason": progress.reason, "note": said, "targets": []},
                    ensure_ascii=False,
                ),
                file=out,
            )
        else:
            print(said, file=out)
        return 0
    plan = progress.plan
    note: str | None = None
    if not progress.covers_at:
        note = tr.translate("Targets", NOT_COVERED).format(
            month=month, plan=plan.name, start=plan.start_year, end=plan.end_year
        )
    language = tr.language
    names = {u.code: u.name for u in reference.units}
    if args.json:
        document = {
            "plan": {**_plan_json(plan), "covers_at": progress.covers_at, "ended": progress.ended},
            "at": month,
            "counted_to": progress.counted_to,
            "note": note,
            "targets": [
                {
                    "code": t.target.code,
                    "name": t.target.name(language),
                    "kind": t.target.kind,
                    "comparison": t.target.comparison,
                    "figure": _number(t.target.figure),
                    "unit": t.target.measure_unit,
                    "actual": _number(t.actual),
                    "percent": _number(t.percent),
                    "expected": _number(t.expected),
                    "forecast": _number(t.forecast),
                    "status": t.status,
                    "units": [
                        {
                            "unit": u.unit_code,
                            "name": names.get(u.unit_code, u.unit_code),
                            "actual": _number(u.actual),
                            "share": _number(u.share),
                            "percent": _number(u.percent),
                        }
                        for u in t.units
                    ],
                    "years": [{"year": y.year, "actual": _number(y.actual), "met": y.met} for y in t.years],
                    "source": t.source,
                    "as_of": t.as_of.isoformat() if t.as_of else None,
                }
                for t in progress.targets
            ],
        }
        print(json.dumps(document, ensure_ascii=False), file=out)
        return 0
    from kesu_desktop.plans.measures import KIND_LABELS

    print(f"{plan.name}（{plan.document_no}） {plan.start_year}–{plan.end_year}", file=out)
    if note:
        print(note, file=out)
    headings = [
        tr.translate("CLI", h) for h in ("target", "rule", "figure", "actual", "%", "expected", "forecast", "status")
    ]
    rows = [headings]
    for t in progress.targets:
        rows.append(
            [
                t.target.name(language),
                tr.translate("Targets", KIND_LABELS[t.target.kind]),
                f"{t.target.comparison}{_text(t.target.figure)} {t.target.measure_unit}",
                _text(t.actual),
                _text(t.percent),
                _text(t.expected),
                _text(t.forecast),
                tr.translate("Targets", STATUS_LABELS[t.status]),
            ]
        )
    widths = [max(_width(row[n]) for row in rows) for n in range(len(headings))]
    for row in rows:
        print("  ".join(cell + " " * (widths[n] - _width(cell)) for n, cell in enumerate(row)).rstrip(), file=out)
    return 0


def _width(text: str) -> int:
    return sum(2 if ord(char) > 0x2E80 else 1 for char in text)


def _plan_json(plan: PlanInfo) -> dict[str, Any]:
    return {
        "code": plan.code,
        "name": plan.name,
        "document_no": plan.document_no,
        "start_year": plan.start_year,
        "end_year": plan.end_year,
        "retired": plan.retired,
    }


def _years(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{4})\s*[-–]\s*(\d{4})", text.strip())
    if not match:
        raise ValidationError(
            "years",
            QT_TRANSLATE_NOOP("Errors", "--years: '{value}' is not two years; write them as 2026-2030."),
            value=text,
        )
    return int(match[1]), int(match[2])


def _plans(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    from kesu_desktop.plans import editing, files

    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    command = args.plans_command
    try:
        if command in ("list", "show", "export"):
            with store.reading() as session:
                if command == "export":
                    print(files.export_plan(session, args.code, args.out), file=out)
                    return 0
                plans = editing.list_plans(session) if command == "list" else [editing.get_plan(session, args.code)]
        else:
            with store.transaction() as session:
                changed = _change_plan(args, session, reference)
            message = {
                "import": QT_TRANSLATE_NOOP("CLI", "Plan {plan} imported: {targets} targets."),
                "copy": QT_TRANSLATE_NOOP("CLI", "Plan {plan} made, with {targets} targets."),
                "retire": QT_TRANSLATE_NOOP("CLI", "Plan {plan} retired."),
                "reinstate": QT_TRANSLATE_NOOP("CLI", "Plan {plan} reinstated."),
                "delete": QT_TRANSLATE_NOOP("CLI", "Plan {plan} deleted."),
            }[command]
            code = changed.code if changed else args.code
            count = len(changed.targets) if changed else 0
            print(tr.translate("CLI", message).format(plan=code, targets=count), file=out)
            return 0
    finally:
        store.close()
    if command == "list" and args.json:
        print(json.dumps([{**_plan_json(p), "targets": len(p.targets)} for p in plans], ensure_ascii=False), file=out)
        return 0
    retired = tr.translate("CLI", " (retired)")
    for plan in plans:
        print(
            f"{plan.code}  {plan.start_year}–{plan.end_year}  {plan.name}  {plan.document_no}"
            + (retired if plan.retired else ""),
            file=out,
        )
        if command == "show":
            _show_targets(plan, reference, tr, out)
    return 0


def _show_targets(plan: PlanInfo, reference: ReferenceData, tr: Translator, out: TextIO) -> None:
    from kesu_desktop.plans.measures import KIND_LABELS, describe_measure, parse_measure

    for t in plan.targets:
        measure = describe_measure(parse_measure(t.code, t.kind, t.measure, reference), reference, tr)
        print(
            f"  {t.code}  {t.name(tr.language)}  {t.comparison}{_text(t.figure)} {t.measure_unit}  "
            f"{tr.translate('Targets', KIND_LABELS[t.kind])}  {measure}",
            file=out,
        )


def _change_plan(args: argparse.Namespace, session: Any, reference: ReferenceData) -> PlanInfo | None:
    from kesu_desktop.plans import editing, files

    command = args.plans_command
    if command == "import":
        return files.import_plan(session, reference, args.file, replace=args.replace)
    if command == "copy":
        start, end = _years(args.years)
        return editing.copy_plan(
            session, reference, args.code, args.new_code, start, end, name=args.name, document_no=args.document_no
        )
    if command == "retire":
        return editing.retire_plan(session, args.code)
    if command == "reinstate":
        return editing.reinstate_plan(session, args.code)
    editing.delete_plan(session, args.code)
    return None


def _as_of(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValidationError(
            "as_of",
            QT_TRANSLATE_NOOP("Errors", "--as-of: '{value}' is not a date; write it as 2025-12-31."),
            value=text,
        ) from exc


def _entries(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    from kesu_desktop.plans import entries as entered

    store, reference, installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        if args.entries_command == "add":
            with store.transaction() as session:
                entry = entered.add_entry(
                    session,
                    reference,
                    args.plan,
                    args.target,
                    value=args.value,
                    as_of=_as_of(args.as_of),
                    source=args.source,
                    actor=installation.setup.clerk_name,
                    part=args.part,
                )
            print(tr.translate("CLI", "Entry {id} stored.").format(id=entry.id), file=out)
            return 0
        with store.reading() as session:
            entries = entered.list_entries(session, args.plan, args.target)
    finally:
        store.close()
    if args.json:
        rows = [
            {
                "id": e.id,
                "part": e.part,
                "as_of": e.as_of.isoformat(),
                "value": _number(e.value),
                "source": e.source,
                "entered_at": e.entered_at.isoformat(timespec="seconds"),
                "entered_by": e.entered_by,
            }
            for e in entries
        ]
        print(json.dumps(rows, ensure_ascii=False), file=out)
        return 0
    for e in entries:
        print(f"{e.id}  {e.part}  {e.as_of}  {_text(e.value)}  {e.source}  {e.entered_by}", file=out)
    return 0


def _shares(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    from kesu_desktop.plans import entries as entered

    store, reference, _installation = open_county_folder(DataDir(args.data_dir), tr)
    try:
        unit = None if args.unit is None else _unit_code(reference, args.unit)
        with store.transaction() as session:
            if args.shares_command == "set":
                assert unit is not None
                share = entered.set_share(session, reference, args.plan, args.target, unit, args.figure)
                print(
                    tr.translate("CLI", "Share of {unit}: {figure}.").format(unit=unit, figure=_text(share.figure)),
                    file=out,
                )
            else:
                removed = entered.clear_share(session, args.plan, args.target, unit)
                print(tr.translate("CLI", "{count} shares removed.").format(count=removed), file=out)
    finally:
        store.close()
    return 0


def _unit_code(reference: ReferenceData, text: str) -> str:
    unit = reference.find_unit(text)
    if unit is None:
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "There is no unit {unit}; give its code or name."), unit=text)
    return unit.code


ACTIONS: dict[str, Action] = {"targets": _targets, "plans": _plans, "entries": _entries, "shares": _shares}
