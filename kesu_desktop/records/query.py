"""Finding records for the lists: filter (period, form, group, campaign, kind, free text, bin), sort, page,
and the totals of everything the filter matches.

Lists load page by page (:func:`page`), so 100,000 records stay fluent; the totals come from one aggregate
query over the same filter, so they always describe exactly the rows the list can show. An export reads every
match in one ordered pass (:func:`in_date_order`).
"""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from dataclasses import dataclass, fields
from datetime import date
from typing import Any, TypeVar

from sqlalchemy import Integer, Select, and_, column, func, literal_column, or_, select, table
from sqlalchemy.orm import Session

from db import models
from kesu_desktop.records.types import (
    RECORD_TYPES,
    Activity,
    ActivityInput,
    Training,
    TrainingInput,
    activity_from_row,
    training_from_row,
)

PAGE_SIZE = 200
TRIGRAM = 3  # the trigram tables find runs of at least this many characters
PAIR = 2  # the pair tables find runs of two, unless one is an ASCII space or mark (their tokenizer splits there)
S = TypeVar("S", bound="Select[*tuple[Any, ...]]")


@dataclass(frozen=True)
class RecordFilter:
    """What the list shows. Empty values do not filter; ``in_bin`` shows deleted records instead of live ones."""

    record_type: str
    unit_code: str
    start: date | None = None
    end: date | None = None
    form_code: str | None = None
    target_group_code: str | None = None
    campaign_code: str | None = None
    kind_code: str | None = None
    text: str = ""
    in_bin: bool = False

    def __post_init__(self) -> None:
        if self.record_type not in RECORD_TYPES:
            raise ValueError(self.record_type)


@dataclass(frozen=True)
class Totals:
    """Count and summed figures of the matching rows (figures not filled in count as nothing)."""

    count: int
    figures: dict[str, int]


SORTABLE = {
    "activity": ("start_date", "title", "form_code", "campaign_code", "participants", "women", "volunteers", "venue"),
    "training": ("start_date", "title", "kind_code", "target_group_code", "sessions", "trainees", "women", "certified"),
}
SUMMED = {
    "activity": ("participants", "women", "volunteers", "materials"),
    "training": ("sessions", "trainees", "women", "low_income", "certified"),
}


def _model(record_type: str) -> Any:
    return models.Activity if record_type == "activity" else models.Training


def _where(statement: S, flt: RecordFilter, *, whole: bool = False) -> S:
    """``statement`` narrowed to the records ``flt`` matches; ``whole`` when it reads every match (the totals),
    not the first page of them."""
    model = _model(flt.record_type)
    statement = statement.where(model.unit_code == flt.unit_code)
    statement = statement.where(model.deleted_at.is_not(None) if flt.in_bin else model.deleted_at.is_(None))
    if flt.start is not None:
        statement = statement.where(model.start_date >= flt.start)
    if flt.end is not None:
        statement = statement.where(model.start_date <= flt.end)
    if flt.record_type == "activity":
        if flt.form_code:
            statement = statement.where(model.form_code == flt.form_code)
        if flt.campaign_code:
            statement = statement.where(model.campaign_code == flt.campaign_code)
        if flt.target_group_code:
            statement = statement.where(
                model.target_groups.any(models.ActivityTargetGroup.target_group_code == flt.target_group_code)
            )
    else:
        if flt.kind_code:
            statement = statement.where(model.kind_code == flt.kind_code)
        if flt.target_group_code:
            statement = statement.where(model.target_group_code == flt.target_group_code)
    text = flt.text.strip()
    if text:
        if len(text) >= TRIGRAM:
            return statement.where(_found(flt.record_type, "search", text))
        if len(text) == PAIR and all(not char.isascii() or char.isalnum() for char in text):
            return statement.where(_found(flt.record_type, "pairs_search", text))
        if whole:
            # Every record is read anyway: in one pass over the table, then its matches looked up by rowid (the
            # index in list order would fetch every row from the table on its own).
            scanned = model.__table__.alias("scanned")
            holding: Select[Any] = select(literal_column("scanned.rowid")).where(
                _holds(scanned.c, flt.record_type, text)
            )
            return statement.where(literal_column(f"{model.__tablename__}.rowid").in_(holding))
        statement = statement.where(_holds(model, flt.record_type, text))
    return statement


def _holds(columns: Any, record_type: str, text: str) -> Any:
    """Whether the title, venue, notes or organiser (organisation) of a record holds ``text``."""
    searched = [columns.title, columns.venue, columns.notes]
    searched.append(columns.organiser if record_type == "activity" else columns.organisation)
    return or_(*(column.contains(text, autoescape=True) for column in searched))


def _found(record_type: str, kind: str, text: str) -> Any:
    """The records whose search table holds ``text`` in one of its columns, as ``LIKE '%text%'`` finds them but
    through an index: the trigram table (``search``, migration 0009; it folds the case of every alphabet, where
    ``LIKE`` folds ASCII only) or the pair table (``pairs_search``, migration 0012; ASCII case, as ``LIKE``)."""
    model = _model(record_type)
    search = table(f"{model.__tablename__}_{kind}", column("rowid"))
    phrase = '"' + text.replace('"', '""') + '"'
    matching = select(search.c.rowid).where(literal_column(search.name).op("MATCH")(phrase))
    return literal_column(f"{model.__tablename__}.rowid").in_(matching)


