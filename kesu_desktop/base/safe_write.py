"""Writing a file so that a failure never leaves a half-written file under its final name.

The content is produced into a temporary file in the target folder, flushed and fsynced, read back and
checked, and only then renamed over the final name (an atomic step on the same volume); the previous good
file stays untouched until that moment. Temporary files carry a recognisable prefix so that any left by a
crash can be found and removed.
"""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import secrets
import shutil
from collections.abc import Callable
from pathlib import Path

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP, Phrase

TEMP_PREFIX = ".kesu-partial-"

_log = logging.getLogger(__name__)


class WriteError(KesuError):
    """A file could not be written; the message says why in words a clerk can act on."""


_REASONS = {
    errno.ENOSPC: QT_TRANSLATE_NOOP("Errors", "the drive is full"),
    errno.EROFS: QT_TRANSLATE_NOOP("Errors", "the drive is read-only (check the stick's lock switch)"),
    errno.EACCES: QT_TRANSLATE_NOOP("Errors", "access is denied; the file may be open in Excel or WPS — close it"),
    errno.EPERM: QT_TRANSLATE_NOOP("Errors", "access is denied; the file may be open in Excel or WPS — close it"),
    errno.EIO: QT_TRANSLATE_NOOP("Errors", "the drive could not be written (was the stick pulled out?)"),
    errno.ENOENT: QT_TRANSLATE_NOOP("Errors", "the folder is no longer there (was the stick pulled out?)"),
}


def _failure(target: Path, error: OSError) -> WriteError:
    reason = _REASONS.get(error.errno or 0)
    return WriteError(
        QT_TRANSLATE_NOOP("Errors", "{file} was not written: {reason}. The previous file, if any, is unchanged."),
        file=target.name,
        reason=Phrase(reason) if reason else (error.strerror or str(error)),
    )


def _fsync_folder(folder: Path) -> None:
    if os.name == "nt":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def ensure_free_space(folder: Path, needed: int) -> None:
    """Refuse early, with a clear message, when the folder's drive has less than ``needed`` bytes free."""
    try:
        free = shutil.disk_usage(folder).free
    except OSError as error:
        raise _failure(folder, error) from error
    if free < needed:
        raise WriteError(
            QT_TRANSLATE_NOOP(
                "Errors", "Not enough space on the drive of {folder}: {needed} KB needed, {free} KB free."
            ),
            folder=str(folder),
            needed=needed // 1024 + 1,
            free=free // 1024,
        )


def stage(target: Path, produce: Callable[[Path], None], check: Callable[[Path], None] | None = None) -> Path:
    """Have ``produce`` write into a temporary file beside ``target``, make it durable and let ``check`` read it
    back (raising if it is wrong); the temporary file, for :func:`place` or :func:`discard`. On any failure it
    is removed and a :class:`WriteError` says why."""
    temporary = target.with_name(f"{TEMP_PREFIX}{secrets.token_hex(6)}{target.suffix}")
    try:
        produce(temporary)
        with open(temporary, "rb+") as handle:
            handle.flush()
            os.fsync(handle.fileno())
        if check is not None:
            check(temporary)
    except OSError as error:
        discard(temporary)
        raise _failure(target, error) from error
    except BaseException:
        discard(temporary)
        raise
    return temporary


def place(temporary: Path, target: Path) -> None:
    """Move a staged file over ``target`` and make the move durable."""
    try:
        os.replace(temporary, target)
        _fsync_folder(target.parent)
    except OSError as error:
        raise _failure(target, error) from error


def bytes_writer(data: bytes) -> Callable[[Path], None]:
    """A ``produce`` for :func:`stage` and :func:`write_atomically` that writes ``data``."""

    def write(temporary: Path) -> None:
        temporary.write_bytes(data)

    return write


def write_atomically(
    target: Path, produce: Callable[[Path], None], check: Callable[[Path], None] | None = None
) -> Path:
    """:func:`stage` then :func:`place`: ``target`` is either left as it was or replaced by a complete, checked
    file. On any failure the temporary file is removed and a :class:`WriteError` says why."""
    temporary = stage(target, produce, check)
    try:
        place(temporary, target)
    except BaseException:
        discard(temporary)
        raise
    return target


def discard(path: Path) -> None:
    """Remove ``path`` if it is there; a file that cannot be removed is left (a leftover for the next start)."""
    with contextlib.suppress(OSError):
        path.unlink(missing_ok=True)


def leftover_temporaries(folder: Path) -> list[Path]:
    """Temporary files a crash left in ``folder``."""
    try:
        return sorted(folder.glob(f"{TEMP_PREFIX}*"))
    except OSError:
        return []


def remove_leftover_temporaries(folder: Path) -> list[Path]:
    """Remove the temporary files a crash (power cut, killed process) left in ``folder``; the ones removed.

    Only files with :data:`TEMP_PREFIX` are touched: the final files beside them are either the previous good
    version or the complete new one, never a partial write. A folder that is missing or unreadable (a stick
    that was pulled out) is skipped, and a file that cannot be removed is left for the next start.
    """
    removed = []
    for path in leftover_temporaries(folder):
        try:
            path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            _log.warning("Could not remove the leftover temporary file %s: %s", path, error)
            continue
        _log.info("Removed the leftover temporary file %s", path)
        removed.append(path)
    return removed
