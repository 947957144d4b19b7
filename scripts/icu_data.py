"""ICU's data cut down to what Qt reads, for the Linux bundle (``pyinstaller.spec``).

PySide6's Qt on Linux links ICU, whose data library (``libicudata.so.73``, 30.6 MiB) holds every locale's
names, units, currencies, calendars, transliterators, break rules and legacy character sets. Qt draws none of
those from ICU: it carries its own locale data (CLDR) and its own Unicode rules for breaking text. What Qt does
use ICU for is collation (``QCollator``: the file dialog sorts names with it), locale case mapping, time-zone
names, international domain names and legacy character sets. So the bundle ships a data library that keeps the
character properties and normalisation, the supplemental data (time zones, likely subtags and the like), the
root, Chinese and English locales of the trees Qt reads (locale data, collation, zone names) and the Chinese
character sets, and leaves the rest out: 4.5 MiB instead of 30.

The data is ICU's "common data" package (``CmnD``): a header, a table of (name, offset) sorted by name, then the
items, each 16-byte aligned. It is read from the library's ``icudt<version>_dat`` symbol, filtered, written back
in the same layout and assembled into a shared library of the same name and symbol with binutils' ``as`` and
``ld`` (PyInstaller needs binutils on Linux anyway). ``scripts/build.py`` checks the bundle's Qt with it.
"""

from __future__ import annotations

import re
import struct
import subprocess
import tempfile
from pathlib import Path

ALIGNMENT = 16
PADDING = b"\xaa"  # what ICU's own tools fill the gaps with
KEPT_LOCALES = re.compile(r"^(root|en|zh)(_[A-Za-z0-9]+)*$")
# Trees of per-locale data that Qt never reads from ICU (it has its own names, units and break rules).
LEFT_OUT_TREES = frozenset({"brkitr", "curr", "lang", "rbnf", "region", "translit", "unit"})
# A locale's file in the trees that are kept: its name is a locale id (two or three letters, then subtags).
LOCALE_ID = re.compile(r"^[a-z]{2,3}(_[A-Za-z0-9]*)*$")
SHARED_FILES = frozenset({"res_index", "pool"})
# The Chinese legacy character sets (GB18030, GBK, GB2312, Big5): text pasted from an old program may be in one.
KEPT_CONVERTERS = frozenset(
    {
        "gb18030",
        "windows-936-2000",
        "ibm-1383_P110-1999",
        "ibm-5478_P100-1995",
        "ibm-1386_P100-2001",
        "windows-950-2000",
        "ibm-1373_P100-2002",
        "ibm-950_P110-1999",
    }
)


class IcuDataError(Exception):
    """The library holds no ICU common data this code can read."""


def is_kept(name: str) -> bool:
    """Whether an item of the package (``coll/zh.res``, without the package's own prefix) goes in the bundle."""
    tree, _, leaf = name.rpartition("/")
    stem, _, suffix = leaf.rpartition(".")
    if tree.split("/", 1)[0] in LEFT_OUT_TREES:
        return False
    if not tree and suffix == "cnv":
        return stem in KEPT_CONVERTERS
    if suffix != "res" or stem in SHARED_FILES or not LOCALE_ID.match(stem):
        return True
    return bool(KEPT_LOCALES.match(stem))


def read_package(data: bytes) -> tuple[bytes, dict[str, bytes]]:
    """The header of a common data package and its items by full name, each with the padding after it."""
    header_size, magic1, magic2 = struct.unpack_from("<HBB", data, 0)
    if (magic1, magic2) != (0xDA, 0x27) or data[12:16] != b"CmnD" or data[8] != 0:
        raise IcuDataError("not a little-endian ICU common data package")
    (count,) = struct.unpack_from("<I", data, header_size)
    entries = [struct.unpack_from("<II", data, header_size + 4 + 8 * index) for index in range(count)]
    items = {}
    for index, (name_offset, data_offset) in enumerate(entries):
        name_start = header_size + name_offset
        name = data[name_start : data.index(b"\0", name_start)].decode("ascii")
        end = header_size + entries[index + 1][1] if index + 1 < count else len(data)
        items[name] = data[header_size + data_offset : end]
    return data[:header_size], items


def write_package(header: bytes, items: dict[str, bytes]) -> bytes:
    """A common data package of these items, laid out as ICU's own tools lay it out."""
    names = sorted(items)
    table_size = 4 + 8 * len(names)
    name_offsets, name_bytes = [], bytearray()
    for name in names:
        name_offsets.append(table_size + len(name_bytes))
        name_bytes += name.encode("ascii") + b"\0"
    body = bytearray()
    start = table_size + len(name_bytes)
    start += -(len(header) + start) % ALIGNMENT
    data_offsets = []
    for name in names:
        body += PADDING * (-(len(header) + start + len(body)) % ALIGNMENT)
        data_offsets.append(start + len(body))
        body += items[name]
    table = struct.pack("<I", len(names)) + b"".join(
        struct.pack("<II", name_offset, data_offset)
        for name_offset, data_offset in zip(name_offsets, data_offsets, strict=True)
    )
    padding = PADDING * (start - table_size - len(name_bytes))
    return header + table + bytes(name_bytes) + padding + bytes(body)


