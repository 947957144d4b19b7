"""The numbered tables of a return, built from the one aggregation by the rules of a format version.

The township builds them for the month it exports; the county rebuilds them from the records inside a return,
with the rules of that return's own format (:mod:`.formats`), and compares them with the signed ones.
"""

from __future__ import annotations

from collections.abc import Sequence

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Translator
from kesu_desktop.records.figures import Figure
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.aggregation import ActivityFigures, PeriodSummary, TrainingFigures
from kesu_desktop.returns.form import Cell, FormRow, FormTable
from kesu_desktop.returns.formats import ReturnFormat


def _activity_cells(figures: dict[str, ActivityFigures], groups: list[str], *, women: bool) -> tuple[Cell, ...]:
    total = sum(figures.values(), ActivityFigures())
    cells: list[Cell] = [total.count, total.participants]
    if women:
        cells.append(total.women)
    for group in groups:
        cells += [figures.get(group, ActivityFigures()).count, figures.get(group, ActivityFigures()).participants]
    return tuple(cells)


def _activities_table(summary: PeriodSummary, reference: ReferenceData, fmt: ReturnFormat, tr: Translator) -> FormTable:
    language = tr.language
    groups = [group.code for group in reference.target_groups]
    women = fmt.activity_women_column
    rows = [
        FormRow(
            "01",
            tr.translate("ReturnForm", "Total"),
            _activity_cells(summary.activities_by_group(), groups, women=women),
            True,
        )
    ]
    for number, form in enumerate(reference.activity_forms, start=2):
        by_group = {group: figures for (f, group), figures in summary.activity_matrix.items() if f == form.code}
        rows.append(FormRow(f"{number:02d}", form.name(language), _activity_cells(by_group, groups, women=women)))
    times, people = tr.translate("ReturnForm", "Held"), tr.translate("ReturnForm", "Person-times")
    total_columns = (times, people, tr.translate("ReturnForm", "Of which women")) if women else (times, people)
    return FormTable(
        number=tr.translate("ReturnForm", "Table 1"),
        title=tr.translate("ReturnForm", "Science-popularization activities by form and target group"),
        label_heading=tr.translate("ReturnForm", "Activity form"),
        groups=(
            (tr.translate("ReturnForm", "Total"), len(total_columns)),
            *((g.name(language), 2) for g in reference.target_groups),
        ),
        columns=total_columns + (times, people) * len(groups),
        rows=tuple(rows),
        measure=tr.translate("ReturnForm", "times, person-times"),
    )


def _national_table(
    summary: PeriodSummary,
    major: ActivityFigures,
    fmt: ReturnFormat,
    mapping: dict[str, str],
    tr: Translator,
) -> FormTable:
    by_form = summary.activities_by_form()
    trainings = summary.trainings_total()
    counted: list[tuple[str, tuple[int, int]]] = []
    for row in fmt.national_rows:
        figures = sum(
            (figures for form, figures in by_form.items() if mapping.get(form, "other") == row.code), ActivityFigures()
        )
        held, people = figures.count, figures.participants
        if row.code == fmt.national_trainings_row:
            held, people = held + trainings.sessions, people + trainings.trainees
        counted.append((row.name(tr.language), (held, people)))
    rows: list[FormRow] = []
    if fmt.national_total_row:
        rows.append(
            FormRow(
                "01",
                tr.translate("ReturnForm", "Total"),
                (sum(cells[0] for _, cells in counted), sum(cells[1] for _, cells in counted)),
                is_total=True,
            )
        )
    first = len(rows) + 1
    rows += [FormRow(f"{number:02d}", label, cells) for number, (label, cells) in enumerate(counted, start=first)]
    week = summary.activities_by_campaign.get(fmt.science_week_campaign, ActivityFigures())
    week_label = (
        QT_TRANSLATE_NOOP("ReturnForm", "Of which: during Science and Technology Week")
        if fmt.national_total_row
        else QT_TRANSLATE_NOOP("ReturnForm", "Of all activities: during Science and Technology Week")
    )
    rows.append(
        FormRow(f"{len(rows) + 1:02d}", tr.translate("ReturnForm", week_label), (week.count, week.participants))
    )
    if fmt.major_event_min_participants is not None:
        rows.append(
            FormRow(
                f"{len(rows) + 1:02d}",
                tr.translate("ReturnForm", "Of which: major events ({minimum} person-times or more)").format(
                    minimum=fmt.major_event_min_participants
                ),
                (major.count, major.participants),
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
        figures = summary.trainings_by_kind().get(kind.code, TrainingFigures())
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


def build_tables(
    summary: PeriodSummary,
    activities: Sequence[ActivityInput],
    figures: dict[str, Figure],
    reference: ReferenceData,
    fmt: ReturnFormat,
    mapping: dict[str, str],
    tr: Translator,
) -> tuple[FormTable, ...]:
    """Tables 1–4 of a return: ``summary`` and ``activities`` are the period's (the same records), ``figures``
    the period-end figures, ``mapping`` each activity form's Table 2 row (:meth:`ReturnFormat.national_mapping`,
    or the one a return carries)."""
    minimum = fmt.major_event_min_participants
    major = [a for a in activities if minimum is not None and (a.participants or 0) >= minimum]
    counted = ActivityFigures(len(major), sum(a.participants or 0 for a in major))
    return summary_tables(summary, counted, figures, reference, fmt, mapping, tr)


def summary_tables(
    summary: PeriodSummary,
    major: ActivityFigures,
    figures: dict[str, Figure],
    reference: ReferenceData,
    fmt: ReturnFormat,
    mapping: dict[str, str],
    tr: Translator,
) -> tuple[FormTable, ...]:
    """Tables 1–4 from a summary alone, ``major`` the major events of Table 2 (the county's summed ones, whose
    records it does not list)."""
    return (
        _activities_table(summary, reference, fmt, tr),
        _national_table(summary, major, fmt, mapping, tr),
        _trainings_table(summary, reference, tr),
        _stock_table(figures, reference, tr),
    )
