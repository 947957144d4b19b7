"""Choosing a workbook file for the spreadsheet dialogs: the file-type filter and the folder offered first."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP

EXCEL_FILTER = QT_TRANSLATE_NOOP("SpreadsheetDialog", "Excel workbooks (*.xlsx)")


def documents_folder() -> Path:
    return Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or Path.home())


def with_xlsx_suffix(path: Path) -> Path:
    return path if path.suffix.lower() == ".xlsx" else path.with_name(path.name + ".xlsx")
