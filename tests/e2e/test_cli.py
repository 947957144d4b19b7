"""The command line, end to end: ``main.main`` in-process, and the real entry point in a subprocess."""

import json
import os
import random
import re
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

import main
from kesu_desktop import __version__
from kesu_desktop.base.paths import DataDir
from kesu_desktop.store.database import head_revision
from kesu_desktop.store.installation import require_installation
from kesu_desktop.store.startup import prepare_store

ROOT = Path(__file__).resolve().parents[2]


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    """Exit code, stdout and stderr of one command; argparse's own exits count as exit codes."""
    try:
        code = main.main([str(arg) for arg in argv])
    except SystemExit as exit_:
        code = exit_.code if isinstance(exit_.code, int) else 1
    out, err = capsys.readouterr()
    return code, out, err


def init(capsys, folder: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "--data-dir", folder, "init", "--unit", "新城镇", "--clerk", "王晓燕", *extra)


def stored_setup(folder: Path):
    store, _reference = prepare_store(DataDir(folder))
    try:
        with store.reading() as session:
            return require_installation(session)
    finally:
        store.close()


def corrupt(database: Path) -> None:
    """Overwrite the middle half of a closed database file with noise, as a failing disk might."""
    size = database.stat().st_size
    noise = random.Random(0).randbytes(size // 2)
    with database.open("r+b") as file:
        file.seek(size // 4)
        file.write(noise)


def one_line(text: str) -> str:
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


# --- information and usage -----------------------------------------------------------------------


def test_version(capsys):
    code, out, err = run(capsys, "--version")
    assert (code, out.strip(), err) == (0, f"KeSu Desktop {__version__}", "")


@pytest.mark.parametrize(("argv", "description"), [((), "科素填报"), (("--lang", "en"), "KeSu Desktop")])
def test_help_lists_the_commands_in_the_chosen_language(capsys, argv, description):
    code, out, err = run(capsys, *argv, "--help")
    assert code == 0
    assert err == ""
    assert description in out
    for word in ("init", "demo", "check", "--data-dir", "--lang", "--version"):
        assert word in out


def test_a_command_has_its_own_help(capsys):
    code, out, _err = run(capsys, "init", "--help")
    assert code == 0
    assert "--unit" in out and "--clerk" in out


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["init"],
        ["init", "--unit", "新城镇"],
        ["init", "--unit", "新城镇", "--clerk", "王", "--role", "boss"],
        ["demo", "--months", "many"],
        ["--lang", "fr", "check"],
        ["check", "--no-such-option"],
    ],
)
def test_a_usage_error_exits_2(capsys, tmp_path, argv):
    code, out, err = run(capsys, "--data-dir", tmp_path, *argv)
    assert code == 2
    assert out == ""
    assert err.startswith(("用法：main.py", "usage: main.py"))  # English only for a --lang it cannot read
    assert not DataDir(tmp_path).database.exists()


def test_argparses_own_words_are_in_the_users_language(capsys, tmp_path):
    code, _out, err = run(capsys, "--data-dir", tmp_path, "init", "--unit", "新城镇")
    assert code == 2
    assert err.startswith("用法：main.py init") and "main.py init：错误：缺少必需的参数：--clerk" in err
    code, _out, err = run(capsys, "--lang", "en", "--data-dir", tmp_path, "init", "--unit", "新城镇")
    assert code == 2
    assert err.startswith("usage: main.py init") and "error: the following arguments are required: --clerk" in err
    code, out, _err = run(capsys, "--help")
    assert code == 0 and "显示本帮助并退出" in out and "显示程序版本号并退出" in out and "选项" in out


def test_a_build_names_itself_as_it_was_started(capsys, monkeypatch):
    # On Linux kesu-cli is a link to KeSu: the executable is KeSu, the name typed is kesu-cli.
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", "/opt/KeSu/KeSu")
    monkeypatch.setattr(sys, "argv", ["/opt/KeSu/kesu-cli", "--help"])
    code, out, _err = run(capsys, "--help")
    assert code == 0 and out.startswith("用法：kesu-cli ")


# --- init ----------------------------------------------------------------------------------------


def test_init_sets_up_the_folder(capsys, tmp_path):
    code, out, err = init(capsys, tmp_path, "--phone", "0357-3521234", "--reviewer", "李建国")
    assert (code, err) == (0, "")
    assert "新城镇" in one_line(out)
    installation = stored_setup(tmp_path)
    assert installation.setup.unit_code == "141023101"
    assert (installation.setup.clerk_name, installation.setup.clerk_phone) == ("王晓燕", "0357-3521234")
    assert installation.setup.reviewer_name == "李建国"
    assert installation.is_demo is False


