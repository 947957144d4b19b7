"""Who has a data folder open: every open store holds an operating-system lock on a file of its own in the
folder's ``in-use`` folder, so that replacing the database (a restore) is refused while any other program works
on it: a save that program confirmed afterwards would go into a file no longer in place, and be lost.

The lock is one the operating system drops when its program ends, however it ends (``flock`` on Linux and
macOS, ``msvcrt.locking`` on Windows). A lock file that can be locked is therefore stale, left by a program that
crashed, and is removed. Each file says who holds it (a KeSu window, or a command and its command line), so a
refusal can name what to close.

Replacing the database holds a second lock, on ``in-use/replacing.lock``, for the whole replacement; a store
that opens meanwhile waits for it to be released. An opener registers before it looks at that lock, and a
replacer takes that lock before it looks at the openers, so one of the two always sees the other.
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import secrets
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

IN_USE = "in-use"
WINDOW, COMMAND = "window", "command"
_UNKNOWN = "unknown"  # a lock file whose description cannot be read
_PREFIX, _SUFFIX = "opener-", ".lock"
_GATE = "replacing.lock"
_OWN_LOCK_SECONDS = 2.0  # a replacer may hold a new opener's file for a moment while it looks at it
_GATE_SECONDS = 2.0  # openers hold the replacing lock only for an instant, to see whether it is free
_WAIT_FOR_REPLACING_SECONDS = 20.0
_POLL_SECONDS = 0.05

_program_kind = COMMAND

if sys.platform == "win32":
    import msvcrt

    # Windows locks a byte range, and nobody else may read a locked range: lock one byte far past the
    # description, so that a replacer can still read who holds the file.
    _LOCK_OFFSET = 1 << 20

    def _try_lock(file: BinaryIO) -> bool:
        file.seek(_LOCK_OFFSET)
        try:
            msvcrt.locking(file.fileno(), msvcrt.LK_NBLCK, 1)
        except OSError:
            return False
        return True

    def _unlock(file: BinaryIO) -> None:
        file.seek(_LOCK_OFFSET)
        msvcrt.locking(file.fileno(), msvcrt.LK_UNLCK, 1)

else:
    import fcntl

    def _try_lock(file: BinaryIO) -> bool:
        try:
            fcntl.flock(file.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            return False
        return True

    def _unlock(file: BinaryIO) -> None:
        fcntl.flock(file.fileno(), fcntl.LOCK_UN)


def this_program_is_a_window() -> None:
    """Say that the stores this program opens belong to a KeSu window (the GUI calls it at start); otherwise
    they are described as a command, by this program's command line."""
    global _program_kind
    _program_kind = WINDOW


@dataclass(frozen=True)
class Opener:
    """Another program that has the data folder open."""

    kind: str
    command: str
    pid: int


class FolderInUseError(StoreError):
    """The database cannot be replaced: another KeSu window or command has the data folder open."""

    def __init__(self, folder: Path, others: list[Opener]) -> None:
        self.others = others
        windows = [other for other in others if other.kind == WINDOW]
        commands = [other for other in others if other.kind == COMMAND]
        if windows:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The data folder {folder} is open in another KeSu window, so its database cannot be replaced "
                    "now; nothing was changed. Close KeSu in that window first, then try again.",
                ),
                folder=str(folder),
            )
        elif commands:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "A KeSu command is still working on the data folder {folder} ({command}, process {pid}), so its "
                    "database cannot be replaced now; nothing was changed. Wait until it has finished (or stop "
                    "it), then try again.",
                ),
                folder=str(folder),
                command=commands[0].command,
                pid=commands[0].pid,
            )
        else:
            super().__init__(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Another program has the data folder {folder} open right now, so its database cannot be "
                    "replaced; nothing was changed. Close KeSu wherever it is open, then try again.",
                ),
                folder=str(folder),
            )


def _cannot_note(root: Path, error: OSError) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "KeSu cannot note in the data folder {folder} that it has it open ({reason}). Check that the folder "
            "can be written to, then start again.",
        ),
        folder=str(root),
        reason=error.strerror or str(error),
    )


def _being_replaced(root: Path) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "A backup is being restored into the data folder {folder} right now. Wait until it has finished, then "
            "start again.",
        ),
        folder=str(root),
    )


def _replaced_elsewhere(root: Path) -> StoreError:
    return StoreError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "Another restore into the data folder {folder} is running right now; nothing was changed. Wait until "
            "it has finished, then try again.",
        ),
        folder=str(root),
    )


def _command_line() -> str:
    if not sys.argv:
        return "python"
    return " ".join([Path(sys.argv[0]).name, *sys.argv[1:]])


