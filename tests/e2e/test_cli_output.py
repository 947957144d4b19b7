"""What the command line prints when things go its own way: output cut short by its reader (``… | head -1``)
ends quietly, and an error whose way out is a command names that command (the GUI says it otherwise)."""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import date, timedelta

from kesu_desktop.reference.periods import month_of
from tests.e2e.test_cli import ROOT, init, one_line, run


def test_output_cut_short_by_its_reader_ends_quietly(capsys, tmp_path):
    assert init(capsys, tmp_path)[0] == 0
    read_end, write_end = os.pipe()
    os.close(read_end)  # the reader has gone, as `head -1` goes after its line
    try:
        done = subprocess.run(
            [sys.executable, str(ROOT / "main.py"), "--data-dir", str(tmp_path), "return", "status", "--year", "2024"],
            cwd=ROOT,
            stdout=write_end,
            stderr=subprocess.PIPE,
            env={**os.environ, "PYTHONUTF8": "1", "PYTHONIOENCODING": "utf-8"},
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(write_end)
    assert done.stderr == ""
    assert done.returncode == 1


def test_a_locked_month_names_the_command_that_reopens_it(capsys, tmp_path):
    data = tmp_path / "data"
    assert run(capsys, "--data-dir", data, "demo", "--months", "3")[0] == 0
    period = month_of(date.today().replace(day=1) - timedelta(days=1)).code  # last month: ended
    out = tmp_path / "stick"
    assert (
        run(capsys, "--data-dir", data, "return", "export", "--period", period, "--out", out, "--unfilled", "na")[0]
        == 0
    )
    code, _out, err = run(capsys, "--data-dir", data, "--lang", "en", "figures", "set", "--period", period, "schools=3")
    assert code == 1
    assert one_line(err) == (
        f"Error: {period} was reported (version 1) and is locked; reopen it for correction first with "
        f"'return reopen --period {period} --reason TEXT'."
    )
