"""The county inbox end to end: units' stores filled with generated records, their months exported and
imported at the county; the county's figures equal each unit's own; importing again writes nothing (the
database's change counter says so); a correction replaces its first version in every figure; undo restores;
and each forged, tampered or misplaced file is refused with its own reason."""

from __future__ import annotations

import json
import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from kesu_desktop.base.translation import Translator
from kesu_desktop.county.inbox import imports as inbox
from kesu_desktop.county.inbox import incoming, keys
from kesu_desktop.county.inbox.imports import InboxCancelledError, current_returns, run_inbox
from kesu_desktop.county.inbox.past_imports import list_imports, undo_import
from kesu_desktop.county.inbox.sources import Candidate, gather
from kesu_desktop.county.inbox.types import CONFLICT, IDENTICAL, INVALID, KEY_TO_CONFIRM, NEW, OLDER, REPLACES, SKIPPED
from kesu_desktop.records.service import list_activities, list_trainings, update_activity
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.aggregation import summarise, summarise_records
from kesu_desktop.returns.ledger import reopen
from kesu_desktop.returns.recompute import activity_from_payload, training_from_payload
from kesu_desktop.returns.workbook.reader import read_return_workbook
from kesu_desktop.store.database import Store
from main import main
from tests.county_files import (
    county_store,
    demo_unit,
    edited,
    export,
    forged,
    header_cell,
    named,
    period_label,
    private_key,
)

TODAY = date(2026, 11, 20)
UNITS = ("141023101", "141023201")  # 新城镇, 陶寺乡
MONTHS = ("2026-09", "2026-10")
ZH = Translator("zh_CN")


@pytest.fixture(scope="module")
def stick(tmp_path_factory):
    """Both units' September and October returns on one stick, and the units' stores (still open)."""
    root = tmp_path_factory.mktemp("units")
    units, files = {}, {}
    for seed, code in enumerate(UNITS, start=1):
        store, reference = demo_unit(root / code, code, months=3, today=TODAY, seed=seed)
        units[code] = (store, reference)
        for period in MONTHS:
            files[(code, period)] = export(store, reference, period, root / "stick", TODAY)
    yield root / "stick", files, units
    for store, _reference in units.values():
        store.close()


@pytest.fixture
def county(tmp_path):
    store, reference = county_store(tmp_path / "county", demo=True)
    yield store, reference
    store.close()


def take(county, candidates, *, dry_run=False, accept_new_keys=True, today=TODAY):
    store, reference = county
    session_of = store.reading if dry_run else store.transaction
    with session_of() as session:
        return run_inbox(
            session,
            reference,
            candidates,
            actor="李明",
            dry_run=dry_run,
            accept_new_keys=accept_new_keys,
            demo_folder=True,
            today=today,
        )


def statuses(run) -> list[str]:
    return [result.status for result in run.results]


def reason(result) -> str:
    return result.reason.template


_INBOX_TABLES = ("county_import", "import_file", "received_return", "received_record", "unit_key")


def data_version(store: Store) -> tuple[int, int]:
    """Whether anything was written, as another connection sees it: SQLite's change counter, or on a server the
    newest transaction that wrote a row of the inbox's tables; and the number of rows in those tables."""
    if store.server is not None:
        with store.engine.connect() as connection:
            counts = [
                connection.exec_driver_sql(f"SELECT COUNT(*), COALESCE(MAX(xmin::text::bigint), 0) FROM {t}").one()
                for t in _INBOX_TABLES
            ]
        return max(int(newest) for _count, newest in counts), sum(int(count) for count, _newest in counts)
    connection = sqlite3.connect(store.data_dir.database)
    try:
        rows = sum(connection.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in _INBOX_TABLES)
        return connection.execute("PRAGMA data_version").fetchone()[0], rows
    finally:
        connection.close()


# --- the whole way -------------------------------------------------------------------------------------------


