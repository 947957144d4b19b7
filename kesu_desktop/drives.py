"""Where a return can be exported: removable drives (USB sticks) first, any folder otherwise.

Windows asks GetDriveTypeW for each drive letter; Linux looks at mounts whose block device is removable.
"""

from __future__ import annotations

import os
import shutil
import string
from dataclasses import dataclass
from pathlib import Path

DRIVE_REMOVABLE = 2


@dataclass(frozen=True)
class Drive:
    path: Path
    label: str
    free_bytes: int


def _free(path: Path) -> int:
    try:
        return shutil.disk_usage(path).free
    except OSError:
        return 0


def _windows_drives() -> list[Drive]:
    import ctypes

    kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
    mask = kernel32.GetLogicalDrives()
    drives = []
    for index, letter in enumerate(string.ascii_uppercase):
        if not mask & (1 << index):
            continue
        root = f"{letter}:\\"
        if kernel32.GetDriveTypeW(ctypes.c_wchar_p(root)) == DRIVE_REMOVABLE:
            name = ctypes.create_unicode_buffer(261)
            kernel32.GetVolumeInformationW(ctypes.c_wchar_p(root), name, 261, None, None, None, None, 0)
            drives.append(Drive(Path(root), f"{name.value or ''} ({letter}:)".strip(), _free(Path(root))))
    return drives


def _removable_block_device(device: str) -> bool:
    name = Path(device).name
    for candidate in (name, name.rstrip("0123456789"), name.split("p")[0]):
        flag = Path("/sys/block") / candidate / "removable"
        if flag.exists():
            return flag.read_text().strip() == "1"
    return False


def _linux_drives(mounts: Path = Path("/proc/mounts")) -> list[Drive]:
    drives = []
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return []
    for line in lines:
        parts = line.split()
        if len(parts) < 2 or not parts[0].startswith("/dev/"):
            continue
        mount_point = Path(parts[1].replace("\\040", " "))
        desktop_mount = str(mount_point).startswith(("/media/", "/run/media/"))
        if desktop_mount or _removable_block_device(parts[0]):
            drives.append(Drive(mount_point, mount_point.name, _free(mount_point)))
    return drives


def removable_drives() -> list[Drive]:
    """Mounted removable drives, for offering as export targets first."""
    if os.name == "nt":
        return _windows_drives()
    return _linux_drives()
