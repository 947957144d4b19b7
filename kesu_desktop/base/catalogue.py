"""The app's compiled catalogue (``resources/translations/kesu_<language>.qm``) read without Qt.

The command line and the core look their translations up here instead of loading QtCore (a tenth of a second
and 14 MiB before a command could print anything). The lookup is the one ``QTranslator`` makes: the file's
table of hashes of the source texts, sorted, searched by bisection, and the message it points to checked
field by field, so opening a catalogue reads no message. The GUI installs the same file into Qt's own
translator for its widgets; ``tests/unit/test_catalogue.py`` checks that both give the same text for every
message.
"""

from __future__ import annotations

import os
import struct
from bisect import bisect_left
from functools import cache

MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_HASHES_BLOCK, _MESSAGES_BLOCK = 0x42, 0x69
_END, _TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT = 1, 3, 6, 7, 8
_NULL = 0xFFFFFFFF
_WORD = 0xFFFFFFFF


class CatalogueError(ValueError):
    """The file is not a catalogue lrelease wrote (a damaged or foreign file in the resources)."""


def elf_hash(data: bytes) -> int:
    """Qt's hash of a message's source text and comment (``elfHash`` in ``qtranslator.cpp``)."""
    value = 0
    for byte in data:
        value = ((value << 4) + byte) & _WORD
        high = value & 0xF0000000
        if high:
            value ^= high >> 24
        value &= ~high & _WORD
    return value or 1


class Catalogue:
    """One compiled catalogue: ``get(context, text)`` is the translation, or ``None`` where it has none."""

    def __init__(self, data: bytes, name: str) -> None:
        if not data.startswith(MAGIC):
            raise CatalogueError(f"{name}: not a compiled Qt catalogue")
        self.name = name
        blocks = _blocks(data)
        if _HASHES_BLOCK not in blocks or _MESSAGES_BLOCK not in blocks:
            raise CatalogueError(f"{name}: the catalogue holds no messages")
        table = blocks[_HASHES_BLOCK]
        pairs = struct.unpack(f">{len(table) // 4}I", table[: len(table) // 8 * 8])
        self._hashes, self._offsets = pairs[0::2], pairs[1::2]
        self._messages = blocks[_MESSAGES_BLOCK]
        self._found: dict[tuple[str, str], str | None] = {}

    def __len__(self) -> int:
        return len(self._hashes)

    def get(self, context: str, text: str) -> str | None:
        key = (context, text)
        if key not in self._found:
            self._found[key] = self._look_up(context, text)
        return self._found[key]

    def _look_up(self, context: str, text: str) -> str | None:
        wanted = {_SOURCE_TEXT: text.encode("utf-8"), _CONTEXT: context.encode("utf-8"), _COMMENT: b""}
        hashed = elf_hash(wanted[_SOURCE_TEXT])
        index = bisect_left(self._hashes, hashed)
        while index < len(self._hashes) and self._hashes[index] == hashed:
            fields = self._message(self._offsets[index])
            if all(fields.get(tag, value) == value for tag, value in wanted.items()) and _TRANSLATION in fields:
                return fields[_TRANSLATION].decode("utf-16-be")
            index += 1
        return None

    def _message(self, position: int) -> dict[int, bytes]:
        """The fields of the message at ``position`` in the messages block (a plural's further forms dropped:
        the app has none)."""
        block, fields = self._messages, dict[int, bytes]()
        while position < len(block):
            tag = block[position]
            position += 1
            if tag == _END:
                return fields
            if tag not in (_TRANSLATION, _SOURCE_TEXT, _CONTEXT, _COMMENT) or position + 4 > len(block):
                break
            length = struct.unpack_from(">I", block, position)[0]
            position += 4
            if length != _NULL:
                fields.setdefault(tag, bytes(block[position : position + length]))
                position += length
        raise CatalogueError(f"{self.name}: unreadable message at byte {position}")


def _blocks(data: bytes) -> dict[int, memoryview]:
    view, position, blocks = memoryview(data), len(MAGIC), {}
    while position + 5 <= len(view):
        tag, length = view[position], struct.unpack_from(">I", view, position + 1)[0]
        blocks[tag] = view[position + 5 : position + 5 + length]
        position += 5 + length
    return blocks


@cache
def read_catalogue(path: str | os.PathLike[str]) -> Catalogue | None:
    """The catalogue in ``path``, or ``None`` when there is no such file (nothing is then translated)."""
    try:
        with open(path, "rb") as file:
            data = file.read()
    except FileNotFoundError:
        return None
    return Catalogue(data, os.path.basename(path))