def test_the_countys_figures_are_each_units_own(stick, county):
    folder, files, units = stick
    run = take(county, [Candidate(p, True) for p in sorted(folder.glob("*.xlsx"))])
    assert statuses(run) == [NEW] * len(files)
    store, _reference = county
    with store.reading() as session:
        held = {(r.unit_code, r.period): r for r in current_returns(session)}
    assert set(held) == set(files)
    for (code, period), returned in held.items():
        month = parse_period(period)
        activities = [activity_from_payload(a) for a in returned.payload["activities"]]
        trainings = [training_from_payload(t) for t in returned.payload["trainings"]]
        at_county = summarise_records(code, month.start, month.end, activities, trainings)
        unit_store, _ = units[code]
        with unit_store.reading() as session:
            own = summarise(session, code, month.start, month.end)
        assert at_county == own
        assert at_county.activities_total().count > 0
        with unit_store.reading() as session:  # and every record arrives as the unit holds it, field by field
            assert activities == [a.data for a in list_activities(session, code, month.start, month.end)]
            assert trainings == [t.data for t in list_trainings(session, code, month.start, month.end)]


def test_importing_the_same_files_again_writes_nothing(stick, county):
    folder, files, _units = stick
    candidates = gather([folder])
    take(county, candidates)
    store, _reference = county
    before = data_version(store)
    again = take(county, candidates)
    assert statuses(again) == [IDENTICAL] * len(files) and again.import_id is None
    assert data_version(store) == before
    with store.reading() as session:
        assert len(list_imports(session)) == 1


def test_a_dry_run_writes_nothing_and_says_what_would_happen(stick, county):
    folder, files, _units = stick
    store, _reference = county
    before = data_version(store)
    preview = take(county, gather([folder]), dry_run=True)
    assert statuses(preview) == [NEW] * len(files)
    assert data_version(store) == before


def test_a_correction_replaces_the_first_version_in_every_figure_and_undo_brings_it_back(stick, county, tmp_path):
    _folder, files, units = stick
    code = UNITS[0]
    first = take(county, named(files[(code, "2026-09")]))
    assert statuses(first) == [NEW]
    unit_store, reference = units[code]
    september = parse_period("2026-09")
    with unit_store.transaction() as session:
        reopen(session, code, "2026-09", "漏报人次", actor="王晓燕")
        record = list_activities(session, code, september.start, september.end)[0]
        changed = record.data.__class__(**{**record.data.__dict__, "participants": record.data.participants + 50})
        update_activity(session, record.meta.id, changed, reference, actor="王晓燕")
    corrected = export(unit_store, reference, "2026-09", tmp_path / "v2", TODAY)
    second = take(county, named(corrected))
    assert statuses(second) == [REPLACES]
    store, _ = county
    with store.reading() as session:
        (held,) = [r for r in current_returns(session, code) if r.period == "2026-09"]
    assert held.version == 2
    total = held.payload["tables"][0]["rows"][0]["cells"][1]
    with unit_store.reading() as session:
        assert total == summarise(session, code, september.start, september.end).activities_total().participants
    assert statuses(take(county, named(files[(code, "2026-09")]))) == [IDENTICAL]  # version 1 is held too
    with store.transaction() as session:
        undo_import(session, second.import_id, "李明")
    with store.reading() as session:
        (held,) = [r for r in current_returns(session, code) if r.period == "2026-09"]
        imports = list_imports(session)
    assert held.version == 1 and held.payload["tables"][0]["rows"][0]["cells"][1] == total - 50
    assert imports[0].undone_at is not None and imports[1].undone_at is None


def test_undo_takes_back_the_keys_the_import_confirmed(stick, county):
    _folder, files, _units = stick
    run = take(county, named(files[(UNITS[0], "2026-10")]))
    store, _reference = county
    with store.transaction() as session:
        undo_import(session, run.import_id, "李明")
    with store.reading() as session:
        assert keys.list_keys(session) == [] and current_returns(session) == []
    with store.transaction() as session, pytest.raises(inbox.InboxError):
        undo_import(session, run.import_id, "李明")


# --- keys ------------------------------------------------------------------------------------------------------


