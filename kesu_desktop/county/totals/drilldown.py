"""From a county figure down to what is behind it: the units whose returns make it up (:func:`units_behind`),
and the records inside a unit's held returns of the period (:func:`records_behind`).

The units' lines are the same aggregation as the totals (:func:`~kesu_desktop.county.totals.lines.line_figures` over
each unit's held summary), so they add up to the figure drilled into. The records are read from the newest
version of each return, and chosen by a line's key the way the aggregation counts them: an activity under its
first target group, a training under its own group; a form selects activities only, a kind trainings only.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.county.held.sums import held_summaries, newest_versions
from kesu_desktop.county.totals.lines import (
    Figures,
    TotalsRow,
    check_breakdown,
    line_figures,
    span,
    unit_rows,
)
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.recompute import activity_from_payload, training_from_payload


def units_behind(
    session: Session, reference: ReferenceData, period: Period, by: str, key: str | None
) -> list[TotalsRow]:
    """The units behind one line of the totals (``key`` None: the total), each with its share of the line, in
    reference order; only units with something in it (by unit: that unit, whatever it holds)."""
    check_breakdown(by)
    if by == "unit" and key is not None:
        return unit_rows(session, reference, period, [key])
    first, last = span(period)
    summaries = held_summaries(session, first, last, by_unit=True)
    rows = unit_rows(session, reference, period, summaries=summaries)
    if key is None:
        return [row for row in rows if not row.figures.empty]
    result = []
    for row in rows:
        summary = summaries.get((row.key, ""))
        figures = line_figures(summary, by, key) if summary is not None else Figures()
        if not figures.empty:
            result.append(TotalsRow(row.key, row.name, figures, row.stock, row.returns))
    return result


@dataclass(frozen=True)
class HeldRecord:
    """An activity or training inside a held return: what the county lists when drilling down. ``code`` is the
    activity's form or the training's kind, ``group`` the target group it counts under, ``attendance`` the
    activity's participants (参与人次) or the training's trainees (培训人次); ``record`` has every field."""

    record_type: str
    record_id: str
    title: str
    start_date: date
    end_date: date
    code: str
    group: str
    attendance: int | None
    women: int | None
    campaign_code: str | None
    key_project_code: str | None
    period: str
    version: int
    record: ActivityInput | TrainingInput


def _held_record(record_type: str, record_id: str, data: str, period: str, version: int) -> HeldRecord:
    content = json.loads(data)
    if record_type == "activity":
        activity = activity_from_payload(content)
        return HeldRecord(
            "activity",
            record_id,
            activity.title,
            activity.start_date,
            activity.end_date,
            activity.form_code,
            activity.target_group_codes[0],
            activity.participants,
            activity.women,
            activity.campaign_code,
            activity.key_project_code,
            period,
            version,
            activity,
        )
    training = training_from_payload(content)
    return HeldRecord(
        "training",
        record_id,
        training.title,
        training.start_date,
        training.end_date,
        training.kind_code,
        training.target_group_code,
        training.trainees,
        training.women,
        None,
        None,
        period,
        version,
        training,
    )


def counts_under(record: HeldRecord, by: str | None, key: str | None) -> bool:
    """Whether the aggregation counts ``record`` under the line ``key`` of breakdown ``by`` (None: any)."""
    if by in (None, "unit") or key is None:
        return True
    if by == "group":
        return record.group == key
    if by == "form":
        return record.record_type == "activity" and record.code == key
    if by == "kind":
        return record.record_type == "training" and record.code == key
    if record.record_type != "activity":
        return False
    code = record.campaign_code if by == "campaign" else record.key_project_code
    return (code or "") == key


def records_behind(
    session: Session,
    reference: ReferenceData,
    period: Period,
    unit_code: str,
    by: str | None = None,
    key: str | None = None,
) -> list[HeldRecord]:
    """The records inside ``unit_code``'s held returns (the newest version of each month) of ``period``, those
    counted under the line ``key`` of breakdown ``by`` when given; by month, then date, activities first."""
    if reference.find_unit(unit_code) is None:
        raise KesuError(QT_TRANSLATE_NOOP("Errors", "There is no unit {unit}; give its code or name."), unit=unit_code)
    if by is not None:
        check_breakdown(by)
    first, last = span(period)
    held = newest_versions(first, last, [unit_code]).subquery()
    query = (
        select(
            models.ReceivedRecord.record_type,
            models.ReceivedRecord.record_id,
            models.ReceivedRecord.data,
            models.ReceivedReturn.period,
            models.ReceivedReturn.version,
        )
        .join(held, held.c.id == models.ReceivedRecord.return_id)
        .join(models.ReceivedReturn, models.ReceivedReturn.id == models.ReceivedRecord.return_id)
        .order_by(
            models.ReceivedReturn.period,
            models.ReceivedRecord.start_date,
            models.ReceivedRecord.record_type,
            models.ReceivedRecord.id,
        )
    )
    records = (_held_record(*row) for row in session.execute(query))
    return [record for record in records if counts_under(record, by, key)]
