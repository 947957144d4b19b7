"""Entering records: the keyboard-only round trip (new, edit, delete, restore), the checks that refuse input
and leave the store untouched, IME-style figures, save and new, copy as new, remembered choices and the
plausibility questions."""

from __future__ import annotations

import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from kesu_desktop.base.translation import Translator
from kesu_desktop.records.query import RecordFilter, ids_matching, page
from kesu_desktop.records.service import add_activity, add_training, get_activity, get_training, history
from kesu_desktop.records.types import Activity, ActivityInput, TrainingInput
from tests.conftest import UNIT_CODE, give_retired_form
from tests.ui.conftest import TODAY
from tests.ui.helpers import focused, press, type_text, when_shown
from tests.ui.reported import last_month, reopen_with_reason, reopening_dialog, reported_activity
from tests.unit.test_store_failures import disk_full
from ui.records.activity_editor import ActivityEditor
from ui.records.editor import RecordEditor
from ui.records.history_dialog import HistoryDialog
from ui.records.page import RecordsPage, editor_for
from ui.records.training_editor import TrainingEditor

Key = Qt.Key
CTRL = Qt.KeyboardModifier.ControlModifier
ALT = Qt.KeyboardModifier.AltModifier
CLERK = "王晓燕"


# ---- helpers -------------------------------------------------------------------------------------------


def stored(store, record_type: str = "activity", *, in_bin: bool = False) -> list:
    with store.reading() as session:
        return list(page(session, RecordFilter(record_type, UNIT_CODE, in_bin=in_bin), limit=10_000))


def actions(store, record_id: uuid.UUID) -> list[str]:
    with store.reading() as session:
        return [change.action for change in history(session, record_id)]


class Answerer:
    """Clicks ``button`` on every message box that opens while it runs, and keeps what the boxes said."""

    def __init__(self, button: QMessageBox.StandardButton) -> None:
        self.button = button
        self.seen: list[str] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._answer)

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox) and box.isVisible():
            self.seen.append(f"{box.text()}\n{box.informativeText()}")
            box.button(self.button).click()


@contextmanager
def answering(button: QMessageBox.StandardButton) -> Iterator[Answerer]:
    answerer = Answerer(button)
    answerer.timer.start()
    try:
        yield answerer
    finally:
        answerer.timer.stop()


def show_window(qtbot, make_window, store):
    window = make_window(store)
    with qtbot.waitActive(window):
        window.show()
    return window


@pytest.fixture
def make_editor(qtbot, make_state):
    """An editor with a new record, shown; what is left unsaved at the end is dropped without asking."""

    def make(store, record_type: str = "activity", today: date = TODAY) -> RecordEditor:
        editor = editor_for(record_type, make_state(store), Translator("en"), today=today)
        qtbot.addWidget(editor, before_close_func=RecordEditor.mark_clean)
        editor.new_record()
        with qtbot.waitActive(editor):
            editor.show()
        return editor

    return make


def fill_activity(editor: ActivityEditor, **values: str) -> None:
    """Fill every field of the activity form; a field not named is left empty or as a valid default."""
    defaults = {"title": "东街村科普讲座", "participants": "120", "form": "lecture", "groups": "farmers"}
    defaults.update(values)
    editor.title.setText(defaults["title"])
    editor.form.set_code(defaults["form"] or None)
    editor.groups.set_codes([g for g in defaults["groups"].split(",") if g])
    for field in ("participants", "women", "volunteers", "materials", "venue", "organiser"):
        getattr(editor, field).setText(defaults.get(field, ""))


# ---- the keyboard-only round trip ----------------------------------------------------------------------


