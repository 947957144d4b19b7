"""The county's Units & keys page and its dialogs: every reporting unit with its key state; confirming a waiting
key after comparing its fingerprint (shown large, in a fixed-width font); replacing a confirmed key only with a
reason, kept with the old key; revoking with a reason, after which the unit's returns are refused."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics

from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.imports import run_inbox
from kesu_desktop.county.inbox.keys import PINNED, RETIRED, REVOKED, list_keys
from kesu_desktop.county.inbox.sources import gather
from kesu_desktop.county.inbox.types import INVALID
from kesu_desktop.store.database import Store
from tests.conftest import UNIT_CODE
from tests.ui.helpers import when_shown
from tests.ui.test_county_inbox import CLERK, active, checked, export_from_new_installation
from ui.county.inbox_page import InboxPage
from ui.county.key_dialogs import ConfirmKeyDialog, RevokeKeyDialog
from ui.county.keys_page import UnitKeysPage
from ui.state import AppState


@pytest.fixture(scope="module")
def sticks(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """Two sticks with a return of 新城镇: from its first computer, and from the one that replaced it."""
    root = tmp_path_factory.mktemp("units")
    export_from_new_installation(root / "first-pc", root / "first")
    export_from_new_installation(root / "new-pc", root / "second")
    return root / "first", root / "second"


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    return make_state(county_store, "en")


@pytest.fixture
def translator() -> Translator:
    return Translator("en")


@pytest.fixture
def page(qtbot, state: AppState, translator: Translator) -> UnitKeysPage:
    page = UnitKeysPage(state, translator)
    qtbot.addWidget(page)
    page.show()
    return page


def note(state: AppState, stick: Path) -> None:
    """Import the stick's files: a key the county has not seen is noted, to be confirmed."""
    with state.store.transaction() as session:
        run_inbox(session, state.reference, gather([stick]), actor=CLERK, dry_run=False)


def keys_of_unit(state: AppState) -> list[tuple[str, str]]:
    with state.store.reading() as session:
        return [(k.state, k.reason or "") for k in list_keys(session, UNIT_CODE)]


def select(page: UnitKeysPage, code: str) -> None:
    page.table.selectRow([row.unit.code for row in page.model.rows].index(code))


def confirm_dialog(page: UnitKeysPage, act: Callable[[ConfirmKeyDialog], None]) -> None:
    failures: list[BaseException] = []

    def answer(dialog: object) -> None:
        assert isinstance(dialog, ConfirmKeyDialog)
        act(dialog)

    when_shown(lambda: active(ConfirmKeyDialog), answer, failures)
    page.confirm_button.click()
    assert failures == []


def tick_and_confirm(dialog: ConfirmKeyDialog) -> None:
    dialog.same.setChecked(True)
    dialog.confirm_button.click()


def test_every_reporting_unit_is_listed_with_its_key(page, state, sticks, qtmodeltester):
    units = state.reference.reporting_units()
    assert [row.unit.code for row in page.model.rows] == [u.code for u in units]
    assert {page.model.texts(r)[2] for r in range(page.model.rowCount())} == {"No key yet"}
    note(state, sticks[0])
    page.refresh()
    select(page, UNIT_CODE)
    row = page.selected()
    assert row is not None and row.waiting
    assert page.model.texts(page.table.currentIndex().row())[2:5] == ("To confirm", "—", row.waiting[0])
    assert page.confirm_button.isEnabled() and not page.revoke_button.isEnabled()
    assert page.summary.text() == "0 of 37 units have a confirmed key; keys waiting to be confirmed: 1."
    page.only_waiting.setChecked(True)
    assert [r.unit.code for r in page.model.rows] == [UNIT_CODE]
    qtmodeltester.check(page.model)


