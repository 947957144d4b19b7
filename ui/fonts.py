"""Registering the bundled Chinese font with Qt, so Chinese renders where no CJK font is installed."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from kesu_desktop.base.paths import resource_path

BUNDLED_FONT = resource_path("fonts", "wqy-microhei.ttc")


def register_bundled_font() -> str:
    """Add the bundled font to Qt's font database and return its family name."""
    font_id = QFontDatabase.addApplicationFont(str(BUNDLED_FONT))
    families = QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    if not families:
        raise RuntimeError(f"cannot load the bundled font {BUNDLED_FONT}")
    return families[0]


def use_chinese_font(app: QApplication) -> QFont:
    """Keep the system's UI font first and fall back to the bundled one for glyphs it lacks."""
    family = register_bundled_font()
    font = app.font()
    font.setFamilies([font.family(), family])
    app.setFont(font)
    return font
