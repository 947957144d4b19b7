"""The lists' free-text search: what the search tables (FTS5: trigrams, and pairs for two characters) find is
exactly what a look at every record's title, venue, organiser or organisation and notes finds, through additions,
changes, the bin and hard deletions; and ``check`` notices a search table or trigger that no longer matches the
records."""

from __future__ import annotations

import sqlite3
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, event

from db import models
from db.sqlite import rebuild_search_index
from kesu_desktop.records.query import RecordFilter, page, totals
from kesu_desktop.records.service import add_activity, add_training, delete_record, update_activity
from kesu_desktop.records.types import TrainingInput
from kesu_desktop.store.integrity import check_store
from tests.conftest import UNIT_CODE
from tests.unit.test_record_query import BASE

TRAINING = TrainingInput(
    title="电商培训",
    start_date=date(2025, 2, 1),
    end_date=date(2025, 2, 2),
    kind_code="rural_ecommerce",
    target_group_code="farmers",
    sessions=1,
    trainees=30,
)
# Few letters, so that drawn texts share runs often; ASCII of both cases (LIKE folds ASCII case), LIKE's and
# FTS5's special characters.
LETTERS = '科普讲座老年人防诈骗aA%_" '


def _found(session, record_type: str, text: str) -> set[str]:
    flt = RecordFilter(record_type, UNIT_CODE, text=text)
    titles = {record.data.title for record in page(session, flt, limit=10_000)}
    assert totals(session, flt).count == len(titles)
    return titles


def _holds(text: str, *fields: str) -> bool:
    return any(text.strip().lower() in field.lower() for field in fields)


@pytest.fixture(scope="module")
def searching_store(tmp_path_factory):
    """One store for every example of the property test; each example's records are rolled back."""
    from kesu_desktop.base.paths import DataDir
    from kesu_desktop.store.installation import Setup, save_installation
    from kesu_desktop.store.startup import prepare_store

    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("search")))
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)
    yield store, reference
    store.close()


@settings(max_examples=60, deadline=None)
@given(
    records=st.lists(
        st.tuples(
            st.text(LETTERS, min_size=1, max_size=12), st.text(LETTERS, max_size=8), st.text(LETTERS, max_size=8)
        ),
        min_size=1,
        max_size=6,
    ),
    query=st.text(LETTERS, min_size=1, max_size=5),
)
def test_the_search_finds_exactly_the_records_holding_the_text(searching_store, records, query):
    store, reference = searching_store
    session = store.sessions()
    try:
        expected = set()
        for number, (title, venue, notes) in enumerate(records):
            data = replace(BASE, title=f"{number}#{title}", venue=venue, notes=notes)
            stored = add_activity(session, UNIT_CODE, data, reference, actor="a").data  # as validation keeps it
            if _holds(query, stored.title, stored.venue, stored.notes, stored.organiser):
                expected.add(stored.title)
        session.flush()
        if query.strip():
            assert _found(session, "activity", query) == expected
    finally:
        session.rollback()
        session.close()


def test_a_changed_record_is_found_by_its_new_words_only(unit_store, reference):
    with unit_store.transaction() as session:
        record = add_activity(session, UNIT_CODE, replace(BASE, title="防诈骗知识讲座"), reference, actor="a")
    with unit_store.transaction() as session:
        update_activity(session, record.meta.id, replace(BASE, title="智能手机使用课堂"), reference, actor="a")
    with unit_store.reading() as session:
        assert _found(session, "activity", "防诈骗") == set()
        assert _found(session, "activity", "智能手机") == {"智能手机使用课堂"}


