"""Where a record came from when it was not typed in: its "create" history entry names the place in the field
:data:`ORIGIN_FIELD`, as JSON; today the one such place is a row of a hand-kept ledger (台账)."""

from __future__ import annotations

import json

ORIGIN_FIELD = "origin"


def ledger_origin(file: str, sheet: str, row: int) -> str:
    """A ledger's file, sheet and row (1-based, as Excel shows it), as the history keeps them."""
    return json.dumps({"ledger": file, "sheet": sheet, "row": row}, ensure_ascii=False)


def read_origin(origin: str) -> tuple[str, str, int] | None:
    """The ledger file, sheet and row of an origin :func:`ledger_origin` wrote, or None for any other."""
    try:
        place = json.loads(origin)
        return str(place["ledger"]), str(place["sheet"]), int(place["row"])
    except (ValueError, TypeError, KeyError):
        return None
