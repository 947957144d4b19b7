"""A county report as signed data: every sheet, table, chart and text of the :class:`Report` in plain JSON, signed
with the county installation's key.

The workbook carries this payload on its very hidden sheet and compares every figure it shows with it; the
fingerprint of the payload (and of the key) is printed on the workbook and on every page of the PDF, so paper
and file can be matched. Decimals are written as their text (``"87.5"``), never as floats, so the signed
figure is exactly the one shown.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from kesu_desktop import __version__
from kesu_desktop.base.signing import sign
from kesu_desktop.county.reports.document import (
    Report,
    ReportCell,
    ReportChart,
    ReportSheet,
    ReportTable,
    ReportText,
    Section,
)
from kesu_desktop.returns.manifest import SignedManifest

FORMAT = "kesu-county-report"
FORMAT_VERSION = 1


def decimal_places(value: Decimal) -> int:
    """The places a decimal is shown with, on paper and in the workbook: its own, and at least one (87.5,
    90.0, 75.25), so what is printed is exactly what is signed."""
    exponent = value.as_tuple().exponent
    return max(1, -exponent) if isinstance(exponent, int) else 1


def plain_cell(cell: ReportCell) -> int | str | None:
    """A table cell as the payload holds it: a whole number, a decimal's text, a text, or null."""
    if isinstance(cell, Decimal):
        return str(cell)
    return cell


def _table(table: ReportTable) -> dict[str, Any]:
    return {
        "type": "table",
        "number": table.number,
        "title": table.title,
        "label_heading": table.label_heading,
        "measure": table.measure,
        "groups": [[name, count] for name, count in table.groups],
        "columns": list(table.columns),
        "rows": [
            {
                "code": row.code,
                "label": row.label,
                "cells": [plain_cell(cell) for cell in row.cells],
                "is_total": row.is_total,
                "is_part": row.is_part,
            }
            for row in table.rows
        ],
    }


def _chart(chart: ReportChart) -> dict[str, Any]:
    return {
        "type": "chart",
        "number": chart.number,
        "title": chart.title,
        "kind": chart.kind,
        "measure": chart.measure,
        "categories": list(chart.categories),
        "series": [{"name": series.name, "values": list(series.values)} for series in chart.series],
    }


def _text(text: ReportText) -> dict[str, Any]:
    return {"type": "text", "key": text.key, "heading": text.heading, "text": text.text}


def _section(section: Section) -> dict[str, Any]:
    if isinstance(section, ReportTable):
        return _table(section)
    if isinstance(section, ReportChart):
        return _chart(section)
    return _text(section)


def _sheet(sheet: ReportSheet) -> dict[str, Any]:
    return {"name": sheet.name, "sections": [_section(section) for section in sheet.sections]}


def report_payload(report: Report) -> dict[str, Any]:
    """The report as the JSON document that is signed (format ``kesu-county-report``, version 1)."""
    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "app_version": __version__,
        "kind": report.kind,
        "scope": report.scope,
        "title": report.title,
        "form_number": report.form_number,
        "authority": report.authority,
        "office": report.office,
        "period_label": report.period_label,
        "made_on": report.made_on.isoformat(),
        "demo": report.is_demo,
        "notes": list(report.notes),
        "sheets": [_sheet(sheet) for sheet in report.sheets],
    }


def sign_report(report: Report, private_key: bytes) -> SignedManifest:
    """The report's payload signed with ``private_key`` (the county installation's Ed25519 key)."""
    payload = report_payload(report)
    return SignedManifest(payload, sign(payload, private_key))
