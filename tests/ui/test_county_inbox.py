"""The county's Import page driven as a clerk drives it: a unit's exported return waits for its key, is imported
once the key is confirmed, is already held the next time (no new import recorded), comes back after an undo;
a tampered file and a clerk's own spreadsheet are refused or skipped; Cancel stores nothing; the receipt list
is written where the clerk says. The returns are real: exported by a unit's own store in a folder of its own."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from openpyxl import Workbook
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox.imports import KEY_FIRST, current_returns, run_inbox
from kesu_desktop.county.inbox.keys import accept_key
from kesu_desktop.county.inbox.past_imports import list_imports
from kesu_desktop.county.inbox.sources import gather
from kesu_desktop.county.inbox.types import IDENTICAL, INVALID, KEY_TO_CONFIRM, NEW, SKIPPED
from kesu_desktop.store.database import Store
from kesu_desktop.store.drives import Drive
from kesu_desktop.store.installation import Setup, save_installation
from kesu_desktop.store.startup import prepare_store
from tests.conftest import UNIT_CODE
from tests.ui.helpers import when_shown
from tests.ui.reported import reported_activity
from tests.ui.test_mnemonics import duplicates, mnemonics
from ui.county.inbox_page import InboxPage
from ui.county.inbox_results import status_colour
from ui.county.inbox_sources import DrivePicker, folder_text
from ui.county.key_dialogs import ConfirmKeyDialog
from ui.county.keys_page import UnitKeysPage
from ui.county.progress import InboxProgress
from ui.state import AppState
from ui.widgets.error_label import ERROR_COLOUR

CLERK = "刘芳"


def export_from_new_installation(unit_folder: Path, stick: Path) -> Path:
    """A return of last month exported by a freshly set up 新城镇 installation (with its own signing key)."""
    store, reference = prepare_store(DataDir(unit_folder))
    try:
        with store.transaction() as session:
            save_installation(session, Setup(role="unit", unit_code=UNIT_CODE, clerk_name="王晓燕"), reference)
        reported_activity(store, reference, stick)
    finally:
        store.close()
    (file,) = stick.glob("*.xlsx")
    return file


@pytest.fixture(scope="module")
def stick(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A stick holding one return of 新城镇."""
    root = tmp_path_factory.mktemp("unit")
    export_from_new_installation(root / "data", root / "stick")
    return root / "stick"


@pytest.fixture
def state(make_state: Callable[..., AppState], county_store: Store) -> AppState:
    return make_state(county_store, "en")


@pytest.fixture
def translator() -> Translator:
    return Translator("en")


@pytest.fixture
def page(qtbot, state: AppState, translator: Translator) -> InboxPage:
    page = InboxPage(state, translator)
    qtbot.addWidget(page)
    page.show()
    return page


def checked(page: InboxPage, *sources: Path) -> list[str]:
    """Add the sources, press Check; the statuses of the files."""
    for source in sources:
        page.sources.add(source, folder_text(source))
    page.check_button.click()
    return [result.status for result in page.model.results]


def active(kind: type[QWidget]) -> QWidget | None:
    widget = QApplication.activeModalWidget()
    return widget if isinstance(widget, kind) and widget.isVisible() else None


def confirm_when_asked(failures: list[BaseException]) -> None:
    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, ConfirmKeyDialog)
        assert not dialog.confirm_button.isEnabled()  # not before the clerk says the fingerprints match
        dialog.same.setChecked(True)
        dialog.confirm_button.click()

    when_shown(lambda: active(ConfirmKeyDialog), answer, failures)


def confirm_the_key(page: InboxPage) -> None:
    failures: list[BaseException] = []
    confirm_when_asked(failures)
    page.confirm_button.click()
    assert failures == []


def pin_key(store: Store, state: AppState, stick: Path) -> None:
    """The unit's key noted (by an import of the waiting file) and confirmed, through the services."""
    with store.transaction() as session:
        run_inbox(session, state.reference, gather([stick]), actor=CLERK, dry_run=False)
        accept_key(session, UNIT_CODE, None, CLERK)


def held(store: Store) -> list[tuple[str, str, int]]:
    with store.reading() as session:
        return [(r.unit_code, r.period, r.version) for r in current_returns(session)]


def imports(store: Store) -> int:
    with store.reading() as session:
        return len(list_imports(session))


