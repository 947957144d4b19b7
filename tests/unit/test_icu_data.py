"""The Linux bundle's ICU data, cut down to what Qt reads (``scripts/icu_data.py``): the package format read and
written back byte for byte, and which items are kept. ``scripts/build.py`` checks the built bundle's Qt with it."""

from __future__ import annotations

import shutil
import struct
import sys
from pathlib import Path

import pytest

from scripts.icu_data import ALIGNMENT, IcuDataError, data_symbol, is_kept, read_package, trimmed, write_package

HEADER = struct.pack("<HBBHHBBBB4s4s4s", 32, 0xDA, 0x27, 20, 0, 0, 0, 2, 0, b"CmnD", b"\1\0\0\0", b"\3\0\0\0")
HEADER += b"\0" * (32 - len(HEADER))
ITEMS = {
    "icudt73l/zh.res": b"Z" * 5,
    "icudt73l/coll/fr.res": b"F" * 17,
    "icudt73l/coll/zh.res": b"C" * 40,
    "icudt73l/fr.res": b"R" * 3,
    "icudt73l/pool.res": b"P" * 16,
    "icudt73l/brkitr/root.res": b"B" * 9,
}


def _offsets(package: bytes) -> list[tuple[str, int]]:
    (count,) = struct.unpack_from("<I", package, len(HEADER))
    entries = [struct.unpack_from("<II", package, len(HEADER) + 4 + 8 * index) for index in range(count)]
    names = [package[len(HEADER) + name : package.index(b"\0", len(HEADER) + name)].decode() for name, _ in entries]
    return [(name, len(HEADER) + data) for name, (_, data) in zip(names, entries, strict=True)]


def test_a_package_reads_back_the_items_written():
    package = write_package(HEADER, ITEMS)
    header, items = read_package(package)
    assert header == HEADER
    assert {name: item.rstrip(b"\xaa") for name, item in items.items()} == ITEMS


def test_items_are_sorted_by_name_and_each_starts_aligned():
    offsets = _offsets(write_package(HEADER, ITEMS))
    assert [name for name, _ in offsets] == sorted(ITEMS)
    assert all(offset % ALIGNMENT == 0 for _, offset in offsets)


def test_trimming_keeps_the_chinese_and_shared_items_and_leaves_other_locales_and_break_rules_out():
    _, items = read_package(trimmed(write_package(HEADER, ITEMS)))
    assert sorted(items) == ["icudt73l/coll/zh.res", "icudt73l/pool.res", "icudt73l/zh.res"]
    assert items["icudt73l/coll/zh.res"].rstrip(b"\xaa") == ITEMS["icudt73l/coll/zh.res"]


@pytest.mark.parametrize(
    ("name", "kept"),
    [
        ("coll/zh.res", True),
        ("coll/zh_Hant_TW.res", True),
        ("coll/en_US_POSIX.res", True),
        ("coll/root.res", True),
        ("coll/ucadata.icu", True),
        ("coll/res_index.res", True),
        ("coll/fr.res", False),
        ("coll/de__PHONEBOOK.res", False),
        ("zone/zh_CN.res", True),
        ("zone/tzdbNames.res", True),
        ("zone/ja.res", False),
        ("zh.res", True),
        ("en_GB.res", True),
        ("ar_EG.res", False),
        ("pool.res", True),
        ("res_index.res", True),
        ("zoneinfo64.res", True),
        ("likelySubtags.res", True),
        ("uts46.nrm", True),
        ("cnvalias.icu", True),
        ("gb18030.cnv", True),
        ("windows-936-2000.cnv", True),
        ("ibm-37_P100-1995.cnv", False),
        ("brkitr/char.brk", False),
        ("brkitr/zh.res", False),
        ("lang/zh.res", False),
        ("unit/en.res", False),
        ("curr/zh.res", False),
        ("translit/root.res", False),
    ],
)
def test_which_items_are_kept(name, kept):
    assert is_kept(name) is kept


def test_anything_but_a_little_endian_common_data_package_is_refused():
    with pytest.raises(IcuDataError):
        read_package(b"\0" * 64)
    big_endian = bytearray(write_package(HEADER, ITEMS))
    big_endian[8] = 1
    with pytest.raises(IcuDataError):
        read_package(bytes(big_endian))


LIBRARY = next(Path(sys.prefix).glob("lib/python3*/site-packages/PySide6/Qt/lib/libicudata.so.*"), None)


@pytest.mark.skipif(LIBRARY is None or shutil.which("readelf") is None, reason="Linux PySide6 and binutils only")
def test_qts_own_data_is_written_back_byte_for_byte():
    assert LIBRARY is not None
    _, offset, size = data_symbol(LIBRARY)
    data = LIBRARY.read_bytes()[offset : offset + size]
    assert write_package(*read_package(data)) == data
