"""Checks on an Excel workbook (.xlsx) that comes from outside (typed in by a clerk, sent by a unit), made
before any XML parser sees it.

An .xlsx file is a zip archive of XML parts, and a hostile one can unpack to gigabytes from a few hundred
kilobytes (a zip bomb), declare XML entities that expand without end (billion laughs) or read the
computer's files (XXE), hold a million rows behind a sheet that claims to be one cell, or a cell of a hundred
million digits. :func:`check_xlsx` reads the archive once, as a stream, and refuses such a file early:

- the file's size, and the number and total size of the zip directory's entries, are bounded before the
  directory is read;
- every part must carry a name the caller accepts (``allowed``: regular expressions for the whole name), be
  stored or deflated, not encrypted, and lie in a stretch of the file of its own (no part overlapping
  another);
- every part is decompressed as a stream under running caps: the bytes unpacked in all, and per part as a
  multiple of the compressed bytes read so far; the sizes the zip directory declares may lie, so they are
  only believed once the part has unpacked to exactly that size with that CRC;
- every XML part must be UTF-8, free of DOCTYPE and ENTITY declarations, without a text longer than a
  cell can hold, and hold at most ``max_rows`` rows: ``<row>`` elements, counted as the XML streams by,
  never taken from the dimension a sheet declares.

The module knows what any workbook looks like, not what a workbook of some kind should hold: the caller
gives the parts it accepts and the limits (:class:`XlsxLimits`). A refusal is an :class:`XlsxRefusedError`
whose message is one line in the user's language, naming the sheet (with its row and column) where there is
one. The XML checks run in :mod:`.xlsx_scan` as each part unpacks. As a second line of defence openpyxl must
parse XML through defusedxml: importing this module fails when it does not.
"""

from __future__ import annotations

import posixpath
import re
import struct
import zipfile
import zlib
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO
from xml.etree.ElementTree import Element

import openpyxl
from openpyxl.xml import functions as openpyxl_xml

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.base.xlsx_limits import (
    DEFAULT_LIMITS,
    KIB,
    CheckedXlsx,
    WorkbookParts,
    XlsxLimits,
    XlsxRefusedError,
    size_mb,
    where,
)
from kesu_desktop.base.xlsx_scan import XmlScan

if not (
    openpyxl.DEFUSEDXML
    and openpyxl_xml.iterparse.__module__.startswith("defusedxml")
    and openpyxl_xml.fromstring.__module__.startswith("defusedxml")
):
    raise ImportError(
        "openpyxl does not parse XML through defusedxml (is defusedxml installed, and OPENPYXL_DEFUSEDXML "
        "unset?); workbooks from outside must not be read without it"
    )


_CHUNK = 64 * KIB  # compressed bytes read at a time
_PIECE = 256 * KIB  # most bytes unpacked at a time
_DIRECTORY_ENTRY_BYTES = 46 + 1024  # a zip directory entry with a generous name and extra fields
_END = struct.Struct("<4s4H2LH")  # end of central directory record
_END64_LOCATOR = struct.Struct("<4sLQL")
_END64 = struct.Struct("<4sQ2H2L4Q")
_LOCAL = struct.Struct("<4s5H3L2H")  # local file header
_UNREADABLE_FLAGS = 0x1 | 0x20 | 0x40  # encrypted, patched data, strong encryption: zipfile cannot read them
_UTF8_NAME = 0x800


def _damaged(path: str) -> XlsxRefusedError:
    return XlsxRefusedError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The file {path} is not an Excel workbook (.xlsx), or it is damaged or protected by a password; "
            "open it in Excel or WPS, remove any password and save it as an Excel workbook (.xlsx).",
        ),
        path=path,
    )


@dataclass(frozen=True)
class _Directory:
    offset: int
    size: int
    entries: int
    end: int  # where the directory ends: the end record (or its zip64 form) follows it


def _directory(file: BinaryIO, size: int, path: str) -> _Directory:
    """The zip directory's place, size and entry count, read from its end record without reading it."""
    tail_start = max(0, size - _END.size - 0xFFFF)
    file.seek(tail_start)
    tail = file.read()
    at = len(tail)
    while True:
        at = tail.rfind(b"PK\x05\x06", 0, at)
        if at < 0:
            raise _damaged(path)
        if at + _END.size > len(tail):
            continue
        _sig, _disk, _disk_cd, _here, entries, cd_size, cd_offset, comment = _END.unpack_from(tail, at)
        if at + _END.size + comment == len(tail):
            break
    end = tail_start + at
    if 0xFFFF in (entries, _here) or 0xFFFFFFFF in (cd_size, cd_offset):
        if end < _END64_LOCATOR.size:
            raise _damaged(path)
        file.seek(end - _END64_LOCATOR.size)
        signature, _disk, record, _disks = _END64_LOCATOR.unpack(file.read(_END64_LOCATOR.size))
        if signature != b"PK\x06\x07" or record + _END64.size > end:
            raise _damaged(path)
        file.seek(record)
        fields = _END64.unpack(file.read(_END64.size))
        if fields[0] != b"PK\x06\x06":
            raise _damaged(path)
        entries, cd_size, cd_offset, end = fields[7], fields[8], fields[9], record
    if cd_offset + cd_size != end:  # data before the archive, or a gap: not how a workbook is written
        raise _damaged(path)
    return _Directory(cd_offset, cd_size, entries, end)


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _relations(data: bytes, owner: str) -> list[tuple[str, str, str]]:
    """(id, type, part) of each internal relationship in the ``.rels`` part ``data`` of the part ``owner``."""
    base = posixpath.dirname(owner)
    found = []
    for relation in openpyxl_xml.fromstring(data):
        target = relation.get("Target") or ""
        if _local(relation.tag) != "Relationship" or relation.get("TargetMode") == "External" or not target:
            continue
        part = target[1:] if target.startswith("/") else posixpath.normpath(posixpath.join(base, target))
        found.append((relation.get("Id") or "", relation.get("Type") or "", part))
    return found


