"""A restore while another program has the data folder open, with two real processes: the restore is refused,
naming what to close, and every save the other program confirms afterwards is kept; a program that has ended
(even killed) no longer counts; a store opening during a restore waits for it; and a store whose file another
program replaced under it refuses to write instead of saving into a file no longer in place."""

from __future__ import annotations

import contextlib
import os
import queue
import sqlite3
import subprocess
import sys
import textwrap
import threading
from pathlib import Path
from types import TracebackType

import pytest
from sqlalchemy import text

from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.records.service import add_activity
from kesu_desktop.store.backups import make_backup
from kesu_desktop.store.database import DatabaseReplacedError
from kesu_desktop.store.openers import IN_USE, FolderInUseError, replacing
from kesu_desktop.store.opening import open_store
from kesu_desktop.store.restore import restore_backup
from tests.conftest import UNIT_CODE
from tests.e2e.test_cli import init, one_line, run
from tests.unit.test_store import sample_activity

ROOT = Path(__file__).resolve().parents[2]

WORKER = textwrap.dedent(
    """
    import pathlib, sys
    from kesu_desktop.base.errors import KesuError
    from kesu_desktop.base.paths import DataDir
    from kesu_desktop.base.translation import Translator
    from kesu_desktop.records.service import add_activity
    from kesu_desktop.store.startup import prepare_store
    from tests.conftest import UNIT_CODE
    from tests.unit.test_store import sample_activity

    if sys.argv[2] == "window":
        from kesu_desktop.store.openers import this_program_is_a_window
        this_program_is_a_window()
    store, reference = prepare_store(DataDir(pathlib.Path(sys.argv[1])))
    print("open", flush=True)
    for line in sys.stdin:
        title = line.strip()
        try:
            with store.transaction() as session:
                add_activity(session, UNIT_CODE, sample_activity(title), reference, actor="王晓燕")
        except KesuError as error:
            print("refused", Translator("en").render(error), flush=True)
        else:
            print("saved", title, flush=True)
    store.close()
    print("closed", flush=True)
    """
)


class Worker:
    """Another KeSu program with the data folder open: saves an activity for each title it is sent."""

    def __init__(self, data: Path, kind: str = "command") -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", WORKER, str(data), kind],
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
        )
        self.lines: queue.Queue[str] = queue.Queue()
        self.reader = threading.Thread(target=self._read, daemon=True)
        self.reader.start()

    def _read(self) -> None:
        assert self.process.stdout is not None
        for line in self.process.stdout:
            self.lines.put(line.strip())

    def line(self, timeout: float = 60) -> str:
        return self.lines.get(timeout=timeout)

    def opened(self) -> Worker:
        assert self.line() == "open"
        return self

    def save(self, title: str) -> str:
        assert self.process.stdin is not None
        self.process.stdin.write(title + "\n")
        self.process.stdin.flush()
        return self.line()

    def close(self) -> None:
        """Let it close its store and end."""
        assert self.process.stdin is not None
        self.process.stdin.close()
        assert self.line() == "closed"
        self.process.wait(timeout=60)

    def __enter__(self) -> Worker:
        return self

    def __exit__(self, *_exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait(timeout=60)
        self.reader.join(timeout=60)
        for pipe in (self.process.stdin, self.process.stdout):
            if pipe is not None:
                pipe.close()


def titles(database: Path) -> list[str]:
    connection = sqlite3.connect(database)
    try:
        return sorted(row[0] for row in connection.execute("SELECT title FROM activity"))
    finally:
        connection.close()


@pytest.fixture
def folder(capsys, tmp_path) -> tuple[Path, Path]:
    """A data folder set up for 新城镇, and a backup of it made before any record."""
    data = tmp_path / "data"
    assert init(capsys, data)[0] == 0
    code, out, _err = run(capsys, "--data-dir", data, "backup", "--out", tmp_path / "stick")
    assert code == 0
    return data, Path(out.strip())


def test_a_restore_is_refused_while_a_command_has_the_folder_open_and_every_later_save_is_kept(capsys, folder):
    data, backup = folder
    with Worker(data) as worker:
        worker.opened()
        assert worker.save("恢复之前") == "saved 恢复之前"

        code, out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)

        assert (code, out) == (1, "")
        message = one_line(err)
        assert "A KeSu command is still working on the data folder" in message
        assert f"process {worker.process.pid}" in message and "nothing was changed" in message
        assert worker.save("恢复之后一") == "saved 恢复之后一"
        assert worker.save("恢复之后二") == "saved 恢复之后二"
        worker.close()
    assert titles(DataDir(data).database) == sorted(["恢复之前", "恢复之后一", "恢复之后二"])
    assert not DataDir(data).restore_backups.exists()