def test_a_units_first_key_waits_until_the_county_confirms_it(stick, county):
    _folder, files, _units = stick
    path = files[(UNITS[0], "2026-10")]
    waiting = take(county, named(path), accept_new_keys=False)
    assert statuses(waiting) == [KEY_TO_CONFIRM] and waiting.import_id is None
    assert reason(waiting.results[0]) == inbox.KEY_FIRST
    store, _reference = county
    with store.reading() as session:
        (key,) = keys.list_keys(session)
        assert current_returns(session) == []  # stored nowhere else while it waits
    assert key.state == keys.PENDING and key.fingerprint == waiting.results[0].key_fingerprint
    with store.transaction() as session:
        keys.accept_key(session, UNITS[0], key.fingerprint, "李明")
    assert statuses(take(county, named(path), accept_new_keys=False)) == [NEW]


def test_a_return_signed_by_another_key_waits_and_a_change_needs_a_reason(stick, county, tmp_path):
    _folder, files, _units = stick
    take(county, named(files[(UNITS[0], "2026-09")]))
    resigned = forged(files[(UNITS[0], "2026-10")], tmp_path / "resigned.xlsx")
    run = take(county, named(resigned))
    assert statuses(run) == [KEY_TO_CONFIRM] and reason(run.results[0]) == inbox.KEY_CHANGED
    store, _reference = county
    with store.transaction() as session, pytest.raises(keys.UnitKeyError):
        keys.accept_key(session, UNITS[0], run.results[0].key_fingerprint, "李明")
    with store.transaction() as session:
        keys.accept_key(session, UNITS[0], run.results[0].key_fingerprint, "李明", "重装系统")
        states = {k.fingerprint: (k.state, k.reason) for k in keys.list_keys(session)}
    assert states[run.results[0].key_fingerprint] == (keys.PINNED, "重装系统")
    assert sorted(state for state, _reason in states.values()) == [keys.PINNED, keys.RETIRED]
    old = take(county, named(files[(UNITS[0], "2026-10")]))
    assert statuses(old) == [INVALID] and reason(old.results[0]) == inbox.KEY_RETIRED


def test_a_revoked_key_is_refused(stick, county):
    _folder, files, _units = stick
    take(county, named(files[(UNITS[0], "2026-09")]))
    store, _reference = county
    with store.transaction() as session:
        keys.revoke_key(session, UNITS[0], "李明", "电脑被盗")
    run = take(county, named(files[(UNITS[0], "2026-10")]))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == inbox.KEY_REVOKED


# --- what is refused, each with its own reason ---------------------------------------------------------------


def test_a_return_claiming_another_unit_is_not_that_units(stick, county, tmp_path):
    _folder, files, units = stick
    theirs, mine = UNITS[1], UNITS[0]
    take(county, named(files[(theirs, "2026-09")]))
    source = files[(mine, "2026-10")]

    def claim(payload):
        payload["unit_code"], payload["unit_name"] = theirs, "陶寺乡"

    fake = forged(
        source,
        tmp_path / "claim.xlsx",
        claim,
        key=private_key(units[mine][0]),
        cells={header_cell(source, "unit_name"): "陶寺乡（141023201）"},
    )
    run = take(county, named(fake))
    assert statuses(run) == [KEY_TO_CONFIRM] and reason(run.results[0]) == inbox.KEY_CHANGED
    assert run.results[0].unit_code == theirs


def test_a_return_for_a_month_not_begun_is_refused(stick, county, tmp_path):
    _folder, files, units = stick
    source = files[(UNITS[0], "2026-10")]

    def future(payload):
        payload["period"] = "2027-01"

    fake = forged(
        source,
        tmp_path / "future.xlsx",
        future,
        key=private_key(units[UNITS[0]][0]),
        cells={header_cell(source, "period"): period_label("2027-01")},
    )
    run = take(county, named(fake))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.FUTURE_PERIOD


def test_a_return_of_the_running_month_is_accepted_as_early(stick, county):
    _folder, files, _units = stick
    run = take(county, named(files[(UNITS[0], "2026-10")]), today=date(2026, 10, 31))
    assert statuses(run) == [NEW] and run.results[0].early


