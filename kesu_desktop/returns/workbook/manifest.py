"""The machine-readable part of the return workbook: the signed manifest on a very hidden sheet.

The sheet holds a format marker and its version, the fingerprint (for a person looking), and the manifest
document (payload, public key, signature) as canonical JSON — sorted keys, no spaces — cut into pieces that fit
a cell. Characters a workbook cannot hold are written as JSON escapes, so the pieces join back into exactly
the same document. Excel and WPS do not list a very hidden sheet under "Unhide".
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable
from typing import Any

from openpyxl.workbook.workbook import Workbook

from kesu_desktop.base.errors import ReturnFormatError
from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.returns.formats import READABLE_FORMATS
from kesu_desktop.returns.manifest import FORMAT as PAYLOAD_FORMAT
from kesu_desktop.returns.manifest import SignedManifest
from kesu_desktop.returns.workbook.layout import MANIFEST_SHEET
from kesu_desktop.returns.workbook.style import put_raw_text

MARKER = "kesu-return-workbook"
MARKER_VERSION = 1
# A cell holds at most 32,767 UTF-16 code units; a character outside the BMP takes two of them.
PIECE_LENGTH = 16_000
_FIRST_PIECE_ROW = 6
# Characters XML 1.0 cannot hold, and the C1 controls: escaped inside JSON strings (the only place they occur).
_UNWRITABLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")


def document_text(manifest: SignedManifest) -> str:
    text = json.dumps(
        manifest.as_document(), sort_keys=True, ensure_ascii=False, separators=(",", ":"), allow_nan=False
    )
    return _UNWRITABLE.sub(lambda match: f"\\u{ord(match[0]):04x}", text)


def pieces(text: str) -> list[str]:
    return [text[start : start + PIECE_LENGTH] for start in range(0, len(text), PIECE_LENGTH)] or [""]


def add_manifest_sheet(
    workbook: Workbook,
    manifest: SignedManifest,
    *,
    sheet_name: str = MANIFEST_SHEET,
    marker: str = MARKER,
    payload_format: str = PAYLOAD_FORMAT,
) -> None:
    """The very hidden sheet ``sheet_name`` holding the signed document; ``marker`` and ``payload_format`` say
    what kind of file it is (a return's by default, a county report's with its own), so neither reads as the
    other."""
    sheet = workbook.create_sheet(sheet_name)
    sheet.sheet_state = "veryHidden"
    parts = pieces(document_text(manifest))
    rows: list[tuple[str, object]] = [
        ("format", marker),
        ("format_version", MARKER_VERSION),
        ("payload_format", payload_format),
        ("fingerprint", manifest.fingerprint),
        ("pieces", len(parts)),
    ]
    for row, (key, value) in enumerate(rows, start=1):
        sheet.cell(row=row, column=1, value=key)
        sheet.cell(row=row, column=2, value=value)
    for index, part in enumerate(parts):
        sheet.cell(row=_FIRST_PIECE_ROW + index, column=1, value=index + 1)
        put_raw_text(sheet.cell(row=_FIRST_PIECE_ROW + index, column=2), part)
    sheet.column_dimensions["B"].width = 120


def not_a_return(path: object) -> ReturnFormatError:
    return ReturnFormatError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} is not a monthly return made by KeSu (it has no signed return data). "
            "Ask the unit to export the return again and send the .xlsx file KeSu wrote.",
        ),
        path=str(path),
    )


def damaged(path: object, detail: str) -> ReturnFormatError:
    return ReturnFormatError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "The signed return data in {path} is damaged ({detail}), so the return cannot be checked. "
            "Ask the unit to export the return again.",
        ),
        path=str(path),
        detail=detail,
    )


def too_new(path: object, version: object) -> ReturnFormatError:
    return ReturnFormatError(
        QT_TRANSLATE_NOOP(
            "Errors",
            "{path} was made by a newer version of KeSu (return format {version}). "
            "Install that version or newer to read it.",
        ),
        path=str(path),
        version=str(version),
    )


def _version(value: object) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def read_manifest_rows(path: object, rows: Iterable[tuple[object, ...]]) -> SignedManifest:
    """The manifest from the hidden sheet's rows (values only), or a :class:`ReturnFormatError`."""
    values: dict[object, object] = {}
    parts: dict[int, str] = {}
    for number, row in enumerate(rows, start=1):
        key, value = (row[0] if row else None), (row[1] if len(row) > 1 else None)
        if number < _FIRST_PIECE_ROW:
            values[key] = value
        elif isinstance(key, int) and isinstance(value, str):
            parts[key] = value
    if values.get("format") != MARKER:
        raise not_a_return(path)
    version = _version(values.get("format_version"))
    if version is None:
        raise damaged(path, "format_version")
    if version > MARKER_VERSION:
        raise too_new(path, version)
    count = _version(values.get("pieces"))
    if count is None or count < 1 or len(parts) != count or min(parts) != 1 or max(parts) != count:
        raise damaged(path, "pieces")
    try:
        document = json.loads("".join(parts[index] for index in range(1, count + 1)))
    except ValueError as error:
        raise damaged(path, "JSON") from error
    return _manifest(path, document)


def _manifest(path: object, document: Any) -> SignedManifest:
    if not isinstance(document, dict):
        raise damaged(path, "document")
    try:
        manifest = SignedManifest.from_document(document)
    except (KeyError, TypeError) as error:
        raise damaged(path, "document") from error
    payload = manifest.payload
    if not isinstance(payload, dict) or payload.get("format") != PAYLOAD_FORMAT:
        raise damaged(path, "payload")
    version = _version(payload.get("format_version"))
    if version is None:
        raise damaged(path, "payload format_version")
    if version not in READABLE_FORMATS:
        raise too_new(path, version)
    if not isinstance(manifest.signature.public_key, str) or not isinstance(manifest.signature.value, str):
        raise damaged(path, "signature")
    tables = payload.get("tables")
    if not isinstance(tables, list) or not all(isinstance(table, dict) for table in tables):
        raise damaged(path, "tables")
    return manifest
