"""The figures of the signed return, against totals computed independently here from the records drawn.

Hypothesis draws activities and trainings around a month — on its first and last days, just outside it, in the
bin, of another unit — stores them through the services, builds the month's return, and every figure of
Tables 1–3 must equal what this file computes from the drawn records alone (no code of the app's aggregation is
used for the expected side). The county's recomputation from the payload must agree too.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.service import add_activity, add_training, delete_record
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.reference.periods import month_period
from kesu_desktop.returns.aggregation import ActivityFigures, TrainingFigures, summarise_records
from kesu_desktop.returns.assemble import build_return_form
from kesu_desktop.returns.formats import CURRENT_FORMAT, return_format
from kesu_desktop.returns.ledger import next_identity
from kesu_desktop.returns.manifest import build_payload
from kesu_desktop.returns.recompute import table_differences
from kesu_desktop.store.installation import Setup, read_installation, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE, examples, give_retired_form

MONTH = month_period(2025, 6)
OTHER_UNIT = "141023102"
DAYS = st.sampled_from(
    [MONTH.start - timedelta(days=1), MONTH.start, date(2025, 6, 15), MONTH.end, MONTH.end + timedelta(days=1)]
)


@dataclass(frozen=True)
class Drawn:
    record: ActivityInput | TrainingInput
    unit: str
    deleted: bool

    def counts(self) -> bool:
        return self.unit == UNIT_CODE and not self.deleted and MONTH.start <= self.record.start_date <= MONTH.end


@pytest.fixture(scope="module")
def world(tmp_path_factory):
    """One demo store (so each example may clear the records), with the codes the strategies draw from."""
    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("totals")))
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="测试"), reference, is_demo=True)
    yield store, reference
    store.close()


def _activities(reference) -> st.SearchStrategy[ActivityInput]:
    forms = [item.code for item in reference.activity_forms]
    groups = [item.code for item in reference.target_groups]
    campaigns = [None, *(item.code for item in reference.campaigns)]

    def build(day, form, chosen, people, women, campaign) -> ActivityInput:
        return ActivityInput(
            title=f"活动{people}",
            start_date=day,
            end_date=day,
            form_code=form,
            target_group_codes=tuple(chosen),
            campaign_code=campaign,
            participants=people,
            women=None if women is None else min(women, people),
        )

    return st.builds(
        build,
        DAYS,
        st.sampled_from(forms),
        st.lists(st.sampled_from(groups), min_size=1, max_size=3, unique=True),
        st.integers(0, 3000) | st.sampled_from((999, 1000, 1001)),  # about the major events' minimum too
        st.none() | st.integers(0, 3000),
        st.sampled_from(campaigns),
    )


def _trainings(reference) -> st.SearchStrategy[TrainingInput]:
    kinds = [item.code for item in reference.training_kinds]
    groups = [item.code for item in reference.target_groups]

    def build(day, kind, group, sessions, trainees, women, certified) -> TrainingInput:
        return TrainingInput(
            title=f"培训{trainees}",
            start_date=day,
            end_date=day,
            kind_code=kind,
            target_group_code=group,
            sessions=sessions,
            trainees=trainees,
            women=None if women is None else min(women, trainees),
            certified=None if certified is None else min(certified, trainees),
        )

    return st.builds(
        build,
        DAYS,
        st.sampled_from(kinds),
        st.sampled_from(groups),
        st.integers(0, 20),
        st.integers(0, 2000),
        st.none() | st.integers(0, 2000),
        st.none() | st.integers(0, 2000),
    )


def _drawn(strategy) -> st.SearchStrategy[Drawn]:
    return st.builds(Drawn, strategy, st.sampled_from([UNIT_CODE, UNIT_CODE, OTHER_UNIT]), st.booleans())


def _store_all(store, reference, drawn: list[Drawn]) -> None:
    with store.engine.begin() as connection:
        for table in ("activity_target_group", "activity", "training", "change_log"):
            connection.exec_driver_sql(f"DELETE FROM {table}")
    with store.transaction() as session:
        for item in drawn:
            if isinstance(item.record, ActivityInput):
                retired = item.record.form_code not in {f.code for f in reference.choosable_activity_forms()}
                entered = replace(item.record, form_code="other") if retired else item.record
                stored = add_activity(session, item.unit, entered, reference, actor="测试")
                if retired:  # as a record entered with an older release has it
                    give_retired_form(session, stored.meta.id, item.record.form_code)
                kind = "activity"
            else:
                stored = add_training(session, item.unit, item.record, reference, actor="测试")
                kind = "training"
            if item.deleted:
                delete_record(session, kind, stored.meta.id, actor="测试")


def _sums(records, *fields: str) -> tuple[int, ...]:
    return tuple(sum(getattr(record, name) or 0 for record in records) for name in fields)


@settings(
    max_examples=examples(120), deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large]
)
@given(data=st.data())
def test_the_returns_figures_are_the_records_totals(world, data: st.DataObject):
    store, reference = world
    drawn = data.draw(
        st.lists(_drawn(_activities(reference)), max_size=10) | st.just([]), label="activities"
    ) + data.draw(st.lists(_drawn(_trainings(reference)), max_size=6), label="trainings")
    _store_all(store, reference, drawn)
    with store.reading() as session:
        installation = read_installation(session)
        assert installation is not None
        form = build_return_form(session, reference, installation, MONTH, Translator("zh_CN"))
        payload = build_payload(form, next_identity(session, UNIT_CODE, MONTH.code, installation.installation_id))
    activities = [d.record for d in drawn if d.counts() and isinstance(d.record, ActivityInput)]
    trainings = [d.record for d in drawn if d.counts() and isinstance(d.record, TrainingInput)]
    table_1, table_2, table_3 = ({row.code: row.cells for row in table.rows} for table in form.tables[:3])

    assert table_1["01"][:3] == (len(activities), *_sums(activities, "participants", "women"))
    for index, group in enumerate(reference.target_groups):
        mine = [a for a in activities if a.target_group_codes[0] == group.code]
        assert table_1["01"][3 + 2 * index : 5 + 2 * index] == (len(mine), *_sums(mine, "participants"))
    for number, kind in enumerate(reference.activity_forms, start=2):
        mine = [a for a in activities if a.form_code == kind.code]
        assert table_1[f"{number:02d}"][:3] == (len(mine), *_sums(mine, "participants", "women"))

    fmt = return_format(CURRENT_FORMAT)
    row_of = {item.code: item.national_row for item in reference.activity_forms}
    national = []
    for row in fmt.national_rows:
        mine = [a for a in activities if row_of[a.form_code] == row.code]
        held, people = len(mine), sum(a.participants or 0 for a in mine)
        if row.code == "practical_training":
            held += sum(t.sessions or 0 for t in trainings)
            people += sum(t.trainees or 0 for t in trainings)
        national.append((held, people))
    assert table_2["01"] == (sum(h for h, _ in national), sum(p for _, p in national))
    assert [table_2[f"{number:02d}"] for number in range(2, 2 + len(national))] == national
    week = [a for a in activities if a.campaign_code == "science_week"]
    minimum = fmt.major_event_min_participants
    assert minimum is not None
    major = [a for a in activities if (a.participants or 0) >= minimum]
    assert table_2[f"{len(national) + 2:02d}"] == (len(week), *_sums(week, "participants"))
    assert table_2[f"{len(national) + 3:02d}"] == (len(major), *_sums(major, "participants"))

    fields = ("sessions", "trainees", "women", "low_income", "certified")
    assert table_3["01"] == _sums(trainings, *fields)
    for number, kind in enumerate(reference.training_kinds, start=2):
        assert table_3[f"{number:02d}"] == _sums([t for t in trainings if t.kind_code == kind.code], *fields)

    assert len(payload["activities"]) == len(activities) and len(payload["trainings"]) == len(trainings)
    assert table_differences(payload, reference) == []


def test_the_aggregation_adds_up_repeated_campaigns_and_counts_trainings():
    day = MONTH.start
    lectures = [
        ActivityInput(
            title=f"讲座{number}",
            start_date=day,
            end_date=day,
            form_code="lecture",
            target_group_codes=("youth",),
            campaign_code="science_week",
            participants=100 * number,
            women=10 * number,
        )
        for number in (1, 2, 3)
    ]
    training = TrainingInput(
        title="培训",
        start_date=day,
        end_date=day,
        kind_code="cadre",
        target_group_code="cadres",
        sessions=2,
        trainees=40,
    )
    summary = summarise_records(UNIT_CODE, MONTH.start, MONTH.end, lectures, [training, training])
    assert summary.activities_by_campaign["science_week"] == ActivityFigures(3, 600, 60)
    assert summary.trainings_by_kind()["cadre"] == TrainingFigures(2, 4, 80, 0, 0, 0)
    assert summary.trainings_total().count == 2
    assert summary.activities_total() == ActivityFigures(3, 600, 60)