def test_confirming_shows_the_fingerprint_to_compare(page, state, sticks):
    note(state, sticks[0])
    page.refresh()
    select(page, UNIT_CODE)
    fingerprint = page.selected().waiting[0]

    def compare_and_confirm(dialog: ConfirmKeyDialog) -> None:
        assert dialog.fingerprint.text() == fingerprint
        metrics = QFontMetrics(dialog.fingerprint.font())
        assert metrics.horizontalAdvance("1111") == metrics.horizontalAdvance("DDDD")  # each character as wide
        assert dialog.fingerprint.font().pointSize() >= 2 * dialog.font().pointSize()
        assert f"密钥：{fingerprint}" in dialog.instruction.text()
        assert "stamped paper return" in dialog.instruction.text()
        assert dialog.confirmed is None  # a first key: no reason asked
        assert not dialog.reason.isVisibleTo(dialog)
        assert not dialog.confirm_button.isEnabled()
        tick_and_confirm(dialog)

    confirm_dialog(page, compare_and_confirm)
    assert keys_of_unit(state) == [(PINNED, "")]
    assert page.model.texts(page.table.currentIndex().row())[2:5] == ("Confirmed", fingerprint, "")
    assert page.revoke_button.isEnabled() and not page.confirm_button.isEnabled()


def test_replacing_a_confirmed_key_needs_a_reason(page, state, sticks, qtbot):
    first, second = sticks
    note(state, first)
    page.refresh()
    select(page, UNIT_CODE)
    confirm_dialog(page, tick_and_confirm)
    note(state, second)  # the unit's computer was reinstalled: its new key waits
    page.refresh()
    select(page, UNIT_CODE)

    def replace(dialog: ConfirmKeyDialog) -> None:
        assert dialog.reason.isVisibleTo(dialog)
        assert "already has a confirmed key" in dialog.replaces.text() and "replaces it" in dialog.replaces.text()
        dialog.same.setChecked(True)
        assert not dialog.confirm_button.isEnabled()  # not without a reason
        dialog.reason.setPlainText("电脑重装")
        assert dialog.confirm_button.isEnabled()
        dialog.confirm_button.click()

    confirm_dialog(page, replace)
    assert sorted(keys_of_unit(state)) == [(PINNED, "电脑重装"), (RETIRED, "电脑重装")]
    assert page.model.texts(page.table.currentIndex().row())[5].startswith("Replaced ")
    assert page.model.texts(page.table.currentIndex().row())[5].endswith("(电脑重装)")
    assert page.detail.rowCount() == 2


def test_revoking_needs_a_reason_and_refuses_the_units_returns(qtbot, page, state, sticks, translator):
    first, _second = sticks
    note(state, first)
    page.refresh()
    select(page, UNIT_CODE)
    confirm_dialog(page, tick_and_confirm)
    failures: list[BaseException] = []

    def revoke(dialog: object) -> None:
        assert isinstance(dialog, RevokeKeyDialog)
        assert not dialog.revoke_button.isEnabled()
        dialog.reason.setPlainText("电脑被盗")
        dialog.revoke_button.click()

    when_shown(lambda: active(RevokeKeyDialog), revoke, failures)
    page.revoke_button.click()
    assert failures == []
    assert keys_of_unit(state) == [(REVOKED, "电脑被盗")]
    assert page.model.texts(page.table.currentIndex().row())[2] == "Revoked"
    inbox = InboxPage(state, translator)
    qtbot.addWidget(inbox)
    assert checked(inbox, first) == [INVALID]
    assert "revoked" in inbox.model.texts(0)[9]


def test_a_key_only_a_check_has_seen_is_confirmed_from_its_file(qtbot, state, sticks, translator):
    """Confirming from the Import page a key that a check (which stores nothing) has just shown."""
    first, _second = sticks
    inbox = InboxPage(state, translator)
    qtbot.addWidget(inbox)
    checked(inbox, first)
    assert keys_of_unit(state) == []
    row = inbox.model.results[0]
    unit = state.reference.find_unit(UNIT_CODE)
    assert unit is not None and row.key_fingerprint
    dialog = ConfirmKeyDialog(state, translator, unit, [row.key_fingerprint], public_key=row.public_key)
    qtbot.addWidget(dialog)
    dialog.same.setChecked(True)
    dialog.confirm()
    assert keys_of_unit(state) == [(PINNED, "")]
