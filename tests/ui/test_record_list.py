"""The record lists: filters and the totals under them, sorting by a click on a heading, opening a record
with Enter or a double-click, delete with undo, the bin, the history, and a list of 100,000 records that
opens with one page and loads more as it scrolls."""

from __future__ import annotations

import shutil
import time
import uuid
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import insert, select

from db import models
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.ledgers.importer import LedgerOptions, import_ledger
from kesu_desktop.records.query import PAGE_SIZE, RecordFilter, page, totals
from kesu_desktop.records.service import add_activity, add_training, history, update_activity, update_training
from kesu_desktop.records.types import ActivityInput, TrainingInput
from kesu_desktop.store.database import Store
from tests.conftest import UNIT_CODE, new_store, set_up_unit
from tests.ui.conftest import TODAY
from tests.ui.helpers import focused, press, type_text, when_shown
from tests.ui.reported import last_month, reopen_with_reason, reported_activity
from tests.ui.test_record_entry import show_window
from ui.records.activity_editor import ActivityEditor
from ui.records.bin import BinDialog
from ui.records.history_dialog import HistoryDialog, HistoryModel
from ui.records.page import RecordsPage, activities_page, trainings_page
from ui.records.training_editor import TrainingEditor

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
CLERK = "王晓燕"
TESTERS = pytest.mark.parametrize("force_py", [False, True], ids=["qt-tester", "py-tester"])


def show_page(qtbot, page: RecordsPage) -> RecordsPage:
    qtbot.addWidget(page)
    page.resize(1100, 700)
    with qtbot.waitActive(page):
        page.show()
    return page


@pytest.fixture
def activities(qtbot, make_state, demo_store) -> RecordsPage:
    return show_page(qtbot, activities_page(make_state(demo_store), Translator("en"), today=TODAY))


@pytest.fixture
def trainings(qtbot, make_state, demo_store) -> RecordsPage:
    return show_page(qtbot, trainings_page(make_state(demo_store), Translator("en"), today=TODAY))


def titles(page_widget: RecordsPage) -> list[str]:
    return [record.data.title for record in page_widget.model.rows]


def expected(store, **criteria) -> list:
    with store.reading() as session:
        return list(page(session, RecordFilter(unit_code=UNIT_CODE, **criteria), limit=100_000))


def expected_totals(store, **criteria):
    with store.reading() as session:
        return totals(session, RecordFilter(unit_code=UNIT_CODE, **criteria))


def totals_text_of(result, noun: str) -> list[str]:
    """The pieces the totals line must hold for ``result``."""
    return [f"{result.count:,} {noun}"] + [f"{value:,}" for value in result.figures.values()]


# ---- filters and totals --------------------------------------------------------------------------------


def test_the_totals_describe_every_filtered_row_not_just_the_loaded_ones(activities, demo_store):
    year = expected_totals(demo_store, record_type="activity", start=date(2025, 1, 1), end=date(2025, 12, 31))
    assert year.count == activities.model.rowCount() > 0
    text = activities.totals.text()
    for piece in totals_text_of(year, "activities"):
        assert piece in text
    assert "Participants (person-times)" in text and "Materials handed out" in text
    assert activities.totals.isVisible()


def test_a_month_filter(activities, demo_store):
    activities.filters.set_period("month", 2025, 3)
    march = dict(record_type="activity", start=date(2025, 3, 1), end=date(2025, 3, 31))
    assert titles(activities) == [r.data.title for r in expected(demo_store, **march)]
    assert all(r.data.start_date.month == 3 for r in activities.model.rows)
    for piece in totals_text_of(expected_totals(demo_store, **march), "activities"):
        assert piece in activities.totals.text()

    activities.filters.previous.click()  # one month back
    assert (activities.filters.year.value(), activities.filters.month.currentIndex() + 1) == (2025, 2)
    assert all(r.data.start_date.month == 2 for r in activities.model.rows)
    activities.filters.step(-2)  # over the turn of the year
    assert (activities.filters.year.value(), activities.filters.month.currentIndex() + 1) == (2024, 12)
    assert all((r.data.start_date.year, r.data.start_date.month) == (2024, 12) for r in activities.model.rows)


def test_all_dates(activities, demo_store):
    activities.filters.set_period("all")
    assert not activities.filters.year.isEnabled()
    everything = expected_totals(demo_store, record_type="activity")
    assert f"{everything.count:,} activities" in activities.totals.text()
    assert activities.model.rowCount() == min(everything.count, PAGE_SIZE)


