"""Where the live database may be: on the computer's own disk only, never a USB stick or a network share."""

from __future__ import annotations

from pathlib import Path

import pytest

import kesu_desktop.store.drives as drives
import kesu_desktop.store.opening as store_module
from kesu_desktop.base.errors import StoreError
from kesu_desktop.base.paths import DataDir
from kesu_desktop.base.translation import Translator
from kesu_desktop.store.opening import open_store

MOUNTS = """\
/dev/sda1 / ext4 rw,relatime 0 0
/dev/sdb1 /media/clerk/KINGSTON vfat rw,nosuid 0 0
//server/share /mnt/county\\040share cifs rw 0 0
server:/export /srv/nfs nfs4 rw 0 0
tmpfs /tmp tmpfs rw 0 0
"""


@pytest.fixture
def mounts(tmp_path, monkeypatch):
    table = tmp_path / "mounts"
    table.write_text(MOUNTS)
    monkeypatch.setattr(drives, "_removable_block_device", lambda device: device.startswith("/dev/sdb"))
    monkeypatch.setattr(drives.os, "name", "posix")
    return table


@pytest.mark.parametrize(
    ("path", "kind"),
    [
        ("/home/clerk/KeSu", "local"),
        ("/tmp/kesu", "local"),
        ("/media/clerk/KINGSTON/KeSu", "removable"),
        ("/mnt/county share/KeSu", "network"),
        ("/srv/nfs/kesu", "network"),
    ],
)
def test_the_drive_of_a_folder_comes_from_its_longest_mount(mounts, path, kind):
    assert drives.drive_kind(Path(path), mounts) == kind


@pytest.mark.parametrize("kind", ["removable", "network"])
def test_a_store_on_a_stick_or_a_share_is_refused_before_anything_is_written(tmp_path, monkeypatch, kind):
    monkeypatch.setattr(store_module, "drive_kind", lambda _path: kind)
    folder = tmp_path / "on-the-stick"
    with pytest.raises(StoreError) as caught:
        open_store(DataDir(folder))
    assert not folder.exists()
    chinese = Translator("zh_CN").render(caught.value)
    assert str(folder) in chinese
    assert ("U盘" if kind == "removable" else "网络") in chinese


def test_a_store_on_the_local_disk_opens(tmp_path):
    store = open_store(DataDir(tmp_path / "data"))
    store.close()
