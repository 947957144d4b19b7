"""The canonical records spreadsheet: an Excel template, the export of a unit's records in the same shape, and
the import of such a workbook with a report of every row (see :mod:`.layout` for the shape)."""

from kesu_desktop.spreadsheet.errors import ImportCancelledError, SpreadsheetError
from kesu_desktop.spreadsheet.importer import (
    ADDED,
    ALL_OR_NOTHING,
    ERROR,
    MODES,
    UNCHANGED,
    UPDATED,
    VALID_ONLY,
    ImportReport,
    Problem,
    Progress,
    RowResult,
    import_records,
)
from kesu_desktop.spreadsheet.writer import ExportSummary, export_records, write_template

__all__ = [
    "ADDED",
    "ALL_OR_NOTHING",
    "ERROR",
    "MODES",
    "UNCHANGED",
    "UPDATED",
    "VALID_ONLY",
    "ExportSummary",
    "ImportCancelledError",
    "ImportReport",
    "Problem",
    "Progress",
    "RowResult",
    "SpreadsheetError",
    "export_records",
    "import_records",
    "write_template",
]