@pytest.mark.parametrize(
    ("set_filter", "criteria"),
    [
        (lambda f: f.kind.set_code("lecture"), {"form_code": "lecture"}),
        (lambda f: f.group.set_code("elderly"), {"target_group_code": "elderly"}),
        (lambda f: f.campaign.set_code("smart_elderly"), {"campaign_code": "smart_elderly"}),
    ],
    ids=["form", "target group", "campaign"],
)
def test_code_filters_narrow_the_list_and_its_totals(activities, demo_store, set_filter, criteria):
    set_filter(activities.filters)
    criteria = dict(record_type="activity", start=date(2025, 1, 1), end=date(2025, 12, 31), **criteria)
    wanted = expected(demo_store, **criteria)
    assert 0 < len(wanted) < expected_totals(demo_store, record_type="activity").count
    assert titles(activities) == [r.data.title for r in wanted]
    for piece in totals_text_of(expected_totals(demo_store, **criteria), "activities"):
        assert piece in activities.totals.text()
    assert activities.filters.is_narrowed()
    activities.filters.reset_button.click()
    assert not activities.filters.is_narrowed()
    assert activities.model.rowCount() > len(wanted)


def test_ctrl_f_jumps_to_the_search_and_typing_filters(qtbot, activities, demo_store):
    activities.table.setFocus()
    press(Key.Key_F, CTRL)
    assert focused() is activities.filters.search
    word = activities.model.rows[0].data.title[:3]
    type_text(focused(), word)
    criteria = dict(record_type="activity", start=date(2025, 1, 1), end=date(2025, 12, 31), text=word)
    wanted = [r.data.title for r in expected(demo_store, **criteria)]
    qtbot.waitUntil(lambda: titles(activities) == wanted)  # after a short pause in typing
    assert all(word in title for title in wanted)
    assert f"{len(wanted)} activities" in activities.totals.text()
    press(Key.Key_A, CTRL)
    type_text(focused(), "no such words")
    press(Key.Key_Return)  # Enter filters at once
    assert activities.model.rowCount() == 0
    assert "0 activities" in activities.totals.text()


def test_trainings_filter_by_kind_and_group(trainings, demo_store):
    trainings.filters.set_period("all")
    trainings.filters.kind.set_code("high_quality_farmer")
    wanted = expected(demo_store, record_type="training", kind_code="high_quality_farmer")
    assert len(wanted) > 0
    assert titles(trainings) == [r.data.title for r in wanted]
    trainings.filters.group.set_code("youth")
    assert trainings.model.rowCount() == 0
    assert trainings.filters.campaign is None  # trainings belong to no campaign
    result = expected_totals(demo_store, record_type="training", kind_code="high_quality_farmer")
    trainings.filters.group.set_code(None)
    for piece in totals_text_of(result, "trainings"):
        assert piece in trainings.totals.text()


# ---- sorting -------------------------------------------------------------------------------------------


def header_click(qtbot, page_widget: RecordsPage, column: int) -> None:
    header = page_widget.table.horizontalHeader()
    x = header.sectionViewportPosition(column) + header.sectionSize(column) // 2
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, header.height() // 2))


def test_a_click_on_a_heading_sorts_through_the_service(qtbot, activities, demo_store):
    year = dict(record_type="activity", start=date(2025, 1, 1), end=date(2025, 12, 31))
    header = activities.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (0, Qt.SortOrder.DescendingOrder)

    header_click(qtbot, activities, 1)  # Title: A to Z first
    with demo_store.reading() as session:
        by_title = [
            r.data.title
            for r in page(session, RecordFilter(unit_code=UNIT_CODE, **year), sort="title", descending=False)
        ]
    assert titles(activities) == by_title
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (1, Qt.SortOrder.AscendingOrder)
    header_click(qtbot, activities, 1)  # again: Z to A
    assert activities.model.descending and activities.model.sort_key == "title"
    assert titles(activities) == sorted(titles(activities), reverse=True)

    people = [c.header for c in activities.columns].index("Person-times")
    header_click(qtbot, activities, people)  # figures: the largest first
    figures = [r.data.participants or 0 for r in activities.model.rows]
    assert figures == sorted(figures, reverse=True)
    assert activities.model.sort_key == "participants" and activities.model.descending

    groups = [c.header for c in activities.columns].index("Target groups")
    before = titles(activities)
    header_click(qtbot, activities, groups)  # not sortable: the order stays
    assert titles(activities) == before
    assert header.sortIndicatorSection() == people


