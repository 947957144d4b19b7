"""The command line: the parser and dispatch (:mod:`.main`), one module per command group, and opening a data
folder for a command (:mod:`.data_folder`). Parses first and imports a command's module only to run it.

May use: every other package of ``kesu_desktop``; nothing uses it but ``main.py``.
"""