def test_enter_edit_delete_and_restore_with_the_keyboard_only(qtbot, make_window, unit_store):
    today = date.today()
    window = show_window(qtbot, make_window, unit_store)
    press(Key.Key_2, CTRL)
    page_widget = window.pages.currentWidget()
    assert isinstance(page_widget, RecordsPage)
    assert page_widget.model.rowCount() == 0

    # new: Ctrl+N, then every field in tab order
    press(Key.Key_N, CTRL)
    editor = page_widget.editor
    assert isinstance(editor, ActivityEditor)
    qtbot.waitUntil(lambda: focused() is editor.title)
    type_text(focused(), "东街村农业科技讲座")
    press(Key.Key_Tab)
    assert focused() is editor.start_date
    type_text(focused(), today.strftime("%Y%m%d"))
    press(Key.Key_Tab)
    assert focused() is editor.end_date
    assert editor.start_date.value() == editor.end_date.value() == today
    press(Key.Key_Return)  # and from a date
    assert focused() is editor.form
    type_text(focused(), "Science")
    assert editor.form.code() == "lecture"
    press(Key.Key_Return)  # Enter moves on from a list too
    assert focused() is editor.groups
    press(Key.Key_Down)  # 农民 first: it becomes the main group …
    press(Key.Key_Space)
    press(Key.Key_Up)  # … then 青少年
    press(Key.Key_Space)
    assert editor.groups.codes() == ("farmers", "youth")
    press(Key.Key_Tab)
    assert focused() is editor.campaign
    type_text(focused(), "Nat")
    assert editor.campaign.code() == "science_day"
    press(Key.Key_Tab)
    assert focused() is editor.key_project
    press(Key.Key_Tab)
    assert focused() is editor.venue
    type_text(focused(), "东街村文化广场")
    press(Key.Key_Return)  # Enter moves on like Tab
    assert focused() is editor.organiser
    type_text(focused(), "镇科协")
    press(Key.Key_Tab)
    assert focused() is editor.partners
    press(Key.Key_Tab)
    assert focused() is editor.participants
    type_text(focused(), "１２０")  # full-width, as a Chinese IME types it
    press(Key.Key_Tab)
    assert focused() is editor.women
    type_text(focused(), "45人")
    press(Key.Key_Tab)
    assert (editor.participants.text(), editor.women.text()) == ("120", "45")  # shown as understood
    assert focused() is editor.volunteers  # left empty: not filled in
    press(Key.Key_Tab)
    assert focused() is editor.materials
    type_text(focused(), "0")
    press(Key.Key_Tab)
    assert focused() is editor.notes
    type_text(focused(), "ok")
    press(Key.Key_S, CTRL)

    qtbot.waitUntil(lambda: page_widget.editor is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page_widget.table)
    [record] = stored(unit_store)
    assert record.data == ActivityInput(
        title="东街村农业科技讲座",
        start_date=today,
        end_date=today,
        form_code="lecture",
        target_group_codes=("farmers", "youth"),
        campaign_code="science_day",
        key_project_code=None,
        venue="东街村文化广场",
        organiser="镇科协",
        partners="",
        participants=120,
        women=45,
        volunteers=None,
        materials=0,
        notes="ok",
    )
    record_id = record.meta.id
    assert actions(unit_store, record_id) == ["create"]
    assert page_widget.current_id() == record_id
    assert "1 activities" in page_widget.totals.text()

    # edit: Enter on the list opens it; Tab to the participants, change them, Ctrl+S
    press(Key.Key_Return)
    editor = page_widget.editor
    assert isinstance(editor, ActivityEditor)
    qtbot.waitUntil(lambda: focused() is editor.title)
    assert editor.record_id == record_id
    for _ in range(10):
        press(Key.Key_Tab)
    assert focused() is editor.participants
    press(Key.Key_A, CTRL)
    type_text(focused(), "150")
    press(Key.Key_S, CTRL)
    qtbot.waitUntil(lambda: page_widget.editor is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page_widget.table)
    [record] = stored(unit_store)
    assert record.meta.id == record_id
    assert record.data.participants == 150
    with unit_store.reading() as session:
        last = history(session, record_id)[-1]
    assert (last.action, last.field, last.old_value, last.new_value, last.actor) == (
        "update",
        "participants",
        "120",
        "150",
        CLERK,
    )

    # delete: Del on the list moves it to the bin
    press(Key.Key_Delete)
    assert stored(unit_store) == []
    [binned] = stored(unit_store, in_bin=True)
    assert binned.meta.id == record_id and binned.meta.deleted_at is not None
    assert page_widget.model.rowCount() == 0
    assert page_widget.notice.isVisible() and page_widget.undo_button.isVisible()

    # restore: Ctrl+Z takes it back
    press(Key.Key_Z, CTRL)
    [record] = stored(unit_store)
    assert record.meta.id == record_id and record.meta.deleted_at is None
    assert page_widget.current_id() == record_id
    assert actions(unit_store, record_id) == ["create", "update", "delete", "restore"]

    # and once more through the bin: Del, Alt+B opens the bin, Enter restores, Esc closes it
    press(Key.Key_Delete)
    press(Key.Key_B, ALT)  # a mnemonic clicks its button after a short animation
    qtbot.waitUntil(lambda: page_widget.bin is not None)
    bin_dialog = page_widget.bin
    qtbot.waitUntil(lambda: focused() is bin_dialog.table)
    assert bin_dialog.model.rowCount() == 1
    press(Key.Key_Return)
    assert [r.meta.id for r in stored(unit_store)] == [record_id]
    assert bin_dialog.model.rowCount() == 0
    press(Key.Key_Escape)
    qtbot.waitUntil(lambda: page_widget.bin is None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is page_widget.table)
    assert page_widget.current_id() == record_id

    # history: Alt+Y shows every step, with the field's name and old → new
    press(Key.Key_Y, ALT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), HistoryDialog))
    dialog = QApplication.activeModalWidget()
    model = dialog.model
    rows = [[model.text(r, c) for c in range(model.columnCount())] for r in range(model.rowCount())]
    assert [row[2] for row in rows] == [
        "Created",
        "Changed",
        "Moved to the bin",
        "Restored from the bin",
        "Moved to the bin",
        "Restored from the bin",
    ]
    assert rows[1][1:] == [CLERK, "Changed", "Participants (person-times)", "120", "150"]
    press(Key.Key_Escape)


