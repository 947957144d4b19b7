"""Shared by the spreadsheet tests (core, command line, dialog): sample rows as a clerk types them, a template
with such rows filled in, the cells of a workbook read back, and workbooks with parts written by hand (as
another program, or an attacker, could write them)."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import IO, Any

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


MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
ACTIVITY_PART = "xl/worksheets/sheet1.xml"  # the 活动 sheet of KeSu's template


def inline_cell(reference: str, text: str) -> str:
    return f'<c r="{reference}" t="inlineStr"><is><t>{text}</t></is></c>'


def activity_xml_row(number: int, participants: str = "<v>80</v>", **texts: str) -> bytes:
    """A valid activity row as sheet XML: the required cells (K holding ``participants``), and ``texts`` by
    column letter."""
    cells = {"A": f"讲座{number}", "B": "2024-03-05", "C": "2024-03-05", "D": "科普讲座", "E": "农民", **texts}
    inline = "".join(inline_cell(f"{letter}{number}", text) for letter, text in sorted(cells.items()))
    return f'<row r="{number}">{inline}<c r="K{number}">{participants}</c></row>'.encode()


def activity_sheet_xml(body: bytes, dimension: str = "A1:P1") -> bytes:
    """The 活动 sheet: the template's header row, then ``body`` (rows as XML)."""
    header = "".join(
        inline_cell(f"{chr(ord('A') + index)}1", column.heading) for index, column in enumerate(ACTIVITY_LAYOUT.columns)
    )
    return (
        (
            f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{MAIN_NS}"><dimension ref="{dimension}"/>'
            f'<sheetData><row r="1">{header}</row>'
        ).encode()
        + body
        + b"</sheetData></worksheet>"
    )


def replace_parts(path: Path, parts: dict[str, bytes | Callable[[IO[bytes]], None]]) -> Path:
    """The workbook at ``path`` with the parts named in ``parts`` replaced: by bytes, or by what a function
    writes into the part as a stream (for parts too large to hold in memory)."""
    with (
        zipfile.ZipFile(io.BytesIO(path.read_bytes())) as source,
        zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as target,
    ):
        for info in source.infolist():
            content = parts.get(info.filename)
            if content is None:
                target.writestr(info, source.read(info.filename))
            elif callable(content):
                with target.open(info.filename, "w", force_zip64=True) as stream:
                    content(stream)
            else:
                target.writestr(info.filename, content)
    return path
