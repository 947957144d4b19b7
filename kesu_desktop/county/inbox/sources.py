"""Where the files an import considers come from: files named one by one, a folder, or a whole USB stick
(every ``.xlsx`` under it). A file found by scanning that is plainly not a return is skipped, not an error;
a file named explicitly is judged like any other."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from kesu_desktop.base.safe_write import TEMP_PREFIX

MAX_SCANNED_FILES = 5_000
"""A stick holds a few dozen returns; a scan stops here rather than walk a whole disk."""


@dataclass(frozen=True)
class Candidate:
    path: Path
    scanned: bool
    """Found by scanning a folder, rather than named."""


def _wanted(name: str) -> bool:
    # Excel's lock files (~$…) and KeSu's own unfinished writes are never returns.
    return name.lower().endswith(".xlsx") and not name.startswith(("~$", ".", TEMP_PREFIX))


def _scan(folder: Path) -> list[Path]:
    found: list[Path] = []
    for root, folders, files in os.walk(folder, followlinks=False):
        folders[:] = sorted(name for name in folders if not name.startswith((".", "$")))
        found.extend(Path(root) / name for name in sorted(files) if _wanted(name))
        if len(found) >= MAX_SCANNED_FILES:
            return found[:MAX_SCANNED_FILES]
    return found


def gather(paths: list[Path]) -> list[Candidate]:
    """Each named path, in order: a folder's ``.xlsx`` files (scanned, sorted), or the file itself (also when it
    is not there: the inbox then says so). A file named twice is considered once."""
    seen: set[Path] = set()
    candidates: list[Candidate] = []
    for path in paths:
        found = [(p, True) for p in _scan(path)] if path.is_dir() else [(path, False)]
        for file, scanned in found:
            key = file.resolve() if file.exists() else file.absolute()
            if key not in seen:
                seen.add(key)
                candidates.append(Candidate(file, scanned))
    return candidates
