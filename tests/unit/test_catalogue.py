"""The core's reader of the compiled catalogue gives what Qt's own translator gives, for every message; the
translator fills a message's values in with it."""

from __future__ import annotations

import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from kesu_desktop.base.catalogue import MAGIC, CatalogueError, elf_hash, read_catalogue
from kesu_desktop.base.translation import Nested, Phrase, Translator, catalogue_file
from scripts.update_translations import TRANSLATIONS

SOURCE = TRANSLATIONS / "kesu_zh_CN.ts"


def every_message() -> list[tuple[str, str]]:
    root = ET.parse(SOURCE).getroot()
    return [
        (context.findtext("name", ""), message.findtext("source", ""))
        for context in root.iter("context")
        for message in context.iter("message")
        if message.find("translation") is not None and message.find("translation").get("type") != "vanished"
    ]


def test_every_message_reads_as_qt_reads_it():
    compiled = catalogue_file("zh_CN")
    assert compiled is not None
    qt = QTranslator()
    assert qt.load(str(compiled))
    ours = Translator("zh_CN")
    messages = every_message()
    assert len(messages) > 1000
    differing = [
        (context, text)
        for context, text in messages
        if ours.translate(context, text) != (qt.translate(context, text) or text)
    ]
    assert differing == []
    assert ours.translate("MainWindow", "Overview") == "概览"


def test_english_is_the_source_text():
    assert catalogue_file("en") is None
    assert Translator("en").translate("MainWindow", "Overview") == "Overview"


def test_a_missing_catalogue_translates_nothing(tmp_path: Path):
    assert read_catalogue(tmp_path / "kesu_xx.qm") is None


def test_qt_hashes_the_source_text_as_elf_hash():
    assert elf_hash(b"") == 1  # Qt never stores a hash of 0
    assert elf_hash(b"A") == 0x41
    assert elf_hash(b"AB") == (0x41 << 4) + 0x42
    assert elf_hash(b"a" * 40) < 2**28  # the high nibble is folded back in


def _message(*fields: tuple[int, bytes]) -> bytes:
    return b"".join(bytes([tag]) + struct.pack(">I", len(value)) + value for tag, value in fields) + b"\x01"


def _catalogue(tmp_path: Path, *messages: tuple[str, str, str, str]) -> Path:
    """A catalogue of ``(context, source, comment, translation)`` messages laid out as lrelease lays them."""
    block, table = b"", []
    for context, source, comment, translation in messages:
        table.append((elf_hash(source.encode() + comment.encode()), len(block)))
        block += _message(
            (3, translation.encode("utf-16-be")), (8, comment.encode()), (6, source.encode()), (7, context.encode())
        )
    hashes = b"".join(struct.pack(">II", *pair) for pair in sorted(table))
    path = tmp_path / "kesu_t.qm"
    path.write_bytes(
        MAGIC + b"\x42" + struct.pack(">I", len(hashes)) + hashes + b"\x69" + struct.pack(">I", len(block)) + block
    )
    return path


def test_a_message_is_found_by_its_context_and_text_without_a_comment(tmp_path: Path):
    catalogue = read_catalogue(
        _catalogue(tmp_path, ("Ctx", "One", "", "一"), ("Ctx", "Two", "formal", "贰"), ("Other", "Three", "", "三"))
    )
    assert catalogue is not None
    assert catalogue.get("Ctx", "One") == "一"
    assert catalogue.get("Ctx", "Two") is None  # only with its comment, which the app never asks for
    assert catalogue.get("Ctx", "Three") is None  # another context's
    assert catalogue.get("Ctx", "Four") is None


@pytest.mark.parametrize(
    "content",
    [b"not a catalogue", MAGIC + b"\xa7\x00\x00\x00\x00"],
    ids=["foreign", "no messages"],
)
def test_a_damaged_catalogue_is_refused(tmp_path: Path, content: bytes):
    path = tmp_path / "kesu_bad.qm"
    path.write_bytes(content)
    with pytest.raises(CatalogueError):
        read_catalogue(path)


def test_a_damaged_message_is_refused(tmp_path: Path):
    path = _catalogue(tmp_path, ("Ctx", "One", "", "一"))
    data = bytearray(path.read_bytes())
    data[len(MAGIC) + 5 + 8 + 5] = 0x63  # the first message's first tag, made one that lrelease never writes
    path.write_bytes(bytes(data))
    catalogue = read_catalogue(path)
    assert catalogue is not None
    with pytest.raises(CatalogueError):
        catalogue.get("Ctx", "One")


class _Unit:
    def name(self, language: str) -> str:
        return "城关镇" if language == "zh_CN" else "Chengguan"


def test_a_message_names_reference_items_in_its_language_and_leaves_other_values_as_they_are():
    template = "{unit}: {path} {word} {finding}"
    nested = Nested("Errors", "{label}: {value}", {"label": "Title", "value": 3})
    values = {"unit": _Unit(), "path": Path("/stick/a.xlsx"), "word": Phrase("not a number"), "finding": nested}
    assert Translator("en").format("Errors", template, values) == "Chengguan: /stick/a.xlsx not a number Title: 3"
    assert Translator("zh_CN").format("Errors", template, values).startswith("城关镇: /stick/a.xlsx ")
    assert nested == Nested("Errors", "{label}: {value}", {"label": "Title", "value": 3}) != ("Errors",)
    assert repr(nested) == "Nested('Errors', '{label}: {value}', {'label': 'Title', 'value': 3})"