def trimmed(data: bytes) -> bytes:
    """The package with only the items Qt reads."""
    header, items = read_package(data)
    return write_package(header, {name: item for name, item in items.items() if is_kept(name.split("/", 1)[1])})


def data_symbol(library: Path) -> tuple[str, int, int]:
    """The data symbol's name, file offset and size, read with binutils' ``readelf``."""
    symbols = subprocess.run(["readelf", "-Ws", str(library)], capture_output=True, text=True, check=True).stdout
    found = re.search(
        r"^\s*\d+:\s+([0-9a-f]+)\s+(0x[0-9a-f]+|\d+)\s+OBJECT\s+GLOBAL\s+\w+\s+(\d+)\s+(icudt\d+_dat)$",
        symbols,
        re.MULTILINE,
    )
    if not found:
        raise IcuDataError(f"{library.name}: no icudt*_dat symbol")
    address, size, section = int(found[1], 16), int(found[2], 0), int(found[3])
    sections = subprocess.run(["readelf", "-SW", str(library)], capture_output=True, text=True, check=True).stdout
    row = re.search(rf"^\s*\[\s*{section}\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)", sections, re.MULTILINE)
    if not row:
        raise IcuDataError(f"{library.name}: section {section} of the data symbol not found")
    return found[4], int(row[2], 16) + address - int(row[1], 16), size


def trimmed_library(library: Path, destination: Path) -> Path:
    """Write ``destination/<library's name>``: the same library (name, soname, symbol) holding the trimmed data."""
    symbol, offset, size = data_symbol(library)
    package = trimmed(library.read_bytes()[offset : offset + size])
    destination.mkdir(parents=True, exist_ok=True)
    output = destination / library.name
    with tempfile.TemporaryDirectory() as work:
        data, source, obj = Path(work, "data.bin"), Path(work, "data.s"), Path(work, "data.o")
        data.write_bytes(package)
        source.write_text(
            f'.section .note.GNU-stack,"",%progbits\n.section .rodata\n.balign {ALIGNMENT}\n'
            f'.globl {symbol}\n.type {symbol}, %object\n{symbol}:\n.incbin "{data.as_posix()}"\n'
            f".size {symbol}, . - {symbol}\n",
            encoding="ascii",
        )
        subprocess.run(["as", "-o", str(obj), str(source)], check=True)
        subprocess.run(["ld", "-shared", "-soname", library.name, "-o", str(output), str(obj)], check=True)
    return output


def qt_answers() -> list[str]:
    """What Qt answers from ICU's data: Chinese and English collation, locale case mapping, time-zone names,
    international domain names, a Chinese legacy character set. The last line names the data library loaded."""
    import functools

    from PySide6.QtCore import QCollator, QCoreApplication, QLocale, QStringDecoder, QTimeZone, QUrl

    application = QCoreApplication.instance() or QCoreApplication([])
    names = ["陶寺乡", "永固乡", "新城镇", "汾城镇", "赵康镇", "古城镇", "襄陵镇", "南贾镇", "大邓乡", "邓庄镇"]
    names += ["景毛乡", "南辛店乡", "西贾乡", "Zebra", "apple", "10号", "9号"]
    answers = []
    for locale in ("zh_CN", "en_US", "C"):
        collator = QCollator(QLocale(locale))
        collator.setNumericMode(True)
        answers.append(f"{locale}: {' '.join(sorted(names, key=functools.cmp_to_key(collator.compare)))}")
    answers.append(f"{QLocale('zh_CN').toUpper('abcäß')} {QLocale('en_US').toLower('ÄBC')}")
    zone = QTimeZone(b"Asia/Shanghai")
    for locale in ("zh_CN", "en_US"):
        for kind in (QTimeZone.NameType.LongName, QTimeZone.NameType.ShortName):
            answers.append(zone.displayName(QTimeZone.TimeType.StandardTime, kind, QLocale(locale)))
    answers.append(bytes(QUrl.toAce("例子.中国").data()).decode("ascii"))
    answers.append(" ".join(name for name in ("GB18030", "GBK", "GB2312", "Big5") if QStringDecoder(name).isValid()))
    with open("/proc/self/maps", encoding="utf-8") as maps:
        answers.append(next((line.split()[-1] for line in maps if "libicudata" in line), "no ICU data library"))
    del application
    return answers


if __name__ == "__main__":
    print("\n".join(qt_answers()))