def test_the_bin_and_a_hard_deletion_leave_the_search_true(unit_store, reference):
    with unit_store.transaction() as session:
        binned = add_activity(session, UNIT_CODE, replace(BASE, title="垃圾分类宣传"), reference, actor="a")
        gone = add_activity(session, UNIT_CODE, replace(BASE, title="垃圾分类讲座"), reference, actor="a")
        add_training(session, UNIT_CODE, replace(TRAINING, organisation="县农业农村局"), reference, actor="a")
    with unit_store.transaction() as session:
        delete_record(session, "activity", binned.meta.id, actor="a")
        session.execute(delete(models.Activity).where(models.Activity.id == gone.meta.id))
    with unit_store.reading() as session:
        assert _found(session, "activity", "垃圾分类") == set()
        bin_filter = RecordFilter("activity", UNIT_CODE, text="垃圾分类", in_bin=True)
        assert [record.data.title for record in page(session, bin_filter)] == ["垃圾分类宣传"]
        assert _found(session, "training", "农业农村") == {"电商培训"}
    assert check_store(unit_store).ok


def _statements(store) -> list[str]:
    """The statements the store sends from now on (a list that fills as it runs)."""
    sent: list[str] = []
    event.listen(store.engine, "before_cursor_execute", lambda _c, _k, statement, *_rest: sent.append(statement))
    return sent


def test_a_two_character_search_is_looked_up_in_the_pair_tables(unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, replace(BASE, title="敬老院健康讲座"), reference, actor="a")
        add_activity(
            session, UNIT_CODE, replace(BASE, title="老年人防诈骗", venue="敬 老", notes="老敬"), reference, actor="a"
        )
        add_training(session, UNIT_CODE, replace(TRAINING, notes="Ab"), reference, actor="a")
    sent = _statements(unit_store)
    with unit_store.reading() as session:
        assert _found(session, "activity", "敬老") == {"敬老院健康讲座"}
        assert _found(session, "training", "aB") == {"电商培训"}  # ASCII case folded, as LIKE folds it
    assert sent and all("LIKE" not in statement for statement in sent)
    assert sum("_pairs_search MATCH" in statement for statement in sent) == 4  # each list's page and totals


def test_a_pair_holding_an_ascii_space_or_mark_is_looked_for_record_by_record(unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, replace(BASE, title="满意度95%以上"), reference, actor="a")
    sent = _statements(unit_store)
    with unit_store.reading() as session:
        assert _found(session, "activity", "5%") == {"满意度95%以上"}
    assert all("MATCH" not in statement for statement in sent)


def test_a_pair_table_filled_anew_finds_what_it_found(unit_store, reference):
    with unit_store.transaction() as session:
        kept = add_activity(session, UNIT_CODE, replace(BASE, title="敬老院健康讲座"), reference, actor="a")
        changed = add_activity(session, UNIT_CODE, replace(BASE, title="敬老爱老"), reference, actor="a")
    with unit_store.transaction() as session:
        update_activity(session, changed.meta.id, replace(BASE, title="爱老助老"), reference, actor="a")
    with unit_store.engine.begin() as connection:
        rebuild_search_index(connection, "activity_pairs_search")
    with unit_store.reading() as session:
        assert _found(session, "activity", "敬老") == {kept.data.title}
        assert _found(session, "activity", "助老") == {"爱老助老"}
    assert check_store(unit_store).ok


def _raw(store) -> sqlite3.Connection:
    return sqlite3.connect(store.engine.url.database)


@pytest.mark.parametrize("trigger", ["activity_search_update", "training_pairs_search_delete"])
def test_check_reports_a_search_trigger_dropped_outside_kesu(unit_store, trigger):
    connection = _raw(unit_store)
    with connection:
        connection.execute(f"DROP TRIGGER {trigger}")
    connection.close()
    messages = [problem.template for problem in check_store(unit_store).problems]
    assert len(messages) == 1 and trigger in str(check_store(unit_store).problems[0].values)
    assert "search of the record lists" in messages[0]


def test_check_reports_a_search_index_that_no_longer_matches_the_records(unit_store, reference):
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, replace(BASE, title="垃圾分类宣传"), reference, actor="a")
    connection = _raw(unit_store)
    with connection:
        connection.execute("DROP TRIGGER activity_search_update")
        connection.execute("UPDATE activity SET title = '改过的标题'")  # the index still holds the old words
    connection.close()
    problems = check_store(unit_store).problems
    assert any(problem.values == {"name": "activity_search"} for problem in problems)
