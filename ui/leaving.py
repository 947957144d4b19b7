"""Leaving on a signal: Ctrl+C in the terminal that started KeSu, or a request to terminate (the session ending,
``kill``, ``python dev.py run`` passing its own on), closes the main window as the clerk would, so what closing
does (the backup of a changed store) is done, instead of the process dying mid-way.

Python runs a signal handler only when the interpreter gets control, which it never does while Qt's event loop
waits; a timer hands it control a few times a second.
"""

from __future__ import annotations

import signal
from types import FrameType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGBREAK") if hasattr(signal, name))
TICK_MS = 250


def close_on_signals(window: QMainWindow) -> QTimer:
    """Close ``window`` (once) when one of :data:`SIGNALS` arrives; the timer that lets the handler run."""

    def close(_signal: int, _frame: FrameType | None) -> None:
        QTimer.singleShot(0, window.close)

    for number in SIGNALS:
        signal.signal(number, close)
    tick = QTimer(window)
    tick.timeout.connect(lambda: None)
    tick.start(TICK_MS)
    return tick