def test_the_county_window_has_the_import_and_the_keys_page(make_window, county_store):
    window = make_window(county_store)
    assert isinstance(window.pages.widget(0), InboxPage)
    assert isinstance(window.pages.widget(1), UnitKeysPage)
    assert window.navigation.item(1).text() == "Units & keys"


def test_a_check_shows_the_key_to_confirm_and_stores_nothing(page, stick, state, translator, qtmodeltester):
    assert not page.check_button.isEnabled()  # nothing to check yet
    assert checked(page, stick) == [KEY_TO_CONFIRM]
    result = page.model.results[0]
    assert result.unit_code == UNIT_CODE and result.key_fingerprint
    reason = page.model.texts(0)[9]
    # the GUI's words, never the command line's
    assert reason == translator.format("Errors", KEY_FIRST, dict(result.reason.values))
    assert "Units & keys" in reason and "county keys" not in reason and "--" not in reason
    assert page.summary.text() == "Files: 1 — Key to confirm 1"
    assert status_colour(KEY_TO_CONFIRM) == ERROR_COLOUR
    assert page.confirm_button.isEnabled() and page.import_button.isEnabled()
    assert page.model.data(page.model.index(0, 10), Qt.ItemDataRole.ToolTipRole) == result.file
    assert imports(state.store) == 0 and held(state.store) == []
    qtmodeltester.check(page.model)


def test_confirming_the_key_then_importing_stores_the_return(page, stick, state):
    checked(page, stick)
    confirm_the_key(page)
    assert [r.status for r in page.model.results] == [NEW]  # checked again once the key is confirmed
    assert held(state.store) == []  # confirming a key stores no return
    assert page.import_button.isEnabled()
    page.import_button.click()
    assert [r.status for r in page.model.results] == [NEW]
    assert "Returns stored: 1" in page.outcome.text()
    assert not page.import_button.isEnabled()
    assert len(held(state.store)) == 1 and held(state.store)[0][0] == UNIT_CODE
    assert page.history.model.rowCount() == 1
    assert page.history.model.texts(0)[1:4] == (CLERK, "1", "1")


def test_importing_again_is_already_held_and_records_no_import(page, stick, state):
    pin_key(state.store, state, stick)
    checked(page, stick)
    page.import_button.click()
    assert imports(state.store) == 1
    assert checked(page, stick) == [IDENTICAL]
    assert not page.import_button.isEnabled()
    assert "Nothing to import" in page.outcome.text()
    page.import_returns()  # even asked for, an import that changes nothing records nothing
    assert [r.status for r in page.model.results] == [IDENTICAL]
    assert "Nothing was stored" in page.outcome.text()
    assert imports(state.store) == 1 and page.history.model.rowCount() == 1


def test_undoing_an_import_takes_its_returns_back(page, stick, state):
    pin_key(state.store, state, stick)
    checked(page, stick)
    page.import_button.click()
    failures: list[BaseException] = []
    shown: list[str] = []

    def answer(box: QWidget) -> None:
        assert isinstance(box, QMessageBox)
        shown.append(box.text())
        next(b for b in box.buttons() if b.text() == "Undo import").click()

    when_shown(lambda: active(QMessageBox), answer, failures)
    page.history.undo_button.click()
    assert failures == []
    assert "The returns this import stored (1) are removed; a version it replaced counts again." in shown[0]
    assert held(state.store) == []
    assert page.history.model.texts(0)[4].startswith("undone ")
    assert not page.history.undo_button.isEnabled()
    assert page.model.rowCount() == 0 and "check the files again" in page.outcome.text()
    assert checked(page, stick) == [NEW]  # the return can be imported again


def test_an_undo_can_be_declined(page, stick, state, message_boxes):
    pin_key(state.store, state, stick)
    checked(page, stick)
    page.import_button.click()
    page.history.undo_button.click()  # the box is closed without choosing Undo import
    assert message_boxes.shown and len(held(state.store)) == 1


