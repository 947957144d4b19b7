"""Shared by the spreadsheet tests (core, command line, dialog): sample rows as a clerk types them, a template
with such rows filled in, and the cells of a workbook read back."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from kesu_desktop.reference.data import ReferenceData
from kesu_desktop.spreadsheet.layout import ACTIVITY_LAYOUT, TRAINING_LAYOUT
from kesu_desktop.spreadsheet.writer import write_template


def activity_row(**changes: Any) -> dict[str, Any]:
    """A valid activity row, column header (without *) -> value."""
    return {
        "活动名称": "科普讲座",
        "开始日期": datetime(2024, 3, 5),
        "结束日期": datetime(2024, 3, 5),
        "活动形式": "科普讲座",
        "服务对象": "农民",
        "参与人次": 80,
        **changes,
    }


def training_row(**changes: Any) -> dict[str, Any]:
    """A valid training row, column header (without *) -> value."""
    return {
        "培训名称": "果树修剪培训",
        "开始日期": datetime(2024, 3, 7),
        "结束日期": datetime(2024, 3, 7),
        "培训类别": "农村实用技术",
        "培训对象": "农民",
        "培训期数": 1,
        "培训人次": 40,
        **changes,
    }


def fill_rows(path: Path, activities=(), trainings=()) -> Path:
    """Type rows into the workbook at ``path`` (a template), each a dict of column header -> value."""
    workbook = load_workbook(path)
    for layout, rows in ((ACTIVITY_LAYOUT, activities), (TRAINING_LAYOUT, trainings)):
        for row in rows:
            unknown = set(row) - {column.header for column in layout.columns}
            assert not unknown, unknown
            workbook[layout.name].append([row.get(column.header) for column in layout.columns])
    workbook.save(path)
    return path


def filled(path: Path, reference: ReferenceData, activities=(), trainings=()) -> Path:
    """The template written to ``path`` with rows typed in."""
    write_template(path, reference)
    return fill_rows(path, activities, trainings)


def cells(path: Path) -> dict[str, list[list[Any]]]:
    """Every sheet's cell values, as openpyxl reads them back."""
    workbook = load_workbook(path)
    try:
        return {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in workbook}
    finally:
        workbook.close()