# ---- checks: a refused input stores nothing ------------------------------------------------------------

REFUSED = {
    "empty title": ({"title": "  "}, "title", "Title: required; please fill it in."),
    "no form": ({"form": ""}, "form", "Activity form: choose one from the list."),
    "no group": ({"groups": ""}, "groups", "Target groups: choose at least one from the list."),
    "no participants": ({"participants": ""}, "participants", "Participants (person-times): required"),
    "not a number": ({"participants": "12o"}, "participants", "'12o' is not a whole number"),
    "negative": ({"volunteers": "-3"}, "volunteers", "'-3' is not a whole number"),
    "women above the whole": (
        {"participants": "40", "women": "41"},
        "women",
        "Of which women: 41 is more than the whole (40); correct one of them.",
    ),
}


@pytest.mark.parametrize(("values", "field", "message"), REFUSED.values(), ids=REFUSED.keys())
def test_a_refused_new_record_stores_nothing(make_editor, unit_store, values, field, message):
    editor = make_editor(unit_store)
    fill_activity(editor, **values)
    assert editor.save() is False
    assert stored(unit_store) == []
    assert editor.isVisible() and editor.record_id is None
    assert editor.error.isVisible()
    assert message in editor.error.text()
    assert QApplication.focusWidget() is getattr(editor, field)
    label = editor.labels[{"form": "form_code", "groups": "target_group_codes"}.get(field, field)]
    assert "color" in label.styleSheet()
    # corrected, it saves, and the message goes
    fill_activity(editor)
    assert editor.save() is True
    assert len(stored(unit_store)) == 1


def test_a_full_disk_keeps_the_form_filled_and_saving_works_once_space_is_freed(make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor, title="满盘时录入的讲座", venue="东街村")
    editor.notes.setPlainText("活动内容" * 500)  # longer than a page: saving must take a new one
    with disk_full(unit_store):
        assert editor.save() is False
        assert editor.isVisible() and editor.record_id is None
        assert "disk that holds the data folder" in editor.error.text() and "is full" in editor.error.text()
        assert editor.title.text() == "满盘时录入的讲座" and editor.notes.toPlainText() == "活动内容" * 500
        assert stored(unit_store) == []
    assert editor.save() is True
    assert [record.data.title for record in stored(unit_store)] == ["满盘时录入的讲座"]