def test_the_refusal_names_a_kesu_window_to_close(capsys, folder):
    data, backup = folder
    with Worker(data, "window") as worker:
        worker.opened()
        code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)
        assert code == 1
        assert "is open in another KeSu window" in one_line(err) and "Close KeSu in that window" in err
        code, _out, err = run(capsys, "--data-dir", data, "restore", backup)
        assert code == 1 and len(err.strip().splitlines()) == 1
        worker.close()


def test_once_the_other_program_has_closed_the_folder_the_restore_goes_through(capsys, folder):
    data, backup = folder
    with Worker(data) as worker:
        worker.opened()
        assert worker.save("恢复之前") == "saved 恢复之前"
        worker.close()

    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)

    assert code == 0, err
    assert titles(DataDir(data).database) == []
    [saved] = DataDir(data).restore_backups.glob("kesu-backup-*.sqlite3")
    assert titles(saved) == ["恢复之前"]


def test_a_killed_program_leaves_a_stale_lock_that_the_restore_removes(capsys, folder):
    data, backup = folder
    with Worker(data) as worker:
        worker.opened()
        worker.process.kill()
        worker.process.wait(timeout=60)
    in_use = data / IN_USE
    [stale] = in_use.glob("opener-*.lock")
    assert stale.name.startswith(f"opener-{worker.process.pid}-")

    code, _out, err = run(capsys, "--lang", "en", "--data-dir", data, "restore", backup)

    assert code == 0, err
    assert list(in_use.glob("opener-*.lock")) == []


def test_a_store_opening_while_a_restore_holds_the_folder_waits_until_it_is_done(folder):
    data, _backup = folder
    with contextlib.ExitStack() as stack:
        with replacing(data):
            worker = stack.enter_context(Worker(data))
            with pytest.raises(queue.Empty):
                worker.line(timeout=1.5)
        worker.opened()
        assert worker.save("恢复之后") == "saved 恢复之后"
        worker.close()


def test_a_second_store_in_the_same_program_counts_as_another_user(folder):
    data, backup = folder
    first, second = open_store(DataDir(data)), open_store(DataDir(data))
    try:
        with pytest.raises(FolderInUseError):
            restore_backup(first, backup)
        second.close()
        restore_backup(first, backup)
    finally:
        first.close()
        second.close()


def test_a_file_replaced_under_an_open_store_is_never_written_to(folder, tmp_path):
    data, backup = folder
    database = DataDir(data).database
    wal = database.with_name(database.name + "-wal")
    with Worker(data) as worker:
        worker.opened()
        assert worker.save("替换之前") == "saved 替换之前"
        replacement = tmp_path / "replacement.sqlite3"
        replacement.write_bytes(backup.read_bytes())
        os.replace(replacement, database)  # another program, which does not ask KeSu
        before = database.read_bytes(), wal.read_bytes()

        answer = worker.save("替换之后")

        assert answer.startswith("refused The database") and "was replaced or removed while KeSu had it open" in answer
        assert "Close KeSu and start it again" in answer
        assert worker.save("再试一次").startswith("refused")
        worker.close()
    # Nothing was written after the replacement: not into the new file, nor into the WAL beside it. (SQLite keeps
    # the old WAL there, as it does for any moved database; the program that replaced the file left it.)
    assert (database.read_bytes(), wal.read_bytes()) == before


def test_a_replaced_file_is_refused_in_this_program_too_with_a_message_in_chinese(unit_store, tmp_path):
    copy = make_backup(unit_store, tmp_path / "stick", record=False)
    os.replace(copy, unit_store.data_dir.database)
    with pytest.raises(DatabaseReplacedError) as refused, unit_store.reading() as session:
        session.execute(text("SELECT count(*) FROM activity"))
    message = Translator("zh_CN").render(refused.value)
    assert str(unit_store.data_dir.database) in message and "\n" not in message


def test_a_restore_given_its_own_store_closes_it_first_then_the_store_works_on_the_restored_file(
    unit_store, reference, tmp_path
):
    backup = make_backup(unit_store, tmp_path / "stick")
    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity("备份之后"), reference, actor="王晓燕")

    restore_backup(unit_store, backup)

    with unit_store.transaction() as session:
        add_activity(session, UNIT_CODE, sample_activity("恢复之后"), reference, actor="王晓燕")
    assert titles(unit_store.data_dir.database) == ["恢复之后"]
    assert list((unit_store.data_dir.root / IN_USE).glob("opener-*.lock")) != []
