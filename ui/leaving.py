"""Leaving on a signal: Ctrl+C in the terminal that started KeSu, or a request to terminate (the session ending,
``kill``, ``python dev.py run`` passing its own on), closes the main window as the clerk would, so what closing
does (the backup of a changed store) is done, instead of the process dying mid-way.

Python runs a signal handler only when the interpreter gets control, which it never does while Qt's event loop
waits; a timer hands it control a few times a second.
"""

from __future__ import annotations

import signal
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMainWindow

SIGNALS = tuple(getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGBREAK") if hasattr(signal, name))
TICK_MS = 250


@contextmanager
def close_on_signals(window: QMainWindow) -> Iterator[None]:
    """While the block runs, close ``window`` when one of :data:`SIGNALS` arrives; the handlers before are put
    back afterwards (so nothing keeps the window, and what it holds, alive once the app has left)."""

    def close(_signal: int, _frame: FrameType | None) -> None:
        QTimer.singleShot(0, window.close)

    previous = {number: signal.signal(number, close) for number in SIGNALS}
    tick = QTimer()
    tick.timeout.connect(lambda: None)
    tick.start(TICK_MS)
    try:
        yield
    finally:
        tick.stop()
        for number, handler in previous.items():
            signal.signal(number, handler)
