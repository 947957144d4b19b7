"""Fuzzing the county's import with mutated returns (issue 11, item 9).

Real returns (``world`` in ``conftest.py``) are mutated in memory, written to a file and read as the county
reads a file from a stick:

- byte by byte: bits flipped, bytes overwritten, inserted, deleted or copied, the file truncated or extended;
  the same inside one part, the archive then built again with that part's true sizes and CRC; parts dropped,
  given twice, renamed, reordered, stored instead of deflated, or described by a zip directory that lies;
- knowing the structure: a cell of the visible summary sheet edited; the signed payload edited (a figure, unit,
  period, version, record id, a type made wrong, deep nesting, huge numbers, NaN, raw JSON that is not JSON),
  left with its old signature, signed again with a key the county never saw, or with the unit's own key (what
  a forger holding the unit's computer could do, and the only way such a payload reaches the store); the
  pieces of the manifest sheet broken; foreign parts added (macros, pictures, links); a zip bomb; a sheet
  declaring A1:A1 but holding thousands of rows; XML with entity declarations.

The properties: :func:`read_incoming` raises nothing but :class:`IncomingRefusedError`, or returns the
return, and a file that was not signed again then carries exactly the original signed payload and key (a
mutation meant to be harmless must be read so); every call finishes within ``TIME_LIMIT_SECONDS`` (the time of
each read is counted in the statistics) and within ``MEMORY_LIMIT`` more memory; :func:`run_inbox` on a batch
of such files, in a transaction, raises nothing and stores each return whole (its payload and every record) or
nothing of it. The files the fuzzing found mishandled are kept as tests of their own, at the end.

Each kind of mutation is fuzzed on its own, with the number of examples the profile gives: the everyday suite
runs 25 of each kind and 20 batches (a few hundred files, some seconds); ``KESU_FUZZ=full`` runs 1,350 of each
kind and 600 batches of up to five files: more than 10,000 mutated returns, a few minutes (its own CI step).
"""

from __future__ import annotations

import contextlib
import copy
import functools
import hashlib
import io
import json
import os
import re
import shutil
import struct
import tempfile
import time
import uuid
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select

try:
    import resource
except ImportError:  # Windows
    resource = None  # type: ignore[assignment]

from db import models
from kesu_desktop.base.signing import Signature, fingerprint, sign
from kesu_desktop.base.xlsx_guard import check_xlsx
from kesu_desktop.county.inbox.imports import run_inbox
from kesu_desktop.county.inbox.incoming import (
    ANY_WORKBOOK_PARTS,
    TIME_LIMIT_SECONDS,
    IncomingRefusedError,
    read_incoming,
)
from kesu_desktop.county.inbox.sources import Candidate
from kesu_desktop.county.inbox.types import NEW, STORED_STATUSES, FileResult
from kesu_desktop.returns.workbook.layout import MANIFEST_SHEET, SUMMARY_SHEET, payload_shape, summary_layout
from kesu_desktop.returns.workbook.reader import read_return_workbook
from kesu_desktop.returns.workbook.summary import unit_text
from tests.fuzz.conftest import COUNTY_CLERK, TODAY, BaseReturn, World

FULL = os.environ.get("KESU_FUZZ") == "full"
READ_EXAMPLES = 1_350 if FULL else 25  # for each of the eight kinds of mutation
BATCH_EXAMPLES = 600 if FULL else 20  # batches of one to five files