def test_end_before_start_is_refused_and_the_dates_are_kept(make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor)
    editor.set_dates(TODAY, TODAY - timedelta(days=1))
    assert editor.save() is False
    assert "End date: the end date is before the start date." in editor.error.text()
    assert QApplication.focusWidget() is editor.end_date
    assert stored(unit_store) == []


@pytest.mark.parametrize("days_ahead", [1, 60])
def test_a_date_after_today_is_refused(make_editor, unit_store, days_ahead):
    editor = make_editor(unit_store)
    fill_activity(editor)
    later = date.today() + timedelta(days=days_ahead)
    editor.set_dates(later, later)
    assert editor.save() is False
    assert (
        editor.error.text() == f"Start date: {later} is after today; enter the day it was held, not later than today."
    )
    assert QApplication.focusWidget() is editor.start_date
    assert stored(unit_store) == []


def test_a_refused_edit_leaves_the_stored_record_as_it_was(make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor, women="10")
    assert editor.save_and_new()
    [before] = stored(unit_store)
    editor.edit_record(before.meta.id)
    editor.women.setText("500")
    editor.title.setText("changed")
    assert editor.save() is False
    [after] = stored(unit_store)
    assert after == before
    assert actions(unit_store, before.meta.id) == ["create"]


def test_the_message_follows_the_language(qtbot, make_state, unit_store, language):
    editor = editor_for("activity", make_state(unit_store, "zh_CN"), language("zh_CN"), today=TODAY)
    qtbot.addWidget(editor)
    editor.new_record()
    with qtbot.waitActive(editor):
        editor.show()
    fill_activity(editor, title="")
    assert editor.save() is False
    assert editor.error.text().endswith("：必填，请填写。")
    assert "Title" not in editor.error.text()


# ---- figures as a Chinese IME types them ---------------------------------------------------------------

FIGURES = {
    "full-width": ("１２０", 120),
    "with a unit": ("120人", 120),
    "full-width with unit": ("１２０人次", 120),
    "thousands": ("1,200", 1200),
    "blanks around": ("  35 ", 35),
    "zero": ("0", 0),
    "full-width zero": ("０", 0),
}


@pytest.mark.parametrize(("typed", "expected"), FIGURES.values(), ids=FIGURES.keys())
def test_figures_are_read_the_way_clerks_type_them(qtbot, make_editor, unit_store, typed, expected):
    editor = make_editor(unit_store)
    fill_activity(editor, participants=typed)
    editor.participants.setFocus()
    editor.participants.selectAll()
    type_text(editor.participants, typed)  # typed key by key too, Chinese characters included
    assert editor.participants.text() == typed
    assert editor.save()
    [record] = stored(unit_store)
    assert record.data.participants == expected


def test_an_empty_figure_stays_not_filled_in_apart_from_zero(make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor, women="", volunteers="0", materials="")
    assert editor.save()
    [record] = stored(unit_store)
    assert (record.data.women, record.data.volunteers, record.data.materials) == (None, 0, None)
    editor = make_editor(unit_store)
    editor.edit_record(record.meta.id)
    assert (editor.women.text(), editor.volunteers.text(), editor.materials.text()) == ("", "0", "")
    assert editor.women.placeholderText() == "not filled in"
    assert editor.participants.placeholderText() == "required"


def test_a_training_with_ime_figures_and_hours(make_editor, unit_store):
    editor = make_editor(unit_store, "training")
    assert isinstance(editor, TrainingEditor)
    editor.title.setText("高素质农民培育班")
    editor.kind.set_code("high_quality_farmer")
    assert editor.group.code() == "farmers"  # the kind's usual group is chosen for the clerk
    editor.sessions.setText("２期")
    editor.trainees.setText("５０人")
    editor.women.setText("20")
    editor.low_income.setText("")
    editor.certified.setText("０")
    editor.hours.setText("２.５学时")
    editor.venue.setText("镇便民服务中心")
    assert editor.save()
    [record] = stored(unit_store, "training")
    data = record.data
    assert (data.sessions, data.trainees, data.women, data.low_income, data.certified) == (2, 50, 20, None, 0)
    assert data.hours == Decimal("2.5")
    assert (data.kind_code, data.target_group_code) == ("high_quality_farmer", "farmers")
    with unit_store.reading() as session:
        assert get_training(session, record.meta.id).data == data


