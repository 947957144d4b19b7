"""The layout of a ledger sheet, as proposed to the clerk: which row holds the header (or which two rows), what
kind of ledger it is, which column holds which field, and the ledger's year.

Clerks head their columns in their own words (日　期, 参与人次（人）, 组织单位 …). The words, by kind and field,
are reference data (``resources/ledgers/header_words.json``, read by :func:`load_header_words`); a header
matches a word whole, once whitespace and bracketed hints are removed (:func:`header_key`), never by a part
of it. A column whose header matches no word of its kind is kept with its text and no field, for the clerk to
see; nothing is guessed.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import get_column_letter

from kesu_desktop.base.errors import ReferenceDataError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.ledgers.sheets import LedgerSheet

HEADER_SEARCH_ROWS = 15
"""The header row is looked for among the sheet's first rows, below the title and info rows."""
MIN_HEADER_WORDS = 3
"""Different header words a row must hold to be taken for the header."""
KIND_FIELDS = {
    "activity": ("title", "date", "venue", "form", "organiser", "participants", "women", "low_income", "notes"),
    "training": (
        "date",
        "content",
        "trainees",
        "women",
        "low_income",
        "certified",
        "venue",
        "organiser",
        "hours",
    ),
}

_BRACKETED = re.compile(r"[(\[【〔][^()\[\]【】〔〕]*[)\]】〕]")
_SPACE = re.compile(r"\s+")
# A year the title names (2022年, 2022年度), not the year of a date written above the header (2023年1月5日).
_YEAR = re.compile(r"((?:19|20)\d{2})\s*年(?!\s*\d{1,2}\s*月)")
_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The reference data file {file} cannot be read: {reason}")


@dataclass(frozen=True)
class KindWords:
    """The header words of one kind of ledger."""

    kind: str
    markers: tuple[str, ...]
    """Keys (:func:`header_key`) that, found within a header, make a sheet of this kind."""
    fields: Mapping[str, str]
    """Header key -> field."""


@dataclass(frozen=True)
class HeaderWords:
    """The header words of every kind, in the order kinds are tried, and the headers of columns that are no field."""

    kinds: tuple[KindWords, ...]
    not_fields: frozenset[str]

    def known(self, key: str) -> bool:
        return key in self.not_fields or any(key in kind.fields for kind in self.kinds)

    def kind_of(self, keys: Iterable[str]) -> KindWords:
        """The first kind with a marker in one of the header ``keys``, else the last kind, which has none."""
        keys = tuple(keys)
        found = (kind for kind in self.kinds if any(marker in key for marker in kind.markers for key in keys))
        return next(found, self.kinds[-1])


@dataclass(frozen=True)
class Layout:
    """Where a sheet's fields are, as proposed from its headers."""

    kind: str
    """"activity" or "training"."""
    header_rows: tuple[int, ...]
    """1-based, as Excel shows them: (3,), or (2, 3) for a two-row header."""
    columns: dict[str, str | None]
    """Column letter -> field, or None for a column that is no field (序号) or whose header is not known."""
    headers: dict[str, str]
    """Column letter -> header text as written (trimmed); a two-row header joined as "参加人数/合计"."""
    year: int | None
    """The year the title or info rows above the header name, for dates written without one; None when they
    name none, or more than one."""


def header_key(text: str) -> str:
    """``text`` as header words are compared: full-width forms made half-width (NFKC), bracketed hints such as
    （人） and all whitespace (the ideographic space too) removed."""
    return _SPACE.sub("", _BRACKETED.sub("", unicodedata.normalize("NFKC", text)))


def propose_layout(sheet: LedgerSheet, words: HeaderWords) -> Layout | None:
    """The layout of ``sheet``; None when none of its first rows is a header."""
    header = _header_row(sheet.cells, words)
    if header is None:
        return None
    rows = (header + 1, header + 2) if _second_header_row(sheet, header, words) else (header + 1,)
    return layout_at(sheet, rows, words)