def _examples(count: int) -> settings:
    # Generating a mutated file costs a few milliseconds (compressing a part), more than Hypothesis expects.
    return settings(max_examples=count, suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


# --- a zip archive, written by hand so that it can lie ---------------------------------------------------------

_LOCAL = struct.Struct("<4s5H3L2H")
_CENTRAL = struct.Struct("<4s6H3L5H2L")
_END = struct.Struct("<4s4H2LH")
_DOS_DATE = (2025 - 1980) << 9 | 4 << 5 | 2
_UTF8 = 0x800


def _pack(content: bytes, method: int, level: int) -> bytes:
    if method != zipfile.ZIP_DEFLATED:
        return content
    packer = zlib.compressobj(level, zlib.DEFLATED, -zlib.MAX_WBITS)
    return packer.compress(content) + packer.flush()


@dataclass(frozen=True)
class Member:
    """A part of the archive; ``packed``, ``crc`` and ``size`` override what ``content`` gives (the parts of a
    base return are packed once; a bomb; a lie)."""

    name: str
    content: bytes = field(repr=False)
    method: int = zipfile.ZIP_DEFLATED
    level: int = 6
    packed: bytes | None = field(default=None, repr=False)
    crc: int | None = None
    size: int | None = None
    flags: int = 0
    local_name: str | None = None
    needs: int = 20
    """The zip version needed to extract it, as the directory says."""

    def stored_bytes(self) -> bytes:
        return self.packed if self.packed is not None else _pack(self.content, self.method, self.level)


@dataclass(frozen=True)
class Archive:
    members: tuple[Member, ...]
    prefix: bytes = b""
    comment: bytes = b""
    overlap: tuple[int, int] | None = None
    """(i, j): the directory entry of member i points at member j's data."""

    def member(self, name: str) -> Member:
        return next(m for m in self.members if m.name == name)

    def with_content(self, name: str, content: bytes) -> Archive:
        return self.with_member(replace(self.member(name), content=content, packed=None))

    def with_member(self, new: Member) -> Archive:
        return replace(self, members=tuple(new if m.name == new.name else m for m in self.members))

    def to_bytes(self) -> bytes:
        out = bytearray(self.prefix)
        entries = []
        for member in self.members:
            packed = member.stored_bytes()
            crc = member.crc if member.crc is not None else zlib.crc32(member.content)
            size = member.size if member.size is not None else len(member.content)
            flags = member.flags | (0 if member.name.isascii() else _UTF8)
            local = (member.local_name or member.name).encode()
            entries.append((len(out), member, flags, crc, len(packed), size))
            out += _LOCAL.pack(
                b"PK\x03\x04", 20, flags, member.method, 0, _DOS_DATE, crc, len(packed), size, len(local), 0
            )
            out += local + packed
        directory = len(out)
        for index, (offset, member, flags, crc, packed_size, size) in enumerate(entries):
            if self.overlap is not None and index == self.overlap[0]:
                offset = entries[self.overlap[1]][0]
            name = member.name.encode()
            out += _CENTRAL.pack(
                b"PK\x01\x02",
                20,
                member.needs,
                flags,
                member.method,
                0,
                _DOS_DATE,
                crc,
                packed_size,
                size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            out += name
        count = len(entries)
        out += _END.pack(b"PK\x05\x06", 0, 0, count, count, len(out) - directory, directory, len(self.comment))
        return bytes(out + self.comment)


# --- what a base return is made of -----------------------------------------------------------------------------


@dataclass(frozen=True)
class Parsed:
    """A base return taken apart: its parts, where its sheets are, its manifest document, where figures show."""

    archive: Archive
    summary_part: str
    manifest_part: str
    document: dict[str, Any]
    coordinates: dict[tuple[int, int, int], str]
    """(table, row, column) of the payload's tables → the summary cell that shows it."""
    header_cells: dict[str, str]
    """The summary cells that show the payload's version and unit."""


def _coordinate(row: int, column: int) -> str:
    letters = ""
    while column:
        column, rest = divmod(column - 1, 26)
        letters = chr(65 + rest) + letters
    return f"{letters}{row}"


@functools.cache
def parsed(base: BaseReturn) -> Parsed:
    with zipfile.ZipFile(io.BytesIO(base.data)) as archive:
        contents = [(info.filename, archive.read(info)) for info in archive.infolist()]
    members = tuple(Member(name, content, packed=_pack(content, zipfile.ZIP_DEFLATED, 6)) for name, content in contents)
    layout = check_xlsx(io.BytesIO(base.data), base.name, ANY_WORKBOOK_PARTS).layout
    summary, manifest = layout.sheet_part(SUMMARY_SHEET), layout.sheet_part(MANIFEST_SHEET)
    assert summary is not None and manifest is not None
    document = read_return_workbook(Path(base.name), io.BytesIO(base.data)).manifest.as_document()
    tables = document["payload"]["tables"]
    places = summary_layout(payload_shape(tables))
    coordinates = {
        (t, r, c): _coordinate(place.row(r), place.spans[c][0])
        for t, (table, place) in enumerate(zip(tables, places.tables, strict=True))
        for r, row in enumerate(table["rows"])
        for c in range(len(row["cells"]))
    }
    header_cells = {
        "version": _coordinate(*places.header_value("version")),
        "unit_code": _coordinate(*places.header_value("unit_name")),
    }
    return Parsed(Archive(members), summary, manifest, document, coordinates, header_cells)


class Mutated:
    """A mutated return file; ``label`` says what was done, enough to do it again. Not a dataclass: Hypothesis
    prints a dataclass field by field, bytes and all, and its repr is what a failure shows."""

    def __init__(self, base: BaseReturn, label: str, data: bytes, *, harmless: bool = False, resigned: bool = False):
        self.base, self.label, self.data = base, label, data
        self.harmless = harmless
        """Meant to keep the return intact: it must be read, with the original payload."""
        self.resigned = resigned
        """Signed again: once read, it may carry another payload or key."""

    def __repr__(self) -> str:
        return f"Mutated({self.base.name}: {self.label})"


def _archived(base: BaseReturn, label: str, archive: Archive, **flags: bool) -> Mutated:
    return Mutated(base, label, archive.to_bytes(), **flags)


# --- byte-level mutations --------------------------------------------------------------------------------------


@st.composite
def _bytes_mutation(draw: st.DrawFn, data: bytes) -> tuple[str, bytes]:
    """Some bytes of ``data`` changed: positions anywhere, or often near the end (where a zip's directory is)."""
    size = len(data)
    anywhere = st.integers(0, max(size - 1, 0))
    position = st.one_of(anywhere, st.integers(max(size - 2_000, 0), max(size - 1, 0)))
    kind = draw(st.sampled_from(["flip", "overwrite", "insert", "delete", "copy", "truncate", "append"]))
    if kind == "flip":
        flips = draw(st.dictionaries(position, st.integers(1, 255), min_size=1, max_size=8))
        changed = bytearray(data)
        for at, mask in flips.items():
            changed[at] ^= mask
        return f"flip {flips}", bytes(changed)
    if kind in ("overwrite", "insert"):
        at, extra = draw(position), draw(st.binary(min_size=1, max_size=64))
        end = at + len(extra) if kind == "overwrite" else at
        return f"{kind} {extra!r} at {at}", data[:at] + extra + data[end:]
    if kind == "delete":
        at, length = draw(position), draw(st.integers(1, 512))
        return f"delete {length} bytes at {at}", data[:at] + data[at + length :]
    if kind == "copy":
        start, length, at = draw(anywhere), draw(st.integers(1, 512)), draw(position)
        return f"copy {length} bytes from {start} to {at}", data[:at] + data[start : start + length] + data[at:]
    if kind == "truncate":
        length = draw(st.integers(0, max(size - 1, 0)))
        return f"truncate to {length} bytes", data[:length]
    extra = draw(st.binary(min_size=1, max_size=256))
    return f"append {extra!r}", data + extra


@st.composite
def file_bytes(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    label, data = draw(_bytes_mutation(base.data))
    return Mutated(base, f"file: {label}", data)


@st.composite
def part_bytes(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    archive = parsed(base).archive
    name = draw(st.sampled_from([m.name for m in archive.members]))
    label, content = draw(_bytes_mutation(archive.member(name).content))
    return _archived(base, f"{name}: {label}", archive.with_content(name, content))


@st.composite
def zip_structure(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    archive = parsed(base).archive
    members = archive.members
    names = [m.name for m in members]
    index = draw(st.integers(0, len(members) - 1))
    member = members[index]
    kind = draw(
        st.sampled_from(
            [
                "same",
                "stored",
                "level",
                "reorder",
                "comment",
                "drop",
                "twice",
                "rename",
                "local name",
                "lie",
                "encrypted",
                "version",
                "method",
                "prefix",
                "overlap",
            ]
        )
    )
    if kind == "same":
        return _archived(base, "written again", archive, harmless=True)
    if kind == "stored":
        chosen = draw(st.sets(st.sampled_from(names), min_size=1))
        stored = tuple(replace(m, method=zipfile.ZIP_STORED, packed=None) if m.name in chosen else m for m in members)
        return _archived(base, f"stored {sorted(chosen)}", replace(archive, members=stored), harmless=True)
    if kind == "level":
        level = draw(st.integers(0, 9))
        levelled = tuple(replace(m, level=level, packed=None) for m in members)
        return _archived(base, f"deflated at level {level}", replace(archive, members=levelled), harmless=True)
    if kind == "reorder":
        order = draw(st.permutations(range(len(members))))
        reordered = tuple(members[i] for i in order)
        return _archived(base, f"parts in order {order}", replace(archive, members=reordered), harmless=True)
    if kind == "comment":
        comment = draw(st.binary(max_size=300).filter(lambda c: b"PK\x05\x06" not in c))
        return _archived(base, f"archive comment {comment!r}", replace(archive, comment=comment), harmless=True)
    if kind == "drop":
        return _archived(
            base, f"without {member.name}", replace(archive, members=members[:index] + members[index + 1 :])
        )
    if kind == "twice":
        at = draw(st.integers(0, len(members)))
        twice = (*members[:at], member, *members[at:])
        return _archived(base, f"{member.name} twice (again at {at})", replace(archive, members=twice))
    if kind == "rename":
        name = draw(
            st.sampled_from(
                [
                    member.name.upper(),
                    member.name + "x",
                    "/" + member.name,
                    "../" + member.name,
                    member.name.replace("/", "\\"),
                    names[(index + 1) % len(names)],
                ]
            )
        )
        return _archived(
            base,
            f"{member.name} renamed {name}",
            replace(archive, members=(*members[:index], replace(member, name=name), *members[index + 1 :])),
        )
    if kind == "local name":
        return _archived(
            base,
            f"{member.name}: local header names it otherwise",
            archive.with_member(replace(member, local_name=member.name[::-1])),
        )
    if kind == "lie":
        what = draw(st.sampled_from(["size", "crc"]))
        delta = draw(st.integers(-1000, 10_000).filter(bool))
        lied = (
            replace(member, size=max(len(member.content) + delta, 0))
            if what == "size"
            else replace(member, crc=zlib.crc32(member.content) ^ (delta & 0xFFFFFFFF))
        )
        return _archived(base, f"{member.name}: directory lies about its {what} ({delta:+})", archive.with_member(lied))
    if kind == "encrypted":
        flag = draw(st.sampled_from([0x1, 0x8, 0x20, 0x40, 0x2000]))
        return _archived(base, f"{member.name} with flag {flag:#x}", archive.with_member(replace(member, flags=flag)))
    if kind == "version":
        needs = draw(st.sampled_from([0, 10, 45, 63, 64, 100, 0xFFFF]))
        return _archived(
            base, f"{member.name} needs zip version {needs / 10}", archive.with_member(replace(member, needs=needs))
        )
    if kind == "method":
        method = draw(st.sampled_from([zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA, 99]))
        return _archived(
            base,
            f"{member.name} said to use method {method}",
            archive.with_member(replace(member, method=method, packed=_pack(member.content, 8, 6))),
        )
    if kind == "prefix":
        prefix = draw(st.binary(min_size=1, max_size=64))
        return _archived(base, f"{prefix!r} before the archive", replace(archive, prefix=prefix))
    other = draw(st.integers(0, len(members) - 1).filter(lambda i: i != index))
    return _archived(base, f"directory entry {index} points at part {other}", replace(archive, overlap=(index, other)))


# --- the summary sheet -----------------------------------------------------------------------------------------

_CELL = re.compile(r'<c r="([A-Z]+\d+)"([^>]*?)(?:/>|>(.*?)</c>)', re.S)
_STYLE = re.compile(r'\ss="\d+"')


def _cell_xml(coordinate: str, style: str, value: object) -> str:
    if value is None:
        return f'<c r="{coordinate}"{style} />'
    if isinstance(value, bool):
        return f'<c r="{coordinate}"{style} t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{coordinate}"{style} t="n"><v>{value!r}</v></c>'
    if isinstance(value, tuple):  # (kind, raw inner XML): a formula, an error
        kind, inner = value
        return f'<c r="{coordinate}"{style}{kind}>{inner}</c>'
    return f'<c r="{coordinate}"{style} t="inlineStr"><is><t>{escape(str(value))}</t></is></c>'


def set_cell(sheet: str, coordinate: str, value: object) -> str:
    for match in _CELL.finditer(sheet):
        if match[1] == coordinate:
            style = _STYLE.search(match[2])
            return (
                sheet[: match.start()] + _cell_xml(coordinate, style[0] if style else "", value) + sheet[match.end() :]
            )
    raise AssertionError(f"no cell {coordinate} on the sheet")


_TEXT = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=30)
PLAIN_CELL_VALUES = st.one_of(
    st.integers(-5, 500),
    st.sampled_from([2**31, 2**53 + 1, 2**63, 10**20, -(10**12)]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["—", "未填", "", " 3 ", "3", "=1+1", "第1版", "第2版", "2025年3月", "新城镇（141023101）"]),
    _TEXT,
    st.booleans(),
    st.none(),
)
CELL_VALUES = st.one_of(
    PLAIN_CELL_VALUES,
    st.sampled_from(  # (the cell's type attribute, its inner XML)
        [
            ("", "<f>1+1</f><v>2</v>"),
            (' t="e"', "<v>#REF!</v>"),
            (' t="s"', "<v>0</v>"),
            (' t="d"', "<v>2025-04-02T00:00:00</v>"),
            ("", "<v>garbage</v>"),
        ]
    ),
)


@st.composite
def summary_edit(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    info = parsed(base)
    sheet = info.archive.member(info.summary_part).content.decode()
    cells = [match[1] for match in _CELL.finditer(sheet)]
    kind = draw(st.sampled_from(["cell", "figure", "delete row", "row twice", "renumber row", "dimension"]))
    rows = re.findall(r'<row r="(\d+)"', sheet)
    if kind in ("cell", "figure"):
        coordinate = draw(st.sampled_from(cells if kind == "cell" else sorted(set(info.coordinates.values()))))
        value = draw(CELL_VALUES)
        label, sheet = f"summary {coordinate} := {value!r}", set_cell(sheet, coordinate, value)
    elif kind == "dimension":
        label, sheet = "summary declares A1:A1", re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:A1"', sheet)
    else:
        number = draw(st.sampled_from(rows))
        match = re.search(rf'<row r="{number}"[^>]*?(?:/>|>.*?</row>)', sheet, re.S)
        assert match is not None
        row = match[0]
        if kind == "delete row":
            new = ""
        elif kind == "row twice":
            new = row + row
        else:
            new = re.sub(r'r="([A-Z]*)\d+"', lambda m: f'r="{m[1]}{int(number) + 1}"', row)
        label, sheet = f"summary row {number}: {kind}", sheet[: match.start()] + new + sheet[match.end() :]
    archive = info.archive.with_content(info.summary_part, sheet.encode())
    return _archived(base, label, archive, harmless=kind == "dimension")


# --- the manifest sheet and the signed payload -----------------------------------------------------------------

Row = tuple[object, object]


def manifest_rows(document: dict[str, Any], pieces: int = 1) -> list[Row]:
    text = json.dumps(document, sort_keys=True, separators=(",", ":"), allow_nan=True)
    return rows_of_text(text, document, pieces)


def rows_of_text(text: str, document: dict[str, Any], pieces: int = 1) -> list[Row]:
    length = -(-len(text) // pieces) if text else 1
    parts = [text[i : i + length] for i in range(0, len(text), length)] or [""]
    try:
        shown = fingerprint(document["payload"])
    except (ValueError, TypeError, KeyError, RecursionError):
        shown = "?"
    head: list[Row] = [
        ("format", "kesu-return-workbook"),
        ("format_version", 1),
        ("payload_format", "kesu-monthly-return"),
        ("fingerprint", shown),
        ("pieces", len(parts)),
    ]
    return head + [(number, part) for number, part in enumerate(parts, start=1)]


def manifest_sheet(template: str, rows: list[Row]) -> bytes:
    """The manifest sheet ``template`` with its rows replaced: the first five at rows 1–5, the rest after."""
    cells = []
    for number, (key, value) in enumerate(rows, start=1):
        cells.append(f'<row r="{number}">{_cell_xml(f"A{number}", "", key)}{_cell_xml(f"B{number}", "", value)}</row>')
    start, end = template.index("<sheetData>"), template.index("</sheetData>")
    return (template[: start + len("<sheetData>")] + "".join(cells) + template[end:]).encode()


def _with_manifest(base: BaseReturn, label: str, rows: list[Row], **flags: bool) -> Mutated:
    info = parsed(base)
    template = info.archive.member(info.manifest_part).content.decode()
    return _archived(
        base, label, info.archive.with_content(info.manifest_part, manifest_sheet(template, rows)), **flags
    )


@st.composite
def manifest_edit(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    document = parsed(base).document
    pieces = draw(st.integers(1, 12))
    rows = manifest_rows(document, pieces)
    kind = draw(st.sampled_from(["split", "shuffle", "drop", "twice", "swap", "key", "value", "extra", "gap"]))
    if kind == "split":
        return _with_manifest(base, f"JSON in {pieces} pieces", rows, harmless=True)
    head, tail = rows[:5], rows[5:]
    if kind == "shuffle":
        order = draw(st.permutations(range(len(tail))))
        return _with_manifest(base, f"{pieces} pieces in order {order}", head + [tail[i] for i in order], harmless=True)
    if kind == "gap":
        # empty rows between the marker rows and the pieces: the pieces are found by their numbers
        gap: list[Row] = [(None, None)] * draw(st.integers(1, 50))
        return _with_manifest(base, f"{len(gap)} empty rows before {pieces} pieces", head + gap + tail, harmless=True)
    index = draw(st.integers(0, len(rows) - 1))
    if kind == "drop":
        return _with_manifest(
            base, f"manifest row {index + 1} of {len(rows)} dropped", rows[:index] + rows[index + 1 :]
        )
    if kind == "twice":
        return _with_manifest(base, f"manifest row {index + 1} twice", rows[: index + 1] + rows[index:])
    if kind == "swap":
        other = draw(st.integers(0, len(rows) - 1))
        swapped = list(rows)
        swapped[index], swapped[other] = (rows[index][0], rows[other][1]), (rows[other][0], rows[index][1])
        return _with_manifest(base, f"values of manifest rows {index + 1} and {other + 1} swapped", swapped)
    value = draw(st.one_of(PLAIN_CELL_VALUES, st.sampled_from([0, 2, pieces + 1])))
    changed = list(rows)
    changed[index] = (value, rows[index][1]) if kind == "key" else (rows[index][0], value)
    if kind == "extra":
        changed = [*rows, (value, draw(_TEXT))]
    return _with_manifest(base, f"manifest row {index + 1}: {kind} := {value!r}", changed)


JSON_VALUES = st.recursive(
    st.one_of(
        st.none(),
        st.booleans(),
        st.integers(-(2**70), 2**70),
        st.sampled_from([0, -1, 1, 2, 3, 2**31, 2**63, 2**64, 10**30, 10**300, 10**4000]),
        st.floats(allow_nan=True, allow_infinity=True),
        _TEXT,
        st.sampled_from(
            [
                "",
                "not_applicable",
                "2025-02",
                "2025-03",
                "2025-04",
                "2099-01",
                "2025",
                "2025-13",
                "2025-Q1",
                "2025-03-32",
                "2025-03-15",
                "141023102",
                "141023000",
                "999999999",
                "lecture",
                "farmers",
                "kesu-monthly-return",
                "a" * 5_000,
            ]
        ),
    ),
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_TEXT, inner, max_size=4)),
    max_leaves=12,
)


def _deep(depth: int) -> object:
    value: object = 0
    for _ in range(depth):
        value = [value]
    return value


def _ids(payload: dict[str, Any]) -> list[str]:
    return [
        str(r.get("id")) for key in ("activities", "trainings") for r in payload.get(key, []) if isinstance(r, dict)
    ]


@st.composite
def payload_value(draw: st.DrawFn, payload: dict[str, Any], path: tuple[Any, ...]) -> object:
    """A new value for ``path``: often one made for the field (another record's id, the same id in another
    spelling, a nesting), else any JSON value."""
    if path and path[-1] == "id":
        one = uuid.UUID(str(draw(st.sampled_from(_ids(payload)))))
        return draw(
            st.sampled_from(
                [
                    str(one).upper(),
                    "{" + str(one) + "}",
                    f"urn:uuid:{one}",
                    one.hex,
                    *_ids(payload),
                    str(uuid.UUID(int=draw(st.integers(0, 2**128 - 1)))),
                    "",
                    7,
                ]
            )
        )
    # Nested deeper than this, signing would hit Python's recursion limit, which depends on the stack of the
    # moment: deeper nestings go in as raw JSON (raw_json).
    return draw(st.one_of(JSON_VALUES, st.integers(1, 100).map(_deep)))


def _paths(value: object, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path] if path else []
    if isinstance(value, dict):
        for key, item in value.items():
            found += _paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            found += _paths(item, (*path, index))
    return found


@functools.cache
def payload_paths(base: BaseReturn) -> dict[str, list[tuple[Any, ...]]]:
    payload = parsed(base).document["payload"]
    every = _paths(payload)
    return {
        "figure": [p for p in every if p[0] == "tables" and len(p) == 6 and p[4] == "cells"],
        "record": [p for p in every if p[0] in ("activities", "trainings") and len(p) >= 2],
        "field": [p for p in every if len(p) == 1 or p[0] == "header"],
        "any": every,
    }


def _set(target_value: Any, path: tuple[Any, ...], value: object) -> None:
    for step in path[:-1]:
        target_value = target_value[step]
    target_value[path[-1]] = value


def _remove(target_value: Any, path: tuple[Any, ...]) -> None:
    for step in path[:-1]:
        target_value = target_value[step]
    del target_value[path[-1]]


SIGNERS = ("old signature", "another key", "the unit's key")


def _signed(world: World, payload: dict[str, Any], signer: str, old: dict[str, Any]) -> tuple[dict[str, Any], str]:
    """The manifest document for ``payload`` signed as asked (the old signature where it cannot be signed)."""
    if signer == SIGNERS[0]:
        return {**old, "payload": payload}, signer
    try:
        signature: Signature = sign(payload, world.unit_key if signer == SIGNERS[2] else world.other_key)
    except (ValueError, TypeError, RecursionError):  # NaN, infinities: no canonical form to sign
        return {**old, "payload": payload}, f"{SIGNERS[0]} (cannot sign it)"
    return {"payload": payload, "public_key": signature.public_key, "signature": signature.value}, signer


@st.composite
def payload_edit(draw: st.DrawFn, base: BaseReturn, world: World) -> Mutated:
    info = parsed(base)
    payload = copy.deepcopy(info.document["payload"])
    paths = payload_paths(base)
    path = draw(st.sampled_from(paths[draw(st.sampled_from(sorted(paths)))]))
    kind = draw(st.sampled_from(["set", "set", "set", "remove", "add"]))
    value: object = None
    if kind == "set" or (kind == "remove" and not isinstance(path[-1], str | int)):
        value = draw(payload_value(payload, path))
        _set(payload, path, value)
        what = f"{path} := {value!r:.80}"
    elif kind == "remove":
        _remove(payload, path)
        what = f"{path} removed"
    else:
        key = draw(st.sampled_from(["extra", "id", "format", "activities", "__proto__"]))
        holder = payload
        for step in path[:-1]:
            holder = holder[step]
        if not isinstance(holder, dict):
            holder = payload
        holder[key] = draw(JSON_VALUES)
        what = f"{key!r} added beside {path}"
    signer = draw(st.sampled_from(SIGNERS))
    document, signed_as = _signed(world, payload, signer, info.document)
    archive = info.archive
    synced = kind == "set" and signer != SIGNERS[0] and draw(st.booleans())
    shown = _shown_value(path, value, payload) if synced else None
    if shown is not None:
        summary = archive.member(info.summary_part).content.decode()
        coordinate, cell = info.header_cells.get(path[0], ""), shown
        if path[0] == "tables":
            coordinate = info.coordinates[(path[1], path[3], path[5])]
        archive = archive.with_content(info.summary_part, set_cell(summary, coordinate, cell).encode())
        what += f", shown in {coordinate}"
    template = archive.member(info.manifest_part).content.decode()
    archive = archive.with_content(info.manifest_part, manifest_sheet(template, manifest_rows(document)))
    return _archived(base, f"payload {what}; {signed_as}", archive, resigned=signed_as in SIGNERS[1:])


def _shown_value(path: tuple[Any, ...], value: object, payload: dict[str, Any]) -> object:
    """What the summary sheet must show for ``value``, just set at ``path``, to pass as the signed one (None:
    nothing it could show)."""
    if isinstance(value, bool):
        return None
    if path == ("version",) and isinstance(value, int):
        return f"第{value}版"
    if path == ("unit_code",) and isinstance(value, str):
        return unit_text(str(payload.get("unit_name", "")), value)
    if len(path) == 6 and path[0] == "tables" and path[4] == "cells":
        if isinstance(value, int):
            return value
        if value == "not_applicable":
            return "—"
    return None


RAW_JSON = [
    "NaN",
    "Infinity",
    "-Infinity",
    "1e999",
    "-0",
    "01",
    "1" + "0" * 5_000,
    "[" * 100_000 + "]" * 100_000,
    '{"a":1,"a":2}',
    '"\\ud800"',
    '"\\u0000"',
    "tru",
    "[1,]",
    '"' + "x" * 300_000 + '"',
    "{}",
    "[]",
]


@st.composite
def raw_json(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    """The manifest's JSON text edited as text, old signature kept: what no JSON writer would write."""
    info = parsed(base)
    document = copy.deepcopy(info.document)
    kind = draw(st.sampled_from(["splice", "truncate", "garbage"]))
    if kind == "splice":
        path = ("payload", *draw(st.sampled_from(payload_paths(base)["any"])))
        raw = draw(st.sampled_from(RAW_JSON))
        _set(document, path, "\x00RAW\x00")
        text = json.dumps(document, sort_keys=True, separators=(",", ":")).replace('"\\u0000RAW\\u0000"', raw)
        label = f"JSON {path} := {raw:.40}"
    else:
        text = json.dumps(document, sort_keys=True, separators=(",", ":"))
        at = draw(st.integers(0, len(text)))
        extra = draw(st.text(max_size=10)) if kind == "garbage" else ""
        text, label = text[:at] + extra, f"JSON cut at {at}, then {extra!r}"
    return _with_manifest(base, label, rows_of_text(text, document, draw(st.integers(1, 30))))


# --- parts that do not belong, bombs, many rows, entities ------------------------------------------------------

FOREIGN = [
    ("xl/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)),
    ("xl/media/image1.png", b"\x89PNG\r\n\x1a\n" + bytes(100)),
    ("xl/embeddings/oleObject1.bin", bytes(300)),
    ("customXml/item1.xml", b"<root/>"),
    ("xl/externalLinks/externalLink1.xml", b'<externalLink xmlns="http://schemas.openxmlformats.org/x"/>'),
    ("xl/sharedStrings.xml", b'<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>'),
    ("xl/sharedStrings.xml", b"\xff\xfe garbage \x00"),
    ("xl/calcChain.xml", b"<calcChain/>"),
    ("xl/printerSettings/printerSettings1.bin", bytes(range(256))),
    ("docProps/custom.xml", b"<Properties/>"),
    ("xl/worksheets/sheet9.xml", b"<worksheet/>"),
    ("xl/theme/theme2.xml", b"not xml at all"),
]


@functools.cache
def bombs() -> dict[str, Member]:
    """Parts that unpack to far more than they take, made once: zeros, and rows of a sheet."""
    zeros = bytes(64 * 1024 * 1024)
    rows = b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
    rows += b'<row r="1"/>' * 300_000 + b"</sheetData></worksheet>"
    made = {}
    for name, content in (("zeros", zeros), ("rows", rows)):
        made[name] = Member(
            "", b"", packed=_pack(content, zipfile.ZIP_DEFLATED, 9), crc=zlib.crc32(content), size=len(content)
        )
    return made


@functools.cache
def many_rows(count: int) -> str:
    return "".join(f'<row r="{n}"><c r="A{n}" t="n"><v>{n}</v></c></row>' for n in range(1_000, 1_000 + count))


ENTITIES = [
    '<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
    '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>',
    '<!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>',
    '<!DOCTYPE x SYSTEM "http://example.invalid/x.dtd">',
    '<!DOCTYPE x [<!ENTITY % p SYSTEM "file:///etc/hostname"> %p;]>',
    "<!DOCTYPE x>",
]


@st.composite
def hostile_parts(draw: st.DrawFn, base: BaseReturn) -> Mutated:
    info = parsed(base)
    archive = info.archive
    xml_parts = [m.name for m in archive.members if m.name.endswith((".xml", ".rels"))]
    kind = draw(st.sampled_from(["foreign", "bomb", "many rows", "entities", "utf-16", "sheet state", "sheet name"]))
    if kind == "foreign":
        name, content = draw(st.sampled_from(FOREIGN))
        return _archived(base, f"with {name}", replace(archive, members=(*archive.members, Member(name, content))))
    if kind == "bomb":
        which = draw(st.sampled_from(sorted(bombs())))
        name = draw(st.sampled_from(["xl/printerSettings/printerSettings1.bin", info.summary_part, info.manifest_part]))
        bomb = replace(bombs()[which], name=name)
        size = draw(st.sampled_from([bomb.size, 1_000, 300 * 1024 * 1024]))
        bomb = replace(bomb, size=size)
        members = (*(m for m in archive.members if m.name != name), bomb)
        return _archived(base, f"bomb of {which} as {name}, declared {size} bytes", replace(archive, members=members))
    if kind == "many rows":
        part = draw(st.sampled_from(sorted({m.name for m in archive.members if m.name.startswith("xl/worksheets/")})))
        count = draw(st.sampled_from([2_000, 19_000, 20_001, 60_000]))
        sheet = archive.member(part).content.decode()
        sheet = re.sub(r'<dimension ref="[^"]*"', '<dimension ref="A1:A1"', sheet)
        sheet = sheet.replace("</sheetData>", many_rows(count) + "</sheetData>")
        return _archived(base, f"{part}: A1:A1 declared, {count} rows more", archive.with_content(part, sheet.encode()))
    if kind == "entities":
        name, declaration = draw(st.sampled_from(xml_parts)), draw(st.sampled_from(ENTITIES))
        content = archive.member(name).content.decode()
        at = content.index("?>") + 2 if content.startswith("<?xml") else 0
        use = draw(st.booleans())
        if use and "<t>" in content:
            content = content.replace("<t>", "<t>&lol3;&xxe;", 1)
        changed = content[:at] + declaration + content[at:]
        return _archived(
            base, f"{name}: {declaration[:40]}…{' used' if use else ''}", archive.with_content(name, changed.encode())
        )
    if kind == "utf-16":
        name = draw(st.sampled_from(xml_parts))
        content = archive.member(name).content.decode()
        return _archived(base, f"{name} in UTF-16", archive.with_content(name, content.encode("utf-16")))
    workbook = archive.member("xl/workbook.xml").content.decode()
    if kind == "sheet state":
        state = draw(st.sampled_from(["visible", "hidden", "bogus"]))
        changed = workbook.replace('state="veryHidden"', f'state="{state}"')
        return _archived(
            base,
            f"manifest sheet {state}",
            archive.with_content("xl/workbook.xml", changed.encode()),
            harmless=state != "bogus",
        )
    old = draw(st.sampled_from([MANIFEST_SHEET, SUMMARY_SHEET]))
    new = draw(st.sampled_from(["_kesu_manifest2", "汇总表 ", MANIFEST_SHEET.upper(), SUMMARY_SHEET]))
    changed = workbook.replace(f'name="{old}"', f'name="{new}"', 1)
    return _archived(base, f"sheet {old} named {new}", archive.with_content("xl/workbook.xml", changed.encode()))


# --- the properties --------------------------------------------------------------------------------------------


FAMILIES: dict[str, Callable[[BaseReturn, World], st.SearchStrategy[Mutated]]] = {
    "file bytes": lambda base, _world: file_bytes(base),
    "part bytes": lambda base, _world: part_bytes(base),
    "zip structure": lambda base, _world: zip_structure(base),
    "summary sheet": lambda base, _world: summary_edit(base),
    "payload": payload_edit,
    "manifest sheet": lambda base, _world: manifest_edit(base),
    "raw JSON": lambda base, _world: raw_json(base),
    "hostile parts": lambda base, _world: hostile_parts(base),
}
"""Each kind of mutation, fuzzed on its own so that each gets its share of the examples."""


def mutations(world: World, families: Iterable[str] = FAMILIES) -> st.SearchStrategy[Mutated]:
    chosen = list(families)
    return st.sampled_from(world.returns).flatmap(lambda base: st.one_of(*(FAMILIES[f](base, world) for f in chosen)))


MEMORY_LIMIT = 1024 * 1024 * 1024
"""The most memory one read or one import may take beyond what the process holds: a real return takes a few MB."""


@contextlib.contextmanager
def memory_limit() -> Iterator[None]:
    """Address space for at most :data:`MEMORY_LIMIT` more bytes while the block runs, so that a file built to
    exhaust the memory raises MemoryError here instead of taking the machine down (Linux; elsewhere no limit).
    A refusal that comes from that MemoryError fails the property too: such a file must be refused before."""
    statm = Path("/proc/self/statm")
    if resource is None or not statm.exists():
        yield
        return
    soft, hard = resource.getrlimit(resource.RLIMIT_AS)
    limit = int(statm.read_text().split()[0]) * resource.getpagesize() + MEMORY_LIMIT
    resource.setrlimit(resource.RLIMIT_AS, (limit if hard == resource.RLIM_INFINITY else min(limit, hard), hard))
    try:
        yield
    finally:
        resource.setrlimit(resource.RLIMIT_AS, (soft, hard))


def _causes(error: BaseException | None) -> Iterator[BaseException]:
    while error is not None:
        yield error
        error = error.__cause__ or error.__context__


TIME_BUCKETS = (0.05, 0.1, 0.2, 0.5, 1, 2, 5, TIME_LIMIT_SECONDS)


def check_read(world: World, mutated: Mutated) -> tuple[str, float]:
    """Read ``mutated`` as the county does and check the properties; what came of it, and the seconds it took."""
    path = world.scratch / "mutated.xlsx"
    path.write_bytes(mutated.data)
    started = time.perf_counter()
    try:
        with memory_limit():
            incoming = read_incoming(path, world.reference, today=TODAY)
    except IncomingRefusedError as error:
        incoming, outcome = None, f"refused: {error.template[:70]}"
        assert not any(isinstance(cause, MemoryError) for cause in _causes(error)), "refused once out of memory"
    elapsed = time.perf_counter() - started
    assert elapsed < TIME_LIMIT_SECONDS, f"{elapsed:.1f} s"
    if incoming is None:
        assert not mutated.harmless, "a harmless change was refused"
        return outcome, elapsed
    assert incoming.sha256 == hashlib.sha256(mutated.data).hexdigest()
    if not mutated.resigned:
        assert (incoming.fingerprint, incoming.public_key) == (mutated.base.fingerprint, mutated.base.public_key)
    return "read", elapsed


@pytest.mark.parametrize("family", list(FAMILIES))
@_examples(READ_EXAMPLES)
@given(data=st.data())
def test_a_mutated_file_is_refused_or_read_as_signed(world: World, family: str, data: st.DataObject) -> None:
    outcome, elapsed = check_read(world, data.draw(mutations(world, [family])))
    event(outcome)
    # The time as a statistic (--hypothesis-show-statistics), not a target: steering Hypothesis towards slow
    # files made it spend most of its examples replaying prefixes of the slowest one.
    event(f"read in < {next(limit for limit in TIME_BUCKETS if elapsed < limit)} s")


def forget_imports(world: World) -> None:
    """The county as it was before the batch: only the unit's pinned key."""
    with world.county.transaction() as session:
        session.execute(delete(models.ReceivedRecord))
        session.execute(delete(models.ReceivedReturn))
        session.execute(delete(models.ImportFile))
        session.execute(delete(models.UnitKey).where(models.UnitKey.id != world.pinned_key_id))
        session.execute(delete(models.CountyImport))


def _records_of(payload: dict[str, Any]) -> list[tuple[str, str]]:
    kinds = (("activity", "activities"), ("training", "trainings"))
    return sorted((kind, str(record["id"])) for kind, key in kinds for record in payload[key])


def check_stored(world: World, run_results: tuple[FileResult, ...], files: dict[str, bytes]) -> None:
    stored = {result.file: result for result in run_results if result.status in STORED_STATUSES}
    with world.county.reading() as session:
        returns = session.scalars(select(models.ReceivedReturn)).all()
        assert sorted(r.source_path for r in returns) == sorted(stored)
        held = 0
        for row in returns:
            result = stored[row.source_path]
            assert (row.unit_code, row.period, row.version, row.fingerprint, row.sha256) == (
                result.unit_code,
                result.period,
                result.version,
                result.fingerprint,
                result.sha256,
            )
            assert row.sha256 == hashlib.sha256(files[row.source_path]).hexdigest()
            expected = _records_of(json.loads(row.payload))
            records = session.execute(
                select(models.ReceivedRecord.record_type, models.ReceivedRecord.record_id).where(
                    models.ReceivedRecord.return_id == row.id
                )
            ).all()
            assert sorted(tuple(r) for r in records) == expected
            assert len(expected) == result.activities + result.trainings
            held += len(expected)
        assert len(session.scalars(select(models.ReceivedRecord.id)).all()) == held


def import_batch(world: World, batch: list[Mutated], *, accept_new_keys: bool) -> tuple[FileResult, ...]:
    """Import the files of ``batch`` in one transaction, check what the county then holds, and forget it again."""
    folder = Path(tempfile.mkdtemp(dir=world.scratch))
    files = {}
    for number, mutated in enumerate(batch):
        path = folder / f"{number:02d}.xlsx"
        path.write_bytes(mutated.data)
        files[str(path)] = mutated.data
    candidates = [Candidate(Path(name), scanned=bool(number % 2)) for number, name in enumerate(files)]
    try:
        with memory_limit(), world.county.transaction() as session:
            run = run_inbox(
                session,
                world.reference,
                candidates,
                actor=COUNTY_CLERK,
                dry_run=False,
                accept_new_keys=accept_new_keys,
                today=TODAY,
            )
        assert [r.file for r in run.results] == list(files)
        check_stored(world, run.results, files)
        return run.results
    finally:
        forget_imports(world)
        shutil.rmtree(folder)


@_examples(BATCH_EXAMPLES)
@given(data=st.data())
def test_an_import_of_mutated_files_stores_each_return_whole_or_not_at_all(world: World, data: st.DataObject) -> None:
    unchanged = st.sampled_from(world.returns).map(lambda base: Mutated(base, "unchanged", base.data, harmless=True))
    batch = data.draw(st.lists(st.one_of(unchanged, mutations(world)), min_size=1, max_size=5))
    for result in import_batch(world, batch, accept_new_keys=data.draw(st.booleans())):
        event(f"status: {result.status}")


# --- what the fuzzing found ------------------------------------------------------------------------------------


def found(world: World, what: str) -> Mutated:
    """The smallest file of each kind the fuzzing found mishandled (issue 11, item 9), made from a real return."""
    base = world.returns[0]
    info = parsed(base)
    archive = info.archive
    summary = archive.member(info.summary_part).content.decode()
    if what == "zip version 6.4 needed":
        return _archived(base, what, archive.with_member(replace(archive.members[0], needs=64)))
    if what in ("zip flag bit 5", "zip flag bit 6"):
        flag = 0x20 if what.endswith("5") else 0x40
        return _archived(base, what, archive.with_member(replace(archive.member("xl/workbook.xml"), flags=flag)))
    if what == "shared string without a table":
        cell = set_cell(summary, "A1", (' t="s"', "<v>0</v>"))
        return _archived(base, what, archive.with_content(info.summary_part, cell.encode()))
    if what == "2**31 pieces":
        rows = manifest_rows(info.document)
        rows[4] = ("pieces", 2**31)
        return _with_manifest(base, what, rows)
    assert what == "version 2**63, another key"
    payload = copy.deepcopy(info.document["payload"])
    payload["version"] = 2**63
    document, _signer = _signed(world, payload, SIGNERS[1], info.document)
    shown = set_cell(summary, info.header_cells["version"], f"第{2**63}版")
    archive = archive.with_content(info.summary_part, shown.encode())
    template = archive.member(info.manifest_part).content.decode()
    archive = archive.with_content(info.manifest_part, manifest_sheet(template, manifest_rows(document)))
    return _archived(base, what, archive, resigned=True)


@pytest.mark.parametrize(
    "what",
    ["zip version 6.4 needed", "zip flag bit 5", "zip flag bit 6", "shared string without a table", "2**31 pieces"],
)
def test_a_file_the_fuzzing_found_is_refused_or_read(world: World, what: str) -> None:
    check_read(world, found(world, what))


def test_a_version_too_large_for_the_database_does_not_break_the_import_of_the_others(world: World) -> None:
    """Signed with a key of its own, so it waits for its key; but it is listed with the import of the good file."""
    good = Mutated(world.returns[0], "unchanged", world.returns[0].data)
    results = import_batch(world, [good, found(world, "version 2**63, another key")], accept_new_keys=False)
    assert results[0].status == NEW
