"""The clerk's choices for one ledger sheet: what the app cannot read from the cells and the clerk decides (or
confirms): the kind of ledger, its header rows, which column is which field, the year of dates written without
one, which of the app's activity forms each form word written in the ledger is, the target groups of its
activities, and the kind and target group of its trainings.

The app proposes every choice (:func:`propose_choices`): the layout from the headers (:mod:`.layout`), a form
word as the form ``resources/ledgers/form_words.json`` gives it, else 其他 (other), marked as not recognised for
the clerk to see; activities for 社会公众 (the general public), trainings of the kind 其他 for its usual group,
else the public. A mapping (:class:`LedgerMapping`, a JSON file, or the one saved for the same shape of ledger) gives
some or all of them instead; a choice it does not give stays as proposed.

A mapping file::

    {"format": "kesu-ledger-mapping", "version": 1,
     "sheets": [{"sheet": "活动登记", "headers": {"A": "序号", "B": "活动主题", ...}, "kind": "activity",
                 "header_rows": [3], "columns": {"B": "title", "C": "date", ...}, "year": 2022,
                 "forms": {"志愿服务": "outreach"}, "target_groups": ["public"],
                 "training_kind": "rural_practical", "target_group": "farmers"}]}

An entry applies to the sheet of its ``sheet`` name, else to a sheet whose headers are its ``headers`` (the
same shape of ledger); every other key may be left out.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from openpyxl.utils.cell import column_index_from_string

from kesu_desktop.base.errors import KesuError, ReferenceDataError
from kesu_desktop.base.paths import resource_path
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.ledgers.layout import KIND_FIELDS, HeaderWords, Layout, layout_at, propose_layout
from kesu_desktop.ledgers.sheets import LedgerSheet
from kesu_desktop.reference.data import ReferenceData

MAPPING_FORMAT, MAPPING_VERSION = "kesu-ledger-mapping", 1
OTHER = "other"
PUBLIC = "public"
_SPACE = re.compile(r"\s+")
_LETTERS = re.compile(r"^[A-Z]{1,3}$")
_ENTRY_KEYS = frozenset(
    {
        "sheet",
        "headers",
        "kind",
        "header_rows",
        "columns",
        "year",
        "forms",
        "target_groups",
        "training_kind",
        "target_group",
    }
)

_UNREADABLE = QT_TRANSLATE_NOOP("Errors", "The reference data file {file} cannot be read: {reason}")
_BAD_FILE = QT_TRANSLATE_NOOP(
    "Errors", "The mapping file {path} cannot be used: {reason}. Correct it, or import without --mapping."
)


class LedgerMappingError(KesuError):
    """A mapping (a file, or one saved) that cannot be used; ``reason`` says which key is wrong and how."""


@dataclass(frozen=True)
class SheetChoices:
    """Everything the clerk decides for one sheet."""

    kind: str
    """"activity" or "training"."""
    header_rows: tuple[int, ...]
    columns: dict[str, str | None]
    """Column letter -> field of ``kind`` (:data:`~kesu_desktop.ledgers.layout.KIND_FIELDS`), or None."""
    headers: dict[str, str]
    """Column letter -> the header as written; the sheet's shape."""
    year: int | None
    forms: dict[str, str] = field(default_factory=dict)
    """Form word as written (whitespace removed) -> activity form code, for every form word of the sheet."""
    recognised: frozenset[str] = frozenset()
    """The form words whose form the word list or the mapping gave; the others were proposed as 其他."""
    target_groups: tuple[str, ...] = (PUBLIC,)
    training_kind: str = OTHER
    target_group: str = PUBLIC

    def header_of(self, field: str) -> str:
        """The header, as the ledger writes it, of the column chosen for ``field``; the field's name if none."""
        letter = next((letter for letter, name in self.columns.items() if name == field), None)
        return self.headers.get(letter, field) if letter is not None else field

    @property
    def layout(self) -> Layout:
        return Layout(self.kind, self.header_rows, self.columns, self.headers, self.year)

    def entry(self, sheet: str | None) -> dict[str, Any]:
        """These choices as an entry of a mapping file: for the sheet named ``sheet`` (with its year), or (None)
        for any ledger of the same shape, whose year is its own."""
        entry: dict[str, Any] = {} if sheet is None else {"sheet": sheet, "year": self.year}
        entry |= {
            "headers": self.headers,
            "kind": self.kind,
            "header_rows": list(self.header_rows),
            "columns": self.columns,
        }
        if self.kind == "activity":
            entry |= {"forms": self.forms, "target_groups": list(self.target_groups)}
        else:
            entry |= {"training_kind": self.training_kind, "target_group": self.target_group}
        return entry


