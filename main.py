"""KeSu Desktop (科素填报): the composition root.

Parses the command line, then either runs a command headless or builds the GUI in order: paths, store,
reference data, QApplication, main window. Nothing is built at import time.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    words = list(sys.argv[1:] if argv is None else argv)
    if words == ["--version"]:  # answered before anything else loads: scripts ask it often
        from kesu_desktop import VERSION_LINE

        print(VERSION_LINE)
        return 0
    from kesu_desktop.cli.main import parse_arguments, run_command

    args, translator = parse_arguments(words)
    if args.command:
        return run_command(args, translator)
    # The core before Qt: once PySide6 is loaded, its import hook reads the source of every module imported
    # after it (to look for "PySide6"): loading the core first takes about 7% off the window's start-up.
    import kesu_desktop.reference.data
    import kesu_desktop.store.startup  # noqa: F401
    from ui.app import run_gui

    return run_gui(args.data_dir, args.lang)


if __name__ == "__main__":
    sys.exit(main())
