"""What the ledger dialog says about a plan, in the user's language: the counts of each status, each 小计 or 合计
that disagrees with the sum of its rows, the sheets left alone, and whether (or why not) it can be stored."""

from __future__ import annotations

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.ledgers.importer import REFUSED_APPROXIMATE, REFUSED_NEEDS_FIXING, LedgerOptions, refusal
from kesu_desktop.ledgers.plan import LedgerPlan
from kesu_desktop.ledgers.rows import APPROXIMATE, NEEDS_FIXING
from ui.i18n import translate

_COUNTS = QT_TRANSLATE_NOOP(
    "LedgerDialog",
    "{ready} ready, {approximate} approximate, {needs_fixing} need fixing, {duplicate} duplicates; "
    "{skipped} rows passed over (totals, sections, notes).",
)
_TOTAL = QT_TRANSLATE_NOOP(
    "LedgerDialog", "{sheet}, row {row}: the ledger's {label} says {stated} for {field}, but its rows add up to {sum}."
)
_LEFT_ALONE = QT_TRANSLATE_NOOP("LedgerDialog", "{sheet}: no ledger header in its first rows, so it is left alone.")
_WILL_STORE = QT_TRANSLATE_NOOP("LedgerDialog", "{count} records will be stored when you press Import.")
_NEEDS_FIXING = QT_TRANSLATE_NOOP(
    "LedgerDialog",
    "Nothing can be stored yet: {count} rows need fixing. Type the corrections into the rows (their reasons say "
    "what to type), or tick “Leave out the rows that still need fixing”.",
)
_APPROXIMATE = QT_TRANSLATE_NOOP(
    "LedgerDialog",
    "Nothing can be stored yet: {count} rows have approximate figures (such as 约300人). Check them, then tick "
    "“I have checked the approximate figures”.",
)
_NOTHING = QT_TRANSLATE_NOOP(
    "LedgerDialog", "Nothing to store: no row of the ledger is ready (each is already stored, or no record)."
)
_UNPLANNED = QT_TRANSLATE_NOOP("LedgerDialog", "Nothing can be stored: the ledger could not be checked.")


def plan_summary(plan: LedgerPlan) -> tuple[str, list[str], list[str]]:
    """The counts line, a line per disagreeing total, and a line per sheet left alone."""
    text = translate("LedgerDialog", _COUNTS).format(**plan.status_counts())
    totals = [
        translate("LedgerDialog", _TOTAL).format(
            sheet=found.sheet, row=found.row, label=found.label, field=found.header, stated=found.stated, sum=found.sum
        )
        for found in plan.disagreements()
    ]
    left_alone = [
        translate("LedgerDialog", _LEFT_ALONE).format(sheet=sheet.name)
        for sheet in plan.sheets
        if sheet.choices is None
    ]
    return text, totals, left_alone


def why_not(plan: LedgerPlan | None, options: LedgerOptions) -> tuple[str, bool]:
    """What importing ``plan`` under ``options`` would do, or why it may not; and whether it may."""
    if plan is None:
        return translate("LedgerDialog", _UNPLANNED), False
    refused = refusal(plan, options)
    if refused == REFUSED_NEEDS_FIXING:
        return translate("LedgerDialog", _NEEDS_FIXING).format(count=plan.count(NEEDS_FIXING)), False
    if refused == REFUSED_APPROXIMATE:
        return translate("LedgerDialog", _APPROXIMATE).format(count=plan.count(APPROXIMATE)), False
    count = len(plan.stored_rows)
    if not count:
        return translate("LedgerDialog", _NOTHING), False
    return translate("LedgerDialog", _WILL_STORE).format(count=count), True