# ---- opening, new, copy --------------------------------------------------------------------------------


def test_enter_and_double_click_open_the_record(qtbot, activities):
    activities.table.setFocus()
    press(Key.Key_Down)
    second = activities.model.rows[1]
    press(Key.Key_Return)
    editor = activities.editor
    assert isinstance(editor, ActivityEditor)
    assert editor.record_id == second.meta.id and editor.title.text() == second.data.title
    assert editor.windowTitle() == f"Activity — {second.data.title}"
    editor.reject()
    qtbot.waitUntil(lambda: activities.editor is None)

    third = activities.model.rows[2]
    rect = activities.table.visualRect(activities.model.index(2, 1))
    qtbot.mouseClick(activities.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(activities.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert activities.editor is not None and activities.editor.record_id == third.meta.id
    activities.editor.reject()


def test_ctrl_n_opens_a_new_record_of_the_page_shown(qtbot, make_window, demo_store):
    window = make_window(demo_store)
    with qtbot.waitActive(window):
        window.show()
    press(Key.Key_3, CTRL)
    trainings_page_widget = window.pages.currentWidget()
    press(Key.Key_N, CTRL)
    assert isinstance(trainings_page_widget.editor, TrainingEditor)
    assert trainings_page_widget.editor.record_id is None
    assert window.pages.widget(1).editor is None  # the hidden Activities page did not react
    trainings_page_widget.editor.reject()


def test_copy_as_new_from_the_list(qtbot, activities, demo_store):
    original = activities.model.rows[0]
    activities.select_row(0)
    activities.copy_button.click()
    editor = activities.editor
    assert editor.record_id is None and editor.title.text() == original.data.title
    assert editor.participants.text() == str(original.data.participants)
    editor.title.setText(original.data.title + "（复）")
    assert editor.save()
    qtbot.waitUntil(lambda: activities.editor is None)
    copy = activities.current_record()
    assert copy.data.title == original.data.title + "（复）"
    assert copy.meta.id != original.meta.id
    assert {k: v for k, v in vars(copy.data).items() if k != "title"} == {
        k: v for k, v in vars(original.data).items() if k != "title"
    }


def test_a_record_saved_outside_the_filter_is_announced(qtbot, activities):
    activities.filters.kind.set_code("contest")
    activities.new_record()
    editor = activities.editor
    editor.title.setText("东街村老年人防诈骗讲座")
    editor.form.set_code("lecture")
    editor.groups.set_codes(["elderly"])
    editor.participants.setText("40")
    assert editor.save()
    assert activities.notice.isVisible()
    assert "not in the list because of the period or the filter" in activities.notice_text.text()
    activities.filters.kind.set_code("lecture")  # the list changes: what the notice said no longer holds
    assert not activities.notice.isVisible()


# ---- delete, undo, bin, history -------------------------------------------------------------------------


def test_delete_and_undo_in_reverse_order(qtbot, activities, demo_store):
    count = activities.model.rowCount()
    first, second = activities.model.rows[0], activities.model.rows[1]
    activities.select_row(0)
    activities.delete_button.click()
    assert activities.current_id() == second.meta.id  # the next one is selected, ready for another Del
    activities.delete_button.click()
    assert activities.model.rowCount() == count - 2
    assert "moved to the bin" in activities.notice_text.text()
    assert len(expected(demo_store, record_type="activity", in_bin=True)) == 2

    activities.undo_button.click()
    assert activities.current_id() == second.meta.id
    assert activities.undo_button.isVisible()
    activities.undo_button.click()
    assert activities.current_id() == first.meta.id
    assert not activities.undo_button.isVisible()
    assert activities.model.rowCount() == count
    assert expected(demo_store, record_type="activity", in_bin=True) == []
    activities.undo_delete()  # nothing left to undo: nothing happens
    assert activities.model.rowCount() == count


@TESTERS
def test_the_bin_lists_deleted_records_and_restores_them(qtbot, qtmodeltester, activities, demo_store, force_py):
    activities.show_bin()
    empty = activities.bin
    assert isinstance(empty, BinDialog)
    assert empty.model.rowCount() == 0 and not empty.restore_button.isEnabled()
    assert "The bin is empty." in empty.message.text()
    qtmodeltester.check(empty.model, force_py=force_py)
    empty.reject()
    qtbot.waitUntil(lambda: activities.bin is None)

    gone = activities.model.rows[:3]
    for _ in gone:
        activities.select_row(0)
        activities.delete_current()
    activities.show_bin()
    bin_dialog = activities.bin
    assert bin_dialog.model.rowCount() == 3
    assert {r.meta.id for r in bin_dialog.model.rows} == {r.meta.id for r in gone}
    deleted_header = bin_dialog.model.headerData(bin_dialog.model.columnCount() - 1, Qt.Orientation.Horizontal)
    assert deleted_header == "Deleted"
    headers = [bin_dialog.model.headerData(c, Qt.Orientation.Horizontal) for c in range(bin_dialog.model.columnCount())]
    assert headers == ["Date", "Title", "Form", "Deleted"]
    title_width = bin_dialog.table.columnWidth(1)  # the titles have room to be read
    longest = max(bin_dialog.table.fontMetrics().horizontalAdvance(r.data.title) for r in bin_dialog.model.rows)
    assert title_width > longest
    qtmodeltester.check(bin_dialog.model, force_py=force_py)
    restored = bin_dialog.model.rows[0]
    bin_dialog.restore_button.click()
    assert bin_dialog.model.rowCount() == 2
    assert activities.current_id() == restored.meta.id
    assert restored.meta.id not in {d.record_id for d in activities.undo_stack}
    with demo_store.reading() as session:
        assert [c.action for c in history(session, restored.meta.id)][-2:] == ["delete", "restore"]
        assert history(session, restored.meta.id)[-1].actor == CLERK
    bin_dialog.reject()


@TESTERS
def test_history_shows_who_changed_what(qtbot, qtmodeltester, make_state, unit_store, reference, force_py):
    with unit_store.transaction() as session:
        created = add_activity(
            session,
            UNIT_CODE,
            ActivityInput("科普讲座", TODAY, TODAY, "lecture", ("farmers",), participants=50),
            reference,
            actor="李建国",
        )
    with unit_store.transaction() as session:
        update_activity(
            session,
            created.meta.id,
            ActivityInput("科普讲座", TODAY, TODAY, "exhibition", ("farmers", "youth"), "science_day", participants=60),
            reference,
            actor=CLERK,
        )
    dialog = HistoryDialog(make_state(unit_store), created.meta.id, "科普讲座")
    qtbot.addWidget(dialog)
    model = dialog.model
    qtmodeltester.check(model, force_py=force_py)
    rows = [[model.text(r, c) for c in range(1, model.columnCount())] for r in range(model.rowCount())]
    assert rows == [
        ["李建国", "Created", "", "", ""],
        [CLERK, "Changed", "Activity form", "Science lecture", "Science exhibition"],
        [CLERK, "Changed", "Target groups", "Farmers", "Farmers、Youth"],
        [CLERK, "Changed", "Campaign", "—", "National Science Popularization Day"],
        [CLERK, "Changed", "Participants (person-times)", "50", "60"],
    ]
    assert dialog.windowTitle() == "History of “科普讲座”"
    qtmodeltester.check(HistoryModel([], reference, "en"), force_py=force_py)


def test_history_says_from_which_ledger_row_a_record_came(qtbot, make_state, unit_store, reference):
    ledger = Path(__file__).resolve().parents[1] / "data" / "ledgers" / "shiyan-zone-2024.xlsx"
    with unit_store.transaction() as session:
        result = import_ledger(ledger, session, reference, UNIT_CODE, CLERK, LedgerOptions(), TODAY)
    first = result.stored[0]
    with unit_store.reading() as session:
        record_id = session.scalars(
            select(models.Activity.id).where(models.Activity.title == first.fields["title"])
        ).one()

    dialog = HistoryDialog(make_state(unit_store), record_id, "")
    qtbot.addWidget(dialog)

    model = dialog.model
    assert [model.text(0, c) for c in range(1, model.columnCount())] == [
        CLERK,
        "Created",
        "From a ledger",
        "",
        f"shiyan-zone-2024.xlsx, sheet {first.sheet}, row {first.row}",
    ]


def test_history_names_fields_and_values_in_chinese(qtbot, make_state, unit_store, reference, language):
    language("zh_CN")
    with unit_store.transaction() as session:
        created = add_training(
            session,
            UNIT_CODE,
            TrainingInput("电商培训", TODAY, TODAY, "rural_ecommerce", "farmers", sessions=1, trainees=30),
            reference,
            actor=CLERK,
        )
        update_training(
            session,
            created.meta.id,
            TrainingInput("电商培训", TODAY, TODAY, "rural_ecommerce", "youth", sessions=1, trainees=30),
            reference,
            actor=CLERK,
        )
    dialog = HistoryDialog(make_state(unit_store, "zh_CN"), created.meta.id, "电商培训")
    qtbot.addWidget(dialog)
    assert [dialog.model.text(1, c) for c in (3, 4, 5)] == ["培训对象", "农民", "青少年"]


# ---- 100,000 records -------------------------------------------------------------------------------------

BIG = 100_000
FORMS = ["lecture", "report", "exhibition", "contest", "outreach"]
GROUPS = ["youth", "farmers", "workers", "elderly", "cadres", "public"]


@pytest.fixture(scope="module")
def big_database(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A 新城镇 folder's database with 100,000 activities in the first half of 2025, written in one bulk insert;
    built once for the module, each test opens a copy of it."""
    folder = DataDir(tmp_path_factory.mktemp("big") / "data")
    store, reference = new_store(folder)
    set_up_unit(store, reference)
    first = date(2025, 1, 1)
    now = datetime(2025, 6, 18, 12, 0)
    rows, links = [], []
    for number in range(BIG):
        record_id = uuid.UUID(int=number + 1)
        day = first + timedelta(days=number % 168)
        rows.append(
            {
                "id": record_id,
                "unit_code": UNIT_CODE,
                "title": f"科普活动{number:06d}",
                "start_date": day,
                "end_date": day,
                "form_code": FORMS[number % len(FORMS)],
                "campaign_code": None,
                "key_project_code": None,
                "venue": "文化活动广场",
                "organiser": "",
                "partners": "",
                "participants": number % 500,
                "women": None,
                "volunteers": None,
                "materials": None,
                "notes": "",
                "created_at": now,
                "updated_at": now,
                "deleted_at": None,
            }
        )
        links.append({"activity_id": record_id, "target_group_code": GROUPS[number % 6], "position": 0})
    with store.transaction() as session:
        session.execute(insert(models.Activity), rows)
        session.execute(insert(models.ActivityTargetGroup), links)
    store.close()
    return folder.database


@pytest.fixture
def big_store(big_database: Path, data_dir: DataDir) -> Iterator[Store]:
    data_dir.ensure()
    shutil.copyfile(big_database, data_dir.database)
    store, _ = new_store(data_dir)
    yield store
    store.close()


def test_a_list_of_100000_records_opens_with_one_page_and_loads_more_as_it_scrolls(qtbot, make_state, big_store):
    started = time.perf_counter()
    big = show_page(qtbot, activities_page(make_state(big_store), Translator("en"), today=TODAY))
    opened = time.perf_counter() - started
    model = big.model
    assert model.rowCount() == PAGE_SIZE
    assert model.canFetchMore()
    assert model.fetches == 1
    assert "100,000 activities" in big.totals.text()
    people = sum(number % 500 for number in range(BIG))
    assert f"Participants (person-times): {people:,}" in big.totals.text()
    assert opened < 5, f"opening took {opened:.1f} s"

    big.table.scrollToBottom()
    qtbot.waitUntil(lambda: model.rowCount() == 2 * PAGE_SIZE)
    big.table.setFocus()
    press(Key.Key_End, CTRL)  # to the last loaded row: the next page comes
    qtbot.waitUntil(lambda: model.rowCount() == 3 * PAGE_SIZE)
    assert len({r.meta.id for r in model.rows}) == model.rowCount()  # pages never overlap
    dates = [r.data.start_date for r in model.rows]
    assert dates == sorted(dates, reverse=True)

    started = time.perf_counter()
    header_click(qtbot, big, [c.header for c in big.columns].index("Person-times"))
    assert time.perf_counter() - started < 5
    assert model.rowCount() == PAGE_SIZE  # sorting starts again from one page
    assert {r.data.participants for r in model.rows} == {499}

    big.filters.search.setText("科普活动099999")
    big.filters.apply_now()
    assert [r.data.title for r in model.rows] == ["科普活动099999"]
    assert "1 activities" in big.totals.text()

    big.filters.search.clear()
    big.filters.apply_now()
    big.filters.kind.set_code("lecture")
    assert f"{BIG // len(FORMS):,} activities" in big.totals.text()
    assert model.rowCount() == PAGE_SIZE


def test_the_big_list_model_passes_the_model_tester(qtmodeltester, make_state, qtbot, big_store):
    big = show_page(qtbot, activities_page(make_state(big_store), Translator("en"), today=TODAY))
    qtmodeltester.check(big.model)
    assert big.model.rowCount() >= PAGE_SIZE


def test_the_page_is_in_chinese_in_chinese(qtbot, make_state, demo_store, language):
    translator = language("zh_CN")
    page_widget = show_page(qtbot, activities_page(make_state(demo_store, "zh_CN"), translator, today=TODAY))
    assert "参与人次" in QApplication.translate("Fields", "Participants (person-times)")
    assert QApplication.translate("Fields", "Participants (person-times)") in page_widget.totals.text()
    assert page_widget.filters.month.itemText(2) == "3月"


# ---- a record of a reported month cannot be deleted ------------------------------------------------------


def answer_not_deleted(failures: list[BaseException], seen: list[str], button_text: str | None) -> None:
    """When the "not deleted" message opens, note it and click ``button_text`` (None: Close)."""

    def find() -> QMessageBox | None:
        box = QApplication.activeModalWidget()
        return box if isinstance(box, QMessageBox) and box.isVisible() else None

    def answer(box) -> None:
        seen.append(box.text())
        seen.extend(b.text() for b in box.buttons())
        if button_text is None:
            box.button(QMessageBox.StandardButton.Close).click()
        else:
            next(b for b in box.buttons() if b.text() == button_text).click()

    when_shown(find, answer, failures)


@pytest.fixture
def reported(unit_store, reference, tmp_path):
    return reported_activity(unit_store, reference, tmp_path / "stick")


@pytest.fixture
def reported_page(qtbot, make_window, unit_store, reported) -> RecordsPage:
    window = show_window(qtbot, make_window, unit_store)
    window.navigation.setCurrentRow(1)
    activities = window.pages.currentWidget()
    activities.filters.period.setCurrentIndex(activities.filters.period.findData("all"))
    activities.select_row(activities.model.row_of(reported.meta.id))
    return activities


def test_deleting_a_record_of_a_reported_month_says_why_plainly(qtbot, reported_page, unit_store, reported, caplog):
    failures: list[BaseException] = []
    seen: list[str] = []
    answer_not_deleted(failures, seen, None)
    press(Key.Key_Delete)
    assert failures == []
    month = last_month().strftime("%B %Y")
    assert seen[0] == (
        f"“西街村科普讲座” is in {month}, whose return was exported (version 1), so it cannot be deleted unless the "
        "month is reopened for correction."
    )
    assert "&Reopen this month for correction…" in seen
    assert not any("return reopen" in text for text in seen)
    assert [r.meta.id for r in reported_page.model.rows] == [reported.meta.id]
    assert not reported_page.notice.isVisible()
    assert not [r for r in caplog.records if r.name == "kesu.crash"]  # not the crash handler


def test_the_month_can_be_reopened_to_delete_the_record(qtbot, reported_page, unit_store, reported):
    failures: list[BaseException] = []
    answer_not_deleted(failures, [], "&Reopen this month for correction…")
    reopen_with_reason(failures, "重复录入")
    reported_page.delete_current()
    assert failures == []
    assert reported_page.model.rows == []
    assert "moved to the bin" in reported_page.notice_text.text()
    assert [r.meta.id for r in expected(unit_store, record_type="activity", in_bin=True)] == [reported.meta.id]


def test_a_deleted_record_of_a_month_reported_since_stays_in_the_bin_with_the_reason(
    qtbot, make_state, unit_store, reference, tmp_path
):
    from kesu_desktop.records.service import delete_record
    from kesu_desktop.reference.periods import month_of
    from kesu_desktop.returns.export import export_return

    day = last_month()
    with unit_store.transaction() as session:
        record = add_activity(
            session,
            UNIT_CODE,
            ActivityInput("删掉的讲座", day, day, "lecture", ("farmers",), participants=5),
            reference,
            actor=CLERK,
        )
        delete_record(session, "activity", record.meta.id, actor=CLERK)
    export_return(unit_store, reference, month_of(day), tmp_path, formats=("xlsx",), unfilled="na")
    activities = show_page(qtbot, activities_page(make_state(unit_store), Translator("en")))
    activities.show_bin()
    activities.bin.restore_button.click()
    period = month_of(day).code
    assert (
        activities.bin.message.text()
        == f"{period} was reported (version 1) and is locked; reopen it for correction first."
    )
    assert activities.bin.model.rowCount() == 1
    activities.bin.reject()