def test_a_training_with_more_certified_than_trainees_is_refused(make_editor, unit_store):
    editor = make_editor(unit_store, "training")
    editor.title.setText("农村电商培训")
    editor.kind.set_code("rural_ecommerce")
    editor.sessions.setText("1")
    editor.trainees.setText("30")
    editor.certified.setText("31")
    assert editor.save() is False
    assert QApplication.focusWidget() is editor.certified
    assert stored(unit_store, "training") == []


# ---- fast entry ----------------------------------------------------------------------------------------


def test_save_and_new_keeps_the_dates_and_the_venue(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    day = TODAY - timedelta(days=3)
    fill_activity(editor, title="第一场", venue="西街村文化活动广场", women="5")
    editor.set_dates(day, day + timedelta(days=1))
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL | Qt.KeyboardModifier.ShiftModifier)  # Save and new
    [first] = stored(unit_store)
    assert first.data.title == "第一场"
    assert editor.isVisible() and editor.record_id is None
    assert editor.title.text() == "" and editor.women.text() == "" and editor.participants.text() == ""
    assert (editor.start_date.value(), editor.end_date.value()) == (day, day + timedelta(days=1))
    assert editor.venue.text() == "西街村文化活动广场"
    assert "Saved “第一场”" in editor.status.text()
    assert QApplication.focusWidget() is editor.title
    assert not editor.is_modified()
    editor.title.setText("第二场")
    editor.participants.setText("80")
    assert editor.save()
    second = next(r for r in stored(unit_store) if r.meta.id != first.meta.id)
    assert (second.data.start_date, second.data.end_date, second.data.venue) == (
        day,
        day + timedelta(days=1),
        "西街村文化活动广场",
    )


def test_copy_as_new_in_the_editor_leaves_the_original_as_stored(make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor, title="科普大篷车进校园", venue="中心校", women="30")
    assert editor.save_and_new()
    [original] = stored(unit_store)
    assert not editor.copy_button.isVisible()  # a new record has nothing to copy yet
    editor.edit_record(original.meta.id)
    assert editor.copy_button.isVisible()
    editor.copy_button.click()
    assert editor.record_id is None
    assert "original stays as stored" in editor.status.text()
    assert editor.title.text() == "科普大篷车进校园" and editor.venue.text() == "中心校"
    editor.title.setText("科普大篷车进校园（第二站）")
    editor.set_dates(TODAY - timedelta(days=1), TODAY - timedelta(days=1))
    assert editor.save()
    records = {r.data.title: r for r in stored(unit_store)}
    assert set(records) == {"科普大篷车进校园", "科普大篷车进校园（第二站）"}
    assert records["科普大篷车进校园"] == original
    copy = records["科普大篷车进校园（第二站）"].data
    assert (copy.venue, copy.women, copy.target_group_codes) == ("中心校", 30, original.data.target_group_codes)


def test_the_end_date_follows_the_start_date_while_they_are_the_same(make_editor, unit_store):
    editor = make_editor(unit_store)
    editor.start_date.set_value(date(2025, 3, 5))
    assert editor.end_date.value() == date(2025, 3, 5)
    editor.end_date.set_value(date(2025, 3, 7))
    editor.start_date.set_value(date(2025, 3, 6))  # a span the clerk set is kept …
    assert editor.end_date.value() == date(2025, 3, 7)
    editor.start_date.set_value(date(2025, 3, 9))  # … unless the end would come before the start
    assert editor.end_date.value() == date(2025, 3, 9)


