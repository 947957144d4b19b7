"""Watching the XML parts of a workbook from outside as they unpack, before any parser sees them: UTF-8 only, no
DOCTYPE or ENTITY declaration, no text longer than a cell can hold, and the ``<row>`` elements counted as the
bytes stream by (never the dimension a sheet declares)."""

from __future__ import annotations

import codecs
import re

from kesu_desktop.base.translation import QT_TRANSLATE_NOOP
from kesu_desktop.base.xlsx_limits import KIB, WorkbookParts, XlsxLimits, XlsxRefusedError, where

_HEAD = 512  # bytes of a part looked at to tell XML, its encoding and declaration
# Rows are counted as every "<row" but those of a longer name ("<rowBreaks"), plus rows with a namespace prefix.
_NOT_ROW = re.compile(rb"<row[\w.:-]")
_PREFIXED_ROW = re.compile(rb"<[A-Za-z_][\w.-]{0,31}:row[\s/>]")
_DECLARATION = re.compile(rb"<!\s{0,8}(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_LONGEST_MATCH = 64  # longer than any match of the patterns above
_ENCODING = re.compile(rb"""encoding\s*=\s*["']([A-Za-z0-9._-]*)["']""")
_UTF8 = {b"utf-8", b"utf8", b"us-ascii", b"ascii"}
_CELL_REF = re.compile(rb"""<(?:[\w.-]+:)?c\b[^<>]*?\br\s*=\s*["']([A-Za-z]{1,3})([0-9]{1,7})["']""")
_CONTEXT = 2 * KIB  # bytes kept before a text, to say which cell holds it


class XmlScan:
    """Watches the bytes of one part as they unpack: whether it is XML, and then its encoding, declarations,
    rows and texts."""

    def __init__(self, path: str, limits: XlsxLimits, layout: WorkbookParts, part: str) -> None:
        self.path, self.limits, self.layout = path, limits, layout
        self.part = part
        self.head = b""
        self.xml: bool | None = None
        self.rows = 0
        self.carry = b""
        self.run = 0  # bytes since the last '<'
        self.tail = b""  # the last bytes seen
        self.mark = b""  # the bytes around the '<' that began the current run

    def feed(self, piece: bytes) -> None:
        if self.xml is None:
            self.head += piece
            if len(self.head) < _HEAD:
                return
            piece, self.head = self.head, b""
            self.xml = self._sniff(piece)
        if self.xml:
            self._scan(piece)

    def finish(self) -> None:
        if self.xml is None:
            self.xml = self._sniff(self.head)
            if self.xml:
                self._scan(self.head)
        if self.xml and self.carry:
            self._markup(self.carry)

    def _sniff(self, head: bytes) -> bool:
        """True for a UTF-8 XML part; False for binary (images, printer settings), which no XML parser reads."""
        if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in head[:4]:
            little = head.startswith(codecs.BOM_UTF16_LE) or (len(head) > 1 and head[1] == 0)
            decoded = head[:64].decode("utf-16-le" if little else "utf-16-be", "ignore")
            if decoded.lstrip("\ufeff \t\r\n").startswith("<"):
                raise self._encoding()  # XML in UTF-16, which the byte checks below could not see into
            return False
        text = head[len(codecs.BOM_UTF8) :] if head.startswith(codecs.BOM_UTF8) else head
        if not text.lstrip(b" \t\r\n").startswith(b"<"):
            return False
        if text.startswith(b"<?xml"):
            declaration = text[: text.find(b"?>")]
            found = _ENCODING.search(declaration)
            if b"?>" not in text or (found and found.group(1).lower() not in _UTF8):
                raise self._encoding()
        return True

    def _encoding(self) -> XlsxRefusedError:
        return XlsxRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} is written in a text encoding Excel does not use (in {part}); open it in "
                "Excel or WPS and save it again as an Excel workbook (.xlsx).",
            ),
            path=self.path,
            part=where(self.part, self.layout),
        )

    def _scan(self, piece: bytes) -> None:
        limit = self.limits.max_text_bytes
        if len(piece) <= limit:
            self._texts(piece)
        else:
            for start in range(0, len(piece), limit):
                self._texts(piece[start : start + limit])
        window = self.carry + piece
        last = window.rfind(b"<")
        if last >= 0 and len(window) - last < _LONGEST_MATCH:
            window, self.carry = window[:last], window[last:]
        else:
            self.carry = b""
        self._markup(window)

    def _markup(self, window: bytes) -> None:
        if b"<!" in window and _DECLARATION.search(window):
            raise XlsxRefusedError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "The file {path} holds XML declarations (DOCTYPE or ENTITY, in {part}) that Excel never "
                    "writes and that can be used to attack a computer, so KeSu does not read it. Ask whoever "
                    "made it for a workbook saved by Excel or WPS.",
                ),
                path=self.path,
                part=where(self.part, self.layout),
            )
        self.rows += window.count(b"<row") - len(_NOT_ROW.findall(window))
        if b":row" in window:
            self.rows += len(_PREFIXED_ROW.findall(window))
        if self.rows > self.limits.max_rows:
            limit = self.limits.max_rows
            raise XlsxRefusedError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sheet {sheet} of the file {path} has more than {limit} rows, more than KeSu reads from "
                    "one sheet; split its rows into several workbooks and use them one by one.",
                ),
                sheet=where(self.part, self.layout),
                path=self.path,
                limit=f"{limit:,}",
            )

    def _texts(self, piece: bytes) -> None:
        """Refuse a stretch without markup longer than ``max_text_bytes``: a text no cell can hold. ``piece``
        is no longer than that, so such a stretch always reaches beyond the piece it starts in."""
        limit = self.limits.max_text_bytes
        first = piece.find(b"<")
        if first < 0:
            self.run += len(piece)
            if self.run > limit:
                self._too_long(self.mark)
        else:
            if self.run + first > limit:
                self._too_long(self.mark)
            last = piece.rfind(b"<")
            before = piece[max(0, last - _CONTEXT) : last + 257]
            self.mark = before if last >= _CONTEXT else (self.tail + before)[-(_CONTEXT + 257) :]
            self.run = len(piece) - last - 1
        self.tail = piece[-_CONTEXT:] if len(piece) >= _CONTEXT else (self.tail + piece)[-_CONTEXT:]

    def _too_long(self, context: bytes) -> None:
        sheet = self.layout.sheet_name(self.part)
        cells = _CELL_REF.findall(context)
        if sheet is not None and cells:
            column, row = cells[-1]
            raise XlsxRefusedError(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "Sheet {sheet}, row {row}, column {column} of the file {path}: the cell holds more text "
                    "than any Excel cell can (32,767 characters), so the file was not made by Excel or WPS; "
                    "KeSu does not read it.",
                ),
                sheet=sheet,
                row=int(row),
                column=column.decode("ascii").upper(),
                path=self.path,
            )
        raise XlsxRefusedError(
            QT_TRANSLATE_NOOP(
                "Errors",
                "The file {path} holds more text in one place (in {part}) than any Excel cell can (32,767 "
                "characters), so it was not made by Excel or WPS; KeSu does not read it.",
            ),
            path=self.path,
            part=where(self.part, self.layout),
        )