def _lock_within(file: BinaryIO, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while not _try_lock(file):
        if time.monotonic() >= deadline:
            return False
        time.sleep(_POLL_SECONDS)
    return True


def _still_at(path: Path, file: BinaryIO) -> bool:
    """Whether ``path`` still names the open ``file`` (a replacer may have taken it for stale and removed it
    in the instant before it was locked)."""
    try:
        named, opened = path.stat(), os.fstat(file.fileno())
    except FileNotFoundError:
        return False
    return (named.st_dev, named.st_ino) == (opened.st_dev, opened.st_ino)


def _read_opener(path: Path, file: BinaryIO) -> Opener:
    pid_text = path.name.removeprefix(_PREFIX).split("-", 1)[0]
    fallback = Opener(_UNKNOWN, "", int(pid_text) if pid_text.isdigit() else 0)
    try:
        file.seek(0)
        data = json.loads(file.read(64 * 1024).decode("utf-8"))
        return Opener(str(data["kind"]), str(data["command"]), int(data["pid"]))
    except (OSError, ValueError, KeyError, TypeError):
        return fallback


def _others(folder: Path, own: Path | None = None) -> list[Opener]:
    """The programs other than ``own`` that hold a lock file in ``folder``; stale lock files are removed."""
    live: list[Opener] = []
    try:
        paths = sorted(folder.glob(f"{_PREFIX}*{_SUFFIX}"))
    except OSError:
        return live
    for path in paths:
        if path == own:
            continue
        try:
            file = open(path, "r+b")  # noqa: SIM115 - closed below, before the file may be removed
        except FileNotFoundError:
            continue  # its store has just closed
        except OSError:
            live.append(Opener(_UNKNOWN, "", 0))  # Windows: being made or removed by its program right now
            continue
        with file:
            if not _try_lock(file):
                live.append(_read_opener(path, file))
                continue
            _unlock(file)
        try:
            path.unlink()
        except FileNotFoundError:
            pass
        except OSError:
            # Windows refuses to remove a file some program has open: one that has just made it, not yet locked.
            live.append(Opener(_UNKNOWN, "", 0))
    return live


class Registration:
    """A store's own lock file, locked from its opening until :meth:`release`."""

    def __init__(self, path: Path, file: BinaryIO) -> None:
        self.path = path
        self._file: BinaryIO | None = file

    def release(self) -> None:
        file, self._file = self._file, None
        if file is None:
            return
        with contextlib.suppress(OSError):
            _unlock(file)
        file.close()
        with contextlib.suppress(OSError):
            self.path.unlink(missing_ok=True)


def _own_lock_file(folder: Path, description: bytes) -> tuple[Path, BinaryIO]:
    while True:
        path = folder / f"{_PREFIX}{os.getpid()}-{secrets.token_hex(6)}{_SUFFIX}"
        file = open(path, "x+b")  # noqa: SIM115 - kept open (and locked) for as long as the store is open
        try:
            file.write(description)
            file.flush()
            if not _lock_within(file, _OWN_LOCK_SECONDS):
                raise TimeoutError(errno.ETIMEDOUT, "its own lock file stays locked", str(path))
            if _still_at(path, file):
                return path, file
        except BaseException:
            file.close()
            raise
        file.close()


def register(root: Path) -> Registration:
    """Note that this program has the data folder ``root`` open, by a lock file it holds until released; waits
    while a backup is being restored into the folder. Stale lock files of crashed programs are removed."""
    folder = root / IN_USE
    description = json.dumps(
        {
            "kind": _program_kind,
            "command": _command_line(),
            "pid": os.getpid(),
            "since": datetime.now().isoformat(timespec="seconds"),
        },
        ensure_ascii=False,
    ).encode("utf-8")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        path, file = _own_lock_file(folder, description)
    except OSError as error:
        raise _cannot_note(root, error) from error
    registration = Registration(path, file)
    try:
        _others(folder, own=path)
        _wait_while_replaced(root)
    except BaseException:
        registration.release()
        raise
    return registration


def _gate(root: Path) -> BinaryIO:
    folder = root / IN_USE
    folder.mkdir(parents=True, exist_ok=True)
    return open(folder / _GATE, "a+b")


def _wait_while_replaced(root: Path) -> None:
    try:
        gate = _gate(root)
    except OSError as error:
        raise _cannot_note(root, error) from error
    with gate:
        if not _lock_within(gate, _WAIT_FOR_REPLACING_SECONDS):
            raise _being_replaced(root)
        _unlock(gate)


@contextmanager
def replacing(root: Path) -> Iterator[None]:
    """Hold the data folder ``root`` while its database is replaced: no store may be open in any other program
    (or elsewhere in this one), and none opens until the block ends.

    Raises :class:`FolderInUseError`, naming the window or command to close, when another store is open.
    """
    try:
        gate = _gate(root)
    except OSError as error:
        raise _cannot_note(root, error) from error
    with gate:
        if not _lock_within(gate, _GATE_SECONDS):
            raise _replaced_elsewhere(root)
        try:
            others = _others(root / IN_USE)
            if others:
                raise FolderInUseError(root, others)
            yield
        finally:
            _unlock(gate)