def test_last_choices_are_prefilled_in_the_next_new_record(make_editor, unit_store):
    editor = make_editor(unit_store)
    assert editor.form.code() is None and editor.groups.codes() == ()
    fill_activity(editor, groups="elderly,public", venue="东街村日间照料中心", organiser="镇老科协")
    editor.campaign.set_code("smart_elderly")
    editor.key_project.set_code("grassroots")
    assert editor.save()
    editor.close()

    later = make_editor(unit_store)  # a new editor, as after a restart: read from the data folder
    assert later.form.code() == "lecture"
    assert later.groups.codes() == ("elderly", "public")
    assert later.campaign.code() == "smart_elderly"
    assert later.key_project.code() == "grassroots"
    assert later.venue.text() == "东街村日间照料中心"
    assert later.organiser.text() == "镇老科协"
    assert later.title.text() == "" and later.participants.text() == ""
    assert (unit_store.data_dir.root / "ui-state.ini").exists()

    training = make_editor(unit_store, "training")
    assert training.kind.code() is None and training.venue.text() == ""  # each record type has its own
    training.title.setText("农民工技能培训")
    training.kind.set_code("migrant_worker")
    training.group.set_code("workers")
    training.organisation.setText("县人社局")
    training.venue.setText("开发区培训中心")
    training.sessions.setText("1")
    training.trainees.setText("40")
    assert training.save()
    again = make_editor(unit_store, "training")
    assert (again.kind.code(), again.group.code()) == ("migrant_worker", "workers")
    assert (again.organisation.text(), again.venue.text()) == ("县人社局", "开发区培训中心")


# ---- plausibility: warnings the clerk confirms ---------------------------------------------------------


def _stored_duplicate(store, title: str, day: date, reference) -> Activity:
    with store.transaction() as session:
        return add_activity(
            session,
            UNIT_CODE,
            ActivityInput(title, day, day, "lecture", ("farmers",), participants=50),
            reference,
            actor=CLERK,
        )


def test_a_probable_duplicate_asks_and_no_goes_back_to_editing(qtbot, make_editor, unit_store, reference):
    _stored_duplicate(unit_store, "东街村科普讲座", TODAY, reference)
    editor = make_editor(unit_store)
    fill_activity(editor, title="东街村科普讲座")
    with answering(QMessageBox.StandardButton.No) as answers:
        assert editor.save() is False
    assert len(answers.seen) == 1
    assert f"A record with the same title on {TODAY.isoformat()} is already stored" in answers.seen[0]
    assert len(stored(unit_store)) == 1
    assert editor.isVisible()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.title)

    with answering(QMessageBox.StandardButton.Yes):
        assert editor.save() is True
    assert len(stored(unit_store)) == 2


def test_a_figure_far_above_the_usual_asks_first(qtbot, make_editor, demo_store):
    editor = make_editor(demo_store)
    before = len(stored(demo_store))
    fill_activity(editor, title="全镇科普日主场活动", participants="90000")
    with answering(QMessageBox.StandardButton.No) as answers:
        assert editor.save() is False
    assert "Participants (person-times): 90000 is far above this unit's usual" in answers.seen[0]
    qtbot.waitUntil(lambda: QApplication.focusWidget() is editor.participants)
    assert len(stored(demo_store)) == before


def test_editing_a_record_does_not_call_it_its_own_duplicate(make_editor, unit_store, reference):
    record = _stored_duplicate(unit_store, "东街村科普讲座", TODAY, reference)
    editor = make_editor(unit_store)
    editor.edit_record(record.meta.id)
    editor.notes.setPlainText("补充说明")
    with answering(QMessageBox.StandardButton.No) as answers:
        assert editor.save()
    assert answers.seen == []
    with unit_store.reading() as session:
        assert get_activity(session, record.meta.id).data.notes == "补充说明"


# ---- nothing typed is lost by a slip -------------------------------------------------------------------


