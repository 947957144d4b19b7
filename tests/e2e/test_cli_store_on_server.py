"""The county's store on a PostgreSQL server from the command line (issue 17): ``init --role county --database``
sets a folder up there, and a second folder joins it; later commands need only ``--data-dir``; ``check`` says
what it checked there; ``county move-store`` moves a folder's store onto a server and back, with the JSON of
what was moved and the held totals before and after. Skipped without ``KESU_TEST_POSTGRES_URL``."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import Engine

from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.server import remembered_server
from tests.county_files import county_store
from tests.county_held import activity, hold, payload
from tests.e2e.test_cli import one_line, run
from tests.postgres import server_address

COUNTY = "141023000"


def _url(engine: Engine) -> str:
    address = server_address(engine)
    return f"postgresql://{address.user}@{address.host}:{address.port}/{address.database}"


def _init(capsys, folder: Path, engine: Engine, clerk: str, *extra: str) -> tuple[int, str, str]:
    return run(
        capsys,
        "--data-dir",
        folder,
        "--lang",
        "en",
        "init",
        "--role",
        "county",
        "--unit",
        COUNTY,
        "--clerk",
        clerk,
        "--database",
        _url(engine),
        *extra,
    )


def test_a_county_folder_is_set_up_on_a_server_and_a_second_one_joins_it(capsys, postgres_engine, tmp_path):
    code, out, err = _init(capsys, tmp_path / "first", postgres_engine, "李明")
    assert (code, err) == (0, "")
    assert one_line(out).startswith("Set up ")
    assert remembered_server(DataDir(tmp_path / "first")) == server_address(postgres_engine)
    assert not (tmp_path / "first" / "kesu.sqlite3").exists()

    code, out, err = _init(capsys, tmp_path / "second", postgres_engine, "王芳")
    assert (code, err) == (0, "")
    assert "set up there by 李明" in one_line(out)

    code, out, _err = run(capsys, "--data-dir", tmp_path / "second", "--lang", "en", "check", "--json")
    report = json.loads(out)
    assert (code, report["ok"], report["server"]) == (0, True, server_address(postgres_engine).describe())
    code, out, _err = run(capsys, "--data-dir", tmp_path / "first", "--lang", "en", "check")
    assert code == 0
    assert one_line(out).startswith(f"OK: the store on the server {server_address(postgres_engine).describe()}")


def test_a_server_is_for_the_county_office_alone(capsys, postgres_engine, tmp_path):
    code, _out, err = run(
        capsys,
        "--data-dir",
        tmp_path / "unit",
        "--lang",
        "en",
        "init",
        "--unit",
        "新城镇",
        "--clerk",
        "王晓燕",
        "--database",
        _url(postgres_engine),
    )
    assert code == 1
    assert "county office's folder" in one_line(err)
    assert not (tmp_path / "unit" / "server.json").exists()


def test_a_folder_set_up_in_its_own_file_is_told_to_move_its_store(capsys, postgres_engine, tmp_path):
    county_store(tmp_path / "county")[0].close()
    code, _out, err = _init(capsys, tmp_path / "county", postgres_engine, "李明")
    assert code == 1
    assert "move-store" in one_line(err)


def test_a_county_store_moves_onto_the_server_and_back_with_the_totals_shown(capsys, postgres_engine, tmp_path):
    store, reference = county_store(tmp_path / "county")
    with store.transaction() as session:
        hold(
            session,
            reference,
            [
                (
                    payload(reference, "141023101", f"2025-{m:02d}", activities=[activity(date(2025, m, 2))]),
                    datetime(2025, m + 1, 2),
                )
                for m in range(1, 5)
            ],
        )
    store.close()
    folder = tmp_path / "county"

    code, out, err = run(capsys, "--data-dir", folder, "county", "move-store", "--to", _url(postgres_engine), "--json")
    assert (code, err) == (0, "")
    moved = json.loads(out)
    assert moved["to"] == server_address(postgres_engine).describe()
    assert moved["held_before"] == moved["held_after"]
    assert moved["held_after"]["returns"] == 4
    assert moved["held_after"]["participants"] == 400
    assert moved["tables"]["received_return"] == 4
    assert Path(moved["kept_file"]).is_file()

    code, out, _err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "move-store", "--to", "sqlite")
    assert code == 0
    assert "each table's count and sums equal" in out
    assert "left as it is" in out
    assert remembered_server(DataDir(folder)) is None

    code, _out, err = run(capsys, "--data-dir", folder, "--lang", "en", "county", "move-store", "--to", "sqlite")
    assert code == 1
    assert "in its own file already" in one_line(err)