def test_options_are_accepted_after_the_command_name(capsys, tmp_path):
    code, out, err = run(capsys, "init", "--data-dir", tmp_path, "--lang", "en", "--unit", "141023201", "--clerk", "赵")
    assert (code, err) == (0, "")
    assert one_line(out).startswith("Set up")
    assert stored_setup(tmp_path).setup.unit_code == "141023201"


def test_the_county_office_is_set_up_with_the_county_role(capsys, tmp_path):
    code, _out, err = run(
        capsys, "--data-dir", tmp_path, "init", "--role", "county", "--unit", "141023000", "--clerk", "刘"
    )
    assert (code, err) == (0, "")
    assert stored_setup(tmp_path).role == "county"


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="XDG_DATA_HOME is how Linux places the folder")
def test_without_data_dir_the_per_user_folder_is_used(capsys, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path))
    code, _out, err = run(capsys, "init", "--unit", "新城镇", "--clerk", "王晓燕")
    assert (code, err) == (0, "")
    assert (tmp_path / "KeSu" / "kesu.sqlite3").is_file()


@pytest.mark.parametrize(
    ("option", "value", "field_zh", "field_en"),
    [
        ("--unit", "新城乡", ["单位"], "Unit"),
        ("--phone", "call me", ["电话"], "Phone"),
        ("--clerk", " ", ["填报人", "填表人"], "Clerk"),
    ],
)
def test_a_refused_init_says_which_field_in_one_line(capsys, tmp_path, option, value, field_zh, field_en):
    args = {"--unit": "新城镇", "--clerk": "王晓燕", "--phone": ""} | {option: value}
    argv = [part for pair in args.items() for part in pair]

    code, out, err = run(capsys, "--data-dir", tmp_path, "init", *argv)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert any(name in line for name in field_zh), line

    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "init", *argv)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert line.startswith("Error: ")
    assert field_en in line


def test_a_refused_init_keeps_the_earlier_setup(capsys, tmp_path):
    assert init(capsys, tmp_path)[0] == 0
    before = stored_setup(tmp_path)
    assert run(capsys, "--data-dir", tmp_path, "init", "--unit", "141023000", "--clerk", "刘")[0] == 1
    assert stored_setup(tmp_path) == before


def test_init_asks_from_which_month_the_unit_reports(capsys, tmp_path):
    from datetime import date

    from kesu_desktop.reference.periods import month_of

    assert init(capsys, tmp_path)[0] == 0
    assert stored_setup(tmp_path).setup.reports_from == month_of(date.today()).code  # a new folder: this month
    assert init(capsys, tmp_path, "--reports-from", "2025-03")[0] == 0
    assert stored_setup(tmp_path).setup.reports_from == "2025-03"
    assert init(capsys, tmp_path, "--phone", "13812345678")[0] == 0  # not given again: kept
    assert stored_setup(tmp_path).setup.reports_from == "2025-03"
    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "init", "--unit", "新城镇", "--clerk", "王",
                         "--reports-from", "3/2025")  # fmt: skip
    assert (code, out) == (1, "")
    assert one_line(err) == "Error: Reports from: '3/2025' is not a month; write it as 2025-03."


def test_init_on_a_folder_with_records_changes_its_unit_only_with_move_records(capsys, tmp_path):
    assert run(capsys, "--data-dir", tmp_path, "demo", "--months", "2")[0] == 0
    before = stored_setup(tmp_path)
    argv = ("--data-dir", tmp_path, "--lang", "en", "init", "--unit", "陶寺乡", "--clerk", "王晓燕")
    code, out, err = run(capsys, *argv)
    assert (code, out) == (1, "")
    line = one_line(err)
    assert line.startswith("Error: Unit: this folder holds ") and "trainings of 新城镇" in line
    assert line.endswith("to move them all to 陶寺乡, run init again with --move-records.")
    assert stored_setup(tmp_path) == before

    code, out, err = run(capsys, *argv, "--move-records")
    assert (code, err) == (0, "")
    assert stored_setup(tmp_path).setup.unit_code == "141023201"
    code, out, _err = run(capsys, "--data-dir", tmp_path, "records", "export", "--out", tmp_path / "all.xlsx")
    assert code == 0 and "0 activities" not in out  # the records came along


def test_init_never_turns_a_folder_with_records_into_the_county_office(capsys, tmp_path):
    assert run(capsys, "--data-dir", tmp_path, "demo", "--months", "2")[0] == 0
    argv = ("--data-dir", tmp_path, "--lang", "en", "init", "--role", "county", "--unit", "141023000", "--clerk", "刘")
    for extra in ((), ("--move-records",)):
        code, out, err = run(capsys, *argv, *extra)
        assert (code, out) == (1, "")
        assert one_line(err).startswith("Error: Role: this folder holds the records of 新城镇")
    assert stored_setup(tmp_path).role == "unit"


# --- demo ----------------------------------------------------------------------------------------