def test_closing_with_unsaved_changes_asks_first(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    editor.title.setText("还没保存")
    with answering(QMessageBox.StandardButton.Cancel) as answers:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert len(answers.seen) == 1 and "Discard the changes" in answers.seen[0]
    assert editor.isVisible() and editor.title.text() == "还没保存"
    with answering(QMessageBox.StandardButton.Discard):
        editor.close_button.click()
    assert not editor.isVisible()
    assert stored(unit_store) == []


def test_closing_an_untouched_editor_asks_nothing(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    with answering(QMessageBox.StandardButton.Cancel) as answers:
        qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert answers.seen == [] and not editor.isVisible()


def test_writes_are_made_as_the_clerk_of_the_setup(make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor)
    assert editor.save()
    [record] = stored(unit_store)
    with unit_store.reading() as session:
        assert [(c.action, c.actor) for c in history(session, record.meta.id)] == [("create", CLERK)]
        assert ids_matching(session, RecordFilter("activity", UNIT_CODE)) == [record.meta.id]


# ---- dates: what is typed is what is stored, and only days already past --------------------------------


def click_into(qtbot, widget) -> None:
    """A click in the middle of a box that does not have the cursor yet, as a clerk reaches for it."""
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton, pos=QPoint(widget.width() // 3, widget.height() // 2))
    qtbot.waitUntil(widget.hasSelectedText)


@pytest.mark.parametrize(
    "typed", ["2025-03-12", "2025/3/12", "2025.3.12", "2025年3月12日", "20250312", "２０２５-０３-１２"]
)
def test_a_date_typed_after_clicking_into_the_box_is_the_one_saved(qtbot, make_editor, unit_store, typed):
    editor = make_editor(unit_store)
    fill_activity(editor)
    click_into(qtbot, editor.start_date)
    type_text(editor.start_date, typed)
    qtbot.keyClick(editor, Qt.Key.Key_S, CTRL)  # saved straight from the date box
    [record] = stored(unit_store)
    assert (record.data.start_date, record.data.end_date) == (date(2025, 3, 12), date(2025, 3, 12))


def test_leaving_the_date_box_shows_the_date_as_understood_and_moves_the_end_date(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    click_into(qtbot, editor.start_date)
    type_text(editor.start_date, "2025/3/5")
    press(Key.Key_Tab)
    assert focused() is editor.end_date
    assert editor.start_date.text() == "2025-03-05"
    assert editor.end_date.value() == date(2025, 3, 5)
    press(Key.Key_Up)  # a day later
    assert editor.end_date.text() == "2025-03-06"


def test_text_that_is_not_a_date_is_refused_and_names_the_field(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    fill_activity(editor)
    click_into(qtbot, editor.start_date)
    type_text(editor.start_date, "3月12")
    assert editor.save() is False
    assert editor.error.text() == "Start date: '3月12' is not a date; write it as 2024-03-05."
    assert QApplication.focusWidget() is editor.start_date
    assert stored(unit_store) == []


def test_a_date_can_be_picked_from_the_calendar(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    editor.start_date.setFocus()
    qtbot.keyClick(editor.start_date, Qt.Key.Key_Down, ALT)
    calendar = editor.start_date.calendar
    assert calendar is not None and calendar.isVisible()
    calendar.setSelectedDate(QDate(2025, 4, 2))
    press(Key.Key_Return)  # in the calendar, which has the keyboard
    qtbot.waitUntil(lambda: editor.start_date.calendar is None)  # closed and gone
    assert editor.start_date.value() == editor.end_date.value() == date(2025, 4, 2)
    assert editor.start_date.text() == "2025-04-02"


# ---- messages appear without moving the fields -----------------------------------------------------------


def test_a_message_takes_no_room_from_the_fields(qtbot, make_editor, unit_store):
    editor = make_editor(unit_store)
    fields = [editor.title, editor.start_date, editor.form, editor.participants, editor.notes]

    def places() -> list[int]:
        return [widget.mapTo(editor, QPoint(0, 0)).y() for widget in fields]

    before = places()
    assert editor.save() is False  # nothing filled in: the title is named
    assert editor.error.isVisible() and editor.error.text().startswith("Title:")
    assert places() == before
    fill_activity(editor)
    editor.error.setText("Participants (person-times): " + "a long message that wraps " * 6)
    assert places() == before
    assert editor.save_and_new()
    assert editor.status.isVisible() and places() == before


# ---- a record of a reported month ------------------------------------------------------------------------


@pytest.fixture
def reported(unit_store, reference, tmp_path) -> Activity:
    return reported_activity(unit_store, reference, tmp_path / "stick")


def open_in_window(qtbot, make_window, store, record_id: uuid.UUID) -> tuple[RecordsPage, RecordEditor]:
    window = show_window(qtbot, make_window, store)
    window.navigation.setCurrentRow(1)
    page_widget = window.pages.currentWidget()
    page_widget.filters.period.setCurrentIndex(page_widget.filters.period.findData("all"))
    page_widget.select_row(page_widget.model.row_of(record_id))
    page_widget.open_current()
    editor = page_widget.editor
    assert editor is not None
    return page_widget, editor


def test_a_record_of_a_reported_month_opens_read_only_with_the_reason(qtbot, make_window, unit_store, reported):
    _page, editor = open_in_window(qtbot, make_window, unit_store, reported.meta.id)
    month = last_month().strftime("%B %Y")
    assert editor.locked is not None
    assert editor.lock_text.isVisible()
    assert editor.lock_text.text() == (
        f"This record is in {month}, whose return was exported (version 1), so it cannot be changed. "
        "To correct it, reopen the month for correction."
    )
    assert not editor.form_area.isEnabled()
    assert not editor.save_button.isEnabled() and not editor.save_new_button.isEnabled()
    assert editor.reopen_button.isVisible()
    assert editor.save() is False  # Ctrl+S does nothing either
    assert "return reopen" not in editor.lock_text.text()


def test_reopening_from_the_record_makes_it_editable(qtbot, make_window, unit_store, reported):
    _page, editor = open_in_window(qtbot, make_window, unit_store, reported.meta.id)
    failures: list[BaseException] = []
    reopen_with_reason(failures, "参与人次填错")
    editor.reopen_button.click()
    assert failures == []
    assert editor.locked is None and editor.form_area.isEnabled() and editor.save_button.isEnabled()
    assert "is reopened for correction" in editor.status.text()
    editor.participants.setText("85")
    assert editor.save()
    with unit_store.reading() as session:
        assert get_activity(session, reported.meta.id).data.participants == 85


def test_cancelling_the_reopening_keeps_the_record_read_only(qtbot, make_window, unit_store, reported):
    _page, editor = open_in_window(qtbot, make_window, unit_store, reported.meta.id)
    failures: list[BaseException] = []
    when_shown(reopening_dialog, lambda dialog: dialog.reject(), failures)
    editor.reopen_button.click()
    assert failures == [] and editor.locked is not None and not editor.form_area.isEnabled()


# ---- one place for each kind of event -----------------------------------------------------------------


def form_codes(editor: ActivityEditor) -> list[str]:
    return [editor.form.itemData(i) for i in range(editor.form.count())]


def test_a_retired_form_is_offered_only_on_a_record_that_has_it(make_editor, unit_store, reference):
    with unit_store.transaction() as session:
        old = add_activity(
            session,
            UNIT_CODE,
            ActivityInput("果树修剪技术培训", TODAY, TODAY, "lecture", ("farmers",), participants=40),
            reference,
            actor=CLERK,
        )
        give_retired_form(session, old.meta.id)
    editor = make_editor(unit_store)
    assert "practical_training" not in form_codes(editor)  # a new activity cannot choose it
    editor.edit_record(old.meta.id)
    assert editor.form.code() == "practical_training"
    assert editor.form.currentText() == "Practical technology training (retired)"
    editor.notes.setPlainText("旧记录照常修改")
    assert editor.save()  # an old record keeps it
    editor.edit_record(old.meta.id)
    editor.copy_as_new()  # a copy is a new record: the retired form must be chosen again
    assert "practical_training" not in form_codes(editor) and editor.form.code() is None
    editor.new_record()
    assert "practical_training" not in form_codes(editor)


def test_the_same_event_in_the_other_list_is_questioned_on_saving(make_editor, unit_store, reference):
    with unit_store.transaction() as session:
        add_training(
            session,
            UNIT_CODE,
            TrainingInput("果树冬季修剪技术培训", TODAY, TODAY, "rural_practical", "farmers", sessions=1, trainees=45),
            reference,
            actor=CLERK,
        )
    editor = make_editor(unit_store)
    fill_activity(editor, title="果树冬季修剪技术讲座")
    with answering(QMessageBox.StandardButton.No) as answers:
        assert editor.save() is False
    assert len(answers.seen) == 1
    assert (
        f"The trainings list already has “果树冬季修剪技术培训” on {TODAY.isoformat()}. Is it the same event? "
        "Enter each event once: as an activity or as a training."
    ) in answers.seen[0]
    assert stored(unit_store) == []
    with answering(QMessageBox.StandardButton.Yes):
        assert editor.save() is True  # a warning, never a refusal
