"""The demo county and the demo folders it is made of: a built county is a demo county folder holding every
reporting unit's returns but the few never sent, one of them at version 2 (received after its first version), with
receipt times spread over the days after each month and a few after the deadline; ``demo --unit`` fills a demo
folder of any unit; ``init --demo`` sets up only a new folder as a demo folder; ``county demo`` refuses a folder
already set up."""

from __future__ import annotations

from datetime import date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import select

import main
from db import models
from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.county.demo import COUNTY_CLERK, DEPARTMENTS, UNIT_KINDS, build_demo_county
from kesu_desktop.county.inbox.imports import current_returns
from kesu_desktop.county.inbox.past_imports import list_imports
from kesu_desktop.county.inbox.types import NEW, REPLACES
from kesu_desktop.reference.periods import parse_period
from kesu_desktop.returns.ledger import deadline_of
from kesu_desktop.store.installation import require_installation
from kesu_desktop.store.startup import prepare_store

TODAY = date(2026, 3, 10)
NOW = datetime.combine(TODAY, time(18))
PERIODS = ("2025-12", "2026-01", "2026-02")


def run(capsys: pytest.CaptureFixture[str], *argv: object) -> tuple[int, str, str]:
    try:
        code = main.main([str(arg) for arg in argv])
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


def installation_of(folder: Path):
    store, _reference = prepare_store(DataDir(folder))
    try:
        with store.reading() as session:
            return require_installation(session)
    finally:
        store.close()


@pytest.fixture(scope="module")
def county(tmp_path_factory):
    """A demo county of three months up to TODAY: (folder, summary, progress calls, what it holds)."""
    folder = tmp_path_factory.mktemp("county")
    calls: list[tuple[int, int]] = []
    summary = build_demo_county(
        DataDir(folder), months=3, seed=1, today=TODAY, progress=lambda done, total: calls.append((done, total))
    )
    store, reference = prepare_store(DataDir(folder))
    try:
        with store.reading() as session:
            held = {(r.unit_code, r.period): r for r in current_returns(session)}
            received = session.execute(
                select(
                    models.ReceivedReturn.unit_code,
                    models.ReceivedReturn.period,
                    models.ReceivedReturn.version,
                    models.ReceivedReturn.received_at,
                )
            ).all()
            imports = list_imports(session)
            installation = require_installation(session)
    finally:
        store.close()
    return folder, summary, calls, held, received, imports, installation, reference


def test_the_county_folder_is_a_demo_county_folder(county):
    _folder, _summary, _calls, _held, _received, _imports, installation, _reference = county
    assert installation.is_demo
    assert (installation.role, installation.setup.unit_code) == ("county", "141023000")


def test_every_town_township_and_the_zone_reports_with_three_departments(county):
    _folder, summary, _calls, _held, _received, _imports, _installation, reference = county
    kinds = [reference.unit(code).kind for code in summary.units]
    assert {code for code, kind in zip(summary.units, kinds, strict=True) if kind in UNIT_KINDS} == {
        u.code for u in reference.units if u.kind in UNIT_KINDS
    }
    assert kinds.count("department") == DEPARTMENTS
    assert summary.periods == PERIODS


def test_every_units_returns_are_held_but_the_missing_ones(county):
    _folder, summary, _calls, held, _received, _imports, _installation, _reference = county
    assert 2 <= len(summary.missing) <= 3
    expected = {(code, period) for code in summary.units for period in summary.periods} - set(summary.missing)
    assert set(held) == expected
    assert summary.imported == len(expected) + 1  # the correction's second version too


def test_one_return_is_corrected_as_version_2_received_after_its_first(county):
    _folder, summary, _calls, held, received, imports, _installation, _reference = county
    assert [pair for pair, r in held.items() if r.version != 1] == [summary.corrected]
    assert held[summary.corrected].version == 2
    times = {version: at for code, period, version, at in received if (code, period) == summary.corrected}
    assert times[1] < times[2]
    statuses = [result.status for record in imports for result in record.results]
    assert statuses.count(REPLACES) == 1
    assert statuses.count(NEW) == len(held)


