"""What the command line loads before it works: ``--version`` nothing but the version, ``--help`` the parser with
no command's module (not even pathlib or typing), a command only its own module (the services, openpyxl and
reportlab of the others stay unloaded), none of them Qt (the translator reads its catalogue itself), while the
parser still knows every command and reads options given before the command's name."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HEAVY = ("openpyxl", "reportlab", "sqlalchemy", "alembic", "PySide6", "shiboken6")
PROBE = """
import contextlib, io, json, sys
import main
out = io.StringIO()
with contextlib.redirect_stdout(out):
    try:
        code = main.main(sys.argv[1:])
    except SystemExit as stop:
        code = stop.code
loaded = sorted(name for name in sys.modules if name.split(".")[0] in {"openpyxl", "reportlab", "sqlalchemy",
    "alembic", "PySide6", "shiboken6", "kesu_desktop", "pathlib", "typing"})
print(json.dumps({"code": code, "out": out.getvalue(), "loaded": loaded}))
"""


def loaded_by(*argv: str) -> dict:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], capture_output=True, text=True, cwd=ROOT, timeout=60, check=True
    )
    return json.loads(result.stdout.splitlines()[-1])


def test_the_version_loads_nothing_of_the_app_but_its_version():
    answer = loaded_by("--version")
    assert (answer["code"], answer["out"]) == (0, "KeSu Desktop 0.1.0\n")
    assert answer["loaded"] == ["kesu_desktop"]


def test_the_help_lists_every_command_without_loading_one():
    answer = loaded_by("--lang", "en", "--help")
    assert answer["code"] == 0
    for command in ("init", "records", "return", "backup", "restore", "county"):
        assert f"    {command} " in str(answer["out"])
    loaded = set(answer["loaded"])
    parser = {
        "kesu_desktop.cli",
        "kesu_desktop.cli.main",
        "kesu_desktop.cli.commands",
        "kesu_desktop.cli.argparse_words",
    }
    assert {name for name in loaded if name.startswith("kesu_desktop.cli")} == parser
    assert not [name for name in loaded if name.startswith(HEAVY)]


def test_the_chinese_help_is_translated_without_qt():
    answer = loaded_by("--help")
    assert answer["code"] == 0
    assert "用法" in str(answer["out"]) and "初始化此数据文件夹" in str(answer["out"])
    assert not [name for name in answer["loaded"] if name.startswith(HEAVY)]
    assert not {"pathlib", "typing"} & set(answer["loaded"])  # a sixth of the help's time, for no command


def test_a_command_loads_its_own_module_only_even_after_abbreviated_options(tmp_path: Path):
    answer = loaded_by("--data", str(tmp_path), "--lang", "en", "return", "--help")
    assert answer["code"] == 0 and "usage: main.py return" in str(answer["out"])
    commands = {name for name in answer["loaded"] if name.startswith("kesu_desktop.cli.")}
    assert "kesu_desktop.cli.returns" in commands
    assert not commands & {"kesu_desktop.cli.county", "kesu_desktop.cli.records", "kesu_desktop.cli.backup"}


def test_a_command_that_reads_the_store_and_translates_its_answer_loads_no_qt(tmp_path: Path):
    answer = loaded_by("--data-dir", str(tmp_path), "check")
    assert "sqlalchemy" in {name.split(".")[0] for name in answer["loaded"]}  # it did open the store
    assert not [name for name in answer["loaded"] if name.startswith(("PySide6", "shiboken6"))]
