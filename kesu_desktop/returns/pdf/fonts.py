"""The fonts a printed return is set in: the PC's own 仿宋/宋体 when it has one that may be embedded, the bundled
WenQuanYi Micro Hei otherwise, and other fonts on the PC for rare characters neither has.

Every font is embedded in the PDF (as subsets), so the printout looks the same on any PC. A font whose licence
forbids embedding (OS/2 ``fsType``: restricted licence, no subsetting, or bitmap only) is never used, nor is one
reportlab cannot embed (PostScript-outline OpenType). Text is drawn in runs: each character in the first font
of the chain that has it; a character no font has is an error, never a blank (:class:`FontChain.check`).
"""

from __future__ import annotations

import functools
import os
import struct
import sys
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from kesu_desktop.base.errors import MissingGlyphError
from kesu_desktop.base.paths import resource_path

FS_TYPE_RESTRICTED = 0x0002
FS_TYPE_NO_SUBSETTING = 0x0100
FS_TYPE_BITMAP_ONLY = 0x0200
_FONT_SUFFIXES = (".ttf", ".ttc")

BODY_FONT_FILES: tuple[tuple[str, int], ...] = (
    ("simfang.ttf", 0),  # Windows 仿宋
    ("simsun.ttc", 0),  # Windows 宋体
    ("simsun.ttf", 0),
    ("stfangso.ttf", 0),  # Office 华文仿宋
    ("stsong.ttf", 0),  # Office 华文宋体
    ("fangsong.ttf", 0),
    ("songti.ttc", 0),  # macOS 宋体
    ("uming.ttc", 0),  # AR PL UMing (Linux), a 明体/宋体
)
"""The PC's own 仿宋 and 宋体 fonts, the first found and embeddable being the body font."""

FALLBACK_FONT_FILES: tuple[tuple[str, int], ...] = (
    ("simsunb.ttf", 0),  # SimSun-ExtB: CJK extension B and beyond
    ("simsunextg.ttf", 0),
    ("mingliub.ttc", 0),
    ("msyh.ttc", 0),
    ("simhei.ttf", 0),
    ("wqy-zenhei.ttc", 0),
)
"""Fonts searched first for a character the body and the bundled font lack; then every other font on the PC."""


def bundled_font() -> FontSource:
    return FontSource(resource_path("fonts", "wqy-microhei.ttc"), 0)


