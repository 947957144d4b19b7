"""The Activities and Trainings pages: a year's records of this unit, with the year's totals.

One page class, configured by :func:`activities_page` and :func:`trainings_page` with the columns, the service
that loads the rows and the wording of the totals.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from typing import Any

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QHeaderView, QLabel, QTableView, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from kesu_desktop.records import Activity, Training, list_activities, list_trainings
from ui.i18n import translate
from ui.record_table import Column, RecordTableModel
from ui.state import AppState

YEARS_SHOWN = 6

Loader = Callable[[Session, str, date, date], Sequence[Any]]


class RecordsPage(QWidget):
    def __init__(
        self,
        state: AppState,
        title: str,
        columns: Sequence[Column[Any]],
        load: Loader,
        describe_totals: Callable[[Sequence[Any]], str],
        today: date | None = None,
    ) -> None:
        super().__init__()
        self.state = state
        self.load = load
        self.describe_totals = describe_totals
        this_year = (today or date.today()).year
        heading = QLabel(title)
        heading.setObjectName("pageTitle")
        self.year = QComboBox()
        for year in range(this_year, this_year - YEARS_SHOWN, -1):
            self.year.addItem(str(year), year)
        self.year.currentIndexChanged.connect(self.refresh)
        year_label = QLabel(translate("Records", "&Year:"))
        year_label.setBuddy(self.year)
        self.totals = QLabel()
        self.model: RecordTableModel[Any] = RecordTableModel(columns)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        top = QHBoxLayout()
        top.addWidget(heading)
        top.addStretch()
        top.addWidget(year_label)
        top.addWidget(self.year)
        note = QLabel(translate("Records", "Entering and editing records by hand comes with the next update."))
        note.setObjectName("hint")
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.table)
        layout.addWidget(self.totals)
        layout.addWidget(note)

    def refresh(self) -> None:
        year = int(self.year.currentData())
        with self.state.store.reading() as session:
            rows = self.load(session, self.state.installation.setup.unit_code, date(year, 1, 1), date(year, 12, 31))
        self.model.set_rows(rows)
        self.totals.setText(self.describe_totals(rows))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 - Qt override
        self.refresh()
        super().showEvent(event)


def _names(items: dict[str, str], codes: Sequence[str]) -> str:
    return "、".join(items.get(code, code) for code in codes)


def activities_page(state: AppState, today: date | None = None) -> RecordsPage:
    lang = state.language
    forms = {f.code: f.name(lang) for f in state.reference.activity_forms}
    groups = {g.code: g.name(lang) for g in state.reference.target_groups}
    campaigns = {c.code: c.name(lang) for c in state.reference.campaigns}
    columns: list[Column[Activity]] = [
        Column(translate("Records", "Date"), lambda a: a.data.start_date.isoformat()),
        Column(translate("Records", "Title"), lambda a: a.data.title),
        Column(translate("Records", "Form"), lambda a: forms.get(a.data.form_code)),
        Column(translate("Records", "Target groups"), lambda a: _names(groups, a.data.target_group_codes)),
        Column(translate("Records", "Campaign"), lambda a: campaigns.get(a.data.campaign_code or "")),
        Column(translate("Records", "Person-times"), lambda a: a.data.participants, numeric=True),
        Column(translate("Records", "Women"), lambda a: a.data.women, numeric=True),
    ]

    def totals(rows: Sequence[Activity]) -> str:
        people = sum(row.data.participants or 0 for row in rows)
        return translate("Records", "{count} activities, {people} person-times").format(count=len(rows), people=people)

    return RecordsPage(state, translate("Records", "Activities"), columns, list_activities, totals, today)


def trainings_page(state: AppState, today: date | None = None) -> RecordsPage:
    lang = state.language
    kinds = {k.code: k.name(lang) for k in state.reference.training_kinds}
    groups = {g.code: g.name(lang) for g in state.reference.target_groups}
    columns: list[Column[Training]] = [
        Column(translate("Records", "Date"), lambda t: t.data.start_date.isoformat()),
        Column(translate("Records", "Title"), lambda t: t.data.title),
        Column(translate("Records", "Training kind"), lambda t: kinds.get(t.data.kind_code)),
        Column(translate("Records", "Target group"), lambda t: groups.get(t.data.target_group_code)),
        Column(translate("Records", "Sessions"), lambda t: t.data.sessions, numeric=True),
        Column(translate("Records", "Trainees"), lambda t: t.data.trainees, numeric=True),
        Column(translate("Records", "Women"), lambda t: t.data.women, numeric=True),
        Column(translate("Records", "Certified"), lambda t: t.data.certified, numeric=True),
    ]

    def totals(rows: Sequence[Training]) -> str:
        people = sum(row.data.trainees or 0 for row in rows)
        return translate("Records", "{count} trainings, {people} trainees (person-times)").format(
            count=len(rows), people=people
        )

    return RecordsPage(state, translate("Records", "Trainings"), columns, list_trainings, totals, today)