@dataclass(frozen=True)
class LedgerMapping:
    """The entries of a mapping file (or the mappings saved in the store), each a dict as in the file, checked."""

    entries: tuple[dict[str, Any], ...] = ()

    def entry_for(self, sheet: LedgerSheet, words: HeaderWords) -> dict[str, Any] | None:
        """The entry for ``sheet``: the one of its name, else the first whose headers are the sheet's at the
        entry's header rows (the same shape of ledger)."""
        by_name = next((entry for entry in self.entries if entry.get("sheet") == sheet.name), None)
        if by_name is not None:
            return by_name
        proposed = propose_layout(sheet, words)
        for entry in self.entries:
            if "headers" not in entry:
                continue
            if "header_rows" in entry:
                headers = layout_at(sheet, tuple(entry["header_rows"]), words).headers
            else:
                headers = proposed.headers if proposed is not None else {}
            if entry["headers"] == headers:
                return entry
        return None


def form_key(word: str) -> str:
    """A form word as compared: full-width letters made half-width, whitespace removed."""
    return _SPACE.sub("", unicodedata.normalize("NFKC", word))


def load_form_words(path: Path | None = None) -> dict[str, str]:
    """Form word key (:func:`form_key`) -> activity form code, from ``resources/ledgers/form_words.json``."""
    path = path or resource_path("ledgers", "form_words.json")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        words: dict[str, str] = {}
        for code, listed in data["forms"].items():
            for word in listed:
                if not isinstance(word, str) or words.setdefault(form_key(word), code) != code:
                    raise ValueError(f"the word {word!r} is listed twice, or is not text")
        return words
    except (OSError, ValueError, TypeError, KeyError, AttributeError) as error:
        raise ReferenceDataError(_UNREADABLE, file=path.name, reason=str(error) or repr(error)) from error


def propose_choices(
    sheet: LedgerSheet, words: HeaderWords, mapping: LedgerMapping, reference: ReferenceData
) -> SheetChoices | None:
    """The choices for ``sheet``: what the entry of ``mapping`` for it gives, else as proposed; None for a sheet
    with no header (no ledger) that no entry describes. The forms are completed once the rows are read
    (:func:`with_forms`)."""
    proposed = propose_layout(sheet, words)
    entry = mapping.entry_for(sheet, words) or {}
    if "header_rows" in entry or "kind" in entry:
        rows = tuple(entry.get("header_rows", proposed.header_rows if proposed else (1,)))
        proposed = layout_at(sheet, rows, words, entry.get("kind"))
    if proposed is None:
        return None
    kind_info = next((k for k in reference.training_kinds if k.code == entry.get("training_kind", OTHER)), None)
    usual_group = kind_info.target_group_code if kind_info is not None else None
    forms = {form_key(word): code for word, code in entry.get("forms", {}).items()}
    return SheetChoices(
        kind=proposed.kind,
        header_rows=proposed.header_rows,
        columns=dict(entry.get("columns", proposed.columns)),
        headers=dict(proposed.headers),
        year=entry.get("year", proposed.year),
        forms=forms,
        recognised=frozenset(forms),
        target_groups=tuple(entry.get("target_groups", (PUBLIC,))),
        training_kind=entry.get("training_kind", OTHER),
        target_group=entry.get("target_group", usual_group or PUBLIC),
    )


def with_forms(choices: SheetChoices, written: Iterable[str], form_words: dict[str, str]) -> SheetChoices:
    """``choices`` with a form for every form word in ``written``: the one chosen, else the word list's, else
    其他, which is not recognised."""
    forms, recognised = dict(choices.forms), set(choices.recognised)
    for word in map(form_key, written):
        if word and word not in forms:
            forms[word] = form_words.get(word, OTHER)
            if word in form_words:
                recognised.add(word)
    return replace(choices, forms=forms, recognised=frozenset(recognised))


