"""The monthly return as a form: the header block and numbered tables, built once from the aggregation.

The screen preview, the Excel workbook and the PDF all lay out the same :class:`ReturnForm`, so their figures
cannot disagree. A form is built for one language (the files always in Chinese, the preview in the user's).
Table layout follows the statistical-form conventions the clerks know: a 合计 row first, row codes 01, 02 …,
text columns 甲/乙 and numeric columns numbered 1, 2, 3 …; 0 is a true zero, "—" not applicable.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.figures import Figure, NotApplicable, read_figures
from kesu_desktop.records.service import list_activities, list_trainings
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.aggregation import ActivityFigures, PeriodSummary, TrainingFigures, summarise
from kesu_desktop.store.installation import Installation

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
    corrections: tuple[str, ...] = ()
    """For a correction (version 2 or later): what changed against the previous version, one line each."""

    @property
    def is_correction(self) -> bool:
        return self.version > 1

    @property
    def version_label(self) -> str:
        """第1版, or 第2版（更正） for a correction — as printed on the form and in file names."""
        return f"第{self.version}版" + ("（更正）" if self.is_correction else "")

    def table(self, number: str) -> FormTable:
        return next(table for table in self.tables if table.number == number)


def _activity_cells(figures: dict[str, ActivityFigures], groups: list[str]) -> tuple[Cell, ...]:
    total = sum(figures.values(), ActivityFigures())
    cells: list[Cell] = [total.count, total.participants]
    for group in groups:
        cells += [figures.get(group, ActivityFigures()).count, figures.get(group, ActivityFigures()).participants]
    return tuple(cells)


def _activities_table(summary: PeriodSummary, reference: ReferenceData, tr: Translator) -> FormTable:
    language = tr.language
    groups = [group.code for group in reference.target_groups]
    rows = [
        FormRow(
            "01",
            tr.translate("ReturnForm", "Total"),
            _activity_cells(
                {group: figures for group, figures in summary.activities_by_group().items()},
                groups,
            ),
            is_total=True,
        )
    ]
    for number, form in enumerate(reference.activity_forms, start=2):
        by_group = {group: figures for (f, group), figures in summary.activity_matrix.items() if f == form.code}
        rows.append(FormRow(f"{number:02d}", form.name(language), _activity_cells(by_group, groups)))
    times, people = tr.translate("ReturnForm", "Held"), tr.translate("ReturnForm", "Person-times")
    return FormTable(
        number=tr.translate("ReturnForm", "Table 1"),
        title=tr.translate("ReturnForm", "Science-popularization activities by form and target group"),
        label_heading=tr.translate("ReturnForm", "Activity form"),
        groups=((tr.translate("ReturnForm", "Total"), 2), *((g.name(language), 2) for g in reference.target_groups)),
        columns=(times, people) * (len(groups) + 1),
        rows=tuple(rows),
        measure=tr.translate("ReturnForm", "times, person-times"),
    )


def _national_table(summary: PeriodSummary, reference: ReferenceData, tr: Translator) -> FormTable:
    by_form = summary.activities_by_form()
    week = summary.activities_by_campaign.get("science_week", ActivityFigures())
    rows_spec = [
        ("lecture", QT_TRANSLATE_NOOP("ReturnForm", "Science lectures")),
        ("exhibition", QT_TRANSLATE_NOOP("ReturnForm", "Science exhibitions")),
        ("contest", QT_TRANSLATE_NOOP("ReturnForm", "Science contests")),
        ("practical_training", QT_TRANSLATE_NOOP("ReturnForm", "Practical technology training")),
        ("youth_group", QT_TRANSLATE_NOOP("ReturnForm", "Youth science clubs")),
        ("youth_camp", QT_TRANSLATE_NOOP("ReturnForm", "Science camps")),
        ("major_event", QT_TRANSLATE_NOOP("ReturnForm", "Major science-popularization events")),
        ("other", QT_TRANSLATE_NOOP("ReturnForm", "Other")),
    ]
    rows = []
    for number, (national_row, label) in enumerate(rows_spec, start=1):
        figures = sum(
            (
                by_form.get(f.code, ActivityFigures())
                for f in reference.activity_forms
                if f.national_row == national_row
            ),
            ActivityFigures(),
        )
        rows.append(FormRow(f"{number:02d}", tr.translate("ReturnForm", label), (figures.count, figures.participants)))
    rows.append(
        FormRow(
            f"{len(rows_spec) + 1:02d}",
            tr.translate("ReturnForm", "Of all activities: during Science and Technology Week"),
            (week.count, week.participants),
        )
    )
    return FormTable(
        number=tr.translate("ReturnForm", "Table 2"),
        title=tr.translate("ReturnForm", "Activities as counted by the national science-popularization statistics"),
        label_heading=tr.translate("ReturnForm", "Statistics row"),
        groups=(),
        columns=(tr.translate("ReturnForm", "Held"), tr.translate("ReturnForm", "Person-times")),
        rows=tuple(rows),
        measure=tr.translate("ReturnForm", "times, person-times"),
    )


def _training_cells(figures: TrainingFigures) -> tuple[Cell, ...]:
    return (figures.sessions, figures.trainees, figures.women, figures.low_income, figures.certified)


def _trainings_table(summary: PeriodSummary, reference: ReferenceData, tr: Translator) -> FormTable:
    rows = [FormRow("01", tr.translate("ReturnForm", "Total"), _training_cells(summary.trainings_total()), True)]
    for number, kind in enumerate(reference.training_kinds, start=2):
        figures = summary.trainings_by_kind.get(kind.code, TrainingFigures())
        rows.append(FormRow(f"{number:02d}", kind.name(tr.language), _training_cells(figures)))
    return FormTable(
        number=tr.translate("ReturnForm", "Table 3"),
        title=tr.translate("ReturnForm", "Trainings by kind"),
        label_heading=tr.translate("ReturnForm", "Training kind"),
        groups=(),
        columns=(
            tr.translate("ReturnForm", "Sessions"),
            tr.translate("ReturnForm", "Trainees"),
            tr.translate("ReturnForm", "Of which women"),
            tr.translate("ReturnForm", "Of which low-income"),
            tr.translate("ReturnForm", "Certified"),
        ),
        rows=tuple(rows),
        measure=tr.translate("ReturnForm", "sessions, person-times"),
    )


def _stock_table(figures: dict[str, Figure], reference: ReferenceData, tr: Translator) -> FormTable:
    rows = tuple(
        FormRow(
            f"{number:02d}",
            f"{indicator.name(tr.language)}（{indicator.measure_unit}）",
            (figures.get(indicator.code),),
        )
        for number, indicator in enumerate(reference.stock_indicators, start=1)
    )
    return FormTable(
        number=tr.translate("ReturnForm", "Table 4"),
        title=tr.translate("ReturnForm", "Teams and facilities at the end of the month"),
        label_heading=tr.translate("ReturnForm", "Item"),
        groups=(),
        columns=(tr.translate("ReturnForm", "At month end"),),
        rows=rows,
        measure=tr.translate("ReturnForm", "as stated per row"),
    )


def _valid_until(period: Period, reference: ReferenceData) -> str:
    ends = [plan.end_year for plan in reference.plans if plan.start_year <= period.start.year <= plan.end_year]
    return f"{max(ends)}年12月" if ends else ""


def build_return_form(
    session: Session,
    reference: ReferenceData,
    installation: Installation,
    period: Period,
    translator: Translator,
    *,
    filled_on: date | None = None,
) -> ReturnForm:
    """The unit's return for ``period`` (a month, or a quarter/year/plan-to-date for review)."""
    setup = installation.setup
    unit = reference.unit(setup.unit_code)
    summary = summarise(session, unit.code, period.start, period.end)
    activities = list_activities(session, unit.code, period.start, period.end)
    trainings = list_trainings(session, unit.code, period.start, period.end)
    figures = read_figures(session, unit.code, period.months()[-1].code)
    tr = translator
    header = ReturnHeader(
        unit_code=unit.code,
        unit_name=unit.name,
        period=period,
        period_label=period.label(tr.language),
        clerk=setup.clerk_name,
        phone=setup.clerk_phone,
        reviewer=setup.reviewer_name,
        responsible=setup.responsible_name,
        filled_on=filled_on or date.today(),
    )
    notes = (
        tr.translate("ReturnForm", "Filled in by each township, the development zone and each county department."),
        tr.translate("ReturnForm", "Due at the county office by the 5th of the following month."),
        tr.translate(
            "ReturnForm",
            "Checks: each Total equals the sum of its rows; of which women, low-income and certified are not more "
            "than the trainees; schools with a science teacher are not more than the schools.",
        ),
        tr.translate(
            "ReturnForm",
            "An activity serving several target groups is counted under its main group. 0 means none; — means not "
            "applicable.",
        ),
    )
    return ReturnForm(
        language=tr.language,
        title=tr.translate("ReturnForm", FORM_TITLE),
        form_number=FORM_NUMBER,
        authority=tr.translate("ReturnForm", ISSUING_AUTHORITY),
        header=header,
        tables=(
            _activities_table(summary, reference, tr),
            _national_table(summary, reference, tr),
            _trainings_table(summary, reference, tr),
            _stock_table(figures, reference, tr),
        ),
        activities=tuple(activities),
        trainings=tuple(trainings),
        notes=notes,
        valid_until=_valid_until(period, reference),
    )


def cell_text(cell: Cell, translator: Translator) -> str:
    """How a cell is written on paper: the number, — for not applicable, 未填 for not filled in."""
    if cell is None:
        return translator.translate("ReturnForm", NOT_FILLED_IN)
    if isinstance(cell, NotApplicable):
        return "—"
    return str(cell)
