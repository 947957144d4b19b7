"""Assembling a unit's return form from its store: the header from the installation, the tables from the one
aggregation of the period's records by the rules of the current format, the registers, the notes."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import read_figures
from kesu_desktop.records.service import list_activities, list_trainings
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.aggregation import summarise_records
from kesu_desktop.returns.form import FORM_NUMBER, FORM_TITLE, ISSUING_AUTHORITY, ReturnForm, ReturnHeader
from kesu_desktop.returns.formats import CURRENT_FORMAT, return_format
from kesu_desktop.returns.tables import build_tables
from kesu_desktop.store.installation import Installation


def _valid_until(period: Period, reference: ReferenceData) -> str:
    ends = [plan.end_year for plan in reference.plans if plan.start_year <= period.start.year <= plan.end_year]
    return f"{max(ends)}年12月" if ends else ""


def _notes(tr: Translator) -> tuple[str, ...]:
    return (
        tr.translate("ReturnForm", "Filled in by each township, the development zone and each county department."),
        tr.translate("ReturnForm", "Due at the county office by the 5th of the following month."),
        tr.translate(
            "ReturnForm",
            "Checks: each Total equals the sum of its rows; of which women is not more than the person-times of "
            "Table 1 and than the trainees of Table 3; low-income and certified are not more than the trainees; "
            "schools with a science teacher are not more than the schools.",
        ),
        tr.translate(
            "ReturnForm",
            "An activity serving several target groups is counted under its main group. 0 means none; — means not "
            "applicable.",
        ),
    )


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
    fmt = return_format(CURRENT_FORMAT)
    activities = list_activities(session, unit.code, period.start, period.end)
    trainings = list_trainings(session, unit.code, period.start, period.end)
    summary = summarise_records(
        unit.code, period.start, period.end, [a.data for a in activities], [t.data for t in trainings]
    )
    figures = read_figures(session, unit.code, period.months()[-1].code)
    mapping = fmt.national_mapping(reference)
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
    return ReturnForm(
        language=tr.language,
        title=tr.translate("ReturnForm", FORM_TITLE),
        form_number=FORM_NUMBER,
        authority=tr.translate("ReturnForm", ISSUING_AUTHORITY),
        header=header,
        tables=build_tables(summary, [a.data for a in activities], figures, reference, fmt, mapping, tr),
        activities=tuple(activities),
        trainings=tuple(trainings),
        notes=_notes(tr),
        valid_until=_valid_until(period, reference),
        format_version=fmt.version,
        is_demo=installation.is_demo,
        national_mapping=tuple(sorted(mapping.items())),
    )
