"""Screens that guard the data folder: the damaged-store dialog at start, the password dialog and the idle lock."""