def test_a_tampered_file_is_refused_and_a_spreadsheet_skipped(page, stick, state, tmp_path):
    pile = tmp_path / "pile"
    pile.mkdir()
    original = next(stick.glob("*.xlsx"))
    data = bytearray(original.read_bytes())
    data[len(data) // 2] ^= 0xFF
    (pile / "changed.xlsx").write_bytes(bytes(data))
    sheet = Workbook()
    sheet.active["A1"] = "会议签到表"
    sheet.save(pile / "sign-in.xlsx")
    assert checked(page, pile) == [INVALID, SKIPPED]
    assert page.model.texts(0)[9]  # the reason, in words
    assert page.model.data(page.model.index(0, 0), Qt.ItemDataRole.ForegroundRole).color().name() == ERROR_COLOUR
    assert page.model.data(page.model.index(1, 0), Qt.ItemDataRole.ForegroundRole) is None
    assert not page.import_button.isEnabled()
    page.sources.clear()
    page.sources.add(pile / "sign-in.xlsx", "sign-in.xlsx")  # named rather than found: refused, not skipped
    page.check_button.click()
    assert [r.status for r in page.model.results] == [INVALID]
    assert imports(state.store) == 0


def test_cancel_stores_nothing(page, stick, state, monkeypatch):
    pin_key(state.store, state, stick)
    checked(page, stick)
    original = InboxProgress.__call__

    def press_cancel(progress: InboxProgress, done: int, total: int) -> bool:
        progress.dialog.cancel()
        return original(progress, done, total)

    monkeypatch.setattr(InboxProgress, "__call__", press_cancel)
    page.import_button.click()
    assert page.outcome.text() == "The import was cancelled; nothing was stored."
    assert held(state.store) == [] and imports(state.store) == 0
    page.check_button.click()
    assert page.outcome.text() == "The check was cancelled."
    assert page.model.rowCount() == 0 and not page.import_button.isEnabled()


def test_changing_the_sources_asks_for_a_new_check(page, stick, qtbot):
    checked(page, stick)
    page.sources.add(stick / "elsewhere", "elsewhere")
    assert page.model.rowCount() == 0 and not page.import_button.isEnabled()
    page.sources.list.setCurrentRow(1)
    qtbot.keyClick(page.sources.list, Qt.Key.Key_Delete)
    assert page.sources.paths() == [stick]
    page.sources.clear_button.click()
    assert page.sources.paths() == [] and not page.check_button.isEnabled()


def test_a_usb_stick_is_offered_first(qtbot, monkeypatch, stick):
    drive = Drive(stick, "KESU", 8 * 1024**3)
    monkeypatch.setattr("ui.county.inbox_sources.removable_drives", lambda: [drive])
    picker = DrivePicker()
    qtbot.addWidget(picker)
    assert picker.chosen() == (stick, f"USB stick KESU ({stick}), 8.0 GB free")
    monkeypatch.setattr("ui.county.inbox_sources.removable_drives", list)
    picker.fill()
    assert picker.chosen() is None and "No USB stick found" in picker.note.text()


def test_the_receipt_list_is_written_where_the_clerk_says(page, stick, state, tmp_path, monkeypatch, message_boxes):
    pin_key(state.store, state, stick)
    checked(page, stick)
    page.import_button.click()
    folder = tmp_path / "receipts"
    folder.mkdir()
    monkeypatch.setattr(
        "ui.county.import_history.QFileDialog.getExistingDirectory", lambda *args, **kwargs: str(folder)
    )
    page.history.receipt_button.click()
    written = sorted(path.suffix for path in folder.iterdir())
    assert written == [".pdf", ".xlsx"]
    assert message_boxes.shown[-1].title == "Receipt list written"
    assert str(folder) in message_boxes.shown[-1].text


def test_the_page_fits_the_small_screen(page, stick):
    checked(page, stick)
    assert page.minimumSizeHint().height() <= 728 - 100  # the menu bar, status bar and margins take the rest


def test_a_file_gone_since_the_check_is_said_in_words(page, stick, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(stick, copy)
    checked(page, copy)
    shutil.rmtree(copy)
    page.import_button.click()
    assert [r.status for r in page.model.results] == [INVALID]
    assert "is not there any more" in page.model.texts(0)[9]


@pytest.mark.parametrize("code", ["en", "zh_CN"])
@pytest.mark.parametrize("row", [0, 1])
def test_each_mnemonic_leads_to_one_place(qtbot, make_window, county_store, language, code, row):
    window = make_window(county_store, language(code))
    with qtbot.waitActive(window):
        window.show()
    window.navigation.setCurrentRow(row)
    assert duplicates(mnemonics(window)) == []
