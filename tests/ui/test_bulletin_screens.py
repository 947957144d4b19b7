"""The county's bulletin at the township, on real screens: the first one asks the clerk to compare the county's
key fingerprint (Cancel changes nothing), the Returns page shows each month as the county recorded it and
offers the county's reason when reopening a month sent back, a bulletin for another unit is refused with its
reason, the Overview lists the unit's target shares, undo brings back the bulletin before, and the File menu
does it all for a unit."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QTableWidget, QWidget

from db import models
from kesu_desktop.base.translation import Translator
from kesu_desktop.bulletins.document import read_bulletin
from kesu_desktop.bulletins.township import CountyMonth, county_months
from kesu_desktop.county.bulletins import send_back, write_bulletins
from kesu_desktop.county.inbox.imports import run_inbox
from kesu_desktop.county.reports.survey_mapping import set_survey_row
from kesu_desktop.plans.entries import set_share
from kesu_desktop.records.demo import fill_demo
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.returns.ledger import month_statuses
from kesu_desktop.store.database import Store
from kesu_desktop.store.drives import Drive
from kesu_desktop.store.installation import Setup, save_installation
from tests.county_files import county_store as make_county
from tests.county_files import export, named
from tests.ui.helpers import ShownMessage, when_shown
from ui.bulletins.importing import import_interactive, undo_interactive
from ui.bulletins.key_dialog import CountyKeyDialog
from ui.bulletins.texts import county_month_tooltip
from ui.pages.overview import OverviewPage
from ui.returns.page import ReturnsPage
from ui.returns.reopen_dialog import ReopenDialog
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR

TODAY = date(2024, 5, 10)
XINCHENG, ZHAOKANG = "141023101", "141023102"
REASON = "讲座人次有误，请核对后重报"
PLAN = "XF-2021-2025"
COUNTY_COLUMN = 5


@dataclass
class Road:
    """A township (新城镇) that exported March and April 2024, and a county that imported both."""

    unit: Store
    county: Store
    county_reference: ReferenceData
    folder: Path
    written: int = 0

    def send_back(self, period: str, reason: str = REASON) -> None:
        with self.county.transaction() as session:
            send_back(session, self.county_reference, XINCHENG, period, reason, "李明")

    def share(self, target: str, figure: int) -> None:
        with self.county.transaction() as session:
            set_share(session, self.county_reference, PLAN, target, XINCHENG, figure)

    def bulletin(self, unit: str = XINCHENG, *, at: datetime, notice: str = "") -> Path:
        self.written += 1
        out = self.folder / f"back{self.written}"
        out.mkdir()
        with self.county.transaction() as session:
            (path,) = write_bulletins(session, self.county_reference, out, [unit], notice=notice, now=at)
        return path


@pytest.fixture
def road(tmp_path, store_and_reference) -> Iterator[Road]:
    store, reference = store_and_reference
    with store.transaction() as session:
        save_installation(session, Setup(role="unit", unit_code=XINCHENG, clerk_name="王晓燕"), reference, is_demo=True)
        fill_demo(session, reference, months=4, seed=1, today=TODAY)
    files = [export(store, reference, period, tmp_path / "stick", TODAY) for period in ("2024-03", "2024-04")]
    county, county_reference = make_county(tmp_path / "county", demo=True)
    with county.transaction() as session:
        run_inbox(
            session,
            county_reference,
            named(*files),
            actor="李明",
            dry_run=False,
            accept_new_keys=True,
            demo_folder=True,
            today=TODAY,
            received_at=datetime(2024, 5, 4, 10, 0),  # March's return late (due 5 April), April's on time
        )
    yield Road(store, county, county_reference, tmp_path)
    county.close()


@pytest.fixture
def state(make_state, road) -> AppState:
    return make_state(road.unit, "en")


@pytest.fixture
def page(qtbot, state) -> ReturnsPage:
    page = ReturnsPage(state, Translator("en"), today=TODAY)
    qtbot.addWidget(page)
    page.year.setCurrentIndex(page.year.findData(2024))
    page.refresh()
    return page


class Answers:
    """Notes every message box shown and answers it: Yes to a question when ``yes``, else closes it."""

    def __init__(self, *, yes: bool) -> None:
        self.yes = yes
        self.shown: list[ShownMessage] = []
        self.timer = QTimer()
        self.timer.setInterval(10)
        self.timer.timeout.connect(self._answer)
        self.timer.start()

    def _answer(self) -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox) or not box.isVisible():
            return
        buttons = tuple(button.text() for button in box.buttons())
        self.shown.append(ShownMessage(box.icon(), box.windowTitle(), box.text(), box.detailedText(), buttons))
        yes = box.button(QMessageBox.StandardButton.Yes)
        if self.yes and yes is not None:
            yes.click()
        else:
            box.done(0)

    def texts(self) -> list[str]:
        return [message.text for message in self.shown]


@pytest.fixture
def answers() -> Iterator[Callable[..., Answers]]:
    made: list[Answers] = []

    def make(*, yes: bool = True) -> Answers:
        made.append(Answers(yes=yes))
        return made[-1]

    yield make
    for answer in made:
        answer.timer.stop()


@dataclass
class KeyAnswer:
    accept: bool
    failures: list[BaseException] = field(default_factory=list)
    fingerprint: str | None = None

    def start(self, qtbot) -> None:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, CountyKeyDialog)
            self.fingerprint = dialog.fingerprint.text()
            assert dialog.cancel_button.isDefault()
            button = dialog.accept_button if self.accept else dialog.cancel_button
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)

        when_shown(_key_dialog, act, self.failures)


def _key_dialog() -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, CountyKeyDialog) else None


def _import(qtbot, parent: QWidget, state: AppState, path: Path, *, accept: bool = True):
    key = KeyAnswer(accept)
    key.start(qtbot)
    result = import_interactive(parent, state, Translator("en"), path)
    assert key.failures == []
    return result, key


def _row(page: ReturnsPage, code: str) -> int:
    return next(row for row, status in enumerate(page.statuses) if status.period.code == code)


def _county_cell(page: ReturnsPage, code: str):
    return page.table.item(_row(page, code), COUNTY_COLUMN)


def _stored(store: Store) -> tuple[int, int, dict]:
    with store.reading() as session:
        keys = session.query(models.CountyKey).count()
        bulletins = session.query(models.CountyBulletin).count()
        return keys, bulletins, county_months(session)


def test_the_first_bulletin_shows_the_key_and_once_accepted_the_returns_page_shows_what_the_county_recorded(
    qtbot, road, state, page, answers
):
    road.send_back("2024-04")
    path = road.bulletin(at=datetime(2024, 5, 10, 9, 0), notice="请于5月20日前更正。")
    assert page.table.horizontalHeaderItem(COUNTY_COLUMN).text() == "County"
    assert _county_cell(page, "2024-04").text() == ""
    assert "No bulletin from the county has been imported yet" in page.bulletin_line.text()
    shown = answers()

    result, key = _import(qtbot, page, state, path)

    assert result is not None and result.status == "applied" and result.pins_key
    assert key.fingerprint == read_bulletin(path).key_fingerprint
    [message] = shown.texts()
    assert "2024-05-10 09:00" in message and "2 of our returns as received and 1 as sent back" in message
    assert key.fingerprint in message and "请于5月20日前更正。" in message
    keys, bulletins, months = _stored(road.unit)
    assert (keys, bulletins) == (1, 1)
    assert months["2024-04"].reason == REASON

    page.refresh()
    march, april = _county_cell(page, "2024-03"), _county_cell(page, "2024-04")
    assert march.text() == "received 2024-05-04 (late)"
    assert april.text() == f"sent back: {REASON}"
    assert april.toolTip() == (
        f"Received by the county 2024-05-04 10:00: version 1, fingerprint {months['2024-04'].fingerprint}\n"
        f"sent back: {REASON}"
    )
    assert "another file" not in march.toolTip()
    assert april.foreground().color().name() == ERROR_COLOUR
    assert _county_cell(page, "2024-05").text() == ""
    assert "bulletin of 2024-05-10 09:00" in page.bulletin_line.text()
    assert "请于5月20日前更正。" in page.bulletin_line.text()


def test_reopening_a_month_the_county_sent_back_offers_its_reason(qtbot, road, state, page, answers):
    road.send_back("2024-04")
    answers()
    _import(qtbot, page, state, road.bulletin(at=datetime(2024, 5, 10, 9, 0)))
    page.refresh()
    offered: list[str] = []
    failures: list[BaseException] = []

    def reopen_dialog() -> QWidget | None:
        widget = QApplication.activeModalWidget()
        return widget if isinstance(widget, ReopenDialog) else None

    def note_and(confirm: bool) -> Callable[[QWidget], None]:
        def act(dialog: QWidget) -> None:
            assert isinstance(dialog, ReopenDialog)
            offered.append(dialog.reason.toPlainText())
            if confirm:
                dialog.confirm()
            if dialog.isVisible():  # not confirmed, or refused (say, for want of a reason): the test goes on
                dialog.reject()

        return act

    page.table.selectRow(_row(page, "2024-03"))  # received: nothing to offer
    when_shown(reopen_dialog, note_and(confirm=False), failures)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    page.table.selectRow(_row(page, "2024-04"))
    when_shown(reopen_dialog, note_and(confirm=True), failures)
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)

    assert failures == []
    assert offered == ["", REASON]
    with road.unit.reading() as session:
        states = {s.period.code: s.state for s in month_statuses(session, XINCHENG, 2024, TODAY)}
    assert (states["2024-03"], states["2024-04"]) == ("exported", "reopened")
    assert page.statuses[_row(page, "2024-04")].state == "reopened"


def test_cancel_at_the_key_dialog_changes_nothing(qtbot, road, state, page, answers):
    shown = answers()
    result, key = _import(qtbot, page, state, road.bulletin(at=datetime(2024, 5, 10, 9, 0)), accept=False)

    assert result is None and key.fingerprint is not None
    assert shown.texts() == []
    assert _stored(road.unit) == (0, 0, {})
    page.refresh()
    assert _county_cell(page, "2024-03").text() == ""


def test_a_bulletin_for_another_unit_is_refused_with_its_reason_and_changes_nothing(qtbot, road, state, page, answers):
    shown = answers()
    result, key = _import(qtbot, page, state, road.bulletin(ZHAOKANG, at=datetime(2024, 5, 10, 9, 0)))

    assert result is not None and result.status == "refused"
    assert key.fingerprint is None  # no key to compare for a bulletin not meant for us
    [message] = shown.shown
    assert message.icon == QMessageBox.Icon.Warning
    assert "赵康镇" in message.text and "Nothing was changed" in message.text
    assert _stored(road.unit) == (0, 0, {})


def test_a_damaged_file_is_refused(qtbot, road, state, page, answers, tmp_path):
    shown = answers()
    damaged = tmp_path / "damaged.kesubulletin"
    damaged.write_bytes(road.bulletin(at=datetime(2024, 5, 10, 9, 0)).read_bytes()[:200])
    result, _key = _import(qtbot, page, state, damaged)
    assert result is not None and result.status == "refused"
    assert "damaged" in shown.texts()[0]
    assert _stored(road.unit) == (0, 0, {})


def test_the_overview_lists_the_shares_the_county_set_and_hides_the_group_without_any(qtbot, road, state, answers):
    overview = OverviewPage(state, Translator("en"), today=TODAY)
    qtbot.addWidget(overview)
    overview.refresh()
    assert not overview.shares_box.isVisibleTo(overview)
    answers()
    _import(qtbot, overview, state, road.bulletin(at=datetime(2024, 5, 10, 9, 0)))
    overview.refresh()
    assert not overview.shares_box.isVisibleTo(overview)  # the county set no shares

    road.share("high_quality_farmers", 120)
    road.share("demo_bases", 3)
    _import(qtbot, overview, state, road.bulletin(at=datetime(2024, 5, 11, 9, 0)))
    overview.refresh()

    assert overview.shares_box.isVisibleTo(overview)
    shown = _shares_shown(overview.shares_box.table)
    assert shown["高素质农民培训"] == ("120 人次", "0 人次 (0%)")
    assert shown["农村科普示范基地"][0] == "3 个"
    assert shown["农村科普示范基地"][1].endswith("%)")
    assert "2024-05-11 09:00" in overview.shares_box.toolTip()


def _shares_shown(table: QTableWidget) -> dict[str, tuple[str, str]]:
    """Target name -> (share, done so far), two targets to a line of three columns each."""
    shown = {}
    for row in range(table.rowCount()):
        for first in range(0, table.columnCount(), 3):
            name = table.item(row, first)
            if name is not None:
                shown[name.text()] = (table.item(row, first + 1).text(), table.item(row, first + 2).text())
    return shown


def test_undo_brings_back_the_bulletin_before(qtbot, road, state, page, answers):
    shown = answers(yes=False)
    _import(qtbot, page, state, road.bulletin(at=datetime(2024, 5, 10, 9, 0)))
    road.send_back("2024-04")
    _import(qtbot, page, state, road.bulletin(at=datetime(2024, 5, 12, 9, 0)))
    page.refresh()
    assert _county_cell(page, "2024-04").text() == f"sent back: {REASON}"
    before = len(shown.shown)

    assert not undo_interactive(page, state, Translator("en"))
    [question] = shown.shown[before:]
    assert question.icon == QMessageBox.Icon.Question and "2024-05-12 09:00" in question.text
    assert _stored(road.unit)[2]["2024-04"].state == "sent_back"

    shown.yes = True
    assert undo_interactive(page, state, Translator("en"))
    assert "The bulletin of 2024-05-10 09:00 is shown again." in shown.texts()[-1]
    page.refresh()
    assert _county_cell(page, "2024-04").text() == "received 2024-05-04 (on time)"
    assert "bulletin of 2024-05-10 09:00" in page.bulletin_line.text()

    assert undo_interactive(page, state, Translator("en"))
    assert "No bulletin from the county is applied now." in shown.texts()[-1]
    page.refresh()
    assert _county_cell(page, "2024-04").text() == ""
    before = len(shown.shown)
    assert not undo_interactive(page, state, Translator("en"))
    [refusal] = shown.shown[before:]  # no question first: the reason there is nothing to undo
    assert refusal.icon == QMessageBox.Icon.Warning and "there is none to undo" in refusal.text
    assert _stored(road.unit)[:2] == (1, 2)  # the key stays kept, the bulletins stay recorded as undone


def test_the_file_menu_imports_and_undoes_for_a_unit_and_refreshes_the_page(
    qtbot, road, make_window, answers, monkeypatch
):
    path = road.bulletin(at=datetime(2024, 5, 10, 9, 0))
    window = make_window(road.unit)
    actions = {action.text(): action for action in window.menuBar().actions()[0].menu().actions()}
    window.navigation.setCurrentRow(3)
    returns = window.pages.currentWidget()
    assert isinstance(returns, ReturnsPage)
    returns.year.setCurrentIndex(returns.year.findData(2024))
    assert returns.table.item(_row(returns, "2024-03"), COUNTY_COLUMN).text() == ""
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *args: (str(path), ""))
    answers()
    key = KeyAnswer(accept=True)
    key.start(qtbot)

    actions["Import the county's &bulletin…"].trigger()

    assert key.failures == [] and key.fingerprint is not None
    assert returns.table.item(_row(returns, "2024-03"), COUNTY_COLUMN).text() == "received 2024-05-04 (late)"
    actions["&Undo the last county bulletin…"].trigger()
    assert returns.table.item(_row(returns, "2024-03"), COUNTY_COLUMN).text() == ""


def test_the_county_has_no_bulletin_actions(make_window, county_store):
    window = make_window(county_store)
    texts = [action.text() for action in window.menuBar().actions()[0].menu().actions()]
    assert "Import the county's &bulletin…" not in texts


@pytest.mark.parametrize("apply", [True, False], ids=["applied", "declined"])
def test_what_the_countys_reference_data_changes_is_shown_before_it_is_applied(
    qtbot, road, state, page, answers, apply
):
    with road.county.transaction() as session:
        set_survey_row(session, road.county_reference, "activity_form", "science_show", "exhibition", by="李明")
    path = road.bulletin(at=datetime(2024, 5, 10, 9))
    answered = answers(yes=apply)

    _import(qtbot, page, state, path)

    question = next(text for text in answered.texts() if "updates the lists" in text)
    assert "activity form changed: 科学实验秀、科技节" in question
    _keys, bulletins, _months = _stored(state.store)
    assert bulletins == (1 if apply else 0)
    with state.store.reading() as session:
        row = session.get(models.ActivityForm, "science_show")
        assert row is not None and row.national_row == ("exhibition" if apply else "other")


def test_a_county_fingerprint_other_than_the_exported_ones_is_pointed_out(language):
    language("en")
    month = CountyMonth("received", 1, "2024-04-03T10:00:00", "AAAA-BBBB-CCCC-DDDD", timeliness="on_time")

    assert "another file" not in county_month_tooltip(month, (1, "AAAA-BBBB-CCCC-DDDD"))
    assert "another file" not in county_month_tooltip(month, (2, "EEEE-FFFF-0000-1111"))
    assert "(fingerprint EEEE-FFFF-0000-1111); call the county office" in county_month_tooltip(
        month, (1, "EEEE-FFFF-0000-1111")
    )


def test_the_newest_bulletin_on_the_stick_is_offered(qtbot, road, state, page, monkeypatch):
    older = road.bulletin(at=datetime(2024, 5, 10, 9))
    newer = road.bulletin(at=datetime(2024, 5, 11, 9))
    stick = road.folder / "usb"
    (stick / "回执").mkdir(parents=True)
    for path in (older, newer):
        shutil.copy(path, stick / "回执" / path.name)
    shutil.copy(road.bulletin(ZHAOKANG, at=datetime(2024, 5, 12, 9)), stick)
    monkeypatch.setattr("ui.bulletins.importing.removable_drives", lambda: [Drive(stick, "USB", 1 << 30)])
    failures: list[BaseException] = []
    seen: list[str] = []

    def box_saying(words: str) -> Callable[[], QWidget | None]:
        def find() -> QWidget | None:
            box = QApplication.activeModalWidget()
            return box if isinstance(box, QMessageBox) and words in box.text() else None

        return find

    def take(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.defaultButton().click()

    def close(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        seen.append(box.text())
        box.done(0)

    when_shown(box_saying("is on the stick"), take, failures)
    when_shown(box_saying("is applied"), close, failures)
    key = KeyAnswer(True)
    key.start(qtbot)

    result = import_interactive(page, state, Translator("en"))

    assert failures == [] and key.failures == []
    assert seen[0] == f"The county's bulletin {newer.name} is on the stick. Import it?"
    assert result is not None and result.status == "applied"
    assert result.bulletin is not None and result.bulletin.issued_at == datetime(2024, 5, 11, 9)
