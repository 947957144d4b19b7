"""The Chinese catalogue is complete and current: every user-visible string in the code has a translation,
each translation keeps exactly the source's {placeholders} (or .format() would fail at run time), and the
committed .qm is what the .ts compiles to."""

from __future__ import annotations

import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from scripts.update_translations import TRANSLATIONS, compile_catalogue, extract

TS = TRANSLATIONS / "kesu_zh_CN.ts"
PLACEHOLDER = re.compile(r"\{(\w*)[^{}]*\}")  # the name; a format spec may differ (03月 vs 3月)


def _messages(ts: Path) -> list[tuple[str, str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name") or "", message.findtext("source") or "", message.find("translation"))
        for context in root.iter("context")
        for message in context.iter("message")
    ]


@pytest.fixture(scope="module")
def refreshed(tmp_path_factory) -> Path:
    """A copy of the catalogue brought up to date with the code by lupdate."""
    copy = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copy(TS, copy)
    extract(copy)
    return copy


def test_every_string_in_the_code_is_translated(refreshed):
    untranslated = [
        (context, source)
        for context, source, translation in _messages(refreshed)
        if translation is None
        or translation.get("type") in ("unfinished", "vanished", "obsolete")
        or not translation.text
    ]
    assert untranslated == []


def test_the_committed_catalogue_is_current(refreshed):
    assert sorted((c, s) for c, s, _ in _messages(refreshed)) == sorted((c, s) for c, s, _ in _messages(TS))


def test_translations_keep_the_placeholders():
    broken = [
        (context, source)
        for context, source, translation in _messages(TS)
        if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(translation.text or ""))
    ]
    assert broken == []


def test_the_committed_qm_is_compiled_from_the_ts(tmp_path):
    compiled = tmp_path / "kesu_zh_CN.qm"
    compile_catalogue(TS, compiled)
    assert compiled.read_bytes() == TS.with_suffix(".qm").read_bytes()
