"""KeSu Desktop core: domain types, validation and services, free of Qt widgets and of the ui package."""

__version__ = "0.1.0"
