"""Receiving returns: each file from a stick checked as untrusted (``incoming``), the units' pinned signing keys
(``keys``), previewing and importing and what the county holds (``imports``), past imports and their undo
(``past_imports``), a unit's ledger brought in (``ledgers``), the reasons kept with an import (``reasons``), where
the files come from (``sources``), the words they share (``types``), and the receipt list of each import
(``receipt``)."""
