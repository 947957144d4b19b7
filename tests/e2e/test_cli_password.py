"""``password set|remove|lock`` end to end, and every command refusing a data folder with a password until the
password is given: in ``KESU_PASSWORD``, or typed at a terminal prompt; without either, one line says how."""

from __future__ import annotations

import getpass
import io
import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.access import lock_after_minutes, verify_password
from kesu_desktop.store.startup import prepare_store
from tests.e2e.test_cli import init, one_line, run

PASSWORD = "xinchengzhen-2024"


class Terminal(io.StringIO):
    """Standard input as when a person runs the command in a terminal."""

    def isatty(self) -> bool:
        return True


@pytest.fixture(autouse=True)
def no_password_in_the_environment(monkeypatch):
    monkeypatch.delenv("KESU_PASSWORD", raising=False)
    monkeypatch.delenv("KESU_NEW_PASSWORD", raising=False)


@pytest.fixture
def typed(monkeypatch) -> Iterator[list[str]]:
    """The answers a person types at the password prompts, in order."""
    answers: list[str] = []

    def ask(prompt: str = "") -> str:
        return answers.pop(0)

    monkeypatch.setattr("sys.stdin", Terminal())
    monkeypatch.setattr(getpass, "getpass", ask)
    yield answers
    assert answers == [], "not every typed answer was asked for"


def stored(folder: Path, password: str) -> tuple[bool, int]:
    """Whether ``password`` is the folder's password, and the stored lock time."""
    store, _reference = prepare_store(DataDir(folder))
    try:
        with store.reading() as session:
            return verify_password(session, password), lock_after_minutes(session)
    finally:
        store.close()


@pytest.fixture
def locked(capsys, tmp_path, monkeypatch) -> Path:
    """A data folder set up with :data:`PASSWORD`."""
    assert init(capsys, tmp_path)[0] == 0
    monkeypatch.setenv("KESU_NEW_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--lang", "en", "--data-dir", tmp_path, "password", "set")
    monkeypatch.delenv("KESU_NEW_PASSWORD")
    assert (code, err) == (0, ""), err
    assert one_line(out) == "Password set; the app locks after 10 idle minutes."
    return tmp_path


@pytest.mark.parametrize(
    "command",
    [
        ("check",),
        ("init", "--unit", "新城镇", "--clerk", "赵丽"),
        ("records", "export", "--out", "records.xlsx"),
        ("figures", "show", "--period", "2024-03"),
        ("return", "status", "--year", "2024"),
        ("backup", "--out", "backups"),
        ("password", "remove"),
    ],
    ids=lambda command: " ".join(command[:2]),
)
def test_every_command_needs_the_password_and_says_how_to_give_it(capsys, locked, command):
    code, out, err = run(capsys, "--lang", "en", "--data-dir", locked, *command)
    assert (code, out) == (1, "")
    assert one_line(err) == (
        "Error: This data folder has a password: give it in the environment variable KESU_PASSWORD, "
        "or run the command in a terminal to be asked for it."
    )
    assert stored(locked, PASSWORD) == (True, 10)
    assert not (locked / "backups").exists() and not (locked / "records.xlsx").exists()


def test_the_message_in_chinese_is_one_line_naming_the_variable(capsys, locked):
    code, _out, err = run(capsys, "--data-dir", locked, "check")
    assert code == 1
    assert "KESU_PASSWORD" in one_line(err)


def test_the_password_from_the_environment_opens_the_folder(capsys, locked, monkeypatch):
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    code, out, err = run(capsys, "--data-dir", locked, "check", "--json")
    assert (code, err) == (0, "")
    assert json.loads(out)["ok"] is True


def test_a_wrong_password_is_refused_in_one_line(capsys, locked, monkeypatch):
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD.upper())
    code, out, err = run(capsys, "--lang", "en", "--data-dir", locked, "check")
    assert (code, out) == (1, "")
    assert one_line(err) == "Error: Password: this is not the password of this data folder."


def test_the_password_is_asked_for_at_a_terminal(capsys, locked, typed):
    typed.append(PASSWORD)
    code, out, err = run(capsys, "--lang", "en", "--data-dir", locked, "check")
    assert (code, err) == (0, "")
    assert out.startswith("OK:")


