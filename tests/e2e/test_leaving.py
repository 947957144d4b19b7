"""Leaving on a signal: the running app closes its window as a clerk would on Ctrl+C or a request to terminate
(the closing backup of a changed store is made), and ``python dev.py run`` passes termination on to the app and
waits for it instead of killing it or leaving it running."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from bench.records_import import _unit_folder

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(os.name == "nt", reason="POSIX signals")


def _wait_for(condition, seconds: float = 60.0) -> None:
    deadline = time.monotonic() + seconds
    while not condition():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.1)


@pytest.mark.parametrize("number", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "terminate"])
def test_the_app_closes_its_window_and_backs_up_on_a_signal(tmp_path, number):
    folder = tmp_path / "unit"
    store, _reference = _unit_folder(folder)
    store.close()
    backups = folder / "backups" / "auto"
    environment = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    app = subprocess.Popen([sys.executable, "main.py", "--data-dir", str(folder)], cwd=ROOT, env=environment)
    try:
        _wait_for(lambda: any(backups.glob("kesu-backup-*.sqlite3")))  # the day's backup: the window is up
        with sqlite3.connect(folder / "kesu.sqlite3") as other:  # a change the closing backup must hold
            other.execute("UPDATE installation SET clerk_name = '赵丽'")
        other.close()
        app.send_signal(number)
        assert app.wait(timeout=60) == 0
    finally:
        if app.poll() is None:
            app.kill()
    (closing,) = backups.glob("kesu-backup-*.sqlite3")  # the day's newest: the one made on closing
    with sqlite3.connect(closing) as copy:
        assert copy.execute("SELECT clerk_name FROM installation").fetchone() == ("赵丽",)
    copy.close()


CHILD = """
import pathlib, signal, sys, time
marker = pathlib.Path(sys.argv[1])
def leave(number, frame):
    marker.write_text(str(number))
    sys.exit(3)
signal.signal(signal.SIGTERM, leave)
marker.with_suffix(".ready").write_text("")
while True:
    time.sleep(0.1)
"""
WRAPPER = "import sys, dev; sys.exit(dev.run_passing_signals_on([sys.executable, '-c', sys.argv[1], sys.argv[2]]))"


def test_dev_run_passes_termination_on_and_waits_for_the_app(tmp_path):
    marker = tmp_path / "child.signal"
    wrapper = subprocess.Popen([sys.executable, "-c", WRAPPER, CHILD, str(marker)], cwd=ROOT)
    try:
        _wait_for(lambda: marker.with_suffix(".ready").exists())
        wrapper.send_signal(signal.SIGINT)  # Ctrl+C reaches the app from the terminal: the wrapper only waits
        time.sleep(0.5)
        assert wrapper.poll() is None and not marker.exists()
        wrapper.send_signal(signal.SIGTERM)
        assert wrapper.wait(timeout=30) == 3  # the app's own exit code
    finally:
        if wrapper.poll() is None:
            wrapper.kill()
    assert marker.read_text() == str(int(signal.SIGTERM))
