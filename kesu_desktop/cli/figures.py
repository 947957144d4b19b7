"""The ``figures`` commands: a month's period-end figures (队伍与阵地), headless.

``figures show --period 2024-03 [--json]`` lists every indicator (a number, "na" for not applicable, empty
for not filled in), and for one not filled in the figure an earlier month had, as a suggestion; ``figures set
--period 2024-03 [--carry-over] CODE=VALUE …`` stores some, where VALUE is a whole number, ``na`` (not
applicable) or nothing (``CODE=``, back to not filled in); ``--carry-over`` confirms the suggestions too.
"""

from __future__ import annotations

import argparse
import json
from typing import TextIO

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.cli.commands import command_help
from kesu_desktop.cli.data_folder import open_data_folder
from kesu_desktop.records.figures import (
    NOT_APPLICABLE,
    Figure,
    NotApplicable,
    carried_over,
    check_period,
    read_figures,
    save_figures,
)
from kesu_desktop.records.input_parsing import whole_number
from kesu_desktop.store.installation import require_installation


def add_figures_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    common: list[argparse.ArgumentParser],
    tr: Translator,
) -> None:
    parser = commands.add_parser("figures", parents=common, help=command_help(tr, "figures"))
    actions = parser.add_subparsers(dest="figures_command", metavar="ACTION", required=True)
    show = actions.add_parser("show", parents=common, help=tr.translate("CLI", "list the month's figures"))
    show.add_argument("--period", required=True, metavar="YYYY-MM", help=tr.translate("CLI", "the month"))
    show.add_argument("--json", action="store_true", help=tr.translate("CLI", "print the result as JSON"))
    store = actions.add_parser("set", parents=common, help=tr.translate("CLI", "store some of the month's figures"))
    store.add_argument("--period", required=True, metavar="YYYY-MM", help=tr.translate("CLI", "the month"))
    store.add_argument(
        "--carry-over",
        action="store_true",
        help=tr.translate("CLI", "store the figure an earlier month had for each one not filled in"),
    )
    store.add_argument(
        "values", nargs="*", metavar="CODE=VALUE", help=tr.translate("CLI", "a whole number, na, or empty")
    )


def _text(figure: Figure) -> str:
    return "na" if isinstance(figure, NotApplicable) else "" if figure is None else str(figure)


def _parse(item: str) -> tuple[str, Figure]:
    code, separator, value = item.partition("=")
    if not separator or not code:
        raise ValidationError(
            "values", QT_TRANSLATE_NOOP("Errors", "Figure: write it as CODE=VALUE, not '{value}'."), value=item
        )
    if value.strip().lower() in ("na", "n/a", "不适用", "—"):
        return code, NOT_APPLICABLE
    try:
        return code, whole_number(value)
    except ValueError:
        raise ValidationError(
            code,
            QT_TRANSLATE_NOOP("Errors", "Figure {code}: '{value}' is not a whole number, na or empty."),
            code=code,
            value=value,
        ) from None


def run_figures(args: argparse.Namespace, tr: Translator, out: TextIO) -> int:
    period = check_period(args.period)
    store, reference = open_data_folder(DataDir(args.data_dir), tr)
    try:
        if args.figures_command == "set":
            figures = dict(_parse(item) for item in args.values)
            if not figures and not args.carry_over:
                raise ValidationError(
                    "values",
                    QT_TRANSLATE_NOOP("Errors", "Figures: give at least one CODE=VALUE, or --carry-over."),
                )
            with store.transaction() as session:
                installation = require_installation(session)
                if args.carry_over:
                    suggested = carried_over(session, installation.setup.unit_code, period)
                    figures = {**{code: s.figure for code, s in suggested.items()}, **figures}
                current = save_figures(
                    session,
                    installation.setup.unit_code,
                    period,
                    figures,
                    reference,
                    actor=installation.setup.clerk_name,
                )
            suggested = {}
        else:
            with store.reading() as session:
                unit_code = require_installation(session).setup.unit_code
                current = read_figures(session, unit_code, period)
                suggested = carried_over(session, unit_code, period)
    finally:
        store.close()
    if getattr(args, "json", False):
        print(json.dumps({code: _text(figure) or None for code, figure in current.items()}), file=out)
        return 0
    names = {indicator.code: indicator.name(tr.language) for indicator in reference.stock_indicators}
    for code, figure in current.items():
        value = _text(figure) or tr.translate("CLI", "not filled in")
        if code in suggested:
            value += " " + tr.translate("CLI", "({figure} in {period}; store it with --carry-over)").format(
                figure=_text(suggested[code].figure), period=suggested[code].period
            )
        print(f"{code}  {names.get(code, code)}: {value}", file=out)
    return 0