def layout_at(sheet: LedgerSheet, header_rows: tuple[int, ...], words: HeaderWords, kind: str | None = None) -> Layout:
    """The layout of ``sheet`` headed by ``header_rows`` (1-based), of ``kind`` or of the kind its headers
    name."""
    rows = [row - 1 for row in header_rows if row - 1 < len(sheet.cells)]
    parts: dict[int, list[str]] = {}
    for column in range(len(sheet.cells[rows[0]]) if rows else 0):
        texts = [_text(sheet.cells[row][column]) for row in rows]
        found = [text for number, text in enumerate(texts) if text and text not in texts[:number]]
        if found:
            parts[column] = found
    keys = [header_key(text) for texts in parts.values() for text in texts]
    kind_words = next((k for k in words.kinds if k.kind == kind), None) or words.kind_of(keys)
    columns: dict[str, str | None] = {}
    headers: dict[str, str] = {}
    for column, texts in parts.items():
        letter = get_column_letter(column + 1)
        field = _field(kind_words, [header_key(text) for text in texts])
        columns[letter] = field if field not in columns.values() else None
        headers[letter] = "/".join(texts)
    preamble = sheet.cells[: min(rows)] if rows else ()
    return Layout(kind_words.kind, tuple(header_rows), columns, headers, _year(preamble))


def load_header_words(path: Path | None = None) -> HeaderWords:
    """The header words in ``path`` (by default ``resources/ledgers/header_words.json``); raises
    :class:`ReferenceDataError` for a file that is missing or malformed."""
    path = path or resource_path("ledgers", "header_words.json")
    try:
        return _header_words(json.loads(path.read_text(encoding="utf-8")))
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise ReferenceDataError(_UNREADABLE, file=path.name, reason=str(error) or repr(error)) from error


def _text(value: object) -> str:
    return value.strip() if isinstance(value, str) else ""


def _header_row(cells: Sequence[Sequence[object]], words: HeaderWords) -> int | None:
    for number, row in enumerate(cells[:HEADER_SEARCH_ROWS]):
        if len({key for key in map(header_key, map(_text, row)) if words.known(key)}) >= MIN_HEADER_WORDS:
            return number
    return None


def _second_header_row(sheet: LedgerSheet, header: int, words: HeaderWords) -> bool:
    """Whether the row below the header holds header words under a group cell: a range merged across columns
    within the header row (参加人数 over 合计 and 其中女)."""
    if header + 1 >= len(sheet.cells):
        return False
    upper, lower = sheet.cells[header], sheet.cells[header + 1]
    for top, left, bottom, right in sheet.merged:
        if top == bottom == header and left < right:
            for column in range(left, min(right, len(lower) - 1) + 1):
                group, word = header_key(_text(upper[column])), header_key(_text(lower[column]))
                if word and (words.known(word) or words.known(f"{group}/{word}")):
                    return True
    return False


def _field(kind: KindWords, keys: list[str]) -> str | None:
    """The field of a column headed by ``keys`` (one, or group and word): the joined key, then the word, then
    the group."""
    for key in ["/".join(keys), *reversed(keys)] if len(keys) > 1 else keys:
        if key in kind.fields:
            return kind.fields[key]
    return None


def _year(preamble: Sequence[Sequence[object]]) -> int | None:
    years = {
        int(match)
        for row in preamble
        for value in row
        if isinstance(value, str)
        for match in _YEAR.findall(unicodedata.normalize("NFKC", value))
    }
    return years.pop() if len(years) == 1 else None


def _header_words(data: Any) -> HeaderWords:
    """The header words from the parsed file; ValueError (or the error of a missing key or wrong type) where it
    is malformed."""
    kinds: list[KindWords] = []
    for item in data["kinds"]:
        kind, fields = item["kind"], item["fields"]
        if kind not in KIND_FIELDS or kind in (known.kind for known in kinds):
            raise ValueError(f"kind {kind!r} is not one of {', '.join(KIND_FIELDS)}, or is given twice")
        by_key: dict[str, str] = {}
        for field, field_words in fields.items():
            if field not in KIND_FIELDS[kind]:
                raise ValueError(f"{kind} has no field {field!r}")
            for word in _strings(field_words):
                key = header_key(word)
                if by_key.setdefault(key, field) != field:
                    raise ValueError(f"{kind}: the header {word!r} names both {by_key[key]} and {field}")
        kinds.append(KindWords(kind, tuple(map(header_key, _strings(item["markers"]))), by_key))
    if not kinds or [kind for kind in kinds if not kind.markers] != [kinds[-1]]:
        raise ValueError("the last kind, and only the last, must have no markers: it takes the sheets no marker names")
    return HeaderWords(tuple(kinds), frozenset(map(header_key, _strings(data["not_fields"]))))


def _strings(value: Any) -> list[str]:
    if not isinstance(value, list) or not all(isinstance(item, str) and header_key(item) for item in value):
        raise ValueError(f"expected a list of words, not {value!r}")
    return value