def _rels_of(part: str) -> str:
    return posixpath.join(posixpath.dirname(part), "_rels", posixpath.basename(part) + ".rels")


def _attribute(element: Element, name: str) -> str | None:
    return next((value for key, value in element.attrib.items() if _local(key) == name), None)


class _Checker:
    def __init__(self, file: BinaryIO, path: str, allowed: Sequence[str], limits: XlsxLimits) -> None:
        self.file = file
        self.path = path
        self.allowed = re.compile("|".join(f"(?:{pattern})" for pattern in allowed) or "(?!)")
        self.limits = limits
        self.layout = WorkbookParts()
        self.unpacked = 0
        self.rows: dict[str, int] = {}
        self.kept: dict[str, bytes] = {}

    def run(self) -> CheckedXlsx:
        limits = self.limits
        self.file.seek(0, 2)
        size = self.file.tell()
        if size > limits.max_file_bytes:
            raise XlsxRefusedError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file {path} is {size} MB, more than the {limit} MB KeSu reads; split its rows into "
                    "several workbooks and use them one by one.",
                ),
                path=self.path,
                size=size_mb(size),
                limit=size_mb(limits.max_file_bytes),
            )
        directory = _directory(self.file, size, self.path)
        if directory.entries > limits.max_parts or directory.size > limits.max_parts * _DIRECTORY_ENTRY_BYTES:
            raise self._too_many(directory.entries)
        try:
            infos = zipfile.ZipFile(self.file).infolist()
        except (zipfile.BadZipFile, zipfile.LargeZipFile, ValueError, EOFError, OSError) as error:
            raise _damaged(self.path) from error
        if len(infos) > limits.max_parts:
            raise self._too_many(len(infos))
        starts = self._declared(infos, directory)
        by_name = {info.filename: info for info in infos}
        for name in self._structure_first(by_name, starts):
            self._check(by_name[name], starts[name])
        return CheckedXlsx(tuple(by_name), self.unpacked, self.layout, dict(self.rows))

    def _too_many(self, count: int) -> XlsxRefusedError:
        return XlsxRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} holds {count} parts, more than the {limit} a workbook of this kind has; "
                "copy its cells into a new workbook and use that.",
            ),
            path=self.path,
            count=count,
            limit=self.limits.max_parts,
        )

    def _declared(self, infos: list[zipfile.ZipInfo], directory: _Directory) -> dict[str, int]:
        """Check what the directory says of each part; where each part's data starts."""
        limits = self.limits
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if name in seen or not self.allowed.fullmatch(name):
                raise XlsxRefusedError(
                    QT_TRANSLATE_NOOP(
                        "Errors",
                        "The file {path} holds a part that does not belong in a workbook of this kind ({part}; "
                        "macros, embedded objects and links to other files are not accepted); copy its cells "
                        "into a new workbook and use that.",
                    ),
                    path=self.path,
                    part=name,
                )
            seen.add(name)
            unreadable = info.flag_bits & _UNREADABLE_FLAGS
            if unreadable or info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                raise _damaged(self.path)
        if sum(info.file_size for info in infos) > limits.max_unpacked_bytes:
            raise self._too_much()
        starts: dict[str, int] = {}
        ordered = sorted(infos, key=lambda info: info.header_offset)
        for info, following in zip(ordered, [*ordered[1:], None], strict=True):
            self.file.seek(info.header_offset)
            header = self.file.read(_LOCAL.size)
            if len(header) < _LOCAL.size:
                raise _damaged(self.path)
            fields = _LOCAL.unpack(header)
            signature, flags, name_length, extra = fields[0], fields[2], fields[9], fields[10]
            raw_name = self.file.read(name_length)
            local_name = raw_name.decode("utf-8" if flags & _UTF8_NAME else "cp437", "replace")
            start = info.header_offset + _LOCAL.size + name_length + extra
            limit = following.header_offset if following is not None else directory.offset
            if signature != b"PK\x03\x04" or local_name != info.orig_filename or start + info.compress_size > limit:
                raise _damaged(self.path)  # parts overlapping each other are how some zip bombs are built
            starts[info.filename] = start
        return starts

    def _bomb(self, part: str) -> XlsxRefusedError:
        return XlsxRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} unpacks to far more data than a workbook of its size can hold (in {part}): it "
                "is built to exhaust the computer's memory, so KeSu does not read it.",
            ),
            path=self.path,
            part=where(part, self.layout),
        )

    def _too_much(self) -> XlsxRefusedError:
        return XlsxRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} holds more than {limit} MB of data once unpacked, more than KeSu reads; split "
                "its rows into several workbooks and use them one by one.",
            ),
            path=self.path,
            limit=size_mb(self.limits.max_unpacked_bytes),
        )

    def _structure_first(self, by_name: dict[str, zipfile.ZipInfo], starts: dict[str, int]) -> list[str]:
        """The parts in the order to check them: first those that say where the sheets are (read once they
        have passed, to name the sheets in what is refused later), then the others."""
        done: list[str] = []

        def keep(name: str | None) -> bytes | None:
            if name is None or name not in by_name or name in done:
                return None
            self._check(by_name[name], starts[name], keep=True)
            done.append(name)
            return self.kept.pop(name, None)

        try:
            root = keep("_rels/.rels")
            workbook = (
                next((part for _id, kind, part in _relations(root, "") if kind.endswith("/officeDocument")), None)
                if root
                else None
            )
            self.layout = self._parts(workbook, keep(workbook), keep(_rels_of(workbook)) if workbook else None)
        except (SyntaxError, ValueError):  # not well-formed: the sheets stay unnamed, the reader refuses it
            self.layout = WorkbookParts()
        return [name for name in by_name if name not in done]

    @staticmethod
    def _parts(workbook: str | None, content: bytes | None, rels: bytes | None) -> WorkbookParts:
        if workbook is None or content is None or rels is None:
            return WorkbookParts(workbook)
        relations = _relations(rels, workbook)
        targets = {relation_id: part for relation_id, _kind, part in relations}
        sheets = []
        for element in openpyxl_xml.fromstring(content).iter():
            relation_id = _attribute(element, "id")
            name = element.get("name")
            if _local(element.tag) == "sheet" and name and relation_id in targets:
                sheets.append((name, targets[relation_id]))

        def first(kind: str) -> str | None:
            return next((part for _id, found, part in relations if found.endswith(kind)), None)

        return WorkbookParts(workbook, tuple(sheets), first("/sharedStrings"), first("/styles"))

    def _pieces(self, info: zipfile.ZipInfo, start: int) -> Iterator[tuple[bytes, int]]:
        """The part's bytes as they unpack, each with the compressed bytes used so far."""
        self.file.seek(start)
        left = info.compress_size

        def read() -> bytes:
            nonlocal left
            data = self.file.read(min(_CHUNK, left))
            if not data:
                raise _damaged(self.path)
            left -= len(data)
            return data

        if info.compress_type == zipfile.ZIP_STORED:
            while left:
                data = read()
                yield data, info.compress_size - left
            return
        inflater = zlib.decompressobj(-zlib.MAX_WBITS)
        pending = b""
        while not inflater.eof:
            if not pending and left:
                pending = read()
            try:
                piece = inflater.decompress(pending, _PIECE)
            except zlib.error as error:
                raise _damaged(self.path) from error
            pending = inflater.unconsumed_tail
            if not piece and not pending and not left:
                raise _damaged(self.path)  # the stream stops before its end
            yield piece, info.compress_size - left - len(pending)

    def _check(self, info: zipfile.ZipInfo, start: int, keep: bool = False) -> None:
        limits = self.limits
        scan = XmlScan(self.path, self.limits, self.layout, info.filename)
        unpacked = crc = 0
        kept: list[bytes] = []
        for piece, used in self._pieces(info, start):
            unpacked += len(piece)
            self.unpacked += len(piece)
            if unpacked > limits.ratio_from_bytes and unpacked > limits.max_ratio * max(used, 1):
                raise self._bomb(info.filename)
            if unpacked > info.file_size:
                raise _damaged(self.path)
            if self.unpacked > limits.max_unpacked_bytes:
                raise self._too_much()
            crc = zlib.crc32(piece, crc)
            scan.feed(piece)
            if keep:
                kept.append(piece)
        scan.finish()
        if unpacked != info.file_size or crc != info.CRC:
            raise _damaged(self.path)
        if scan.xml:
            self.rows[info.filename] = scan.rows
        if keep:
            self.kept[info.filename] = b"".join(kept)


def check_xlsx(
    file: BinaryIO, path: str | Path, allowed: Sequence[str], limits: XlsxLimits = DEFAULT_LIMITS
) -> CheckedXlsx:
    """Check the workbook open in ``file`` (binary, seekable), shown to the user as ``path``, before anything
    parses it; raise :class:`XlsxRefusedError` for a file to refuse.

    ``allowed`` holds regular expressions, one of which each part's whole name must match (such as
    ``r"xl/worksheets/sheet\\d+\\.xml"``). Read the file through the same ``file`` afterwards, so that what
    was checked is what is read.
    """
    return _Checker(file, str(path), allowed, limits).run()