def test_tables_that_disagree_with_the_records_are_refused_even_when_signed(stick, county, tmp_path):
    _folder, files, units = stick

    def drop_a_record(payload):
        payload["activities"].pop()

    fake = forged(files[(UNITS[0], "2026-10")], tmp_path / "t.xlsx", drop_a_record, key=private_key(units[UNITS[0]][0]))
    run = take(county, named(fake))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.TABLES_DISAGREE


def test_a_table_row_missing_from_the_signed_tables_is_a_disagreement(stick, county, tmp_path):
    _folder, files, units = stick
    source = files[(UNITS[0], "2026-10")]

    def drop_a_row(payload):
        payload["tables"][0]["rows"].pop()

    fake = forged(source, tmp_path / "r.xlsx", drop_a_row, key=private_key(units[UNITS[0]][0]))
    run = take(county, named(fake))
    assert statuses(run) == [INVALID]


def test_a_record_of_another_month_is_refused(stick, county, tmp_path):
    _folder, files, units = stick

    def move_a_record(payload):
        payload["activities"][0]["start_date"] = "2026-09-30"
        payload["activities"][0]["end_date"] = "2026-09-30"

    fake = forged(files[(UNITS[0], "2026-10")], tmp_path / "m.xlsx", move_a_record, key=private_key(units[UNITS[0]][0]))
    run = take(county, named(fake))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.OUTSIDE_PERIOD


def test_a_record_listed_twice_is_refused(stick, county, tmp_path):
    _folder, files, units = stick

    def twice(payload):
        payload["activities"].append(dict(payload["activities"][0]))

    fake = forged(files[(UNITS[0], "2026-10")], tmp_path / "d.xlsx", twice, key=private_key(units[UNITS[0]][0]))
    assert reason(take(county, named(fake)).results[0]) == incoming.DUPLICATE_RECORD


def test_a_hand_edited_cell_is_caught(stick, county, tmp_path):
    _folder, files, _units = stick
    source = files[(UNITS[0], "2026-10")]
    total = read_return_workbook(source).tables[0].rows[0].cells[1].coordinate  # 表1 合计, 人次
    run = take(county, named(edited(source, tmp_path / "e.xlsx", {total: 9999})))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.SHEET_CHANGED
    assert "9999" in ZH.render(run.results[0].reason)


def test_a_broken_signature_is_refused(stick, county, tmp_path):
    _folder, files, _units = stick

    def more_people(payload):
        payload["activities"][0]["participants"] += 1

    fake = forged(files[(UNITS[0], "2026-10")], tmp_path / "s.xlsx", more_people, resign=False)
    run = take(county, named(fake))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.SIGNATURE_BROKEN


def test_the_same_version_with_other_content_is_a_conflict(stick, county, tmp_path):
    _folder, files, units = stick
    source = files[(UNITS[0], "2026-10")]
    take(county, named(source))

    def retitle(payload):
        payload["activities"][0]["title"] = "另一个标题"

    other = forged(source, tmp_path / "c.xlsx", retitle, key=private_key(units[UNITS[0]][0]))
    run = take(county, named(other))
    assert statuses(run) == [CONFLICT] and reason(run.results[0]) == inbox.CONFLICTING


def test_demo_and_real_returns_never_mix(stick, tmp_path):
    _folder, files, _units = stick
    store, reference = county_store(tmp_path / "real")
    try:
        with store.transaction() as session:
            run = run_inbox(
                session, reference, named(files[(UNITS[0], "2026-10")]), actor="李明", dry_run=False, today=TODAY
            )
    finally:
        store.close()
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.DEMO_IN_REAL


def test_a_spreadsheet_that_is_not_a_return_is_skipped_when_found_and_refused_when_named(county, tmp_path):
    folder = tmp_path / "stick"
    folder.mkdir()
    book = Workbook()
    book.active["A1"] = "我的台账"
    book.save(folder / "台账.xlsx")
    (folder / "坏文件.xlsx").write_bytes(b"PK\x03\x04 not really")
    scanned = take(county, gather([folder]))
    assert {Path(r.file).name: r.status for r in scanned.results} == {"台账.xlsx": SKIPPED, "坏文件.xlsx": INVALID}
    assert statuses(take(county, named(folder / "台账.xlsx"))) == [INVALID]
    assert statuses(take(county, named(tmp_path / "gone.xlsx"))) == [INVALID]


