"""Reading the sheets of a canonical workbook: its metadata checked against this unit, each known sheet's header
row found (it may sit below a title row a clerk added), and its non-blank rows kept with their row numbers for
the importer to check."""

from __future__ import annotations

import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.spreadsheet import cells
from kesu_desktop.spreadsheet.errors import ImportCancelledError, SpreadsheetError, unreadable
from kesu_desktop.spreadsheet.layout import (
    FORMAT_NAME,
    FORMAT_VERSION,
    LAYOUTS,
    META_SHEET,
    SheetLayout,
    header_aliases,
    header_key,
)

HEADER_SEARCH_ROWS = 10  # the header row may sit below a title row a clerk added
_PROGRESS_EVERY = 200
Progress = Callable[[int, int], bool]
"""Told (done, total) as the import goes on (total 0 while still reading); returning False cancels it."""


@dataclass
class Sheet:
    layout: SheetLayout
    name: str
    positions: dict[str, int]  # field -> 0-based column index
    headers: dict[str, str]  # field -> header text as in the file
    rows: list[tuple[int, tuple[Any, ...]]] = field(default_factory=list)


def _find_header(layout: SheetLayout, rows: list[tuple[Any, ...]]) -> tuple[int, dict[str, int], dict[str, str]]:
    """The header row (1-based) and each known column's position and text; the row is the first one that
    names the title column."""
    aliases = {column.field: header_aliases(column) for column in layout.columns}
    title = layout.column("title")
    for number, values in enumerate(rows, start=1):
        keys = [header_key(value) if isinstance(value, str) else "" for value in values]
        if not any(key in aliases["title"] for key in keys):
            continue
        positions: dict[str, int] = {}
        headers: dict[str, str] = {}
        for index, key in enumerate(keys):
            matched = next((name for name, names in aliases.items() if key and key in names), None)
            if matched is None:
                continue
            text = str(values[index]).strip()
            if matched in positions:
                raise SpreadsheetError(
                    QT_TRANSLATE_NOOP("Errors", "Sheet {sheet}: the column {column} appears twice; keep one of them."),
                    sheet=layout.name,
                    column=text,
                )
            positions[matched] = index
            headers[matched] = text.lstrip("*＊").strip() or text
        missing = [column.heading for column in layout.columns if column.required and column.field not in positions]
        if missing:
            raise _missing_column(layout, missing[0])
        return number, positions, headers
    raise _missing_column(layout, title.heading)


def _missing_column(layout: SheetLayout, heading: str) -> SpreadsheetError:
    return SpreadsheetError(
        QT_TRANSLATE_NOOP(
            "Errors", "Sheet {sheet}: the column {column} is missing; copy the header row from the template."
        ),
        sheet=layout.name,
        column=heading,
    )


def _blank(values: tuple[Any, ...]) -> bool:
    return all(cells.is_blank(value) for value in values)


def _read_meta(rows: Iterable[tuple[Any, ...]]) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    for values in rows:
        if not values or values[0] is None:
            break
        meta[str(values[0])] = values[1] if len(values) > 1 else None
    return meta


def _check_meta(meta: dict[str, Any], reference: ReferenceData, unit_code: str) -> None:
    if meta.get("format") != FORMAT_NAME:
        return
    version = meta.get("version")
    if isinstance(version, int | float) and version > FORMAT_VERSION:
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This workbook was written by a newer version of KeSu (format {version}); "
                "install that version or newer to import it.",
            ),
            version=version,
        )
    other = meta.get("unit_code")
    if other and str(other) != unit_code:
        known = reference.find_unit(str(other))
        raise SpreadsheetError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This workbook holds the records of {unit}, not of {this_unit}; import it in that unit's data folder.",
            ),
            unit=known.name if known else str(meta.get("unit_name") or other),
            this_unit=reference.unit(unit_code).name,
        )


def read_sheets(path: Path, reference: ReferenceData, unit_code: str, progress: Progress | None) -> list[Sheet]:
    try:
        workbook = load_workbook(path, read_only=True, data_only=True)
    except (OSError, zipfile.BadZipFile, InvalidFileException, KeyError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else exc
        raise unreadable(path, reason) from exc
    try:
        names = {name.strip(): name for name in workbook.sheetnames}
        if META_SHEET in names:
            _check_meta(_read_meta(workbook[names[META_SHEET]].iter_rows(values_only=True)), reference, unit_code)
        sheets = []
        for layout in LAYOUTS:
            if layout.name not in names:
                continue
            worksheet = workbook[names[layout.name]]
            worksheet.reset_dimensions()  # read every row, whatever size the file claims
            sheets.append(_read_sheet(layout, names[layout.name], worksheet.iter_rows(values_only=True), progress))
        if not sheets:
            raise SpreadsheetError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The workbook {path} has no sheet named {activities} or {trainings}; "
                    "use a workbook made by KeSu's template or export.",
                ),
                path=str(path),
                activities=LAYOUTS[0].name,
                trainings=LAYOUTS[1].name,
            )
        return sheets
    except (zipfile.BadZipFile, KeyError, ValueError, EOFError) as exc:
        raise unreadable(path, exc) from exc
    finally:
        workbook.close()


def _read_sheet(layout: SheetLayout, name: str, rows: Iterator[tuple[Any, ...]], progress: Progress | None) -> Sheet:
    top: list[tuple[Any, ...]] = []
    for values in rows:
        top.append(tuple(values))
        if len(top) == HEADER_SEARCH_ROWS:
            break
    if all(_blank(values) for values in top):
        return Sheet(layout, name, {}, {})
    header_row, positions, headers = _find_header(layout, top)
    sheet = Sheet(layout, name, positions, headers)

    def numbered() -> Iterator[tuple[int, tuple[Any, ...]]]:
        yield from enumerate(top, start=1)
        yield from enumerate(rows, start=len(top) + 1)

    for number, values in numbered():
        if number <= header_row or _blank(tuple(values)):
            continue
        sheet.rows.append((number, tuple(values)))
        if progress is not None and len(sheet.rows) % _PROGRESS_EVERY == 0 and not progress(0, 0):
            raise ImportCancelledError()
    return sheet
