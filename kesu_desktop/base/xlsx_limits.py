"""What a workbook from outside may hold (:class:`XlsxLimits`), how a refusal reads (:class:`XlsxRefusedError`),
and what a checked workbook is made of (:class:`WorkbookParts`, :class:`CheckedXlsx`): the vocabulary shared
by :mod:`.xlsx_guard` and :mod:`.xlsx_scan`."""

from __future__ import annotations

from dataclasses import dataclass

from kesu_desktop.base.errors import KesuError

KIB = 1024
MIB = 1024 * KIB
EXCEL_ROWS = 1_048_576
EXCEL_COLUMNS = 16_384


@dataclass(frozen=True)
class XlsxLimits:
    """The most an untrusted workbook may hold; the defaults suit workbooks of a few hundred thousand rows."""

    max_file_bytes: int = 100 * MIB
    max_parts: int = 100
    max_unpacked_bytes: int = 512 * MIB
    """All parts together, as unpacked."""
    max_ratio: int = 100
    """Unpacked bytes of a part per compressed byte (real workbooks: about 10) ..."""
    ratio_from_bytes: int = 1 * MIB
    """... checked once the part has unpacked this much (small parts may compress better)."""
    max_rows: int = 250_000
    """``<row>`` elements in one part."""
    max_text_bytes: int = 256 * KIB
    """The longest stretch of an XML part without markup; a cell of Excel's 32,767 characters takes less."""


class XlsxRefusedError(KesuError):
    """The workbook was refused before it was read: too large, damaged, or built to harm the computer."""


@dataclass(frozen=True)
class WorkbookParts:
    """Where a workbook keeps its parts, as its relationships say; None (or no sheets) where they say nothing."""

    workbook: str | None = None
    sheets: tuple[tuple[str, str], ...] = ()
    """(sheet name, part) in the workbook's order."""
    shared_strings: str | None = None
    styles: str | None = None

    def sheet_part(self, name: str) -> str | None:
        return next((part for sheet, part in self.sheets if sheet == name), None)

    def sheet_name(self, part: str) -> str | None:
        return next((sheet for sheet, named in self.sheets if named == part), None)


@dataclass(frozen=True)
class CheckedXlsx:
    """A workbook that passed :func:`check_xlsx`: its parts and what it unpacks to."""

    parts: tuple[str, ...]
    unpacked_bytes: int
    layout: WorkbookParts
    rows: dict[str, int]
    """Each XML part's ``<row>`` elements."""

    def sheet_rows(self, name: str) -> int:
        """The rows the sheet ``name`` holds (0 for a sheet the workbook does not have)."""
        part = self.layout.sheet_part(name)
        return self.rows.get(part, 0) if part else 0


def size_mb(number: int) -> str:
    return f"{number / 1_000_000:,.1f}"


def where(part: str, layout: WorkbookParts) -> str:
    sheet = layout.sheet_name(part)
    return sheet if sheet is not None else part


DEFAULT_LIMITS = XlsxLimits()
