"""Errors about a workbook as a whole (one that cannot be read, written or used); problems of single rows are
reported in the import report instead."""

from __future__ import annotations

from kesu_desktop.base.errors import KesuError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP


class SpreadsheetError(KesuError):
    """The workbook cannot be read, written or used as a whole; nothing was stored."""


class ImportCancelledError(SpreadsheetError):
    def __init__(self) -> None:
        super().__init__(QT_TRANSLATE_NOOP("Errors", "The import was cancelled; nothing was stored."))
