"""The road back from the county, end to end on the command line (issue 16): two townships export their returns,
the county imports them, sends one back and writes each unit's bulletin; each township imports its own and shows
received or sent back exactly as the county recorded it; the corrected return comes back as version 2 and the
next bulletin says so; a forged bulletin, one for another unit, one signed by another county and one older than
the one applied are refused or left alone."""

from __future__ import annotations

import json
import shutil
from datetime import date
from pathlib import Path

import pytest

from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.returns.ledger import reopen
from tests.county_files import county_store, demo_unit, export
from tests.e2e.test_cli import one_line, run

TODAY = date(2024, 5, 10)
XINCHENG, ZHAOKANG = "141023101", "141023102"


@pytest.fixture
def road(tmp_path):
    """Two townships' returns of March and April, imported by a county that sent back 新城镇's April."""
    stick = tmp_path / "stick"
    units = {}
    for code in (XINCHENG, ZHAOKANG):
        store, reference = demo_unit(tmp_path / code, code, months=4, today=TODAY)
        for period in ("2024-03", "2024-04"):
            export(store, reference, period, stick, TODAY)
        units[code] = (store, reference)
    county, _reference = county_store(tmp_path / "county", demo=True)
    county.close()
    yield tmp_path, stick, units
    for store, _reference in units.values():
        store.close()


def county_cli(capsys, tmp_path: Path, *argv: object) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", tmp_path / "county", "--lang", "en", "county", *argv)


def unit_cli(capsys, tmp_path: Path, code: str, *argv: object) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", tmp_path / code, "--lang", "en", *argv)


def bulletins(capsys, tmp_path: Path, out: Path, *units: str) -> dict[str, Path]:
    out.mkdir(parents=True, exist_ok=True)
    unit_args = [arg for code in units for arg in ("--unit", code)]
    code, data, _err = county_cli(capsys, tmp_path, "bulletin", "--out", out, "--json", *unit_args)
    assert code == 0
    files = [Path(path) for path in json.loads(data)["files"]]
    return {path.name.split("_")[0]: path for path in files}


def county_entries(capsys, tmp_path: Path, code: str) -> dict[str, dict | None]:
    status, out, _err = unit_cli(capsys, tmp_path, code, "return", "status", "--year", "2024", "--json")
    assert status == 0
    return {row["period"]: row["county"] for row in json.loads(out)}


def test_each_township_sees_what_the_county_recorded_and_the_correction_comes_back(capsys, road):
    tmp_path, stick, units = road
    assert county_cli(capsys, tmp_path, "import", stick, "--accept-new-keys")[0] == 0
    code, out, _err = county_cli(
        capsys, tmp_path, "send-back", "--unit", "新城镇", "--period", "2024-04", "--reason", "讲座人次有误"
    )
    assert code == 0 and "2024-04" in out
    files = bulletins(capsys, tmp_path, tmp_path / "back", XINCHENG, ZHAOKANG)

    code, out, _err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", files[XINCHENG], "--json")
    assert code == 3
    first = json.loads(out)
    assert first["status"] == "refused" and first["key_fingerprint"] in first["reason"]
    for unit in (XINCHENG, ZHAOKANG):
        code, out, _err = unit_cli(capsys, tmp_path, unit, "bulletin", "import", files[unit], "--accept-county-key")
        assert code == 0, out

    xincheng, zhaokang = county_entries(capsys, tmp_path, XINCHENG), county_entries(capsys, tmp_path, ZHAOKANG)
    assert xincheng["2024-03"] is not None and xincheng["2024-03"]["state"] == "received"
    assert xincheng["2024-04"] == {
        "state": "sent_back",
        "received_at": xincheng["2024-04"]["received_at"],
        "fingerprint": _exported_fingerprint(capsys, tmp_path, XINCHENG, "2024-04"),
        "reason": "讲座人次有误",
    }
    assert {zhaokang["2024-03"]["state"], zhaokang["2024-04"]["state"]} == {"received"}  # type: ignore[index]
    assert xincheng["2024-05"] is None

    store, reference = units[XINCHENG]
    with store.transaction() as session:
        reopen(session, XINCHENG, "2024-04", "讲座人次有误", actor="王晓燕")
        day = date(2024, 4, 15)
        lecture = ActivityInput("补登的科普讲座", day, day, "lecture", ("public",), participants=40)
        add_activity(session, XINCHENG, lecture, reference, actor="王晓燕")
    corrected = export(store, reference, "2024-04", tmp_path / "stick2", TODAY)
    assert county_cli(capsys, tmp_path, "import", corrected)[0] == 0
    files = bulletins(capsys, tmp_path, tmp_path / "back2", XINCHENG)
    assert unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", files[XINCHENG])[0] == 0

    april = county_entries(capsys, tmp_path, XINCHENG)["2024-04"]
    assert april is not None
    assert (april["state"], april["reason"]) == ("received", None)
    assert april["fingerprint"] == _exported_fingerprint(capsys, tmp_path, XINCHENG, "2024-04")


