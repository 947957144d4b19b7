"""The registers (台账) printed after a return's tables: one row per activity or training, then 合计; the headings
repeat on every page and use the field glossary of the records workbook."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from typing import Protocol

from reportlab.platypus import Flowable, Table

from kesu_desktop.base.translation import Translator
from kesu_desktop.records import fields
from kesu_desktop.records.types import Activity, Training
from kesu_desktop.reference.periods import Period
from kesu_desktop.returns.form import Cell, ReturnForm, ReturnHeader, cell_text
from kesu_desktop.returns.pdf.styles import CELL_BOLD_CENTRE, DETAIL, DETAIL_CENTRE, DETAIL_HEADING, DETAIL_RIGHT, WIDTH
from kesu_desktop.returns.pdf.text import TextBlock, TextStyle

NO_RECORDS = "本期无记录"


class Composing(Protocol):
    """What the registers need of the document being composed."""

    form: ReturnForm
    header: ReturnHeader
    tr: Translator
    form_names: dict[str, str]
    group_names: dict[str, str]
    campaign_names: dict[str, str]
    kind_names: dict[str, str]

    def text(self, text: str, style: TextStyle, *, field: str = ..., label: str = ...) -> TextBlock: ...

    def grid(
        self,
        rows: Sequence[Sequence[object]],
        widths: Sequence[float],
        *,
        header_rows: int,
        spans: Sequence[tuple[tuple[int, int], tuple[int, int]]] = ...,
    ) -> Table: ...

    def caption(self, left: str, right: str) -> Table: ...

    def figure(self, cell: Cell) -> str: ...

    def field_label(self, record_type: str, field: str) -> str: ...


def _span(start: date, end: date, period: Period) -> str:
    """When a record took place, as short as the period allows: 3月5日, 3月5日至7日, 3月30日至4月2日."""
    with_year = period.start.year != period.end.year

    def day(value: date) -> str:
        return f"{value.year}年{value.month}月{value.day}日" if with_year else f"{value.month}月{value.day}日"

    if start == end:
        return day(start)
    if (start.year, start.month) == (end.year, end.month) and not with_year:
        return f"{day(start)}至{end.day}日"
    return f"{day(start)}至{day(end)}"


def _hours(hours: Decimal | None, tr: Translator) -> str:
    return cell_text(None, tr) if hours is None else format(hours.normalize(), "f")


def register(
    c: Composing,
    caption: str,
    headings: list[str],
    widths: list[float],
    numeric_from: int,
    records: list[list[tuple[str, str, str]]],
    totals: list[str],
) -> list[Flowable]:
    """A register: a heading row repeated on every page, one row per record, then 合计 with ``totals`` under
    the figure columns. Each record cell is (text, field, label) so a missing glyph names where it is."""
    rows: list[Sequence[Flowable]] = [[c.text(heading, DETAIL_HEADING) for heading in headings]]
    spans: list[tuple[tuple[int, int], tuple[int, int]]] = []
    for record in records:
        row: list[Flowable] = []
        for column, (text, field, label) in enumerate(record):
            style = DETAIL_CENTRE if column < 2 else DETAIL_RIGHT if column >= numeric_from else DETAIL
            row.append(c.text(text, style, field=field, label=label))
        rows.append(row)
    if records:
        rows.append(
            [
                c.text("合计", CELL_BOLD_CENTRE),
                *(c.text("", DETAIL) for _ in headings[1:numeric_from]),
                *(c.text(total, DETAIL_RIGHT) for total in totals),
            ]
        )
        spans.append(((0, len(rows) - 1), (numeric_from - 1, len(rows) - 1)))
    else:
        rows.append([c.text(NO_RECORDS, DETAIL_CENTRE), *(c.text("", DETAIL) for _ in headings[1:])])
        spans.append(((0, 1), (len(headings) - 1, 1)))
    title = c.caption(caption, "")
    return [title, c.grid(rows, widths, header_rows=1, spans=spans)]


def activity_register(c: Composing) -> list[Flowable]:
    activities = list(c.form.activities)
    headings = ["序号", "日期"] + [
        c.field_label("activity", field)
        for field in (
            "title",
            "form_code",
            "target_group_codes",
            "campaign_code",
            "venue",
            "participants",
            "women",
            "volunteers",
            "materials",
        )
    ]
    fixed = [24.0, 78.0, 150.0, 90.0, 90.0, 56.0, 76.0]
    widths = fixed + [(WIDTH - sum(fixed)) / 4] * 4
    records = [activity_cells(c, number, record) for number, record in enumerate(activities, start=1)]
    caption = f"附表1　科普活动台账（{c.header.period_label}，共{len(activities)}项）"
    totals = [
        str(sum(getattr(a.data, name) or 0 for a in activities))
        for name in ("participants", "women", "volunteers", "materials")
    ]
    return register(c, caption, headings, widths, len(fixed), records, totals)


def activity_cells(c: Composing, number: int, activity: Activity) -> list[tuple[str, str, str]]:
    data = activity.data
    groups = "、".join(c.group_names.get(code, code) for code in data.target_group_codes)
    campaign = c.campaign_names.get(data.campaign_code, data.campaign_code) if data.campaign_code else ""
    texts = [
        (str(number), "form"),
        (_span(data.start_date, data.end_date, c.header.period), "start_date"),
        (data.title, "title"),
        (c.form_names.get(data.form_code, data.form_code), "form_code"),
        (groups, "target_group_codes"),
        (campaign, "campaign_code"),
        (data.venue, "venue"),
        (c.figure(data.participants), "participants"),
        (c.figure(data.women), "women"),
        (c.figure(data.volunteers), "volunteers"),
        (c.figure(data.materials), "materials"),
    ]
    return [(text, field, fields.LABELS.get(field, "报表")) for text, field in texts]


def training_register(c: Composing) -> list[Flowable]:
    trainings = list(c.form.trainings)
    headings = ["序号", "日期"] + [
        c.field_label("training", field)
        for field in (
            "title",
            "kind_code",
            "target_group_code",
            "venue",
            "organisation",
            "sessions",
            "trainees",
            "women",
            "low_income",
            "certified",
            "hours",
        )
    ]
    fixed = [24.0, 78.0, 124.0, 80.0, 56.0, 72.0, 72.0]
    widths = fixed + [(WIDTH - sum(fixed)) / 6] * 6
    records = [training_cells(c, number, record) for number, record in enumerate(trainings, start=1)]
    caption = f"附表2　培训台账（{c.header.period_label}，共{len(trainings)}项）"
    totals = [
        str(sum(getattr(t.data, name) or 0 for t in trainings))
        for name in ("sessions", "trainees", "women", "low_income", "certified")
    ]
    hours = sum((t.data.hours for t in trainings if t.data.hours is not None), start=Decimal(0))
    totals.append(_hours(hours, c.tr))
    return register(c, caption, headings, widths, len(fixed), records, totals)


def training_cells(c: Composing, number: int, training: Training) -> list[tuple[str, str, str]]:
    data = training.data
    texts = [
        (str(number), "form"),
        (_span(data.start_date, data.end_date, c.header.period), "start_date"),
        (data.title, "title"),
        (c.kind_names.get(data.kind_code, data.kind_code), "kind_code"),
        (c.group_names.get(data.target_group_code, data.target_group_code), "target_group_code"),
        (data.venue, "venue"),
        (data.organisation, "organisation"),
        (c.figure(data.sessions), "sessions"),
        (c.figure(data.trainees), "trainees"),
        (c.figure(data.women), "women"),
        (c.figure(data.low_income), "low_income"),
        (c.figure(data.certified), "certified"),
        (_hours(data.hours, c.tr), "hours"),
    ]
    return [(text, field, fields.LABELS.get(field, "报表")) for text, field in texts]
