"""What an import of a records workbook does with its rows: the two modes (all or nothing, or only the valid
rows) and the outcome of each row. Kept apart from :mod:`.importer`, so that a screen naming them loads no
workbook reader until it imports."""

from __future__ import annotations

ALL_OR_NOTHING = "all-or-nothing"
VALID_ONLY = "valid-only"
MODES = (ALL_OR_NOTHING, VALID_ONLY)

ADDED, UPDATED, UNCHANGED, ERROR = "added", "updated", "unchanged", "error"
STATUSES = (ADDED, UPDATED, UNCHANGED, ERROR)
