"""The county's road back to the townships on screen (issue 16): a held return sent back from the Reporting status
page with its reason (stored with the right version, marked in the grid, refused when empty or sent back
already), and the units' bulletins written from the Import page's dialog into a folder (read back signed, the
send-back in its unit's file, the county's key fingerprint shown), a missing folder refused with nothing written."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget
from sqlalchemy import select

from db import models
from kesu_desktop.base.signing import key_fingerprint, public_key_text
from kesu_desktop.base.translation import Translator
from kesu_desktop.bulletins.document import SUFFIX, read_bulletin
from kesu_desktop.store.database import Store
from kesu_desktop.store.installation import signing_key
from tests.county_held import hold, payload
from tests.ui.helpers import type_text, when_shown
from ui.county.bulletin_dialog import BulletinDialog
from ui.county.inbox_page import InboxPage
from ui.county.inbox_sources import folder_text
from ui.county.send_back_dialog import SendBackDialog
from ui.county.status_model import SENT_BACK_MARK
from ui.county.status_page import StatusPage
from ui.state import AppState

TODAY = date(2025, 6, 18)
XINCHENG, ZHAOKANG = "141023101", "141023102"
REASON = "讲座人次有误，请核对"


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    state = make_state(county_store, "en")
    reference = state.reference
    with county_store.transaction() as session:
        hold(
            session,
            reference,
            [
                (payload(reference, XINCHENG, "2024-01"), datetime(2024, 2, 5, 17)),
                (payload(reference, XINCHENG, "2024-02"), datetime(2024, 3, 4, 9)),
                (payload(reference, XINCHENG, "2024-02", version=2), datetime(2024, 3, 12, 9, 30)),
                (payload(reference, ZHAOKANG, "2024-01"), datetime(2024, 2, 3, 10)),
            ],
        )
    return state


@pytest.fixture
def page(qtbot, state: AppState) -> StatusPage:
    page = StatusPage(state, Translator("en"), today=lambda: TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 680)
    page.show()
    page.year.setValue(2024)
    return page


def select_cell(page: StatusPage, code: str, month: int) -> None:
    row = [unit.code for unit in page.state.reference.reporting_units()].index(code)
    page.grid.setCurrentIndex(page.model.index(row, month - 1))


def active(kind: type[QWidget]) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) and widget.isVisible() else None


def send_backs(store: Store) -> list[tuple[str, str, int, str, str]]:
    with store.reading() as session:
        rows = session.scalars(select(models.SendBack).order_by(models.SendBack.id))
        return [(r.unit_code, r.period, r.version, r.reason, r.sent_by) for r in rows]


def send_back_from_page(page: StatusPage, reason: str) -> list[str]:
    """Press Send back… on the selected cell, type ``reason`` and press Ctrl+Enter; what the dialog showed
    (its labels, then its error line if it stayed open)."""
    failures: list[BaseException] = []
    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, SendBackDialog)
        seen.extend(label.text() for label in dialog.findChildren(type(dialog.error)))
        assert not dialog.send_button.isEnabled(), "nothing to send before a reason is typed"
        assert dialog.focusWidget() is dialog.reason
        type_text(dialog.reason, reason)
        QTest.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
        if dialog.isVisible():
            seen.append(dialog.error.text())
            dialog.reject()

    when_shown(lambda: active(SendBackDialog), answer, failures)
    page.send_back.button.click()
    assert failures == []
    return seen


def test_a_held_return_is_sent_back_with_its_reason_and_its_version(qtbot, page, state):
    select_cell(page, XINCHENG, 4)
    assert not page.send_back.button.isEnabled() and not page.send_back.action.isEnabled(), "April is missing"
    select_cell(page, XINCHENG, 2)
    assert page.send_back.button.isEnabled() and page.send_back.action in page.grid.actions()

    seen = send_back_from_page(page, REASON)

    assert (
        "新城镇" in seen
        and "February 2024" in " ".join(seen)
        and any(t.startswith("2 (received 2024-03-12") for t in seen)
    )
    assert send_backs(state.store) == [(XINCHENG, "2024-02", 2, REASON, "刘芳")]
    index = page.grid.currentIndex()
    assert page.model.data(index).startswith(SENT_BACK_MARK)
    assert f"Sent back: {REASON}" in page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    page.refresh()
    assert page.model.data(index).startswith(SENT_BACK_MARK), "the mark stays when the page reads the grid again"
    again = StatusPage(state, Translator("en"), today=lambda: TODAY)
    qtbot.addWidget(again)
    again.year.setValue(2024)
    again.refresh()
    assert again.model.data(index).startswith(SENT_BACK_MARK), "a page opened later reads it from the store"


def test_sending_back_the_same_version_again_is_refused_in_the_dialog(page, state):
    select_cell(page, ZHAOKANG, 1)
    send_back_from_page(page, "表4 缺填")
    seen = send_back_from_page(page, "再次退回")
    assert "was sent back already" in seen[-1] and "Version 1" in seen[-1]
    assert send_backs(state.store) == [(ZHAOKANG, "2024-01", 1, "表4 缺填", "刘芳")]


def test_an_empty_reason_cannot_be_sent(qtbot, page, state):
    select_cell(page, XINCHENG, 1)
    cell = page.send_back.selected()
    assert cell is not None
    dialog = SendBackDialog(state, Translator("en"), cell)
    qtbot.addWidget(dialog)
    dialog.show()
    type_text(dialog.reason, "   ")
    assert not dialog.send_button.isEnabled()
    QTest.keyClick(dialog.reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.isVisible() and send_backs(state.store) == []


def fingerprint_of(state: AppState) -> str:
    with state.store.reading() as session:
        return key_fingerprint(public_key_text(signing_key(session)))


def test_bulletins_for_two_chosen_units_are_written_signed_with_the_send_back_inside(
    qtbot, page, state, tmp_path, message_boxes
):
    select_cell(page, XINCHENG, 2)
    send_back_from_page(page, REASON)
    folder = tmp_path / "stick"
    folder.mkdir()
    dialog = BulletinDialog(state, Translator("en"), folder=folder)
    qtbot.addWidget(dialog)
    dialog.show()
    fingerprint = fingerprint_of(state)
    assert fingerprint in [label.text() for label in dialog.findChildren(type(dialog.error))]
    assert dialog.folder.text() == str(folder)
    assert set(dialog.units.codes()) == {unit.code for unit in state.reference.reporting_units()}
    dialog.units.set_codes([ZHAOKANG, XINCHENG])
    type_text(dialog.notice, "Notice")
    dialog.write_button.click()

    files = sorted(folder.glob(f"*{SUFFIX}"))
    assert len(files) == 2 and dialog.written and sorted(dialog.written) == files
    read = {bulletin.unit_code: bulletin for bulletin in map(read_bulletin, files)}
    assert set(read) == {XINCHENG, ZHAOKANG}
    assert all(bulletin.key_fingerprint == fingerprint for bulletin in read.values())
    mine = read[XINCHENG].payload
    assert [(s["period"], s["version"], s["reason"]) for s in mine["send_backs"]] == [("2024-02", 2, REASON)]
    assert read[ZHAOKANG].payload["send_backs"] == [] and mine["notice"] == "Notice"
    (shown,) = message_boxes.shown
    assert f"2 bulletins are written in {folder}" in shown.text
    assert f"The county's key fingerprint is {fingerprint}: tell the townships" in shown.text


def test_a_missing_folder_is_refused_and_nothing_is_written(qtbot, state, tmp_path, message_boxes):
    (tmp_path / "out").mkdir()
    missing = tmp_path / "out" / "no stick"
    dialog = BulletinDialog(state, Translator("en"), folder=missing)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.write_button.click()
    assert dialog.isVisible() and "does not exist" in dialog.error.text() and str(missing) in dialog.error.text()
    assert list((tmp_path / "out").iterdir()) == [] and message_boxes.shown == []
    dialog.units.set_codes([])
    assert not dialog.write_button.isEnabled(), "no unit ticked, nothing to write"


def test_the_import_page_offers_the_folder_last_added_as_a_source(qtbot, state, tmp_path):
    page = InboxPage(state, Translator("en"))
    qtbot.addWidget(page)
    page.show()
    stick = tmp_path / "stick"
    stick.mkdir()
    page.sources.add(stick, folder_text(stick))
    failures: list[BaseException] = []
    offered: list[str] = []

    def look(dialog: QWidget) -> None:
        assert isinstance(dialog, BulletinDialog)
        offered.append(dialog.folder.text())
        dialog.reject()

    when_shown(lambda: active(BulletinDialog), look, failures)
    page.bulletins_button.click()
    assert failures == [] and offered == [str(stick)]


def test_every_reporting_unit_is_written_by_default_with_a_progress_dialog(qtbot, state, tmp_path, message_boxes):
    dialog = BulletinDialog(state, Translator("en"), folder=tmp_path)
    qtbot.addWidget(dialog)
    units = len(state.reference.reporting_units())
    assert dialog.ticked.text() == f"{units} of {units} ticked"
    dialog.write_button.click()
    assert len(list(tmp_path.glob(f"*{SUFFIX}"))) == units == len(dialog.written)
    assert f"{units} bulletins are written" in message_boxes.shown[0].text
