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


DRIVE_REMOTE = 4
NETWORK_FILESYSTEMS = frozenset(
    {"nfs", "nfs4", "cifs", "smb3", "smbfs", "sshfs", "fuse.sshfs", "9p", "afs", "ceph", "glusterfs", "davfs"}
)


def _windows_kind(path: Path) -> str:
    import ctypes

    text = str(path)
    if text.startswith("\\\\"):
        return "network"
    root = os.path.splitdrive(text)[0] + "\\"
    drive_type = ctypes.windll.kernel32.GetDriveTypeW(ctypes.c_wchar_p(root))  # type: ignore[attr-defined]
    return {DRIVE_REMOVABLE: "removable", DRIVE_REMOTE: "network"}.get(drive_type, "local")


def _linux_kind(path: Path, mounts: Path) -> str:
    try:
        lines = mounts.read_text().splitlines()
    except OSError:
        return "local"
    best: tuple[int, str, str] = (-1, "", "")
    for line in lines:
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        inside = path == Path(point) or Path(point) in path.parents
        if inside and len(point) > best[0]:
            best = (len(point), parts[0], parts[2])
    _length, device, filesystem = best
    if filesystem in NETWORK_FILESYSTEMS or device.startswith("//"):
        return "network"
    if device.startswith("/dev/") and _removable_block_device(device):
        return "removable"
    return "local"


def drive_kind(path: Path, mounts: Path = Path("/proc/mounts")) -> str:
    """Whether ``path`` is on this computer's own disk ("local"), a removable drive or a network drive."""
    resolved = path.resolve()
    if os.name == "nt":
        return _windows_kind(resolved)
    return _linux_kind(resolved, mounts)