def _exported_fingerprint(capsys, tmp_path: Path, code: str, period: str) -> str:
    _status, out, _err = unit_cli(capsys, tmp_path, code, "return", "status", "--year", "2024", "--json")
    return next(row["fingerprint"] for row in json.loads(out) if row["period"] == period)


def test_a_bulletin_for_another_unit_a_forged_one_and_an_older_one_are_not_applied(capsys, road):
    tmp_path, stick, _units = road
    assert county_cli(capsys, tmp_path, "import", stick, "--accept-new-keys")[0] == 0
    older = bulletins(capsys, tmp_path, tmp_path / "old", XINCHENG)[XINCHENG]
    files = bulletins(capsys, tmp_path, tmp_path / "back", XINCHENG, ZHAOKANG)
    accept = "--accept-county-key"
    assert unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", files[XINCHENG], accept)[0] == 0

    code, _out, err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", files[ZHAOKANG])
    assert code == 3 and "赵康镇" in one_line(err)

    forged = tmp_path / "forged.kesubulletin"
    document = json.loads(files[XINCHENG].read_text(encoding="utf-8"))
    document["payload"]["send_backs"].append(
        {"period": "2024-03", "version": 1, "fingerprint": "x", "reason": "伪造", "sent_at": "2024-05-01T00:00:00"}
    )
    forged.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, _out, err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", forged)
    assert code == 3 and "signature" in one_line(err)

    code, out, _err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", older)
    assert code == 0 and "older" in out

    damaged = tmp_path / "damaged.kesubulletin"
    damaged.write_bytes(files[XINCHENG].read_bytes()[:200])
    code, _out, err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", damaged)
    assert code == 3 and "damaged" in one_line(err)
    assert county_entries(capsys, tmp_path, XINCHENG)["2024-03"]["state"] == "received"  # type: ignore[index]


def test_a_bulletin_signed_by_another_county_is_refused_once_the_key_is_pinned(capsys, road):
    tmp_path, stick, _units = road
    assert county_cli(capsys, tmp_path, "import", stick, "--accept-new-keys")[0] == 0
    files = bulletins(capsys, tmp_path, tmp_path / "back", XINCHENG)
    assert unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", files[XINCHENG], "--accept-county-key")[0] == 0
    other, _reference = county_store(tmp_path / "other", demo=True)
    other.close()
    shutil.copytree(tmp_path / "other", tmp_path / "county2")
    code, data, _err = run(
        capsys,
        "--data-dir",
        tmp_path / "county2",
        "county",
        "bulletin",
        "--out",
        tmp_path,
        "--unit",
        XINCHENG,
        "--json",
    )
    assert code == 0
    impostor = Path(json.loads(data)["files"][0])

    code, _out, err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", impostor, "--accept-county-key")

    assert code == 3 and "not by the county's key" in one_line(err)


def test_undo_brings_back_the_bulletin_before(capsys, road):
    tmp_path, stick, _units = road
    assert county_cli(capsys, tmp_path, "import", stick, "--accept-new-keys")[0] == 0
    first = bulletins(capsys, tmp_path, tmp_path / "one", XINCHENG)[XINCHENG]
    assert (
        county_cli(capsys, tmp_path, "send-back", "--unit", XINCHENG, "--period", "2024-03", "--reason", "缺表4")[0]
        == 0
    )
    second = bulletins(capsys, tmp_path, tmp_path / "two", XINCHENG)[XINCHENG]
    assert unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", first, "--accept-county-key")[0] == 0
    assert unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", second)[0] == 0
    assert county_entries(capsys, tmp_path, XINCHENG)["2024-03"]["state"] == "sent_back"  # type: ignore[index]

    assert unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "undo")[0] == 0

    assert county_entries(capsys, tmp_path, XINCHENG)["2024-03"]["state"] == "received"  # type: ignore[index]
    code, out, _err = unit_cli(capsys, tmp_path, XINCHENG, "bulletin", "import", second, "--dry-run")
    assert code == 0 and "Dry run" in out
    assert county_entries(capsys, tmp_path, XINCHENG)["2024-03"]["state"] == "received"  # type: ignore[index]
