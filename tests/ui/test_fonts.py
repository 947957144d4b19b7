"""The bundled Chinese font: registered with Qt, and it has the glyphs the app's own name needs."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont, QFontDatabase, QFontMetrics

from ui.fonts import register_bundled_font, use_chinese_font


@pytest.mark.parametrize("character", ["科", "素", "襄", "汾", "乡", "镇"])
def test_bundled_font_has_the_chinese_glyphs(qapp, character):
    family = register_bundled_font()
    assert family in QFontDatabase.families()
    assert QFontMetrics(QFont(family)).inFontUcs4(ord(character))


def test_bundled_font_is_wenquanyi_micro_hei(qapp):
    assert register_bundled_font() == "WenQuanYi Micro Hei"


def test_app_font_falls_back_to_the_bundled_font(qapp, restore_globals):
    system_family = qapp.font().family()
    font = use_chinese_font(qapp)
    assert font.families() == [system_family, "WenQuanYi Micro Hei"]
    assert qapp.font().families() == font.families()
