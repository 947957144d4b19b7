"""The monthly return as a form: the header block and numbered tables (built by :mod:`.assemble` from the one
aggregation, with the tables of :mod:`.tables`).

The screen preview, the Excel workbook and the PDF all lay out the same :class:`ReturnForm`, so their figures
cannot disagree. A form is built for one language (the files always in Chinese, the preview in the user's).
Table layout follows the statistical-form conventions the clerks know: a 合计 row first, row codes 01, 02 …,
text columns 甲/乙 and numeric columns numbered 1, 2, 3 …; 0 is a true zero, "—" not applicable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.figures import NotApplicable
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.reference.periods import Period

FORM_NUMBER = "襄科素1表"
ISSUING_AUTHORITY = QT_TRANSLATE_NOOP("ReturnForm", "Xiangfen County Association for Science and Technology")
FORM_TITLE = QT_TRANSLATE_NOOP("ReturnForm", "Xiangfen County Science Literacy Work — Monthly Return")
NOT_FILLED_IN = QT_TRANSLATE_NOOP("ReturnForm", "not filled in")

Cell = int | NotApplicable | None


@dataclass(frozen=True)
class FormRow:
    code: str
    label: str
    cells: tuple[Cell, ...]
    is_total: bool = False


@dataclass(frozen=True)
class FormTable:
    """One numbered table: a two-level heading (groups spanning columns) over numbered columns."""

    number: str
    title: str
    label_heading: str
    groups: tuple[tuple[str, int], ...]
    columns: tuple[str, ...]
    rows: tuple[FormRow, ...]
    measure: str

    def column_numbers(self) -> tuple[int, ...]:
        return tuple(range(1, len(self.columns) + 1))


@dataclass(frozen=True)
class ReturnHeader:
    unit_code: str
    unit_name: str
    period: Period
    period_label: str
    clerk: str
    phone: str
    reviewer: str
    responsible: str
    filled_on: date


@dataclass(frozen=True)
class ReturnForm:
    language: str
    title: str
    form_number: str
    authority: str
    header: ReturnHeader
    tables: tuple[FormTable, ...]
    activities: tuple[Activity, ...]
    trainings: tuple[Training, ...]
    notes: tuple[str, ...]
    valid_until: str = ""
    """有效期至: the end of the plan the period falls in (the form is issued under it); empty when none."""
    version: int = 1
    is_correction: bool = False
    """A later version of a return that was reported and reopened (更正); a version after an abandoned export
    is not one."""
    corrections: tuple[str, ...] = ()
    """For a correction (version 2 or later): what changed against the previous version, one line each."""
    correction_reason: str = ""
    """For a correction: why the previous version was reopened, as the clerk gave it."""
    format_version: int = 1
    is_demo: bool = False
    """Made from demo data: marked 演示数据 on every page and sheet, and in the signed payload."""
    national_mapping: tuple[tuple[str, str], ...] = ()
    """Each activity form's Table 2 row as used for this form (signed into the payload from format 2 on)."""

    @property
    def version_label(self) -> str:
        """第1版, or 第2版（更正） for a correction — as printed on the form and in file names."""
        return f"第{self.version}版" + ("（更正）" if self.is_correction else "")

    def table(self, number: str) -> FormTable:
        return next(table for table in self.tables if table.number == number)


def cell_text(cell: Cell, translator: Translator) -> str:
    """How a cell is written on paper: the number, — for not applicable, 未填 for not filled in."""
    if cell is None:
        return translator.translate("ReturnForm", NOT_FILLED_IN)
    if isinstance(cell, NotApplicable):
        return "—"
    return str(cell)