def page(
    session: Session,
    flt: RecordFilter,
    *,
    sort: str = "start_date",
    descending: bool = True,
    offset: int = 0,
    limit: int = PAGE_SIZE,
    after: Activity | Training | None = None,
) -> list[Activity] | list[Training]:
    """One page of matching records in the asked order (ties broken by id, so pages never overlap): from
    ``offset``, or the records that come after ``after`` (the last of the page before: a keyset, so reading
    every page in turn costs one pass, not one sort a page)."""
    if sort not in SORTABLE[flt.record_type]:
        raise ValueError(sort)
    model = _model(flt.record_type)
    column = getattr(model, sort)
    order = [column.desc() if descending else column.asc(), model.id]
    # Plain rows, not ORM objects: a page of 200 is read in a third of the time.
    statement = _where(select(*model.__table__.columns), flt)
    if after is not None:
        statement = statement.where(_beyond(column, model.id, getattr(after.data, sort), after.meta.id, descending))
    rows = session.execute(statement.order_by(*order).offset(offset).limit(limit)).all()
    if flt.record_type == "activity":
        groups = _target_groups(session, [row.id for row in rows])
        return [activity_from_row(row, groups.get(row.id, ())) for row in rows]
    return [training_from_row(row) for row in rows]


def in_date_order(
    session: Session, flt: RecordFilter, *, batch: int = 1000
) -> Iterator[tuple[uuid.UUID, ActivityInput | TrainingInput]]:
    """Every record ``flt`` matches, oldest first (ties by id), with its id: one ordered pass over the list's
    index however many there are, read ``batch`` rows at a time, without the times a list shows."""
    model = _model(flt.record_type)
    kind = ActivityInput if flt.record_type == "activity" else TrainingInput
    names = [entry.name for entry in fields(kind) if entry.name != "target_group_codes"]
    order = (model.start_date, model.id)
    rowid = literal_column(f"{model.__tablename__}.rowid", Integer)
    statement = _where(select(rowid, model.id, *(getattr(model, name) for name in names)), flt).order_by(*order)
    rows = session.execute(statement.execution_options(yield_per=batch))
    if kind is TrainingInput:
        for _rowid, record_id, *values in rows:
            yield record_id, TrainingInput(**dict(zip(names, values, strict=True)))
        return
    # The target groups in the same order, matched to their activity by rowid (an integer: no id to convert).
    link = models.ActivityTargetGroup
    linked = _where(select(rowid, link.target_group_code).join(model, model.id == link.activity_id), flt)
    links = iter(session.execute(linked.order_by(*order, link.position).execution_options(yield_per=batch)))
    pending = next(links, None)
    for number, record_id, *values in rows:
        codes = []
        while pending is not None and pending[0] == number:
            codes.append(pending[1])
            pending = next(links, None)
        yield record_id, ActivityInput(**dict(zip(names, values, strict=True)), target_group_codes=tuple(codes))


def _target_groups(session: Session, activity_ids: list[uuid.UUID]) -> dict[uuid.UUID, tuple[str, ...]]:
    """Each activity's target groups, main group first."""
    link = models.ActivityTargetGroup
    found: dict[uuid.UUID, list[str]] = {}
    statement = (
        select(link.activity_id, link.target_group_code)
        .where(link.activity_id.in_(activity_ids))
        .order_by(link.activity_id, link.position)
    )
    for activity_id, code in session.execute(statement):
        found.setdefault(activity_id, []).append(code)
    return {activity_id: tuple(codes) for activity_id, codes in found.items()}


def _beyond(column: Any, id_column: Any, value: object, last_id: uuid.UUID, descending: bool) -> Any:
    """The rows that sort after (``value``, ``last_id``) by column then id, as SQLite orders them: empty values
    first when ascending, last when descending."""
    tie = and_(column.is_(None) if value is None else column == value, id_column > last_id)
    if value is None:
        return or_(tie, column.is_not(None)) if not descending else tie
    if descending:
        return or_(column < value, column.is_(None), tie)
    return or_(column > value, tie)


def totals(session: Session, flt: RecordFilter) -> Totals:
    model = _model(flt.record_type)
    summed = SUMMED[flt.record_type]
    statement = _where(
        select(func.count(model.id), *(func.coalesce(func.sum(getattr(model, name)), 0) for name in summed)),
        flt,
        whole=True,
    )
    count, *sums = session.execute(statement).one()
    return Totals(int(count), {name: int(value) for name, value in zip(summed, sums, strict=True)})


def ids_matching(session: Session, flt: RecordFilter) -> list[uuid.UUID]:
    """The ids of all matching records, for acting on a whole filtered list."""
    model = _model(flt.record_type)
    return list(session.scalars(_where(select(model.id), flt, whole=True)))