def test_receipt_times_are_spread_and_a_few_are_after_the_deadline(county):
    _folder, summary, _calls, _held, received, imports, _installation, _reference = county
    first = {(code, period): at for code, period, version, at in received if version == 1}
    assert all(parse_period(period).end < at.date() and at <= NOW for (_code, period), at in first.items())
    assert len({at.date() for at in first.values()}) >= 6
    late = {pair for pair, at in first.items() if at.date() > deadline_of(parse_period(pair[1]))}
    assert late == set(summary.late)
    assert 0 < len(late) < len(first) // 4
    assert len(imports) == summary.imports
    assert {record.started_at for record in imports} == {at for *_pair, at in received}
    assert {record.actor for record in imports} == {COUNTY_CLERK}


def test_the_progress_goes_up_to_its_end(county):
    _folder, summary, calls, *_rest = county
    assert [done for done, _total in calls] == list(range(1, len(calls) + 1))
    assert calls[-1] == (len(summary.units) + 1,) * 2


def test_a_folder_set_up_already_gets_no_demo_county(county, capsys):
    folder = county[0]
    with pytest.raises(KesuError):
        build_demo_county(DataDir(folder), months=1, today=TODAY)
    code, out, err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "demo", "--months", "1")
    assert (code, out) == (1, "")
    assert "is set up already" in one_line(err)


def test_demo_fills_a_new_folder_for_the_unit_asked_for(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "demo", "--unit", "陶寺乡", "--months", "2")
    assert (code, err) == (0, "")
    assert "陶寺乡" in one_line(out)
    installation = installation_of(tmp_path)
    assert installation.is_demo and installation.setup.unit_code == "141023201"

    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "demo", "--unit", "新城镇", "--months", "2")
    assert (code, out) == (1, "")
    line = one_line(err)
    assert "陶寺乡" in line and "新城镇" in line
    code, out, _err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "demo", "--months", "2")
    assert code == 0 and "陶寺乡" in out
    assert installation_of(tmp_path).setup.unit_code == "141023201"


def test_init_demo_sets_up_a_new_folder_only(capsys, tmp_path):
    county = ("init", "--role", "county", "--unit", "141023000", "--clerk", "刘芳")
    code, _out, err = run(capsys, "--data-dir", tmp_path / "county", "--lang", "en", *county, "--demo")
    assert (code, err) == (0, "")
    installation = installation_of(tmp_path / "county")
    assert installation.is_demo and installation.role == "county"
    code, out, err = run(capsys, "--data-dir", tmp_path / "county", "--lang", "en", *county, "--demo")
    assert (code, out) == (1, "")
    assert one_line(err).startswith("Error: --demo is for a new data folder only")
    assert installation_of(tmp_path / "county").is_demo

    unit = ("init", "--unit", "新城镇", "--clerk", "王晓燕")
    assert run(capsys, "--data-dir", tmp_path / "real", *unit)[0] == 0
    code, out, err = run(capsys, "--data-dir", tmp_path / "real", "--lang", "en", *unit, "--demo")
    assert (code, out) == (1, "")
    assert installation_of(tmp_path / "real").is_demo is False


def test_county_demo_builds_a_new_folder_and_says_what_it_holds(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "county", "demo", "--months", "1")
    assert (code, err) == (0, "")
    line = one_line(out)
    assert line.startswith(f"Demo county in {tmp_path}: 17 units, ") and " received late." in line
    installation = installation_of(tmp_path)
    assert installation.is_demo and installation.role == "county"


def test_each_unit_signs_with_a_key_of_its_own(county):
    """The units' folders start as copies of one new database file: each still makes its own key."""
    folder, summary, *_ = county
    store, _reference = prepare_store(DataDir(folder))
    try:
        with store.reading() as session:
            keys = session.execute(select(models.UnitKey.unit_code, models.UnitKey.public_key)).all()
    finally:
        store.close()
    assert sorted(code for code, _key in keys) == sorted(summary.units)
    assert len({key for _code, key in keys}) == len(summary.units)