def font_folders() -> list[Path]:
    """Where this PC keeps its fonts."""
    home = Path.home()
    if sys.platform == "win32":
        folders = [Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts"]
        if local := os.environ.get("LOCALAPPDATA"):
            folders.append(Path(local) / "Microsoft" / "Windows" / "Fonts")
        return folders
    if sys.platform == "darwin":
        return [
            Path("/System/Library/Fonts"),
            Path("/System/Library/Fonts/Supplemental"),
            Path("/Library/Fonts"),
            home / "Library" / "Fonts",
        ]
    return [Path("/usr/share/fonts"), Path("/usr/local/share/fonts"), home / ".local/share/fonts", home / ".fonts"]


@dataclass(frozen=True)
class FontSource:
    """A TrueType font file, and which font of a collection (.ttc)."""

    path: Path
    subfont_index: int = 0


def embedding_allowed(source: FontSource) -> bool:
    """Whether the font's licence lets it be embedded as a subset (OS/2 ``fsType``) and it has TrueType
    outlines. A file that cannot be read as a font is not allowed either."""
    try:
        fs_type = _fs_type(source)
    except (OSError, ValueError, struct.error):
        return False
    return fs_type is not None and not fs_type & (FS_TYPE_RESTRICTED | FS_TYPE_NO_SUBSETTING | FS_TYPE_BITMAP_ONLY)


def _fs_type(source: FontSource) -> int | None:
    """The font's ``fsType`` (0, installable, when it has no OS/2 table), or None when it is not a TrueType font."""
    with open(source.path, "rb") as handle:
        data = handle.read(12)
        base = 0
        if data[:4] == b"ttcf":
            (count,) = struct.unpack(">I", data[8:12])
            if not 0 <= source.subfont_index < count:
                raise ValueError(source)
            handle.seek(12 + 4 * source.subfont_index)
            (base,) = struct.unpack(">I", handle.read(4))
            handle.seek(base)
            data = handle.read(12)
        if data[:4] not in (b"\x00\x01\x00\x00", b"true"):
            return None  # "OTTO": PostScript outlines, which reportlab cannot embed
        (tables,) = struct.unpack(">H", data[4:6])
        records = handle.read(16 * tables)
        for number in range(tables):
            tag, _checksum, offset, _length = struct.unpack(">4sIII", records[16 * number : 16 * number + 16])
            if tag == b"OS/2":
                handle.seek(offset + 8)
                (fs_type,) = struct.unpack(">H", handle.read(2))
                return int(fs_type)
    return 0


class PdfFont:
    """A loaded TrueType font: which characters it has, how wide they are, and its name for reportlab
    (registered with reportlab when it is first drawn with)."""

    def __init__(self, name: str, source: FontSource, font: TTFont) -> None:
        self.name = name
        self.source = source
        self.font = font
        self.family = font.face.familyName.decode("utf-8", "replace") if font.face.familyName else name
        self._chars: frozenset[int] = frozenset(font.face.charToGlyph)
        self._registered = False

    def register(self) -> None:
        """Make the font known to reportlab by :attr:`name` (done when it is first drawn with)."""
        if not self._registered:
            pdfmetrics.registerFont(self.font)
            self._registered = True

    def covers(self, char: str) -> bool:
        return ord(char) in self._chars

    def covers_all(self, text: str) -> bool:
        return self._chars.issuperset(map(ord, text))

    def width(self, text: str, size: float) -> float:
        return float(self.font.stringWidth(text, size))

    def __repr__(self) -> str:
        return f"PdfFont({self.family!r}, {self.source.path.name})"


@functools.lru_cache(maxsize=32)
def _load(path: Path, subfont_index: int, modified: float) -> PdfFont | None:
    del modified  # part of the cache key: a replaced font file is read again
    source = FontSource(path, subfont_index)
    if not embedding_allowed(source):
        return None
    name = f"KeSu-{path.stem}-{subfont_index}-{zlib.crc32(str(path).encode()):08x}"
    try:
        font = TTFont(name, str(path), subfontIndex=subfont_index)
    except (TTFError, OSError, ValueError, IndexError, struct.error):
        return None
    if not font.face.charToGlyph:
        return None
    return PdfFont(name, source, font)


def load_font(source: FontSource) -> PdfFont | None:
    """The font, loaded once per file version; None when it is missing, unreadable or may not be embedded."""
    try:
        modified = source.path.stat().st_mtime
    except OSError:
        return None
    return _load(source.path, source.subfont_index, modified)


class FontChain:
    """The fonts text is drawn in, in order of preference; ``more`` yields further fonts to search (lazily,
    only when a character is found in none of the fonts so far)."""

    def __init__(self, fonts: Sequence[PdfFont], more: Callable[[], Iterable[FontSource]] | None = None) -> None:
        if not fonts:
            raise ValueError("a font chain needs at least one font")
        self.fonts: list[PdfFont] = list(fonts)
        self._more: Iterator[FontSource] | None = None
        self._more_factory = more
        self._chosen: dict[str, PdfFont | None] = {}

    @property
    def body(self) -> PdfFont:
        return self.fonts[0]

    def font_for(self, char: str) -> PdfFont | None:
        """The first font that has ``char``, searching further fonts of the PC if need be."""
        if char in self._chosen:
            return self._chosen[char]
        found = next((font for font in self.fonts if font.covers(char)), None)
        if found is None:
            found = self._search_more(char)
        self._chosen[char] = found
        return found

    def _search_more(self, char: str) -> PdfFont | None:
        if self._more_factory is None:
            return None
        if self._more is None:
            self._more = iter(self._more_factory())
        for source in self._more:
            font = load_font(source)
            if font is None or any(font.source == known.source for known in self.fonts):
                continue
            self.fonts.append(font)
            if font.covers(char):
                return font
        return None

    def missing(self, text: str) -> str | None:
        """The first character of ``text`` no font has, or None."""
        if self.body.covers_all(text):
            return None
        return next((char for char in text if not char.isspace() and self.font_for(char) is None), None)

    def check(self, text: str, *, field: str, label: str) -> None:
        """Raise :class:`MissingGlyphError` when ``text`` holds a character no font has."""
        char = self.missing(text)
        if char is not None:
            raise MissingGlyphError(char, field=field, label=label, text=_excerpt(text, char))

    def runs(self, text: str) -> list[tuple[PdfFont, str]]:
        """``text`` cut into runs each drawn in one font (call :meth:`check` first: a character no font has
        raises :class:`MissingGlyphError`)."""
        body = self.body
        if text and body.covers_all(text):  # most texts: one run in the first font, found without a look-up a char
            body.register()
            return [(body, text)]
        runs: list[tuple[PdfFont, str]] = []
        for char in text:
            font = self.font_for(char)
            if font is None:
                if not char.isspace():
                    raise MissingGlyphError(char, field="", label="", text=_excerpt(text, char))
                font, char = self.body, " "
            font.register()
            if runs and runs[-1][0] is font:
                runs[-1] = (font, runs[-1][1] + char)
            else:
                runs.append((font, char))
        return runs

    def width(self, text: str, size: float) -> float:
        return sum(font.width(run, size) for font, run in self.runs(text))


def _excerpt(text: str, char: str, room: int = 20) -> str:
    index = text.index(char)
    start = max(0, index - room)
    end = min(len(text), index + room + 1)
    return ("…" if start else "") + text[start:end] + ("…" if end < len(text) else "")


def _font_files(folders: Sequence[Path]) -> dict[str, Path]:
    """Every TrueType font file under ``folders``, by lower-case file name (the first found wins)."""
    found: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in sorted(files):
                if name.lower().endswith(_FONT_SUFFIXES):
                    found.setdefault(name.lower(), Path(root) / name)
    return found


def discover_fonts(folders: Sequence[Path] | None = None) -> FontChain:
    """The chain for this PC: its first embeddable 仿宋/宋体 (if any), the bundled font, then — searched only
    for characters those lack — the known extension fonts and every other font in ``folders``."""
    files = _font_files(font_folders() if folders is None else folders)
    fonts: list[PdfFont] = []
    for name, index in BODY_FONT_FILES:
        if name in files and (font := load_font(FontSource(files[name], index))) is not None:
            fonts.append(font)
            break
    bundled = load_font(bundled_font())
    if bundled is None:
        raise FileNotFoundError(bundled_font().path)
    fonts.append(bundled)

    def more() -> Iterator[FontSource]:
        named = [FontSource(files[name], index) for name, index in FALLBACK_FONT_FILES if name in files]
        yield from named
        for name in sorted(files):
            yield from _sources(files[name])

    return FontChain(fonts, more)


def _sources(path: Path) -> Iterator[FontSource]:
    """Each font of a file (several for a collection)."""
    count = 1
    if path.suffix.lower() == ".ttc":
        try:
            with open(path, "rb") as handle:
                header = handle.read(12)
            if header[:4] == b"ttcf":
                (count,) = struct.unpack(">I", header[8:12])
        except (OSError, struct.error):
            return
    for index in range(min(count, 16)):
        yield FontSource(path, index)
