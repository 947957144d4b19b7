"""Logging to a rotating file in the data folder, so a windowed build without a console still leaves a trace."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler
from pathlib import Path

_HANDLER_NAME = "kesu-file"


def configure_logging(log_file: Path) -> Path:
    """Send INFO and above to ``log_file`` (1 MB × 5 files); calling it again for the same file does nothing."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    root = logging.getLogger()
    for handler in root.handlers:
        if handler.get_name() == _HANDLER_NAME:
            if Path(getattr(handler, "baseFilename", "")) == log_file.resolve():
                return log_file
            root.removeHandler(handler)
            handler.close()
    handler = RotatingFileHandler(log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.set_name(_HANDLER_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return log_file