def test_demo_fills_a_new_folder_and_check_agrees(capsys, tmp_path):
    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "demo", "--months", "6", "--seed", "3")
    assert (code, err) == (0, "")
    counts = re.search(r"(\d+) activities and (\d+) trainings", one_line(out))
    assert counts, out
    activities, trainings = int(counts[1]), int(counts[2])
    assert activities > 0

    code, out, err = run(capsys, "--data-dir", tmp_path, "check", "--json")
    assert (code, err) == (0, "")
    report = json.loads(out)
    assert report["ok"] is True
    assert (report["activities"], report["trainings"]) == (activities, trainings)
    assert stored_setup(tmp_path).is_demo is True


def test_demo_prints_its_counts_in_chinese_by_default(capsys, tmp_path):
    code, out, _err = run(capsys, "--data-dir", tmp_path, "demo", "--months", "2")
    assert code == 0
    assert "新城镇" in out
    assert re.search(r"\d+", out)


def test_demo_is_refused_on_a_folder_set_up_for_real_work(capsys, tmp_path):
    assert init(capsys, tmp_path)[0] == 0
    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "demo")
    assert (code, out) == (1, "")
    assert "--data-dir" in one_line(err)
    code, out, _err = run(capsys, "--data-dir", tmp_path, "check", "--json")
    assert json.loads(out)["activities"] == 0
    assert stored_setup(tmp_path).is_demo is False


# --- check ---------------------------------------------------------------------------------------


def test_check_passes_on_a_set_up_folder(capsys, tmp_path):
    init(capsys, tmp_path)
    code, out, err = run(capsys, "--data-dir", tmp_path, "check")
    assert (code, err) == (0, "")
    assert head_revision() in one_line(out)


def test_check_fails_on_a_folder_not_set_up(capsys, tmp_path):
    code, out, _err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "check")
    assert code == 1
    assert "init" in out


@pytest.mark.parametrize("language", ["zh", "en"])
def test_check_reports_a_damaged_database_without_a_traceback(capsys, tmp_path, language):
    assert run(capsys, "--data-dir", tmp_path, "demo", "--months", "12")[0] == 0
    corrupt(DataDir(tmp_path).database)

    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", language, "check")

    assert code == 1
    assert "Traceback" not in out + err
    message = (out + err).strip()
    assert message
    assert ("数据库" if language == "zh" else "database") in message


def test_check_reports_a_guard_dropped_outside_kesu_and_the_json_only_gains_the_problem(capsys, tmp_path):
    init(capsys, tmp_path)
    code, out, _err = run(capsys, "--data-dir", tmp_path, "check", "--json")
    intact = json.loads(out)
    assert code == 0 and intact["problems"] == []
    connection = sqlite3.connect(DataDir(tmp_path).database)
    with connection:
        connection.execute("DROP TRIGGER installation_is_demo_fixed")
        connection.execute("UPDATE installation SET is_demo = 1")
    connection.close()

    code, out, _err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "check", "--json")

    report = json.loads(out)
    assert code == 1
    assert report == {**intact, "ok": False, "problems": report["problems"]}
    assert [problem.split(",")[0] for problem in report["problems"]] == [
        "The database has lost its guard installation_is_demo_fixed"
    ]
    code, out, _err = run(capsys, "--data-dir", tmp_path, "check")
    assert code == 1 and "installation_is_demo_fixed" in one_line(out)


def test_a_database_from_a_newer_release_is_refused_with_a_message(capsys, tmp_path):
    init(capsys, tmp_path)
    database = DataDir(tmp_path).database
    with sqlite3.connect(database) as connection:
        connection.execute("UPDATE alembic_version SET version_num = 'ffff_future'")
    connection.close()
    before = database.read_bytes()

    code, out, err = run(capsys, "--data-dir", tmp_path, "--lang", "en", "check")

    assert (code, out) == (1, "")
    assert "newer version" in one_line(err)
    assert database.read_bytes() == before


# --- the real entry point ------------------------------------------------------------------------


def python(*argv: object) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, str(ROOT / "main.py"), *map(str, argv)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def test_the_entry_point_prints_its_version():
    result = python("--version")
    assert (result.returncode, result.stdout.strip(), result.stderr) == (0, f"KeSu Desktop {__version__}", "")


def test_the_entry_point_sets_up_and_checks_a_folder(tmp_path):
    result = python("--data-dir", tmp_path, "init", "--unit", "新城镇", "--clerk", "王晓燕")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert "新城镇" in result.stdout

    result = python("--data-dir", tmp_path, "check")
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    assert head_revision() in result.stdout


def test_the_entry_point_reports_damage_without_a_traceback(tmp_path):
    assert python("--data-dir", tmp_path, "demo", "--months", "12").returncode == 0
    corrupt(DataDir(tmp_path).database)
    result = python("--data-dir", tmp_path, "--lang", "en", "check")
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "database" in (result.stdout + result.stderr)
