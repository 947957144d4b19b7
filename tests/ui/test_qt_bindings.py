"""The pinned Qt bindings must not leak references to None or True on the Python we support.

PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method returning nothing and
aborted the interpreter after enough of them ("none_dealloc"); this test fails on such a build.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QComboBox, QLineEdit


class _Emitter(QObject):
    changed = Signal(bool)


def test_calls_keep_the_reference_counts_of_none_and_true(qapp):
    emitter = _Emitter()
    emitter.changed.connect(lambda value: None)
    combo = QComboBox()
    combo.addItem("a")
    line = QLineEdit()
    none_before, true_before = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(20_000):
        line.setText("x")
        combo.itemData(0)
        combo.currentData()
        emitter.changed.emit(True)
    assert abs(sys.getrefcount(None) - none_before) < 100
    assert abs(sys.getrefcount(True) - true_before) < 100
