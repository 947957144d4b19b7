"""Receiving returns: each file from a stick checked as untrusted (``incoming``), the units' pinned signing keys
(``keys``), previewing, importing and undoing imports and what the county holds (``imports``), the reasons kept
with an import (``reasons``), where the files come from (``sources``), the words they share (``types``), and
the receipt list of each import (``receipt``)."""
