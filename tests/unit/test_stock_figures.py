"""Period-end figures: the three states (number, not applicable, not filled in) stay apart, checks refuse
without writing, and every change lands in the change history; an earlier month's figures are suggested, not
stored, for the month being reported."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kesu_desktop.base.errors import ValidationError
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.figures import (
    NOT_APPLICABLE,
    Suggestion,
    carried_over,
    check_period,
    history_id,
    missing_figures,
    month_being_reported,
    read_figures,
    save_figures,
)
from kesu_desktop.records.service import history
from tests.conftest import UNIT_CODE

PERIOD = "2025-03"


@pytest.fixture
def store(unit_store):
    return unit_store


def test_nothing_filled_in_reads_as_none_for_every_indicator(store, reference):
    with store.reading() as session:
        figures = read_figures(session, UNIT_CODE, PERIOD)
        missing = missing_figures(session, UNIT_CODE, PERIOD)
    assert set(figures) == {i.code for i in reference.stock_indicators}
    assert all(value is None for value in figures.values())
    assert missing == [i.code for i in reference.stock_indicators]


def test_zero_not_applicable_and_not_filled_in_stay_apart(store, reference):
    with store.transaction() as session:
        save_figures(
            session,
            UNIT_CODE,
            PERIOD,
            {"tech_volunteers": 0, "edu_bases_province": NOT_APPLICABLE},
            reference,
            actor="王晓燕",
        )
    with store.reading() as session:
        figures = read_figures(session, UNIT_CODE, PERIOD)
        missing = missing_figures(session, UNIT_CODE, PERIOD)
    assert figures["tech_volunteers"] == 0
    assert figures["edu_bases_province"] is NOT_APPLICABLE
    assert figures["info_officers"] is None
    assert "tech_volunteers" not in missing and "edu_bases_province" not in missing
    assert "info_officers" in missing


def test_none_clears_a_figure_back_to_not_filled_in(store, reference):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"schools": 8}, reference, actor="a")
        save_figures(session, UNIT_CODE, PERIOD, {"schools": None}, reference, actor="a")
    with store.reading() as session:
        assert read_figures(session, UNIT_CODE, PERIOD)["schools"] is None


def test_months_are_kept_apart(store, reference):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, "2025-02", {"schools": 8}, reference, actor="a")
    with store.reading() as session:
        assert read_figures(session, UNIT_CODE, "2025-03")["schools"] is None
        assert read_figures(session, UNIT_CODE, "2025-02")["schools"] == 8


@pytest.mark.parametrize("bad", [-1, True, 1_000_000_000])
def test_bad_numbers_are_refused_and_nothing_is_written(store, reference, bad):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"schools": 8}, reference, actor="a")
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"info_officers": 5, "schools": bad}, reference, actor="a")
    assert caught.value.field == "schools"
    with store.reading() as session:
        figures = read_figures(session, UNIT_CODE, PERIOD)
    assert figures["schools"] == 8 and figures["info_officers"] is None


def test_schools_with_a_science_teacher_cannot_exceed_schools(store, reference):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"schools": 5}, reference, actor="a")
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"schools_with_science_teacher": 6}, reference, actor="a")
    assert caught.value.field == "schools_with_science_teacher"
    assert "6" in Translator("zh_CN").render(caught.value)


def test_unknown_indicator_and_bad_period_are_refused(store, reference):
    with pytest.raises(ValidationError), store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"no_such_thing": 1}, reference, actor="a")
    for period in ("2025-13", "2025-3", "March"):
        with pytest.raises(ValidationError) as caught:
            check_period(period)
        assert caught.value.field == "period"


def test_an_error_names_the_indicator_in_the_users_language(store, reference):
    with pytest.raises(ValidationError) as caught, store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"info_officers": -3}, reference, actor="a")
    assert "科普信息员" in Translator("zh_CN").render(caught.value)
    assert "Science information officers" in Translator("en").render(caught.value)


def test_every_change_is_in_the_history(store, reference):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, PERIOD, {"schools": 8}, reference, actor="王晓燕")
        save_figures(session, UNIT_CODE, PERIOD, {"schools": 9, "info_officers": 3}, reference, actor="李建国")
        save_figures(session, UNIT_CODE, PERIOD, {"schools": 9}, reference, actor="李建国")
    with store.reading() as session:
        changes = history(session, history_id(UNIT_CODE, PERIOD))
    assert [(c.field, c.old_value, c.new_value, c.actor) for c in changes] == [
        ("schools", None, "8", "王晓燕"),
        ("schools", "8", "9", "李建国"),
        ("info_officers", None, "3", "李建国"),
    ]


@given(
    values=st.dictionaries(
        st.sampled_from(["tech_volunteers", "info_officers", "rural_demo_bases"]),
        st.one_of(st.none(), st.just(NOT_APPLICABLE), st.integers(0, 999_999_999)),
    )
)
def test_what_is_saved_is_what_is_read(saving_store, values):
    store, reference = saving_store
    session = store.sessions()  # each example saves in a transaction of its own, rolled back: a clean month
    try:
        saved = save_figures(session, UNIT_CODE, PERIOD, values, reference, actor="a")
        session.flush()
        session.expire_all()  # read back from the database, not from the session's objects
        assert read_figures(session, UNIT_CODE, PERIOD) == saved
        for code, value in values.items():
            assert saved[code] == value
    finally:
        session.rollback()
        session.close()


@pytest.fixture(scope="module")
def saving_store(tmp_path_factory):
    """One store for every example of the property test (a store made per example cost half a minute)."""
    from kesu_desktop.base.paths import DataDir
    from kesu_desktop.store.startup import prepare_store

    store, reference = prepare_store(DataDir(tmp_path_factory.mktemp("figures")))
    yield store, reference
    store.close()


# ---- carried over from an earlier month, for the month being reported ----------------------------------------


def test_a_figure_not_filled_in_is_suggested_from_the_latest_month_that_has_it(store, reference):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, "2025-01", {"schools": 8, "info_officers": 300}, reference, actor="a")
        save_figures(
            session, UNIT_CODE, "2025-02", {"schools": 9, "edu_bases_province": NOT_APPLICABLE}, reference, actor="a"
        )
        save_figures(session, UNIT_CODE, "2025-03", {"tech_volunteers": 120}, reference, actor="a")
        save_figures(session, UNIT_CODE, "2025-05", {"schools": 11}, reference, actor="a")  # later: not used
        suggested = carried_over(session, UNIT_CODE, PERIOD)
        assert read_figures(session, UNIT_CODE, PERIOD)["schools"] is None  # a suggestion stores nothing
    assert suggested == {
        "schools": Suggestion(9, "2025-02"),
        "info_officers": Suggestion(300, "2025-01"),
        "edu_bases_province": Suggestion(NOT_APPLICABLE, "2025-02"),
    }  # tech_volunteers is filled in for March itself


def test_nothing_is_suggested_for_another_unit(store, reference):
    with store.transaction() as session:
        save_figures(session, UNIT_CODE, "2025-02", {"schools": 9}, reference, actor="a")
        assert carried_over(session, "141023201", PERIOD) == {}


def test_the_month_being_reported_is_last_month_until_its_return_is_exported(store, reference, tmp_path):
    from kesu_desktop.reference.periods import month_period
    from kesu_desktop.returns.export import export_return
    from kesu_desktop.store.installation import Setup, save_installation

    with store.transaction() as session:
        save_installation(session, Setup("unit", UNIT_CODE, "王晓燕", reports_from="2025-01"), reference)
        assert month_being_reported(session, UNIT_CODE, date(2025, 4, 3)) == "2025-03"
        assert month_being_reported(session, UNIT_CODE, date(2025, 4, 28)) == "2025-03"  # overdue: still it
    export_return(
        store, reference, month_period(2025, 3), tmp_path, formats=("xlsx",), unfilled="na", today=date(2025, 4, 3)
    )
    with store.reading() as session:
        assert month_being_reported(session, UNIT_CODE, date(2025, 4, 3)) == "2025-04"


def test_a_unit_that_starts_reporting_this_month_reports_this_month(store, reference):
    from kesu_desktop.store.installation import Setup, save_installation

    with store.transaction() as session:
        save_installation(session, Setup("unit", UNIT_CODE, "王晓燕", reports_from="2025-04"), reference)
        assert month_being_reported(session, UNIT_CODE, date(2025, 4, 3)) == "2025-04"
        assert month_being_reported(session, UNIT_CODE, date(2025, 1, 10)) == "2025-01"
