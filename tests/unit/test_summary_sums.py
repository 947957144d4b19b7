"""Summaries add up as their records do: two periods' summaries added are the summary of both periods' records
together (every cell of the matrices, campaigns, key projects and major events), over the span of both; a
summary's figures by target group and by kind are the sums of its records'. The county adds the summaries of
months into quarters and years, so this is what keeps its totals equal to the records'."""

from __future__ import annotations

from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.returns.aggregation import ActivityFigures, TrainingFigures, summarise_records

DAY = date(2025, 3, 2)
FIGURES = st.none() | st.integers(0, 2_000)
ACTIVITIES = st.builds(
    lambda form, groups, campaign, project, people, women: ActivityInput(
        "活动", DAY, DAY, form, groups, campaign, project, participants=people, women=women
    ),
    st.sampled_from(["lecture", "exhibition", "contest"]),
    st.lists(st.sampled_from(["youth", "farmers", "elderly"]), min_size=1, max_size=2, unique=True).map(tuple),
    st.none() | st.sampled_from(["science_week", "ecology_day"]),
    st.none() | st.sampled_from(["infrastructure", "media"]),
    FIGURES,
    FIGURES,
)
TRAININGS = st.builds(
    lambda kind, group, sessions, trainees, women, low, certified: TrainingInput(
        "培训",
        DAY,
        DAY,
        kind,
        group,
        sessions=sessions,
        trainees=trainees,
        women=women,
        low_income=low,
        certified=certified,
    ),
    st.sampled_from(["high_quality_farmer", "cadre"]),
    st.sampled_from(["farmers", "cadres", "workers"]),
    FIGURES,
    FIGURES,
    FIGURES,
    FIGURES,
    FIGURES,
)
RECORDS = st.tuples(st.lists(ACTIVITIES, max_size=6), st.lists(TRAININGS, max_size=6))


@given(RECORDS, RECORDS, st.none() | st.integers(0, 2_000))
def test_two_summaries_added_are_the_summary_of_their_records_together(first, second, major_from):
    march = summarise_records("141023101", date(2025, 3, 1), date(2025, 3, 31), *first, major_from=major_from)
    april = summarise_records("141023101", date(2025, 4, 1), date(2025, 4, 30), *second, major_from=major_from)
    both = summarise_records(
        "141023101",
        date(2025, 3, 1),
        date(2025, 4, 30),
        first[0] + second[0],
        first[1] + second[1],
        major_from=major_from,
    )
    added = march + april
    assert (added.unit_code, added.start, added.end) == ("141023101", date(2025, 3, 1), date(2025, 4, 30))
    empty = (ActivityFigures(), TrainingFigures())
    for name in ("activity_matrix", "training_matrix", "activities_by_campaign", "activities_by_key_project"):
        ours, theirs = getattr(added, name), getattr(both, name)
        assert {key: value for key, value in ours.items() if value not in empty} == {
            key: value for key, value in theirs.items() if value not in empty
        }, name
    assert added.major_events == both.major_events
    assert added.trainings_by_group() == both.trainings_by_group()
    assert (april + march).activities_total() == both.activities_total()


def test_summaries_of_two_units_added_belong_to_no_unit():
    one = summarise_records("141023101", DAY, DAY, [], [])
    other = summarise_records("141023102", DAY, DAY, [], [])
    assert (one + other).unit_code == ""


@given(st.lists(TRAININGS, max_size=8))
def test_trainings_by_group_are_the_sums_of_each_groups_trainings(trainings):
    summary = summarise_records("141023101", DAY, DAY, [], trainings)
    for group in ("farmers", "cadres", "workers"):
        mine = [t for t in trainings if t.target_group_code == group]
        figures = summary.trainings_by_group().get(group, TrainingFigures())
        assert figures.count == len(mine)
        assert figures.trainees == sum(t.trainees or 0 for t in mine)
        assert figures.sessions == sum(t.sessions or 0 for t in mine)
        assert figures.women == sum(t.women or 0 for t in mine)
        assert figures.low_income == sum(t.low_income or 0 for t in mine)
        assert figures.certified == sum(t.certified or 0 for t in mine)


def test_figures_not_filled_in_count_as_nothing_and_major_events_start_at_the_threshold():
    def lecture(participants: int | None) -> ActivityInput:
        return ActivityInput("讲座", DAY, DAY, "lecture", ("youth",), participants=participants)

    records = [lecture(None), lecture(0), lecture(999), lecture(1000), lecture(1001)]
    summary = summarise_records("141023101", DAY, DAY, records, [], major_from=1000)
    assert summary.activities_total() == ActivityFigures(5, 999 + 1000 + 1001, 0)
    assert summary.major_events == ActivityFigures(2, 1000 + 1001, 0)


def test_activities_count_under_their_key_project_and_campaign_and_those_without_under_none():
    def talk(project: str | None, campaign: str | None, participants: int) -> ActivityInput:
        return ActivityInput("报告", DAY, DAY, "lecture", ("youth",), campaign, project, participants=participants)

    records = [talk("media", "science_week", 10), talk("media", None, 20), talk(None, "science_week", 40)]
    summary = summarise_records("141023101", DAY, DAY, records, [])
    assert summary.activities_by_key_project == {"media": ActivityFigures(2, 30, 0)}
    assert summary.activities_by_campaign == {"science_week": ActivityFigures(2, 50, 0)}
