"""Where a county store on a server is, and how KeSu logs in to it (issue 17), without a server: the address as
typed, the file the folder keeps it in, where the password comes from, what a refused or failed connection
says; and the snapshot a reading session of a SQLite store sees."""

from __future__ import annotations

import threading
from datetime import date

import pytest
from sqlalchemy import func, select

from db import models
from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.records.service import add_activity
from kesu_desktop.records.types import ActivityInput
from kesu_desktop.store import server
from kesu_desktop.store.server import (
    PASSWORD_VARIABLE,
    ServerAddress,
    ServerError,
    check_address,
    connect,
    parse_address,
    remember_server,
    remembered_server,
)
from tests.conftest import UNIT_CODE

ADDRESS = ServerAddress("192.168.1.10", 5432, "kesu", "clerk")


class RefusedError(Exception):
    sqlstate = "28P01"


def test_an_address_is_read_with_its_port_and_without_keeping_a_password():
    assert parse_address("postgresql://clerk@192.168.1.10/kesu") == (ADDRESS, None)
    assert parse_address(" postgresql+psycopg://clerk:s3cret@192.168.1.10:6543/kesu ") == (
        ServerAddress("192.168.1.10", 6543, "kesu", "clerk"),
        "s3cret",
    )
    assert ADDRESS.describe() == "clerk@192.168.1.10:5432/kesu"


@pytest.mark.parametrize(
    "text",
    [
        "sqlite:///kesu.sqlite3",
        "postgresql://192.168.1.10/kesu",
        "postgresql://clerk@/kesu",
        "postgresql://clerk@h",
        "x",
    ],
)
def test_an_address_without_user_host_or_database_is_refused_with_an_example(text):
    with pytest.raises(StoreError, match="postgresql://USER@HOST:PORT/DATABASE"):
        parse_address(text)


def test_typed_fields_are_checked_one_by_one_naming_the_field():
    assert check_address(" 192.168.1.10 ", 5432, "kesu ", "clerk") == ADDRESS
    with pytest.raises(StoreError, match=r"^Server:"):
        check_address("  ", 5432, "kesu", "clerk")
    with pytest.raises(StoreError, match=r"^Database:"):
        check_address("h", 5432, "", "clerk")
    with pytest.raises(StoreError, match=r"^User:"):
        check_address("h", 5432, "kesu", "")
    with pytest.raises(StoreError, match=r"^Port:"):
        check_address("h", 0, "kesu", "clerk")


def test_the_folder_remembers_the_server_and_forgets_it(tmp_path):
    data_dir = DataDir(tmp_path)
    assert remembered_server(data_dir) is None
    remember_server(data_dir, ADDRESS)
    assert remembered_server(data_dir) == ADDRESS
    assert "password" not in (tmp_path / "server.json").read_text(encoding="utf-8")
    remember_server(data_dir, None)
    assert remembered_server(data_dir) is None


@pytest.mark.parametrize("content", ["{", '{"format": "other", "version": 1}', '{"format": "kesu-store-server"}', "[]"])
def test_a_damaged_server_file_is_refused_naming_the_file(tmp_path, content):
    (tmp_path / "server.json").write_text(content, encoding="utf-8")
    with pytest.raises(StoreError, match=r"server\.json"):
        remembered_server(DataDir(tmp_path))


def _server_that_wants(password: str, monkeypatch: pytest.MonkeyPatch) -> list[str | None]:
    """A fake login: only ``password`` gets in; the passwords tried, in order."""
    tried: list[str | None] = []

    def attempt(_address: ServerAddress, given: str | None) -> tuple[object | None, BaseException | None]:
        tried.append(given)
        return ("engine", None) if given == password else (None, RefusedError("password authentication failed"))

    monkeypatch.setattr(server, "_try", attempt)
    return tried


def test_the_password_comes_from_the_environment_first(monkeypatch):
    tried = _server_that_wants("env-secret", monkeypatch)
    monkeypatch.setenv(PASSWORD_VARIABLE, "env-secret")
    monkeypatch.setattr(server, "kept_password", lambda _address: "kept")
    connected = connect(ADDRESS, lambda _address, _refused: pytest.fail("asked"))
    assert (connected.password, connected.asked, tried) == ("env-secret", False, ["env-secret"])


def test_a_wrong_password_in_the_environment_is_not_followed_by_asking(monkeypatch):
    _server_that_wants("right", monkeypatch)
    monkeypatch.setenv(PASSWORD_VARIABLE, "wrong")
    with pytest.raises(ServerError, match="refused the login of user clerk"):
        connect(ADDRESS, lambda _address, _refused: "right")


def test_a_kept_password_that_is_refused_leads_to_asking_until_one_works(monkeypatch):
    tried = _server_that_wants("right", monkeypatch)
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(server, "kept_password", lambda _address: "old")
    answers = iter(["typo", "right"])
    told: list[bool] = []

    def ask(_address: ServerAddress, refused_before: bool) -> str | None:
        told.append(refused_before)
        return next(answers)

    connected = connect(ADDRESS, ask)
    assert (connected.password, connected.asked) == ("right", True)
    assert tried == ["old", "typo", "right"]
    assert told == [True, True]


def test_no_password_to_be_had_says_how_to_give_one(monkeypatch):
    _server_that_wants("right", monkeypatch)
    monkeypatch.delenv(PASSWORD_VARIABLE, raising=False)
    monkeypatch.setattr(server, "kept_password", lambda _address: None)
    with pytest.raises(ServerError, match=PASSWORD_VARIABLE):
        connect(ADDRESS, None)
    with pytest.raises(ServerError, match=PASSWORD_VARIABLE):
        connect(ADDRESS, lambda _address, _refused: None)  # the clerk gave none


def test_a_server_that_cannot_be_reached_is_named_with_the_reason():
    closed = ServerAddress("127.0.0.1", 1, "kesu", "clerk")
    with pytest.raises(ServerError, match=r"cannot reach the database server clerk@127.0.0.1:1/kesu \(.+\)"):
        connect(closed, None, password="x")


def test_without_a_credential_store_nothing_is_kept(monkeypatch):
    monkeypatch.setattr(server, "_keyring", lambda: None)
    assert not server.can_keep_passwords()
    assert server.kept_password(ADDRESS) is None
    assert not server.keep_password(ADDRESS, "secret")


def test_a_reading_session_of_a_sqlite_store_sees_one_snapshot(unit_store, reference):
    def add_one() -> None:
        with unit_store.transaction() as session:
            add_activity(session, UNIT_CODE, _activity(), reference, actor="王晓燕")

    add_one()
    with unit_store.reading() as session:
        first = session.scalar(select(func.count()).select_from(models.Activity))
        writer = threading.Thread(target=add_one)
        writer.start()
        writer.join()
        assert session.scalar(select(func.count()).select_from(models.Activity)) == first
    with unit_store.reading() as session:
        assert session.scalar(select(func.count()).select_from(models.Activity)) == first + 1


def _activity() -> ActivityInput:
    return ActivityInput(
        title="科普讲座",
        start_date=date(2026, 11, 3),
        end_date=date(2026, 11, 3),
        form_code="lecture",
        target_group_codes=("public",),
        participants=50,
    )