def test_changing_needs_the_current_password_and_the_new_one_twice(capsys, locked, typed):
    typed += [PASSWORD, "a new password", "a new password"]
    code, out, err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "set", "--lock-minutes", "5")
    assert (code, err) == (0, "")
    assert one_line(out) == "Password set; the app locks after 5 idle minutes."
    assert stored(locked, "a new password") == (True, 5)
    assert stored(locked, PASSWORD) == (False, 5)


def test_two_different_new_passwords_change_nothing(capsys, locked, typed):
    typed += [PASSWORD, "a new password", "a new pasword"]
    code, out, err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "set", "--lock-minutes", "5")
    assert (code, out) == (1, "")
    assert one_line(err) == "Error: Repeat new password: the two entries differ; type the same password twice."
    assert stored(locked, PASSWORD) == (True, 10)


def test_a_short_new_password_is_refused(capsys, tmp_path, monkeypatch):
    assert init(capsys, tmp_path)[0] == 0
    monkeypatch.setenv("KESU_NEW_PASSWORD", "12345")
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", tmp_path, "password", "set")
    assert code == 1
    assert one_line(err) == "Error: New password: use at least 6 characters."
    assert run(capsys, "--data-dir", tmp_path, "check")[0] == 0  # still no password


def test_without_a_terminal_the_new_password_must_be_in_the_environment(capsys, tmp_path):
    assert init(capsys, tmp_path)[0] == 0
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", tmp_path, "password", "set")
    assert code == 1
    assert "KESU_NEW_PASSWORD" in one_line(err)


def test_remove_then_commands_open_without_it(capsys, locked, monkeypatch):
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    code, out, _err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "remove")
    assert (code, one_line(out)) == (0, "Password removed.")
    monkeypatch.delenv("KESU_PASSWORD")
    assert run(capsys, "--data-dir", locked, "check")[0] == 0
    code, out, _err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "remove")
    assert (code, one_line(out)) == (0, "This data folder has no password; nothing was changed.")


@pytest.mark.parametrize(("minutes", "code"), [("30", 0), ("0", 1), ("241", 1)])
def test_the_lock_time_is_set_within_its_range(capsys, locked, monkeypatch, minutes, code):
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    result, out, err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "lock", "--lock-minutes", minutes)
    assert result == code
    if code == 0:
        assert one_line(out) == "The app locks after 30 idle minutes (when a password is set)."
        assert stored(locked, PASSWORD) == (True, 30)
    else:
        assert one_line(err) == "Error: Lock after: give a whole number of minutes from 1 to 240."
        assert stored(locked, PASSWORD) == (True, 10)


def test_the_clear_password_is_never_written_down(capsys, locked, monkeypatch):
    monkeypatch.setenv("KESU_PASSWORD", PASSWORD)
    monkeypatch.setenv("KESU_NEW_PASSWORD", "another secret")
    assert run(capsys, "--data-dir", locked, "password", "set")[0] == 0
    written = [path for path in locked.rglob("*") if path.is_file()]
    assert any(path.name == "kesu.log" for path in written)
    for path in written:
        content = path.read_bytes()
        assert PASSWORD.encode() not in content and b"another secret" not in content, path


def test_a_forgotten_password_is_reset_by_naming_the_folders_unit_and_the_reset_is_logged(capsys, locked):
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "reset", "--unit", "古城镇")
    assert code == 1
    assert one_line(err) == "Error: Unit: this data folder belongs to 新城镇; name that unit to reset."
    assert stored(locked, PASSWORD)[0] is True

    code, out, err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "reset", "--unit", "新城镇")
    assert (code, err) == (0, "")
    assert one_line(out) == "Password reset: KeSu Desktop opens without one. Set a new one in Settings."
    assert stored(locked, PASSWORD) == (False, 10)
    assert run(capsys, "--data-dir", locked, "check")[0] == 0
    log = (locked / "logs" / "kesu.log").read_text(encoding="utf-8")
    assert "WARNING" in log and "password was reset" in log

    code, out, _err = run(capsys, "--lang", "en", "--data-dir", locked, "password", "reset", "--unit", "141023101")
    assert (code, one_line(out)) == (0, "This data folder has no password; nothing was changed.")
