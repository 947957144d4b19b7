"""KeSu Desktop core: domain types, validation and services, free of Qt widgets and of the ui package.

Its capabilities, lowest first (each uses only those below it; ``docs/architecture.md``): ``base``,
``reference``, ``store``, ``records``, ``spreadsheet``, ``returns``, ``cli``.
"""

__version__ = "0.1.0"
VERSION_LINE = f"KeSu Desktop {__version__}"