def read_mapping_file(path: Path, reference: ReferenceData) -> LedgerMapping:
    """The mapping in the JSON file at ``path``, checked; raises :class:`LedgerMappingError` naming what is
    wrong."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except OSError as error:
        raise LedgerMappingError(_BAD_FILE, path=str(path), reason=error.strerror or str(error)) from error
    except ValueError as error:
        raise LedgerMappingError(_BAD_FILE, path=str(path), reason=f"it is not JSON ({error})") from error
    try:
        return mapping_from_data(data, reference)
    except ValueError as error:
        raise LedgerMappingError(_BAD_FILE, path=str(path), reason=str(error)) from error


def mapping_from_data(data: Any, reference: ReferenceData) -> LedgerMapping:
    """The mapping in parsed JSON ``data``; ValueError naming the key that is wrong."""
    if not isinstance(data, dict) or data.get("format") != MAPPING_FORMAT:
        raise ValueError(f'"format" must be "{MAPPING_FORMAT}"')
    if data.get("version") != MAPPING_VERSION:
        raise ValueError(f'"version" must be {MAPPING_VERSION}')
    sheets = data.get("sheets")
    if not isinstance(sheets, list):
        raise ValueError('"sheets" must be a list of entries')
    return LedgerMapping(tuple(check_entry(entry, number, reference) for number, entry in enumerate(sheets, 1)))


def check_entry(entry: Any, number: int, reference: ReferenceData) -> dict[str, Any]:
    """One entry of a mapping, checked against the reference data; ValueError naming the key that is wrong."""
    where = f"sheets entry {number}"
    if not isinstance(entry, dict):
        raise ValueError(f"{where} must be an object")
    unknown = set(entry) - _ENTRY_KEYS
    if unknown:
        raise ValueError(f"{where} has unknown keys: {', '.join(sorted(unknown))}")
    if "sheet" in entry and not isinstance(entry["sheet"], str):
        raise ValueError(f'{where}: "sheet" must be the name of a sheet')
    headers = entry.get("headers")
    if headers is not None and not (
        isinstance(headers, dict)
        and all(isinstance(key, str) and isinstance(value, str) for key, value in headers.items())
    ):
        raise ValueError(f'{where}: "headers" must map column letters to the headers as written')
    if "sheet" not in entry and headers is None:
        raise ValueError(f'{where} needs "sheet" (a sheet name) or "headers" (column letter -> header)')
    kind = entry.get("kind", "activity")
    if kind not in KIND_FIELDS:
        raise ValueError(f'{where}: "kind" must be "activity" or "training"')
    rows = entry.get("header_rows", [1])
    if not isinstance(rows, list) or not rows or not all(_positive(row) for row in rows):
        raise ValueError(f'{where}: "header_rows" must be a list of row numbers, such as [3]')
    columns = entry.get("columns", {})
    if not isinstance(columns, dict):
        raise ValueError(f'{where}: "columns" must map column letters to fields')
    for letter, name in columns.items():
        if not isinstance(letter, str) or not _LETTERS.match(letter) or column_index_from_string(letter) > 200:
            raise ValueError(f'{where}: "columns" has {letter!r}, which is no column letter (A, B … )')
        if name is not None and name not in KIND_FIELDS[kind]:
            raise ValueError(
                f"{where}: column {letter} is given the field {name!r}; a {kind} ledger has "
                f"{', '.join(KIND_FIELDS[kind])}"
            )
    chosen = [name for name in columns.values() if name is not None]
    if len(chosen) != len(set(chosen)):
        raise ValueError(f'{where}: "columns" gives one field to two columns')
    year = entry.get("year")
    if year is not None and not (isinstance(year, int) and not isinstance(year, bool) and 1990 <= year <= 2100):
        raise ValueError(f'{where}: "year" must be a year such as 2022, or null')
    forms = entry.get("forms", {})
    if not isinstance(forms, dict) or not all(isinstance(word, str) for word in forms):
        raise ValueError(f'{where}: "forms" must map form words to form codes')
    _codes(forms.values(), {f.code for f in reference.activity_forms if f.active}, where, "forms")
    groups = {g.code for g in reference.target_groups}
    chosen_groups = entry.get("target_groups", [PUBLIC])
    if not isinstance(chosen_groups, list) or not chosen_groups:
        raise ValueError(f'{where}: "target_groups" must be a list of target group codes')
    _codes(chosen_groups, groups, where, "target_groups")
    _codes([entry.get("training_kind", OTHER)], {k.code for k in reference.training_kinds}, where, "training_kind")
    _codes([entry.get("target_group", PUBLIC)], groups, where, "target_group")
    return dict(entry)


def _positive(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 15


def _codes(values: Iterable[object], known: set[str], where: str, key: str) -> None:
    for value in values:
        if value not in known:
            raise ValueError(f'{where}: "{key}" has {value!r}; use one of {", ".join(sorted(known))}')


def relaid(
    sheet: LedgerSheet,
    choices: SheetChoices,
    words: HeaderWords,
    *,
    header_rows: tuple[int, ...] | None = None,
    kind: str | None = None,
) -> SheetChoices:
    """``choices`` for ``sheet`` headed by other ``header_rows`` or of another ``kind``: the columns proposed
    again from those headers, the other choices kept."""
    layout = layout_at(sheet, header_rows or choices.header_rows, words, kind or choices.kind)
    year = choices.year if layout.year is None else layout.year
    return replace(
        choices,
        kind=layout.kind,
        header_rows=layout.header_rows,
        columns=dict(layout.columns),
        headers=dict(layout.headers),
        year=year,
    )
