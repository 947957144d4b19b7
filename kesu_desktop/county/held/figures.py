"""The figures of each received return, stored beside it: the one aggregation of its records (the township's own
``summarise_records``) cell by cell, with the major events of the national survey's rows (dimension ``major``,
counted from the survey's threshold), and the period-end figures of its Table 4.

Stored once when the return is imported, they are what every county figure is summed from (``held_summaries``),
so a county total always equals the sum of the units' own returns and no screen reparses thousands of records.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable, Sequence
from datetime import date
from typing import Any

from sqlalchemy import insert
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.reference.survey_rows import survey_rows
from kesu_desktop.returns.aggregation import ActivityFigures, PeriodSummary, TrainingFigures, summarise_records
from kesu_desktop.returns.recompute import activity_from_payload, training_from_payload

STOCK_TABLE = 3  # Table 4, the fourth table of a payload: one row an indicator, in reference order, coded 01, 02 …

_ACTIVITY_DIMENSIONS = ("activity", "campaign", "key_project")


def stock_figures(payload: dict[str, Any], reference: ReferenceData) -> dict[str, int | None]:
    """The period-end figures a return states, by indicator code: a whole number, or None for not applicable;
    an indicator left empty is absent. Rows are matched to indicators by their number, as the return wrote them."""
    tables = payload.get("tables") or []
    if len(tables) <= STOCK_TABLE:
        return {}
    indicators = reference.stock_indicators
    result: dict[str, int | None] = {}
    for row in tables[STOCK_TABLE].get("rows", []):
        code, cells = str(row.get("code", "")), row.get("cells") or [None]
        if not code.isdigit() or not 1 <= int(code) <= len(indicators):
            continue
        cell = cells[0]
        if cell == "not_applicable":
            result[indicators[int(code) - 1].code] = None
        elif isinstance(cell, int) and not isinstance(cell, bool):
            result[indicators[int(code) - 1].code] = cell
    return result


def summary_of_payload(payload: dict[str, Any]) -> PeriodSummary:
    """The one aggregation of the records a return carries, over its month, major events counted from the
    national survey's threshold."""
    period = parse_period(str(payload["period"]))
    return summarise_records(
        str(payload["unit_code"]),
        period.start,
        period.end,
        [activity_from_payload(record) for record in payload["activities"]],
        [training_from_payload(record) for record in payload["trainings"]],
        major_from=survey_rows().major_from(),
    )


def _activity_row(dimension: str, key: str, group: str, figures: ActivityFigures) -> dict[str, Any]:
    return {
        "dimension": dimension,
        "key": key,
        "group_code": group,
        "count": figures.count,
        "participants": figures.participants,
        "women": figures.women,
    }


def _training_row(kind: str, group: str, figures: TrainingFigures) -> dict[str, Any]:
    return {
        "dimension": "training",
        "key": kind,
        "group_code": group,
        "count": figures.count,
        "sessions": figures.sessions,
        "trainees": figures.trainees,
        "women": figures.women,
        "low_income": figures.low_income,
        "certified": figures.certified,
    }


def figure_rows(payload: dict[str, Any], reference: ReferenceData) -> list[dict[str, Any]]:
    """The rows of ``return_figure`` for one return (without its return id)."""
    summary = summary_of_payload(payload)
    rows: list[dict[str, Any]] = [
        {"dimension": "return", "count": len(payload["activities"]), "sessions": len(payload["trainings"])}
    ]
    rows += [_activity_row("activity", form, group, f) for (form, group), f in summary.activity_matrix.items()]
    rows += [_activity_row("campaign", code, "", f) for code, f in summary.activities_by_campaign.items()]
    rows += [_activity_row("key_project", code, "", f) for code, f in summary.activities_by_key_project.items()]
    if summary.major_events.count:
        rows.append(_activity_row("major", "", "", summary.major_events))
    rows += [_training_row(kind, group, f) for (kind, group), f in summary.training_matrix.items()]
    rows += [
        {"dimension": "stock", "key": code, "value": value, "not_applicable": value is None}
        for code, value in stock_figures(payload, reference).items()
    ]
    return rows


def store_figures(session: Session, return_id: uuid.UUID, payload: dict[str, Any], reference: ReferenceData) -> None:
    session.execute(
        insert(models.ReturnFigure), [{"return_id": return_id, **row} for row in figure_rows(payload, reference)]
    )


def summary_from_rows(unit_code: str, start: date, end: date, rows: Iterable[Sequence[Any]]) -> PeriodSummary:
    """A summary rebuilt from (dimension, key, group_code, count, participants, women, sessions, trainees,
    low_income, certified) rows, the same figure for the same cell added up."""
    matrices: dict[str, dict[Any, Any]] = {name: {} for name in (*_ACTIVITY_DIMENSIONS, "training")}
    major = ActivityFigures()
    for dimension, key, group, count, participants, women, sessions, trainees, low_income, certified in rows:
        if dimension == "major":
            major += ActivityFigures(count, participants, women)
            continue
        if dimension in _ACTIVITY_DIMENSIONS:
            cell: Any = (key, group) if dimension == "activity" else key
            figures: Any = ActivityFigures(count, participants, women)
            zero: Any = ActivityFigures()
        elif dimension == "training":
            cell = (key, group)
            figures = TrainingFigures(count, sessions, trainees, women, low_income, certified)
            zero = TrainingFigures()
        else:
            continue
        matrix = matrices[dimension]
        matrix[cell] = matrix.get(cell, zero) + figures
    return PeriodSummary(
        unit_code,
        start,
        end,
        matrices["activity"],
        matrices["training"],
        matrices["campaign"],
        matrices["key_project"],
        major,
    )