def test_a_foreign_part_in_a_return_is_refused(stick, county, tmp_path):
    import zipfile

    _folder, files, _units = stick
    target = tmp_path / "macro.xlsx"
    shutil.copy(files[(UNITS[0], "2026-10")], target)
    with zipfile.ZipFile(target, "a") as archive:
        archive.writestr("xl/vbaProject.bin", b"\x00" * 100)
    run = take(county, named(target))
    assert statuses(run) == [INVALID] and reason(run.results[0]) == incoming.FOREIGN_PARTS


def test_cancelling_while_checking_stores_nothing(stick, county):
    folder, _files, _units = stick
    store, reference = county
    with pytest.raises(InboxCancelledError), store.transaction() as session:
        run_inbox(
            session,
            reference,
            gather([folder]),
            actor="李明",
            dry_run=False,
            accept_new_keys=True,
            demo_folder=True,
            today=TODAY,
            progress=lambda done, total: done < 2,
        )
    with store.reading() as session:
        assert current_returns(session) == [] and list_imports(session) == [] and keys.list_keys(session) == []


# --- the command line ------------------------------------------------------------------------------------------


def test_the_command_line_prints_the_files_as_json_and_exits_3_when_one_needs_attention(stick, tmp_path, capsys):
    folder, files, _units = stick
    store, _reference = county_store(tmp_path / "county", demo=True)
    store.close()
    data = ["--data-dir", str(tmp_path / "county"), "--lang", "en"]
    assert main([*data, "county", "import", str(folder), "--json", "--dry-run"]) == 3
    rows = json.loads(capsys.readouterr().out)
    assert {tuple(row) for row in rows} == {("file", "unit", "period", "version", "status", "reason")}
    assert {row["status"] for row in rows} == {KEY_TO_CONFIRM}
    assert "county keys accept" in rows[0]["reason"]
    assert main([*data, "county", "import", str(folder), "--json", "--accept-new-keys"]) == 0
    assert {row["status"] for row in json.loads(capsys.readouterr().out)} == {NEW}
    assert main([*data, "county", "import", str(folder), "--json"]) == 0
    assert {row["status"] for row in json.loads(capsys.readouterr().out)} == {IDENTICAL}
    assert main([*data, "county", "imports", "list", "--json"]) == 0
    (listed,) = json.loads(capsys.readouterr().out)
    assert listed["stored"] == len(files)
    assert main([*data, "county", "imports", "receipt", listed["id"][:8], "--out", str(tmp_path / "r")]) == 0
    written = [Path(line) for line in capsys.readouterr().out.splitlines()]
    assert sorted(path.suffix for path in written) == [".pdf", ".xlsx"] and all(p.is_file() for p in written)
    sheet = load_workbook(next(p for p in written if p.suffix == ".xlsx")).active
    shown = {str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell is not None}
    assert {row["file"] for row in rows} <= shown  # every file of the import is listed
    assert main([*data, "county", "imports", "undo", listed["id"][:8]]) == 0
    capsys.readouterr()
    assert main([*data, "county", "keys", "list", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_county_commands_refuse_a_units_folder(stick, capsys):
    _folder, _files, units = stick
    store, _reference = units[UNITS[0]]
    assert main(["--data-dir", str(store.data_dir.root), "county", "imports", "list"]) == 1
    assert "county" in capsys.readouterr().err


def test_an_older_version_than_the_one_held_is_ignored(stick, county, tmp_path):
    _folder, files, units = stick
    source = files[(UNITS[1], "2026-10")]

    def second_version(payload):
        payload["version"], payload["is_correction"] = 2, True
        payload["correction"] = {"reason": "更正", "changes": ["人次"]}

    newer = forged(
        source,
        tmp_path / "v2.xlsx",
        second_version,
        key=private_key(units[UNITS[1]][0]),
        cells={header_cell(source, "version"): "第2版"},
    )
    assert statuses(take(county, named(newer))) == [NEW]
    assert statuses(take(county, named(source))) == [OLDER]
